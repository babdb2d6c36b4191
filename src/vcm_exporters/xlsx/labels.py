"""The words of the workbook in the reader's language: sheet names, column heads, vocabularies.

Model text is never translated. The words are the ``workbook`` group of the language table
(:func:`vcm.vocabulary.words`); a key is the group's field (``sheet_values``, ``id``), and
``sheet.values`` reads the same field. Enum values in the data sheets stay the words of the
file format (``delegated``, ``monthly``); only the matrix sheets and the overview say them
in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from vcm.model import Language
from vcm.vocabulary import Words, language_of, lookup, words

__all__ = ["Labels", "labels_for"]


class Labels:
    """The workbook's words in one language: ``labels["sheet.values"]``, ``labels.word(x)``."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.words: Words = words(language)

    def __getitem__(self, key: str) -> str:
        return lookup(self.words.workbook, key)

    def texts(self) -> Mapping[str, str]:
        """Every word of the workbook by its key (``sheet_values``): for reading headers back."""
        return MappingProxyType(attrs.asdict(self.words.workbook))

    def word(self, value: str) -> str:
        """An enum value (``on_track``, ``monthly``) as the reader says it."""
        return self.words.word(value)


def labels_for(language: Language | str) -> Labels:
    """The labels of ``language``; English for a language vcm has no words in."""
    return Labels(language_of(language))
