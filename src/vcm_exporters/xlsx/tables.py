"""Data sheets: one Excel table each, header in row 1, filterable, with list validation.

Rows stream through openpyxl's write-only sheets, so a sheet of half a million assessments
costs no more memory than one of ten. A table needs at least one data row; an empty one
gets a blank row, which a reader skips.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from vcm_exporters.xlsx.cells import Rows
from vcm_exporters.xlsx.styles import DISPLAY, DISPLAY_FILL, TABLE_STYLE, page, protect

__all__ = ["ROOM", "Choice", "Column", "validation", "write_table"]


@attrs.frozen
class Choice:
    """A list validation: ``formula`` (a range or a quoted list) and the message on a miss."""

    formula: str
    message: str


@attrs.frozen
class Column:
    """A column of a data sheet: its header, width and, where it has one, its list."""

    header: str
    width: float = 14
    choice: Choice | None = None
    display: bool = False
    """Shown for reading only: styled apart, ignored by the importer."""


ROOM = 1000
"""How many rows below the data a dropdown still covers, for the rows a team adds.

LibreOffice trims longer validation ranges to about this when it saves."""


def validation(choice: Choice, cells: str, *, title: str) -> DataValidation:
    """A dropdown over ``cells``; a value not in the list warns rather than refuses.

    Warning (not stopping) lets a consultant type an id before adding it to its sheet.
    """
    rule = DataValidation(
        type="list",
        formula1=choice.formula,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
        errorTitle=title,
        error=choice.message,
    )
    rule.add(cells)
    return rule


def write_table(
    sheet: Any,
    *,
    name: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    choose_title: str,
    derived: bool = False,
) -> int:
    """Write ``rows`` under a header as the Excel table ``name``; return the number of rows.

    ``derived``: the sheet is wholly derived from others and is protected.
    """
    for number, column in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.freeze_panes = "A2"
    page(sheet, landscape=True)
    writer = Rows(sheet)
    writer.append([column.header for column in columns])
    shown = [number for number, column in enumerate(columns) if column.display]
    if shown and not derived:
        cell, font, fill = writer.cell, DISPLAY, DISPLAY_FILL
        for row in rows:
            row = list(row)
            for number in shown:
                row[number] = cell(row[number], font=font, fill=fill)
            writer.append(row)
    else:
        for row in rows:
            writer.append(row)
    if derived:
        protect(sheet)
    count = writer.count - 1
    last_row = 1 + max(1, count)
    last_column = get_column_letter(len(columns))
    ref = f"A1:{last_column}{last_row}"
    table = Table(
        displayName=name,
        ref=ref,
        tableColumns=[
            TableColumn(id=number, name=column.header) for number, column in enumerate(columns, 1)
        ],
        autoFilter=AutoFilter(ref=ref),
        tableStyleInfo=TableStyleInfo(name=TABLE_STYLE, showRowStripes=True),
    )
    # Not sheet.add_table: in write-only mode it warns even though the columns are given
    # above, and silencing it would change the warnings filters of the whole process.
    # The table names are vcm's own, one per sheet, so its duplicate-name check has no work.
    sheet.tables.add(table)
    for number, column in enumerate(columns, 1):
        if column.choice is not None:
            letter = get_column_letter(number)
            cells = f"{letter}2:{letter}{last_row + ROOM}"
            sheet.data_validations.append(validation(column.choice, cells, title=choose_title))
    return count
