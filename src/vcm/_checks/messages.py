"""Every message of the catalogue, in every language of :mod:`vcm.vocabulary`'s table.

A template (``Words.messages``) names its fields; :func:`say` fills them in every language.
A field that is a :class:`Text` (a kind of object, a status, a list) is itself in every
language; numbers get the language's decimal separator; dates are ISO 8601.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs

from vcm._words import Words, lookup, words
from vcm.model import Language

__all__ = ["LANGUAGES", "Text", "kind", "levels", "number", "say", "series"]

LANGUAGES: tuple[Words, ...] = tuple(words(language) for language in Language)
"""Every column of the language table, in the order of :class:`~vcm.model.Language`."""


@attrs.frozen
class Text:
    """A fragment of a message in every language: ``text[Language.NL]``."""

    by_language: Mapping[Language, str]

    @classmethod
    def each(cls, make: Callable[[Words], str]) -> Text:
        """The fragment ``make`` writes from each language's words."""
        return cls({column.language: make(column) for column in LANGUAGES})

    def __getitem__(self, language: Language) -> str:
        return self.by_language[language]

    @property
    def en(self) -> str:
        """The English text (the finding's ``message``)."""
        return self.by_language[Language.EN]

    @property
    def nl(self) -> str:
        """The Dutch text (the finding's ``message_nl``)."""
        return self.by_language[Language.NL]


def kind(word: str) -> Text:
    """A word of the model (``"task_area"``, ``"planned"``, ``"monthly"``) in every language.

    Kinds of objects and the fields of a rule come from ``Words.kinds``; enum words (a
    development status for VCM402, a frequency for VCM500) from ``Words.enums``, so a
    message says them as the exports do.
    """
    return Text.each(lambda column: _kind(column, word))


def _kind(column: Words, word: str) -> str:
    found = getattr(column.kinds, word, None)
    return found if isinstance(found, str) else column.word(word)


def number(value: float, unit: str | None = None) -> Text:
    """A number as people write it: ``93.5`` / ``93,5``, ``95`` not ``95.0``, unit after it."""
    if unit:
        return Text.each(lambda column: f"{column.number(value)} {unit}")
    return Text.each(lambda column: column.number(value))


def series(items: Sequence[Text]) -> Text:
    """``a, b and c`` / ``a, b en c``."""
    return Text.each(lambda column: column.series([item[column.language] for item in items]))


def levels(numbers: Iterable[int]) -> Text:
    """``levels 1, 2, 3, 4`` / ``niveaus 1, 2, 3, 4``."""
    listed = ", ".join(str(level) for level in numbers)
    return Text.each(lambda column: column.levels.format(listed=listed))


def _render(value: object, column: Words) -> str:
    if isinstance(value, Text):
        return value[column.language]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return column.number(value)
    return str(value)


def say(key: str, **fields: object) -> Text:
    """The template ``key`` (``"VCM100.id"``) filled in with ``fields``, in every language."""
    # Ids and levels, the common fields, read the same in every language.
    same = {
        name: value if isinstance(value, str) else str(value)
        for name, value in fields.items()
        if isinstance(value, str) or type(value) is int
    }
    texts: dict[Language, str] = {}
    for column in LANGUAGES:
        filled = dict(same)
        for name, value in fields.items():
            if name not in same:
                filled[name] = _render(value, column)
        texts[column.language] = lookup(column.messages, key).format_map(filled)
    return Text(texts)
