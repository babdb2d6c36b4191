"""The report API, the catalogue, the messages and the decisions of ``vcm.checks``."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import attrs
import pytest

import check_models as m
from vcm import Language, Observation, VcmError
from vcm.checks import CODES, Finding, Report, Severity, check


def finding(code: str, path: str, *ids: str) -> Finding:
    """A finding of ``code`` at ``path`` naming ``ids``."""
    return Finding(
        code=code,
        severity=CODES[code].severity,
        path=path,
        message=f"{code} in English",
        message_nl=f"{code} in het Nederlands",
        ids=ids,
    )


MIXED = Report(
    [
        finding("VCM502", "task_areas[10].monitoring[0]", "r"),
        finding("VCM401", "people[2]", "p", "c", "a"),
        finding("VCM201", "task_areas[2].results[0]", "x", "a"),
        finding("VCM103", "scale"),
    ]
)


def test_catalogue_is_checks_md() -> None:
    """CODES holds every code of docs/checks.rst with its severity, in order."""
    expected = {
        **dict.fromkeys([f"VCM10{n}" for n in range(5)], "error"),
        **dict.fromkeys([f"VCM20{n}" for n in range(8)], "error"),
        **dict.fromkeys([f"VCM30{n}" for n in range(6)], "warning"),
        **dict.fromkeys([f"VCM40{n}" for n in range(6)], "warning"),
        "VCM406": "info",
        "VCM500": "warning",
        "VCM501": "warning",
        "VCM502": "info",
    }
    assert list(expected.items()) == [(c, str(i.severity)) for c, i in CODES.items()]


def test_catalogue_rows_have_titles_in_both_languages() -> None:
    """Every catalogue row names its own code and has an English and a Dutch title."""
    assert [] == [
        code
        for code, info in CODES.items()
        if info.code != code or not info.title or not info.title_nl or info.title == info.title_nl
    ]


def test_findings_are_ordered_naturally_by_path_then_code() -> None:
    """task_areas[2] comes before task_areas[10]; paths sort before codes."""
    expected = [
        "people[2]",
        "scale",
        "task_areas[2].results[0]",
        "task_areas[10].monitoring[0]",
    ]
    assert expected == [f.path for f in MIXED]


def test_same_path_orders_by_code_then_ids() -> None:
    """At one path findings follow their code, then the ids they name."""
    report = Report(
        [
            finding("VCM401", "people[0]", "p", "b"),
            finding("VCM400", "people[0]", "p", "z"),
            finding("VCM401", "people[0]", "p", "a"),
        ]
    )
    expected = [("VCM400", ("p", "z")), ("VCM401", ("p", "a")), ("VCM401", ("p", "b"))]
    assert expected == [(f.code, f.ids) for f in report]


def test_a_path_comes_before_the_paths_inside_it() -> None:
    """A task area's own finding precedes those of its parts."""
    report = Report(
        [finding("VCM100", "task_areas[1].id", "a"), finding("VCM200", "task_areas[1]", "a")]
    )
    assert ["task_areas[1]", "task_areas[1].id"] == [f.path for f in report]


def test_severity_views() -> None:
    """errors, warnings and infos split the findings by severity, in report order."""
    assert (["VCM103", "VCM201"], ["VCM401"], ["VCM502"]) == (
        [f.code for f in MIXED.errors],
        [f.code for f in MIXED.warnings],
        [f.code for f in MIXED.infos],
    )


@pytest.mark.parametrize(
    ("codes", "ok", "ok_strict"),
    [
        ([], True, True),
        (["VCM502"], True, True),
        (["VCM502", "VCM401"], True, False),
        (["VCM401", "VCM201"], False, False),
    ],
)
def test_ok_and_ok_strict(codes: list[str], ok: bool, ok_strict: bool) -> None:
    """ok means no errors; ok_strict also no warnings; infos never count."""
    report = Report([finding(code, f"values[{i}]") for i, code in enumerate(codes)])
    assert (ok, ok_strict) == (report.ok, report.ok_strict)


def test_a_report_is_a_sequence_of_findings() -> None:
    """len() and iteration give the findings."""
    assert (4, list(MIXED.findings)) == (len(MIXED), list(MIXED))


def test_a_report_is_immutable() -> None:
    """Neither a report nor a finding can be changed."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        MIXED.findings = ()  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        MIXED.findings[0].code = "VCM100"  # type: ignore[misc]


def test_filter_by_code_severity_or_both() -> None:
    """filter keeps the findings of a code, of several codes, of a severity."""
    assert (["VCM201"], ["VCM103", "VCM502"], ["VCM103", "VCM201"], ["VCM201"]) == (
        [f.code for f in MIXED.filter(code="VCM201")],
        [f.code for f in MIXED.filter(code={"VCM103", "VCM502"})],
        [f.code for f in MIXED.filter(severity="error")],
        [f.code for f in MIXED.filter(code="VCM201", severity=Severity.ERROR)],
    )


def test_filter_gives_a_report() -> None:
    """A filtered report has ok and the other views of its own."""
    warnings = MIXED.filter(severity="warning")
    assert (True, False, 1) == (warnings.ok, warnings.ok_strict, len(warnings))


def test_filter_refuses_an_unknown_code() -> None:
    """A mistyped code is an error, not an empty (clean-looking) report."""
    with pytest.raises(VcmError, match="unknown finding code VCM1O0"):
        MIXED.filter(code="VCM1O0")


def test_filter_refuses_an_unknown_severity() -> None:
    """A mistyped severity is an error too."""
    with pytest.raises(VcmError, match="unknown severity 'fatal'"):
        MIXED.filter(severity="fatal")


def test_to_dict() -> None:
    """to_dict gives ok, counts per severity and the findings as plain data."""
    report = Report([finding("VCM201", "task_areas[0].results[1]", "extra", "north")])
    expected = {
        "ok": False,
        "counts": {"error": 1, "warning": 0, "info": 0},
        "findings": [
            {
                "code": "VCM201",
                "severity": "error",
                "path": "task_areas[0].results[1]",
                "message": "VCM201 in English",
                "message_nl": "VCM201 in het Nederlands",
                "ids": ["extra", "north"],
            }
        ],
    }
    assert expected == report.to_dict()


def test_to_json_is_stable() -> None:
    """to_json sorts keys, indents and keeps Dutch text readable."""
    report = check(m.with_area(results=(m.result(values=()),)), as_of=m.AS_OF)
    expected = (
        "{\n"
        '  "counts": {\n'
        '    "error": 0,\n'
        '    "info": 0,\n'
        '    "warning": 1\n'
        "  },\n"
        '  "findings": [\n'
        "    {\n"
        '      "code": "VCM301",\n'
        '      "ids": [\n'
        '        "care-on-time",\n'
        '        "north"\n'
        "      ],\n"
        "      \"message\": \"result 'care-on-time' in task area 'north' serves no value: "
        'it is not traced to the purpose",\n'
        "      \"message_nl\": \"resultaat 'care-on-time' in taakgebied 'north' dient geen "
        'kernwaarde: het is niet herleid tot de bedoeling",\n'
        '      "path": "task_areas[0].results[0]",\n'
        '      "severity": "warning"\n'
        "    }\n"
        "  ],\n"
        '  "ok": true\n'
        "}"
    )
    assert expected == report.to_json()
    assert report.to_dict() == json.loads(report.to_json())


def test_text_in_either_language() -> None:
    """text() gives the English or the Dutch message, by code or by Language."""
    found = MIXED.findings[0]
    assert [found.message, found.message_nl, found.message_nl] == [
        found.text("en"),
        found.text("nl"),
        found.text(Language.NL),
    ]


def test_text_refuses_another_language() -> None:
    """There are messages in English and Dutch only."""
    with pytest.raises(VcmError, match="no messages in language 'de'"):
        MIXED.findings[0].text("de")


def test_str_of_a_finding() -> None:
    """A finding reads as place, code, severity and message."""
    expected = "people[2]: VCM401 warning: VCM401 in English"
    assert expected == str(MIXED.findings[0])


def test_clean_model_gives_an_empty_report() -> None:
    """The clean model has no findings: ok, strictly ok, empty."""
    report = check(m.organisation(), as_of=m.AS_OF)
    assert (True, True, []) == (report.ok, report.ok_strict, list(report))


# --- messages ------------------------------------------------------------------------


def messages(org: object, code: str) -> list[tuple[str, str]]:
    """The English and Dutch messages of the findings of ``code``."""
    report = check(org, as_of=m.AS_OF)  # type: ignore[arg-type]
    return [(f.message, f.message_nl) for f in report.filter(code=code)]


def test_message_of_a_result_nobody_takes_up() -> None:
    """VCM201 says which result of which task area, in both languages."""
    org = m.with_area(
        results=(m.result(), m.result(id="extra")),
        monitoring=(m.rule(results=("care-on-time", "extra")),),
    )
    expected = [
        (
            "result 'extra' in task area 'north' is taken up by no responsibility",
            "resultaat 'extra' in taakgebied 'north' wordt door geen verantwoordelijkheid opgepakt",
        )
    ]
    assert expected == messages(org, "VCM201")


def test_message_names_what_a_quantitative_rule_lacks() -> None:
    """VCM204 lists the missing fields, with the file's keys in Dutch."""
    org = m.with_area(monitoring=(m.rule(unit=None, target=None, threshold=None),))
    expected = [
        (
            "quantitative rule 'punctuality' in task area 'north' lacks a unit, a target"
            " and a threshold",
            "kwantitatieve bewakingsregel 'punctuality' in taakgebied 'north' mist een eenheid"
            " (unit), een streefwaarde (target) en een drempelwaarde (threshold)",
        )
    ]
    assert expected == messages(org, "VCM204")


def test_message_of_a_reference_to_another_task_area() -> None:
    """VCM101 says whose result it is and that results belong to their own task area."""
    org = m.organisation(
        task_areas=(
            m.area(responsibilities=(m.responsibility(results=("care-on-time", "south-care")),)),
            m.south(responsibilities=(m.responsibility(id="south-planning", results=()),)),
        )
    )
    expected = [
        (
            "responsibility 'visit-planning' in task area 'north' takes up result 'south-care'"
            " of task area 'south': a responsibility takes up results of its own task area",
            "verantwoordelijkheid 'visit-planning' in taakgebied 'north' pakt resultaat"
            " 'south-care' van taakgebied 'south' op: een verantwoordelijkheid pakt resultaten"
            " van het eigen taakgebied op",
        )
    ]
    assert expected == messages(org, "VCM101")


def test_message_of_an_unknown_reference() -> None:
    """VCM101 names the holder, the kind and the unknown id."""
    org = m.with_person(0, assessments=(m.assessed(level=3), m.assessed("ghost")))
    expected = [
        (
            "an assessment of person 'p1' refers to competence 'ghost', which does not exist",
            "een beoordeling van medewerker 'p1' verwijst naar competentie 'ghost', maar die id"
            " bestaat niet",
        )
    ]
    assert expected == messages(org, "VCM101")


def test_message_of_a_scale_out_of_order() -> None:
    """VCM103 shows the numbers found and the numbers wanted."""
    org = m.organisation(scale=[m.organisation().scale.levels[i] for i in (1, 0, 2, 3)])
    expected = [
        (
            "the scale's levels are numbered 2, 1, 3, 4; they must be numbered 1 to 4 in order",
            "de niveaus van de schaal zijn genummerd 2, 1, 3, 4; dat moet 1 tot en met 4 zijn,"
            " op volgorde",
        )
    ]
    assert expected == messages(org, "VCM103")


def test_message_of_a_level_off_the_scale() -> None:
    """VCM102 gives the level and the levels the scale has."""
    org = m.with_area(matrix=(m.row(level=7),))
    expected = [
        (
            "task area 'north' requires competence 'listening' at level 7, which is not on"
            " the scale (levels 1, 2, 3, 4)",
            "taakgebied 'north' vraagt competentie 'listening' op niveau 7, dat niet op de"
            " schaal staat (niveaus 1, 2, 3, 4)",
        )
    ]
    assert expected == messages(org, "VCM102")


def test_message_of_a_threshold_on_the_wrong_side() -> None:
    """VCM205 gives threshold, target and the direction that makes it wrong."""
    org = m.with_area(monitoring=(m.rule(threshold=97.5),))
    expected = [
        (
            "the threshold 97.5 of rule 'punctuality' in task area 'north' lies above its"
            " target 95, while higher is better: it must be at or below the target",
            "de drempelwaarde 97,5 van bewakingsregel 'punctuality' in taakgebied 'north' ligt"
            " boven de streefwaarde 95, terwijl hoger beter is: de drempel hoort op of onder"
            " de streefwaarde",
        )
    ]
    assert expected == messages(org, "VCM205")


def test_message_of_a_gap() -> None:
    """VCM401 gives the current and the required level and the task area asking it."""
    org = m.with_person(2, assessments=(m.assessed(level=1),))
    expected = [
        (
            "person 'p3' is at level 1 of competence 'listening' where task area 'north'"
            " requires level 2, and has no open development action for it",
            "medewerker 'p3' staat op niveau 1 van competentie 'listening' waar taakgebied"
            " 'north' niveau 2 vraagt, en heeft daarvoor geen open ontwikkelactie",
        )
    ]
    assert expected == messages(org, "VCM401")


def test_message_of_an_overdue_action() -> None:
    """VCM402 gives the due date and the status, in words of each language."""
    org = m.with_person(0, development=(m.action(due=date(2026, 9, 1), status="in_progress"),))
    expected = [
        (
            "the development action of person 'p1' on competence 'listening' was due on"
            " 2026-09-01 and is still in progress",
            "de ontwikkelactie van medewerker 'p1' voor competentie 'listening' had klaar"
            " moeten zijn op 2026-09-01 en is nog in uitvoering",
        )
    ]
    assert expected == messages(org, "VCM402")


def test_message_of_an_overdue_rule() -> None:
    """VCM500 gives the last reading's date and the rule's window."""
    org = m.with_area(
        monitoring=(m.rule(observations=(Observation(date=date(2026, 10, 1), value=96),)),)
    )
    expected = [
        (
            "monitoring rule 'punctuality' in task area 'north' is overdue: its latest"
            " observation, of 2026-10-01, is more than 31 days old (monthly)",
            "bewakingsregel 'punctuality' in taakgebied 'north' is niet op tijd gemeten: de"
            " laatste meting, van 2026-10-01, is meer dan 31 dagen oud (maandelijks)",
        )
    ]
    assert expected == messages(org, "VCM500")


def test_message_of_a_rule_off_track_gives_the_reading() -> None:
    """VCM501 gives value, unit, date, target and threshold; Dutch with a decimal comma."""
    org = m.with_area(
        monitoring=(m.rule(observations=(Observation(date=date(2026, 11, 15), value=80.5),)),)
    )
    expected = [
        (
            "monitoring rule 'punctuality' in task area 'north' is off track: 80.5 % on"
            " 2026-11-15 (target 95 %, threshold 85 %)",
            "bewakingsregel 'punctuality' in taakgebied 'north' is uit koers: 80,5 % op"
            " 2026-11-15 (streefwaarde 95 %, drempelwaarde 85 %)",
        )
    ]
    assert expected == messages(org, "VCM501")


def test_message_of_a_qualitative_rule_at_risk_quotes_the_note() -> None:
    """VCM502 on a judged rule gives the date and the note."""
    judged = Observation(date=date(2026, 11, 1), status="at_risk", note="Two clients waited.")
    org = m.with_area(monitoring=(m.rule(), m.stories(observations=(judged,))))
    expected = [
        (
            "monitoring rule 'client-stories' in task area 'north' is at risk: judged so on"
            " 2026-11-01: Two clients waited.",
            "bewakingsregel 'client-stories' in taakgebied 'north' loopt risico: zo beoordeeld"
            " op 2026-11-01: Two clients waited.",
        )
    ]
    assert expected == messages(org, "VCM502")


# --- decisions -----------------------------------------------------------------------


def test_check_wants_an_organisation() -> None:
    """Plain data is refused with a hint at the way to a model."""
    with pytest.raises(TypeError, match=r"not dict; read a file with vcm.load\(\)"):
        check({"vcm": 1}, as_of=m.AS_OF)  # type: ignore[arg-type]


def test_as_of_defaults_to_today() -> None:
    """Without as_of a rule read today is current and one read 40 days ago overdue."""
    today = date.today()
    fresh = Observation(date=today, value=96)
    old = Observation(date=today - timedelta(days=40), value=96)
    expected = ([], ["VCM500"])
    assert expected == (
        [f.code for f in check(m.with_area(monitoring=(m.rule(observations=(fresh,)),)))],
        [f.code for f in check(m.with_area(monitoring=(m.rule(observations=(old,)),)))],
    )


def test_as_of_may_be_a_datetime() -> None:
    """A datetime counts as its date."""
    org = m.with_person(0, development=(m.action(due=date(2026, 11, 28)),))
    assert check(org, as_of=m.AS_OF) == check(org, as_of=datetime(2026, 11, 29, 23, 59))


def test_as_of_moves_people_and_monitoring_findings() -> None:
    """An action due tomorrow is not overdue today, and is the day after."""
    org = m.with_person(0, development=(m.action(due=m.AS_OF + timedelta(days=1)),))
    assert ([], ["VCM402"]) == (
        [f.code for f in check(org, as_of=m.AS_OF)],
        [f.code for f in check(org, as_of=m.AS_OF + timedelta(days=2))],
    )


def test_a_latest_assessment_that_could_not_be_observed_counts_as_assessed() -> None:
    """Not observable: no VCM400 (it was assessed) and no VCM401 (no level to compare)."""
    org = m.with_person(2, assessments=(m.assessed(level=1), m.assessed(level=None, on=m.AS_OF)))
    assert [] == [f.code for f in check(org, as_of=m.AS_OF)]


def test_the_latest_assessment_decides() -> None:
    """An old low level does not count once a later assessment reaches the requirement."""
    org = m.with_person(2, assessments=(m.assessed(level=2, on=m.AS_OF), m.assessed(level=1)))
    assert [] == [f.code for f in check(org, as_of=m.AS_OF)]


def test_required_level_is_the_highest_over_a_persons_task_areas() -> None:
    """A member of north (level 2) and south (level 3) is measured against south."""
    org = m.organisation(
        task_areas=(m.area(), m.south(matrix=(m.row(level=3),))),
        people=(
            m.person("p1", 3, task_areas=("north", "south")),
            m.person("p2", 3, task_areas=("north", "south")),
            m.person("p3", 2, task_areas=("north", "south")),
        ),
    )
    expected = [("VCM401", "people[2]", ("p3", "listening", "south"))]
    assert expected == [(f.code, f.path, f.ids) for f in check(org, as_of=m.AS_OF)]


def test_no_people_no_people_findings() -> None:
    """A matrix designed before people are entered gets no VCM4xx findings."""
    assert [] == [f.code for f in check(m.organisation(people=()), as_of=m.AS_OF)]


def test_a_single_member_is_no_single_person_dependency() -> None:
    """VCM404 needs two or more members: one member is the size of the team."""
    org = m.organisation(people=(m.person("p1", 3),))
    assert [] == [f.code for f in check(org, as_of=m.AS_OF)]


def test_a_team_of_two_with_one_reaching_is_a_dependency() -> None:
    """With two members and only one reaching the level, VCM404 names the matrix row."""
    org = m.organisation(people=(m.person("p1", 3), m.person("p2", 1, development=(m.action(),))))
    expected = [("VCM404", "task_areas[0].matrix[0]", ("north", "listening"))]
    assert expected == [(f.code, f.path, f.ids) for f in check(org, as_of=m.AS_OF)]


def test_cover_findings_name_no_person() -> None:
    """VCM403 and VCM404 are about the task area: no person's id or name in them."""
    org = m.organisation(
        people=tuple(m.person(p, 1, development=(m.action(),)) for p in ("p1", "p2", "p3"))
    )
    report = check(org, as_of=m.AS_OF)
    assert ["VCM403"] == [f.code for f in report]
    assert [] == [
        f.code
        for f in report
        for p in org.people
        if p.id in f.ids or p.id in f.message or p.name in f.message_nl
    ]


def test_only_people_findings_name_people() -> None:
    """Findings naming a person are exactly those with a path under people[...]."""
    org = m.with_person(
        0,
        assessments=(m.assessed(level=9), m.assessed("ghost")),
        development=(m.action(due=date(2026, 1, 1)),),
    )
    report = check(org, as_of=m.AS_OF)
    naming = [f.path for f in report if "p1" in f.ids]
    assert naming == [f.path for f in report if f.path.startswith("people[")]
    assert 3 == len(naming)


def test_one_mistake_one_finding_for_a_dangling_and_misplaced_model() -> None:
    """Several independent mistakes give one finding each, no more."""
    org = m.organisation(
        competences=(m.competence(values=("ghost",)),),
        task_areas=(
            m.area(
                responsibilities=(m.responsibility(competences=("listening", "nothing")),),
                matrix=(m.row(level=6), m.row(competence="void")),
            ),
        ),
    )
    expected = [
        ("VCM101", "competences[0].values[0]"),
        ("VCM102", "task_areas[0].matrix[0].level"),
        ("VCM101", "task_areas[0].matrix[1].competence"),
        ("VCM101", "task_areas[0].responsibilities[0].competences[1]"),
    ]
    assert expected == [(f.code, f.path) for f in check(org, as_of=m.AS_OF)]


def test_a_misnumbered_scale_is_one_finding_not_one_per_level() -> None:
    """Levels 1, 7, 3, 4: one VCM103; the rows, assessments and indicators at level 2 that
    used the scale as it was meant give no VCM102. A level outside both (9) still does."""
    base = m.organisation()
    scale = [
        attrs.evolve(level, level=n)
        for level, n in zip(base.scale.levels, (1, 7, 3, 4), strict=True)
    ]
    org = attrs.evolve(
        m.organisation(task_areas=(m.area(matrix=(m.row(level=2),)),)),
        scale=scale,
        people=(m.person("p1", 2), m.person("p2", 2), m.person("p3", 7)),
    )
    assert [("VCM103", "scale")] == [(f.code, f.path) for f in check(org, as_of=m.AS_OF)]
    off = attrs.evolve(org, people=(m.person("p1", 9), *org.people[1:]))
    found = [(f.code, f.path) for f in check(off, as_of=m.AS_OF) if f.code.startswith("VCM10")]
    assert [("VCM102", "people[0].assessments[0].level"), ("VCM103", "scale")] == sorted(found)


def test_a_dangling_reference_says_did_you_mean() -> None:
    """VCM101 suggests the id most like the unknown one, in both languages, as the loader does."""
    org = m.with_area(matrix=(m.row(competence="listenin"),))
    (finding,) = [f for f in check(org, as_of=m.AS_OF) if f.code == "VCM101"]
    assert finding.message.endswith("which does not exist (did you mean 'listening'?)")
    assert finding.message_nl.endswith("bestaat niet (bedoelde je 'listening'?)")
    far = m.with_area(matrix=(m.row(competence="zzz"),))
    (finding,) = [f for f in check(far, as_of=m.AS_OF) if f.code == "VCM101"]
    assert "did you mean" not in finding.message
