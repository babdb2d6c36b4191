"""Lenient converters for programmatic construction: lists become tuples, known words enums.

Values of other libraries become plain: whole numbers (``numbers.Integral``, numpy's and
pandas' included) become ``int``, other real numbers ``float``, ``date`` subclasses ``date``,
``str`` subclasses ``str``; so what a model object holds is always plain, and every writer
(YAML, JSON, xlsx, docx) can write it. Anything they cannot convert (a bool where a number
belongs, a datetime, a float as a level) is passed on unchanged so that the validator names
the field.
"""

from __future__ import annotations

import datetime as dt
import numbers
from enum import Enum
from typing import Any, SupportsFloat, SupportsIndex, TypeVar

from vcm.model import _enums

E = TypeVar("E", bound=Enum)


def as_tuple(value: Any) -> Any:
    """A list becomes a tuple; anything else is left for the validator to judge."""
    return tuple(value) if isinstance(value, list) else value


def _plain_text(value: Any) -> Any:
    # str.__str__, not str(): a subclass's own __str__ might say something else.
    return str.__str__(value) if isinstance(value, str) else value


def to_text(value: str) -> str:
    """Text as a plain ``str`` (a subclass, numpy's ``str_`` say, is copied)."""
    return value if type(value) is str else _plain_text(value)


def to_optional_text(value: str | None) -> str | None:
    """Like :func:`to_text`; None stays None."""
    return value if value is None or type(value) is str else _plain_text(value)


def as_texts(value: Any) -> Any:
    """A list or tuple of texts becomes a tuple of plain ``str`` (see :func:`to_text`)."""
    if not isinstance(value, list | tuple):
        return value
    for item in value:
        if type(item) is not str:
            return tuple([_plain_text(item) for item in value])
    return tuple(value)


def to_level(value: SupportsIndex) -> int:
    """A whole number (``numbers.Integral``, bool excepted) as a plain ``int``."""
    if type(value) is int or isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    return value  # type: ignore[return-value]


def to_optional_level(value: SupportsIndex | None) -> int | None:
    """Like :func:`to_level`; None stays None."""
    return None if value is None else to_level(value)


def to_number(value: SupportsFloat | None) -> int | float | None:
    """A whole number as a plain ``int``, any other real number as a plain ``float``.

    Bool is left for the validator to refuse; so are NaN and the infinities, as floats.
    """
    kind = type(value)
    if kind is int or kind is float or value is None or isinstance(value, bool):
        return value  # type: ignore[return-value]
    try:
        if isinstance(value, numbers.Integral):
            return int(value)
        if isinstance(value, numbers.Real):
            return float(value)
    except (ArithmeticError, TypeError, ValueError):  # a Fraction too large for a float
        pass
    return value  # type: ignore[return-value]


def to_day(value: dt.date) -> dt.date:
    """A date as a plain ``datetime.date`` (a datetime is left for the validator to refuse)."""
    if type(value) is dt.date or not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        return value
    return dt.date(value.year, value.month, value.day)


def to_optional_day(value: dt.date | None) -> dt.date | None:
    """Like :func:`to_day`; None stays None."""
    return None if value is None else to_day(value)


def to_enum(enum: type[E], value: Any) -> Any:
    """A known word (``"delegated"``) becomes its member; the rest is left for the validator."""
    if isinstance(value, str) and not isinstance(value, enum):
        try:
            return enum(value)
        except ValueError:
            return value
    return value


# Named converters, one per vocabulary: the attrs mypy plugin only understands named functions.
def to_language(value: Any) -> Any:
    """A converter to :class:`~vcm.model.Language`."""
    return to_enum(_enums.Language, value)


def to_competence_kind(value: Any) -> Any:
    """A converter to :class:`~vcm.model.CompetenceKind`."""
    return to_enum(_enums.CompetenceKind, value)


def to_authority_kind(value: Any) -> Any:
    """A converter to :class:`~vcm.model.AuthorityKind`."""
    return to_enum(_enums.AuthorityKind, value)


def to_monitoring_kind(value: Any) -> Any:
    """A converter to :class:`~vcm.model.MonitoringKind`."""
    return to_enum(_enums.MonitoringKind, value)


def to_frequency(value: Any) -> Any:
    """A converter to :class:`~vcm.model.Frequency`."""
    return to_enum(_enums.Frequency, value)


def to_direction(value: Any) -> Any:
    """A converter to :class:`~vcm.model.Direction` (None stays None)."""
    return to_enum(_enums.Direction, value)


def to_observation_status(value: Any) -> Any:
    """A converter to :class:`~vcm.model.ObservationStatus` (None stays None)."""
    return to_enum(_enums.ObservationStatus, value)


def to_development_kind(value: Any) -> Any:
    """A converter to :class:`~vcm.model.DevelopmentKind`."""
    return to_enum(_enums.DevelopmentKind, value)


def to_development_status(value: Any) -> Any:
    """A converter to :class:`~vcm.model.DevelopmentStatus`."""
    return to_enum(_enums.DevelopmentStatus, value)
