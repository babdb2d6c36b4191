"""What the families of checks share: the model, the date, the findings so far, and indexes.

Every index here is built in one pass over the model, so that ``check`` stays linear in
the size of the model (benchmark B2). They are small (ids, positions, matrix rows) on
purpose: ``check`` does not build :attr:`vcm.Organisation.index`, whose table of latest
assessments per person and competence is as big as the model and, measured on the large
benchmark model, made ``check`` a third slower per element than on the small one.
Lookups follow the reading rules of :mod:`vcm.model.reading`, as the index does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import cached_property

from vcm._checks.codes import CODES
from vcm._checks.messages import plain, said
from vcm._checks.places import Names
from vcm._checks.report import Finding
from vcm.model import Organisation, Requirement
from vcm.model.reading import first_positions, first_rows_at

__all__ = ["Context"]


class Context:
    """One run of ``check``: the organisation, the date and the findings collected."""

    def __init__(self, org: Organisation, as_of: dt.date) -> None:
        self.org = org
        self.as_of = as_of
        self.findings: list[Finding] = []
        self.names = Names(org)

    def add(self, key: str, path: str, ids: tuple[str, ...], **fields: object) -> None:
        """Add the finding of template ``key`` (its code is the part before a dot)."""
        code = key.partition(".")[0]
        message, message_nl = plain(key, fields)
        text = said(key, fields)
        self.findings.append(
            Finding(
                code=code,
                severity=CODES[code].severity,
                path=path,
                message=message,
                message_nl=message_nl,
                ids=ids,
                said=(text, self.names),
            )
        )

    @cached_property
    def scale_numbers(self) -> frozenset[int]:
        """The level numbers a level may take: those of the organisation's scale.

        A scale not numbered 1..n (VCM103) also admits 1..n, the numbers it was meant to
        have: its one mistake is one finding, not also a VCM102 for every level using them.
        """
        numbers = self.org.scale.numbers
        meant = frozenset(range(1, len(self.org.scale.levels) + 1))
        return numbers if not numbers or numbers == meant else numbers | meant

    @cached_property
    def value_ids(self) -> frozenset[str]:
        """The ids of the organisation's values."""
        return frozenset(value.id for value in self.org.values)

    @cached_property
    def competence_ids(self) -> frozenset[str]:
        """The ids of the competences in the catalogue."""
        return frozenset(competence.id for competence in self.org.competences)

    def known(self, word: str) -> Iterable[str]:
        """The ids of one kind (``value``, ``competence``, ``result``, ``task_area``), in order."""
        if word == "value":
            return (value.id for value in self.org.values)
        if word == "competence":
            return (competence.id for competence in self.org.competences)
        if word == "result":
            return self.result_home
        return self.area_position

    @cached_property
    def first_areas(self) -> frozenset[int]:
        """Positions of task areas whose id occurs there for the first time."""
        return first_positions(area.id for area in self.org.task_areas)

    @cached_property
    def first_results(self) -> frozenset[tuple[int, int]]:
        """Positions (task area, result) at which a result id occurs for the first time."""
        places = [
            (a, r) for a, area in enumerate(self.org.task_areas) for r in range(len(area.results))
        ]
        ids = (self.org.task_areas[a].results[r].id for a, r in places)
        return frozenset(places[k] for k in first_positions(ids))

    @cached_property
    def area_position(self) -> Mapping[str, int]:
        """The position of each task area id (its first occurrence)."""
        positions: dict[str, int] = {}
        for position in sorted(self.first_areas):
            positions[self.org.task_areas[position].id] = position
        return positions

    @cached_property
    def result_home(self) -> Mapping[str, int]:
        """The position of the task area holding each result id (its first occurrence)."""
        home: dict[str, int] = {}
        for position, area in enumerate(self.org.task_areas):
            for result in area.results:
                home.setdefault(result.id, position)
        return home

    @cached_property
    def own_results(self) -> tuple[frozenset[str], ...]:
        """Per task area (by position) the ids of its own results."""
        return tuple(frozenset(r.id for r in area.results) for area in self.org.task_areas)

    def resolve_result(self, area_position: int, result_id: str) -> int | None:
        """Where a reference from a task area to a result lands: its own area first.

        Returns the position of the task area holding the result, or None when no task
        area holds it. Looking in the own area first keeps a result id that two task areas
        share (VCM100) from also reading as a reference to another task area.
        """
        if result_id in self.own_results[area_position]:
            return area_position
        return self.result_home.get(result_id)

    @cached_property
    def rows(self) -> tuple[Mapping[str, tuple[int, Requirement]], ...]:
        """Per task area (by position) its matrix rows by competence: the first row wins."""
        return tuple(first_rows_at(area.matrix) for area in self.org.task_areas)

    @cached_property
    def requirements(self) -> tuple[Mapping[str, tuple[int, Requirement]], ...]:
        """Per task area the rows people are held to: known competence, level on the scale.

        A row with an unknown competence (VCM101) or a level off the scale (VCM102) is
        already an error; leaving it out here keeps one mistake from turning into a
        warning for every member.
        """
        competences = self.competence_ids
        numbers = self.scale_numbers
        return tuple(
            {
                competence: (position, row)
                for competence, (position, row) in rows.items()
                if competence in competences and row.level in numbers
            }
            for rows in self.rows
        )
