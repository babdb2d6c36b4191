"""Monitoring status: where each rule stands as of a date, and the reading that decides it."""

from __future__ import annotations

import datetime as dt

import attrs

from vcm._analysis._lookup import require_date
from vcm.model import MonitoringRule, Observation, Organisation, RuleStatus

__all__ = ["RuleState", "state_of", "status"]


@attrs.frozen(kw_only=True)
class RuleState:
    """A monitoring rule's status as of a date, with the observation that decides it.

    ``observation`` is None only for ``no_data`` without any reading; an ``overdue`` rule
    keeps its last (too old) reading, so a reader sees how old it is.
    """

    task_area: str
    """The id of the task area holding the rule."""
    rule: MonitoringRule
    status: RuleStatus
    observation: Observation | None


def status(org: Organisation, *, as_of: dt.date) -> tuple[RuleState, ...]:
    """The status of every monitoring rule as of ``as_of``: task areas in order, then rules.

    The status is :meth:`MonitoringRule.status`: the latest fitting reading on or before
    ``as_of`` decides; none within the rule's frequency window is ``overdue``, none at all
    ``no_data``. A :class:`~datetime.datetime` counts as its date; anything else that is not
    a :class:`datetime.date` is a TypeError.
    """
    as_of = require_date(as_of)
    return tuple(
        state_of(area.id, rule, as_of) for area in org.task_areas for rule in area.monitoring
    )


def state_of(task_area: str, rule: MonitoringRule, as_of: dt.date) -> RuleState:
    """The :class:`RuleState` of one rule of the task area ``task_area``."""
    rule_status, observation = rule.status(as_of)
    return RuleState(task_area=task_area, rule=rule, status=rule_status, observation=observation)
