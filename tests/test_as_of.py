"""One rule for every as_of of vcm: a date, or a datetime that counts as its date."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import pytest

import vcm
from vcm import examples
from vcm.analysis import summary
from vcm.plugins import ExportOptions

DAY = dt.date(2026, 11, 29)
MOMENT = dt.datetime(2026, 11, 29, 23, 59)
ORG = examples.load()
AREA = ORG.task_areas[0]
RESULT = AREA.results[0]
RULE = AREA.monitoring[0]

CALLS: dict[str, Callable[[object], object]] = {
    "check": lambda as_of: vcm.check(ORG, as_of=as_of),  # type: ignore[arg-type]
    "status": lambda as_of: vcm.status(ORG, as_of=as_of),  # type: ignore[arg-type]
    "trace": lambda as_of: vcm.trace(ORG, RESULT.id, as_of=as_of),  # type: ignore[arg-type]
    "guide": lambda as_of: vcm.guide(ORG, AREA.id, as_of=as_of),  # type: ignore[arg-type]
    "rows": lambda as_of: vcm.rows(ORG, "status", as_of=as_of),  # type: ignore[arg-type]
    "rule.status": lambda as_of: RULE.status(as_of),  # type: ignore[arg-type]
    "gaps": lambda as_of: vcm.gaps(ORG, as_of=as_of),  # type: ignore[arg-type]
    "coverage": lambda as_of: vcm.coverage(ORG, as_of=as_of),  # type: ignore[arg-type]
    "summary": lambda as_of: summary(ORG, as_of=as_of),  # type: ignore[arg-type]
    "ExportOptions": lambda as_of: ExportOptions(as_of=as_of).date(),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_datetime_counts_as_its_date_everywhere(name: str) -> None:
    """check, the analyses, rows, a rule's status and the export options agree."""
    call = CALLS[name]
    assert call(DAY) == call(MOMENT)


@pytest.mark.parametrize(
    "name", ["check", "status", "trace", "guide", "rows", "gaps", "coverage", "summary"]
)
def test_anything_else_is_a_type_error(name: str) -> None:
    """Text is not a date: a TypeError saying what was given."""
    with pytest.raises(TypeError, match=r"as_of must be a datetime\.date, not str"):
        CALLS[name]("2026-11-29")


def test_an_export_takes_a_datetime() -> None:
    """The export's as_of follows the same rule: the bytes are those of the date."""
    by_day = vcm.export(ORG, io.BytesIO(), format="xlsx", as_of=DAY).getvalue()
    assert by_day == vcm.export(ORG, io.BytesIO(), format="xlsx", as_of=MOMENT).getvalue()
