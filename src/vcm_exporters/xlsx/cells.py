"""Cells written so that model text stays text and numbers stay exact.

openpyxl guesses a cell's type from its value: text starting with ``=`` becomes a formula
and ``#N/A`` an error value. Model text is never either, so such text is written as a
string cell explicitly. Other text (``+1``, ``-x``, ``@sum``) is already stored as a string,
which Excel shows and never evaluates. Numbers are written with all their digits (openpyxl
keeps 16), so a reading of ``0.1 + 0.2`` comes back as exactly that.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from copy import copy
from typing import Any

import attrs
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Border, Fill, Font
from openpyxl.worksheet.hyperlink import Hyperlink

from vcm.errors import ExportError
from vcm.model import Organisation
from vcm_exporters.xlsx.styles import LINE_HEIGHT

__all__ = ["MAX_TEXT", "Rows", "find_unwritable_text", "row_height", "unescaped"]

MAX_TEXT = 32767
"""The most characters an Excel cell holds."""

_ERROR_CODES = frozenset(ERROR_CODES)
# Values openpyxl writes as they are: no text to guard, no digits to keep.
_PLAIN = frozenset({type(None), bool, dt.datetime, WriteOnlyCell})
FIRST_SERIAL_DAY = dt.date(1900, 3, 1)
"""The first date every spreadsheet program counts the same (Excel's 1900 leap-year bug).

Earlier dates are written as ISO text (``1899-12-31``), which the importer reads back."""
# ECMA-376 (ST_Xstring): every reader decodes _xHHHH_ in a cell's text as the character
# U+HHHH. Text that holds such a sequence has its underscore escaped as _x005F_.
_ESCAPE = re.compile("_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")


def escaped(text: str) -> str:
    """``text`` as a cell holds it: ``_xHHHH_`` sequences kept literal (``_x005F_xHHHH_``)."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub("_x005F_", text)


def unescaped(text: str) -> str:
    """Text as a cell holds it, decoded (ECMA-376 ST_Xstring): ``_x0041_`` is ``A``."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda match: chr(int(match.group(1), 16)), text)


_EXACT_INT = 10**15
# XML 1.0 has no place for these. The model refuses them; this is the diagnosis should one
# slip through (an object changed behind its validators' back).
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


class Rows:
    """Appends rows to a write-only sheet and counts them."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self.count = 0
        self._styles: dict[tuple[int, ...], tuple[Any, WriteOnlyCell]] = {}

    def append(self, values: Iterable[Any], *, height: float | None = None) -> int:
        """Append one row of values or cells; return its (1-based) row number."""
        self.count += 1
        if height is not None:
            self.sheet.row_dimensions[self.count].height = height
        self.sheet.append(
            [value if type(value) in _PLAIN else self.value(value) for value in values]
        )
        return self.count

    def skip(self) -> int:
        """Append an empty row."""
        return self.append(())

    def value(self, value: Any) -> Any:
        """``value`` as openpyxl should receive it: text kept text, numbers kept exact."""
        kind = type(value)
        if kind is not str and isinstance(value, str):
            value, kind = str(value), str  # an enum member: its word
        if kind is str:
            _fits(value)
            if (value[:1] == "=" and len(value) > 1) or value in _ERROR_CODES:
                return self.cell(value)
            return escaped(value)
        if kind is dt.date:
            return value if value >= FIRST_SERIAL_DAY else value.isoformat()
        if kind is float or (kind is int and abs(value) >= _EXACT_INT):
            return self.number(value)
        return value

    def cell(
        self,
        value: Any,
        *,
        font: Font | None = None,
        fill: Fill | None = None,
        alignment: Alignment | None = None,
        border: Border | None = None,
        hyperlink: str | None = None,
    ) -> WriteOnlyCell:
        """A styled cell; text is always a string cell, numbers are exact.

        ``hyperlink`` is a place in the workbook (``'Sheet'!A1``).
        """
        if isinstance(value, float | int) and not isinstance(value, bool):
            cell = self.number(value)
        else:
            if type(value) is dt.date and value < FIRST_SERIAL_DAY:
                value = value.isoformat()
            if isinstance(value, str):
                value = escaped(_fits(str(value)))
            cell = WriteOnlyCell(self.sheet, value)
            if isinstance(value, str):
                cell.data_type = "s"
        if font or fill or alignment or border:
            cell._style = copy(self._style(font, fill, alignment, border))
        if hyperlink is not None:
            cell.hyperlink = Hyperlink(ref="", location=hyperlink)
        return cell

    def number(self, value: float) -> WriteOnlyCell:
        """A number cell holding every digit of ``value`` (Python's shortest exact repr)."""
        cell = WriteOnlyCell(self.sheet, repr(value))
        cell.data_type = "n"
        return cell

    def _style(self, *parts: Any) -> Any:
        # Setting font, fill, ... looks each up in the workbook's style lists (hashing them);
        # copying the finished style of a first cell, as openpyxl's own copy does, is 7x faster.
        key = tuple(map(id, parts))
        known = self._styles.get(key)
        if known is None:
            font, fill, alignment, border = parts
            model = WriteOnlyCell(self.sheet)
            if font is not None:
                model.font = font
            if fill is not None:
                model.fill = fill
            if alignment is not None:
                model.alignment = alignment
            if border is not None:
                model.border = border
            # The parts stay referenced, so their ids cannot be reused by other objects.
            known = self._styles[key] = (parts, model)
        return known[1]._style


def _fits(text: str) -> str:
    # openpyxl would cut the text silently; the export must not lose a character.
    if len(text) > MAX_TEXT:
        raise ExportError(
            f"a text of {len(text)} characters does not fit in an Excel cell "
            f"(at most {MAX_TEXT}): {text[:40]!r}..."
        )
    return text


def lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    per_line = max(1, int(width * 1.2) - 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def row_height(cells: Iterable[tuple[str | None, float]], *, minimum: int = 1) -> float:
    """Points for a row whose wrapped texts sit in columns of the given widths.

    openpyxl cannot measure text and not every reader fits rows on opening, so the height
    is estimated from the text's length: enough that nothing is cut off.
    """
    count = max((lines(text, width) for text, width in cells if text), default=1)
    return min(409.0, LINE_HEIGHT * max(count, minimum) + 3)


def find_unwritable_text(org: Organisation, *, include_people: bool) -> ExportError | None:
    """The first text of the model that an Excel file cannot hold, as an error naming it.

    Run only when writing failed: a full walk of a large model costs time.
    """
    for path, text in _texts(org, "", include_people=include_people):
        if len(text) > MAX_TEXT:
            return ExportError(
                f"the text is {len(text)} characters long; an Excel cell holds at most {MAX_TEXT}",
                path=path,
            )
        match = _NOT_XML.search(text)
        if match:
            return ExportError(
                f"the text contains the character U+{ord(match.group()):04X}, "
                "which an Excel file cannot hold",
                path=path,
            )
    return None


def _texts(item: Any, path: str, *, include_people: bool) -> Iterator[tuple[str, str]]:
    if isinstance(item, str):
        yield path, item
    elif isinstance(item, tuple):
        for index, part in enumerate(item):
            yield from _texts(part, f"{path}[{index}]", include_people=include_people)
    elif attrs.has(type(item)):
        for field in attrs.fields(type(item)):
            if field.name == "people" and not include_people:
                continue
            where = f"{path}.{field.name}" if path else field.name
            yield from _texts(getattr(item, field.name), where, include_people=include_people)


def joined(ids: Sequence[str]) -> str | None:
    """A list of ids in one cell, separated by spaces (ids never contain whitespace)."""
    return " ".join(ids) if ids else None
