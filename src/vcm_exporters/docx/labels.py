"""The words of the report in the reader's language: headings, column heads and vocabularies.

Model text is never translated; only what the report itself says. The words are the
``report`` group of the language table (:func:`vcm.vocabulary.words`). Dates and numbers
are written the way a reader of the language expects (``29 November 2026`` / ``29 november
2026``, ``93.5`` / ``93,5``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from vcm.model import Language
from vcm.vocabulary import ReportWords, language_of, words

__all__ = ["EN", "NL", "Labels", "labels_for"]


@attrs.frozen(kw_only=True)
class Labels(ReportWords):
    """Every word the report writes itself, in one language (``labels.tvb``)."""

    language: Language

    def date(self, day: dt.date) -> str:
        """A date as a reader of this language writes it: ``29 November 2026``."""
        return words(self.language).date(day)

    def number(self, value: float) -> str:
        """A number without a needless ``.0``, with this language's decimal separator."""
        return words(self.language).number(value)

    def word(self, value: str) -> str:
        """An enum value (``on_track``, ``delegated``, ``warning``) in this language."""
        return words(self.language).word(value)


def _labels(language: Language) -> Labels:
    fields: dict[str, Any] = attrs.asdict(words(language).report, recurse=False)
    return Labels(language=language, **fields)


# A StrEnum member hashes like its value, so "nl" and Language.NL find the same labels.
_BY_LANGUAGE: Mapping[str, Labels] = {language: _labels(language) for language in Language}
EN = _BY_LANGUAGE[Language.EN]
NL = _BY_LANGUAGE[Language.NL]


def labels_for(language: Language | str) -> Labels:
    """The labels of ``language``; English for a language vcm has no words in."""
    return _BY_LANGUAGE[language_of(language)]
