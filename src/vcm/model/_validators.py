"""Local invariants as attrs validators: a model object that exists satisfies them."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any, Final, NoReturn

import attrs

from vcm.model._errors import InvalidModelError

# Tab and newline are text; every other C0/C1 control character (and DEL) is refused so
# that no exporter has to guess what a stray \x0b or \x1b means in a cell or a paragraph.
# Lone surrogates and the non-characters U+FFFE/U+FFFF are refused too: XML (xlsx, docx)
# cannot hold them and UTF-8 cannot encode a surrogate, so a dump or export would fail.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_UNWRITABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")
_WHITESPACE = re.compile(r"\s")
# One search for the common case (valid text, valid id); the detailed ones run on failure.
_ANY_BAD_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_ANY_BAD_IN_ID = re.compile("[\\s\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

LARGEST_WHOLE: Final = 2**53
"""The largest whole number a model may hold (and its negative); larger ones are refused.

A spreadsheet, JavaScript and every JSON reader that holds numbers as 64-bit floats count whole
numbers exactly up to 2**53 = 9,007,199,254,740,992; a larger one reads back as a neighbour.
"""


def too_large(shown: str) -> str:
    return (
        f"{shown} is too large: a whole number may be at most {LARGEST_WHOLE:,} (2**53) "
        "either side of 0, the most a spreadsheet or a JSON reader holds exactly"
    )


def whole_problem(value: int) -> str | None:
    """Why the whole number ``value`` is refused, if it is (it is never written out in full)."""
    if -LARGEST_WHOLE <= value <= LARGEST_WHOLE:
        return None
    if value.bit_length() <= 64:
        return too_large(str(value))
    digits = int(value.bit_length() * 0.30103) + 1  # log10(2): one off at most
    return too_large(f"a whole number of about {digits:,} digits")


def _fail(attribute: attrs.Attribute[Any], reason: str, index: int | None = None) -> NoReturn:
    path = attribute.name if index is None else f"{attribute.name}[{index}]"
    raise InvalidModelError(reason, path=path)


def _text_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be text, not {type(value).__name__}"
    if not value or value.isspace():
        return "must not be blank"
    if _ANY_BAD_IN_TEXT.search(value) is None:
        return None
    match = _CONTROL.search(value)
    if match:
        return (
            f"contains the control character {match.group()!r} (only tab and newline are allowed)"
        )
    match = _UNWRITABLE.search(value)
    if match:
        return f"contains U+{ord(match.group()):04X}, which no model file or export can hold"
    return None


def _single(problem_of: Callable[[object], str | None]) -> Validator:
    """A value ``problem_of`` finds no problem with."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        problem = problem_of(value)
        if problem:
            _fail(attribute, problem)

    return check


text = _single(_text_problem)
"""Required text: a non-blank string without control characters."""


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Optional text: absent (None) or like :func:`text`.

    Blank is refused rather than kept apart from absent: an empty Excel cell cannot tell
    the two apart, and the round trip through a workbook must be lossless.
    """
    # Straight to the check, not through text(): this runs for every optional field loaded.
    if value is not None:
        problem = _text_problem(value)
        if problem:
            _fail(attribute, problem)


def _each(problem_of: Callable[[object], str | None]) -> Validator:
    """A tuple each of whose items ``problem_of`` finds no problem with."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            _fail(attribute, f"must be a tuple, not {type(value).__name__}")
        for index, item in enumerate(value):
            problem = problem_of(item)
            if problem:
                _fail(attribute, problem, index)

    return check


texts = _each(_text_problem)
"""A tuple of texts, each like :func:`text`."""


def _identifier_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be an id (text), not {type(value).__name__}"
    if not value:
        return "must not be empty"
    if _ANY_BAD_IN_ID.search(value) is None:
        return None
    if _CONTROL.search(value) or _UNWRITABLE.search(value):
        return "an id must not contain control characters or unwritable characters"
    if _WHITESPACE.search(value):
        return f"an id must not contain whitespace: {value!r}"
    return None


identifier = _single(_identifier_problem)
"""An id: non-empty text without whitespace or control characters."""


identifiers = _each(_identifier_problem)
"""A tuple of ids (references); duplicates are a model-wide finding, not refused here."""


def level(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A level on a scale: a whole number from 1 to :data:`LARGEST_WHOLE`."""
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(attribute, f"must be a whole number, not {type(value).__name__}")
    elif not -LARGEST_WHOLE <= value <= LARGEST_WHOLE:
        _fail(attribute, whole_problem(value) or "")
    elif value < 1:
        _fail(attribute, f"must be 1 or more, not {value}")


def _optional(check: Validator) -> Validator:
    """Absent (None) or what ``check`` accepts."""

    def optional(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check(instance, attribute, value)

    return optional


optional_level = _optional(level)
"""Absent (None) or like :func:`level`."""


def number(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A finite number (int or float; bool, NaN, infinity and ints beyond 2**53 refused)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        _fail(attribute, f"must be a number, not {type(value).__name__}")
    elif isinstance(value, float):
        if not math.isfinite(value):
            _fail(attribute, f"must be a finite number, not {value}")
    elif not -LARGEST_WHOLE <= value <= LARGEST_WHOLE:
        _fail(attribute, whole_problem(value) or "")


optional_number = _optional(number)
"""Absent (None) or like :func:`number`."""


def day(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A calendar date (a datetime is refused: the model has no time of day)."""
    if not isinstance(value, date) or isinstance(value, datetime):
        _fail(attribute, f"must be a date, not {type(value).__name__}")


optional_day = _optional(day)
"""Absent (None) or like :func:`day`."""


def choice(enum: type[Enum]) -> Validator:
    """One member of ``enum``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum):
            known = ", ".join(str(member.value) for member in enum)
            _fail(attribute, f"must be one of {known}, not {value!r}")

    return check


def optional_choice(enum: type[Enum]) -> Validator:
    """Absent (None) or one member of ``enum``."""
    return _optional(choice(enum))


def tuple_of(kind: type) -> Validator:
    """A tuple whose items are all instances of ``kind``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            _fail(attribute, f"must be a tuple, not {type(value).__name__}")
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                _fail(attribute, f"must be a {kind.__name__}, not {type(item).__name__}", index)

    return check


def instance_of(kind: type) -> Validator:
    """An instance of ``kind``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            _fail(attribute, f"must be a {kind.__name__}, not {type(value).__name__}")

    return check


def flag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A bool (not 0 or 1)."""
    if not isinstance(value, bool):
        _fail(attribute, f"must be true or false, not {value!r}")
