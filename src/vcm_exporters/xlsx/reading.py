"""Reading a workbook vcm wrote back into an organisation: the xlsx importer's work.

The package is checked before anything is parsed (a zip, a workbook, within the limits, no
XML entity declarations), then each part is read in one pass (:mod:`vcm_exporters.xlsx.parts`,
values as openpyxl's read-only mode gives them, without its cell objects). The data sheets are read
through the same column lists the exporter writes them from
(:mod:`vcm_exporters.xlsx.columns`), by header, so a team may reorder columns; every
non-empty row is read, also rows typed below a table. The matrix of a task area is read from
its matrix sheet, the place a team edits it. Every problem is collected with its sheet and
cell and reported together, in the workbook's language.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import re
import zipfile
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from enum import Enum
from typing import IO, Any, Final, TypeVar
from xml.parsers import expat

import attrs
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel

from vcm import model
from vcm.errors import (
    FileFormatError,
    LimitExceededError,
    UnsupportedVersionError,
    VcmError,
    in_language,
)
from vcm.io import FORMAT_VERSION
from vcm_exporters.xlsx import display
from vcm_exporters.xlsx.cells import unescaped
from vcm_exporters.xlsx.columns import DataSheet, Field, Kind
from vcm_exporters.xlsx.labels import Labels, labels_for
from vcm_exporters.xlsx.parts import ErrorValue, Formula, Parts
from vcm_exporters.xlsx.sheets import data, people
from vcm_exporters.xlsx.sheets.data import ORGANISATION_FIELDS, BehaviourKind
from vcm_exporters.xlsx.sheets.matrix import FIRST_ROW, FIXED

__all__ = ["Limits", "WorkbookError", "read_workbook"]

_T = TypeVar("_T")
_ZIP_MAGIC: Final = b"PK\x03\x04"
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_DUTCH_DATE = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
_HEAD: Final = 1 << 16
_BOOLEAN_FORMULAS: Final = {"=TRUE()": True, "=FALSE()": False}
_TRUE = frozenset({"true", "waar", "yes", "ja", "1"})
_FALSE = frozenset({"false", "onwaar", "no", "nee", "0"})


@attrs.frozen(kw_only=True)
class Limits:
    """The bounds a workbook must stay within; beyond them it is refused before it is parsed.

    ``max_uncompressed``: the total size of the package's parts once unpacked (a zip bomb
    declares a small file that unpacks to gigabytes). ``max_rows`` and ``max_columns``: per
    sheet, Excel's own limits. ``max_problems``: how many problems one error lists.
    """

    max_uncompressed: int = 2 << 30
    max_rows: int = 1_048_576
    max_columns: int = 16_384
    max_problems: int = 100


DEFAULT_LIMITS: Final = Limits()


@attrs.frozen
class Problem:
    """One problem of a workbook: the cell (``'Beoordelingen'!D7``) and what is wrong there."""

    cell: str
    message: str

    def __str__(self) -> str:
        return f"{self.cell}: {self.message}"


class WorkbookError(FileFormatError):
    """A workbook with problems in its cells; ``problems`` lists each with its cell."""

    problems: tuple[Problem, ...] = ()


WorkbookError.__module__ = "vcm_exporters.xlsx"


def read_workbook(
    stream: IO[bytes], limits: Limits = DEFAULT_LIMITS
) -> tuple[model.Organisation, Mapping[str, str]]:
    """The organisation in a workbook vcm wrote, and where each element came from.

    The places map a model path (``task_areas[0].matrix[2]``) to its cell.
    """
    package = _open_package(stream, limits)
    try:
        reader = _Reader(Parts(package), limits)
        return reader.organisation(), reader.places
    except VcmError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        expat.ExpatError,
        EOFError,
        IndexError,
        KeyError,
        ValueError,
        OSError,
    ) as error:
        raise FileFormatError(
            f"the workbook cannot be read: {type(error).__name__}: {error}"
        ) from error
    finally:
        package.close()


# --- the package ----------------------------------------------------------------------


def _open_package(stream: IO[bytes], limits: Limits) -> zipfile.ZipFile:
    seekable = _seekable(stream)
    start = stream.tell() if seekable else 0
    head = stream.read(4)
    if head != _ZIP_MAGIC:
        raise FileFormatError(
            "this is not an Excel workbook (.xlsx): the file is not a zip package"
        )
    # A file is read where it is (not copied into memory); a stream that cannot seek is.
    if seekable:
        stream.seek(start)
        source: IO[bytes] = stream
    else:
        source = io.BytesIO(head + stream.read())
    try:
        package = zipfile.ZipFile(source)
        entries = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise FileFormatError(
            f"this is not an Excel workbook: a broken zip file ({error})"
        ) from None
    names = {entry.filename for entry in entries}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise FileFormatError(
            "this is a zip file, but not an Excel workbook (it has no xl/workbook.xml)"
        )
    total = sum(entry.file_size for entry in entries)
    if total > limits.max_uncompressed:
        raise LimitExceededError(
            f"the workbook unpacks to {total:,} bytes, more than the limit of "
            f"{limits.max_uncompressed:,} (a zip bomb?); pass a larger max_uncompressed "
            "to XlsxImporter to read it"
        )
    for entry in entries:
        if entry.filename.endswith((".xml", ".rels")):
            with package.open(entry) as part:
                opening = part.read(_HEAD)
            if b"<!DOCTYPE" in opening or b"<!ENTITY" in opening:
                raise FileFormatError(
                    f"the workbook's part {entry.filename} declares XML entities or a "
                    "document type, which no spreadsheet program writes; it is refused"
                )
    return package


def _seekable(stream: IO[bytes]) -> bool:
    try:
        return bool(stream.seekable())
    except (AttributeError, OSError, ValueError):
        return False


# --- cells ----------------------------------------------------------------------------


class _Skip(Exception):
    """A cell that could not be read; its problem is already noted."""


def _where(sheet: str, column: int, row: int) -> str:
    quoted = sheet.replace("'", "''")
    return f"'{quoted}'!{get_column_letter(column)}{row}"


@attrs.define
class _Row:
    """A row of a data sheet, read: its number, the values by key and the cell of each key."""

    sheet: str
    number: int
    values: dict[str, Any]
    columns: dict[str, int]
    broken: bool = False
    """A cell of the row could not be read (its problem is noted): build nothing from it."""

    def cell(self, key: str | None = None) -> str:
        column = self.columns.get(key, 1) if key is not None else 1
        return _where(self.sheet, column, self.number)

    def __getitem__(self, key: str) -> Any:
        return self.values.get(key)


class _Reader:
    def __init__(self, parts: Parts, limits: Limits) -> None:
        self.parts = parts
        self.limits = limits
        self.problems: list[Problem] = []
        self.places = _Places()
        self.names = set(parts.sheetnames)
        self.language, self.labels = self._language()
        self._enums: dict[type[Enum], dict[str, Any]] = {}
        self._dates: dict[dt.date, dt.date] = {}
        self.display = display.Watcher(self)

    # -- problems --

    def problem(self, cell: str | tuple[str, int, int], message: str) -> None:
        if not isinstance(cell, str):
            cell = _where(*cell)
        self.problems.append(Problem(cell, message))
        if len(self.problems) > self.limits.max_problems:
            self.fail()

    def fail(self) -> None:
        problems = self.problems[: self.limits.max_problems]
        label = self.labels
        if len(problems) == 1:
            reason = str(problems[0])
        else:
            lines = [label["problems_many"].format(count=len(problems))]
            lines += [f"  {problem}" for problem in problems]
            if len(self.problems) > len(problems):
                lines.append("  " + label["problems_more"].format(limit=len(problems)))
            reason = "\n".join(lines)
        error = WorkbookError(reason)
        error.problems = tuple(problems)
        raise error

    def refused(self, cell: str, error: VcmError) -> None:
        """A value the model refuses, at its cell: the model's reason (what it found and what
        it takes) in the workbook's language."""
        self.problem(cell, in_language(error, self.language).reason)

    def expected(self, cell: str | tuple[str, int, int], found: Any, expected: str) -> None:
        shown = repr(found) if isinstance(found, str) else str(found)
        self.problem(cell, self.labels["found_expected"].format(found=shown, expected=expected))

    # -- the workbook --

    def _language(self) -> tuple[model.Language, Labels]:
        for language in model.Language:
            labels = labels_for(language)
            name = labels["sheet.organisation"]
            if name in self.names:
                number, first = next(self.rows(name, columns=1), (0, []))
                if number == 1 and first and first[0] == labels["field"]:
                    return language, labels
        expected = " or ".join(
            repr(labels_for(language)["sheet.organisation"]) for language in model.Language
        )
        raise FileFormatError(
            f"this workbook was not made by vcm: it has no sheet {expected} "
            "with the organisation's fields"
        )

    def rows(self, name: str, *, columns: int | None = None) -> Iterator[tuple[int, list[Any]]]:
        """The rows of a sheet that hold values, numbered, each a list of the values of its
        first ``columns`` cells; bounded by the limits."""
        width = min(columns or self.limits.max_columns, self.limits.max_columns)
        return self.parts.rows(name, columns=width, max_rows=self.limits.max_rows)

    def value(self, sheet: str, column: int, row: int, values: Sequence[Any]) -> Any:
        """The value of a row's cell in ``column``; a formula or an error value is a problem."""
        value = values[column - 1] if column <= len(values) else None
        if isinstance(value, str):
            if not value.strip():
                return None
            return unescaped(value) if "_x" in value else value
        if isinstance(value, Formula):
            text = value.text.upper()
            if text in _BOOLEAN_FORMULAS:
                # LibreOffice saves TRUE and FALSE as these formulas.
                return _BOOLEAN_FORMULAS[text]
            self.problem(
                _where(sheet, column, row),
                self.labels["problem_formula"].format(found=value.text),
            )
            raise _Skip
        if isinstance(value, ErrorValue):
            self.problem(
                _where(sheet, column, row),
                self.labels["problem_error_value"].format(found=value.text),
            )
            raise _Skip
        return value

    def parse(self, field: Field, value: Any, where: str | tuple[str, int, int]) -> Any:
        """A typed value as the model wants it, or a problem."""
        kind = field.kind
        if value is None:
            if not field.optional:
                self.problem(
                    where,
                    self.labels["found_expected"].format(
                        found=self.labels["found_empty"], expected=self.labels["expected_value"]
                    ),
                )
                raise _Skip
            return () if kind is Kind.IDS else None
        label = self.labels
        if kind is Kind.TEXT:
            return _as_text(value)
        if kind is Kind.ID:
            return _as_text(value).strip()
        if kind is Kind.IDS:
            memo = self.parts.memo
            return tuple(memo.setdefault(part, part) for part in _as_text(value).split())
        typed = _TYPED.get(kind)
        if typed is not None:
            read, expected = typed
            found = read(value, self.language)
            if found is None:
                self.expected(where, value, label[expected])
                raise _Skip
            if kind is Kind.DATE:
                # One object for equal dates, as for texts (see Parts.memo).
                found = self._dates.setdefault(found, found)
            return found
        if kind is Kind.ENUM:
            assert field.enum is not None
            words = self.enum_words(field.enum)
            member = words.get(_as_text(value).strip().casefold())
            if member is None:
                listed = ", ".join(self.word(member) for member in field.enum)
                self.expected(where, value, label["expected_words"].format(words=listed))
                raise _Skip
            return member
        return value

    def word(self, member: Any) -> str:
        value = str(member.value)
        if value in set(BehaviourKind):
            return self.labels[f"kind_{value}"]
        return self.labels.word(value)

    def enum_words(self, enum: type[Enum]) -> dict[str, Any]:
        known = self._enums.get(enum)
        if known is None:
            known = {}
            for member in enum:
                value = str(member.value)
                spellings = {value, value.replace("_", " ")}
                for language in model.Language:
                    labels = labels_for(language)
                    if enum is BehaviourKind:
                        spellings.add(labels[f"kind_{value}"])
                    else:
                        spellings.add(labels.word(value))
                for spelling in spellings:
                    known.setdefault(spelling.casefold(), member)
            self._enums[enum] = known
        return known

    # -- data sheets --

    def table(self, sheet: DataSheet) -> Iterator[_Row]:
        """Every non-empty row of a data sheet, read through its columns, one at a time.

        The header is read (and its problems noted) at once; the rows as they are taken.
        """
        name = self.labels[f"sheet.{sheet.key}"]
        if name not in self.names:
            raise FileFormatError(
                f"this workbook was not made by vcm, or a sheet was renamed: "
                f"the sheet {name!r} is missing"
            )
        fields = sheet.fields
        rows = self.rows(name, columns=len(fields) + 20)
        first = next(rows, None)
        header: list[Any] = []
        if first is not None and first[0] == 1:
            header = first[1]
        elif first is not None:
            rows = itertools.chain((first,), rows)
        columns: dict[str, int] = {}
        by_title = {self.title(field): field for field in fields}
        for column, text in enumerate(header, 1):
            if text is None or (isinstance(text, str) and not text.strip()):
                continue
            title = str(text).strip()
            field = by_title.get(title)
            if field is None and isinstance(text, str):
                field = next(
                    (
                        f
                        for f in fields
                        if f.header is not None and title.startswith(self.labels[f.label or f.key])
                    ),
                    None,
                )
            if field is None:
                self.problem(
                    _where(name, column, 1),
                    self.labels["problem_unknown_column"].format(column=title),
                )
                continue
            columns[field.key] = column
        for field in fields:
            if field.key not in columns and not field.display:
                self.problem(
                    _where(name, 1, 1),
                    self.labels["problem_missing_column"].format(column=self.title(field)),
                )
        read = [
            (field, columns[field.key])
            for field in fields
            if field.key in columns and not field.display
        ]
        # Display cells are read as they stand, to be checked against their source.
        shown = [
            (field.key, columns[field.key])
            for field in fields
            if field.display and field.key in columns
        ]
        return self._rows(sheet, name, rows, read, columns, shown)

    def _rows(
        self,
        sheet: DataSheet,
        name: str,
        rows: Iterator[tuple[int, list[Any]]],
        read: list[tuple[Field, int]],
        columns: dict[str, int],
        shown: list[tuple[str, int]],
    ) -> Iterator[_Row]:
        watch = self.display.row
        for number, cells in rows:
            values: dict[str, Any] = {}
            raw: dict[str, Any] = {}
            for field, column in read:
                try:
                    raw[field.key] = self.value(name, column, number, cells)
                except _Skip:
                    raw[field.key] = _Skip
            if all(value is None for value in raw.values()):
                continue
            broken = False
            for field, column in read:
                value = raw[field.key]
                if value is _Skip:
                    broken = True
                    continue
                try:
                    values[field.key] = self.parse(field, value, (name, column, number))
                except _Skip:
                    broken = True
            row = _Row(name, number, values, columns, broken)
            watch(sheet, row, cells, shown)
            yield row

    def title(self, field: Field) -> str:
        return self.labels[field.label or field.key]

    # -- building the model --

    def make(self, row: _Row, kind: type[_T], path: str | None = None, **given: Any) -> _T:
        """The model object ``kind`` from a row: the row's values of the model's fields (an
        empty cell of a field whose default is not None leaves it out) and those ``given``.
        A value the model refuses is a problem at its cell."""
        if path is not None:
            self.places.add(path, row.cell())
        if row.broken:
            raise _Skip
        defaults = _defaults(kind)
        values = {
            key: value
            for key, value in row.values.items()
            if key in defaults and (value is not None or defaults[key] is None)
        }
        values.update(given)
        try:
            return kind(**values)
        except VcmError as error:
            key = re.split(r"[.\[]", error.path or "", maxsplit=1)[0] or None
            key = _COLUMN_OF_FIELD.get(key or "", key)
            self.refused(row.cell(key if key in row.columns else None), error)
            raise _Skip from None

    def owned(
        self,
        sheet: DataSheet,
        owner: str,
        known: Container[str],
        owners: str,
        kind: type | None = None,
    ) -> _Owned:
        """The rows of ``sheet`` by the id in their ``owner`` column (one of ``known``, the
        ids of the sheet ``owners``): as the model objects ``kind``, made as they are read
        (a large sheet is never held as rows), or as rows where ``kind`` is None."""
        found = _Owned(self.labels[f"sheet.{sheet.key}"])
        for row in self.table(sheet):
            key = row[owner]
            if key is None:
                continue
            if key not in known:
                self.orphan(row, owner, key, owners)
                continue
            if kind is None:
                item: Any = row
            else:
                try:
                    item = self.make(row, kind)
                except _Skip:
                    item = _Skip
            found.items[key].append((row.number, item))
        return found

    def attach(self, owned: _Owned, owner: str, path: str) -> tuple[Any, ...]:
        """The model objects of ``owner`` made by :meth:`owned`, placed at ``path``."""
        items = owned.items.get(owner, [])
        self.places.add_list(path, owned.sheet, [number for number, _ in items])
        built = tuple(item for _, item in items)
        if any(item is _Skip for item in built):
            raise _Skip
        return built

    def organisation(self) -> model.Organisation:
        fields: Any = self.organisation_fields()
        values = self.values_()
        scale = self.scale()
        competences = self.competences()
        areas = self.task_areas()
        staff = self.people()
        if self.problems:
            self.fail()
        try:
            purpose = model.Purpose(
                vision=fields.get("vision"),
                mission=fields.get("mission"),
                statement=fields.get("statement"),
            )
        except VcmError as error:
            where = self.places.get(f"purpose.{error.path}", self.organisation_cell())
            self.refused(where, error)
            self.fail()
            raise  # pragma: no cover - fail() raises
        extra = {} if scale is None else {"scale": scale}
        try:
            org = model.Organisation(
                id=fields.get("id"),
                name=fields.get("name"),
                language=fields.get("language"),
                purpose=purpose,
                values=values,
                competences=competences,
                task_areas=areas,
                people=staff,
                **extra,
            )
        except VcmError as error:
            key = re.split(r"[.\[]", error.path or "", maxsplit=1)[0]
            self.refused(self.places.get(key, self.organisation_cell()), error)
            self.fail()
            raise  # pragma: no cover - fail() raises
        self.display.check(org)
        if self.problems:
            self.fail()
        return org

    def organisation_cell(self) -> str:
        return _where(self.labels["sheet.organisation"], 2, 2)

    def organisation_fields(self) -> dict[str, Any]:
        name = self.labels["sheet.organisation"]
        keys = {self.labels[f"field.{key}"]: key for key in ORGANISATION_FIELDS}
        found: dict[str, Any] = {}
        for number, cells in self.rows(name, columns=2):
            if number == 1:
                continue
            try:
                label = self.value(name, 1, number, cells)
                value = self.value(name, 2, number, cells)
            except _Skip:
                continue
            if label is None and value is None:
                continue
            key = keys.get(str(label).strip()) if label is not None else None
            if key is None:
                self.problem(
                    _where(name, 1, number),
                    self.labels["problem_unknown_field"].format(found=label),
                )
                continue
            where = _where(name, 2, number)
            self.places.add(key if key in ("id", "name", "language") else f"purpose.{key}", where)
            if key == "vcm":
                version = _whole(value)
                if version is not None and version > FORMAT_VERSION:
                    raise UnsupportedVersionError(
                        f"this workbook was written by a newer vcm (format version {version}); "
                        f"this vcm reads version {FORMAT_VERSION}: upgrade vcm"
                    )
                if version is None:
                    self.expected(where, value, self.labels["expected_whole"])
                continue
            if key in ("id", "language"):
                found[key] = None if value is None else _as_text(value).strip()
            else:
                found[key] = None if value is None else _as_text(value)
        return found

    def values_(self) -> tuple[model.Value, ...]:
        rows = list(self.table(data.VALUES))
        self._value_names = {row["id"]: row for row in rows}
        texts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for _, behaviours in self.owned(
            data.VALUE_BEHAVIOURS, "value", self._value_names, "values"
        ).rows():
            for row in behaviours:
                kind, text = row["kind"], row["text"]
                if kind is not None and text is not None:
                    texts[row["value"]][kind.value].append(text)
        built = []
        for index, row in enumerate(rows):
            own = texts.get(row["id"], {})
            with contextlib.suppress(_Skip):
                built.append(
                    self.make(
                        row,
                        model.Value,
                        f"values[{index}]",
                        behaviours=tuple(own.get("behaviours", ())),
                        counter_behaviours=tuple(own.get("counter_behaviours", ())),
                    )
                )
        return tuple(built)

    def orphan(self, row: _Row, key: str, found: str, sheet: str) -> None:
        self.problem(
            row.cell(key),
            self.labels["problem_orphan"].format(found=found, sheet=self.labels[f"sheet.{sheet}"]),
        )

    def scale(self) -> model.Scale | None:
        rows = list(self.table(data.SCALE))
        levels = []
        for index, row in enumerate(rows):
            with contextlib.suppress(_Skip):
                levels.append(self.make(row, model.Level, f"scale[{index}]"))
        if not rows:
            return None
        try:
            return model.Scale(levels=tuple(levels))
        except VcmError as error:
            self.refused(rows[0].cell("level"), error)
            return None

    def competences(self) -> tuple[model.Competence, ...]:
        rows = list(self.table(data.COMPETENCES))
        self._competence_names = {row["id"]: row for row in rows}
        known = self._competence_names
        indicators: dict[str, list[tuple[_Row, list[str]]]] = defaultdict(list)
        for competence, own_rows in self.owned(
            data.INDICATORS, "competence", known, "competences"
        ).rows():
            own = indicators[competence]
            for row in own_rows:
                level, text, position = row["level"], row["behaviour"], row["position"]
                if level is None:
                    continue
                starts = (
                    not own
                    or own[-1][0]["level"] != level
                    or position == 1
                    or (position is None and text is None)
                )
                if starts:
                    own.append((row, []))
                if text is not None:
                    own[-1][1].append(text)
        references: dict[str, list[str]] = defaultdict(list)
        for competence, own_rows in self.owned(
            data.REFERENCES, "competence", known, "competences"
        ).rows():
            references[competence] += [
                row["reference"] for row in own_rows if row["reference"] is not None
            ]
        built = []
        for index, row in enumerate(rows):
            own_indicators = []
            path = f"competences[{index}]"
            for number, (indicator, texts) in enumerate(indicators.get(row["id"], ())):
                with contextlib.suppress(_Skip):
                    own_indicators.append(
                        self.make(
                            indicator,
                            model.Indicator,
                            f"{path}.indicators[{number}]",
                            behaviours=tuple(texts),
                        )
                    )
            with contextlib.suppress(_Skip):
                built.append(
                    self.make(
                        row,
                        model.Competence,
                        path,
                        indicators=tuple(own_indicators),
                        references=tuple(references.get(row["id"], ())),
                    )
                )
        return tuple(built)

    def task_areas(self) -> tuple[model.TaskArea, ...]:
        rows = list(self.table(data.TASK_AREAS))
        known = {row["id"] for row in rows}
        results = self.owned(data.RESULTS, "task_area", known, "task_areas", model.Result)
        responsibilities = self.owned(data.RESPONSIBILITIES, "task_area", known, "task_areas")
        rules = self.owned(data.MONITORING, "task_area", known, "task_areas")
        authorities = self.owned(
            data.AUTHORITIES,
            "responsibility",
            responsibilities.ids(),
            "responsibilities",
            model.Authority,
        )
        observations = self.owned(
            data.OBSERVATIONS, "rule", rules.ids(), "monitoring", model.Observation
        )

        def responsibility(row: _Row, path: str) -> model.Responsibility:
            own = self.attach(authorities, row["id"], f"{path}.authorities")
            return self.make(row, model.Responsibility, path, authorities=own)

        def rule(row: _Row, path: str) -> model.MonitoringRule:
            own = self.attach(observations, row["id"], f"{path}.observations")
            return self.make(row, model.MonitoringRule, path, observations=own)

        built = []
        for index, row in enumerate(rows):
            path = f"task_areas[{index}]"
            area = row["id"]
            with contextlib.suppress(_Skip):
                built.append(
                    self.make(
                        row,
                        model.TaskArea,
                        path,
                        results=self.attach(results, area, f"{path}.results"),
                        responsibilities=self.each(
                            responsibilities, area, f"{path}.responsibilities", responsibility
                        ),
                        matrix=self.matrix(row, path),
                        monitoring=self.each(rules, area, f"{path}.monitoring", rule),
                    )
                )
        return tuple(built)

    def each(
        self, owned: _Owned, owner: str, path: str, make: Callable[[_Row, str], Any]
    ) -> tuple[Any, ...]:
        """The rows of ``owner`` made into model objects by ``make``, at ``path``."""
        built = []
        failed = False
        for index, (_, row) in enumerate(owned.items.get(owner, ())):
            try:
                built.append(make(row, f"{path}[{index}]"))
            except _Skip:
                failed = True
        if failed:
            raise _Skip
        return tuple(built)

    # -- a matrix sheet --

    def matrix(self, area: _Row, path: str) -> tuple[model.Requirement, ...]:
        name = area["sheet"]
        if name is None:
            return ()
        if name not in self.names:
            self.problem(area.cell("sheet"), self.labels["problem_no_sheet"].format(sheet=name))
            raise _Skip
        label = self.labels
        stop = label["results_heading"]
        head: list[list[Any]] = [[] for _ in range(FIRST_ROW - 1)]
        rows = self.rows(name)
        for number, cells in rows:
            if number >= FIRST_ROW:
                rows = itertools.chain(((number, cells),), rows)
                break
            head[number - 1] = cells
        names, ids = head[2], head[3]
        order_column = None
        columns: list[tuple[int, str]] = []
        width = max(len(names), len(ids))
        for column in range(FIXED + 1, width + 1):
            value_name = names[column - 1] if column - 1 < len(names) else None
            value_id = ids[column - 1] if column - 1 < len(ids) else None
            if value_id is None and value_name == label["order"]:
                order_column = column
                continue
            if value_id is None:
                if value_name is not None:
                    self.problem(_where(name, column, 4), label["problem_no_value_id"])
                continue
            value_id = unescaped(str(value_id)).strip()
            columns.append((column, value_id))
        level_field = Field(key="level", width=0, get=_none, kind=Kind.LEVEL, optional=False)
        id_field = Field(key="competence", width=0, get=_none, kind=Kind.ID, optional=False)
        text_field = Field(key="text", width=0, get=_none, kind=Kind.TEXT)
        ids_field = Field(key="order", width=0, get=_none, kind=Kind.IDS)
        requirements: list[model.Requirement] = []
        failed = False
        last = max([FIXED, order_column or 0, *(column for column, _ in columns)])
        for number, cells in rows:
            cells = cells[:last]

            def raw(column: int, number: int = number, cells: Sequence[Any] = cells) -> Any:
                return self.value(name, column, number, cells)

            first = cells[0] if cells else None
            if isinstance(first, str) and first.strip() == stop:
                break
            try:
                cell_values = {column: raw(column) for column in range(1, last + 1)}
            except _Skip:
                failed = True
                continue
            if all(value is None for value in cell_values.values()):
                continue
            try:
                competence = self.parse(id_field, cell_values[1], _where(name, 1, number))
                level = self.parse(level_field, cell_values[3], _where(name, 3, number))
                order = (
                    self.parse(
                        ids_field, cell_values.get(order_column), _where(name, order_column, number)
                    )
                    if order_column
                    else ()
                )
                texts = {
                    value_id: self.parse(
                        text_field, cell_values[column], _where(name, column, number)
                    )
                    for column, value_id in columns
                }
            except _Skip:
                failed = True
                continue
            given = [value_id for value_id in order if texts.get(value_id) is not None]
            given += [
                value_id
                for _, value_id in columns
                if texts[value_id] is not None and value_id not in given
            ]
            row = _Row(name, number, {}, {"competence": 1, "level": 3})
            try:
                requirements.append(
                    self.make(
                        row,
                        model.Requirement,
                        f"{path}.matrix[{len(requirements)}]",
                        competence=competence,
                        level=level,
                        behaviours=tuple(
                            model.Behaviour(value=value_id, text=texts[value_id])
                            for value_id in given
                        ),
                    )
                )
            except (_Skip, VcmError):
                failed = True
        if failed:
            raise _Skip
        return tuple(requirements)

    # -- people --

    def people(self) -> tuple[model.Person, ...]:
        sheet = self.labels[f"sheet.{people.PEOPLE.key}"]
        if sheet not in self.names:
            return ()
        self.places.add("people", _where(sheet, 1, 1))
        rows = list(self.table(people.PEOPLE))
        known = {row["id"] for row in rows}
        assessments = self.owned(people.ASSESSMENTS, "person", known, "people", model.Assessment)
        actions = self.owned(people.DEVELOPMENT, "person", known, "people", model.DevelopmentAction)
        built = []
        for index, row in enumerate(rows):
            path = f"people[{index}]"
            with contextlib.suppress(_Skip):
                built.append(
                    self.make(
                        row,
                        model.Person,
                        path,
                        assessments=self.attach(assessments, row["id"], f"{path}.assessments"),
                        development=self.attach(actions, row["id"], f"{path}.development"),
                    )
                )
        return tuple(built)


# Model fields whose column has another key.
_COLUMN_OF_FIELD: Final[Mapping[str, str]] = {"text": "behaviour"}


def _defaults(kind: type, known: dict[type, dict[str, Any]] = {}) -> dict[str, Any]:  # noqa: B006
    """The fields of a model class and their defaults (``attrs.NOTHING`` where required)."""
    found = known.get(kind)
    if found is None:
        found = known[kind] = {field.name: field.default for field in attrs.fields(kind)}
    return found


@attrs.define
class _Owned:
    """What :meth:`_Reader.owned` read from a sheet: per owner's id, each row's number and
    its model object (``_Skip`` where it could not be made) or the row itself."""

    sheet: str
    items: defaultdict[str, list[tuple[int, Any]]] = attrs.field(factory=lambda: defaultdict(list))

    def ids(self) -> set[str]:
        """The ids of the rows (held as rows)."""
        return {item["id"] for own in self.items.values() for _, item in own}

    def rows(self) -> Iterator[tuple[str, list[_Row]]]:
        """The rows (held as rows) of each owner."""
        for owner, own in self.items.items():
            yield owner, [row for _, row in own]


class _Places(Mapping[str, str]):
    """Where each element of a model read from a workbook came from: a model path
    (``people[3].assessments[7]``) and its cell (``'Assessments'!A42``).

    Compact for a large model: a list of elements read from one sheet is kept as its row
    numbers; the cell is written out when it is asked for.
    """

    def __init__(self) -> None:
        self._cells: dict[str, str] = {}
        self._lists: dict[str, tuple[str, array[int]]] = {}

    def add(self, path: str, cell: str) -> None:
        self._cells[path] = cell

    def add_list(self, path: str, sheet: str, rows: Sequence[int]) -> None:
        if rows:
            self._lists[path] = (sheet, array("l", rows))

    def __getitem__(self, path: str) -> str:
        cell = self._cells.get(path)
        if cell is not None:
            return cell
        if path.endswith("]"):
            cut = path.rfind("[")
            found = self._lists.get(path[:cut])
            index = path[cut + 1 : -1]
            if found is not None and index.isdigit() and int(index) < len(found[1]):
                return _where(found[0], 1, found[1][int(index)])
        raise KeyError(path)

    def __iter__(self) -> Iterator[str]:
        yield from self._cells
        for path, (_, rows) in self._lists.items():
            for index in range(len(rows)):
                yield f"{path}[{index}]"

    def __len__(self) -> int:
        return len(self._cells) + sum(len(rows) for _, rows in self._lists.values())


def _none(_: Any) -> None:
    return None


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _whole(value: Any, _: model.Language | None = None) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[+-]?\d{1,15}", text):
            return int(text)
        if re.fullmatch(r"[+-]?\d{1,15}\.0*", text):
            return int(text.split(".")[0])
    return None


def _number(value: Any, _: model.Language | None = None) -> int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"[+-]?\d{1,15}", text):
            return int(text)
        if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?", text) and len(text) < 40:
            return float(text)
    return None


def _date(value: Any, language: model.Language) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and 61 <= value < 2958466:
        moment = from_excel(value)
        return moment.date() if isinstance(moment, dt.datetime) else None
    if isinstance(value, str):
        text = value.strip()
        try:
            if _ISO.fullmatch(text):
                return dt.date.fromisoformat(text)
            match = _DUTCH_DATE.fullmatch(text)
            if match and language == model.Language.NL:
                day, month, year = (int(part) for part in match.groups())
                return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def _flag(value: Any, _: model.Language | None = None) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    return None


# How a typed cell is read (None: it cannot be), and the label of what was expected.
_TYPED: Final[Mapping[Kind, tuple[Callable[[Any, model.Language], Any], str]]] = {
    Kind.LEVEL: (_whole, "expected_whole"),
    Kind.POSITION: (_whole, "expected_whole"),
    Kind.NUMBER: (_number, "expected_number"),
    Kind.DATE: (_date, "expected_date"),
    Kind.FLAG: (_flag, "expected_flag"),
}
