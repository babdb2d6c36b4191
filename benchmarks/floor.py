"""B1's floor: the same model objects built from the parsed JSON tree with no check at all.

What no loader can beat in Python: ``json.loads``, then one generated function per model class
that takes each field from the tree as it is (dates read from their ISO text, enum words looked
up, levels of indicators made numbers) and sets the slots of a new object, skipping ``__init__``
and so every converter and validator. It trusts the tree completely, which only a benchmark
may: a field of the wrong type or a key given twice passes unnoticed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, get_args, get_origin

import attrs

from vcm import DEFAULT_SCALE, Competence, Indicator, Organisation, Requirement, Scale
from vcm._io.fast import _is_enum, _optional, built_classes
from vcm.model import Behaviour, Level

__all__ = ["load_unchecked"]

Build = Callable[[Any, dict[str, dt.date]], Any]


def _day(text: Any, days: dict[str, dt.date]) -> dt.date:
    day = days.get(text)
    if day is None:
        day = days[text] = dt.date.fromisoformat(text)
    return day


def _indicators(mapping: Any, days: dict[str, dt.date]) -> tuple[Indicator, ...]:
    if not mapping:
        return ()
    found = []
    for level, behaviours in mapping.items():
        indicator = object.__new__(Indicator)
        _SET_LEVEL(indicator, int(level))
        _SET_BEHAVIOURS(indicator, tuple(behaviours))
        found.append(indicator)
    return tuple(found)


def _behaviours(mapping: Any, days: dict[str, dt.date]) -> tuple[Behaviour, ...]:
    if not mapping:
        return ()
    found = []
    for value, text in mapping.items():
        behaviour = object.__new__(Behaviour)
        _SET_VALUE(behaviour, value)
        _SET_TEXT(behaviour, text)
        found.append(behaviour)
    return tuple(found)


def _scale(levels: Any, days: dict[str, dt.date]) -> Scale:
    if levels is None:
        return DEFAULT_SCALE
    build = _BUILDERS[Level]
    return Scale(tuple([build(level, days) for level in levels]))


_SET_LEVEL = Indicator.__dict__["level"].__set__
_SET_BEHAVIOURS = Indicator.__dict__["behaviours"].__set__
_SET_VALUE = Behaviour.__dict__["value"].__set__
_SET_TEXT = Behaviour.__dict__["text"].__set__
_SPECIAL: dict[tuple[type, str], Build] = {
    (Competence, "indicators"): _indicators,
    (Requirement, "behaviours"): _behaviours,
    (Organisation, "scale"): _scale,
}
_BUILDERS: dict[type, Build] = {}


def _generate(cls: type) -> Build:
    fields = attrs.fields(attrs.resolve_types(cls))
    names: dict[str, Any] = {"CLS": cls, "NEW": object.__new__, "BUILDERS": _BUILDERS}
    names["day"] = _day
    lines = ["def build(d, days):"]
    for field in fields:
        name = field.name
        kind: Any = field.type
        names[f"DEFAULT_{name}"] = field.default
        get = (
            f"d[{name!r}]" if field.default is attrs.NOTHING else f"d.get({name!r}, DEFAULT_{name})"
        )
        item = get_args(kind)[0] if get_origin(kind) is tuple else None
        plain = _optional(kind) or kind
        if (cls, name) in _SPECIAL:
            names[f"SPECIAL_{name}"] = _SPECIAL[cls, name]
            lines.append(f"    a_{name} = SPECIAL_{name}(d.get({name!r}), days)")
        elif plain is dt.date:
            lines.append(f"    x = {get}")
            lines.append(f"    a_{name} = x if x is None else day(x, days)")
        elif _is_enum(plain):
            names[f"WORDS_{name}"] = {member.value: member for member in plain}
            lines.append(f"    x = {get}")
            lines.append(f"    a_{name} = x if x is None else WORDS_{name}.get(x, x)")
        elif item is not None and attrs.has(item):
            names[f"CLASS_{name}"] = item
            lines.append(f"    x = d.get({name!r})")
            lines.append(f"    build = BUILDERS[CLASS_{name}]")
            lines.append(f"    a_{name} = tuple([build(i, days) for i in x]) if x else ()")
        elif item is not None:
            lines.append(f"    x = d.get({name!r})")
            lines.append(f"    a_{name} = tuple(x) if x else ()")
        elif attrs.has(plain):
            names[f"CLASS_{name}"] = plain
            lines.append(f"    a_{name} = BUILDERS[CLASS_{name}]({get}, days)")
        else:
            lines.append(f"    a_{name} = {get}")
    if cls is Organisation:  # one object, with a cached hash and index: its own constructor
        arguments = ", ".join(f"{field.name}=a_{field.name}" for field in fields)
        lines.append(f"    return CLS({arguments})")
    else:
        lines.append("    o = NEW(CLS)")
        for field in fields:
            names[f"SET_{field.name}"] = cls.__dict__[field.name].__set__
            lines.append(f"    SET_{field.name}(o, a_{field.name})")
        lines.append("    return o")
    namespace = dict(names)
    exec(compile("\n".join(lines), f"<floor {cls.__name__}>", "exec"), namespace)
    build: Build = namespace["build"]
    return build


def _generate_all() -> None:
    for cls in built_classes():
        _BUILDERS[cls] = _generate(cls)


_generate_all()


def load_unchecked(text: str) -> Organisation:
    """The organisation in JSON ``text``, built with no check (trusting the text completely)."""
    document = json.loads(text)
    flat = dict(document["organisation"])
    flat.update(
        (key, value) for key, value in document.items() if key not in ("vcm", "organisation")
    )
    return _BUILDERS[Organisation](flat, {})  # type: ignore[no-any-return]
