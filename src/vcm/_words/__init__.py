"""The language table: every word vcm writes for people, one column per language.

:func:`words` gives the column of a :class:`~vcm.model.Language`; the CLI, the checks, the
workbook and the report take their words from it (through :mod:`vcm.vocabulary`, the
public face). Adding a language is one new column (a module like :mod:`vcm._words.dutch`
holding one :class:`Words`), one :class:`~vcm.model.Language` member and one ``case``
below, which mypy asks for.
"""

from __future__ import annotations

from typing import assert_never

from vcm._words._table import Months, Words, field_name, lookup
from vcm._words.dutch import DUTCH
from vcm._words.english import ENGLISH
from vcm.model import Language

__all__ = [
    "Months",
    "Words",
    "field_name",
    "language_of",
    "lookup",
    "words",
]


def language_of(language: Language | str) -> Language:
    """``language`` as a member; English for a code vcm has no words in."""
    try:
        return Language(language)
    except ValueError:
        return Language.EN


def words(language: Language | str) -> Words:
    """The words of ``language`` (``Language.NL`` or ``"nl"``); English for an unknown code."""
    member = language_of(language)
    match member:
        case Language.EN:
            return ENGLISH
        case Language.NL:
            return DUTCH
        case _ as unreachable:
            assert_never(unreachable)
