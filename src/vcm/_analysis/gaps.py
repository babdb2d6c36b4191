"""Competence gaps: per person and required competence, how far they are from the level.

The semantics are those of the file format (format.md): the required level is the highest
over the person's task areas, the current level that of the latest dated assessment, the
gap ``required - current`` when positive, its priority the gap times the number of
responsibilities in the person's task areas that need the competence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum

import attrs

from vcm._analysis._lookup import not_found
from vcm.model import DevelopmentAction, Organisation, OrganisationIndex, Person

__all__ = ["AssessmentState", "Gap", "gaps"]


class AssessmentState(StrEnum):
    """What is known of a person's level: kept apart because "unknown" is not "zero"."""

    ASSESSED = "assessed"
    """The latest assessment gives a level."""
    UNASSESSED = "unassessed"
    """The person was never assessed on the competence."""
    NOT_OBSERVABLE = "not_observable"
    """The latest assessment says the competence could not be observed."""


@attrs.frozen(kw_only=True)
class Gap:
    """One person and one competence required of them: required and current level, and plan.

    ``gap`` and ``priority`` are None unless the person is assessed (``state``): an unknown
    level is a question for the assessor, not a gap of a known size.
    """

    person: str
    """The person's id."""
    person_name: str
    competence: str
    """The competence's id."""
    competence_name: str
    """The competence's name (its id when the catalogue lacks it, finding VCM101)."""
    required: int
    """The required level (see :func:`gaps` for which one with ``task_area``)."""
    current: int | None
    """The level of the latest assessment; None when unassessed or not observable."""
    state: AssessmentState
    gap: int | None
    """``max(0, required - current)`` when assessed, else None."""
    priority: int | None
    """``gap`` times the responsibilities that need the competence, when assessed."""
    assessed_on: dt.date | None
    """The date of the latest assessment (also when it could not be observed)."""
    open_actions: tuple[DevelopmentAction, ...]
    """The person's development actions for the competence that are planned or in progress."""
    task_areas: tuple[str, ...]
    """The ids of the person's task areas whose matrix requires the competence."""

    @property
    def is_open(self) -> bool:
        """Whether there is a known gap to close (assessed below the required level)."""
        return self.gap is not None and self.gap > 0

    @property
    def is_met(self) -> bool:
        """Whether the person is assessed at or above the required level."""
        return self.gap == 0

    @property
    def needs_assessment(self) -> bool:
        """Whether the level is unknown: never assessed, or not observable last time."""
        return self.state is not AssessmentState.ASSESSED


def gaps(org: Organisation, *, task_area: str | None = None) -> tuple[Gap, ...]:
    """One :class:`Gap` per person and competence required of them.

    People come in the order of ``org.people``, and each person's competences in the order
    they first appear in the matrices of the person's task areas (in the order the person
    lists those areas). Met requirements are included (``gap == 0``); filter on
    :attr:`Gap.is_open` for the gaps to close.

    With ``task_area``, only the members of that task area and the competences its matrix
    requires are analysed, and everything is read within that area: ``required`` is the
    area's own level (not the highest over the person's areas), ``priority`` counts the
    area's responsibilities only and ``task_areas`` is just that area. This is the view of
    a team: is it ready for its own work?

    Raises :class:`NotFoundError` when ``task_area`` is not a task area of ``org``.
    """
    index = org.index
    if task_area is None:
        return tuple(gap for person in _people(org) for gap in _gaps_of(index, person))
    if task_area not in index.task_areas:
        raise not_found("task area", task_area, index.task_areas)
    needed_by = _needs(index, task_area)
    return tuple(
        gap
        for person in index.members(task_area)
        for gap in _gaps_of(index, person, (task_area,), lambda c: needed_by.get(c, 0))
    )


def _people(org: Organisation) -> Iterator[Person]:
    # The first of two people with one id is the one the index knows (VCM100 reports both).
    seen: set[str] = set()
    for person in org.people:
        if person.id not in seen:
            seen.add(person.id)
            yield person


def _needs(index: OrganisationIndex, task_area: str) -> dict[str, int]:
    # Counted as the index counts: a responsibility naming a competence twice needs it once.
    needed_by: dict[str, int] = {}
    for responsibility in index.task_areas[task_area].responsibilities:
        for competence_id in dict.fromkeys(responsibility.competences):
            needed_by[competence_id] = needed_by.get(competence_id, 0) + 1
    return needed_by


def _gaps_of(
    index: OrganisationIndex,
    person: Person,
    areas: Iterable[str] | None = None,
    needs: Callable[[str], int] | None = None,
) -> Iterator[Gap]:
    required: dict[str, int] = {}
    where: dict[str, list[str]] = {}
    for area_id in dict.fromkeys(person.task_areas if areas is None else areas):
        for competence_id, level in index.required_in(area_id).items():
            if level > required.get(competence_id, 0):
                required[competence_id] = level
            where.setdefault(competence_id, []).append(area_id)
    if not required:
        return
    open_actions: dict[str, list[DevelopmentAction]] = {}
    for action in person.development:
        if action.status.is_open:
            open_actions.setdefault(action.competence, []).append(action)
    for competence_id, level in required.items():
        latest = index.latest_assessment(person.id, competence_id)
        current = None if latest is None else latest.level
        if latest is None:
            state = AssessmentState.UNASSESSED
        elif current is None:
            state = AssessmentState.NOT_OBSERVABLE
        else:
            state = AssessmentState.ASSESSED
        gap = priority = None
        if current is not None:
            gap = max(0, level - current)
            count = (
                index.responsibilities_needing(person, competence_id)
                if needs is None
                else needs(competence_id)
            )
            priority = gap * count
        competence = index.competences.get(competence_id)
        yield Gap(
            person=person.id,
            person_name=person.name,
            competence=competence_id,
            competence_name=competence_id if competence is None else competence.name,
            required=level,
            current=current,
            state=state,
            gap=gap,
            priority=priority,
            assessed_on=None if latest is None else latest.date,
            open_actions=tuple(open_actions.get(competence_id, ())),
            task_areas=tuple(where[competence_id]),
        )
