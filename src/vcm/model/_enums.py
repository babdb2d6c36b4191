"""The closed vocabularies of the method; their values are the words of the file format."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

__all__ = [
    "AuthorityKind",
    "CompetenceKind",
    "DevelopmentKind",
    "DevelopmentStatus",
    "Direction",
    "Frequency",
    "Language",
    "MonitoringKind",
    "ObservationStatus",
    "RuleStatus",
]


class Language(StrEnum):
    """Label language of exports and messages."""

    EN = "en"
    NL = "nl"


class CompetenceKind(StrEnum):
    """What sort of capability a competence is."""

    BEHAVIOURAL = "behavioural"
    PROFESSIONAL = "professional"
    ETHICAL = "ethical"


class AuthorityKind(StrEnum):
    """Delegated: comes with the responsibility. Mandated: acts for someone who keeps it."""

    DELEGATED = "delegated"
    MANDATED = "mandated"


class MonitoringKind(StrEnum):
    """Quantitative rules read numbers; qualitative rules read judged stories."""

    QUANTITATIVE = "quantitative"
    QUALITATIVE = "qualitative"


class Direction(StrEnum):
    """Which way of a quantitative indicator is better."""

    HIGHER = "higher"
    LOWER = "lower"


class Frequency(StrEnum):
    """How often a rule is read; sets the window after which it is overdue."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half-yearly"
    YEARLY = "yearly"

    @property
    def window_days(self) -> int:
        """Days an observation stays current (docs/checks.rst: 7, 31, 92, 183, 366)."""
        return _WINDOWS[self]


_WINDOWS = {
    Frequency.WEEKLY: 7,
    Frequency.MONTHLY: 31,
    Frequency.QUARTERLY: 92,
    Frequency.HALF_YEARLY: 183,
    Frequency.YEARLY: 366,
}


class ObservationStatus(StrEnum):
    """A judged reading of a qualitative rule."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


class DevelopmentKind(StrEnum):
    """How a development action closes a gap."""

    TRAINING = "training"
    COACHING = "coaching"
    INTERVISION = "intervision"
    ON_THE_JOB = "on_the_job"
    OTHER = "other"


class DevelopmentStatus(StrEnum):
    """Where a development action stands; planned and in_progress are open."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """Planned or in progress: still working on the gap."""
        return self in (DevelopmentStatus.PLANNED, DevelopmentStatus.IN_PROGRESS)


class RuleStatus(StrEnum):
    """Where a monitoring rule stands as of a date (docs/format.rst: status of a rule)."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    OVERDUE = "overdue"
    NO_DATA = "no_data"


FILE_ENUMS: Final = (
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
"""The vocabularies a model file holds, each read by its values (RuleStatus is the analyses')."""
