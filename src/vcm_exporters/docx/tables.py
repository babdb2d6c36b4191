"""Tables written as one ``w:tbl`` string: no per-cell lookups, linear in the number of cells.

python-docx's ``table.cell(r, c)`` rebuilds the whole cell grid on every call, and
``add_row`` plus ``row.cells`` walk it again; a report of a large organisation spends most of
its time there. Here a table is plain data (:class:`Table`, :class:`Cell`, :class:`Text`)
rendered by :func:`table_xml` in one pass, with a fixed layout (``w:tblGrid`` and a width on
every cell) so that Word and LibreOffice lay it out the same way, and the header row marked
``w:tblHeader`` so that it repeats on every page the table runs over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from vcm_exporters.docx.ooxml import quote, run

__all__ = [
    "HEADER_FILL",
    "Cell",
    "CellValue",
    "Table",
    "Text",
    "cell_text",
    "needed_width",
    "table_xml",
]

HEADER_FILL = "DCE6F1"
"""The header row's background: a light blue that prints well in grey too."""


class Text(NamedTuple):
    """One line of a cell, with emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


class Cell(NamedTuple):
    """A cell of several lines (one paragraph each), optionally filled with a colour."""

    lines: tuple[str | Text, ...]
    fill: str | None = None


CellValue = str | Cell
"""What a table holds per cell: plain text (one paragraph), or a :class:`Cell`."""


@attrs.frozen
class Table:
    """A table as data: column heads, rows of cells and relative column widths."""

    header: tuple[str, ...]
    rows: Sequence[Sequence[CellValue]]
    widths: tuple[float, ...]
    """Relative widths, one per column; the table always spans the text width."""

    def __attrs_post_init__(self) -> None:
        if len(self.widths) != len(self.header):
            raise ValueError(f"{len(self.header)} columns but {len(self.widths)} widths")


def cell_text(value: CellValue) -> str:
    """The text of a cell as a reader sees it, lines joined by newlines."""
    if isinstance(value, str):
        return value
    return "\n".join(line if isinstance(line, str) else line.text for line in value.lines)


# Widths in twips of characters of 9 pt table text, measured on DejaVu Serif (the widest of
# the usual fallback fonts, so that a word fits whichever font renders it); bold adds a quarter.
# A cell adds its left and right margins (Table Grid) and a little air.
_NARROW = re.compile(r"[fijlrtI.,;:'!|()\[\]{}]")
_WIDE = re.compile(r"[A-Z0-9À-ÖØ-Þ]")
_WIDE_CHAR = 136
_NARROW_CHAR = 70
_CHAR = 118
_MOST_CHAR = _WIDE_CHAR + _WIDE_CHAR // 4  # no character is wider, even in bold
_CELL = 300
_MOST = 0.3  # no one word may claim more than this share of the table's width


def _word_width(text: str, bold: bool = False, at_least: int = 0) -> int:
    """An estimate of the width of the longest word of ``text`` in twips, or ``at_least``."""
    word = max(text.split(), key=len, default="")
    if len(word) * _MOST_CHAR <= at_least:
        return at_least
    width = (
        len(word) * _CHAR
        + len(_WIDE.findall(word)) * (_WIDE_CHAR - _CHAR)
        - len(_NARROW.findall(word)) * (_CHAR - _NARROW_CHAR)
    )
    if bold:
        width += width // 4
    return max(width, at_least)


def _minimum_widths(table: Table) -> list[int]:
    # A column is at least as wide as its longest word, so that no word is broken in two
    # (Word and LibreOffice break a word that does not fit at any letter). A text too short
    # to beat the column's widest word so far is not measured at all.
    minimums = [_word_width(head, bold=True) for head in table.header]
    for row in table.rows:
        if len(row) != len(minimums):
            raise ValueError(f"a row of {len(row)} cells in a table of {len(minimums)} columns")
        for index, value in enumerate(row):
            floor = minimums[index]
            if isinstance(value, str):
                if len(value) * _MOST_CHAR > floor:
                    minimums[index] = _word_width(value, False, floor)
                continue
            for line in value.lines:
                text, bold = (line, False) if isinstance(line, str) else (line.text, line.bold)
                if len(text) * _MOST_CHAR > floor:
                    floor = _word_width(text, bold, floor)
            minimums[index] = floor
    return [width + _CELL for width in minimums]


def _level(floors: Sequence[float], total: int) -> float:
    """The width ``c`` at which ``sum(min(floor, c))`` is ``total``: where floors are cut."""
    remaining, count = float(total), len(floors)
    for done, floor in enumerate(sorted(floors)):
        if floor * (count - done) > remaining:
            return remaining / (count - done)
        remaining -= floor
    return float(max(floors, default=total))


def _column_widths(relative: Sequence[float], minimums: Sequence[int], total: int) -> list[int]:
    """Widths in proportion to ``relative``, but none below its minimum where that fits.

    When the minimums do not fit together, the widest are cut to a common width and the
    narrow ones (a level, a code) keep theirs: a long word broken in a wide column of
    prose reads better than a short one broken in a narrow column.
    """
    floors = [float(min(floor, int(total * _MOST))) for floor in minimums]
    if sum(floors) > total:
        cut = _level(floors, total)
        floors = [min(floor, cut) for floor in floors]
    fixed: dict[int, float] = {}
    while len(fixed) < len(relative):
        free = total - sum(fixed.values())
        weight = sum(part for index, part in enumerate(relative) if index not in fixed) or 1.0
        narrow = {
            index: floors[index]
            for index, part in enumerate(relative)
            if index not in fixed and free * part / weight < floors[index]
        }
        if not narrow:
            fixed.update(
                {
                    index: free * part / weight
                    for index, part in enumerate(relative)
                    if index not in fixed
                }
            )
        fixed.update(narrow)
    widths = [int(fixed[index]) for index in range(len(relative))]
    widths[-1] += total - sum(widths)
    return widths


def needed_width(table: Table) -> int:
    """The width ``table`` needs (twips) for no word of it to be broken in two."""
    return sum(_minimum_widths(table))


def table_xml(
    table: Table,
    *,
    width: int,
    style: str,
    text_style: str,
) -> str:
    """The ``w:tbl`` element of ``table`` as text.

    ``width`` is the text width in twips (twentieths of a point); ``style`` and
    ``text_style`` are the style ids of the table and of the paragraphs in its cells.
    """
    widths = _column_widths(table.widths, _minimum_widths(table), width)
    p_open = f'<w:p><w:pPr><w:pStyle w:val="{text_style}"/></w:pPr>'
    cell_open = [f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>' for w in widths]
    header_open = [
        f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>'
        f'<w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/></w:tcPr>'
        for w in widths
    ]
    parts = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{width}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1"'
        ' w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
    ]
    for index, head in enumerate(table.header):
        parts.append(f"{header_open[index]}{p_open}{run(head, bold=True)}</w:p></w:tc>")
    parts.append("</w:tr>")
    for row in table.rows:
        parts.append("<w:tr>")
        for index, value in enumerate(row):
            if isinstance(value, str):
                content = run(value) if value else ""
                parts.append(f"{cell_open[index]}{p_open}{content}</w:p></w:tc>")
                continue
            if value.fill:
                parts.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{widths[index]}" w:type="dxa"/>'
                    f'<w:shd w:val="clear" w:color="auto" w:fill="{quote(value.fill)}"/>'
                    "</w:tcPr>"
                )
            else:
                parts.append(cell_open[index])
            for line in value.lines or ("",):
                if isinstance(line, str):
                    content = run(line) if line else ""
                else:
                    content = run(line.text, bold=line.bold, italic=line.italic)
                parts.append(f"{p_open}{content}</w:p>")
            parts.append("</w:tc>")
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)
