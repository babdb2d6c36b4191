"""Model -> document tree, written by cattrs: keys in the model's field order, defaults left out.

The model's classes list their fields in the order of the file format (docs/format.rst), so the
generated unstructuring functions of cattrs write the keys in that order. Hooks are registered
only where the file differs from the classes:

- a competence's ``indicators`` are a mapping of level to behaviours;
- a matrix row's ``behaviours`` are a mapping of value id to text;
- the scale is the list of its levels;
- the organisation's id, name and language sit under ``organisation:``, after ``vcm: 1``;
- dates (and, for JSON, indicator levels) are written as text.

Two converters come from one recipe: the plain tree (JSON types only: dates as ISO text,
indicator levels as text keys) for JSON and :func:`vcm.io.to_dict`, and the YAML tree, which
keeps real dates and whole-number levels so that YAML writes ``date: 2026-10-31`` and ``1:``
unquoted. Both are separate from the reading converter of :mod:`vcm._io.converter`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum, StrEnum
from operator import attrgetter
from types import NoneType, UnionType
from typing import Any, Final, Union, get_args, get_origin

import attrs
from cattrs import Converter
from cattrs.fns import identity

from vcm._io.structure import FORMAT_VERSION
from vcm.errors import InvalidModelError
from vcm.model import Behaviour, Competence, Indicator, Level, Organisation, Requirement, Scale

__all__ = ["plain_tree", "yaml_tree"]

Tree = dict[str, Any]
Unstructure = Callable[[Any], Any]

_AS_THEY_ARE: Final = frozenset({str, int, float, bool, NoneType})
"""Types a tree holds unchanged: cattrs inlines these fields as plain attribute reads."""


class _Unwritable(Exception):
    """A model object the file format cannot hold; the caller finds where it is."""

    def __init__(self, holder: object, reason: str) -> None:
        super().__init__(reason)
        self.holder = holder
        self.reason = reason


def _is_union(kind: Any) -> bool:
    return get_origin(kind) in (Union, UnionType)


def _is_tuple(kind: Any) -> bool:
    return get_origin(kind) is tuple


def _mapping_writer(
    cls: type, converter: Converter, special: dict[str, Unstructure]
) -> Unstructure:
    """One generated function writing ``cls`` as a mapping: its fields in order, defaults left out.

    cattrs' own ``make_dict_unstructure_fn`` writes the fields with a default after all the
    others, which is not the file's order (a monitoring rule's ``results`` come second); this
    generator keeps the class's order and takes every field's hook from the converter, inlining
    the fields that are written as they are.
    """
    names: dict[str, Any] = {}
    lines = ["def write(obj):", "    tree = {}"]
    for field in attrs.fields(attrs.resolve_types(cls)):
        name = field.name
        hook = special.get(name) or converter.get_unstructure_hook(field.type)
        value = f"obj.{name}"
        if hook is not identity:
            names[f"write_{name}"] = hook
            value = f"write_{name}(obj.{name})"
        assign = f"tree[{name!r}] = {value}"
        default = field.default
        if default is attrs.NOTHING:
            lines.append(f"    {assign}")
            continue
        if default is None:
            test = f"obj.{name} is not None"
        elif default == ():
            test = f"obj.{name}"  # a tuple: written when not empty
        else:
            names[f"default_{name}"] = default
            test = f"obj.{name} != default_{name}"
        lines += [f"    if {test}:", f"        {assign}"]
    lines.append("    return tree")
    source = "\n".join(lines)
    exec(compile(source, f"<vcm tree writer of {cls.__name__}>", "exec"), names)
    write: Unstructure = names["write"]
    return write


def _writer(yaml: bool) -> Converter:
    """The unstructuring converter of one flavour of tree (YAML or plain)."""
    converter = Converter()
    day: Unstructure = identity if yaml else dt.date.isoformat

    def union(kind: Any) -> Unstructure:
        members = [member for member in get_args(kind) if member is not NoneType]
        if all(member in _AS_THEY_ARE for member in members):
            return identity
        (member,) = members  # the model's unions are optional values of one kind
        inner = converter.get_unstructure_hook(member)
        if inner is identity:
            return identity

        def optional(value: Any) -> Any:
            return None if value is None else inner(value)

        return optional

    def sequence(kind: Any) -> Unstructure:
        (item, _) = get_args(kind)
        if item is str:
            return list
        inner = converter.get_unstructure_hook(item)
        return lambda items: [inner(one) for one in items]

    def indicators(items: tuple[Indicator, ...]) -> dict[Any, list[str]]:
        tree = {(i.level if yaml else str(i.level)): list(i.behaviours) for i in items}
        if len(tree) != len(items):
            raise _Unwritable(items, "two indicators have the same level")
        return tree

    def behaviours(items: tuple[Behaviour, ...]) -> dict[str, str]:
        tree = {b.value: b.text for b in items}
        if len(tree) != len(items):
            raise _Unwritable(items, "two behaviours are written for the same value")
        return tree

    special: dict[type, dict[str, Unstructure]] = {
        Competence: {"indicators": indicators},
        Requirement: {"behaviours": behaviours},
    }

    def mapping(cls: type) -> Unstructure:
        return _mapping_writer(cls, converter, special.get(cls, {}))

    converter.register_unstructure_hook(dt.date, day)
    # By class: cattrs would otherwise take a StrEnum member for text and keep it as it is.
    converter.register_unstructure_hook(StrEnum, attrgetter("value"))
    converter.register_unstructure_hook(Enum, attrgetter("value"))
    converter.register_unstructure_hook_factory(_is_union, union)
    converter.register_unstructure_hook_factory(_is_tuple, sequence)
    converter.register_unstructure_hook_factory(attrs.has, mapping)
    levels = converter.get_unstructure_hook(tuple[Level, ...])
    converter.register_unstructure_hook(Scale, lambda scale: levels(scale.levels))

    flat = mapping(Organisation)

    def organisation(org: Organisation) -> Tree:
        body = flat(org)
        header: Tree = {"id": body.pop("id"), "name": body.pop("name")}
        if "language" in body:
            header["language"] = body.pop("language")
        return {"vcm": FORMAT_VERSION, "organisation": header, **body}

    converter.register_unstructure_hook(Organisation, organisation)
    return converter


_PLAIN: Final = _writer(yaml=False).get_unstructure_hook(Organisation)
_YAML: Final = _writer(yaml=True).get_unstructure_hook(Organisation)


def plain_tree(org: Organisation) -> Tree:
    """The document tree of ``org`` in JSON types only (dates as ISO text)."""
    return _unstructure(_PLAIN, org)


def yaml_tree(org: Organisation) -> Tree:
    """The document tree of ``org`` with real dates and whole-number level keys, for YAML."""
    return _unstructure(_YAML, org)


def _unstructure(write: Unstructure, org: Organisation) -> Tree:
    if not isinstance(org, Organisation):
        raise TypeError(f"expected an Organisation, not {type(org).__name__}")
    try:
        tree: Tree = write(org)
    except _Unwritable as error:
        raise InvalidModelError(error.reason, path=_path_of(org, error.holder)) from None
    return tree


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
