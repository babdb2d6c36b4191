"""Small edits of a model for the breakers, and the annex: a task area with newcomers.

Breakers that need people who reach, or fail to reach, a level add an annex rather than
disturb the balance of the existing task areas.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import TypeVar

import attrs
from hypothesis import strategies as st

from vcm import model as m
from vcm._testing._text import days_after, days_before, identifiers, optional, texts

__all__ = [
    "OPEN",
    "annex",
    "area_ids",
    "authority",
    "competence_ids",
    "fresh",
    "latest_index",
    "new_result",
    "newcomers",
    "open_action",
    "pick",
    "pick_rule",
    "rename",
    "replace",
    "responsibility_ids",
    "result_ids",
    "rule_ids",
    "short_texts",
    "value_ids",
    "with_area",
    "with_person",
    "with_rule",
]

T = TypeVar("T")

OPEN = (m.DevelopmentStatus.PLANNED, m.DevelopmentStatus.IN_PROGRESS)


def short_texts() -> st.SearchStrategy[str]:
    """Awkward text of a name's length."""
    return texts(max_size=40)


def pick(draw: st.DrawFn, items: Sequence[T]) -> tuple[int, T]:
    """A random item of ``items`` and its position."""
    index = draw(st.integers(0, len(items) - 1))
    return index, items[index]


def replace(items: tuple[T, ...], index: int, new: T) -> tuple[T, ...]:
    """``items`` with the item at ``index`` replaced by ``new``."""
    return (*items[:index], new, *items[index + 1 :])


def fresh(draw: st.DrawFn, taken: Collection[str]) -> str:
    """An id not in ``taken``."""
    new = draw(identifiers())
    while new in taken:
        new += "_"
    return new


def value_ids(org: m.Organisation) -> set[str]:
    """The ids of the organisation's values."""
    return {value.id for value in org.values}


def competence_ids(org: m.Organisation) -> set[str]:
    """The ids of the organisation's competences."""
    return {competence.id for competence in org.competences}


def area_ids(org: m.Organisation) -> set[str]:
    """The ids of the organisation's task areas."""
    return {area.id for area in org.task_areas}


def result_ids(org: m.Organisation) -> set[str]:
    """The ids of the results of all task areas."""
    return {result.id for area in org.task_areas for result in area.results}


def responsibility_ids(org: m.Organisation) -> set[str]:
    """The ids of the responsibilities of all task areas."""
    return {item.id for area in org.task_areas for item in area.responsibilities}


def rule_ids(org: m.Organisation) -> set[str]:
    """The ids of the monitoring rules of all task areas."""
    return {rule.id for area in org.task_areas for rule in area.monitoring}


def with_area(org: m.Organisation, index: int, area: m.TaskArea) -> m.Organisation:
    """``org`` with its task area at ``index`` replaced."""
    return attrs.evolve(org, task_areas=replace(org.task_areas, index, area))


def with_person(org: m.Organisation, index: int, person: m.Person) -> m.Organisation:
    """``org`` with its person at ``index`` replaced."""
    return attrs.evolve(org, people=replace(org.people, index, person))


def pick_rule(draw: st.DrawFn, org: m.Organisation) -> tuple[int, int, m.MonitoringRule]:
    """A random monitoring rule with the positions of its task area and of itself."""
    area_index, area = pick(draw, org.task_areas)
    rule_index, rule = pick(draw, area.monitoring)
    return area_index, rule_index, rule


def with_rule(
    org: m.Organisation, area_index: int, rule_index: int, rule: m.MonitoringRule
) -> m.Organisation:
    """``org`` with one monitoring rule replaced."""
    area = org.task_areas[area_index]
    monitoring = replace(area.monitoring, rule_index, rule)
    return with_area(org, area_index, attrs.evolve(area, monitoring=monitoring))


def authority(draw: st.DrawFn) -> m.Authority:
    """A bare authority: a description and a kind."""
    return m.Authority(description=draw(short_texts()), kind=draw(st.sampled_from(m.AuthorityKind)))


def new_result(draw: st.DrawFn, org: m.Organisation) -> m.Result:
    """A result with a fresh id that serves one value, not yet in any task area."""
    return m.Result(
        id=fresh(draw, result_ids(org)),
        name=draw(short_texts()),
        client=draw(short_texts()),
        values=(draw(st.sampled_from([value.id for value in org.values])),),
    )


def open_action(
    draw: st.DrawFn, competence_id: str, target: int, as_of: date
) -> m.DevelopmentAction:
    """A planned or running development action towards ``target``, due after as_of."""
    return m.DevelopmentAction(
        competence=competence_id,
        kind=draw(st.sampled_from(m.DevelopmentKind)),
        description=draw(short_texts()),
        target_level=target,
        due=draw(days_after(as_of, 1, 400)),
        status=draw(st.sampled_from(OPEN)),
    )


def rename(ids: Iterable[str], old: str, new: str) -> tuple[str, ...]:
    """``ids`` with ``old`` replaced by ``new``."""
    return tuple(new if item == old else item for item in ids)


def latest_index(rule: m.MonitoringRule) -> int:
    """The position of the reading that decides the rule's status."""
    latest = rule.latest_observation()
    return next(i for i, observation in enumerate(rule.observations) if observation is latest)


def annex(
    draw: st.DrawFn,
    org: m.Organisation,
    as_of: date,
    *,
    level: int,
    needs: Sequence[str] = (),
    extra_rows: Sequence[str] = (),
) -> tuple[m.Organisation, str, str]:
    """Add a task area requiring a new competence at ``level``; return its id and that of
    the competence. Its responsibility also ``needs`` those competences; its matrix also
    requires ``extra_rows`` at level 1. It has no members yet: see :func:`newcomers`."""
    value_ids = [value.id for value in org.values]
    competence = m.Competence(
        id=fresh(draw, competence_ids(org)),
        name=draw(short_texts()),
        kind=draw(st.sampled_from(m.CompetenceKind)),
        values=(draw(st.sampled_from(value_ids)),),
    )

    def row(competence_id: str, required: int) -> m.Requirement:
        # Every value shows in every row: the annex never thins the matrix (VCM300).
        return m.Requirement(
            competence=competence_id,
            level=required,
            behaviours=tuple(m.Behaviour(value=v, text=draw(short_texts())) for v in value_ids),
        )

    result = new_result(draw, org)
    area = m.TaskArea(
        id=fresh(draw, area_ids(org)),
        name=draw(short_texts()),
        results=(result,),
        responsibilities=(
            m.Responsibility(
                id=fresh(draw, responsibility_ids(org)),
                description=draw(short_texts()),
                results=(result.id,),
                competences=(competence.id, *needs),
                authorities=(authority(draw),),
            ),
        ),
        matrix=(row(competence.id, level), *(row(c, 1) for c in extra_rows)),
        monitoring=(
            m.MonitoringRule(
                id=fresh(draw, rule_ids(org)),
                kind=m.MonitoringKind.QUALITATIVE,
                indicator=draw(short_texts()),
                frequency=m.Frequency.YEARLY,
                owner=draw(short_texts()),
                results=(result.id,),
                observations=(
                    m.Observation(
                        date=as_of - timedelta(days=1), status=m.ObservationStatus.ON_TRACK
                    ),
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


def newcomers(
    draw: st.DrawFn,
    org: m.Organisation,
    as_of: date,
    area_id: str,
    plans: Sequence[tuple[Mapping[str, int], Sequence[m.DevelopmentAction]]],
) -> m.Organisation:
    """Add members of ``area_id`` only, each assessed at the levels and with the plan given."""
    taken = {person.id for person in org.people}
    people: list[m.Person] = []
    for levels, development in plans:
        person_id = fresh(draw, taken)
        taken.add(person_id)
        people.append(
            m.Person(
                id=person_id,
                name=draw(short_texts()),
                task_areas=(area_id,),
                assessments=tuple(
                    m.Assessment(
                        competence=competence_id,
                        level=level,
                        date=draw(days_before(as_of, 1, 300)),
                        assessor=draw(optional(short_texts())),
                    )
                    for competence_id, level in levels.items()
                ),
                development=tuple(development),
            )
        )
    return attrs.evolve(org, people=(*org.people, *people))
