"""Organisations that break exactly one rule of checks.md.

Each breaker takes a *clean* organisation (one on which ``check(org, as_of)`` finds
nothing) and changes as little as it can so that its code, and ideally only its code,
is found. Where a change cannot help dragging another finding along, the code is listed in
``_COMPANIONS``. Breakers that need people who reach, or fail to reach, a level add a
small self-contained task area (an *annex*) with newcomers, rather than disturb the
balance of the existing ones.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from vcm._testing._text import days_after, days_before, identifiers, optional, texts
from vcm._testing._valid import organisations
from vcm.model import (
    Assessment,
    Authority,
    AuthorityKind,
    Behaviour,
    Competence,
    CompetenceKind,
    DevelopmentAction,
    DevelopmentKind,
    DevelopmentStatus,
    Direction,
    Frequency,
    Indicator,
    Level,
    MonitoringKind,
    MonitoringRule,
    Observation,
    ObservationStatus,
    Organisation,
    Person,
    Requirement,
    Responsibility,
    Result,
    Scale,
    TaskArea,
)

__all__ = ["DEFAULT_AS_OF", "broken_organisations", "codes", "companions"]

DEFAULT_AS_OF = date(2026, 11, 29)

T = TypeVar("T")
Breaker = Callable[[st.DrawFn, Organisation, date], Organisation]

_OPEN = (DevelopmentStatus.PLANNED, DevelopmentStatus.IN_PROGRESS)


# --- small tools -------------------------------------------------------------------------


def _names() -> st.SearchStrategy[str]:
    return texts(max_size=40)


def _pick(draw: st.DrawFn, items: Sequence[T]) -> tuple[int, T]:
    index = draw(st.integers(0, len(items) - 1))
    return index, items[index]


def _replace(items: tuple[T, ...], index: int, new: T) -> tuple[T, ...]:
    return (*items[:index], new, *items[index + 1 :])


def _fresh(draw: st.DrawFn, taken: Collection[str]) -> str:
    """An id not in ``taken``."""
    new = draw(identifiers())
    while new in taken:
        new += "_"
    return new


def _value_ids(org: Organisation) -> set[str]:
    return {value.id for value in org.values}


def _competence_ids(org: Organisation) -> set[str]:
    return {competence.id for competence in org.competences}


def _area_ids(org: Organisation) -> set[str]:
    return {area.id for area in org.task_areas}


def _result_ids(org: Organisation) -> set[str]:
    return {result.id for area in org.task_areas for result in area.results}


def _responsibility_ids(org: Organisation) -> set[str]:
    return {item.id for area in org.task_areas for item in area.responsibilities}


def _rule_ids(org: Organisation) -> set[str]:
    return {rule.id for area in org.task_areas for rule in area.monitoring}


def _with_area(org: Organisation, index: int, area: TaskArea) -> Organisation:
    return attrs.evolve(org, task_areas=_replace(org.task_areas, index, area))


def _with_person(org: Organisation, index: int, person: Person) -> Organisation:
    return attrs.evolve(org, people=_replace(org.people, index, person))


def _pick_rule(draw: st.DrawFn, org: Organisation) -> tuple[int, int, MonitoringRule]:
    area_index, area = _pick(draw, org.task_areas)
    rule_index, rule = _pick(draw, area.monitoring)
    return area_index, rule_index, rule


def _with_rule(
    org: Organisation, area_index: int, rule_index: int, rule: MonitoringRule
) -> Organisation:
    area = org.task_areas[area_index]
    monitoring = _replace(area.monitoring, rule_index, rule)
    return _with_area(org, area_index, attrs.evolve(area, monitoring=monitoring))


def _authority(draw: st.DrawFn) -> Authority:
    return Authority(description=draw(_names()), kind=draw(st.sampled_from(AuthorityKind)))


def _new_result(draw: st.DrawFn, org: Organisation) -> Result:
    return Result(
        id=_fresh(draw, _result_ids(org)),
        name=draw(_names()),
        client=draw(_names()),
        values=(draw(st.sampled_from([value.id for value in org.values])),),
    )


def _open_action(
    draw: st.DrawFn, competence_id: str, target: int, as_of: date
) -> DevelopmentAction:
    return DevelopmentAction(
        competence=competence_id,
        kind=draw(st.sampled_from(DevelopmentKind)),
        description=draw(_names()),
        target_level=target,
        due=draw(days_after(as_of, 1, 400)),
        status=draw(st.sampled_from(_OPEN)),
    )


def _rename(ids: Iterable[str], old: str, new: str) -> tuple[str, ...]:
    return tuple(new if item == old else item for item in ids)


def _latest_index(rule: MonitoringRule) -> int:
    latest = rule.latest_observation()
    return next(i for i, observation in enumerate(rule.observations) if observation is latest)


# --- the annex: a self-contained task area with newcomers ------------------------------


def _annex(
    draw: st.DrawFn,
    org: Organisation,
    as_of: date,
    *,
    level: int,
    needs: Sequence[str] = (),
    extra_rows: Sequence[str] = (),
) -> tuple[Organisation, str, str]:
    """Add a task area requiring a new competence at ``level``; return its id and that of
    the competence. Its responsibility also ``needs`` those competences; its matrix also
    requires ``extra_rows`` at level 1. It has no members yet: see :func:`_newcomers`."""
    value_ids = [value.id for value in org.values]
    competence = Competence(
        id=_fresh(draw, _competence_ids(org)),
        name=draw(_names()),
        kind=draw(st.sampled_from(CompetenceKind)),
        values=(draw(st.sampled_from(value_ids)),),
    )

    def row(competence_id: str, required: int) -> Requirement:
        # Every value shows in every row: the annex never thins the matrix (VCM300).
        return Requirement(
            competence=competence_id,
            level=required,
            behaviours=tuple(Behaviour(value=v, text=draw(_names())) for v in value_ids),
        )

    result = _new_result(draw, org)
    area = TaskArea(
        id=_fresh(draw, _area_ids(org)),
        name=draw(_names()),
        results=(result,),
        responsibilities=(
            Responsibility(
                id=_fresh(draw, _responsibility_ids(org)),
                description=draw(_names()),
                results=(result.id,),
                competences=(competence.id, *needs),
                authorities=(_authority(draw),),
            ),
        ),
        matrix=(row(competence.id, level), *(row(c, 1) for c in extra_rows)),
        monitoring=(
            MonitoringRule(
                id=_fresh(draw, _rule_ids(org)),
                kind=MonitoringKind.QUALITATIVE,
                indicator=draw(_names()),
                frequency=Frequency.YEARLY,
                owner=draw(_names()),
                results=(result.id,),
                observations=(
                    Observation(date=as_of - timedelta(days=1), status=ObservationStatus.ON_TRACK),
                ),
            ),
        ),
    )
    org = attrs.evolve(
        org,
        competences=(*org.competences, competence),
        task_areas=(*org.task_areas, area),
    )
    return org, area.id, competence.id


def _newcomers(
    draw: st.DrawFn,
    org: Organisation,
    as_of: date,
    area_id: str,
    plans: Sequence[tuple[Mapping[str, int], Sequence[DevelopmentAction]]],
) -> Organisation:
    """Add members of ``area_id`` only, each assessed at the levels and with the plan given."""
    taken = {person.id for person in org.people}
    people: list[Person] = []
    for levels, development in plans:
        person_id = _fresh(draw, taken)
        taken.add(person_id)
        people.append(
            Person(
                id=person_id,
                name=draw(_names()),
                task_areas=(area_id,),
                assessments=tuple(
                    Assessment(
                        competence=competence_id,
                        level=level,
                        date=draw(days_before(as_of, 1, 300)),
                        assessor=draw(optional(_names())),
                    )
                    for competence_id, level in levels.items()
                ),
                development=tuple(development),
            )
        )
    return attrs.evolve(org, people=(*org.people, *people))


# --- structure (VCM1xx) ------------------------------------------------------------------


def _duplicate_id(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM100: an id used twice within a kind, a competence twice in a matrix or a value
    twice in a row."""
    ways = ["value", "competence", "task area", "responsibility", "rule", "person", "row"]
    if len(org.task_areas) >= 2:
        ways.append("result")
    rows = [(a, r) for a, area in enumerate(org.task_areas) for r, row in enumerate(area.matrix)]
    shown = [(a, r) for a, r in rows if org.task_areas[a].matrix[r].behaviours]
    if shown:
        ways.append("behaviour")
    way = draw(st.sampled_from(ways))
    if way == "value":
        _, value = _pick(draw, org.values)
        return attrs.evolve(org, values=(*org.values, attrs.evolve(value, name=draw(_names()))))
    if way == "competence":
        _, competence = _pick(draw, org.competences)
        copy = attrs.evolve(competence, name=draw(_names()))
        return attrs.evolve(org, competences=(*org.competences, copy))
    if way == "person":
        _, person = _pick(draw, org.people)
        return attrs.evolve(org, people=(*org.people, person))
    a, area = _pick(draw, org.task_areas)
    if way == "task area":
        return attrs.evolve(org, task_areas=(*org.task_areas, area))
    if way == "responsibility":
        _, item = _pick(draw, area.responsibilities)
        area = attrs.evolve(area, responsibilities=(*area.responsibilities, item))
    elif way == "rule":
        _, rule = _pick(draw, area.monitoring)
        area = attrs.evolve(area, monitoring=(*area.monitoring, rule))
    elif way == "row":
        _, row = _pick(draw, area.matrix)
        area = attrs.evolve(area, matrix=(*area.matrix, row))
    elif way == "behaviour":
        a, r = draw(st.sampled_from(shown))
        area = org.task_areas[a]
        row = area.matrix[r]
        _, behaviour = _pick(draw, row.behaviours)
        twice = Behaviour(value=behaviour.value, text=draw(_names()))
        row = attrs.evolve(row, behaviours=(*row.behaviours, twice))
        area = attrs.evolve(area, matrix=_replace(area.matrix, r, row))
    else:
        # A result of another task area takes this one's id; its own references follow it.
        b = draw(st.sampled_from([i for i in range(len(org.task_areas)) if i != a]))
        other = org.task_areas[b]
        _, taken = _pick(draw, area.results)
        r, result = _pick(draw, other.results)
        other = attrs.evolve(
            other,
            results=_replace(other.results, r, attrs.evolve(result, id=taken.id)),
            responsibilities=tuple(
                attrs.evolve(item, results=_rename(item.results, result.id, taken.id))
                for item in other.responsibilities
            ),
            monitoring=tuple(
                attrs.evolve(rule, results=_rename(rule.results, result.id, taken.id))
                for rule in other.monitoring
            ),
        )
        return _with_area(org, b, other)
    return _with_area(org, a, area)


def _unknown_reference(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM101: one reference to a value, competence, result or task area that is not there.

    Only references whose loss costs nothing else are broken: a responsibility or matrix
    row naming a missing competence would also be VCM206 or VCM302.
    """
    way = draw(
        st.sampled_from(
            [
                "competence values",
                "result values",
                "responsibility results",
                "rule results",
                "behaviour value",
                "person task areas",
                "assessment competence",
                "development competence",
            ]
        )
    )
    if way == "competence values":
        c, competence = _pick(draw, org.competences)
        values = (*competence.values, _fresh(draw, _value_ids(org)))
        competences = _replace(org.competences, c, attrs.evolve(competence, values=values))
        return attrs.evolve(org, competences=competences)
    if way.startswith(("person", "assessment", "development")):
        p, person = _pick(draw, org.people)
        if way == "person task areas":
            person = attrs.evolve(
                person, task_areas=(*person.task_areas, _fresh(draw, _area_ids(org)))
            )
        elif way == "assessment competence":
            assessment = Assessment(
                competence=_fresh(draw, _competence_ids(org)),
                level=draw(st.integers(1, org.scale.top)),
                date=draw(days_before(as_of, 1, 300)),
            )
            person = attrs.evolve(person, assessments=(*person.assessments, assessment))
        else:
            action = DevelopmentAction(
                competence=_fresh(draw, _competence_ids(org)),
                kind=draw(st.sampled_from(DevelopmentKind)),
                description=draw(_names()),
                status=DevelopmentStatus.DONE,
            )
            person = attrs.evolve(person, development=(*person.development, action))
        return _with_person(org, p, person)
    a, area = _pick(draw, org.task_areas)
    if way == "result values":
        r, result = _pick(draw, area.results)
        result = attrs.evolve(result, values=(*result.values, _fresh(draw, _value_ids(org))))
        area = attrs.evolve(area, results=_replace(area.results, r, result))
    elif way == "responsibility results":
        r, item = _pick(draw, area.responsibilities)
        item = attrs.evolve(item, results=(*item.results, _fresh(draw, _result_ids(org))))
        area = attrs.evolve(area, responsibilities=_replace(area.responsibilities, r, item))
    elif way == "rule results":
        r, rule = _pick(draw, area.monitoring)
        rule = attrs.evolve(rule, results=(*rule.results, _fresh(draw, _result_ids(org))))
        area = attrs.evolve(area, monitoring=_replace(area.monitoring, r, rule))
    else:
        r, row = _pick(draw, area.matrix)
        unknown = Behaviour(value=_fresh(draw, _value_ids(org)), text=draw(_names()))
        row = attrs.evolve(row, behaviours=(*row.behaviours, unknown))
        area = attrs.evolve(area, matrix=_replace(area.matrix, r, row))
    return _with_area(org, a, area)


def _level_off_scale(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM102: a level above the top of the scale (levels below 1 cannot be built).

    When it is a matrix row, every member of its task area is assessed at that level too
    (each one more VCM102), so that nobody falls short of it.
    """
    beyond = org.scale.top + draw(st.integers(1, 3))
    way = draw(st.sampled_from(["indicator", "development target", "assessment", "matrix row"]))
    if way == "indicator":
        c, competence = _pick(draw, org.competences)
        indicator = Indicator(level=beyond, behaviours=(draw(_names()),))
        competence = attrs.evolve(competence, indicators=(*competence.indicators, indicator))
        return attrs.evolve(org, competences=_replace(org.competences, c, competence))
    if way in ("development target", "assessment"):
        p, person = _pick(draw, org.people)
        _, competence = _pick(draw, org.competences)
        if way == "assessment":
            # Dated as_of, the assessment is the latest: the person now exceeds every need.
            assessment = Assessment(competence=competence.id, level=beyond, date=as_of)
            person = attrs.evolve(person, assessments=(*person.assessments, assessment))
        else:
            action = _open_action(draw, competence.id, beyond, as_of)
            person = attrs.evolve(person, development=(*person.development, action))
        return _with_person(org, p, person)
    a, area = _pick(draw, org.task_areas)
    r, row = _pick(draw, area.matrix)
    org = _with_area(
        org, a, attrs.evolve(area, matrix=_replace(area.matrix, r, attrs.evolve(row, level=beyond)))
    )
    lifted = Assessment(competence=row.competence, level=beyond, date=as_of)
    people = tuple(
        attrs.evolve(person, assessments=(*person.assessments, lifted))
        if area.id in person.task_areas
        else person
        for person in org.people
    )
    return attrs.evolve(org, people=people)


def _scale_out_of_order(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM103: two neighbouring levels swapped, or a level added with a gap before it.

    Either way every level in use stays on the scale, so no VCM102 follows.
    """
    levels = org.scale.levels
    if draw(st.booleans()):
        i = draw(st.integers(0, len(levels) - 2))
        swapped = (*levels[:i], levels[i + 1], levels[i], *levels[i + 2 :])
        return attrs.evolve(org, scale=Scale(swapped))
    gap = Level(level=org.scale.top + 2, name=draw(_names()))
    return attrs.evolve(org, scale=Scale((*levels, gap)))


def _observation_of_wrong_kind(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM104: a status on a quantitative rule or a number on a qualitative one.

    It is dated before the rule's other readings so that the latest one still decides.
    """
    a, r, rule = _pick_rule(draw, org)
    earliest = min(observation.date for observation in rule.observations)
    when = draw(days_before(earliest, 1, 30))
    if rule.kind is MonitoringKind.QUANTITATIVE:
        wrong = Observation(date=when, status=draw(st.sampled_from(ObservationStatus)))
    else:
        wrong = Observation(date=when, value=draw(st.integers(0, 100)))
    position = draw(st.integers(0, len(rule.observations)))
    observations = (*rule.observations[:position], wrong, *rule.observations[position:])
    return _with_rule(org, a, r, attrs.evolve(rule, observations=observations))


# --- the method (VCM2xx) -----------------------------------------------------------------


def _area_without_results(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM200: a task area's results removed, and the references to them."""
    a, area = _pick(draw, org.task_areas)
    area = attrs.evolve(
        area,
        results=(),
        responsibilities=tuple(attrs.evolve(i, results=()) for i in area.responsibilities),
        monitoring=tuple(attrs.evolve(rule, results=()) for rule in area.monitoring),
    )
    return _with_area(org, a, area)


def _result_nobody_takes_up(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM201: a new result, watched by a rule, that no responsibility takes up."""
    a, area = _pick(draw, org.task_areas)
    result = _new_result(draw, org)
    r, rule = _pick(draw, area.monitoring)
    rule = attrs.evolve(rule, results=(*rule.results, result.id))
    area = attrs.evolve(
        area, results=(*area.results, result), monitoring=_replace(area.monitoring, r, rule)
    )
    return _with_area(org, a, area)


def _responsibility_without_authority(
    draw: st.DrawFn, org: Organisation, as_of: date
) -> Organisation:
    """VCM202: a responsibility's authorities removed."""
    a, area = _pick(draw, org.task_areas)
    r, item = _pick(draw, area.responsibilities)
    item = attrs.evolve(item, authorities=())
    return _with_area(
        org, a, attrs.evolve(area, responsibilities=_replace(area.responsibilities, r, item))
    )


def _result_unwatched(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM203: a new result, taken up by a responsibility, that no rule watches."""
    a, area = _pick(draw, org.task_areas)
    result = _new_result(draw, org)
    r, item = _pick(draw, area.responsibilities)
    item = attrs.evolve(item, results=(*item.results, result.id))
    area = attrs.evolve(
        area,
        results=(*area.results, result),
        responsibilities=_replace(area.responsibilities, r, item),
    )
    return _with_area(org, a, area)


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
    a, area = _pick(draw, org.task_areas)
    direction = draw(st.sampled_from(Direction))
    target = draw(st.integers(1, 100))
    margin = draw(st.integers(1, 50))
    rule = MonitoringRule(
        id=_fresh(draw, _rule_ids(org)),
        kind=MonitoringKind.QUANTITATIVE,
        indicator=draw(_names()),
        frequency=draw(st.sampled_from(Frequency)),
        owner=draw(_names()),
        results=(area.results[0].id,),
        unit="%",
        direction=direction,
        target=target,
        threshold=target - margin if direction is Direction.HIGHER else target + margin,
        observations=(Observation(date=as_of - timedelta(days=1), value=target),),
    )
    org = _with_area(org, a, attrs.evolve(area, monitoring=(*area.monitoring, rule)))
    return org, a, len(area.monitoring), rule


def _with_latest_value(rule: MonitoringRule, value: int | float) -> MonitoringRule:
    i = _latest_index(rule)
    latest = attrs.evolve(rule.observations[i], value=value)
    return attrs.evolve(rule, observations=_replace(rule.observations, i, latest))


def _incomplete_quantitative_rule(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM204: a quantitative rule without its unit, direction, target or threshold.

    Its latest reading is set to the target, which is on track whichever way is better.
    """
    org, a, r, rule = _quantitative_rule(draw, org, as_of)
    assert rule.target is not None
    rule = _with_latest_value(rule, rule.target)
    missing = draw(st.sampled_from(["unit", "direction", "target", "threshold"]))
    changes: dict[str, Any] = {missing: None}
    return _with_rule(org, a, r, attrs.evolve(rule, **changes))


def _threshold_on_wrong_side(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM205: the threshold moved past the target; the latest reading equals it, so the
    rule is on track whichever of the two is compared first."""
    org, a, r, rule = _quantitative_rule(draw, org, as_of)
    assert rule.target is not None
    margin = draw(st.integers(1, 50))
    threshold = rule.target + margin if rule.direction is Direction.HIGHER else rule.target - margin
    rule = _with_latest_value(attrs.evolve(rule, threshold=threshold), threshold)
    return _with_rule(org, a, r, rule)


def _competence_not_in_matrix(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM206: a responsibility in a new task area also needs a competence that area's
    matrix does not require. VCM403 may come along: with no required level, a check may
    judge that nobody can carry the responsibility."""
    _, elsewhere = _pick(draw, org.competences)
    org, area_id, competence_id = _annex(draw, org, as_of, level=1, needs=(elsewhere.id,))
    plan = ({competence_id: 1}, ())
    return _newcomers(draw, org, as_of, area_id, [plan, plan])


def _value_without_behaviours(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM207: a value's behaviours removed (its counter-behaviours stay)."""
    v, value = _pick(draw, org.values)
    return attrs.evolve(org, values=_replace(org.values, v, attrs.evolve(value, behaviours=())))


# --- coherence (VCM3xx) ------------------------------------------------------------------


def _value_not_shown(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM300: a value's behaviours removed from every matrix (one finding per task area)."""
    _, value = _pick(draw, org.values)

    def without(row: Requirement) -> Requirement:
        return attrs.evolve(row, behaviours=tuple(b for b in row.behaviours if b.value != value.id))

    areas = tuple(
        attrs.evolve(area, matrix=tuple(without(row) for row in area.matrix))
        for area in org.task_areas
    )
    return attrs.evolve(org, task_areas=areas)


def _result_without_value(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM301: a result's values removed."""
    a, area = _pick(draw, org.task_areas)
    r, result = _pick(draw, area.results)
    result = attrs.evolve(result, values=())
    return _with_area(org, a, attrs.evolve(area, results=_replace(area.results, r, result)))


def _row_nobody_needs(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM302: a new task area also requires an existing competence no responsibility there
    needs (its members are assessed on it, so nothing else is missed)."""
    _, extra = _pick(draw, org.competences)
    org, area_id, competence_id = _annex(draw, org, as_of, level=1, extra_rows=(extra.id,))
    plan = ({competence_id: 1, extra.id: 1}, ())
    return _newcomers(draw, org, as_of, area_id, [plan, plan])


def _competence_nobody_requires(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM303: a new competence in the catalogue that no matrix requires."""
    competence = Competence(
        id=_fresh(draw, _competence_ids(org)),
        name=draw(_names()),
        kind=draw(st.sampled_from(CompetenceKind)),
        values=(draw(st.sampled_from([value.id for value in org.values])),),
    )
    return attrs.evolve(org, competences=(*org.competences, competence))


def _responsibility_without_competence(
    draw: st.DrawFn, org: Organisation, as_of: date
) -> Organisation:
    """VCM304: a new responsibility, for an existing result, that needs no competence."""
    a, area = _pick(draw, org.task_areas)
    _, result = _pick(draw, area.results)
    item = Responsibility(
        id=_fresh(draw, _responsibility_ids(org)),
        description=draw(_names()),
        results=(result.id,),
        authorities=(_authority(draw),),
    )
    return _with_area(org, a, attrs.evolve(area, responsibilities=(*area.responsibilities, item)))


def _competence_without_value(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM305: a competence's values removed."""
    c, competence = _pick(draw, org.competences)
    competence = attrs.evolve(competence, values=())
    return attrs.evolve(org, competences=_replace(org.competences, c, competence))


# --- people (VCM4xx) ---------------------------------------------------------------------


def _never_assessed(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM400: a newcomer never assessed on what their task area requires (with a plan for it,
    in case a check reads the missing level as a gap)."""
    org, area_id, competence_id = _annex(draw, org, as_of, level=1)
    reached = ({competence_id: 1}, ())
    unassessed: tuple[dict[str, int], tuple[DevelopmentAction, ...]] = (
        {},
        (_open_action(draw, competence_id, 1, as_of),),
    )
    return _newcomers(draw, org, as_of, area_id, [reached, reached, unassessed])


def _gap_without_plan(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM401: a newcomer one level short, with no open development action (at most a done
    or cancelled one)."""
    org, area_id, competence_id = _annex(draw, org, as_of, level=2)
    closed = DevelopmentAction(
        competence=competence_id,
        kind=draw(st.sampled_from(DevelopmentKind)),
        description=draw(_names()),
        status=draw(st.sampled_from([DevelopmentStatus.DONE, DevelopmentStatus.CANCELLED])),
    )
    history = draw(st.sampled_from([(), (closed,)]))
    reached = ({competence_id: 2}, ())
    return _newcomers(draw, org, as_of, area_id, [reached, reached, ({competence_id: 1}, history)])


def _action_past_due(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM402: an open development action due before as_of."""
    p, person = _pick(draw, org.people)
    _, competence = _pick(draw, org.competences)
    action = DevelopmentAction(
        competence=competence.id,
        kind=draw(st.sampled_from(DevelopmentKind)),
        description=draw(_names()),
        target_level=draw(optional(st.integers(1, org.scale.top))),
        due=draw(days_before(as_of, 1, 400)),
        status=draw(st.sampled_from(_OPEN)),
    )
    return _with_person(org, p, attrs.evolve(person, development=(*person.development, action)))


def _nobody_can_carry(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM403: a new task area whose members all fall one level short (each with a plan)."""
    org, area_id, competence_id = _annex(draw, org, as_of, level=2)
    plans = [({competence_id: 1}, (_open_action(draw, competence_id, 2, as_of),)) for _ in "ab"]
    return _newcomers(draw, org, as_of, area_id, plans)


def _single_person_dependency(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM404: a new task area where one member reaches the level and the other does not."""
    org, area_id, competence_id = _annex(draw, org, as_of, level=2)
    short = ({competence_id: 1}, (_open_action(draw, competence_id, 2, as_of),))
    return _newcomers(draw, org, as_of, area_id, [({competence_id: 2}, ()), short])


# --- monitoring (VCM5xx) -----------------------------------------------------------------


def _overdue(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM500: every reading of a rule moved back beyond its frequency window."""
    a, r, rule = _pick_rule(draw, org)
    shift = timedelta(days=rule.frequency.window_days + draw(st.integers(1, 100)))
    observations = tuple(attrs.evolve(o, date=o.date - shift) for o in rule.observations)
    return _with_rule(org, a, r, attrs.evolve(rule, observations=observations))


def _add_latest_reading(
    draw: st.DrawFn, org: Organisation, as_of: date, *, off_track: bool
) -> Organisation:
    a, r, rule = _pick_rule(draw, org)
    # The clean organisation's readings all lie before as_of: one dated as_of is the latest.
    if rule.kind is MonitoringKind.QUALITATIVE:
        status = ObservationStatus.OFF_TRACK if off_track else ObservationStatus.AT_RISK
        reading = Observation(date=as_of, status=status, note=draw(optional(_names())))
    else:
        assert rule.threshold is not None
        value = rule.threshold
        if off_track:
            margin = draw(st.integers(1, 50))
            value = value - margin if rule.direction is Direction.HIGHER else value + margin
        reading = Observation(date=as_of, value=value)
    return _with_rule(org, a, r, attrs.evolve(rule, observations=(*rule.observations, reading)))


def _off_track(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM501: a rule's latest reading is off track (beyond its threshold, or off_track)."""
    return _add_latest_reading(draw, org, as_of, off_track=True)


def _at_risk(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM502: a rule's latest reading is at risk (at its threshold, or at_risk)."""
    return _add_latest_reading(draw, org, as_of, off_track=False)


_BREAKERS: dict[str, Breaker] = {
    "VCM100": _duplicate_id,
    "VCM101": _unknown_reference,
    "VCM102": _level_off_scale,
    "VCM103": _scale_out_of_order,
    "VCM104": _observation_of_wrong_kind,
    "VCM200": _area_without_results,
    "VCM201": _result_nobody_takes_up,
    "VCM202": _responsibility_without_authority,
    "VCM203": _result_unwatched,
    "VCM204": _incomplete_quantitative_rule,
    "VCM205": _threshold_on_wrong_side,
    "VCM206": _competence_not_in_matrix,
    "VCM207": _value_without_behaviours,
    "VCM300": _value_not_shown,
    "VCM301": _result_without_value,
    "VCM302": _row_nobody_needs,
    "VCM303": _competence_nobody_requires,
    "VCM304": _responsibility_without_competence,
    "VCM305": _competence_without_value,
    "VCM400": _never_assessed,
    "VCM401": _gap_without_plan,
    "VCM402": _action_past_due,
    "VCM403": _nobody_can_carry,
    "VCM404": _single_person_dependency,
    "VCM500": _overdue,
    "VCM501": _off_track,
    "VCM502": _at_risk,
}

_COMPANIONS: dict[str, frozenset[str]] = {"VCM206": frozenset({"VCM403"})}


def codes() -> tuple[str, ...]:
    """The finding codes :func:`broken_organisations` can break, in catalogue order."""
    return tuple(_BREAKERS)


def companions(code: str) -> frozenset[str]:
    """Codes that may be found alongside ``code`` in a broken organisation (mostly none)."""
    _known(code)
    return _COMPANIONS.get(code, frozenset())


def _known(code: str) -> Breaker:
    try:
        return _BREAKERS[code]
    except KeyError:
        raise ValueError(f"unknown finding code {code!r}; known: {', '.join(_BREAKERS)}") from None


@st.composite
def _broken(draw: st.DrawFn, breaker: Breaker, as_of: date) -> Organisation:
    clean = draw(
        organisations(max_values=3, max_competences=3, max_task_areas=2, max_people=4, as_of=as_of)
    )
    return breaker(draw, clean, as_of)


def broken_organisations(
    code: str, *, as_of: date = DEFAULT_AS_OF
) -> st.SearchStrategy[Organisation]:
    """Organisations that break exactly the rule ``code`` of checks.md.

    Each is built from a clean organisation (nothing found as of ``as_of``) with one
    small change, so that ``vcm.check(org, as_of=as_of)`` finds ``code`` (once or more)
    and nothing else but the codes :func:`companions` names. Dates are set relative to
    ``as_of``: checked as of another date, the people and monitoring findings (VCM4xx,
    VCM5xx) may differ. :func:`codes` lists the codes; the change for each is:

    - VCM100: an id used twice within a kind (value, competence, task area, result,
      responsibility, rule, person), a competence twice in a matrix or a value twice in a row.
    - VCM101: a reference to a missing value, competence, result or task area.
    - VCM102: a level above the scale's top (indicator, development target, assessment,
      or a matrix row together with its task area's members' assessments).
    - VCM103: two levels of the scale swapped, or a level added after a gap.
    - VCM104: an older reading of the wrong kind.
    - VCM200-VCM207, VCM300-VCM305: the one part removed or added that the rule asks about;
      VCM206 may come with VCM403, VCM300 is found once for each task area.
    - VCM400, VCM401, VCM403, VCM404: a new task area whose newcomers are unassessed, short
      without a plan, all short, or all but one short.
    - VCM402: an open development action due before ``as_of``.
    - VCM500: a rule whose readings all lie outside its window; VCM501, VCM502: a latest
      reading, dated ``as_of``, that is off track or at risk.
    """
    return _broken(_known(code), as_of)
