"""Model -> document tree, keys in format.md's order and defaults left out.

Two flavours come from one table: the plain tree (JSON types only: dates as ISO text, indicator
levels as text keys) for JSON and :func:`vcm.io.to_dict`, and the YAML tree, which keeps real
dates and whole-number levels so that YAML writes ``date: 2026-10-31`` and ``1:`` unquoted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from typing import Any, Final, get_args, get_origin

import attrs

from vcm._io.structure import FORMAT_VERSION
from vcm.errors import InvalidModelError
from vcm.model import (
    Assessment,
    Authority,
    Competence,
    DevelopmentAction,
    Level,
    MonitoringRule,
    Observation,
    Organisation,
    Person,
    Purpose,
    Requirement,
    Responsibility,
    Result,
    TaskArea,
    Value,
)

__all__ = ["FILE_KEYS", "plain_tree", "yaml_tree"]

Tree = dict[str, Any]
Encode = Callable[[Any], Any]

FILE_KEYS: Final[dict[type, tuple[str, ...]]] = {
    Purpose: ("vision", "mission", "statement"),
    Value: ("id", "name", "description", "behaviours", "counter_behaviours"),
    Level: ("level", "name", "description"),
    Competence: ("id", "name", "kind", "description", "values", "indicators", "references"),
    Result: ("id", "name", "client", "description", "values"),
    Authority: ("description", "kind", "limit", "escalate_to"),
    Responsibility: ("id", "description", "results", "competences", "authorities"),
    Requirement: ("competence", "level", "behaviours"),
    Observation: ("date", "value", "status", "note"),
    MonitoringRule: (
        "id",
        "results",
        "kind",
        "indicator",
        "method",
        "frequency",
        "owner",
        "unit",
        "direction",
        "target",
        "threshold",
        "response",
        "observations",
    ),
    TaskArea: ("id", "name", "description", "results", "responsibilities", "matrix", "monitoring"),
    Assessment: (
        "competence",
        "level",
        "observable",
        "date",
        "valid_until",
        "assessor",
        "evidence",
    ),
    DevelopmentAction: ("competence", "kind", "description", "target_level", "due", "status"),
    Person: ("id", "name", "task_areas", "assessments", "development"),
}
"""Each class's keys in the order of format.md (the model's field order differs in places)."""

# A class's encoder looks up the encoders of the classes it holds: those come first.
_LEAVES_FIRST: Final[tuple[type, ...]] = (
    Purpose,
    Value,
    Level,
    Competence,
    Result,
    Authority,
    Responsibility,
    Requirement,
    Observation,
    MonitoringRule,
    TaskArea,
    Assessment,
    DevelopmentAction,
    Person,
)
_ORGANISATION_BODY: Final = ("purpose", "values", "scale", "competences", "task_areas", "people")


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _word(member: Enum) -> Any:
    return member.value


def _listed(items: tuple[Any, ...]) -> list[Any]:
    return list(items)


def _each(encode: Encode) -> Encode:
    def encode_all(items: tuple[Any, ...]) -> list[Any]:
        return [encode(item) for item in items]

    return encode_all


class _Unwritable(Exception):
    """A model object the file format cannot hold; the caller finds where it is."""

    def __init__(self, holder: object, reason: str) -> None:
        super().__init__(reason)
        self.holder = holder
        self.reason = reason


def _build(yaml: bool) -> Callable[[Organisation], Tree]:
    encoders: dict[type, Encode] = {}
    day: Encode | None = None if yaml else _iso

    def field_encoder(cls: type, name: str) -> Encode | None:
        if cls is Competence and name == "indicators":
            return indicators
        if cls is Requirement and name == "behaviours":
            return behaviours
        kind = attrs.fields_dict(attrs.resolve_types(cls))[name].type
        return _type_encoder(kind)

    def _type_encoder(kind: Any) -> Encode | None:
        args = get_args(kind)
        if get_origin(kind) is tuple:
            item = args[0]
            return _listed if item is str else _each(encoders[item])
        members = [arg for arg in args if arg is not type(None)] or [kind]
        if len(members) == 1:
            member = members[0]
            if member is dt.date:
                return day
            if isinstance(member, type) and issubclass(member, Enum):
                return _word
            if member in encoders:
                return encoders[member]
        return None  # text, numbers, booleans: as they are

    def indicators(items: tuple[Any, ...]) -> dict[Any, list[str]]:
        tree = {(i.level if yaml else str(i.level)): list(i.behaviours) for i in items}
        if len(tree) != len(items):
            raise _Unwritable(items, "two indicators have the same level")
        return tree

    def behaviours(items: tuple[Any, ...]) -> dict[str, str]:
        tree = {b.value: b.text for b in items}
        if len(tree) != len(items):
            raise _Unwritable(items, "two behaviours are written for the same value")
        return tree

    def class_encoder(cls: type) -> Encode:
        defaults = attrs.fields_dict(cls)
        plan = [(key, defaults[key].default, field_encoder(cls, key)) for key in FILE_KEYS[cls]]

        def encode(obj: Any) -> Tree:
            tree: Tree = {}
            for key, default, encode_value in plan:
                value = getattr(obj, key)
                # Required fields have no default (attrs.NOTHING), so they are always written.
                if value is default or value == default:
                    continue
                tree[key] = value if encode_value is None else encode_value(value)
            return tree

        return encode

    for cls in _LEAVES_FIRST:
        encoders[cls] = class_encoder(cls)
    body = {name: field_encoder(Organisation, name) for name in _ORGANISATION_BODY}
    levels = _each(encoders[Level])
    defaults = attrs.fields_dict(Organisation)

    def organisation(org: Organisation) -> Tree:
        header: Tree = {"id": org.id, "name": org.name}
        if org.language != defaults["language"].default:
            header["language"] = org.language.value
        tree: Tree = {"vcm": FORMAT_VERSION, "organisation": header}
        for name, encode_value in body.items():
            value = getattr(org, name)
            if value == defaults[name].default:
                continue
            if name == "scale":
                tree[name] = levels(value.levels)
            else:
                tree[name] = value if encode_value is None else encode_value(value)
        return tree

    return organisation


_PLAIN: Final = _build(yaml=False)
_YAML: Final = _build(yaml=True)


def plain_tree(org: Organisation) -> Tree:
    """The document tree of ``org`` in JSON types only (dates as ISO text)."""
    return _encode(_PLAIN, org)


def yaml_tree(org: Organisation) -> Tree:
    """The document tree of ``org`` with real dates and whole-number level keys, for YAML."""
    return _encode(_YAML, org)


def _encode(encode: Callable[[Organisation], Tree], org: Organisation) -> Tree:
    if not isinstance(org, Organisation):
        raise TypeError(f"expected an Organisation, not {type(org).__name__}")
    try:
        return encode(org)
    except _Unwritable as error:
        raise InvalidModelError(error.reason, path=_path_of(org, error.holder)) from None


def _path_of(org: Organisation, holder: object) -> str | None:
    # Only two fields can be unwritable: indicators and a matrix row's behaviours.
    for c, competence in enumerate(org.competences):
        if competence.indicators is holder:
            return f"competences[{c}].indicators"
    for a, area in enumerate(org.task_areas):
        for r, row in enumerate(area.matrix):
            if row.behaviours is holder:
                return f"task_areas[{a}].matrix[{r}].behaviours"
    return None
