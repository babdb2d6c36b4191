"""The management summary: per task area, what a management team or works council reads first.

Per task area: the monitoring rules by status (the traffic light), coverage of the required
competences now and projected, single-person dependencies, open and overdue development
actions; for the organisation, the findings by severity.

Counts about people are personal data in a small team: in a team of two, "one member
reaches the level" names a person to everyone who knows the team. So without
``include_people`` the counts about people of a task area are shown only when it has at
least ``min_group_size`` members; otherwise the area says so (:attr:`AreaSummary.shown`)
and holds no such counts. The rules' status concerns results, not people, and is always
shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from vcm._analysis._lookup import require_date
from vcm._analysis.coverage import coverage
from vcm.model import Organisation, RuleStatus

if TYPE_CHECKING:
    from vcm.checks import Finding

__all__ = [
    "DEFAULT_MIN_GROUP_SIZE",
    "AreaSummary",
    "CompetenceCover",
    "Summary",
    "area_of_path",
    "shareable",
    "summary",
]

DEFAULT_MIN_GROUP_SIZE = 5
"""The smallest team whose counts about people an export without people shows."""

#: The findings about people as a group: counts, naming nobody (VCM403 no member reaches a
#: level a responsibility needs, VCM404 a single-person dependency).
GROUP_CODES = frozenset({"VCM403", "VCM404"})


@attrs.frozen(kw_only=True)
class CompetenceCover:
    """How many members reach one required competence's level, now and projected."""

    competence: str
    required: int
    bench: int
    """Members assessed at or above ``required`` now."""
    projected: int
    """Members who reach it once their open development actions reach their target level."""
    projected_by: dt.date | None
    """The latest due date the projection counts on."""


@attrs.frozen(kw_only=True)
class AreaSummary:
    """One task area's summary; the counts about people only when :attr:`shown`."""

    task_area: str
    members: int
    rules: tuple[tuple[RuleStatus, int], ...]
    """How many monitoring rules stand at each status, in the order of :class:`RuleStatus`."""
    shown: bool
    """Whether the counts about people are shown (enough members, or people included)."""
    coverage: tuple[CompetenceCover, ...] = ()
    single_person: tuple[str, ...] = ()
    """Competence ids exactly one member reaches (finding VCM404)."""
    uncovered: tuple[str, ...] = ()
    """Competence ids no member reaches now."""
    uncovered_projected: tuple[str, ...] = ()
    """Competence ids no member reaches even once open development actions are done."""
    open_actions: int = 0
    """Open (planned or in progress) development actions of the members."""
    overdue_actions: int = 0
    """Of those, the ones whose due date has passed."""

    def count(self, status: RuleStatus) -> int:
        """How many of the area's rules stand at ``status``."""
        return dict(self.rules).get(status, 0)


@attrs.frozen(kw_only=True)
class Summary:
    """The summary of an organisation as of a date."""

    as_of: dt.date
    min_group_size: int
    include_people: bool
    areas: tuple[AreaSummary, ...]


def summary(
    org: Organisation,
    *,
    as_of: dt.date,
    include_people: bool = False,
    min_group_size: int = DEFAULT_MIN_GROUP_SIZE,
) -> Summary:
    """The :class:`Summary` of ``org`` as of ``as_of``, task areas in order.

    ``org`` is the whole organisation, people included: the counts are made from them and
    only the counts leave (and those only where :attr:`AreaSummary.shown`).
    """
    require_date(as_of)
    if isinstance(min_group_size, bool) or not isinstance(min_group_size, int):
        raise TypeError("min_group_size must be a whole number")
    if min_group_size < 1:
        raise ValueError("min_group_size must be at least 1")
    covered = {area.task_area: area for area in coverage(org, as_of=as_of)}
    areas: list[AreaSummary] = []
    for area in org.task_areas:
        statuses = [rule.status(as_of)[0] for rule in area.monitoring]
        rules = tuple(
            (status, statuses.count(status)) for status in RuleStatus if status in statuses
        )
        members = org.index.members(area.id)
        shown = include_people or len(members) >= min_group_size
        if not shown or area.id not in covered:
            areas.append(
                AreaSummary(task_area=area.id, members=len(members), rules=rules, shown=shown)
            )
            continue
        rows = covered[area.id].rows
        open_actions = [
            action for person in members for action in person.development if action.status.is_open
        ]
        areas.append(
            AreaSummary(
                task_area=area.id,
                members=len(members),
                rules=rules,
                shown=True,
                coverage=tuple(
                    CompetenceCover(
                        competence=row.competence,
                        required=row.required,
                        bench=row.bench,
                        projected=row.projected_bench,
                        projected_by=row.projected_by,
                    )
                    for row in rows
                ),
                single_person=tuple(row.competence for row in rows if row.single_person),
                uncovered=tuple(row.competence for row in rows if row.uncovered),
                uncovered_projected=tuple(row.competence for row in rows if not row.projected),
                open_actions=len(open_actions),
                overdue_actions=sum(
                    1 for action in open_actions if action.due is not None and action.due < as_of
                ),
            )
        )
    return Summary(
        as_of=as_of,
        min_group_size=min_group_size,
        include_people=include_people,
        areas=tuple(areas),
    )


def shareable(findings: Sequence[Finding], summary: Summary) -> tuple[Finding, ...]:
    """The findings an export with ``summary``'s choices may show.

    With people included, all of them. Without, every finding about a person is left out
    (the People findings VCM400 and up, and any other whose place is a person, such as a
    duplicate person id), and the group findings that name nobody (VCM403, VCM404) stay only
    for task areas whose counts are shown.
    """
    if summary.include_people:
        return tuple(findings)
    shown = {position for position, area in enumerate(summary.areas) if area.shown}
    return tuple(
        finding
        for finding in findings
        if not finding.path.startswith("people")
        and (
            not finding.code.startswith("VCM4")
            or (finding.code in GROUP_CODES and area_of_path(finding.path) in shown)
        )
    )


_AREA = re.compile(r"task_areas\[(\d+)\]")


def area_of_path(path: str) -> int | None:
    """The position of the task area a finding's path lies in (None: not in a task area)."""
    found = _AREA.match(path)
    return int(found.group(1)) if found else None
