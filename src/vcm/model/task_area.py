"""A task area and what it holds: results, TVB, its values-competence matrix and monitoring."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from vcm.model import _convert as c
from vcm.model import _validators as v
from vcm.model._enums import (
    AuthorityKind,
    Direction,
    Frequency,
    MonitoringKind,
    ObservationStatus,
    RuleStatus,
)
from vcm.model._errors import InvalidModelError

__all__ = [
    "Authority",
    "Behaviour",
    "MonitoringRule",
    "Observation",
    "Requirement",
    "Responsibility",
    "Result",
    "TaskArea",
]


@attrs.frozen(kw_only=True)
class Result:
    """An outcome a named client needs (resultaat), traced to the values it serves."""

    id: str = attrs.field(converter=c.to_text, validator=v.identifier)
    name: str = attrs.field(converter=c.to_text, validator=v.text)
    client: str = attrs.field(converter=c.to_text, validator=v.text)
    description: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )
    values: tuple[str, ...] = attrs.field(default=(), converter=c.as_texts, validator=v.identifiers)


@attrs.frozen(kw_only=True)
class Authority:
    """What the group may decide or do (bevoegdheid), within a limit, escalating beyond it."""

    description: str = attrs.field(converter=c.to_text, validator=v.text)
    kind: AuthorityKind = attrs.field(
        converter=c.to_authority_kind, validator=v.choice(AuthorityKind)
    )
    limit: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )
    escalate_to: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )


@attrs.frozen(kw_only=True)
class Responsibility:
    """What the group must deliver and answers for (verantwoordelijkheid), with its authorities."""

    id: str = attrs.field(converter=c.to_text, validator=v.identifier)
    description: str = attrs.field(converter=c.to_text, validator=v.text)
    results: tuple[str, ...] = attrs.field(
        default=(), converter=c.as_texts, validator=v.identifiers
    )
    competences: tuple[str, ...] = attrs.field(
        default=(), converter=c.as_texts, validator=v.identifiers
    )
    authorities: tuple[Authority, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(Authority)
    )


@attrs.frozen(kw_only=True)
class Behaviour:
    """How one competence shows one value in a task area: a cell of the matrix."""

    value: str = attrs.field(converter=c.to_text, validator=v.identifier)
    text: str = attrs.field(converter=c.to_text, validator=v.text)


@attrs.frozen(kw_only=True)
class Requirement:
    """A row of the values-competence matrix: a competence at a required level."""

    competence: str = attrs.field(converter=c.to_text, validator=v.identifier)
    level: int = attrs.field(converter=c.to_level, validator=v.level)
    behaviours: tuple[Behaviour, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(Behaviour)
    )

    def behaviour_for(self, value_id: str) -> str | None:
        """The behaviour written for ``value_id`` in this row, if any."""
        for behaviour in self.behaviours:
            if behaviour.value == value_id:
                return behaviour.text
        return None


def _one_reading(instance: Any, attribute: Any, status: Any) -> None:
    if (instance.value is None) == (status is None):
        raise InvalidModelError(
            "an observation holds either a value (quantitative) or a status (qualitative)",
            path="value" if instance.value is None else "status",
        )


@attrs.frozen(kw_only=True)
class Observation:
    """One dated reading of a monitoring rule: a number, or a judged status."""

    date: dt.date = attrs.field(converter=c.to_day, validator=v.day)
    value: int | float | None = attrs.field(
        default=None, converter=c.to_number, validator=v.optional_number
    )
    status: ObservationStatus | None = attrs.field(
        default=None,
        converter=c.to_observation_status,
        validator=[v.optional_choice(ObservationStatus), _one_reading],
    )
    note: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )


@attrs.frozen(kw_only=True)
class MonitoringRule:
    """How results are watched (bewakingsregel): quantitative or qualitative readings."""

    id: str = attrs.field(converter=c.to_text, validator=v.identifier)
    results: tuple[str, ...] = attrs.field(
        default=(), converter=c.as_texts, validator=v.identifiers
    )
    kind: MonitoringKind = attrs.field(
        converter=c.to_monitoring_kind, validator=v.choice(MonitoringKind)
    )
    indicator: str = attrs.field(converter=c.to_text, validator=v.text)
    method: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )
    frequency: Frequency = attrs.field(converter=c.to_frequency, validator=v.choice(Frequency))
    owner: str = attrs.field(converter=c.to_text, validator=v.text)
    unit: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )
    direction: Direction | None = attrs.field(
        default=None, converter=c.to_direction, validator=v.optional_choice(Direction)
    )
    target: int | float | None = attrs.field(
        default=None, converter=c.to_number, validator=v.optional_number
    )
    threshold: int | float | None = attrs.field(
        default=None, converter=c.to_number, validator=v.optional_number
    )
    response: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )
    observations: tuple[Observation, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(Observation)
    )

    def fits(self, observation: Observation) -> bool:
        """Whether the observation is the kind of reading this rule takes (VCM104 otherwise)."""
        if self.kind is MonitoringKind.QUANTITATIVE:
            return observation.value is not None
        return observation.status is not None

    def latest_observation(self, as_of: dt.date | None = None) -> Observation | None:
        """The latest fitting observation on or before ``as_of``; on a tie the last listed."""
        latest: Observation | None = None
        for observation in self.observations:
            if as_of is not None and observation.date > as_of:
                continue
            if not self.fits(observation):
                continue
            if latest is None or observation.date >= latest.date:
                latest = observation
        return latest

    def status(self, as_of: dt.date) -> tuple[RuleStatus, Observation | None]:
        """The rule's status as of a date and the observation that decides it.

        The latest fitting observation on or before ``as_of`` decides; none ever is
        ``no_data``, none within the frequency window is ``overdue``. Quantitative readings
        are judged against target and threshold in the rule's direction (higher when not
        given); without a threshold there is no at-risk band; without a target a number
        cannot be judged and the status is ``no_data``.
        """
        latest = self.latest_observation(as_of)
        if latest is None:
            return RuleStatus.NO_DATA, None
        if (as_of - latest.date).days > self.frequency.window_days:
            return RuleStatus.OVERDUE, latest
        if latest.status is not None:
            return RuleStatus(latest.status.value), latest
        if latest.value is None or self.target is None:
            return RuleStatus.NO_DATA, latest
        threshold = self.target if self.threshold is None else self.threshold
        # Mirror a lower-is-better rule so one comparison serves both directions.
        sign = -1 if self.direction is Direction.LOWER else 1
        value, target, threshold = sign * latest.value, sign * self.target, sign * threshold
        if value >= target:
            return RuleStatus.ON_TRACK, latest
        if value >= threshold:
            return RuleStatus.AT_RISK, latest
        return RuleStatus.OFF_TRACK, latest


@attrs.frozen(kw_only=True)
class TaskArea:
    """A group of employees with a common area of work (taakgebied) and its own matrix."""

    id: str = attrs.field(converter=c.to_text, validator=v.identifier)
    name: str = attrs.field(converter=c.to_text, validator=v.text)
    description: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )
    results: tuple[Result, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(Result)
    )
    responsibilities: tuple[Responsibility, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(Responsibility)
    )
    matrix: tuple[Requirement, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(Requirement)
    )
    monitoring: tuple[MonitoringRule, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(MonitoringRule)
    )

    def requirement(self, competence_id: str) -> Requirement | None:
        """The matrix row of ``competence_id`` (the first, should there be two)."""
        for row in self.matrix:
            if row.competence == competence_id:
                return row
        return None
