"""The importer's own reading of a workbook's parts gives each cell as openpyxl would.

vcm reads a workbook's XML itself (:mod:`vcm_exporters.xlsx.parts`, for speed and memory);
these tests hold it to openpyxl's read-only mode on cells of every kind a spreadsheet program
writes: numbers whole and not, dates and date-times in date styles, booleans, texts shared and
inline, rich text, formulas and error values, in both date systems.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

from vcm_exporters.xlsx.parts import ErrorValue, Formula, Parts

_CELLS: list[Any] = [
    3,
    3.0,
    0.1 + 0.2,
    -12345678901234,
    1e-300,
    True,
    False,
    "text",
    "  spaces and\nlines  ",
    "Ünïcödé ✓",
    dt.datetime(2026, 9, 15),
    dt.datetime(2026, 9, 15, 13, 45),
    dt.date(1999, 12, 31),
    "=SUM(A1:A3)",
    "=TRUE()",
]


def _workbook(epoch: Any) -> bytes:
    book = Workbook()
    book.epoch = epoch
    sheet = book.active
    sheet.title = "Cells"
    for row, value in enumerate(_CELLS, 1):
        sheet.cell(row=row, column=2, value=value)
    sheet["D1"] = CellRichText(["plain ", TextBlock(InlineFont(b=True), "bold"), " end"])
    sheet["D2"] = "#N/A"
    sheet["D2"].data_type = "e"
    sheet["Z40"] = "far away"
    book.create_sheet("Empty")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _openpyxl_rows(data: bytes, name: str) -> dict[int, list[Any]]:
    book = load_workbook(io.BytesIO(data), read_only=True)
    rows: dict[int, list[Any]] = {}
    for number, row in enumerate(book[name].iter_rows(), 1):
        values = []
        for cell in row:
            value = getattr(cell, "value", None)
            kind = getattr(cell, "data_type", None)
            if kind == "f":
                value = Formula(value)
            elif kind == "e":
                value = ErrorValue(value)
            values.append(value)
        while values and values[-1] is None:
            values.pop()
        if values:
            rows[number] = values
    book.close()
    return rows


def _parts_rows(data: bytes, name: str) -> dict[int, list[Any]]:
    parts = Parts(zipfile.ZipFile(io.BytesIO(data)))
    return {
        number: values
        for number, values in parts.rows(name, columns=16_384, max_rows=1_048_576)
        if values
    }


@pytest.mark.parametrize("epoch", [CALENDAR_WINDOWS_1900, CALENDAR_MAC_1904])
def test_every_kind_of_cell_reads_as_openpyxl_reads_it(epoch: Any) -> None:
    data = _workbook(epoch)
    parts = Parts(zipfile.ZipFile(io.BytesIO(data)))
    assert ["Cells", "Empty"] == parts.sheetnames
    for name in parts.sheetnames:
        ours, theirs = _parts_rows(data, name), _openpyxl_rows(data, name)
        assert theirs == ours
        for number, values in theirs.items():
            assert [type(value) for value in values] == [type(value) for value in ours[number]]
