"""One minimal broken model per finding code, and the same model repaired."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

import check_models as m
from vcm import Behaviour, Indicator, Level, Observation, Scale
from vcm.checks import CODES, Report, check

Expected = tuple[str, str, tuple[str, ...]]


@attrs.frozen
class Case:
    """A model with one thing broken, what ``check`` reports, and the model repaired."""

    name: str
    broken: object
    expected: list[Expected]
    repaired: object


def seen(report: Report) -> list[Expected]:
    """What a user sees of each finding: code, path and the ids it names."""
    return [(f.code, f.path, f.ids) for f in report]


SOUTH_RESULT_TAKEN_BY_NORTH = m.organisation(
    task_areas=(
        m.area(
            responsibilities=(m.responsibility(results=("care-on-time", "south-care")),),
        ),
        m.south(responsibilities=(m.responsibility(id="south-planning", results=()),)),
    )
)
SOUTH_RESULT_WATCHED_BY_NORTH = m.organisation(
    task_areas=(
        m.area(monitoring=(m.rule(results=("care-on-time", "south-care")),)),
        m.south(monitoring=(m.rule(id="south-punctuality", results=()),)),
    )
)
PLANNING = m.competence(id="planning", name="Planning")
EVERYONE_LEVEL_ONE = m.organisation(
    people=tuple(m.person(p, 1, development=(m.action(),)) for p in ("p1", "p2", "p3"))
)

CASES = [
    # VCM100: duplicate ids, rows, behaviours, indicators.
    Case(
        "duplicate value",
        m.organisation(values=(m.value(), m.value(name="Dignity again"))),
        [("VCM100", "values[1].id", ("dignity",))],
        m.organisation(),
    ),
    Case(
        "duplicate competence",
        m.organisation(competences=(m.competence(), m.competence(name="Again"))),
        [("VCM100", "competences[1].id", ("listening",))],
        m.organisation(),
    ),
    Case(
        "duplicate task area",
        m.organisation(task_areas=(m.area(), m.south(id="north"))),
        [("VCM100", "task_areas[1].id", ("north",))],
        m.organisation(task_areas=(m.area(), m.south())),
    ),
    Case(
        "duplicate result across task areas",
        m.organisation(
            task_areas=(
                m.area(),
                m.south(
                    results=(m.result(),),
                    responsibilities=(m.responsibility(id="south-planning"),),
                    monitoring=(m.rule(id="south-punctuality"),),
                ),
            )
        ),
        [("VCM100", "task_areas[1].results[0].id", ("care-on-time",))],
        m.organisation(task_areas=(m.area(), m.south())),
    ),
    Case(
        "duplicate responsibility",
        m.organisation(
            task_areas=(
                m.area(),
                m.south(responsibilities=(m.responsibility(results=("south-care",)),)),
            )
        ),
        [("VCM100", "task_areas[1].responsibilities[0].id", ("visit-planning",))],
        m.organisation(task_areas=(m.area(), m.south())),
    ),
    Case(
        "duplicate monitoring rule",
        m.with_area(monitoring=(m.rule(), m.rule(frequency="quarterly"))),
        [("VCM100", "task_areas[0].monitoring[1].id", ("punctuality",))],
        m.with_area(
            monitoring=(m.rule(), m.rule(id="quarterly-punctuality", frequency="quarterly"))
        ),
    ),
    Case(
        "duplicate person",
        m.organisation(people=(*m.organisation().people, m.person("p1"))),
        [("VCM100", "people[3].id", ("p1",))],
        m.organisation(people=(*m.organisation().people, m.person("p4"))),
    ),
    Case(
        "competence twice in one matrix",
        m.with_area(matrix=(m.row(), m.row(level=3))),
        [("VCM100", "task_areas[0].matrix[1].competence", ("listening", "north"))],
        m.with_area(matrix=(m.row(),)),
    ),
    Case(
        "value twice in one row",
        m.with_area(
            matrix=(m.row(behaviours=(*m.row().behaviours, *m.row().behaviours)),),
        ),
        [
            (
                "VCM100",
                "task_areas[0].matrix[0].behaviours[1].value",
                ("dignity", "listening", "north"),
            )
        ],
        m.organisation(),
    ),
    Case(
        "indicators for one level twice",
        m.organisation(
            competences=(
                m.competence(
                    indicators=(
                        Indicator(level=1, behaviours=("Lets the client finish.",)),
                        Indicator(level=1, behaviours=("Nods.",)),
                    )
                ),
            )
        ),
        [("VCM100", "competences[0].indicators[1].level", ("listening",))],
        m.organisation(
            competences=(m.competence(indicators=(Indicator(level=1, behaviours=("Nods.",)),)),)
        ),
    ),
    # VCM101: every kind of reference.
    Case(
        "competence serves an unknown value",
        m.organisation(competences=(m.competence(values=("dignity", "ghost")),)),
        [("VCM101", "competences[0].values[1]", ("listening", "ghost"))],
        m.organisation(),
    ),
    Case(
        "result serves an unknown value",
        m.with_area(results=(m.result(values=("ghost",)),)),
        [("VCM101", "task_areas[0].results[0].values[0]", ("care-on-time", "north", "ghost"))],
        m.organisation(),
    ),
    Case(
        "responsibility takes up an unknown result",
        m.with_area(responsibilities=(m.responsibility(results=("care-on-time", "ghost")),)),
        [
            (
                "VCM101",
                "task_areas[0].responsibilities[0].results[1]",
                ("visit-planning", "north", "ghost"),
            )
        ],
        m.organisation(),
    ),
    Case(
        "responsibility takes up a result of another task area",
        SOUTH_RESULT_TAKEN_BY_NORTH,
        [
            (
                "VCM101",
                "task_areas[0].responsibilities[0].results[1]",
                ("visit-planning", "north", "south-care", "south"),
            )
        ],
        m.organisation(task_areas=(m.area(), m.south())),
    ),
    Case(
        "responsibility needs an unknown competence",
        m.with_area(responsibilities=(m.responsibility(competences=("listening", "ghost")),)),
        [
            (
                "VCM101",
                "task_areas[0].responsibilities[0].competences[1]",
                ("visit-planning", "north", "ghost"),
            )
        ],
        m.organisation(),
    ),
    Case(
        "matrix row of an unknown competence",
        m.with_area(matrix=(m.row(), m.row(competence="ghost"))),
        [("VCM101", "task_areas[0].matrix[1].competence", ("north", "ghost"))],
        m.organisation(),
    ),
    Case(
        "behaviour for an unknown value",
        m.with_area(
            matrix=(
                m.row(
                    behaviours=(
                        *m.row().behaviours,
                        Behaviour(value="ghost", text="Haunts."),
                    )
                ),
            )
        ),
        [
            (
                "VCM101",
                "task_areas[0].matrix[0].behaviours[1].value",
                ("listening", "north", "ghost"),
            )
        ],
        m.organisation(),
    ),
    Case(
        "rule watches an unknown result",
        m.with_area(monitoring=(m.rule(results=("care-on-time", "ghost")),)),
        [("VCM101", "task_areas[0].monitoring[0].results[1]", ("punctuality", "north", "ghost"))],
        m.organisation(),
    ),
    Case(
        "rule watches a result of another task area",
        SOUTH_RESULT_WATCHED_BY_NORTH,
        [
            (
                "VCM101",
                "task_areas[0].monitoring[0].results[1]",
                ("punctuality", "north", "south-care", "south"),
            )
        ],
        m.organisation(task_areas=(m.area(), m.south())),
    ),
    Case(
        "person in an unknown task area",
        m.with_person(0, task_areas=("north", "ghost")),
        [("VCM101", "people[0].task_areas[1]", ("p1", "ghost"))],
        m.organisation(),
    ),
    Case(
        "assessment of an unknown competence",
        m.with_person(0, assessments=(m.assessed(level=3), m.assessed("ghost"))),
        [("VCM101", "people[0].assessments[1].competence", ("p1", "ghost"))],
        m.organisation(),
    ),
    Case(
        "development action on an unknown competence",
        m.with_person(0, development=(m.action("ghost"),)),
        [("VCM101", "people[0].development[0].competence", ("p1", "ghost"))],
        m.with_person(0, development=(m.action(),)),
    ),
    # VCM102: levels off the scale.
    Case(
        "matrix row above the scale",
        m.with_area(matrix=(m.row(level=5),)),
        [("VCM102", "task_areas[0].matrix[0].level", ("north", "listening"))],
        m.with_area(matrix=(m.row(level=1),)),
    ),
    Case(
        "assessment above the scale",
        m.with_person(0, assessments=(m.assessed(level=5),)),
        [("VCM102", "people[0].assessments[0].level", ("p1", "listening"))],
        m.with_person(0, assessments=(m.assessed(level=4),)),
    ),
    Case(
        "development target above the scale",
        m.with_person(0, development=(m.action(target_level=5),)),
        [("VCM102", "people[0].development[0].target_level", ("p1", "listening"))],
        m.with_person(0, development=(m.action(target_level=4),)),
    ),
    Case(
        "indicators for a level above the scale",
        m.organisation(
            competences=(m.competence(indicators=(Indicator(level=5, behaviours=("Sings.",)),)),)
        ),
        [("VCM102", "competences[0].indicators[0].level", ("listening",))],
        m.organisation(
            competences=(m.competence(indicators=(Indicator(level=4, behaviours=("Sings.",)),)),)
        ),
    ),
    # VCM103: the scale.
    Case(
        "scale with a gap",
        m.organisation(scale=Scale(tuple(Level(level=n, name=f"L{n}") for n in (1, 2, 3, 5)))),
        [("VCM103", "scale", ())],
        m.organisation(scale=Scale(tuple(Level(level=n, name=f"L{n}") for n in (1, 2, 3, 4)))),
    ),
    Case(
        "empty scale: no level reads as off the scale",
        m.organisation(scale=Scale(())),
        [("VCM103", "scale", ())],
        m.organisation(
            scale=Scale(
                (
                    Level(level=1, name="Able"),
                    Level(level=2, name="More"),
                    Level(level=3, name="Most"),
                )
            )
        ),
    ),
    # VCM104: observations of the wrong kind.
    Case(
        "status on a quantitative rule",
        m.with_area(
            monitoring=(
                m.rule(
                    observations=(
                        *m.rule().observations,
                        Observation(date=date(2026, 11, 20), status="on_track"),
                    )
                ),
            )
        ),
        [("VCM104", "task_areas[0].monitoring[0].observations[1]", ("punctuality", "north"))],
        m.organisation(),
    ),
    Case(
        "number on a qualitative rule",
        m.with_area(
            monitoring=(
                m.rule(),
                m.stories(
                    observations=(
                        *m.stories().observations,
                        Observation(date=date(2026, 11, 20), value=3),
                    )
                ),
            )
        ),
        [("VCM104", "task_areas[0].monitoring[1].observations[1]", ("client-stories", "north"))],
        m.with_area(monitoring=(m.rule(), m.stories())),
    ),
    # VCM2xx: the method.
    Case(
        "task area without results",
        m.organisation(
            task_areas=(
                m.area(),
                m.south(
                    results=(),
                    responsibilities=(m.responsibility(id="south-planning", results=()),),
                    monitoring=(),
                ),
            )
        ),
        [("VCM200", "task_areas[1]", ("south",))],
        m.organisation(task_areas=(m.area(), m.south())),
    ),
    Case(
        "result no responsibility takes up",
        m.with_area(
            results=(m.result(), m.result(id="extra")),
            monitoring=(m.rule(results=("care-on-time", "extra")),),
        ),
        [("VCM201", "task_areas[0].results[1]", ("extra", "north"))],
        m.with_area(
            results=(m.result(), m.result(id="extra")),
            responsibilities=(m.responsibility(results=("care-on-time", "extra")),),
            monitoring=(m.rule(results=("care-on-time", "extra")),),
        ),
    ),
    Case(
        "responsibility without authority",
        m.with_area(responsibilities=(m.responsibility(authorities=()),)),
        [("VCM202", "task_areas[0].responsibilities[0]", ("visit-planning", "north"))],
        m.organisation(),
    ),
    Case(
        "result without monitoring rule",
        m.with_area(
            results=(m.result(), m.result(id="extra")),
            responsibilities=(m.responsibility(results=("care-on-time", "extra")),),
        ),
        [("VCM203", "task_areas[0].results[1]", ("extra", "north"))],
        m.with_area(
            results=(m.result(), m.result(id="extra")),
            responsibilities=(m.responsibility(results=("care-on-time", "extra")),),
            monitoring=(m.rule(), m.stories(results=("extra",))),
        ),
    ),
    Case(
        "quantitative rule without unit and threshold",
        m.with_area(monitoring=(m.rule(unit=None, threshold=None),)),
        [("VCM204", "task_areas[0].monitoring[0]", ("punctuality", "north"))],
        m.organisation(),
    ),
    Case(
        "quantitative rule without direction: no guess at VCM205",
        m.with_area(monitoring=(m.rule(direction=None, threshold=99),)),
        [("VCM204", "task_areas[0].monitoring[0]", ("punctuality", "north"))],
        m.organisation(),
    ),
    Case(
        "threshold above the target while higher is better",
        m.with_area(monitoring=(m.rule(threshold=99),)),
        [("VCM205", "task_areas[0].monitoring[0].threshold", ("punctuality", "north"))],
        m.with_area(monitoring=(m.rule(threshold=95),)),
    ),
    Case(
        "threshold below the target while lower is better",
        m.with_area(
            monitoring=(
                m.rule(
                    direction="lower",
                    target=5,
                    threshold=3,
                    observations=(Observation(date=date(2026, 11, 15), value=4),),
                ),
            )
        ),
        [("VCM205", "task_areas[0].monitoring[0].threshold", ("punctuality", "north"))],
        m.with_area(
            monitoring=(
                m.rule(
                    direction="lower",
                    target=5,
                    threshold=8,
                    observations=(Observation(date=date(2026, 11, 15), value=4),),
                ),
            )
        ),
    ),
    Case(
        "responsibility needs a competence its matrix lacks (not also VCM303)",
        m.organisation(
            competences=(m.competence(), PLANNING),
            task_areas=(
                m.area(responsibilities=(m.responsibility(competences=("listening", "planning")),)),
            ),
        ),
        [
            (
                "VCM206",
                "task_areas[0].responsibilities[0].competences[1]",
                ("visit-planning", "north", "planning"),
            )
        ],
        m.organisation(
            competences=(m.competence(), PLANNING),
            task_areas=(
                m.area(
                    responsibilities=(m.responsibility(competences=("listening", "planning")),),
                    matrix=(m.row(), m.row(competence="planning", level=1)),
                ),
            ),
            people=tuple(
                m.person(p, 2, assessments=(m.assessed(), m.assessed("planning", 1)))
                for p in ("p1", "p2", "p3")
            ),
        ),
    ),
    Case(
        "value without behaviours",
        m.organisation(values=(m.value(behaviours=()),)),
        [("VCM207", "values[0]", ("dignity",))],
        m.organisation(),
    ),
    # VCM3xx: coherence.
    Case(
        "value no matrix shows",
        m.organisation(values=(m.value(), m.value(id="ownership", name="Ownership"))),
        [("VCM300", "task_areas[0].matrix", ("ownership", "north"))],
        m.organisation(values=(m.value(),)),
    ),
    Case(
        "result serving no value",
        m.with_area(results=(m.result(values=()),)),
        [("VCM301", "task_areas[0].results[0]", ("care-on-time", "north"))],
        m.organisation(),
    ),
    Case(
        "matrix row no responsibility needs",
        m.organisation(
            competences=(m.competence(), PLANNING),
            task_areas=(m.area(matrix=(m.row(), m.row(competence="planning", level=1))),),
            people=tuple(
                m.person(p, 2, assessments=(m.assessed(), m.assessed("planning", 1)))
                for p in ("p1", "p2", "p3")
            ),
        ),
        [("VCM302", "task_areas[0].matrix[1]", ("north", "planning"))],
        m.organisation(),
    ),
    Case(
        "competence no task area requires",
        m.organisation(competences=(m.competence(), PLANNING)),
        [("VCM303", "competences[1]", ("planning",))],
        m.organisation(),
    ),
    Case(
        "responsibility that needs no competence",
        m.with_area(
            responsibilities=(
                m.responsibility(),
                m.responsibility(id="visit-reporting", competences=()),
            )
        ),
        [("VCM304", "task_areas[0].responsibilities[1]", ("visit-reporting", "north"))],
        m.organisation(),
    ),
    Case(
        "competence that realises no value",
        m.organisation(competences=(m.competence(values=()),)),
        [("VCM305", "competences[0]", ("listening",))],
        m.organisation(),
    ),
    # VCM4xx: people.
    Case(
        "member never assessed",
        m.with_person(2, assessments=()),
        [("VCM400", "people[2]", ("p3", "listening", "north"))],
        m.organisation(),
    ),
    Case(
        "an assessment of another competence is no assessment of this one",
        m.organisation(
            competences=(m.competence(), PLANNING),
            task_areas=(
                m.area(
                    responsibilities=(m.responsibility(competences=("listening", "planning")),),
                    matrix=(m.row(), m.row(competence="planning", level=1)),
                ),
            ),
            people=(
                *(
                    m.person(p, 2, assessments=(m.assessed(), m.assessed("planning", 1)))
                    for p in ("p1", "p2")
                ),
                m.person("p3", 2),
            ),
        ),
        [("VCM400", "people[2]", ("p3", "planning", "north"))],
        m.organisation(),
    ),
    Case(
        "gap without an open development action",
        m.with_person(2, assessments=(m.assessed(level=1),)),
        [("VCM401", "people[2]", ("p3", "listening", "north"))],
        m.with_person(2, assessments=(m.assessed(level=1),), development=(m.action(),)),
    ),
    Case(
        "a done action does not close a gap",
        m.with_person(
            2, assessments=(m.assessed(level=1),), development=(m.action(status="done"),)
        ),
        [("VCM401", "people[2]", ("p3", "listening", "north"))],
        m.with_person(
            2,
            assessments=(m.assessed(level=1), m.assessed(level=2, on=date(2026, 10, 1))),
            development=(m.action(status="done"),),
        ),
    ),
    Case(
        "development action past its due date",
        m.with_person(0, development=(m.action(due=date(2026, 11, 28)),)),
        [("VCM402", "people[0].development[0]", ("p1", "listening"))],
        m.with_person(0, development=(m.action(due=date(2026, 11, 28), status="done"),)),
    ),
    Case(
        "responsibility no member can carry",
        EVERYONE_LEVEL_ONE,
        [
            (
                "VCM403",
                "task_areas[0].responsibilities[0]",
                ("visit-planning", "north", "listening"),
            )
        ],
        m.with_area(matrix=(m.row(level=1),)),
    ),
    Case(
        "only one member reaches the required level",
        m.organisation(
            people=(
                m.person("p1", 3),
                *(m.person(p, 1, development=(m.action(),)) for p in ("p2", "p3")),
            )
        ),
        [("VCM404", "task_areas[0].matrix[0]", ("north", "listening"))],
        m.organisation(people=(m.person("p1", 3), m.person("p2", 2, development=(m.action(),)))),
    ),
    Case(
        "latest assessment expired",
        m.with_person(2, assessments=(attrs.evolve(m.assessed(), valid_until=date(2026, 11, 28)),)),
        [("VCM405", "people[2].assessments[0].valid_until", ("p3", "listening", "north"))],
        # Valid through 90 days after as_of: not expiring soon either.
        m.with_person(2, assessments=(attrs.evolve(m.assessed(), valid_until=date(2027, 2, 27)),)),
    ),
    Case(
        "assessment expires within 90 days",
        m.with_person(2, assessments=(attrs.evolve(m.assessed(), valid_until=date(2027, 2, 26)),)),
        [("VCM406", "people[2].assessments[0].valid_until", ("p3", "listening", "north"))],
        m.with_person(2, assessments=(m.assessed(),)),
    ),
    # VCM5xx: monitoring.
    Case(
        "rule overdue",
        m.with_area(
            monitoring=(m.rule(observations=(Observation(date=date(2026, 10, 1), value=96),)),)
        ),
        [("VCM500", "task_areas[0].monitoring[0]", ("punctuality", "north"))],
        m.with_area(
            monitoring=(m.rule(observations=(Observation(date=date(2026, 10, 29), value=96),)),)
        ),
    ),
    Case(
        "rule off track",
        m.with_area(
            monitoring=(m.rule(observations=(Observation(date=date(2026, 11, 15), value=80),)),)
        ),
        [("VCM501", "task_areas[0].monitoring[0]", ("punctuality", "north"))],
        m.organisation(),
    ),
    Case(
        "rule at risk",
        m.with_area(
            monitoring=(m.rule(observations=(Observation(date=date(2026, 11, 15), value=90),)),)
        ),
        [("VCM502", "task_areas[0].monitoring[0]", ("punctuality", "north"))],
        m.organisation(),
    ),
    Case(
        "qualitative rule judged off track",
        m.with_area(
            monitoring=(
                m.rule(),
                m.stories(observations=(Observation(date=date(2026, 11, 1), status="off_track"),)),
            )
        ),
        [("VCM501", "task_areas[0].monitoring[1]", ("client-stories", "north"))],
        m.with_area(monitoring=(m.rule(), m.stories())),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_one_broken_thing_is_one_finding(case: Case) -> None:
    """A model with one thing broken yields exactly the expected finding."""
    assert case.expected == seen(check(case.broken, as_of=m.AS_OF))


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_repaired_model_is_clean(case: Case) -> None:
    """The same model repaired yields no finding at all."""
    assert [] == seen(check(case.repaired, as_of=m.AS_OF))


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_severity_is_the_catalogue_s(case: Case) -> None:
    """Every finding carries the severity its code has in the catalogue."""
    report = check(case.broken, as_of=m.AS_OF)
    expected = [CODES[f.code].severity for f in report]
    assert expected == [f.severity for f in report]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_messages_name_the_ids(case: Case) -> None:
    """Both messages name every id of the finding, quoted."""
    for finding in check(case.broken, as_of=m.AS_OF):
        for named in finding.ids:
            assert f"'{named}'" in finding.message
            assert f"'{named}'" in finding.message_nl


def test_every_code_has_a_case() -> None:
    """The cases above cover the whole catalogue."""
    covered = {code for case in CASES for code, _path, _ids in case.expected}
    assert sorted(CODES) == sorted(covered)
