"""The display-only cells of a workbook read back, checked against their source.

A display-only cell (grey, italic) shows what the exporter made from other cells: the name
beside an id, a rule's status. vcm never reads it as a fact; a team that edits one there
would lose the edit. So once the model is read, each such cell is compared with what the
exporter would write in it now, computed by the exporter's own functions and column lists.
A cell that agrees, or is empty (a row a team typed), is fine; one that disagrees is a
problem naming the cell and the cell of its source, in the workbook's language.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from openpyxl.utils import get_column_letter

from vcm.model import Language, MonitoringRule, Organisation, TaskArea
from vcm.vocabulary import Words
from vcm_exporters.xlsx.cells import unescaped
from vcm_exporters.xlsx.columns import DataSheet
from vcm_exporters.xlsx.context import ID_SHEETS, SHOWN_NAME, Context
from vcm_exporters.xlsx.labels import Labels
from vcm_exporters.xlsx.sheets import data, matrix, people
from vcm_exporters.xlsx.sheets.matrix import FIRST_ROW, FIXED, SECTION_COLUMNS

__all__ = ["check", "disagreement"]


class Row(Protocol):
    """A row of a data sheet as the reader read it."""

    sheet: str
    number: int
    columns: dict[str, int]

    def cell(self, key: str | None = None) -> str: ...

    def __getitem__(self, key: str) -> Any: ...


class Reader(Protocol):
    """What the checks need of the reader: its words, the rows it read, where it reports."""

    language: Language
    labels: Labels
    places: dict[str, str]
    names: set[str]
    """The names of the workbook's sheets."""

    @property
    def tables(self) -> Mapping[str, Sequence[Row]]: ...

    def problem(self, cell: str, message: str) -> None: ...

    def rows(
        self, name: str, *, first: int = 1, columns: int | None = None
    ) -> Iterator[tuple[int, Sequence[Any]]]: ...


def disagreement(labels: Labels, shown: Any, source: str, expected: Any) -> str | None:
    """The problem of a display cell showing ``shown`` where ``source`` says ``expected``.

    None when they agree, or when either is empty (a row a team typed has no names yet).
    """
    if shown is None or expected is None:
        return None
    text = _text(shown)
    if text == _text(expected):
        return None
    return labels["problem_disagrees"].format(found=text, source=source, expected=expected)


def check(reader: Reader, org: Organisation) -> None:
    """Report every display-only cell that disagrees with what the exporter would write."""
    _Check(reader, org).run()


_SPARE = 10
"""Columns read beyond a matrix sheet's widest row, to see what a team typed beside it."""


class _Check:
    def __init__(self, reader: Reader, org: Organisation) -> None:
        self.reader = reader
        self.labels = reader.labels
        self.as_of = _export_date(reader)
        self.ctx = Context.for_reading(org, reader.language, self.as_of or dt.date.min)
        self._by_cell: dict[str, dict[str, Row]] = {}
        self._readings: dict[int, Row] | None = None

    def run(self) -> None:
        sheets: Iterable[DataSheet] = (*data.SHEETS.values(), *people.SHEETS.values())
        for sheet in sheets:
            rows = self.reader.tables.get(sheet.key)
            if not rows or sheet.derived:
                continue
            for field in sheet.fields:
                if field.display and field.names is not None and field.source is not None:
                    self.names(rows, field.key, field.source, field.names)
        if self.as_of is not None:
            self.statuses()
        for index, area in enumerate(self.ctx.org.task_areas):
            self.grid(index, area)

    # -- where things come from --

    def row(self, table: str, path: str) -> Row | None:
        """The row of the data sheet ``table`` that the model's ``path`` was read from."""
        by_cell = self._by_cell.get(table)
        if by_cell is None:
            by_cell = {row.cell(): row for row in self.reader.tables.get(table, ())}
            self._by_cell[table] = by_cell
        place = self.reader.places.get(path)
        return None if place is None else by_cell.get(place)

    def homes(self, kind: str) -> dict[str, Row]:
        # The row of each id on its own sheet; the first, as the model's index keeps the first.
        found: dict[str, Row] = {}
        for row in self.reader.tables.get(ID_SHEETS[kind].key, ()):
            if row["id"] is not None:
                found.setdefault(row["id"], row)
        return found

    def reading(self, rule: MonitoringRule, fallback: Row) -> str:
        """The cell a rule's status and latest reading come from: the reading, or the rule."""
        if self._readings is None:
            self._readings = {}
            for i, area in enumerate(self.ctx.org.task_areas):
                for j, each in enumerate(area.monitoring):
                    for k, observation in enumerate(each.observations):
                        path = f"task_areas[{i}].monitoring[{j}].observations[{k}]"
                        found = self.row(data.OBSERVATIONS.key, path)
                        if found is not None:
                            self._readings[id(observation)] = found
        _, latest = rule.status(self.ctx.as_of)
        found = self._readings.get(id(latest))
        if latest is None or found is None:
            return fallback.cell("id")
        return found.cell("value" if latest.value is not None else "status")

    # -- the data sheets --

    def names(self, rows: Sequence[Row], key: str, source: str, kind: str) -> None:
        # The name in column ``key`` beside the id in column ``source``: what the exporter
        # shows for that id (Field.getter of a column with ``names``).
        names = self.ctx.names(kind)
        homes = self.homes(kind)
        for row in rows:
            shown = row[key]
            if shown is None:
                continue
            expected = names.get(row[source])
            if expected is None or _text(shown) == expected:
                continue
            home = homes.get(row[source])
            where = home.cell(SHOWN_NAME[kind]) if home is not None else row.cell(source)
            problem = disagreement(self.labels, shown, where, expected)
            if problem is not None:
                self.reader.problem(row.cell(key), problem)

    def statuses(self) -> None:
        # A rule's status on the export's date (data.status_word); its source is the reading
        # it comes from, or the rule itself when it has none.
        rules = self.ctx.org.index.rules
        for row in self.reader.tables.get(data.MONITORING.key, ()):
            shown = row["status"]
            rule = rules.get(row["id"])
            if shown is None or rule is None:
                continue
            expected = data.status_word(self.ctx, rule)
            if _text(shown) != expected:
                problem = disagreement(self.labels, shown, self.reading(rule, row), expected)
                if problem is not None:
                    self.reader.problem(row.cell("status"), problem)

    # -- the matrix sheets --

    def grid(self, index: int, area: TaskArea) -> None:
        # The task area's name and description (rows 1 and 2), the values' names (row 3),
        # the competences' names (column B), and the sections under the grid.
        home = self.row(data.TASK_AREAS.key, f"task_areas[{index}]")
        name = home["sheet"] if home is not None else None
        if home is None or name not in self.reader.names:
            return
        ctx = self.ctx
        width = max(FIXED + len(matrix.value_columns(ctx, area)) + 1, SECTION_COLUMNS) + _SPARE
        grid: list[list[Any]] = []
        for number, cells in self.reader.rows(name, columns=width):
            grid.extend([] for _ in range(number - len(grid) - 1))
            grid.append([_shown(cell) for cell in cells])
        here = _Here(self.reader, name, grid)
        here.agree(1, 1, home.cell("name"), area.name)
        here.agree(2, 1, home.cell("description"), matrix.subtitle(ctx, area))
        values, competences = self.homes("values"), self.homes("competences")
        for column in range(FIXED + 1, width + 1):
            value_id = here.at(4, column)
            if value_id is not None:
                value_id = _text(value_id).strip()
                value = values.get(value_id)
                source = value.cell("name") if value is not None else here.where(4, column)
                here.agree(3, column, source, matrix.value_name(ctx, value_id))
        number = FIRST_ROW
        heading = self.labels["results_heading"]
        while number <= len(grid) and _text(here.at(number, 1) or "").strip() != heading:
            competence_id = here.at(number, 1)
            if competence_id is not None:
                competence_id = _text(competence_id).strip()
                competence = competences.get(competence_id)
                source = (
                    competence.cell("name") if competence is not None else here.where(number, 1)
                )
                here.agree(number, 2, source, matrix.competence_name(ctx, competence_id))
            number += 1
        if number <= len(grid) and self.as_of is not None:
            self.sections(index, area, here, number)

    def sections(self, index: int, area: TaskArea, here: _Here, first: int) -> None:
        # Under the grid, row by row as the exporter writes them (matrix.sections): a cell
        # that differs names the data sheet's cell it is made from; anything where nothing
        # is written is not read, and said so.
        number = first
        for count, section in enumerate(matrix.sections(self.ctx, area)):
            if count:
                here.nothing(number)
                number += 1
            here.expect(number, [section.heading])
            here.expect(number + 1, _laid_out(section.header))
            number += 2
            for item, texts in enumerate(section.rows):
                path = f"task_areas[{index}].{section.field}[{item}]"
                row = self.row(section.field, path)
                laid = _laid_out(texts)
                for column, expected in enumerate(laid, 1):
                    if column == 3:
                        here.expect_cell(number, column, None)
                        continue
                    key = section.sources[column - 1 if column < 3 else column - 2]
                    source = self.source(row, key, path)
                    if source is None:
                        here.expect_cell(number, column, expected)
                    else:
                        here.agree(number, column, source, expected)
                here.nothing(number, after=len(laid))
                number += 1
        while number <= len(here.grid):
            here.nothing(number)
            number += 1

    def source(self, row: Row | None, key: str, path: str) -> str | None:
        """The cell a section's text is made from: the column ``key`` of the item's row."""
        if row is None:
            return None
        if key in row.columns:
            return row.cell(key)
        if key == "authorities":
            first = self.row(data.AUTHORITIES.key, f"{path}.authorities[0]")
            return first.cell("description") if first is not None else row.cell("id")
        rule = self.ctx.org.index.rules.get(row["id"])
        if key == "reading" and rule is not None:
            return self.reading(rule, row)
        return row.cell("id")


def _laid_out(texts: Sequence[str | None]) -> list[str | None]:
    # A section row as written: A, B merged over C, the rest from D.
    return [texts[0], texts[1], None, *texts[2:]]


class _Here:
    """The cells of one matrix sheet as read, and how a problem about one is reported."""

    def __init__(self, reader: Reader, sheet: str, grid: list[list[Any]]) -> None:
        self.reader = reader
        self.sheet = sheet
        self.grid = grid

    def at(self, row: int, column: int) -> Any:
        cells = self.grid[row - 1] if row <= len(self.grid) else []
        return cells[column - 1] if column <= len(cells) else None

    def where(self, row: int, column: int) -> str:
        quoted = self.sheet.replace("'", "''")
        return f"'{quoted}'!{get_column_letter(column)}{row}"

    def agree(self, row: int, column: int, source: str, expected: Any) -> None:
        problem = disagreement(self.reader.labels, self.at(row, column), source, expected)
        if problem is not None:
            self.reader.problem(self.where(row, column), problem)

    def expect(self, row: int, texts: Sequence[str | None]) -> None:
        for column, text in enumerate(texts, 1):
            self.expect_cell(row, column, text)
        self.nothing(row, after=len(texts))

    def expect_cell(self, row: int, column: int, expected: str | None) -> None:
        shown = self.at(row, column)
        if shown is None or _text(shown) == expected:
            return
        labels = self.reader.labels
        if expected is None:
            message = labels["problem_not_read"].format(found=_text(shown))
        else:
            message = labels["found_expected"].format(
                found=repr(_text(shown)), expected=repr(expected)
            )
        self.reader.problem(self.where(row, column), message)

    def nothing(self, row: int, *, after: int = 0) -> None:
        cells = self.grid[row - 1] if row <= len(self.grid) else []
        for column in range(after + 1, len(cells) + 1):
            self.expect_cell(row, column, None)


def _shown(cell: Any) -> Any:
    value = getattr(cell, "value", None)
    if isinstance(value, str):
        return unescaped(value) if value.strip() else None
    return value


def _export_date(reader: Reader) -> dt.date | None:
    """The date the workbook was made, as the Monitoring sheet's status header names it."""
    name = reader.labels[f"sheet.{data.MONITORING.key}"]
    if name not in reader.names:
        return None
    header = next(reader.rows(name, columns=len(data.MONITORING.fields) + _SPARE), None)
    label = reader.labels["status"]
    for column, cell in enumerate(header[1] if header is not None else (), 1):
        text = _shown(cell)
        if not isinstance(text, str) or not text.startswith(label):
            continue
        day = parse_date(text[len(label) :].strip(), reader.labels.words)
        if day is None:
            example = f"{label} {reader.labels.words.date(dt.date(2026, 9, 30))}"
            quoted = name.replace("'", "''")
            reader.problem(
                f"'{quoted}'!{get_column_letter(column)}1",
                reader.labels["found_expected"].format(
                    found=repr(text),
                    expected=reader.labels["expected_status_header"].format(example=example),
                ),
            )
        return day
    return None


def parse_date(text: str, words: Words) -> dt.date | None:
    """A date as :meth:`Words.date` writes it (``30 September 2026``), or None."""
    months = {month.casefold(): number for number, month in enumerate(words.months, 1)}
    parts = []
    for literal, field, _, _ in string.Formatter().parse(words.date_pattern):
        parts.append(re.escape(literal))
        if field == "month":
            parts.append(r"(?P<month>\w+)")
        elif field:
            parts.append(rf"(?P<{field}>\d+)")
    found = re.fullmatch("".join(parts), text.strip())
    if found is None or found["month"].casefold() not in months:
        return None
    try:
        return dt.date(int(found["year"]), months[found["month"].casefold()], int(found["day"]))
    except ValueError:
        return None


def _text(value: Any) -> str:
    # A cell's value as text: a name typed as 2024 is the name "2024".
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, str) else str(value)
