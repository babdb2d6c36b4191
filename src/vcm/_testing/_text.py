"""Awkward but valid text, ids, numbers and dates: the raw material of every strategy."""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, timedelta
from typing import TypeVar

from hypothesis import strategies as st

__all__ = ["days_after", "days_before", "identifiers", "numbers", "optional", "texts"]

T = TypeVar("T")

# What readers and writers get wrong: markup, formula prefixes, words YAML reads as
# something else, Dutch diacritics (including the ĳ ligature), emoji with joiners.
_AWKWARD_TEXTS = (
    "& < > \" '",
    "<b>vet</b> & 'enkel' \"dubbel\"",
    "Zorg met 💙 en een 🙂",
    "👩🏽‍⚕️ wijkverpleegkundige",
    "café, ideeën, geïnteresseerd, reünie",
    "ĳverig in IJmuiden",
    "=SUM(A1:A3)",
    "=1+1",
    "+31 20 123 4567",
    "-5 graden",
    "@wijkteam",
    "yes",
    "no",
    "on",
    "off",
    "true",
    "False",
    "null",
    "Null",
    "~",
    "1e3",
    "0x1F",
    "012",
    ".inf",
    "-.nan",
    "2026-01-01",
    "12:30",
    "- a",
    "a: b",
    "#x",
    "! tag",
    "&anchor",
    "*alias",
    "%YAML 1.2",
    "---",
    "...",
    "[a, b]",
    "{a: b}",
    "|",
    ">",
    "tab\there",
    "regel een\nregel twee",
    "ends with a newline\n",
    "\nstarts with a newline",
    " leading and trailing spaces ",
    "\u00a0non-breaking space",
    "back\\slash and \\n that is not a newline",
    "\u2028line separator",
)

_FRAGMENTS = (
    "=",
    "+",
    "-",
    "@",
    "&",
    "<",
    ">",
    '"',
    "'",
    "é",
    "ë",
    "ï",
    "ĳ",
    "🙂",
    "\t",
    "\n",
    ": ",
    " #",
    "yes",
    "null",
    "~",
    "cliënt",
    "zorg",
    "client",
)

_AWKWARD_IDS = (
    "a.b-c_1",
    "p-001",
    "district-north",
    "wijkteam-noord",
    "één",
    "ĳs",
    "🙂",
    "yes",
    "no",
    "null",
    "~",
    "1e3",
    "007",
    "1",
    "2026-01-01",
    "true",
    "-",
    "a:b",
    "#x",
    "=x",
    "+x",
    "@x",
    "x/y",
    "[x]",
    "O'Brien",
    '"q"',
    "&amp;",
    "<id>",
)

# A curated alphabet rather than all of unicode: drawing from a few ranges is many times
# faster, and these cover what breaks readers and writers: ASCII punctuation, Latin with
# diacritics (ĳ included), Greek, Cyrillic, right-to-left scripts, general punctuation
# (zero-width joiner, line separator), CJK and emoji beyond the basic plane. Control
# characters other than tab and newline are refused by the model, surrogates cannot be
# encoded, and unassigned code points (U+FFFE, U+FFFF) are not valid XML.
_RANGES = (
    (0x20, 0x7E),
    (0xA0, 0x24F),
    (0x300, 0x36F),
    (0x391, 0x3C9),
    (0x410, 0x44F),
    (0x5D0, 0x5EA),
    (0x621, 0x64A),
    (0x2000, 0x2064),
    (0x20AC, 0x20AC),
    (0x2100, 0x214F),
    (0x3041, 0x3096),
    (0x4E00, 0x4E3F),
    (0xFEFF, 0xFEFF),
    (0x1F300, 0x1F320),
    (0x1F600, 0x1F64F),
    (0x1F9D1, 0x1F9DD),
)
_CHARACTERS = "".join(
    ch
    for low, high in _RANGES
    for ch in map(chr, range(low, high + 1))
    if unicodedata.category(ch) not in ("Cc", "Cs", "Cn")
)
_TEXT_ALPHABET = st.characters(
    codec="utf-8", categories=(), include_characters=_CHARACTERS + "\t\n"
)
_ID_ALPHABET = st.characters(
    codec="utf-8",
    categories=(),
    include_characters="".join(ch for ch in _CHARACTERS if not ch.isspace()),
)
_WHITESPACE = re.compile(r"\s")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _is_text(value: str) -> bool:
    return bool(value.strip()) and not _CONTROL.search(value)


def _is_identifier(value: str) -> bool:
    return bool(value) and not _WHITESPACE.search(value) and not _CONTROL.search(value)


@functools.lru_cache(maxsize=64)  # bounded: keyed by arguments a caller chooses
def texts(*, max_size: int = 300) -> st.SearchStrategy[str]:
    """Text the model accepts and readers and writers tend to get wrong.

    Never blank and without control characters other than tab and newline; includes
    ``& < > " '``, emoji, Dutch diacritics, a leading ``=``, ``+``, ``-`` or ``@``, words
    YAML would read as something else, and (when ``max_size`` allows) strings of a few
    hundred characters. Other characters come from a curated alphabet of Latin, Greek,
    Cyrillic, Hebrew, Arabic, CJK, general punctuation (line separator, zero-width joiner)
    and emoji; unassigned code points such as U+FFFE, which no XML file can hold, are left
    out although the model accepts them.
    """
    if max_size < 1:
        raise ValueError(f"max_size must be 1 or more, not {max_size}")
    plain = st.text(_TEXT_ALPHABET, min_size=1, max_size=min(max_size, 24))
    composed = st.lists(st.sampled_from(_FRAGMENTS) | plain, min_size=1, max_size=6).map(
        lambda parts: "".join(parts)[:max_size]
    )
    choices = [
        st.sampled_from([t for t in _AWKWARD_TEXTS if len(t) <= max_size] or ["x"]),
        composed,
        plain,
    ]
    if max_size >= 100:
        choices.append(st.text(_TEXT_ALPHABET, min_size=100, max_size=max_size))
    return st.one_of(choices).filter(_is_text)


@functools.lru_cache(maxsize=64)  # bounded: keyed by arguments a caller chooses
def identifiers(*, max_size: int = 24) -> st.SearchStrategy[str]:
    """Ids the model accepts: non-empty, no whitespace, no control characters.

    Includes unicode, punctuation such as ``a.b-c_1`` and words YAML would read as a
    number, a boolean, a date or null.
    """
    if max_size < 1:
        raise ValueError(f"max_size must be 1 or more, not {max_size}")
    return st.one_of(
        st.sampled_from([i for i in _AWKWARD_IDS if len(i) <= max_size] or ["x"]),
        st.from_regex(r"[a-z][a-z0-9]{0,6}([-_.][a-z0-9]{1,6}){0,2}", fullmatch=True).filter(
            lambda i: len(i) <= max_size
        ),
        st.text(_ID_ALPHABET, min_size=1, max_size=max_size),
    ).filter(_is_identifier)


@functools.lru_cache(maxsize=64)  # bounded: keyed by arguments a caller chooses
def numbers() -> st.SearchStrategy[int | float]:
    """Finite numbers of a modest size, whole and fractional."""
    return st.one_of(
        st.integers(-1000, 100_000),
        st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    )


@functools.lru_cache(maxsize=64)  # bounded: keyed by arguments a caller chooses
def optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    """Absent (None) or a value of ``strategy``."""
    return st.none() | strategy


def days_before(day: date, low: int, high: int) -> st.SearchStrategy[date]:
    """Dates ``low`` to ``high`` days before ``day`` (negative numbers: after it)."""
    return st.integers(low, high).map(lambda offset: day - timedelta(days=offset))


def days_after(day: date, low: int, high: int) -> st.SearchStrategy[date]:
    """Dates ``low`` to ``high`` days after ``day``."""
    return st.integers(low, high).map(lambda offset: day + timedelta(days=offset))
