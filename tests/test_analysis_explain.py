"""vcm.analysis.explain: from a monitoring rule at risk to the people who can act."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import attrs
import docx
import pytest
from tests.test_analysis_trace_guide import BACKUP, INTAKE, ORG, VISIT_PLANNING

import vcm
from vcm.analysis import ExplainedCompetence, NotFoundError, explain
from vcm.cli import main
from vcm.model import Assessment, DevelopmentAction, Person, RuleStatus

JULY = date(2026, 7, 1)
COURSE = DevelopmentAction(
    competence="listening", kind="training", description="Course in listening", status="planned"
)
DONE = DevelopmentAction(
    competence="planning", kind="coaching", description="Planning coaching", status="done"
)
ANNA = Person(
    id="anna",
    name="Anna de Vries",
    task_areas=["north"],
    assessments=[
        Assessment(competence="listening", level=1, date=date(2026, 1, 10)),
        Assessment(competence="planning", level=2, date=date(2026, 1, 10)),
    ],
    development=[COURSE, DONE],
)
BAS = Person(
    id="bas",
    name="Bas Jansen",
    task_areas=["north"],
    assessments=[
        Assessment(competence="listening", level=3, date=date(2026, 1, 10)),
        Assessment(competence="planning", level=1, date=date(2026, 1, 10)),
        # After the date asked for: does not count.
        Assessment(competence="planning", level=2, date=date(2026, 8, 1)),
    ],
)
SOUTHERNER = Person(
    id="cor",
    name="Cor Smit",
    task_areas=["south"],
    assessments=[Assessment(competence="planning", level=1, date=date(2026, 1, 10))],
)
PEOPLE_ORG = attrs.evolve(ORG, people=[ANNA, BAS, SOUTHERNER])


def test_a_rule_at_risk_leads_to_the_members_with_gaps_and_their_actions() -> None:
    found = vcm.explain(PEOPLE_ORG, "stories", as_of=JULY)
    assert found.needs_action
    assert found.state.status is RuleStatus.AT_RISK
    assert found.task_area_name == "District team North"
    assert [r.id for r in found.results] == ["on-time", "heard"]
    # Responsibilities in any task area that take up a watched result.
    assert found.responsibilities == (VISIT_PLANNING, INTAKE, BACKUP)
    planning, listening = found.competences
    assert (planning.name, planning.responsibilities) == (
        "Planning",
        ("visit-planning", "backup"),
    )
    assert (listening.name, listening.responsibilities) == (
        "Listening",
        ("visit-planning", "intake"),
    )
    # Only North's members (the rule's task area), judged as of July, with open gaps.
    assert [(g.person_name, g.required, g.current) for g in planning.gaps] == [("Bas Jansen", 2, 1)]
    assert [(g.person_name, g.open_actions) for g in listening.gaps] == [
        ("Anna de Vries", (COURSE,))
    ]
    assert found.people == ("bas", "anna")


def test_a_rule_on_track_is_explained_too_and_says_so() -> None:
    found = explain(PEOPLE_ORG, "punctuality", as_of=date(2026, 11, 29))
    assert found.state.status is RuleStatus.ON_TRACK
    assert not found.needs_action
    assert [c.competence for c in found.competences] == ["planning", "listening"]


def test_later_assessments_close_the_gap_as_of_a_later_date() -> None:
    found = explain(PEOPLE_ORG, "stories", as_of=date(2026, 8, 2))
    assert found.state.status is RuleStatus.AT_RISK
    planning = found.competences[0]
    assert planning == ExplainedCompetence(
        competence="planning",
        name="Planning",
        responsibilities=("visit-planning", "backup"),
        gaps=(),
    )


def test_the_task_area_narrows_the_lookup() -> None:
    assert explain(PEOPLE_ORG, "audit", as_of=JULY, task_area="south").task_area == "south"
    with pytest.raises(NotFoundError, match="in task area 'north'"):
        explain(PEOPLE_ORG, "audit", as_of=JULY, task_area="north")
    with pytest.raises(NotFoundError, match="no task area 'nort'"):
        explain(PEOPLE_ORG, "audit", as_of=JULY, task_area="nort")


def test_an_unknown_rule_says_what_was_meant() -> None:
    with pytest.raises(
        NotFoundError, match=r"no monitoring rule 'storys' \(did you mean 'stories'\?\)"
    ):
        explain(PEOPLE_ORG, "storys", as_of=JULY)


def test_a_datetime_counts_as_its_date_and_text_is_refused() -> None:
    """as_of follows the one rule of vcm (docs/analysis.rst)."""
    from datetime import date, datetime

    moment = datetime(2026, 7, 1, 18, 30)
    assert explain(PEOPLE_ORG, "stories", as_of=date(2026, 7, 1)) == explain(
        PEOPLE_ORG, "stories", as_of=moment
    )
    with pytest.raises(TypeError):
        explain(PEOPLE_ORG, "stories", as_of="2026-07-01")  # type: ignore[arg-type]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.fixture
def model_file(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.yaml"
    vcm.dump(PEOPLE_ORG, path)
    return path


def test_the_command_speaks_names_and_the_readers_dates(model_file: Path) -> None:
    code, out = run("explain", str(model_file), "stories", "--as-of", "2026-07-01")
    assert code == 0
    assert "Clients' own stories" in out
    assert "AT RISK (30 June 2026: " in out
    assert "(as of 1 July 2026)" in out
    assert "Bas Jansen: level 1 of 2" in out
    assert "Anna de Vries: level 1 of 3" in out
    assert "→ Course in listening — planned" in out
    assert "Planning coaching" not in out  # done, not open
    assert "Cor Smit" not in out  # another team
    for an_id in ("anna", "north", "visit-planning", "2026-07-01"):
        assert an_id not in out


def test_the_command_in_dutch(model_file: Path) -> None:
    code, out = run(
        "explain", str(model_file), "stories", "--as-of", "2026-07-01", "--language", "nl"
    )
    assert code == 0
    assert "RISICO (30 juni 2026: " in out
    assert "(per 1 juli 2026)" in out
    assert "Bas Jansen: niveau 1 van 2" in out
    assert "WIE HET DRAAGT" in out


def test_an_unknown_rule_exits_2(model_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run("explain", str(model_file), "storys")
    assert (code, out) == (2, "")
    assert "did you mean 'stories'?" in capsys.readouterr().err


def _report_text(**options: object) -> str:
    from vcm.plugins import ExportOptions, get_exporter

    stream = io.BytesIO()
    get_exporter("docx").export(PEOPLE_ORG, stream, ExportOptions(as_of=JULY, **options))  # type: ignore[arg-type]
    document = docx.Document(io.BytesIO(stream.getvalue()))
    return "\n".join(p.text for p in document.paragraphs)


def test_the_report_says_who_can_act_under_the_monitoring_table() -> None:
    text = _report_text(include_people=True)
    assert "Clients' own stories: At risk. Who can act:" in text
    assert (
        "Carried by: Plans the visits and keeps them.; Hears the wish behind the question.;"
        " Takes over visits North cannot make." in text
    )
    assert "It asks: Planning, Listening" in text
    assert "Bas Jansen (Planning, level 1 of 2)" in text
    assert "Anna de Vries (Listening, level 1 of 3); Course in listening" in text
    assert "Backup audit:" not in text  # no data: not at risk


def test_the_report_without_people_names_nobody() -> None:
    text = _report_text()
    assert "Clients' own stories: At risk. Who can act:" in text
    assert "It asks: Planning, Listening" in text
    assert "Bas Jansen" not in text
    assert "Anna de Vries" not in text


def test_a_competence_the_catalogue_lacks_stays_in_under_its_id() -> None:
    ghost = attrs.evolve(INTAKE, competences=["ghost"], results=["heard", "nowhere"])
    north = attrs.evolve(PEOPLE_ORG.task_areas[0], responsibilities=[ghost])
    org = attrs.evolve(PEOPLE_ORG, task_areas=[north, PEOPLE_ORG.task_areas[1]])
    found = explain(org, "stories", as_of=JULY)
    assert [(c.competence, c.name) for c in found.competences] == [
        ("ghost", "ghost"),
        ("planning", "Planning"),
    ]
    assert [c.name for c in vcm.trace(org, "heard").competences] == ["ghost"]
    assert [r.id for r in found.results] == ["on-time", "heard"]


def test_indicators_given_twice_are_refused_from_a_file_and_vcm100_in_python() -> None:
    from vcm.model import Competence, Indicator

    text = vcm.dumps(PEOPLE_ORG).replace(
        "    indicators:\n      3:", "    indicators:\n      3:\n      - Once.\n      3:"
    )
    assert text.count("      3:") == 2
    with pytest.raises(vcm.VcmError, match=r"indicators\.3: the key 3 is given twice"):
        vcm.loads(text)
    twice = Competence(
        id="listening",
        name="Listening",
        kind="behavioural",
        indicators=[Indicator(level=3, behaviours=["a"]), Indicator(level=3, behaviours=["b"])],
    )
    org = attrs.evolve(PEOPLE_ORG, competences=[twice, *PEOPLE_ORG.competences[1:]])
    assert "VCM100" in {finding.code for finding in vcm.check(org, as_of=JULY).findings}
