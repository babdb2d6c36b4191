"""Every message of the catalogue, in every language of the language table.

A template (``Words.messages``) names its fields; :func:`say` keeps the fields, and a
:class:`Text` is written for a :class:`Reader`: one language's words and, for people, the
organisation's :class:`~vcm._checks.places.Names`. Without names (the finding's ``message``
and ``message_nl``, JSON) a message names ids and writes ISO dates; with them it names
names and writes dates as the reader's language does (``30 september 2026``). Numbers get
the language's decimal separator either way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs

from vcm._checks.places import Names
from vcm._words import Words, language_of, lookup, words
from vcm.model import Language

__all__ = ["Reader", "Text", "joined", "kind", "levels", "number", "plain", "said", "say", "series"]


@attrs.frozen
class Reader:
    """Who reads a message: one language's words and, for a person, the names of the model."""

    words: Words
    names: Names | None = None


@attrs.frozen
class Text:
    """A fragment of a message, written for any reader: ``text.to(reader)``, ``text["nl"]``.

    Plain data (a form and its arguments), so a finding that keeps it still pickles. A
    message keeps its fields as the dict they came in (see :func:`said`), so it compares
    but does not hash.
    """

    form: str
    args: tuple[object, ...]

    def to(self, reader: Reader) -> str:
        """The fragment as ``reader`` reads it."""
        return _WRITERS[self.form](reader, *self.args)

    def __getitem__(self, language: Language | str) -> str:
        return self.to(_plain_reader(language))

    @property
    def en(self) -> str:
        """The English text without names (the finding's ``message``)."""
        return self[Language.EN]

    @property
    def nl(self) -> str:
        """The Dutch text without names (the finding's ``message_nl``)."""
        return self[Language.NL]


def kind(word: str) -> Text:
    """A word of the model (``"task_area"``, ``"planned"``, ``"monthly"``) in every language.

    Kinds of objects and the fields of a rule come from ``Words.kinds``; enum words (a
    development status for VCM402, a frequency for VCM500) from ``Words.enums``, so a
    message says them as the exports do.
    """
    return Text("kind", (word,))


def number(value: float, unit: str | None = None) -> Text:
    """A number as people write it: ``93.5`` / ``93,5``, ``95`` not ``95.0``, unit after it."""
    return Text("number", (value, unit))


def series(items: Sequence[Text]) -> Text:
    """``a, b and c`` / ``a, b en c``."""
    return Text("series", tuple(items))


def joined(items: Sequence[Text]) -> Text:
    """``a, b, c``: fragments listed with commas, in every language."""
    return Text("joined", tuple(items))


def levels(numbers: Iterable[int]) -> Text:
    """``levels 1, 2, 3, 4`` / ``niveaus 1, 2, 3, 4``."""
    return Text("levels", (", ".join(str(level) for level in numbers),))


def say(key: str, **fields: object) -> Text:
    """The template ``key`` (``"VCM100.id"``) with ``fields``, for any reader."""
    return said(key, fields)


def said(key: str, fields: dict[str, object]) -> Text:
    """:func:`say` for fields already in a dict of their own, which the text keeps as it is.

    ``check`` says this for every finding: no second dict, no tuple per field.
    """
    return Text("say", (key, fields))


def plain(key: str, fields: Mapping[str, object]) -> tuple[str, str]:
    """``say(key, **fields)`` without names in English and in Dutch: ``(text.en, text.nl)``.

    A finding's ``message`` and ``message_nl``, written faster, as ``check`` writes both for
    every finding: the fields that read the same in every language without names (ids,
    whole numbers, ISO dates; the cases of ``_write``) are written once, and the two
    templates of a key are looked up once per run of the interpreter.
    """
    pair = _PAIRS.get(key)
    if pair is None:
        english, dutch = _plain_reader(Language.EN), _plain_reader(Language.NL)
        pair = _PAIRS[key] = (
            english,
            dutch,
            _template(english.words, key),
            _template(dutch.words, key),
        )
    shared: dict[str, str] = {}
    differing: list[tuple[str, object]] = []
    for name, value in fields.items():
        if isinstance(value, str):
            shared[name] = value
        elif type(value) is int:
            shared[name] = str(value)
        elif isinstance(value, dt.date):
            shared[name] = value.isoformat()
        else:
            differing.append((name, value))
    english, dutch, in_english, in_dutch = pair
    if not differing:
        return in_english.format_map(shared), in_dutch.format_map(shared)
    for_english, for_dutch = dict(shared), shared
    for name, value in differing:
        for_english[name] = _write(value, english, name)
        for_dutch[name] = _write(value, dutch, name)
    return in_english.format_map(for_english), in_dutch.format_map(for_dutch)


_PAIRS: dict[str, tuple[Reader, Reader, str, str]] = {}
"""Per template key: the readers without names and the templates :func:`plain` writes."""


_PLAIN: dict[str, Reader] = {}
"""A reader without names per language, made once: a finding's messages are written for it."""


def _plain_reader(language: Language | str) -> Reader:
    found = _PLAIN.get(language)
    if found is None:
        # "en" finds Language.EN (a StrEnum); a code without words reads English, uncached.
        member = language_of(language)
        found = Reader(words(member))
        if member == language:
            _PLAIN[member] = found
    return found


_TEMPLATES: dict[tuple[Language, str], tuple[Words, str]] = {}
"""Each language's template per key, found once (kept with the words it was found in)."""


def _template(table: Words, key: str) -> str:
    cached = _TEMPLATES.get((table.language, key))
    if cached is not None and cached[0] is table:
        return cached[1]
    template = lookup(table.messages, key)
    _TEMPLATES[(table.language, key)] = (table, template)
    return template


def _kind(reader: Reader, word: object) -> str:
    found = getattr(reader.words.kinds, str(word), None)
    return found if isinstance(found, str) else reader.words.word(str(word))


def _number(reader: Reader, value: object, unit: object) -> str:
    written = reader.words.number(value)  # type: ignore[arg-type]
    return f"{written} {unit}" if unit else written


def _series(reader: Reader, *items: object) -> str:
    return reader.words.series([_write(item, reader, "") for item in items])


def _joined(reader: Reader, *items: object) -> str:
    return ", ".join(_write(item, reader, "") for item in items)


def _levels(reader: Reader, listed: object) -> str:
    return reader.words.levels.format(listed=listed)


def _write(value: object, reader: Reader, name: str) -> str:
    if isinstance(value, str):
        # Ids, the common fields, read the same in every language; a person reads names.
        names = reader.names
        if names is None:
            return value
        return names.place(value, reader.words) if name == "first" else names.field(name, value)
    if type(value) is int:
        return str(value)
    if isinstance(value, Text):
        return value.to(reader)
    if isinstance(value, dt.date):
        return value.isoformat() if reader.names is None else reader.words.date(value)
    if isinstance(value, float):
        return reader.words.number(value)
    return str(value)


def _say(reader: Reader, key: object, fields: object) -> str:
    filled = {name: _write(value, reader, name) for name, value in fields.items()}  # type: ignore[attr-defined]
    return _template(reader.words, str(key)).format_map(filled)


_WRITERS: dict[str, Callable[..., str]] = {
    "joined": _joined,
    "kind": _kind,
    "number": _number,
    "series": _series,
    "levels": _levels,
    "say": _say,
}
