"""The data sheets described once: per sheet a list of columns, used to write and to read.

A :class:`Field` says everything about one column: its key, the label of its header, its
width, how to get its value from the row's model object, how to read a typed value back
(:class:`Kind`), and its dropdown. A :class:`DataSheet` is the table name, the fields, and
the model objects that become its rows. Column letters are computed from the position of
a field, never written by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any

import attrs
from openpyxl.utils import get_column_letter

if TYPE_CHECKING:
    from vcm_exporters.xlsx.context import Context
    from vcm_exporters.xlsx.tables import Choice

__all__ = ["DataSheet", "Field", "Kind"]


class Kind(StrEnum):
    """How a column's cells are read back."""

    ID = "id"
    """One id: text, surrounding spaces trimmed."""
    IDS = "ids"
    """Ids separated by spaces; empty is no ids."""
    TEXT = "text"
    """Text exactly as typed; empty is absent."""
    LEVEL = "level"
    """A whole number (``3`` or ``3.0``)."""
    POSITION = "position"
    """A list item's position (``#``): a whole number."""
    NUMBER = "number"
    """A number, whole or not."""
    DATE = "date"
    """An Excel date or date-time (time dropped), or a date written as text."""
    FLAG = "flag"
    """TRUE or FALSE."""
    ENUM = "enum"
    """One word of the field's enum, in either language or as the file format writes it."""
    DERIVED = "derived"
    """Shown for the reader (a name beside an id, a status); checked, not read as a fact."""


@attrs.frozen(kw_only=True)
class Field:
    """One column of a data sheet."""

    key: str
    """The column's key; also the key of its header label unless ``label`` says otherwise."""
    width: float
    get: Callable[[Any], Any]
    """The cell's value from the row's model object (see :attr:`DataSheet.rows`)."""
    kind: Kind
    enum: type[Enum] | None = None
    """The enum of an :attr:`Kind.ENUM` column."""
    choice: Callable[[Context], Choice | None] | None = None
    """The column's dropdown, if it has one."""
    label: str | None = None
    header: Callable[[Context], str] | None = None
    """A header that is more than a label (the status column names its date)."""
    optional: bool = True
    """Whether an empty cell is allowed (an absent optional value)."""
    names: str | None = None
    """For a name shown beside an id: the kind of id (``competences``, ``people``, ``rules``);
    ``get`` then gives the id and the cell shows its name."""
    source: str | None = None
    """For a name shown beside an id: the key of the id's column (the name's source)."""

    @property
    def display(self) -> bool:
        """Whether the column is shown for reading only (the importer ignores it)."""
        return self.kind is Kind.DERIVED

    def getter(self, ctx: Context) -> Callable[[Any], Any]:
        """How to get the cell's value from a row's model object in this export."""
        get = self.get
        if self.names is not None:
            names = ctx.names(self.names)
            return lambda item: names.get(get(item))
        if self.kind is Kind.ENUM or self.key in ("status", "severity"):
            word = ctx.word
            return lambda item: None if (value := get(item)) is None else word(value)
        return get

    def title(self, ctx: Context) -> str:
        """The header in the workbook's language."""
        if self.header is not None:
            return self.header(ctx)
        return ctx.labels[self.label or self.key]


@attrs.frozen(kw_only=True)
class DataSheet:
    """A data sheet: one Excel table named ``table`` with ``fields`` as its columns."""

    key: str
    """The sheet's key (its name is the label ``sheet.<key>``)."""
    table: str
    fields: tuple[Field, ...]
    rows: Callable[[Context], Iterable[Any]]
    """The model objects of the rows, in order; each field gets its value from one."""
    derived: bool = False
    """Wholly derived from the other sheets: protected, and not read back."""

    def letter(self, key: str) -> str:
        """The column letter of the field ``key``."""
        for number, field in enumerate(self.fields, 1):
            if field.key == key:
                return str(get_column_letter(number))
        raise KeyError(key)

    def values(self, ctx: Context) -> Iterable[Sequence[Any]]:
        """The rows' cell values, in column order."""
        getters = [field.getter(ctx) for field in self.fields]
        for item in self.rows(ctx):
            yield [get(item) for get in getters]
