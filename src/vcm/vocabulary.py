"""The words people read, in every language vcm speaks: one table, one column per language.

The file format writes enum values in English snake case (``on_track``, ``half-yearly``);
people read them through :func:`word`. The CLI, the checks' messages and every exporter
take their words from :func:`words`, so a status is called the same in the terminal, the
workbook and the report, and a new language is one new column of the table (see the
contributor guide).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import Final, TypeVar

import attrs

from vcm._words import Words, _groups, language_of, lookup, words
from vcm._words._groups import *  # noqa: F403  (the word groups: _groups.__all__ lists them)
from vcm.model import Language

__all__ = [
    "WORDS",
    "Words",
    "date",
    "language_of",
    "lookup",
    "number",
    "read_words",
    "word",
    "words",
]
__all__ += _groups.__all__

WORDS: Final[Mapping[str, Mapping[Language, str]]] = MappingProxyType(
    {
        field.metadata.get("value", field.name): (
            MappingProxyType(
                {language: getattr(words(language).enums, field.name) for language in Language}
            )
        )
        for field in attrs.fields(type(words(Language.EN).enums))
    }
)
"""Every enum value with a word, as the file writes it, and its word per language:
``WORDS["on_track"][Language.NL]`` is ``"Op koers"``."""


def word(value: str | Enum, language: Language | str) -> str:
    """The word for an enum value (``on_track``, ``Frequency.MONTHLY``) in ``language``.

    English for a language vcm has no words in; a value without a word here is shown as
    written, with spaces for underscores.
    """
    return words(language).word(value)


def number(value: float, language: Language | str) -> str:
    """A reading or a norm as people write it: ``95`` not ``95.0``; ``93,5`` in Dutch."""
    return words(language).number(value)


def date(day: dt.date, language: Language | str) -> str:
    """A date in a sentence: ``30 September 2026``, ``30 september 2026``.

    Files, JSON, CSV and data cells keep ISO 8601 (``2026-09-30``).
    """
    return words(language).date(day)


E = TypeVar("E", bound=Enum)


def read_words(enum: type[E]) -> dict[str, E]:
    """The words a person may write for the members of ``enum`` in a file, besides its values.

    Each language's word in lower case, as :func:`word` writes it (``maandelijks``, ``in
    uitvoering``, ``op koers``, ``on track``): the YAML and JSON reader takes them for the
    member, and ``dump`` writes the file's own value again (``monthly``).
    """
    found: dict[str, E] = {}
    for language in Language:
        column = words(language)
        for member in enum:
            found.setdefault(column.word(member).lower(), member)
    return found
