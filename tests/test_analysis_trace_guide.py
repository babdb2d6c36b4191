"""vcm.analysis.trace and guide: the chain behind a result, and the card for an encounter."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from vcm.analysis import (
    CompetenceBehaviour,
    Guide,
    NotFoundError,
    RuleState,
    Trace,
    TracedCompetence,
    ValueGuidance,
    guide,
    trace,
)
from vcm.model import (
    DEFAULT_SCALE,
    Authority,
    Behaviour,
    Competence,
    Indicator,
    MonitoringRule,
    Observation,
    Organisation,
    Purpose,
    Requirement,
    Responsibility,
    Result,
    RuleStatus,
    TaskArea,
    Value,
)

AS_OF = date(2026, 11, 29)
PURPOSE = Purpose(
    vision="Everyone lives at home with dignity.",
    mission="Care that fits each client's life.",
    statement="Care as an encounter.",
)
DIGNITY = Value(
    id="dignity",
    name="Dignity",
    behaviours=["Asks what matters first."],
    counter_behaviours=["Follows the protocol when it does not fit."],
)
OWNERSHIP = Value(id="ownership", name="Ownership", behaviours=["Finishes what they promised."])
COURAGE = Value(id="courage", name="Courage", behaviours=["Says what they see."])
LISTENING = Competence(
    id="listening",
    name="Listening",
    kind="behavioural",
    indicators=[Indicator(level=3, behaviours=["Teaches colleagues to sum up the wish."])],
)
PLANNING = Competence(id="planning", name="Planning", kind="professional")
ON_TIME = Result(
    id="on-time", name="Care at the agreed moment.", client="Client", values=["ownership"]
)
HEARD = Result(
    id="heard", name="The wish is heard.", client="Client", values=["dignity", "ownership"]
)
MOVE_VISIT = Authority(
    description="Moves a visit after agreeing it with the client.",
    kind="delegated",
    limit="within the same day",
    escalate_to="team coach",
)
EXTRA_HOUR = Authority(
    description="Adds an hour of care.", kind="mandated", escalate_to="district manager"
)
REFER = Authority(description="Refers to the GP.", kind="delegated", escalate_to="team coach")
VISIT_PLANNING = Responsibility(
    id="visit-planning",
    description="Plans the visits and keeps them.",
    results=["on-time"],
    competences=["planning", "listening"],
    authorities=[MOVE_VISIT],
)
INTAKE = Responsibility(
    id="intake",
    description="Hears the wish behind the question.",
    results=["heard"],
    competences=["listening"],
    authorities=[EXTRA_HOUR, REFER],
)
BACKUP = Responsibility(
    id="backup",
    description="Takes over visits North cannot make.",
    results=["on-time"],
    competences=["planning"],
    authorities=[MOVE_VISIT],
)
LISTENING_ROW = Requirement(
    competence="listening",
    level=3,
    behaviours=[
        Behaviour(value="dignity", text="Asks about the client's day first."),
        Behaviour(value="ownership", text="Sums up the wish and checks it."),
    ],
)
PLANNING_ROW = Requirement(
    competence="planning",
    level=2,
    behaviours=[Behaviour(value="ownership", text="Calls the client when a visit moves.")],
)
ON_TIME_READING = Observation(date=date(2026, 11, 1), value=96)
PUNCTUALITY = MonitoringRule(
    id="punctuality",
    kind="quantitative",
    indicator="Visits started within 15 minutes",
    frequency="monthly",
    owner="team coach",
    unit="%",
    direction="higher",
    target=95,
    threshold=85,
    results=["on-time"],
    observations=[ON_TIME_READING],
)
STORY = Observation(date=date(2026, 6, 30), status="at_risk", note="One client felt rushed.")
STORIES = MonitoringRule(
    id="stories",
    kind="qualitative",
    indicator="Clients' own stories",
    frequency="quarterly",
    owner="team",
    results=["on-time", "heard"],
    observations=[STORY],
)
AUDIT = MonitoringRule(
    id="audit",
    kind="qualitative",
    indicator="Backup audit",
    frequency="yearly",
    owner="south coach",
    results=["on-time"],
)
NORTH = TaskArea(
    id="north",
    name="District team North",
    results=[ON_TIME, HEARD],
    responsibilities=[VISIT_PLANNING, INTAKE],
    matrix=[LISTENING_ROW, PLANNING_ROW],
    monitoring=[PUNCTUALITY, STORIES],
)
SOUTH = TaskArea(
    id="south",
    name="District team South",
    responsibilities=[BACKUP],
    matrix=[Requirement(competence="planning", level=3)],
    monitoring=[AUDIT],
)
ORG = Organisation(
    id="harbour",
    name="Harbour Home Care",
    purpose=PURPOSE,
    values=[DIGNITY, OWNERSHIP, COURAGE],
    competences=[LISTENING, PLANNING],
    task_areas=[NORTH, SOUTH],
)


def test_trace_of_a_result() -> None:
    """Purpose, values, result, who takes it up (any task area), competences, rules, status."""
    expected = Trace(
        organisation="Harbour Home Care",
        purpose=PURPOSE,
        task_area="north",
        task_area_name="District team North",
        result=ON_TIME,
        values=(OWNERSHIP,),
        responsibilities=(VISIT_PLANNING, BACKUP),
        competences=(
            TracedCompetence(
                task_area="north",
                competence="planning",
                name="Planning",
                required=2,
                behaviours=(
                    Behaviour(value="ownership", text="Calls the client when a visit moves."),
                ),
                indicators=(),
            ),
            TracedCompetence(
                task_area="north",
                competence="listening",
                name="Listening",
                required=3,
                behaviours=(Behaviour(value="ownership", text="Sums up the wish and checks it."),),
                indicators=("Teaches colleagues to sum up the wish.",),
            ),
            TracedCompetence(
                task_area="south",
                competence="planning",
                name="Planning",
                required=3,
                behaviours=(),
                indicators=(),
            ),
        ),
        rules=(PUNCTUALITY, STORIES, AUDIT),
        states=(
            RuleState(
                task_area="north",
                rule=PUNCTUALITY,
                status=RuleStatus.ON_TRACK,
                observation=ON_TIME_READING,
            ),
            RuleState(
                task_area="north", rule=STORIES, status=RuleStatus.OVERDUE, observation=STORY
            ),
            RuleState(task_area="south", rule=AUDIT, status=RuleStatus.NO_DATA, observation=None),
        ),
        as_of=AS_OF,
        scale=DEFAULT_SCALE,
    )
    assert expected == trace(ORG, "on-time", as_of=AS_OF)


def test_trace_behaviours_follow_the_results_values() -> None:
    """Matrix behaviours are those of the values the result serves, in the result's order."""
    found = trace(ORG, "heard")
    assert (DIGNITY, OWNERSHIP) == found.values
    (listening,) = found.competences
    assert ("dignity", "ownership") == tuple(b.value for b in listening.behaviours)


def test_trace_without_as_of_has_rules_but_no_states() -> None:
    """Without a date the rules are there, their status is not."""
    found = trace(ORG, "heard")
    assert ((STORIES,), (), None) == (found.rules, found.states, found.as_of)


def test_trace_of_an_unknown_result() -> None:
    """An unknown result is a NotFoundError naming it, the nearest and the known ones."""
    with pytest.raises(NotFoundError) as caught:
        trace(ORG, "on_time")
    expected = "no result 'on_time' (did you mean 'on-time'?); the results are: on-time, heard"
    assert expected == str(caught.value)


def test_guide_for_a_whole_task_area() -> None:
    """No results or values named: all of the task area, every value of the organisation."""
    expected = Guide(
        organisation="Harbour Home Care",
        purpose=PURPOSE,
        task_area="north",
        task_area_name="District team North",
        results=(ON_TIME, HEARD),
        values=(
            ValueGuidance(
                value=DIGNITY,
                matrix=(
                    CompetenceBehaviour(
                        competence="listening",
                        name="Listening",
                        required=3,
                        text="Asks about the client's day first.",
                    ),
                ),
            ),
            ValueGuidance(
                value=OWNERSHIP,
                matrix=(
                    CompetenceBehaviour(
                        competence="listening",
                        name="Listening",
                        required=3,
                        text="Sums up the wish and checks it.",
                    ),
                    CompetenceBehaviour(
                        competence="planning",
                        name="Planning",
                        required=2,
                        text="Calls the client when a visit moves.",
                    ),
                ),
            ),
            ValueGuidance(value=COURAGE, matrix=()),
        ),
        responsibilities=(VISIT_PLANNING, INTAKE),
        rules=(PUNCTUALITY, STORIES),
        states=(),
        as_of=None,
        scale=DEFAULT_SCALE,
    )
    assert expected == guide(ORG, "north")


def test_guide_for_a_situation() -> None:
    """Named results and values narrow who is responsible, what is watched and what applies."""
    card = guide(ORG, "north", results=["heard"], values=["dignity"], as_of=AS_OF)
    assert (HEARD,) == card.results
    assert (INTAKE,) == card.responsibilities
    assert (STORIES,) == card.rules
    expected_state = RuleState(
        task_area="north", rule=STORIES, status=RuleStatus.OVERDUE, observation=STORY
    )
    assert (expected_state,) == card.states
    (dignity,) = card.values
    assert ("Asks what matters first.",) == dignity.behaviours
    assert ("Follows the protocol when it does not fit.",) == dignity.counter_behaviours
    assert ["Asks about the client's day first."] == [b.text for b in dignity.matrix]


def test_guide_authorities_and_escalation() -> None:
    """What they may decide, in order, and where to go beyond it, each place once."""
    card = guide(ORG, "north")
    assert (MOVE_VISIT, EXTRA_HOUR, REFER) == card.authorities
    assert ("team coach", "district manager") == card.escalate_to


def test_guide_keeps_the_order_asked_and_drops_repeats() -> None:
    """Values come in the order named; an id named twice counts once; a lone id is one id."""
    card = guide(ORG, "north", results="on-time", values=["courage", "dignity", "courage"])
    assert ["courage", "dignity"] == [g.value.id for g in card.values]
    assert (ON_TIME,) == card.results
    assert (VISIT_PLANNING,) == card.responsibilities
    assert (PUNCTUALITY, STORIES) == card.rules


@pytest.mark.parametrize(
    ("task_area", "results", "values", "message"),
    [
        (
            "noord",
            (),
            (),
            "no task area 'noord' (did you mean 'north'?); the task areas are: north, south",
        ),
        (
            "south",
            ("on-time",),
            (),
            "no result 'on-time' in task area 'south'; there are no results in task area 'south'",
        ),
        (
            "north",
            ("heared",),
            (),
            "no result 'heared' in task area 'north' (did you mean 'heard'?); "
            "the results in task area 'north' are: on-time, heard",
        ),
        (
            "north",
            (),
            ("respect",),
            "no value 'respect'; the values are: dignity, ownership, courage",
        ),
    ],
)
def test_guide_unknown_ids(
    task_area: str, results: tuple[str, ...], values: tuple[str, ...], message: str
) -> None:
    """An unknown task area, result or value is named, with the known ones."""
    with pytest.raises(NotFoundError) as caught:
        guide(ORG, task_area, results=results, values=values)
    assert message == str(caught.value)


def test_guide_as_of_must_be_a_date() -> None:
    """A string for as_of is a TypeError."""
    with pytest.raises(TypeError) as caught:
        guide(ORG, "north", as_of="2026-11-29")
    assert "as_of must be a datetime.date, not str" == str(caught.value)


def test_the_card_gives_each_authority_its_own_way_beyond_its_limit() -> None:
    """Two authorities escalating to different places: each line says where its own goes."""
    from vcm._render import guide as card_text

    timeout = Authority(
        description="Gives a time-out.",
        kind="mandated",
        limit="at most 15 minutes",
        escalate_to="behavioural scientist on duty",
    )
    outing = Authority(
        description="Cancels an outing.",
        kind="delegated",
        limit="for the same day",
        escalate_to="team leader",
    )
    care = attrs.evolve(INTAKE, authorities=[timeout, outing])
    org = attrs.evolve(ORG, task_areas=[attrs.evolve(NORTH, responsibilities=[care]), SOUTH])
    text = card_text(guide(org, "north"), org=org, language="en")
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index("Gives a time-out. (mandated; limit: at most 15 minutes)".join(["• ", ""]))
    assert [
        "• Gives a time-out. (mandated; limit: at most 15 minutes)",
        "→ beyond it, go to behavioural scientist on duty",
        "• Cancels an outing. (delegated; limit: for the same day)",
        "→ beyond it, go to team leader",
    ] == lines[start : start + 4]
    dutch = card_text(guide(org, "north"), org=org, language="nl")
    assert "→ daarbuiten ga je naar behavioural scientist on duty" in dutch
