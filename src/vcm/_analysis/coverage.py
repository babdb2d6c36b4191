"""Coverage of a task area: how full its matrix is, and how many members carry each row.

The grid is the values-competence matrix as people draw it: a row per required competence,
a column per value of the organisation, a behaviour (or nothing) in each cell. Bench
strength is the number of members assessed at or above a row's required level; one is a
single-person dependency (finding VCM404), none leaves the competence uncovered.

The projection looks ahead: a member who does not reach the level now but has an open
development action (planned or in progress) on the competence whose target level reaches it
is counted as reaching it once that action is done, by its due date.
"""

from __future__ import annotations

import datetime as dt

import attrs

from vcm._analysis._lookup import require_date
from vcm.model import Assessment, Organisation, Person, Requirement, TaskArea
from vcm.model.reading import first_rows, latest_assessments

__all__ = ["Cell", "Coverage", "CoverageRow", "coverage"]


@attrs.frozen(kw_only=True)
class Cell:
    """One cell of a task area's matrix: how a competence shows a value there, or None."""

    task_area: str
    competence: str
    value: str
    behaviour: str | None
    """The behaviour written in the cell; None for an empty cell."""

    @property
    def filled(self) -> bool:
        """Whether the cell holds a behaviour."""
        return self.behaviour is not None


@attrs.frozen(kw_only=True)
class CoverageRow:
    """One required competence of a task area: its cells and its bench strength."""

    task_area: str
    competence: str
    required: int
    """The level the matrix requires."""
    cells: tuple[Cell, ...]
    """One cell per value of the organisation, in the order of ``org.values``."""
    members: int
    """How many people are members of the task area."""
    reaching: tuple[str, ...]
    """The ids of the members assessed at or above ``required``, in the order of people."""
    projected: tuple[str, ...] = ()
    """The ids of the members who reach ``required`` now or once their open development
    actions on the competence reach their target level: ``reaching`` and those, in the order
    of people."""
    projected_by: dt.date | None = None
    """The latest due date among the actions the projection counts on (None: none is dated,
    or the projection counts on none)."""

    @property
    def projected_bench(self) -> int:
        """How many members reach the required level once open development actions are done."""
        return len(self.projected)

    @property
    def filled(self) -> int:
        """How many cells of the row hold a behaviour."""
        return sum(cell.filled for cell in self.cells)

    @property
    def empty(self) -> int:
        """How many cells of the row are empty."""
        return len(self.cells) - self.filled

    @property
    def bench(self) -> int:
        """Bench strength: how many members reach the required level."""
        return len(self.reaching)

    @property
    def single_person(self) -> bool:
        """Whether exactly one member reaches the level: a single-person dependency."""
        return len(self.reaching) == 1

    @property
    def uncovered(self) -> bool:
        """Whether no member reaches the level."""
        return not self.reaching


@attrs.frozen(kw_only=True)
class Coverage:
    """A task area's matrix grid, its fill and its bench strength per required competence."""

    task_area: str
    values: tuple[str, ...]
    """The ids of the organisation's values: the columns of the grid."""
    members: tuple[str, ...]
    """The ids of the task area's members, in the order of people."""
    rows: tuple[CoverageRow, ...]
    """One row per required competence, in the order of the matrix."""

    @property
    def cells(self) -> tuple[Cell, ...]:
        """All cells of the grid, row by row."""
        return tuple(cell for row in self.rows for cell in row.cells)

    @property
    def filled(self) -> int:
        """How many cells of the grid hold a behaviour."""
        return sum(row.filled for row in self.rows)

    @property
    def empty(self) -> int:
        """How many cells of the grid are empty."""
        return sum(row.empty for row in self.rows)

    @property
    def single_person(self) -> tuple[str, ...]:
        """The competences exactly one member reaches: single-person dependencies."""
        return tuple(row.competence for row in self.rows if row.single_person)

    @property
    def uncovered(self) -> tuple[str, ...]:
        """The competences no member reaches."""
        return tuple(row.competence for row in self.rows if row.uncovered)

    def behaviour(self, competence: str, value: str) -> str | None:
        """The behaviour in the cell of ``competence`` and ``value`` (None: empty or absent)."""
        for row in self.rows:
            if row.competence == competence:
                for cell in row.cells:
                    if cell.value == value:
                        return cell.behaviour
        return None


def coverage(org: Organisation, *, as_of: dt.date | None = None) -> tuple[Coverage, ...]:
    """The :class:`Coverage` of every task area, in the order of ``org.task_areas``.

    A competence listed twice in one matrix (finding VCM100) is shown once, as its first
    row, which is the level everything else in vcm reads. Behaviours for values the
    organisation does not have (VCM101) have no column and are left out.

    With ``as_of``, people are judged as of that date, as :func:`gaps` judges them:
    assessments dated after it do not count and an expired one gives no level. Without it
    every assessment counts. A TypeError is raised when ``as_of`` is
    given but not a :class:`datetime.date`.
    """
    if as_of is not None:
        as_of = require_date(as_of)
    values = tuple(dict.fromkeys(value.id for value in org.values))
    plans: dict[str, dict[str, _Plan]] = {}
    latest: dict[str, dict[str, Assessment]] = {}
    return tuple(_coverage(org, area, values, as_of, latest, plans) for area in org.task_areas)


# The best an open plan promises for one competence: (target level, latest due date).
_Plan = tuple[int, dt.date | None]


def _plans(person: Person) -> dict[str, _Plan]:
    found: dict[str, _Plan] = {}
    for action in person.development:
        if not action.status.is_open or action.target_level is None:
            continue
        level, due = found.get(action.competence, (0, None))
        if action.target_level > level:
            level = action.target_level
        if action.due is not None and (due is None or action.due > due):
            due = action.due
        found[action.competence] = (level, due)
    return found


def _coverage(
    org: Organisation,
    area: TaskArea,
    values: tuple[str, ...],
    as_of: dt.date | None,
    latest: dict[str, dict[str, Assessment]],
    plans: dict[str, dict[str, _Plan]],
) -> Coverage:
    members = org.index.members(area.id)
    # Each person's latest assessments and plans are read once per call, on first use: a
    # person in two task areas is read once.
    assessed: list[dict[str, Assessment]] = []
    for person in members:
        found = latest.get(person.id)
        if found is None:
            found = latest[person.id] = latest_assessments(person.assessments, as_of)
        assessed.append(found)
    rows: list[CoverageRow] = []
    for requirement in first_rows(area.matrix).values():
        competence, required = requirement.competence, requirement.level
        reaching: list[str] = []
        projected: list[str] = []
        projected_by: dt.date | None = None
        for person, assessments in zip(members, assessed, strict=True):
            # level_as_of(assessments.get(competence), as_of), written out: this runs for
            # every member and every row of every task area, the most often of coverage.
            assessment = assessments.get(competence)
            level = (
                None
                if assessment is None
                or (
                    as_of is not None
                    and assessment.valid_until is not None
                    and assessment.valid_until < as_of
                )
                else assessment.level
            )
            if (level or 0) >= required:
                reaching.append(person.id)
                projected.append(person.id)
                continue
            plan_of = plans.get(person.id)
            if plan_of is None:
                plan_of = plans[person.id] = _plans(person)
            plan = plan_of.get(competence)
            if plan is None or plan[0] < required:
                continue
            projected.append(person.id)
            if plan[1] is not None and (projected_by is None or plan[1] > projected_by):
                projected_by = plan[1]
        rows.append(
            CoverageRow(
                task_area=area.id,
                competence=competence,
                required=required,
                cells=_cells(area, requirement, values),
                members=len(members),
                reaching=tuple(reaching),
                projected=tuple(projected),
                projected_by=projected_by,
            )
        )
    return Coverage(
        task_area=area.id,
        values=values,
        members=tuple(person.id for person in members),
        rows=tuple(rows),
    )


def _cells(area: TaskArea, requirement: Requirement, values: tuple[str, ...]) -> tuple[Cell, ...]:
    written: dict[str, str] = {}
    for behaviour in requirement.behaviours:
        written.setdefault(behaviour.value, behaviour.text)
    return tuple(
        Cell(
            task_area=area.id,
            competence=requirement.competence,
            value=value,
            behaviour=written.get(value),
        )
        for value in values
    )
