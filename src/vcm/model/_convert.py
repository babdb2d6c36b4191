"""Lenient converters for programmatic construction: lists become tuples, known words enums.

Anything they cannot convert is passed on unchanged so that the validator names the field.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

from vcm.model._enums import (
    AuthorityKind,
    CompetenceKind,
    DevelopmentKind,
    DevelopmentStatus,
    Direction,
    Frequency,
    Language,
    MonitoringKind,
    ObservationStatus,
)

E = TypeVar("E", bound=Enum)


def as_tuple(value: Any) -> Any:
    """A list becomes a tuple; anything else is left for the validator to judge."""
    return tuple(value) if isinstance(value, list) else value


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
    return to_enum(Language, value)


def to_competence_kind(value: Any) -> Any:
    """A converter to :class:`~vcm.model.CompetenceKind`."""
    return to_enum(CompetenceKind, value)


def to_authority_kind(value: Any) -> Any:
    """A converter to :class:`~vcm.model.AuthorityKind`."""
    return to_enum(AuthorityKind, value)


def to_monitoring_kind(value: Any) -> Any:
    """A converter to :class:`~vcm.model.MonitoringKind`."""
    return to_enum(MonitoringKind, value)


def to_frequency(value: Any) -> Any:
    """A converter to :class:`~vcm.model.Frequency`."""
    return to_enum(Frequency, value)


def to_direction(value: Any) -> Any:
    """A converter to :class:`~vcm.model.Direction` (None stays None)."""
    return to_enum(Direction, value)


def to_observation_status(value: Any) -> Any:
    """A converter to :class:`~vcm.model.ObservationStatus` (None stays None)."""
    return to_enum(ObservationStatus, value)


def to_development_kind(value: Any) -> Any:
    """A converter to :class:`~vcm.model.DevelopmentKind`."""
    return to_enum(DevelopmentKind, value)


def to_development_status(value: Any) -> Any:
    """A converter to :class:`~vcm.model.DevelopmentStatus`."""
    return to_enum(DevelopmentStatus, value)
