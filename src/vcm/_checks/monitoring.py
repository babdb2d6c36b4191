"""Monitoring (VCM500-VCM502, as of a date): how each rule stands by its latest reading."""

from __future__ import annotations

from vcm._checks.context import Context
from vcm._checks.messages import Text, joined, kind, number, say
from vcm.model import MonitoringRule, Observation, RuleStatus

__all__ = ["add_monitoring"]

_CODES = {
    RuleStatus.OVERDUE: "VCM500",
    RuleStatus.OFF_TRACK: "VCM501",
    RuleStatus.AT_RISK: "VCM502",
}


def add_monitoring(ctx: Context) -> None:
    """Add the findings VCM500 to VCM502 from :meth:`vcm.MonitoringRule.status`.

    ``no_data`` (never read, or a number without a target to judge it by) is no finding
    here: a rule never read is a plan not yet started, and a missing target is VCM204.
    """
    for a, area in enumerate(ctx.org.task_areas):
        for k, rule in enumerate(area.monitoring):
            status, observation = rule.status(ctx.as_of)
            code = _CODES.get(status)
            if code is None or observation is None:
                continue
            path, ids = f"task_areas[{a}].monitoring[{k}]", (rule.id, area.id)
            if status is RuleStatus.OVERDUE:
                ctx.add(
                    code,
                    path,
                    ids,
                    rule=rule.id,
                    area=area.id,
                    date=observation.date,
                    days=rule.frequency.window_days,
                    frequency=kind(rule.frequency.value),
                )
            else:
                ctx.add(
                    code, path, ids, rule=rule.id, area=area.id, reading=_reading(rule, observation)
                )


def _reading(rule: MonitoringRule, observation: Observation) -> Text:
    if observation.value is None:
        judged = say("reading.judged", date=observation.date)
        if observation.note:
            return say("reading.noted", judged=judged, note=observation.note)
        return judged
    reading = say(
        "reading.quantity", value=number(observation.value, rule.unit), date=observation.date
    )
    bounds = []
    if rule.target is not None:
        bounds.append(say("reading.target", target=number(rule.target, rule.unit)))
    if rule.threshold is not None:
        bounds.append(say("reading.threshold", threshold=number(rule.threshold, rule.unit)))
    if not bounds:
        return reading
    return say("reading.bounded", reading=reading, bounds=joined(bounds))
