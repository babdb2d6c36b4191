"""vcm.analysis.explain: from a monitoring rule at risk to the people who can act."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from tests.test_analysis_trace_guide import BACKUP, INTAKE, ORG, VISIT_PLANNING

import vcm
from vcm.analysis import ExplainedCompetence, NotFoundError, explain
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


def test_a_datetime_is_refused() -> None:
    from datetime import datetime

    with pytest.raises(TypeError):
        explain(PEOPLE_ORG, "stories", as_of=datetime(2026, 7, 1))  # type: ignore[arg-type]
