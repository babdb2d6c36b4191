"""Breakers of people (VCM400-VCM406) and monitoring (VCM500-VCM502), relative to as_of."""

from __future__ import annotations

from datetime import date, timedelta

import attrs
from hypothesis import strategies as st

from vcm._testing._edit import (
    OPEN,
    annex,
    newcomers,
    open_action,
    pick,
    pick_rule,
    short_texts,
    with_person,
    with_rule,
)
from vcm._testing._text import days_before, optional
from vcm.model import (
    DevelopmentAction,
    DevelopmentKind,
    DevelopmentStatus,
    Direction,
    MonitoringKind,
    Observation,
    ObservationStatus,
    Organisation,
)

__all__ = [
    "action_past_due",
    "assessment_expired",
    "assessment_expiring",
    "at_risk",
    "gap_without_plan",
    "never_assessed",
    "nobody_can_carry",
    "off_track",
    "overdue",
    "single_person_dependency",
]


def never_assessed(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM400: a newcomer never assessed on what their task area requires (with a plan for it,
    in case a check reads the missing level as a gap)."""
    org, area_id, competence_id = annex(draw, org, as_of, level=1)
    reached = ({competence_id: 1}, ())
    unassessed: tuple[dict[str, int], tuple[DevelopmentAction, ...]] = (
        {},
        (open_action(draw, competence_id, 1, as_of),),
    )
    return newcomers(draw, org, as_of, area_id, [reached, reached, unassessed])


def gap_without_plan(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM401: a newcomer one level short, with no open development action (at most a done
    or cancelled one)."""
    org, area_id, competence_id = annex(draw, org, as_of, level=2)
    closed = DevelopmentAction(
        competence=competence_id,
        kind=draw(st.sampled_from(DevelopmentKind)),
        description=draw(short_texts()),
        status=draw(st.sampled_from([DevelopmentStatus.DONE, DevelopmentStatus.CANCELLED])),
    )
    history = draw(st.sampled_from([(), (closed,)]))
    reached = ({competence_id: 2}, ())
    return newcomers(draw, org, as_of, area_id, [reached, reached, ({competence_id: 1}, history)])


def action_past_due(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM402: an open development action due before as_of."""
    p, person = pick(draw, org.people)
    _, competence = pick(draw, org.competences)
    action = DevelopmentAction(
        competence=competence.id,
        kind=draw(st.sampled_from(DevelopmentKind)),
        description=draw(short_texts()),
        target_level=draw(optional(st.integers(1, org.scale.top))),
        due=draw(days_before(as_of, 1, 400)),
        status=draw(st.sampled_from(OPEN)),
    )
    return with_person(org, p, attrs.evolve(person, development=(*person.development, action)))


def nobody_can_carry(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM403: a new task area whose members all fall one level short (each with a plan)."""
    org, area_id, competence_id = annex(draw, org, as_of, level=2)
    plans = [({competence_id: 1}, (open_action(draw, competence_id, 2, as_of),)) for _ in "ab"]
    return newcomers(draw, org, as_of, area_id, plans)


def single_person_dependency(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM404: a new task area where one member reaches the level and the other does not."""
    org, area_id, competence_id = annex(draw, org, as_of, level=2)
    short = ({competence_id: 1}, (open_action(draw, competence_id, 2, as_of),))
    return newcomers(draw, org, as_of, area_id, [({competence_id: 2}, ()), short])


def _expiring_newcomer(
    draw: st.DrawFn, org: Organisation, as_of: date, first: int, last: int
) -> Organisation:
    # Three newcomers reach the level; the last one's assessment holds until as_of + [first,
    # last] days (never before its own date), and two others still carry the competence.
    org, area_id, competence_id = annex(draw, org, as_of, level=1)
    reached = ({competence_id: 1}, ())
    org = newcomers(draw, org, as_of, area_id, [reached, reached, reached])
    p, person = len(org.people) - 1, org.people[-1]
    (assessment,) = person.assessments
    earliest = max(as_of + timedelta(days=first), assessment.date)
    until = draw(st.dates(earliest, as_of + timedelta(days=last)))
    renewed = attrs.evolve(assessment, valid_until=until)
    return with_person(org, p, attrs.evolve(person, assessments=(renewed,)))


def assessment_expired(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM405: a newcomer's only assessment of a required competence expired before as_of."""
    return _expiring_newcomer(draw, org, as_of, -300, -1)


def assessment_expiring(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM406: a newcomer's assessment of a required competence expires within 90 days."""
    return _expiring_newcomer(draw, org, as_of, 0, 89)


def overdue(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM500: every reading of a rule moved back beyond its frequency window."""
    a, r, rule = pick_rule(draw, org)
    shift = timedelta(days=rule.frequency.window_days + draw(st.integers(1, 100)))
    observations = tuple(attrs.evolve(o, date=o.date - shift) for o in rule.observations)
    return with_rule(org, a, r, attrs.evolve(rule, observations=observations))


def _add_latest_reading(
    draw: st.DrawFn, org: Organisation, as_of: date, *, off_track: bool
) -> Organisation:
    a, r, rule = pick_rule(draw, org)
    # The clean organisation's readings all lie before as_of: one dated as_of is the latest.
    if rule.kind is MonitoringKind.QUALITATIVE:
        status = ObservationStatus.OFF_TRACK if off_track else ObservationStatus.AT_RISK
        reading = Observation(date=as_of, status=status, note=draw(optional(short_texts())))
    else:
        assert rule.threshold is not None
        value = rule.threshold
        if off_track:
            margin = draw(st.integers(1, 50))
            value = value - margin if rule.direction is Direction.HIGHER else value + margin
        reading = Observation(date=as_of, value=value)
    return with_rule(org, a, r, attrs.evolve(rule, observations=(*rule.observations, reading)))


def off_track(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM501: a rule's latest reading is off track (beyond its threshold, or off_track)."""
    return _add_latest_reading(draw, org, as_of, off_track=True)


def at_risk(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM502: a rule's latest reading is at risk (at its threshold, or at_risk)."""
    return _add_latest_reading(draw, org, as_of, off_track=False)
