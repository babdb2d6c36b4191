"""Names for people: a finding's place and the ids of its message, as a reader says them.

A finding's ``path`` (``task_areas[1].matrix[0]``) and the ids in its message are for
machines; people read ``Wijkteam Zuid › Matrix › Palliatieve zorg`` and names. The lookups
are built on first use only, so ``check`` pays nothing for them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import vcm.model as m
from vcm._words import Words

__all__ = ["Names"]

_SEGMENT = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")

# The section (a field of ``Words.sections``) a list of the model stands in.
_SECTION_OF_LIST: Mapping[str, str] = {
    "matrix": "requirement",
    "monitoring": "monitoring_rule",
    "results": "result",
    "responsibilities": "responsibility",
    "authorities": "authority",
    "observations": "observation",
    "assessments": "assessment",
    "development": "development_action",
    "indicators": "indicator",
    "competences": "competence",
    "values": "value",
    "levels": "level",
}

# The section of an element shown by its name.
_NAMED_SECTIONS: Mapping[type, str] = {
    m.Value: "value",
    m.Competence: "competence",
    m.Result: "result",
}

# Which message field names which kind of object (``area='north'``).
_FIELD_KINDS: Mapping[str, str] = {
    "area": "area",
    "other": "area",
    "competence": "competence",
    "person": "person",
    "value": "value",
    "result": "result",
    "responsibility": "responsibility",
    "rule": "rule",
}

# Lists of ids: the kind of object each id names.
_REFERENCE_KINDS: Mapping[str, str] = {
    "values": "value",
    "results": "result",
    "competences": "competence",
    "task_areas": "area",
}


def _first(pairs: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, name in pairs:
        found.setdefault(key, name)
    return found


class Names:
    """The organisation's names for its ids, and the places of its paths, for people."""

    def __init__(self, org: m.Organisation) -> None:
        self.org = org

    @functools.cached_property
    def _by_kind(self) -> Mapping[str, Mapping[str, str]]:
        org = self.org
        areas = org.task_areas
        return {
            "area": _first((area.id, area.name) for area in areas),
            "competence": _first((c.id, c.name) for c in org.competences),
            "person": _first((p.id, p.name) for p in org.people),
            "value": _first((value.id, value.name) for value in org.values),
            "result": _first((r.id, r.name) for area in areas for r in area.results),
            "responsibility": _first(
                (s.id, s.description) for area in areas for s in area.responsibilities
            ),
            "rule": _first((rule.id, rule.indicator) for area in areas for rule in area.monitoring),
        }

    def of(self, kind: str, id_: str) -> str:
        """The name of the ``kind`` (``area``, ``person``, ...) with ``id_``; the id if none."""
        return self._by_kind.get(kind, {}).get(id_, id_)

    def field(self, field: str, value: str) -> str:
        """A message field as people read it: the name for an id field, else as it is."""
        kind = _FIELD_KINDS.get(field)
        return value if kind is None else self.of(kind, value)

    def place(self, path: str, words: Words) -> str:
        """``task_areas[1].matrix[0]`` as ``Wijkteam Zuid › Matrix › Palliatieve zorg``."""
        parts: list[str] = []
        here: Any = self.org
        for number, segment in enumerate(path.split(".")):
            found = _SEGMENT.fullmatch(segment)
            if found is None or here is None:
                parts.append(".".join(path.split(".")[number:]))
                break
            key, index = found.group(1), found.group(2)
            listed = getattr(here, key, None)
            if index is None:
                section = _SECTION_OF_LIST.get(key) if isinstance(listed, tuple) else None
                parts.append(_word(words.diff, f"section_{section}" if section else f"field_{key}"))
                here = listed
                continue
            position = int(index)
            if not isinstance(listed, tuple) or position >= len(listed):
                parts.append(segment)
                here = None
                continue
            here = listed[position]
            parts.extend(self._element(key, here, position, words))
        return " › ".join(part for part in parts if part)

    def _element(self, key: str, element: Any, position: int, words: Words) -> list[str]:
        diff = words.diff
        if isinstance(element, str):
            kind = _REFERENCE_KINDS.get(key)
            if kind is not None:
                return [_word(diff, f"field_{key}"), self.of(kind, element)]
            return [f"{_word(diff, f'field_{key}')} {position + 1}"]
        if isinstance(element, m.TaskArea | m.Person):
            return [element.name]
        if isinstance(element, m.Indicator):
            return [f"{diff.section_indicator} {element.level}"]
        if isinstance(element, m.Value | m.Competence | m.Result):
            section = _NAMED_SECTIONS[type(element)]
            return [_word(diff, f"section_{section}"), element.name]
        if isinstance(element, m.Level):
            return [diff.section_level, f"{element.level} {element.name}"]
        if isinstance(element, m.Responsibility):
            return [diff.section_responsibility, element.description]
        if isinstance(element, m.Authority):
            return [diff.section_authority, element.description]
        if isinstance(element, m.Requirement):
            return [diff.section_requirement, self.of("competence", element.competence)]
        if isinstance(element, m.Behaviour):
            return [diff.section_behaviour, self.of("value", element.value)]
        if isinstance(element, m.MonitoringRule):
            return [diff.section_monitoring_rule, element.indicator]
        if isinstance(element, m.Observation):
            return [diff.section_observation, words.date(element.date)]
        if isinstance(element, m.Assessment):
            day = words.date(element.date)
            return [diff.section_assessment, f"{self.of('competence', element.competence)} ({day})"]
        if isinstance(element, m.DevelopmentAction):
            return [diff.section_development_action, self.of("competence", element.competence)]
        return [f"{key} {position + 1}"]


def _word(group: object, key: str) -> str:
    found = getattr(group, key, None)
    bare = key.removeprefix("section_").removeprefix("field_")
    return found if isinstance(found, str) else bare.replace("_", " ")
