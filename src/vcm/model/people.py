"""Employees, their assessed levels and their development plans (POP).

This is personal data: exporters leave it out unless asked to include people.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from vcm.model import _convert as c
from vcm.model import _validators as v
from vcm.model._enums import DevelopmentKind, DevelopmentStatus
from vcm.model._errors import InvalidModelError

__all__ = ["Assessment", "DevelopmentAction", "Person"]


def _level_or_unobservable(instance: Any, attribute: Any, observable: Any) -> None:
    v.flag(instance, attribute, observable)
    if observable and instance.level is None:
        raise InvalidModelError(
            "an assessment needs a level, or observable: false when it could not be observed",
            path="level",
        )
    if not observable and instance.level is not None:
        raise InvalidModelError(
            "an assessment that could not be observed has no level", path="level"
        )


def _valid_from_date(instance: Any, attribute: Any, valid_until: Any) -> None:
    v.optional_day(instance, attribute, valid_until)
    if valid_until is not None and valid_until < instance.date:
        raise InvalidModelError(
            f"an assessment cannot be valid until {valid_until.isoformat()},"
            f" before its own date {instance.date.isoformat()}",
            path="valid_until",
        )


@attrs.frozen(kw_only=True)
class Assessment:
    """A dated level of one competence of one person (or: could not be observed).

    ``valid_until`` (a certificate, a legally required training) is the last day the
    assessment holds: judged as of a later date, the person's level on the competence is
    unknown again (see :mod:`vcm.model.reading`).
    """

    competence: str = attrs.field(converter=c.to_text, validator=v.identifier)
    level: int | None = attrs.field(
        default=None, converter=c.to_optional_level, validator=v.optional_level
    )
    observable: bool = attrs.field(default=True, validator=_level_or_unobservable)
    date: dt.date = attrs.field(converter=c.to_day, validator=v.day)
    valid_until: dt.date | None = attrs.field(
        default=None, converter=c.to_optional_day, validator=_valid_from_date
    )
    assessor: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )
    evidence: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )


@attrs.frozen(kw_only=True)
class DevelopmentAction:
    """Training, coaching, intervision or work on the job to close a gap (ontwikkelactie)."""

    competence: str = attrs.field(converter=c.to_text, validator=v.identifier)
    kind: DevelopmentKind = attrs.field(
        converter=c.to_development_kind, validator=v.choice(DevelopmentKind)
    )
    description: str = attrs.field(converter=c.to_text, validator=v.text)
    target_level: int | None = attrs.field(
        default=None, converter=c.to_optional_level, validator=v.optional_level
    )
    due: dt.date | None = attrs.field(
        default=None, converter=c.to_optional_day, validator=v.optional_day
    )
    status: DevelopmentStatus = attrs.field(
        default=DevelopmentStatus.PLANNED,
        converter=c.to_development_status,
        validator=v.choice(DevelopmentStatus),
    )


@attrs.frozen(kw_only=True)
class Person:
    """An employee (medewerker), member of one or more task areas."""

    id: str = attrs.field(converter=c.to_text, validator=v.identifier)
    name: str = attrs.field(converter=c.to_text, validator=v.text)
    task_areas: tuple[str, ...] = attrs.field(
        default=(), converter=c.as_texts, validator=v.identifiers
    )
    assessments: tuple[Assessment, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(Assessment)
    )
    development: tuple[DevelopmentAction, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(DevelopmentAction)
    )
