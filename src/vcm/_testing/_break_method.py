"""Breakers of the method (VCM200-VCM207) and of coherence (VCM300-VCM305)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import attrs
from hypothesis import strategies as st

from vcm._testing._edit import (
    annex,
    authority,
    competence_ids,
    fresh,
    latest_index,
    new_result,
    newcomers,
    pick,
    replace,
    responsibility_ids,
    rule_ids,
    short_texts,
    with_area,
    with_rule,
)
from vcm.model import (
    Competence,
    CompetenceKind,
    Direction,
    Frequency,
    MonitoringKind,
    MonitoringRule,
    Observation,
    Organisation,
    Requirement,
    Responsibility,
)

__all__ = [
    "area_without_results",
    "competence_nobody_requires",
    "competence_not_in_matrix",
    "competence_without_value",
    "incomplete_quantitative_rule",
    "responsibility_without_authority",
    "responsibility_without_competence",
    "result_nobody_takes_up",
    "result_unwatched",
    "result_without_value",
    "row_nobody_needs",
    "threshold_on_wrong_side",
    "value_not_shown",
    "value_without_behaviours",
]


def area_without_results(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM200: a task area's results removed, and the references to them."""
    a, area = pick(draw, org.task_areas)
    area = attrs.evolve(
        area,
        results=(),
        responsibilities=tuple(attrs.evolve(i, results=()) for i in area.responsibilities),
        monitoring=tuple(attrs.evolve(rule, results=()) for rule in area.monitoring),
    )
    return with_area(org, a, area)


def result_nobody_takes_up(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM201: a new result, watched by a rule, that no responsibility takes up."""
    return _new_result_named_by(draw, org, "monitoring")


def responsibility_without_authority(
    draw: st.DrawFn, org: Organisation, as_of: date
) -> Organisation:
    """VCM202: a responsibility's authorities removed."""
    a, area = pick(draw, org.task_areas)
    r, item = pick(draw, area.responsibilities)
    item = attrs.evolve(item, authorities=())
    return with_area(
        org, a, attrs.evolve(area, responsibilities=replace(area.responsibilities, r, item))
    )


def result_unwatched(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM203: a new result, taken up by a responsibility, that no rule watches."""
    return _new_result_named_by(draw, org, "responsibilities")


def _new_result_named_by(draw: st.DrawFn, org: Organisation, part: str) -> Organisation:
    """A new result of a task area that one item of its ``part`` names (and no other)."""
    a, area = pick(draw, org.task_areas)
    result = new_result(draw, org)
    items = getattr(area, part)
    r, item = pick(draw, items)
    item = attrs.evolve(item, results=(*item.results, result.id))
    changes: dict[str, Any] = {"results": (*area.results, result), part: replace(items, r, item)}
    area = attrs.evolve(area, **changes)
    return with_area(org, a, area)


def _quantitative_rule(
    draw: st.DrawFn, org: Organisation, as_of: date
) -> tuple[Organisation, int, int, MonitoringRule]:
    """A quantitative rule of ``org``, added (complete, on track) when there is none."""
    found = [
        (a, r)
        for a, area in enumerate(org.task_areas)
        for r, rule in enumerate(area.monitoring)
        if rule.kind is MonitoringKind.QUANTITATIVE
    ]
    if found:
        a, r = draw(st.sampled_from(found))
        return org, a, r, org.task_areas[a].monitoring[r]
    a, area = pick(draw, org.task_areas)
    direction = draw(st.sampled_from(Direction))
    target = draw(st.integers(1, 100))
    margin = draw(st.integers(1, 50))
    rule = MonitoringRule(
        id=fresh(draw, rule_ids(org)),
        kind=MonitoringKind.QUANTITATIVE,
        indicator=draw(short_texts()),
        frequency=draw(st.sampled_from(Frequency)),
        owner=draw(short_texts()),
        results=(area.results[0].id,),
        unit="%",
        direction=direction,
        target=target,
        threshold=target - margin if direction is Direction.HIGHER else target + margin,
        observations=(Observation(date=as_of - timedelta(days=1), value=target),),
    )
    org = with_area(org, a, attrs.evolve(area, monitoring=(*area.monitoring, rule)))
    return org, a, len(area.monitoring), rule


def _with_latest_value(rule: MonitoringRule, value: int | float) -> MonitoringRule:
    i = latest_index(rule)
    latest = attrs.evolve(rule.observations[i], value=value)
    return attrs.evolve(rule, observations=replace(rule.observations, i, latest))


def incomplete_quantitative_rule(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM204: a quantitative rule without its unit, direction, target or threshold.

    Its latest reading is set to the target, which is on track whichever way is better.
    """
    org, a, r, rule = _quantitative_rule(draw, org, as_of)
    assert rule.target is not None
    rule = _with_latest_value(rule, rule.target)
    missing = draw(st.sampled_from(["unit", "direction", "target", "threshold"]))
    changes: dict[str, Any] = {missing: None}
    return with_rule(org, a, r, attrs.evolve(rule, **changes))


def threshold_on_wrong_side(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM205: the threshold moved past the target; the latest reading equals it, so the
    rule is on track whichever of the two is compared first."""
    org, a, r, rule = _quantitative_rule(draw, org, as_of)
    assert rule.target is not None
    margin = draw(st.integers(1, 50))
    threshold = rule.target + margin if rule.direction is Direction.HIGHER else rule.target - margin
    rule = _with_latest_value(attrs.evolve(rule, threshold=threshold), threshold)
    return with_rule(org, a, r, rule)


def competence_not_in_matrix(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM206: a responsibility in a new task area also needs a competence (required
    elsewhere) that this area's matrix does not require."""
    _, elsewhere = pick(draw, org.competences)
    org, area_id, competence_id = annex(draw, org, as_of, level=1, needs=(elsewhere.id,))
    plan = ({competence_id: 1}, ())
    return newcomers(draw, org, as_of, area_id, [plan, plan])


def value_without_behaviours(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM207: a value's behaviours removed (its counter-behaviours stay)."""
    v, value = pick(draw, org.values)
    return attrs.evolve(org, values=replace(org.values, v, attrs.evolve(value, behaviours=())))


def value_not_shown(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM300: a value's behaviours removed from every matrix (one finding per task area)."""
    _, value = pick(draw, org.values)

    def without(row: Requirement) -> Requirement:
        return attrs.evolve(row, behaviours=tuple(b for b in row.behaviours if b.value != value.id))

    areas = tuple(
        attrs.evolve(area, matrix=tuple(without(row) for row in area.matrix))
        for area in org.task_areas
    )
    return attrs.evolve(org, task_areas=areas)


def result_without_value(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM301: a result's values removed."""
    a, area = pick(draw, org.task_areas)
    r, result = pick(draw, area.results)
    result = attrs.evolve(result, values=())
    return with_area(org, a, attrs.evolve(area, results=replace(area.results, r, result)))


def row_nobody_needs(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM302: a new task area also requires an existing competence no responsibility there
    needs (its members are assessed on it, so nothing else is missed)."""
    _, extra = pick(draw, org.competences)
    org, area_id, competence_id = annex(draw, org, as_of, level=1, extra_rows=(extra.id,))
    plan = ({competence_id: 1, extra.id: 1}, ())
    return newcomers(draw, org, as_of, area_id, [plan, plan])


def competence_nobody_requires(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM303: a new competence in the catalogue that no matrix requires."""
    competence = Competence(
        id=fresh(draw, competence_ids(org)),
        name=draw(short_texts()),
        kind=draw(st.sampled_from(CompetenceKind)),
        values=(draw(st.sampled_from([value.id for value in org.values])),),
    )
    return attrs.evolve(org, competences=(*org.competences, competence))


def responsibility_without_competence(
    draw: st.DrawFn, org: Organisation, as_of: date
) -> Organisation:
    """VCM304: a new responsibility, for an existing result, that needs no competence."""
    a, area = pick(draw, org.task_areas)
    _, result = pick(draw, area.results)
    item = Responsibility(
        id=fresh(draw, responsibility_ids(org)),
        description=draw(short_texts()),
        results=(result.id,),
        authorities=(authority(draw),),
    )
    return with_area(org, a, attrs.evolve(area, responsibilities=(*area.responsibilities, item)))


def competence_without_value(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM305: a competence's values removed."""
    c, competence = pick(draw, org.competences)
    competence = attrs.evolve(competence, values=())
    return attrs.evolve(org, competences=replace(org.competences, c, competence))
