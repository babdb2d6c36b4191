"""One language's words: the row type of the language table (see :mod:`vcm._words`)."""

from __future__ import annotations

import datetime as dt
from enum import Enum

import attrs

from vcm._words import _groups
from vcm.model import Language

__all__ = ["Months", "Words", "field_name", "lookup"]

Months = tuple[str, str, str, str, str, str, str, str, str, str, str, str]
"""The twelve month names, January first (mypy counts them)."""


def field_name(key: str) -> str:
    """The field of a group that holds ``key``: ``half-yearly`` → ``half_yearly``,
    ``sheet.values`` → ``sheet_values``, ``VCM100.id`` → ``vcm100_id``."""
    return key.lower().replace(".", "_").replace("-", "_")


@attrs.frozen(kw_only=True)
class Words:
    """Every word vcm writes for people, in one language: one column of the table.

    Model text (names, descriptions) is never translated; these are the words vcm itself
    says. Each group is a frozen class with one field per word, so a language that misses
    a word or misspells its name fails ``mypy --strict``.
    """

    language: Language
    months: Months
    date_pattern: str
    """How a date reads in a sentence: ``{day} {month} {year}`` → ``30 September 2026``."""
    decimal: str
    """The decimal separator: ``93.5`` / ``93,5``."""
    conjunction: str
    """The last link of a list: ``a, b and c``."""
    levels: str
    """A list of scale levels: ``levels {listed}``."""
    enums: _groups.EnumWords
    titles: _groups.CodeTitles
    messages: _groups.Messages
    kinds: _groups.Kinds
    cli: _groups.CliWords
    workbook: _groups.WorkbookWords
    report: _groups.ReportWords
    diff: _groups.DiffWords
    errors: _groups.ErrorWords

    def date(self, day: dt.date) -> str:
        """A date as a reader of this language writes it in a sentence: ``30 September 2026``."""
        month = self.months[day.month - 1]
        return self.date_pattern.format(day=day.day, month=month, year=day.year)

    def number(self, value: float) -> str:
        """A reading or a norm as people write it: ``95`` not ``95.0``; ``93,5`` in Dutch."""
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            value = int(value)
        text = str(value)
        return text if self.decimal == "." else text.replace(".", self.decimal)

    def word(self, value: str | Enum) -> str:
        """The word for an enum value (``on_track``, ``Frequency.MONTHLY``).

        A value without a word (a plugin's own) is shown as written, with spaces for
        underscores.
        """
        key = str(value.value) if isinstance(value, Enum) else str(value)
        found = getattr(self.enums, field_name(key), None)
        return found if isinstance(found, str) else key.replace("_", " ")

    def series(self, items: list[str]) -> str:
        """``a, b and c``."""
        if len(items) < 2:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.conjunction} {items[-1]}"


def lookup(group: object, key: str) -> str:
    """The word ``key`` of ``group`` (``sheet.values``, ``VCM100.id``); KeyError if none."""
    found = getattr(group, field_name(key), None)
    if not isinstance(found, str):
        raise KeyError(key)
    return found
