"""The display-only cells of a workbook read back, checked against their source.

A display-only cell (grey, italic) shows what the exporter made from other cells: the name
beside an id, a rule's status, the sections under a grid. vcm never reads it as a fact; an
edit typed there would be lost. So each such cell is compared with what the exporter would
write in it, computed from the model read by the exporter's own functions
(``Context.names``, ``data.status_word``, ``matrix.sections``). A cell that agrees, or is
empty (a row a team typed), is fine; one that disagrees is a problem naming the cell and the
cell of its source, in the workbook's language.

The data sheets are watched as the reader reads them (:meth:`Watcher.row`): a large sheet is
never held, so only a name that differs from its source's row is kept until the model is
made; the matrix sheets are read again when the model is made (:meth:`Watcher.check`).
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterator, Mapping, Sequence
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

__all__ = ["Watcher", "disagreement", "parse_date"]

_SPARE = 10
"""Columns read beyond a matrix sheet's widest row, to see what a team typed beside it."""

# The sheet holding the ids of each kind, by the sheet's key (a sheet may hold two kinds).
_KINDS_OF_SHEET: dict[str, list[str]] = {}
for _kind, _sheet in ID_SHEETS.items():
    _KINDS_OF_SHEET.setdefault(_sheet.key, []).append(_kind)

# The names beside ids on each data sheet: (the name's column, the id's column, the kind).
_NAMES_ON_SHEET: dict[str, list[tuple[str, str, str]]] = {
    sheet.key: [
        (field.key, field.source, field.names)
        for field in sheet.fields
        if field.display and field.names is not None and field.source is not None
    ]
    for sheet in (*data.SHEETS.values(), *people.SHEETS.values())
    if not sheet.derived
}


class Row(Protocol):
    """A row of a data sheet as the reader read it."""

    sheet: str
    number: int
    columns: dict[str, int]

    def cell(self, key: str | None = None) -> str: ...

    def __getitem__(self, key: str) -> Any: ...


class Reader(Protocol):
    """What the checks need of the reader: its words, its places, where it reports."""

    language: Language
    labels: Labels
    names: set[str]
    """The names of the workbook's sheets."""

    @property
    def places(self) -> Mapping[str, str]: ...

    def problem(self, cell: str, message: str) -> None: ...

    def rows(self, name: str, *, columns: int | None = None) -> Iterator[tuple[int, list[Any]]]: ...


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


class Watcher:
    """The display-only cells of one workbook being read, and their check."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.labels = reader.labels
        self.columns: dict[str, dict[str, int]] = {}
        """The column of each key, per data sheet read (by the sheet's key)."""
        self.sheets: dict[str, str] = {}
        """The name of each data sheet read, by its key."""
        self.homes: dict[str, dict[str, Row]] = {kind: {} for kind in ID_SHEETS}
        """The first row of each id on its own sheet, per kind of id."""
        self.names: list[tuple[str, int, str, str, str, str, Any]] = []
        """Names beside ids that differ from their source's row, or whose source was not
        read yet: (sheet key, row, name's column, id's column, kind, id, shown)."""
        self.statuses: list[tuple[int, str, Any]] = []
        """The Monitoring sheet's status cells: (row, the rule's id, shown)."""
        self._plans: dict[str, tuple[list[str], list[tuple[int, str, str, str, str]], int | None]]
        self._plans = {}

    # -- while the data sheets are read --

    def row(
        self, sheet: DataSheet, row: Row, cells: Sequence[Any], shown: Sequence[tuple[str, int]]
    ) -> None:
        """Note a row of a data sheet as read: its raw ``cells``; ``shown``: the key and
        column of each display cell."""
        key = sheet.key
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plan(key, row, shown)
        kinds, names, status = plan
        for kind in kinds:
            if row["id"] is not None:
                self.homes[kind].setdefault(row["id"], row)
        width = len(cells)
        for index, name, source, kind, field in names:
            value = cells[index] if index < width else None
            if value is None:
                continue
            row_id = row[source]
            home = self.homes[kind].get(row_id) if row_id is not None else None
            # The home's value is what the model gets: an equal name needs no second look.
            if home is not None and value == home[field]:
                continue
            value = _shown(value)
            differs = home is None or _text(value) != home[field]
            if value is not None and row_id is not None and differs:
                self.names.append((key, row.number, name, source, kind, row_id, value))
        if status is not None and status < width:
            value = _shown(cells[status])
            if value is not None and row["id"] is not None:
                self.statuses.append((row.number, row["id"], value))

    def _plan(
        self, key: str, row: Row, shown: Sequence[tuple[str, int]]
    ) -> tuple[list[str], list[tuple[int, str, str, str, str]], int | None]:
        # What to note of each row of the sheet ``key``, worked out at its first row.
        self.columns[key] = row.columns
        self.sheets[key] = row.sheet
        at = dict(shown)
        names = [
            (at[name] - 1, name, source, kind, SHOWN_NAME[kind])
            for name, source, kind in _NAMES_ON_SHEET.get(key, ())
            if name in at
        ]
        status = at["status"] - 1 if key == data.MONITORING.key and "status" in at else None
        plan = (_KINDS_OF_SHEET.get(key, []), names, status)
        self._plans[key] = plan
        return plan

    # -- once the model is made --

    def check(self, org: Organisation) -> None:
        """Report every display-only cell that disagrees with what the exporter would write."""
        as_of = self._export_date()
        ctx = Context.for_reading(org, self.reader.language, as_of or dt.date.min)
        self._names(ctx)
        if as_of is not None:
            self._statuses(ctx)
        for index, area in enumerate(org.task_areas):
            self._grid(ctx, index, area, sections=as_of is not None)

    def where(self, key: str, column: str, number: int) -> str:
        """The cell of the column ``column`` in row ``number`` of the data sheet ``key``."""
        return _where(self.sheets[key], self.columns[key].get(column, 1), number)

    def at(self, path: str, key: str, column: str) -> str | None:
        """The cell of the column ``column`` in the row the model's ``path`` was read from."""
        place = self.reader.places.get(path)
        found = _ROW_OF.search(place) if place is not None else None
        if found is None or key not in self.columns:
            return place
        return self.where(key, column, int(found.group(1)))

    def _names(self, ctx: Context) -> None:
        names = {kind: ctx.names(kind) for kind in {noted[4] for noted in self.names}}
        for key, number, name, source, kind, row_id, value in self.names:
            expected = names[kind].get(row_id)
            home = self.homes[kind].get(row_id)
            where = home.cell(SHOWN_NAME[kind]) if home else self.where(key, source, number)
            problem = disagreement(self.labels, value, where, expected)
            if problem is not None:
                self.reader.problem(self.where(key, name, number), problem)

    def _statuses(self, ctx: Context) -> None:
        # A rule's status on the export's date (data.status_word); its source is the reading
        # it comes from, or the rule itself when it has none.
        rules = ctx.org.index.rules
        for number, rule_id, shown in self.statuses:
            rule = rules.get(rule_id)
            if rule is None:
                continue
            expected = data.status_word(ctx, rule)
            if _text(shown) != expected:
                source = self._reading(ctx, rule) or self.where(data.MONITORING.key, "id", number)
                problem = disagreement(self.labels, shown, source, expected)
                if problem is not None:
                    self.reader.problem(self.where(data.MONITORING.key, "status", number), problem)

    def _reading(self, ctx: Context, rule: MonitoringRule) -> str | None:
        """The cell a rule's status and latest reading come from, if it has a reading."""
        _, latest = rule.status(ctx.as_of)
        if latest is None:
            return None
        for i, area in enumerate(ctx.org.task_areas):
            for j, each in enumerate(area.monitoring):
                if each is rule:
                    k = next(k for k, found in enumerate(rule.observations) if found is latest)
                    column = "value" if latest.value is not None else "status"
                    path = f"task_areas[{i}].monitoring[{j}].observations[{k}]"
                    return self.at(path, data.OBSERVATIONS.key, column)
        return None

    # -- the matrix sheets --

    def _grid(self, ctx: Context, index: int, area: TaskArea, *, sections: bool) -> None:
        # The task area's name and description (rows 1 and 2), the values' names (row 3),
        # the competences' names (column B), and the sections under the grid.
        path = f"task_areas[{index}]"
        home = self.reader.places.get(path)
        found = _ROW_OF.search(home) if home is not None else None
        key = data.TASK_AREAS.key
        rows = {row.number: row for row in self.homes["task_areas"].values()}
        row = rows.get(int(found.group(1))) if found is not None else None
        name = row["sheet"] if row is not None else None
        if row is None or name not in self.reader.names:
            return
        width = max(FIXED + len(matrix.value_columns(ctx, area)) + 1, SECTION_COLUMNS) + _SPARE
        grid: list[list[Any]] = []
        for number, values in self.reader.rows(name, columns=width):
            grid.extend([] for _ in range(number - len(grid) - 1))
            grid.append([_shown(value) for value in values])
        here = _Here(self.reader, name, grid)
        here.agree(1, 1, self.where(key, "name", row.number), area.name)
        here.agree(2, 1, self.where(key, "description", row.number), matrix.subtitle(ctx, area))
        # The grid is as wide as its heads in rows 3 and 4; beside it nothing is read.
        heads = [here.at(3, column) or here.at(4, column) for column in range(1, width + 1)]
        inside = range(1, max((n for n, head in enumerate(heads, 1) if head), default=FIXED) + 1)
        here.nothing(1, but=[1])
        here.nothing(2, but=[1])
        values_, competences = self.homes["values"], self.homes["competences"]
        for column in range(FIXED + 1, width + 1):
            value_id = here.at(4, column)
            # A value or competence the catalogue lacks is a finding of the model; its name
            # beside it has nothing to agree with.
            value = values_.get(_text(value_id).strip()) if value_id is not None else None
            if value is not None:
                here.agree(3, column, value.cell("name"), matrix.value_name(ctx, value["id"]))
        number = FIRST_ROW
        heading = self.labels["results_heading"]
        while number <= len(grid) and _text(here.at(number, 1) or "").strip() != heading:
            competence_id = here.at(number, 1)
            if competence_id is not None:
                competence = competences.get(_text(competence_id).strip())
                if competence is not None:
                    name = matrix.competence_name(ctx, competence["id"])
                    here.agree(number, 2, competence.cell("name"), name)
            here.nothing(number, but=inside)
            number += 1
        if number <= len(grid) and sections:
            self._sections(ctx, path, area, here, number)

    def _sections(self, ctx: Context, path: str, area: TaskArea, here: _Here, first: int) -> None:
        # Under the grid, row by row as the exporter writes them (matrix.sections): a cell
        # that differs names the data sheet's cell it is made from; anything where nothing
        # is written is not read, and said so. Columns inserted in the grid for a new value
        # move the cells under it too: each section's head says where its columns went.
        number = first
        exported = None
        for count, section in enumerate(matrix.sections(ctx, area)):
            if count:
                here.nothing(number)
                number += 1
            here.expect(number, [section.heading], [1])
            header = _laid_out(section.header)
            columns = _aligned(header, here.grid[number] if number < len(here.grid) else [])
            here.expect(number + 1, header, columns)
            number += 2
            items = getattr(area, section.field)
            for item, texts in enumerate(section.rows):
                at = f"{path}.{section.field}[{item}]"
                laid = _laid_out(texts)
                for index, (column, expected) in enumerate(zip(columns, laid, strict=True)):
                    if index == 2:
                        here.expect_cell(number, column, None)
                        continue
                    key = section.sources[index if index < 2 else index - 1]
                    shown = here.at(number, column)
                    if shown is None or _text(shown) == expected:
                        continue
                    if key == "competences":
                        # Made with the levels the grid had when the workbook was written
                        # (a level changed in the grid since): made again on the next export.
                        if exported is None:
                            exported = self._exported_levels(ctx, area)
                        again = matrix.sections(ctx, area, exported)[count].rows[item]
                        if _text(shown) == again[index - 1]:
                            continue
                    source = self._source(ctx, section.field, at, items[item], key)
                    if source is None:
                        here.expect_cell(number, column, expected)
                    else:
                        here.agree(number, column, source, expected)
                here.nothing(number, but=columns)
                number += 1
        while number <= len(here.grid):
            here.nothing(number)
            number += 1

    def _exported_levels(self, ctx: Context, area: TaskArea) -> dict[str, int]:
        """The levels ``area`` required when the workbook was written: its long Matrix
        table, derived and protected, keeps them (the first row of a competence wins)."""
        found: dict[str, int] = {}
        name = self.labels[f"sheet.{data.MATRIX.key}"]
        if name not in self.reader.names:
            return found
        fields = data.MATRIX.fields
        rows = self.reader.rows(name, columns=len(fields))
        _, header = next(rows, (0, []))
        titles = {self.labels[field.label or field.key]: field.key for field in fields}
        columns = {titles.get(_text(head)): column for column, head in enumerate(header)}
        at_area, at_competence, at_level = (
            columns.get(key) for key in ("task_area", "competence", "level")
        )
        if at_area is None or at_competence is None or at_level is None:
            return found
        for _, values in rows:
            cells = [_shown(value) for value in values]
            if max(at_area, at_competence, at_level) >= len(cells):
                continue
            level = cells[at_level]
            if cells[at_area] == area.id and isinstance(level, int | float):
                found.setdefault(_text(cells[at_competence]), int(level))
        return found

    def _source(self, ctx: Context, sheet: str, path: str, item: Any, key: str) -> str | None:
        """The cell a section's text is made from: the column ``key`` of the item's row."""
        if key == "authorities":
            if item.authorities:
                return self.at(f"{path}.authorities[0]", data.AUTHORITIES.key, "description")
            key = "id"
        if key == "reading":
            return self._reading(ctx, item) or self.at(path, sheet, "id")
        return self.at(path, sheet, key)

    def _export_date(self) -> dt.date | None:
        """The date the workbook was made, as the Monitoring sheet's status header names it
        (or, with that column removed, the status head under a grid)."""
        reader, labels = self.reader, self.labels
        name = labels[f"sheet.{data.MONITORING.key}"]
        label = labels["status"]
        if name in reader.names:
            width = len(data.MONITORING.fields) + _SPARE
            number, header = next(reader.rows(name, columns=width), (0, []))
            for column, value in enumerate(header if number == 1 else (), 1):
                text = _shown(value)
                if not isinstance(text, str) or not text.startswith(label):
                    continue
                day = parse_date(text[len(label) :].strip(), labels.words)
                if day is None:
                    example = f"{label} {labels.words.date(dt.date(2026, 9, 30))}"
                    reader.problem(
                        _where(name, column, 1),
                        labels["found_expected"].format(
                            found=repr(text),
                            expected=labels["expected_status_header"].format(example=example),
                        ),
                    )
                return day
        for area in self.homes["task_areas"].values():
            if area["sheet"] not in reader.names:
                continue
            for _, values in reader.rows(area["sheet"], columns=SECTION_COLUMNS + _SPARE):
                for value in values:
                    text = _shown(value)
                    if isinstance(text, str) and text.startswith(f"{label} "):
                        day = parse_date(text[len(label) :].strip(), labels.words)
                        if day is not None:
                            return day
        return None


_ROW_OF = re.compile(r"(\d+)$")


def _aligned(header: Sequence[str | None], found: Sequence[Any]) -> list[int]:
    """The column of each of a section head's cells as found: past any empty columns
    inserted before it (a new value's column in the grid above)."""
    columns = []
    at = 0
    for text in header:
        ahead = at
        while text is not None and ahead < len(found) and found[ahead] is None:
            ahead += 1
        if text is not None and ahead < len(found) and _text(found[ahead]) == text:
            at = ahead
        columns.append(at + 1)
        at += 1
    return columns


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
        return _where(self.sheet, column, row)

    def agree(self, row: int, column: int, source: str, expected: Any) -> None:
        problem = disagreement(self.reader.labels, self.at(row, column), source, expected)
        if problem is not None:
            self.reader.problem(self.where(row, column), problem)

    def expect(self, row: int, texts: Sequence[str | None], columns: Sequence[int]) -> None:
        for column, text in zip(columns, texts, strict=True):
            self.expect_cell(row, column, text)
        self.nothing(row, but=columns)

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

    def nothing(self, row: int, *, but: Sequence[int] = ()) -> None:
        cells = self.grid[row - 1] if row <= len(self.grid) else []
        for column in range(1, len(cells) + 1):
            if column not in but:
                self.expect_cell(row, column, None)


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


def _where(sheet: str, column: int, row: int) -> str:
    quoted = sheet.replace("'", "''")
    return f"'{quoted}'!{get_column_letter(column)}{row}"


def _shown(value: Any) -> Any:
    # A cell's value as the reader sees it: text decoded, blank text empty; a formula or an
    # error value as its text (it shows something other than what vcm wrote).
    if isinstance(value, str):
        return (unescaped(value) if "_x" in value else value) if value.strip() else None
    if value is not None and not isinstance(value, int | float | dt.date):
        return str(value)
    return value


def _text(value: Any) -> str:
    # A cell's value as text: a name typed as 2024 is the name "2024".
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, str) else str(value)
