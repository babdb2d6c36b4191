"""Every table of a model as flat rows: :func:`rows` and the columns of each, :data:`TABLES`.

The rows follow the conventions of :func:`~vcm.analysis.to_rows` (every value a plain
scalar: str, int, float, bool or None; dates ISO text, enums their words, ids joined by one
space, tuples of objects counted) and the reading rules of the method (of two objects with
one id the first is read, of two matrix rows of a competence the first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType

from vcm._analysis._lookup import not_found, require_date
from vcm._analysis.coverage import coverage
from vcm._analysis.gaps import gaps
from vcm._analysis.rows import (
    CELL_COLUMNS,
    COVERAGE_COLUMNS,
    GAP_COLUMNS,
    Column,
    Row,
    _day,
    _ids,
    _word,
    fields,
    row_of,
    to_rows,
)
from vcm._analysis.status import status
from vcm.errors import VcmError
from vcm.model import Organisation, Person
from vcm.model.reading import first_by_id, first_rows, required_levels

__all__ = ["TABLES", "rows"]


class _Names:
    """Names by id, the first of two objects with one id winning; an unknown id is itself."""

    def __init__(self, org: Organisation) -> None:
        self.competences = {key: c.name for key, c in first_by_id(org.competences).items()}
        self.values = {key: value.name for key, value in first_by_id(org.values).items()}


_Walk = Callable[[Organisation], Iterator[tuple[tuple[object, ...], object]]]
_Rows = Callable[[Organisation, "dt.date | None"], Iterator[Row]]


def _table(
    walk: _Walk, parents: tuple[str, ...], columns: tuple[Column, ...]
) -> tuple[tuple[str, ...], _Rows]:
    """A table of the model's own objects: its columns, and its rows.

    ``walk`` gives each object with the values of the ``parents`` columns (the ids of what
    holds it); the other columns are read from the object (:func:`rows.fields`).
    """

    def rows(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
        for held_by, item in walk(org):
            row: Row = dict(zip(parents, held_by, strict=True))
            row.update(row_of(item, columns))
            yield row

    return parents + tuple(key for key, _ in columns), rows


def _top(field: str) -> _Walk:
    return lambda org: (((), item) for item in getattr(org, field))


def _in_areas(field: str) -> _Walk:
    return lambda org: (
        ((area.id,), item) for area in org.task_areas for item in getattr(area, field)
    )


def _in_responsibilities(org: Organisation) -> Iterator[tuple[tuple[object, ...], object]]:
    for area in org.task_areas:
        for responsibility in area.responsibilities:
            for authority in responsibility.authorities:
                yield (area.id, responsibility.id), authority


def _in_rules(org: Organisation) -> Iterator[tuple[tuple[object, ...], object]]:
    for area in org.task_areas:
        for rule in area.monitoring:
            for observation in rule.observations:
                yield (area.id, rule.id, rule.indicator), observation


def _of_people(field: str) -> _Walk:
    def walk(org: Organisation) -> Iterator[tuple[tuple[object, ...], object]]:
        names = _Names(org)
        for person in org.people:
            for item in getattr(person, field):
                yield _who(person, item.competence, names), item

    return walk


_WHO = ("person", "person_name", "competence", "competence_name")


def _who(person: Person, competence: str, names: _Names) -> tuple[object, ...]:
    """The values of the :data:`_WHO` columns."""
    return person.id, person.name, competence, names.competences.get(competence, competence)


def _matrix(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    # The grid as coverage draws it: a row per required competence (its first matrix row),
    # a column per value of the organisation; the behaviour in the cell, or None.
    names = _Names(org)
    values = tuple(names.values)
    for area in org.task_areas:
        for competence, requirement in first_rows(area.matrix).items():
            written: dict[str, str] = {}
            for behaviour in requirement.behaviours:
                written.setdefault(behaviour.value, behaviour.text)
            for value in values:
                yield {
                    "task_area": area.id,
                    "task_area_name": area.name,
                    "competence": competence,
                    "competence_name": names.competences.get(competence, competence),
                    "level": requirement.level,
                    "value": value,
                    "value_name": names.values[value],
                    "behaviour": written.get(value),
                }


class _Required:
    """The level required of a person per competence: the highest over their task areas."""

    def __init__(self, org: Organisation) -> None:
        areas = first_by_id(org.task_areas)
        self._levels = {key: required_levels(area.matrix) for key, area in areas.items()}

    def of(self, person: Person) -> dict[str, int]:
        required: dict[str, int] = {}
        for area_id in person.task_areas:
            for competence, level in self._levels.get(area_id, {}).items():
                if level > required.get(competence, 0):
                    required[competence] = level
        return required


def _assessments(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    names, required = _Names(org), _Required(org)
    for person in org.people:
        levels = required.of(person)
        for assessment in person.assessments:
            row: Row = dict(zip(_WHO, _who(person, assessment.competence, names), strict=True))
            row.update(
                date=_day(assessment.date),
                level=assessment.level,
                observable=assessment.observable,
                required=levels.get(assessment.competence),
                assessor=assessment.assessor,
                evidence=assessment.evidence,
            )
            yield row


def _gaps(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    return iter(to_rows(gaps(org, as_of=as_of)))


def _status(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    if as_of is None:
        raise VcmError("the status table needs the date to judge by: pass as_of=")
    return iter(to_rows(status(org, as_of=as_of)))


def _coverage(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    return iter(to_rows(coverage(org, as_of=as_of)))


def _cells(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    return iter(to_rows(cell for area in coverage(org) for cell in area.cells))


_COLUMNS_AND_ROWS: dict[str, tuple[tuple[str, ...], _Rows]] = {
    "values": _table(
        _top("values"),
        (),
        fields("id", "name", "description", ("behaviours", len), ("counter_behaviours", len)),
    ),
    "competences": _table(
        _top("competences"),
        (),
        fields(
            "id",
            "name",
            ("kind", _word),
            "description",
            ("values", _ids),
            ("indicators", len),
            ("references", len),
        ),
    ),
    "task_areas": _table(
        _top("task_areas"),
        (),
        fields(
            "id",
            "name",
            "description",
            ("results", len),
            ("responsibilities", len),
            ("matrix", len),
            ("monitoring", len),
        ),
    ),
    "results": _table(
        _in_areas("results"),
        ("task_area",),
        fields("id", "name", "client", "description", ("values", _ids)),
    ),
    "responsibilities": _table(
        _in_areas("responsibilities"),
        ("task_area",),
        fields("id", "description", ("results", _ids), ("competences", _ids), ("authorities", len)),
    ),
    "authorities": _table(
        _in_responsibilities,
        ("task_area", "responsibility"),
        fields(("kind", _word), "description", "limit", "escalate_to"),
    ),
    "matrix": (
        (
            "task_area",
            "task_area_name",
            "competence",
            "competence_name",
            "level",
            "value",
            "value_name",
            "behaviour",
        ),
        _matrix,
    ),
    "monitoring": _table(
        _in_areas("monitoring"),
        ("task_area",),
        fields(
            "id",
            ("kind", _word),
            "indicator",
            ("frequency", _word),
            "owner",
            ("results", _ids),
            "method",
            "unit",
            ("direction", _word),
            "target",
            "threshold",
            "response",
            ("observations", len),
        ),
    ),
    "observations": _table(
        _in_rules,
        ("task_area", "rule", "indicator"),
        fields(("date", _day), "value", ("status", _word), "note"),
    ),
    "people": _table(
        _top("people"),
        (),
        fields("id", "name", ("task_areas", _ids), ("assessments", len), ("development", len)),
    ),
    "assessments": (
        (
            *_WHO,
            "date",
            "level",
            "observable",
            "required",
            "assessor",
            "evidence",
        ),
        _assessments,
    ),
    "development": _table(
        _of_people("development"),
        _WHO,
        fields(
            ("kind", _word),
            "description",
            "target_level",
            ("due", _day),
            ("status", _word),
        ),
    ),
    "gaps": (GAP_COLUMNS, _gaps),
    "status": (
        (
            "task_area",
            "rule",
            "kind",
            "indicator",
            "frequency",
            "owner",
            "results",
            "unit",
            "direction",
            "target",
            "threshold",
            "status",
            "observation_date",
            "observation_value",
            "observation_status",
            "observation_note",
        ),
        _status,
    ),
    "coverage": (COVERAGE_COLUMNS, _coverage),
    "cells": (CELL_COLUMNS, _cells),
}

TABLES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {name: columns for name, (columns, _) in _COLUMNS_AND_ROWS.items()}
)
"""The columns of every table :func:`rows` gives, in order: the contract of the row shapes."""

PERSONAL_TABLES = frozenset({"people", "assessments", "development", "gaps"})
"""The tables of personal data."""


def rows(org: Organisation, table: str, *, as_of: dt.date | None = None) -> list[Row]:
    """The rows of one table of ``org``: a list of dicts with the keys of ``TABLES[table]``.

    ``table`` is one of :data:`TABLES` (compared without regard to case): the model's own
    tables (``values``, ``competences``, ``task_areas``, ``results``, ``responsibilities``,
    ``authorities``, ``matrix`` with one row per cell, ``monitoring``, ``observations``,
    ``people``, ``assessments``, ``development``) and the analyses' (``gaps``, ``status``,
    ``coverage``, ``cells``). ``as_of`` is the date ``status`` judges by, which it needs;
    ``gaps`` and ``coverage`` judge people as of it when given (later assessments do not
    count), as :func:`~vcm.analysis.gaps` does.

    Raises :class:`~vcm.NotFoundError` (with "did you mean") for an unknown table.
    """
    entry = _COLUMNS_AND_ROWS.get(table.lower()) if isinstance(table, str) else None
    if entry is None:
        raise not_found("table", str(table), TABLES)
    return list(entry[1](org, None if as_of is None else require_date(as_of)))
