"""The parts of a workbook package, read straight from their XML, each in one pass.

openpyxl's read-only mode parses every sheet once on opening when the sheet does not state
its size (vcm's and openpyxl's own workbooks do not), builds an element tree and a cell
object for every cell, and parses the data validations and tables of a sheet each time it is
iterated. The importer needs only the values, so it reads the parts itself with expat: the
sheet names and their parts, the shared strings, the cell styles that are dates, and each
sheet's rows as lists of plain values, given the way openpyxl gives them:

- a number as an ``int``, or a ``float`` when written with a point or an exponent;
- a number in a date style as a ``datetime`` (openpyxl's date styles and conversion);
- a boolean as a ``bool``; a shared or inline string as written (``_xHHHH_`` not decoded);
- a formula as a :class:`Formula`, an error value (``#N/A``) as an :class:`ErrorValue`;
- an empty cell as ``None``.

A part that declares a document type or entities is refused (no spreadsheet program writes
one; it is how XML entity expansion attacks come).
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable, Iterator
from typing import IO, Any, Final, NoReturn
from xml.parsers import expat

import attrs
from openpyxl.formula.translate import Translator
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel, from_ISO8601

from vcm.errors import FileFormatError, LimitExceededError, VcmError

__all__ = ["ErrorValue", "Formula", "Parts"]

_MAIN: Final = "http://schemas.openxmlformats.org/spreadsheetml/2006/main "
_RELATIONSHIPS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships "
_PACKAGE: Final = "http://schemas.openxmlformats.org/package/2006/relationships "
_WORKBOOK: Final = "xl/workbook.xml"
_CHUNK: Final = 1 << 16

_C, _V, _F, _IS, _T, _R, _RPH, _ROW = (
    _MAIN + tag for tag in ("c", "v", "f", "is", "t", "r", "rPh", "row")
)
_SI = _MAIN + "si"


@attrs.frozen
class Formula:
    """A cell holding a formula; ``text`` starts with ``=``."""

    text: str

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class ErrorValue:
    """A cell holding an error value such as ``#N/A``."""

    text: str

    def __str__(self) -> str:
        return self.text


def _refuse_declarations(*_: Any) -> NoReturn:
    raise FileFormatError(
        "the workbook declares XML entities or a document type, which no spreadsheet "
        "program writes; it is refused"
    )


def _parser() -> Any:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse_declarations
    parser.EntityDeclHandler = _refuse_declarations
    parser.ExternalEntityRefHandler = _refuse_declarations
    return parser


def _parse(source: IO[bytes], parser: Any, each: Callable[[], Iterator[Any]]) -> Iterator[Any]:
    """Feed ``source`` to ``parser`` in chunks; after each, yield what ``each`` gives."""
    while chunk := source.read(_CHUNK):
        parser.Parse(chunk, False)
        yield from each()
    parser.Parse(b"", True)
    yield from each()


def _nothing() -> Iterator[Any]:
    return iter(())


class _Texts:
    """The text of ``si`` or ``is`` elements: their ``t`` and their runs' ``t``, phonetic
    runs left out (what openpyxl's ``Text.content`` gives)."""

    def __init__(self, parser: Any) -> None:
        self.parts: list[str] = []
        self.buffer: list[str] = []
        self.phonetic = False
        self.collecting = False
        parser.CharacterDataHandler = self.data

    def data(self, text: str) -> None:
        if self.collecting:
            self.buffer.append(text)

    def start(self, tag: str) -> None:
        if tag == _T and not self.phonetic:
            self.collecting = True
            self.buffer.clear()
        elif tag == _RPH:
            self.phonetic = True

    def end(self, tag: str) -> None:
        if tag == _T and self.collecting:
            self.collecting = False
            self.parts.append("".join(self.buffer))
        elif tag == _RPH:
            self.phonetic = False

    def text(self) -> str:
        text = "".join(self.parts)
        self.parts.clear()
        return text


def _column(reference: str, cache: dict[str, int] = {}) -> int:  # noqa: B006 - a cache
    letters = reference.rstrip("0123456789")
    number = cache.get(letters)
    if number is None:
        number = 0
        for letter in letters.upper():
            number = number * 26 + ord(letter) - 64
        if len(cache) < 20_000:
            cache[letters] = number
    return number


class Parts:
    """A workbook package opened for reading: its sheets by name and their rows."""

    def __init__(self, package: zipfile.ZipFile) -> None:
        self.package = package
        names = set(package.namelist())
        self.epoch, sheets = self._workbook()
        targets = self._relationships("xl/_rels/workbook.xml.rels")
        self.sheets: dict[str, str] = {
            name: targets[ref] for name, ref in sheets if targets.get(ref) in names
        }
        """The part of each sheet, by the sheet's name, in workbook order."""
        self.strings = self._shared_strings() if "xl/sharedStrings.xml" in names else []
        self.memo: dict[str, str] = {}
        """One object for equal texts (an id or a name repeats on thousands of rows): a
        model read from a large workbook holds each text once, as the model written did."""
        self.dates, self.durations = (
            self._date_styles() if "xl/styles.xml" in names else (frozenset(), frozenset())
        )

    @property
    def sheetnames(self) -> list[str]:
        return list(self.sheets)

    def _read(self, part: str, start: Callable[[str, dict[str, str]], None]) -> None:
        parser = _parser()
        parser.StartElementHandler = start
        with self.package.open(part) as source:
            for _ in _parse(source, parser, _nothing):
                pass

    def _workbook(self) -> tuple[Any, list[tuple[str, str]]]:
        sheets: list[tuple[str, str]] = []
        epoch = [WINDOWS_EPOCH]

        def start(tag: str, attributes: dict[str, str]) -> None:
            if tag == _MAIN + "sheet":
                name = attributes.get("name", "")
                sheets.append((name, attributes.get(_RELATIONSHIPS + "id", "")))
            elif tag == _MAIN + "workbookPr" and attributes.get("date1904", "") in ("1", "true"):
                epoch[0] = MAC_EPOCH

        self._read(_WORKBOOK, start)
        return epoch[0], sheets

    def _relationships(self, part: str) -> dict[str, str]:
        targets: dict[str, str] = {}
        if part not in self.package.namelist():
            return targets

        def start(tag: str, attributes: dict[str, str]) -> None:
            if tag == _PACKAGE + "Relationship" and attributes.get("TargetMode") != "External":
                target = attributes.get("Target", "")
                if target.startswith("/"):
                    target = target[1:]
                else:
                    target = posixpath.normpath(posixpath.join("xl", target))
                targets[attributes.get("Id", "")] = target

        self._read(part, start)
        return targets

    def _shared_strings(self) -> list[str]:
        strings: list[str] = []
        parser = _parser()
        texts = _Texts(parser)

        def start(tag: str, _: dict[str, str]) -> None:
            texts.start(tag)

        def end(tag: str) -> None:
            if tag == _SI:
                strings.append(texts.text())
            else:
                texts.end(tag)

        parser.StartElementHandler = start
        parser.EndElementHandler = end
        with self.package.open("xl/sharedStrings.xml") as source:
            for _ in _parse(source, parser, _nothing):
                pass
        return strings

    def _date_styles(self) -> tuple[frozenset[int], frozenset[int]]:
        custom: dict[int, str] = {}
        styles: list[int] = []
        inside = [False]

        def start(tag: str, attributes: dict[str, str]) -> None:
            if tag == _MAIN + "numFmt":
                custom[int(attributes.get("numFmtId", "0"))] = attributes.get("formatCode", "")
            elif tag == _MAIN + "cellXfs":
                inside[0] = True
            elif tag == _MAIN + "xf" and inside[0]:
                styles.append(int(attributes.get("numFmtId", "0")))

        parser = _parser()
        parser.StartElementHandler = start
        parser.EndElementHandler = lambda tag: (
            inside.__setitem__(0, False) if tag == _MAIN + "cellXfs" else None
        )
        with self.package.open("xl/styles.xml") as source:
            for _ in _parse(source, parser, _nothing):
                pass
        dates, durations = set(), set()
        for style, number_format in enumerate(styles):
            code = custom.get(number_format, BUILTIN_FORMATS.get(number_format))
            if code is not None and is_date_format(code):
                dates.add(style)
                if is_timedelta_format(code):
                    durations.add(style)
        return frozenset(dates), frozenset(durations)

    def rows(self, name: str, *, columns: int, max_rows: int) -> Iterator[tuple[int, list[Any]]]:
        """The rows of the sheet ``name`` that hold cells, numbered, with the values of
        their first ``columns`` cells (a list no longer than its last cell)."""
        try:
            with self.package.open(self.sheets[name]) as source:
                yield from _SheetReader(self, name, columns, max_rows).rows(source)
        except VcmError:
            raise
        except (expat.ExpatError, ValueError, IndexError) as error:
            raise FileFormatError(
                f"the sheet {name!r} cannot be read, its XML is broken: {error}"
            ) from error


class _SheetReader:
    """The expat handlers for one sheet: they collect its rows as lists of values."""

    def __init__(self, parts: Parts, name: str, columns: int, max_rows: int) -> None:
        self.parts = parts
        self.name = name
        self.width = columns
        self.max_rows = max_rows
        self.done: list[tuple[int, list[Any]]] = []
        self.row: list[Any] = []
        self.number = 0
        self.column = 0
        self.kind = "n"
        self.style = 0
        self.reference: str | None = None
        self.value: str | None = None
        self.formula: tuple[str, dict[str, str]] | None = None
        self.inline = False
        self.collecting = False
        self.buffer: list[str] = []
        self.shared: dict[str, Translator] = {}
        self.memo = parts.memo
        self.parser = _parser()
        self.texts = _Texts(self.parser)
        self.parser.CharacterDataHandler = self.data
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end

    def rows(self, source: IO[bytes]) -> Iterator[tuple[int, list[Any]]]:
        yield from _parse(source, self.parser, self.flush)

    def flush(self) -> Iterator[tuple[int, list[Any]]]:
        done, self.done = self.done, []
        return iter(done)

    def data(self, text: str) -> None:
        if self.collecting:
            self.buffer.append(text)
        elif self.inline:
            self.texts.data(text)

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == _C:
            reference = attributes.get("r")
            self.reference = reference
            self.column = _column(reference) if reference else self.column + 1
            self.kind = attributes.get("t", "n")
            style = attributes.get("s")
            self.style = int(style) if style else 0
            self.value = None
            self.formula = None
        elif tag in (_V, _F):
            self.collecting = True
            self.buffer.clear()
            if tag == _F:
                self.formula = ("", attributes)
        elif tag == _ROW:
            number = attributes.get("r")
            self.number = int(number) if number else self.number + 1
            if self.number > self.max_rows:
                raise LimitExceededError(
                    f"the sheet {self.name!r} has more than {self.max_rows:,} rows"
                )
            self.row = []
            self.column = 0
        elif tag == _IS:
            self.inline = True
            self.texts.parts.clear()
        elif self.inline:
            self.texts.start(tag)

    def end(self, tag: str) -> None:
        if tag == _C:
            if not 0 < self.column <= self.width:
                return
            value = self.cell()
            if value is None:
                return
            row = self.row
            missing = self.column - 1 - len(row)
            if missing >= 0:
                if missing:
                    row.extend([None] * missing)
                row.append(value)
            else:
                row[self.column - 1] = value
        elif tag == _V:
            self.collecting = False
            self.value = "".join(self.buffer)
        elif tag == _F:
            self.collecting = False
            assert self.formula is not None
            self.formula = ("".join(self.buffer), self.formula[1])
        elif tag == _ROW:
            self.done.append((self.number, self.row))
        elif tag == _IS:
            self.inline = False
            text = self.texts.text()
            self.value = self.memo.setdefault(text, text)
        elif self.inline:
            self.texts.end(tag)

    def cell(self) -> Any:
        """The value of the cell just read."""
        if self.formula is not None:
            return Formula(self.formula_text())
        value, kind = self.value, self.kind
        if kind == "inlineStr":
            return value
        if not value:
            return None
        if kind == "n":
            number: int | float = (
                float(value) if "." in value or "E" in value or "e" in value else int(value)
            )
            if self.style in self.parts.dates:
                try:
                    return from_excel(
                        number, self.parts.epoch, timedelta=self.style in self.parts.durations
                    )
                except (OverflowError, ValueError):
                    return ErrorValue("#VALUE!")
            return number
        if kind == "s":
            return self.parts.strings[int(value)]
        if kind == "b":
            return bool(int(value))
        if kind == "e":
            return ErrorValue(value)
        if kind == "d":
            return from_ISO8601(value)
        return value

    def formula_text(self) -> str:
        assert self.formula is not None
        text, attributes = self.formula
        formula = "=" + text
        if attributes.get("t") == "shared":
            index = attributes.get("si", "")
            reference = self.reference or f"{get_column_letter(self.column)}{self.number}"
            if index in self.shared:
                return str(self.shared[index].translate_formula(reference))
            if text:
                self.shared[index] = Translator(formula, reference)
        return formula
