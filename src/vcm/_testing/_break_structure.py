"""Breakers of the structure (VCM100-VCM104): ids, references, levels, scale, readings."""

from __future__ import annotations

from datetime import date

import attrs
from hypothesis import strategies as st

from vcm._testing._edit import (
    area_ids,
    competence_ids,
    fresh,
    open_action,
    pick,
    pick_rule,
    rename,
    replace,
    result_ids,
    short_texts,
    value_ids,
    with_area,
    with_person,
    with_rule,
)
from vcm._testing._text import days_before
from vcm.model import (
    Assessment,
    Behaviour,
    DevelopmentAction,
    DevelopmentKind,
    DevelopmentStatus,
    Indicator,
    Level,
    MonitoringKind,
    Observation,
    ObservationStatus,
    Organisation,
    Scale,
)

__all__ = [
    "duplicate_id",
    "level_off_scale",
    "observation_of_wrong_kind",
    "scale_out_of_order",
    "unknown_reference",
]


def duplicate_id(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
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
        _, value = pick(draw, org.values)
        return attrs.evolve(
            org, values=(*org.values, attrs.evolve(value, name=draw(short_texts())))
        )
    if way == "competence":
        _, competence = pick(draw, org.competences)
        copy = attrs.evolve(competence, name=draw(short_texts()))
        return attrs.evolve(org, competences=(*org.competences, copy))
    if way == "person":
        _, person = pick(draw, org.people)
        return attrs.evolve(org, people=(*org.people, person))
    a, area = pick(draw, org.task_areas)
    if way == "task area":
        return attrs.evolve(org, task_areas=(*org.task_areas, area))
    if way == "responsibility":
        _, item = pick(draw, area.responsibilities)
        area = attrs.evolve(area, responsibilities=(*area.responsibilities, item))
    elif way == "rule":
        _, rule = pick(draw, area.monitoring)
        area = attrs.evolve(area, monitoring=(*area.monitoring, rule))
    elif way == "row":
        _, row = pick(draw, area.matrix)
        area = attrs.evolve(area, matrix=(*area.matrix, row))
    elif way == "behaviour":
        a, r = draw(st.sampled_from(shown))
        area = org.task_areas[a]
        row = area.matrix[r]
        _, behaviour = pick(draw, row.behaviours)
        twice = Behaviour(value=behaviour.value, text=draw(short_texts()))
        row = attrs.evolve(row, behaviours=(*row.behaviours, twice))
        area = attrs.evolve(area, matrix=replace(area.matrix, r, row))
    else:
        # A result of another task area takes this one's id; its own references follow it.
        b = draw(st.sampled_from([i for i in range(len(org.task_areas)) if i != a]))
        other = org.task_areas[b]
        _, taken = pick(draw, area.results)
        r, result = pick(draw, other.results)
        other = attrs.evolve(
            other,
            results=replace(other.results, r, attrs.evolve(result, id=taken.id)),
            responsibilities=tuple(
                attrs.evolve(item, results=rename(item.results, result.id, taken.id))
                for item in other.responsibilities
            ),
            monitoring=tuple(
                attrs.evolve(rule, results=rename(rule.results, result.id, taken.id))
                for rule in other.monitoring
            ),
        )
        return with_area(org, b, other)
    return with_area(org, a, area)


def unknown_reference(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
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
        c, competence = pick(draw, org.competences)
        values = (*competence.values, fresh(draw, value_ids(org)))
        competences = replace(org.competences, c, attrs.evolve(competence, values=values))
        return attrs.evolve(org, competences=competences)
    if way.startswith(("person", "assessment", "development")):
        p, person = pick(draw, org.people)
        if way == "person task areas":
            person = attrs.evolve(
                person, task_areas=(*person.task_areas, fresh(draw, area_ids(org)))
            )
        elif way == "assessment competence":
            assessment = Assessment(
                competence=fresh(draw, competence_ids(org)),
                level=draw(st.integers(1, org.scale.top)),
                date=draw(days_before(as_of, 1, 300)),
            )
            person = attrs.evolve(person, assessments=(*person.assessments, assessment))
        else:
            action = DevelopmentAction(
                competence=fresh(draw, competence_ids(org)),
                kind=draw(st.sampled_from(DevelopmentKind)),
                description=draw(short_texts()),
                status=DevelopmentStatus.DONE,
            )
            person = attrs.evolve(person, development=(*person.development, action))
        return with_person(org, p, person)
    a, area = pick(draw, org.task_areas)
    if way == "result values":
        r, result = pick(draw, area.results)
        result = attrs.evolve(result, values=(*result.values, fresh(draw, value_ids(org))))
        area = attrs.evolve(area, results=replace(area.results, r, result))
    elif way == "responsibility results":
        r, item = pick(draw, area.responsibilities)
        item = attrs.evolve(item, results=(*item.results, fresh(draw, result_ids(org))))
        area = attrs.evolve(area, responsibilities=replace(area.responsibilities, r, item))
    elif way == "rule results":
        r, rule = pick(draw, area.monitoring)
        rule = attrs.evolve(rule, results=(*rule.results, fresh(draw, result_ids(org))))
        area = attrs.evolve(area, monitoring=replace(area.monitoring, r, rule))
    else:
        r, row = pick(draw, area.matrix)
        unknown = Behaviour(value=fresh(draw, value_ids(org)), text=draw(short_texts()))
        row = attrs.evolve(row, behaviours=(*row.behaviours, unknown))
        area = attrs.evolve(area, matrix=replace(area.matrix, r, row))
    return with_area(org, a, area)


def level_off_scale(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM102: a level above the top of the scale (levels below 1 cannot be built).

    When it is a matrix row, every member of its task area is assessed at that level too
    (each one more VCM102), so that nobody falls short of it.
    """
    beyond = org.scale.top + draw(st.integers(1, 3))
    way = draw(st.sampled_from(["indicator", "development target", "assessment", "matrix row"]))
    if way == "indicator":
        c, competence = pick(draw, org.competences)
        indicator = Indicator(level=beyond, behaviours=(draw(short_texts()),))
        competence = attrs.evolve(competence, indicators=(*competence.indicators, indicator))
        return attrs.evolve(org, competences=replace(org.competences, c, competence))
    if way in ("development target", "assessment"):
        p, person = pick(draw, org.people)
        _, competence = pick(draw, org.competences)
        if way == "assessment":
            # Dated as_of, the assessment is the latest: the person now exceeds every need.
            assessment = Assessment(competence=competence.id, level=beyond, date=as_of)
            person = attrs.evolve(person, assessments=(*person.assessments, assessment))
        else:
            action = open_action(draw, competence.id, beyond, as_of)
            person = attrs.evolve(person, development=(*person.development, action))
        return with_person(org, p, person)
    a, area = pick(draw, org.task_areas)
    r, row = pick(draw, area.matrix)
    org = with_area(
        org, a, attrs.evolve(area, matrix=replace(area.matrix, r, attrs.evolve(row, level=beyond)))
    )
    lifted = Assessment(competence=row.competence, level=beyond, date=as_of)
    people = tuple(
        attrs.evolve(person, assessments=(*person.assessments, lifted))
        if area.id in person.task_areas
        else person
        for person in org.people
    )
    return attrs.evolve(org, people=people)


def scale_out_of_order(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM103: two neighbouring levels swapped, or a level added with a gap before it.

    Either way every level in use stays on the scale, so no VCM102 follows.
    """
    levels = org.scale.levels
    if draw(st.booleans()):
        i = draw(st.integers(0, len(levels) - 2))
        swapped = (*levels[:i], levels[i + 1], levels[i], *levels[i + 2 :])
        return attrs.evolve(org, scale=Scale(swapped))
    gap = Level(level=org.scale.top + 2, name=draw(short_texts()))
    return attrs.evolve(org, scale=Scale((*levels, gap)))


def observation_of_wrong_kind(draw: st.DrawFn, org: Organisation, as_of: date) -> Organisation:
    """VCM104: a status on a quantitative rule or a number on a qualitative one.

    It is dated before the rule's other readings so that the latest one still decides.
    """
    a, r, rule = pick_rule(draw, org)
    earliest = min(observation.date for observation in rule.observations)
    when = draw(days_before(earliest, 1, 30))
    if rule.kind is MonitoringKind.QUANTITATIVE:
        wrong = Observation(date=when, status=draw(st.sampled_from(ObservationStatus)))
    else:
        wrong = Observation(date=when, value=draw(st.integers(0, 100)))
    position = draw(st.integers(0, len(rule.observations)))
    observations = (*rule.observations[:position], wrong, *rule.observations[position:])
    return with_rule(org, a, r, attrs.evolve(rule, observations=observations))
