"""Errors in the reader's language: a reason vcm wrote in English, said in another language.

Every reason of the reader and of the model's validators is a template of the ``errors``
group of the language table. The English template is also the pattern that recognises a
reason, so a translation is one more column of the table, never code. A reason no template
fits (a parser's own words, a plugin's) stays as written.
"""

from __future__ import annotations

import copy
import functools
import re
import string
from collections.abc import Mapping

import attrs

from vcm._words import Words, language_of, words
from vcm.model import Language, VcmError

__all__ = ["document_language", "in_language", "text_language", "translate"]

# ``language: nl`` in YAML, ``"language": "nl"`` in JSON, on a line of its own.
_LANGUAGE_LINE = re.compile(
    r"""^[ \t]*["']?language["']?[ \t]*:[ \t]*["']?([A-Za-z]{2})["']?[ \t]*,?[ \t]*$""", re.M
)

_HINTS = ("hint_quotes", "hint_did_you_mean", "hint_expected")
_PLACE = ("line", "at")

Patterns = dict[str, re.Pattern[str]]


def _pattern(template: str, *, at_end: bool = False) -> re.Pattern[str]:
    parts = []
    for literal, field, _, _ in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if field:
            parts.append(f"(?P<{field}>.+?)")
    return re.compile("".join(parts) + ("$" if at_end else ""), re.S)


@functools.cache
def _english() -> tuple[Patterns, Patterns, Patterns]:
    templates: Mapping[str, str] = attrs.asdict(words(Language.EN).errors)
    hints = {name: _pattern(templates[name], at_end=True) for name in _HINTS}
    found = {name: _pattern(text) for name, text in templates.items() if name[:6] == "found_"}
    reasons = {
        name: _pattern(text)
        for name, text in templates.items()
        if not name.startswith(("found_", "hint_")) and name not in _PLACE
    }
    return hints, found, reasons


def _said(name: str, groups: Mapping[str, str], column: Words) -> str:
    return str(getattr(column.errors, name)).format_map(groups)


def _found(text: str, column: Words) -> str:
    for name, pattern in _english()[1].items():
        fits = pattern.fullmatch(text)
        if fits is not None:
            return _said(name, fits.groupdict(), column)
    return text


def translate(reason: str, language: Language | str) -> str:
    """``reason`` (English, as vcm writes it) in ``language``; as written if no template fits."""
    column = words(language)
    if column.language is Language.EN:
        return reason
    hints, _, reasons = _english()
    main, tail = reason, ""
    for name, pattern in hints.items():
        hint = pattern.search(reason)
        if hint is not None:
            main, tail = reason[: hint.start()], _said(name, hint.groupdict(), column)
            break
    for name, pattern in reasons.items():
        fits = pattern.fullmatch(main)
        if fits is not None:
            groups = {
                key: _found(value, column) if key == "found" else value
                for key, value in fits.groupdict().items()
            }
            return _said(name, groups, column) + tail
    return reason


def in_language(error: VcmError, language: Language | str) -> VcmError:
    """A copy of ``error`` that says its reason and place in ``language``.

    The English reason stays at hand (``english_reason``), so the copy can be said again in
    another language.
    """
    column = words(language)
    english: str = getattr(error, "english_reason", error.reason)
    said = copy.copy(error)
    said.reason = translate(english, column.language)
    said.args = (said.reason,)
    said.english_reason = english  # type: ignore[attr-defined]
    said.place_words = (column.errors.line, column.errors.at)
    return said


def document_language(document: object) -> Language | None:
    """The ``organisation.language`` of a file tree, where it can be read; else None."""
    if not isinstance(document, Mapping):
        return None
    header = document.get("organisation")
    if not isinstance(header, Mapping):
        return None
    written = header.get("language")
    if not isinstance(written, str):
        return None
    member = language_of(written.strip().lower())
    return member if member.value == written.strip().lower() else None


def text_language(text: str) -> Language | None:
    """The language a document's text names (``language: nl``), for errors before it is read."""
    found = _LANGUAGE_LINE.search(text, 0, 1 << 16)
    if found is None:
        return None
    written = found.group(1).lower()
    member = language_of(written)
    return member if member.value == written else None
