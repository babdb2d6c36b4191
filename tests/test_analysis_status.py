"""vcm.analysis.status: each rule's status as of a date, with the reading that decides it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vcm.analysis import RuleState, status
from vcm.model import (
    MonitoringRule,
    Observation,
    Organisation,
    Purpose,
    RuleStatus,
    TaskArea,
)

READ_ON = date(2026, 10, 31)


def reading(value: float, on: date = READ_ON) -> Observation:
    """A quantitative observation."""
    return Observation(date=on, value=value)


def rule(rule_id: str = "punctuality", **fields: object) -> MonitoringRule:
    """A monthly quantitative rule, higher is better, target 95, threshold 85."""
    defaults: dict[str, object] = {
        "kind": "quantitative",
        "indicator": "Visits on time",
        "frequency": "monthly",
        "owner": "team coach",
        "unit": "%",
        "direction": "higher",
        "target": 95,
        "threshold": 85,
    }
    return MonitoringRule(id=rule_id, **{**defaults, **fields})


def organisation(*areas: TaskArea) -> Organisation:
    """An organisation holding the given task areas."""
    return Organisation(
        id="o", name="O", purpose=Purpose(vision="V.", mission="M."), task_areas=list(areas)
    )


def status_of(one: MonitoringRule, as_of: date = READ_ON) -> tuple[RuleStatus, Observation | None]:
    """The status of one rule as vcm.analysis.status reports it."""
    (state,) = status(organisation(TaskArea(id="a", name="A", monitoring=[one])), as_of=as_of)
    return state.status, state.observation


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (95, RuleStatus.ON_TRACK),
        (99.5, RuleStatus.ON_TRACK),
        (94.9, RuleStatus.AT_RISK),
        (85, RuleStatus.AT_RISK),
        (84.9, RuleStatus.OFF_TRACK),
    ],
)
def test_higher_is_better(value: float, expected: RuleStatus) -> None:
    """Target and above on track, threshold up to target at risk, below it off track."""
    observation = reading(value)
    assert (expected, observation) == status_of(rule(observations=[observation]))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2, RuleStatus.ON_TRACK),
        (5, RuleStatus.ON_TRACK),
        (5.1, RuleStatus.AT_RISK),
        (10, RuleStatus.AT_RISK),
        (10.5, RuleStatus.OFF_TRACK),
    ],
)
def test_lower_is_better(value: float, expected: RuleStatus) -> None:
    """Mirrored for direction lower: target 5 and below on track, above 10 off track."""
    observation = reading(value)
    one = rule(direction="lower", target=5, threshold=10, observations=[observation])
    assert (expected, observation) == status_of(one)


def test_missing_threshold_has_no_at_risk_band() -> None:
    """Without a threshold a reading below target is off track at once."""
    observation = reading(94)
    assert (RuleStatus.OFF_TRACK, observation) == status_of(
        rule(threshold=None, observations=[observation])
    )


def test_missing_target_cannot_be_judged() -> None:
    """Without a target a number is no data, though the reading is there."""
    observation = reading(94)
    one = rule(target=None, threshold=None, observations=[observation])
    assert (RuleStatus.NO_DATA, observation) == status_of(one)


@pytest.mark.parametrize(
    ("days", "expected"),
    [(0, RuleStatus.ON_TRACK), (31, RuleStatus.ON_TRACK), (32, RuleStatus.OVERDUE)],
)
def test_monthly_window_edges(days: int, expected: RuleStatus) -> None:
    """A monthly reading is current for 31 days; on day 32 the rule is overdue, reading kept."""
    observation = reading(96)
    found = status_of(rule(observations=[observation]), READ_ON + timedelta(days=days))
    assert (expected, observation) == found


def test_no_reading_at_all() -> None:
    """No observation ever: no data and no deciding observation."""
    assert (RuleStatus.NO_DATA, None) == status_of(rule())


def test_later_readings_are_not_seen() -> None:
    """Readings after as_of do not count; the latest before it decides."""
    before, after = reading(80, date(2026, 10, 1)), reading(99, date(2026, 11, 1))
    assert (RuleStatus.OFF_TRACK, before) == status_of(rule(observations=[before, after]))


def test_tie_on_the_date_last_listed_wins() -> None:
    """Two readings on one date: the one listed last decides."""
    first, last = reading(80), reading(99)
    assert (RuleStatus.ON_TRACK, last) == status_of(rule(observations=[first, last]))


@pytest.mark.parametrize("judged", ["on_track", "at_risk", "off_track"])
def test_qualitative_reads_the_recorded_status(judged: str) -> None:
    """A qualitative rule's status is the judged one of its latest reading."""
    observation = Observation(date=READ_ON, status=judged, note="Three stories.")
    one = MonitoringRule(
        id="stories",
        kind="qualitative",
        indicator="Client stories",
        frequency="quarterly",
        owner="team",
        observations=[observation],
    )
    assert (RuleStatus(judged), observation) == status_of(one, READ_ON + timedelta(days=92))


def test_order_and_task_area() -> None:
    """Rules come per task area in order, each with its area's id and the rule itself."""
    one, two, three = rule("one"), rule("two"), rule("three")
    org = organisation(
        TaskArea(id="a", name="A", monitoring=[one, two]),
        TaskArea(id="empty", name="Empty"),
        TaskArea(id="b", name="B", monitoring=[three]),
    )
    expected = (
        RuleState(task_area="a", rule=one, status=RuleStatus.NO_DATA, observation=None),
        RuleState(task_area="a", rule=two, status=RuleStatus.NO_DATA, observation=None),
        RuleState(task_area="b", rule=three, status=RuleStatus.NO_DATA, observation=None),
    )
    assert expected == status(org, as_of=READ_ON)


@pytest.mark.parametrize(
    ("as_of", "given"),
    [("2026-10-31", "str"), (None, "NoneType")],
)
def test_as_of_must_be_a_date(as_of: object, given: str) -> None:
    """A string or None is refused with a TypeError saying what was given."""
    with pytest.raises(TypeError) as caught:
        status(organisation(), as_of=as_of)
    assert f"as_of must be a datetime.date, not {given}" == str(caught.value)
