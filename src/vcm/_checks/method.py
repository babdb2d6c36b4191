"""The method (errors VCM200-VCM207): each of its four questions must have an answer."""

from __future__ import annotations

from vcm._checks.context import Context
from vcm._checks.messages import Text, kind, series
from vcm.model import Direction, MonitoringKind, MonitoringRule
from vcm.model.reading import first_positions

__all__ = ["add_method"]


def add_method(ctx: Context) -> None:
    """Add the findings VCM200 to VCM207."""
    _results(ctx)
    _responsibilities(ctx)
    _rules(ctx)
    for v, value in enumerate(ctx.org.values):
        if not value.behaviours:
            ctx.add("VCM207", f"values[{v}]", (value.id,), value=value.id)


def _results(ctx: Context) -> None:
    # A reference to another task area's result is VCM101 already; it still counts as
    # taking the result up (or watching it) here, so one misplaced reference is one finding.
    taken_up: set[tuple[int, str]] = set()
    watched: set[tuple[int, str]] = set()
    for a, area in enumerate(ctx.org.task_areas):
        for responsibility in area.responsibilities:
            for result_id in responsibility.results:
                landing = ctx.resolve_result(a, result_id)
                if landing is not None:
                    taken_up.add((landing, result_id))
        for rule in area.monitoring:
            for result_id in rule.results:
                landing = ctx.resolve_result(a, result_id)
                if landing is not None:
                    watched.add((landing, result_id))
    first = ctx.first_results
    for a, area in enumerate(ctx.org.task_areas):
        if not area.results:
            ctx.add("VCM200", f"task_areas[{a}]", (area.id,), area=area.id)
        for r, result in enumerate(area.results):
            # A repeated result id (VCM100) is judged once, where it first occurs.
            if (a, r) not in first:
                continue
            path, ids = f"task_areas[{a}].results[{r}]", (result.id, area.id)
            if (a, result.id) not in taken_up:
                ctx.add("VCM201", path, ids, result=result.id, area=area.id)
            if (a, result.id) not in watched:
                ctx.add("VCM203", path, ids, result=result.id, area=area.id)


def _responsibilities(ctx: Context) -> None:
    competences = ctx.competence_ids
    for a, area in enumerate(ctx.org.task_areas):
        rows = ctx.rows[a]
        for s, responsibility in enumerate(area.responsibilities):
            path, ids = f"task_areas[{a}].responsibilities[{s}]", (responsibility.id, area.id)
            if not responsibility.authorities:
                ctx.add("VCM202", path, ids, responsibility=responsibility.id, area=area.id)
            needs = responsibility.competences
            for i in sorted(first_positions(needs)):
                competence_id = needs[i]
                # An unknown competence is VCM101; it is not also missing from the matrix.
                if competence_id in competences and competence_id not in rows:
                    ctx.add(
                        "VCM206",
                        f"{path}.competences[{i}]",
                        (*ids, competence_id),
                        responsibility=responsibility.id,
                        area=area.id,
                        competence=competence_id,
                    )


def _missing(rule: MonitoringRule) -> list[Text]:
    fields = (
        ("unit", rule.unit),
        ("direction", rule.direction),
        ("target", rule.target),
        ("threshold", rule.threshold),
    )
    return [kind(name) for name, value in fields if value is None]


def _rules(ctx: Context) -> None:
    for a, area in enumerate(ctx.org.task_areas):
        for k, rule in enumerate(area.monitoring):
            if rule.kind is not MonitoringKind.QUANTITATIVE:
                continue
            path, ids = f"task_areas[{a}].monitoring[{k}]", (rule.id, area.id)
            missing = _missing(rule)
            if missing:
                ctx.add("VCM204", path, ids, rule=rule.id, area=area.id, missing=series(missing))
            # Without a direction VCM204 has spoken; guessing one would only add noise.
            if rule.direction is None or rule.target is None or rule.threshold is None:
                continue
            higher = rule.direction is Direction.HIGHER
            if (rule.threshold > rule.target) if higher else (rule.threshold < rule.target):
                ctx.add(
                    "VCM205.higher" if higher else "VCM205.lower",
                    f"{path}.threshold",
                    ids,
                    threshold=rule.threshold,
                    target=rule.target,
                    rule=rule.id,
                    area=area.id,
                )
