"""Competence gaps: per person and required competence, how far they are from the level.

The semantics are those of the file format (docs/format.rst): the required level is the highest
over the person's task areas, the current level that of the latest dated assessment, the
gap ``required - current`` when positive, its priority the gap times the number of
responsibilities in the person's task areas that need the competence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

import attrs

from vcm._analysis._lookup import not_found, require_date
from vcm.model import DevelopmentAction, Organisation, Person, TaskArea
from vcm.model.reading import (
    first_by_id,
    latest_assessments,
    needed_by,
    required_levels,
    unique_by_id,
)

__all__ = ["AssessmentState", "Gap", "gaps"]


class AssessmentState(StrEnum):
    """What is known of a person's level: kept apart because "unknown" is not "zero"."""

    ASSESSED = "assessed"
    """The latest assessment gives a level."""
    UNASSESSED = "unassessed"
    """The person was never assessed on the competence."""
    NOT_OBSERVABLE = "not_observable"
    """The latest assessment says the competence could not be observed."""
    EXPIRED = "expired"
    """The latest assessment's ``valid_until`` lies before ``as_of``: the level is unknown again."""


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
    """The level of the latest assessment; None when unassessed, not observable or expired."""
    state: AssessmentState
    gap: int | None
    """``max(0, required - current)`` when assessed, else None."""
    priority: int | None
    """``gap`` times the responsibilities that need the competence, when assessed."""
    assessed_on: dt.date | None
    """The date of the latest assessment (also when it could not be observed or expired)."""
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
        """Whether the level is unknown: never assessed, not observable last time, or expired."""
        return self.state is not AssessmentState.ASSESSED


def gaps(
    org: Organisation,
    *,
    task_area: str | None = None,
    person: str | None = None,
    as_of: dt.date | None = None,
) -> tuple[Gap, ...]:
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

    With ``person`` (an id), only that person's gaps: the same rows :func:`gaps` gives for
    them, at the cost of one person, for no other person's assessments, development or
    task areas are read (of two people sharing the id, the first, as everywhere). With both,
    that person's gaps within the task area, none when they are not a member of it.

    With ``as_of``, people are judged as of that date: assessments dated after it do not
    count, and a latest assessment whose ``valid_until`` lies before it has expired (state
    ``expired``, no level; an older assessment does not count instead). Without it every
    assessment counts and nothing expires.

    Raises :class:`NotFoundError` when ``task_area`` is not a task area of ``org`` or
    ``person`` not a person of it (the message suggests the nearest id), and a TypeError
    when ``as_of`` is given but not a :class:`datetime.date` (a datetime counts as its date).
    """
    reader = _Reader(org, None if as_of is None else require_date(as_of))
    if task_area is not None and task_area not in reader.areas:
        raise not_found("task area", task_area, reader.areas)
    people: Iterable[Person]
    if person is None:
        people = unique_by_id(org.people)
    else:
        # Only the ids of the others are compared; nothing else of them is read (the first
        # of two people with one id is the one found, as unique_by_id keeps it).
        found = next((someone for someone in org.people if someone.id == person), None)
        if found is None:
            raise not_found("person", person, (someone.id for someone in org.people))
        people = (found,)
    rows: list[Gap] = []
    for someone in people:
        if task_area is None:
            reader.add_gaps(someone, rows)
        elif task_area in someone.task_areas:
            reader.add_gaps(someone, rows, task_area)
    return tuple(rows)


# What a person is held to in their task areas, the same for everyone in those areas: the
# competences (in the order of the matrices) and, for each, the required level, the task
# areas requiring it and how many of their responsibilities need it. Four tuples side by
# side rather than a tuple per competence: a large model has thousands of plans, and
# fewer objects kept during the call leave the collector less to do.
_Plan = tuple[tuple[str, ...], tuple[int, ...], tuple[tuple[str, ...], ...], tuple[int, ...]]


class _Reader:
    """What one call of :func:`gaps` reads per task area, read once per area.

    It reads the model by the rules of :mod:`vcm.model.reading`, as
    :class:`~vcm.model.OrganisationIndex` does, but builds no index over all assessments:
    a person's own few are read where they are, which keeps the time per gap the same on a
    large model as on a small one.
    """

    def __init__(self, org: Organisation, as_of: dt.date | None) -> None:
        self.as_of = as_of
        self.areas: dict[str, TaskArea] = first_by_id(org.task_areas)
        self._names = {c.id: c.name for c in reversed(org.competences)}
        self._required: dict[str, dict[str, int]] = {}
        self._needs: dict[str, dict[str, int]] = {}
        # Most people share their list of task areas: one plan, and one tuple of task
        # areas per competence, for all of them.
        self._plans: dict[tuple[str, ...], _Plan] = {}
        self._shared: dict[tuple[str, ...], tuple[str, ...]] = {}

    def required(self, area_id: str) -> dict[str, int]:
        """The level the task area's matrix requires, per competence (empty if no such area)."""
        required = self._required.get(area_id)
        if required is None:
            area = self.areas.get(area_id)
            required = self._required[area_id] = required_levels(
                () if area is None else area.matrix
            )
        return required

    def needs(self, area_id: str) -> dict[str, int]:
        """How many responsibilities of the task area need each competence."""
        needs = self._needs.get(area_id)
        if needs is None:
            area = self.areas.get(area_id)
            needs = self._needs[area_id] = needed_by(() if area is None else area.responsibilities)
        return needs

    def plan(self, areas: tuple[str, ...]) -> _Plan:
        """What a member of ``areas`` is held to: the highest level over the areas."""
        plan = self._plans.get(areas)
        if plan is None:
            required: dict[str, int] = {}
            where: dict[str, list[str]] = {}
            for area_id in areas:
                for competence_id, level in self.required(area_id).items():
                    if level > required.get(competence_id, 0):
                        required[competence_id] = level
                    where.setdefault(competence_id, []).append(area_id)
            needs = [self.needs(area_id) for area_id in areas]
            in_areas = [tuple(where[competence_id]) for competence_id in required]
            plan = self._plans[areas] = (
                tuple(required),
                tuple(required.values()),
                tuple(self._shared.setdefault(listed, listed) for listed in in_areas),
                tuple(sum(counts.get(c, 0) for counts in needs) for c in required),
            )
        return plan

    def add_gaps(self, person: Person, found: list[Gap], task_area: str | None = None) -> None:
        """Add the person's gaps over their task areas, or within ``task_area`` only."""
        areas = tuple(dict.fromkeys(person.task_areas)) if task_area is None else (task_area,)
        plan = self.plan(areas)
        if not plan[0]:
            return
        as_of = self.as_of
        latest_of = latest_assessments(person.assessments, as_of)
        open_actions: dict[str, list[DevelopmentAction]] = {}
        for action in person.development:
            if action.status.is_open:
                open_actions.setdefault(action.competence, []).append(action)
        person_id, person_name, names = person.id, person.name, self._names
        for competence_id, level, in_areas, needed in zip(*plan, strict=True):
            latest = latest_of.get(competence_id)
            current = None if latest is None else latest.level
            gap = priority = None
            if latest is None:
                state = AssessmentState.UNASSESSED
            elif (
                # expired(latest, as_of), written out: this runs once for every gap.
                as_of is not None and latest.valid_until is not None and latest.valid_until < as_of
            ):
                current = None
                state = AssessmentState.EXPIRED
            elif current is None:
                state = AssessmentState.NOT_OBSERVABLE
            else:
                state = AssessmentState.ASSESSED
                gap = max(0, level - current)
                priority = gap * needed
            actions = open_actions.get(competence_id)
            found.append(
                Gap(
                    person=person_id,
                    person_name=person_name,
                    competence=competence_id,
                    competence_name=names.get(competence_id, competence_id),
                    required=level,
                    current=current,
                    state=state,
                    gap=gap,
                    priority=priority,
                    assessed_on=None if latest is None else latest.date,
                    open_actions=() if actions is None else tuple(actions),
                    task_areas=in_areas,
                )
            )
