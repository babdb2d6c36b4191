"""Flat rows for embedding systems: what ``pandas.DataFrame`` and ``csv.DictWriter`` take.

Every value is a scalar: str, int, float, bool or None. Dates are ISO strings, enums
their words, tuples of ids joined by a single space (ids never hold whitespace, so
``row["task_areas"].split()`` gives them back), tuples of objects counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import Enum
from operator import attrgetter
from typing import Any

from vcm._analysis.coverage import Cell, Coverage, CoverageRow
from vcm._analysis.gaps import Gap
from vcm._analysis.status import RuleState

__all__ = ["GAP_COLUMNS", "to_rows"]

Row = dict[str, object]
Rowable = Gap | RuleState | Coverage | CoverageRow | Cell


def to_rows(items: Iterable[Rowable]) -> list[Row]:
    """Flat rows, with the same keys in the same order in every row.

    Takes the results of :func:`gaps` (a row per gap), :func:`status` (a row per rule),
    :func:`coverage` (a row per required competence of each task area; a
    :class:`Coverage` stands for its rows) or cells (``coverage.cells``: a row per grid
    cell). One call takes one kind of item; a mix raises TypeError, as does anything else.
    """
    rows: list[Row] = []
    kind: type | None = None
    for item in _expanded(items):
        if kind is None:
            kind = type(item)
        elif type(item) is not kind:
            raise TypeError(
                "to_rows takes one kind of item per call, "
                f"not {kind.__name__} and {type(item).__name__} together"
            )
        rows.append(_ROW[kind](item))
    return rows


def _expanded(items: Iterable[Rowable]) -> Iterator[Rowable]:
    for item in items:
        if isinstance(item, Coverage):
            yield from item.rows
        elif type(item) in _ROW:
            yield item
        else:
            known = ", ".join(sorted(["Coverage", *(kind.__name__ for kind in _ROW)]))
            raise TypeError(f"to_rows takes {known}, not {type(item).__name__}")


def _day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _word(word: Enum | None) -> str | None:
    return None if word is None else str(word.value)


def _ids(ids: Iterable[str]) -> str:
    return " ".join(ids)


Get = Callable[[Any], object]
Column = tuple[str, Get]
"""A column of a row: its key and how to get its value from the object the row stands for."""


def _through(get: Get, convert: Get) -> Get:
    return lambda item: convert(get(item))


def fields(*spec: str | tuple[str, Get]) -> tuple[Column, ...]:
    """Columns holding attributes of the same name, some through a converter (``len``, ``_ids``)."""
    return tuple(
        (column, attrgetter(column))
        if isinstance(column, str)
        else (column[0], _through(attrgetter(column[0]), column[1]))
        for column in spec
    )


def row_of(item: object, columns: Sequence[Column]) -> Row:
    """The row of ``item``: each column's value, in the columns' order."""
    return {key: get(item) for key, get in columns}


GAP_COLUMNS = (
    "person",
    "person_name",
    "competence",
    "competence_name",
    "task_areas",
    "required",
    "current",
    "state",
    "gap",
    "priority",
    "assessed_on",
    "open_actions",
    "next_due",
)
"""The keys of a gap's row, in order: the header of a CSV even when there are no gaps."""


def _gap_row(gap: Gap) -> Row:
    due = [action.due for action in gap.open_actions if action.due is not None]
    return {
        "person": gap.person,
        "person_name": gap.person_name,
        "competence": gap.competence,
        "competence_name": gap.competence_name,
        "task_areas": _ids(gap.task_areas),
        "required": gap.required,
        "current": gap.current,
        "state": _word(gap.state),
        "gap": gap.gap,
        "priority": gap.priority,
        "assessed_on": _day(gap.assessed_on),
        "open_actions": len(gap.open_actions),
        "next_due": _day(min(due, default=None)),
    }


def _rule_row(state: RuleState) -> Row:
    rule, observation = state.rule, state.observation
    return {
        "task_area": state.task_area,
        "rule": rule.id,
        "kind": _word(rule.kind),
        "indicator": rule.indicator,
        "frequency": _word(rule.frequency),
        "owner": rule.owner,
        "results": _ids(rule.results),
        "unit": rule.unit,
        "direction": _word(rule.direction),
        "target": rule.target,
        "threshold": rule.threshold,
        "status": _word(state.status),
        "observation_date": None if observation is None else _day(observation.date),
        "observation_value": None if observation is None else observation.value,
        "observation_status": None if observation is None else _word(observation.status),
        "observation_note": None if observation is None else observation.note,
    }


_COVERAGE_FIELDS = fields(
    "task_area",
    "competence",
    "required",
    "filled",
    "empty",
    "members",
    "bench",
    ("reaching", _ids),
    "single_person",
    "uncovered",
    "projected_bench",
    ("projected", _ids),
    ("projected_by", _day),
)
_CELL_FIELDS = fields("task_area", "competence", "value", "behaviour", "filled")
COVERAGE_COLUMNS = tuple(key for key, _ in _COVERAGE_FIELDS)
CELL_COLUMNS = tuple(key for key, _ in _CELL_FIELDS)


_ROW: dict[type, Callable[[Any], Row]] = {
    Gap: _gap_row,
    RuleState: _rule_row,
    CoverageRow: lambda row: row_of(row, _COVERAGE_FIELDS),
    Cell: lambda cell: row_of(cell, _CELL_FIELDS),
}
