"""The aggregate root: the organisation and the lookups later code needs in O(1)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType
from typing import Any

import attrs

from vcm.model import _convert as c
from vcm.model import _validators as v
from vcm.model._enums import Language
from vcm.model.competence import Competence
from vcm.model.people import Assessment, Person
from vcm.model.purpose import Purpose, Value
from vcm.model.reading import (
    first_by_id,
    latest_assessments,
    level_as_of,
    needed_by,
    required_levels,
)
from vcm.model.scale import DEFAULT_SCALE, Scale
from vcm.model.task_area import MonitoringRule, Responsibility, Result, TaskArea

__all__ = ["Organisation", "OrganisationIndex"]


def _scale(value: Any) -> Any:
    # A plain list of levels (as written in a file or by hand) is the scale they make.
    if isinstance(value, list | tuple):
        return Scale(tuple(value))
    return value


@attrs.frozen(kw_only=True, cache_hash=True)
class Organisation:
    """Everything the method says about one organisation.

    Its hash is computed once, on first use: a cache keyed by organisation pays for it once.
    """

    id: str = attrs.field(converter=c.to_text, validator=v.identifier)
    name: str = attrs.field(converter=c.to_text, validator=v.text)
    language: Language = attrs.field(
        default=Language.EN, converter=c.to_language, validator=v.choice(Language)
    )
    purpose: Purpose = attrs.field(validator=v.instance_of(Purpose))
    values: tuple[Value, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(Value)
    )
    scale: Scale = attrs.field(
        default=DEFAULT_SCALE, converter=_scale, validator=v.instance_of(Scale)
    )
    competences: tuple[Competence, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(Competence)
    )
    task_areas: tuple[TaskArea, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(TaskArea)
    )
    people: tuple[Person, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(Person)
    )

    @cached_property
    def index(self) -> OrganisationIndex:
        """Lookups by id, members per task area and latest assessments; built once, on first use.

        Threads asking at the same time wait for the one that builds it, and all get that one.
        """
        with _INDEX_LOCK:
            try:  # built by another thread while this one waited: the slot, not __getattr__
                return object.__getattribute__(self, "index")  # type: ignore[no-any-return]
            except AttributeError:
                return OrganisationIndex(self)


_INDEX_LOCK = threading.Lock()


class OrganisationIndex:
    """Read-only O(1) lookups over an :class:`Organisation`.

    Where an id occurs twice (finding VCM100) the first occurrence is the one found.
    """

    values: Mapping[str, Value]
    competences: Mapping[str, Competence]
    task_areas: Mapping[str, TaskArea]
    results: Mapping[str, Result]
    responsibilities: Mapping[str, Responsibility]
    rules: Mapping[str, MonitoringRule]
    people: Mapping[str, Person]
    area_of_result: Mapping[str, TaskArea]
    """The task area holding a result, by the result's id."""
    area_of_responsibility: Mapping[str, TaskArea]
    """The task area holding a responsibility, by the responsibility's id."""
    area_of_rule: Mapping[str, TaskArea]
    """The task area holding a monitoring rule, by the rule's id."""

    def __init__(self, org: Organisation) -> None:
        results: dict[str, Result] = {}
        responsibilities: dict[str, Responsibility] = {}
        rules: dict[str, MonitoringRule] = {}
        area_of: tuple[dict[str, TaskArea], ...] = ({}, {}, {})
        for area in org.task_areas:
            first_by_id(area.results, results)
            first_by_id(area.responsibilities, responsibilities)
            first_by_id(area.monitoring, rules)
            for result in area.results:
                area_of[0].setdefault(result.id, area)
            for responsibility in area.responsibilities:
                area_of[1].setdefault(responsibility.id, area)
            for rule in area.monitoring:
                area_of[2].setdefault(rule.id, area)
        members: dict[str, list[Person]] = {area.id: [] for area in org.task_areas}
        self.people = MappingProxyType(first_by_id(org.people))
        for person in self.people.values():
            for area_id in dict.fromkeys(person.task_areas):
                members.setdefault(area_id, []).append(person)

        self.values = MappingProxyType(first_by_id(org.values))
        self.competences = MappingProxyType(first_by_id(org.competences))
        self.task_areas = MappingProxyType(first_by_id(org.task_areas))
        self.results = MappingProxyType(results)
        self.responsibilities = MappingProxyType(responsibilities)
        self.rules = MappingProxyType(rules)
        self.area_of_result = MappingProxyType(area_of[0])
        self.area_of_responsibility = MappingProxyType(area_of[1])
        self.area_of_rule = MappingProxyType(area_of[2])
        self._members = {area: tuple(people) for area, people in members.items()}
        self._required: dict[str, dict[str, int]] = {}
        self._needed_by: dict[str, dict[str, int]] = {}
        for area in org.task_areas:
            if area.id in self._required:
                continue
            self._required[area.id] = required_levels(area.matrix)
            self._needed_by[area.id] = needed_by(area.responsibilities)
        self._latest: dict[tuple[str, dt.date | None], dict[str, Assessment]] = {}

    def members(self, task_area_id: str) -> tuple[Person, ...]:
        """The people who are members of the task area, in the order of ``people``."""
        return self._members.get(task_area_id, ())

    def _latest_of(self, person_id: str, as_of: dt.date | None) -> dict[str, Assessment]:
        # Read per person, on first use: lookups that need no assessment (gaps reads each
        # person's own list) pay nothing, and one person's lookups do not pay for everyone.
        key = (person_id, as_of)
        latest = self._latest.get(key)
        if latest is None:
            person = self.people.get(person_id)
            latest = {} if person is None else latest_assessments(person.assessments, as_of)
            self._latest[key] = latest
        return latest

    def latest_assessment(
        self, person_id: str, competence_id: str, as_of: dt.date | None = None
    ) -> Assessment | None:
        """The person's latest assessment of the competence (observable or not), if any.

        With ``as_of``, as of that date: assessments dated after it do not count.
        """
        return self._latest_of(person_id, as_of).get(competence_id)

    def required_in(self, task_area_id: str) -> Mapping[str, int]:
        """Required level per competence in a task area's matrix (the first row of a competence)."""
        return MappingProxyType(self._required.get(task_area_id, {}))

    def required_levels(self, person: Person) -> dict[str, int]:
        """A person's required level per competence: the highest over their task areas."""
        levels: dict[str, int] = {}
        for area_id in dict.fromkeys(person.task_areas):
            for competence_id, level in self._required.get(area_id, {}).items():
                if level > levels.get(competence_id, 0):
                    levels[competence_id] = level
        return levels

    def responsibilities_needing(self, person: Person, competence_id: str) -> int:
        """How many responsibilities in the person's task areas need the competence."""
        return sum(
            self._needed_by.get(area_id, {}).get(competence_id, 0)
            for area_id in dict.fromkeys(person.task_areas)
        )

    def current_level(
        self, person_id: str, competence_id: str, as_of: dt.date | None = None
    ) -> int | None:
        """The level of the latest assessment; None when unassessed or not observable.

        With ``as_of``, as of that date: assessments dated after it do not count, and a
        latest assessment whose ``valid_until`` lies before it gives no level (expired).
        """
        return level_as_of(self._latest_of(person_id, as_of).get(competence_id), as_of)
