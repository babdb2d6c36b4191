"""CSV as the reader needs it: plain for programs, or the way Excel opens it.

Plain CSV (the default) is UTF-8 with commas and decimal points, what pandas, :mod:`csv` and
databases read. ``excel=True`` writes what a spreadsheet program opens with a double click:
a UTF-8 byte-order mark (without it Excel reads the bytes as the system code page and
mangles "é"), CRLF line ends, and for Dutch semicolons and decimal commas, because Dutch
Excel takes the comma for the decimal sign and puts a comma-separated line in one column.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from typing import TextIO

from vcm.model import Language

__all__ = ["write_rows"]

BOM = "\ufeff"


def write_rows(
    out: TextIO,
    columns: Sequence[str],
    rows: Iterable[Mapping[str, object]],
    *,
    excel: bool = False,
    language: Language | str = Language.EN,
) -> None:
    """Write a header of ``columns`` and then ``rows`` (header always: no rows is a table)."""
    dutch = excel and str(getattr(language, "value", language)) == Language.NL.value
    if excel:
        out.write(BOM)
    writer = csv.writer(
        out, delimiter=";" if dutch else ",", lineterminator="\r\n" if excel else "\n"
    )
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column), dutch) for column in columns])


def _cell(value: object, decimal_comma: bool) -> object:
    if value is None:
        return ""
    if decimal_comma and isinstance(value, float):
        return repr(value).replace(".", ",")
    return value
