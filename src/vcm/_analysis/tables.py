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
from vcm._analysis.rows import GAP_COLUMNS, Row, _day, _ids, _word, to_rows
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


def _values(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    for value in org.values:
        yield {
            "id": value.id,
            "name": value.name,
            "description": value.description,
            "behaviours": len(value.behaviours),
            "counter_behaviours": len(value.counter_behaviours),
        }


def _competences(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    for competence in org.competences:
        yield {
            "id": competence.id,
            "name": competence.name,
            "kind": _word(competence.kind),
            "description": competence.description,
            "values": _ids(competence.values),
            "indicators": len(competence.indicators),
            "references": len(competence.references),
        }


def _task_areas(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    for area in org.task_areas:
        yield {
            "id": area.id,
            "name": area.name,
            "description": area.description,
            "results": len(area.results),
            "responsibilities": len(area.responsibilities),
            "matrix": len(area.matrix),
            "monitoring": len(area.monitoring),
        }


def _results(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    for area in org.task_areas:
        for result in area.results:
            yield {
                "task_area": area.id,
                "id": result.id,
                "name": result.name,
                "client": result.client,
                "description": result.description,
                "values": _ids(result.values),
            }


def _responsibilities(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    for area in org.task_areas:
        for responsibility in area.responsibilities:
            yield {
                "task_area": area.id,
                "id": responsibility.id,
                "description": responsibility.description,
                "results": _ids(responsibility.results),
                "competences": _ids(responsibility.competences),
                "authorities": len(responsibility.authorities),
            }


def _authorities(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    for area in org.task_areas:
        for responsibility in area.responsibilities:
            for authority in responsibility.authorities:
                yield {
                    "task_area": area.id,
                    "responsibility": responsibility.id,
                    "kind": _word(authority.kind),
                    "description": authority.description,
                    "limit": authority.limit,
                    "escalate_to": authority.escalate_to,
                }


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


def _monitoring(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    for area in org.task_areas:
        for rule in area.monitoring:
            yield {
                "task_area": area.id,
                "id": rule.id,
                "kind": _word(rule.kind),
                "indicator": rule.indicator,
                "frequency": _word(rule.frequency),
                "owner": rule.owner,
                "results": _ids(rule.results),
                "method": rule.method,
                "unit": rule.unit,
                "direction": _word(rule.direction),
                "target": rule.target,
                "threshold": rule.threshold,
                "response": rule.response,
                "observations": len(rule.observations),
            }


def _observations(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    for area in org.task_areas:
        for rule in area.monitoring:
            for observation in rule.observations:
                yield {
                    "task_area": area.id,
                    "rule": rule.id,
                    "indicator": rule.indicator,
                    "date": _day(observation.date),
                    "value": observation.value,
                    "status": _word(observation.status),
                    "note": observation.note,
                }


def _people(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    for person in org.people:
        yield {
            "id": person.id,
            "name": person.name,
            "task_areas": _ids(person.task_areas),
            "assessments": len(person.assessments),
            "development": len(person.development),
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
            competence = assessment.competence
            yield {
                "person": person.id,
                "person_name": person.name,
                "competence": competence,
                "competence_name": names.competences.get(competence, competence),
                "date": _day(assessment.date),
                "level": assessment.level,
                "observable": assessment.observable,
                "required": levels.get(competence),
                "assessor": assessment.assessor,
                "evidence": assessment.evidence,
            }


def _development(org: Organisation, as_of: dt.date | None) -> Iterator[Row]:
    names = _Names(org)
    for person in org.people:
        for action in person.development:
            competence = action.competence
            yield {
                "person": person.id,
                "person_name": person.name,
                "competence": competence,
                "competence_name": names.competences.get(competence, competence),
                "kind": _word(action.kind),
                "description": action.description,
                "target_level": action.target_level,
                "due": _day(action.due),
                "status": _word(action.status),
            }


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


_Table = Callable[[Organisation, "dt.date | None"], Iterator[Row]]

_COLUMNS_AND_ROWS: dict[str, tuple[tuple[str, ...], _Table]] = {
    "values": (
        ("id", "name", "description", "behaviours", "counter_behaviours"),
        _values,
    ),
    "competences": (
        ("id", "name", "kind", "description", "values", "indicators", "references"),
        _competences,
    ),
    "task_areas": (
        (
            "id",
            "name",
            "description",
            "results",
            "responsibilities",
            "matrix",
            "monitoring",
        ),
        _task_areas,
    ),
    "results": (("task_area", "id", "name", "client", "description", "values"), _results),
    "responsibilities": (
        ("task_area", "id", "description", "results", "competences", "authorities"),
        _responsibilities,
    ),
    "authorities": (
        ("task_area", "responsibility", "kind", "description", "limit", "escalate_to"),
        _authorities,
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
    "monitoring": (
        (
            "task_area",
            "id",
            "kind",
            "indicator",
            "frequency",
            "owner",
            "results",
            "method",
            "unit",
            "direction",
            "target",
            "threshold",
            "response",
            "observations",
        ),
        _monitoring,
    ),
    "observations": (
        ("task_area", "rule", "indicator", "date", "value", "status", "note"),
        _observations,
    ),
    "people": (("id", "name", "task_areas", "assessments", "development"), _people),
    "assessments": (
        (
            "person",
            "person_name",
            "competence",
            "competence_name",
            "date",
            "level",
            "observable",
            "required",
            "assessor",
            "evidence",
        ),
        _assessments,
    ),
    "development": (
        (
            "person",
            "person_name",
            "competence",
            "competence_name",
            "kind",
            "description",
            "target_level",
            "due",
            "status",
        ),
        _development,
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
    "coverage": (
        (
            "task_area",
            "competence",
            "required",
            "filled",
            "empty",
            "members",
            "bench",
            "reaching",
            "single_person",
            "uncovered",
            "projected_bench",
            "projected",
            "projected_by",
        ),
        _coverage,
    ),
    "cells": (("task_area", "competence", "value", "behaviour", "filled"), _cells),
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
