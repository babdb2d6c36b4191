"""The method's reading rules, each written once: checks, analyses and exporters call these.

A model may say a thing twice (finding VCM100) or several times over time (assessments);
these small pure functions say which of them is the one read:

- of two objects with one id, the first is the one found (:func:`first_by_id`,
  :func:`unique_by_id`, :func:`first_positions`);
- of two matrix rows of one competence, the first is the row read (:func:`first_rows`,
  :func:`first_rows_at`, :func:`required_levels`);
- a person's level on a competence is that of the latest dated assessment, on a tie the one
  listed last; judged as of a date, assessments after it do not count
  (:func:`latest_assessments`); an assessment holds through its ``valid_until`` day, after
  which the level is unknown again (:func:`expired`, :func:`level_as_of`);
- a responsibility needs each competence it names once (:func:`needed_by`).

They read one list at a time (one task area's matrix, one person's assessments), so a
caller can look up per person or per task area without an index over the whole model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Iterator
from typing import Final, Protocol, TypeVar

from vcm.model.people import Assessment
from vcm.model.task_area import Requirement, Responsibility

__all__ = [
    "EXPIRY_NOTICE",
    "expired",
    "expiring",
    "first_by_id",
    "first_positions",
    "first_rows",
    "first_rows_at",
    "latest_assessments",
    "level_as_of",
    "needed_by",
    "required_levels",
    "unique_by_id",
]


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=_HasId)


def first_by_id(items: Iterable[_T], into: dict[str, _T] | None = None) -> dict[str, _T]:
    """The items by id; of two with one id (finding VCM100) the first is the one found.

    With ``into``, the items are added to that dictionary (ids already in it stay) and it
    is returned: several lists (the results of every task area) make one lookup.
    """
    found: dict[str, _T] = {} if into is None else into
    for item in items:
        found.setdefault(item.id, item)
    return found


def unique_by_id(items: Iterable[_T]) -> Iterator[_T]:
    """The items in order, each id once: the first of two with one id (VCM100 reports both)."""
    seen: set[str] = set()
    for item in items:
        if item.id not in seen:
            seen.add(item.id)
            yield item


def first_positions(keys: Iterable[Hashable]) -> frozenset[int]:
    """The positions at which a key (an id, a competence) occurs for the first time.

    Checks that are about an id rather than one object look at its first occurrence only,
    so a duplicate (VCM100) is reported once.
    """
    seen: set[Hashable] = set()
    first: set[int] = set()
    for position, key in enumerate(keys):
        if key not in seen:
            seen.add(key)
            first.add(position)
    return frozenset(first)


def first_rows(matrix: Iterable[Requirement]) -> dict[str, Requirement]:
    """A matrix's rows by competence, in order: the first row of a competence is the one read."""
    rows: dict[str, Requirement] = {}
    for row in matrix:
        rows.setdefault(row.competence, row)
    return rows


def first_rows_at(matrix: Iterable[Requirement]) -> dict[str, tuple[int, Requirement]]:
    """As :func:`first_rows`, with each row's position in the matrix (for a finding's path)."""
    rows: dict[str, tuple[int, Requirement]] = {}
    for position, row in enumerate(matrix):
        rows.setdefault(row.competence, (position, row))
    return rows


def required_levels(matrix: Iterable[Requirement]) -> dict[str, int]:
    """The level a matrix requires per competence, in the order of the rows (first row wins)."""
    levels: dict[str, int] = {}
    for row in matrix:
        levels.setdefault(row.competence, row.level)
    return levels


def latest_assessments(
    assessments: Iterable[Assessment], as_of: dt.date | None = None
) -> dict[str, Assessment]:
    """One person's latest assessment per competence (observable or not).

    The latest date wins; of two on one date, the one listed last is the later word.
    Competences come in the order of their first assessment. With ``as_of`` the person is
    judged as of that date: assessments dated after it do not count (yet).
    """
    latest: dict[str, Assessment] = {}
    if as_of is None:
        for assessment in assessments:
            known = latest.get(assessment.competence)
            if known is None or assessment.date >= known.date:
                latest[assessment.competence] = assessment
        return latest
    for assessment in assessments:
        if assessment.date > as_of:
            continue
        known = latest.get(assessment.competence)
        if known is None or assessment.date >= known.date:
            latest[assessment.competence] = assessment
    return latest


EXPIRY_NOTICE: Final = dt.timedelta(days=90)
"""How far ahead an assessment's expiry is announced (finding VCM406)."""


def expired(assessment: Assessment, as_of: dt.date | None) -> bool:
    """Whether the assessment no longer holds as of ``as_of``: its ``valid_until`` has passed.

    An assessment holds through its ``valid_until`` day. Without ``as_of`` nothing expires.
    """
    return (
        as_of is not None and assessment.valid_until is not None and assessment.valid_until < as_of
    )


def expiring(assessment: Assessment, as_of: dt.date, within: dt.timedelta = EXPIRY_NOTICE) -> bool:
    """Whether the assessment still holds as of ``as_of`` but expires within ``within`` after it.

    With the default of 90 days: its last valid day is ``as_of`` or one of the 89 days after.
    """
    until = assessment.valid_until
    return until is not None and as_of <= until < as_of + within


def level_as_of(assessment: Assessment | None, as_of: dt.date | None = None) -> int | None:
    """The level an assessment gives as of ``as_of``: None when absent, not observable or expired.

    ``assessment`` is the person's latest one (:func:`latest_assessments`): an expired
    latest assessment leaves the level unknown; an older one does not count instead.
    """
    if assessment is None or expired(assessment, as_of):
        return None
    return assessment.level


def needed_by(responsibilities: Iterable[Responsibility]) -> dict[str, int]:
    """How many of the responsibilities need each competence.

    A responsibility naming a competence twice needs it once.
    """
    needs: dict[str, int] = {}
    for responsibility in responsibilities:
        for competence_id in dict.fromkeys(responsibility.competences):
            needs[competence_id] = needs.get(competence_id, 0) + 1
    return needs
