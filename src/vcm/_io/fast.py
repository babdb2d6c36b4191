"""The fast path of loading: one generated function per model class that checks while it builds.

A document tree from a file is checked field by field against the same rules as the careful
path (:mod:`vcm._io.converter` and the model's validators), and each object is built without
running those validators again: the slot of each field is set directly, which is why this is
private to the loader. Anything unusual (a key the class does not have, a value of another
type, a text the model refuses, a form the careful path accepts but this one does not know)
raises :class:`Unusual`, and the caller builds the whole document again on the careful path,
which accepts it or names the problem exactly as before. So this path may refuse more than the
careful one, never less, and what it builds equals what the careful one builds.

Ids, texts and dates that repeat (a competence's id in every assessment, a month's date in
every reading) are checked once per document: each load keeps what it has checked in a
:class:`Seen`, which also makes equal texts one object (less memory, quicker comparisons).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from itertools import repeat
from types import NoneType, UnionType
from typing import Any, Final, Union, get_args, get_origin

import attrs

from vcm.model import (
    DEFAULT_SCALE,
    Competence,
    Indicator,
    Level,
    Organisation,
    Requirement,
    Scale,
)
from vcm.model import _validators as v
from vcm.model.people import _level_or_unobservable, _valid_from_date
from vcm.model.task_area import Behaviour, _one_reading

__all__ = ["Seen", "Unusual", "build_organisation"]

LARGEST_WHOLE: Final = 2**53
"""Whole numbers beyond this go the careful way (which may bound them, or not)."""


class Unusual(Exception):
    """Something the fast path does not take; the careful path decides."""


class Seen:
    """What one load has checked already: valid ids, valid texts, dates by their ISO text.

    It also counts the keys of every mapping read and the colons in every text read (texts
    with a colon are not kept, so each occurrence is counted): a JSON text has a key given
    twice exactly when it holds more colons than that (see :mod:`vcm._io.json_text`).
    """

    __slots__ = ("caches", "colons", "days", "ids", "keys", "texts")

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        # The two caches by position (_IDS, _TEXTS), for the checks shared by ids and texts.
        self.caches = (self.ids, self.texts)
        self.days: dict[str, dt.date] = {}
        self.keys = 0
        self.colons = 0


# --- the checks of single values, each on a first sight only ---------------------------


_IDS, _TEXTS = 0, 1


def _first_sight(problem: Callable[[object], str | None], cache: int) -> Callable[[Any, Seen], str]:
    """The check of an id or a text on its first sight; later sights find it in the cache."""

    def new(value: Any, seen: Seen) -> str:
        if type(value) is not str or problem(value) is not None:
            raise Unusual
        if ":" in value:
            seen.colons += value.count(":")
        else:
            seen.caches[cache][value] = value
        return value

    return new


_new_id: Final = _first_sight(v._identifier_problem, _IDS)
_new_text: Final = _first_sight(v._text_problem, _TEXTS)


def _new_day(value: Any, seen: dict[str, dt.date]) -> dt.date:
    kind = type(value)
    if kind is dt.date:
        return value  # type: ignore[no-any-return]
    # Only the form the writers write (2026-11-29); the careful path decides on any other.
    if kind is not str or len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise Unusual
    day = dt.date.fromisoformat(value)  # ValueError (2026-02-30): unusual
    seen[value] = day
    return day


def _listed(new: Callable[[Any, Seen], str], cache: int) -> Callable[[Any, Seen], tuple[str, ...]]:
    """A list of ids or texts, each checked on its first sight only."""

    def many(value: Any, seen: Seen) -> tuple[str, ...]:
        if value is None:
            return ()
        if type(value) is not list:
            raise Unusual
        known = seen.caches[cache]
        return tuple([known.get(item) or new(item, seen) for item in value])

    return many


_ids: Final = _listed(_new_id, _IDS)
_texts: Final = _listed(_new_text, _TEXTS)


def _entries(value: Any, seen: Seen) -> dict[Any, Any]:
    """A mapping of the file (none is empty), its keys counted."""
    if value is None:
        return {}
    if type(value) is not dict:
        raise Unusual
    seen.keys += len(value)
    return value


def _indicators(value: Any, seen: Seen) -> tuple[Indicator, ...]:
    # {level: [behaviour, ...]}; JSON gives the levels as text.
    indicators = []
    levels = set()
    for key, behaviours in _entries(value, seen).items():
        if type(key) is str and key.isascii() and key.isdigit() and len(key) < 16:
            level = int(key)
        elif type(key) is int:
            level = key
        else:
            raise Unusual
        if level in levels or not 1 <= level <= LARGEST_WHOLE:
            raise Unusual
        levels.add(level)
        indicator = _NEW(Indicator)
        _SET_INDICATOR_LEVEL(indicator, level)
        _SET_INDICATOR_BEHAVIOURS(indicator, _texts(behaviours, seen))
        indicators.append(indicator)
    return tuple(indicators)


def _behaviours(value: Any, seen: Seen) -> tuple[Behaviour, ...]:
    # {value id: behaviour}
    ids, texts = seen.ids, seen.texts
    behaviours = []
    for key, text in _entries(value, seen).items():
        behaviour = _NEW(Behaviour)
        _SET_BEHAVIOUR_VALUE(behaviour, ids.get(key) or _new_id(key, seen))
        _SET_BEHAVIOUR_TEXT(behaviour, texts.get(text) or _new_text(text, seen))
        behaviours.append(behaviour)
    return tuple(behaviours)


def _scale(value: Any, seen: Seen) -> Scale:
    if value is None:
        return DEFAULT_SCALE
    if type(value) is not list:
        raise Unusual
    seen.keys += sum(map(len, value))
    return Scale(tuple(map(_BUILDERS[Level], value, repeat(seen))))


_NEW: Final = object.__new__


def _setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    # The slot's own descriptor: sets the field of a frozen instance without __setattr__.
    return cls.__dict__[name].__set__  # type: ignore[no-any-return]


_SET_INDICATOR_LEVEL: Final = _setter(Indicator, "level")
_SET_INDICATOR_BEHAVIOURS: Final = _setter(Indicator, "behaviours")
_SET_BEHAVIOUR_VALUE: Final = _setter(Behaviour, "value")
_SET_BEHAVIOUR_TEXT: Final = _setter(Behaviour, "text")

# Fields whose file shape is not their model shape, as in the careful path.
_SPECIAL: Final[dict[tuple[type, str], Callable[[Any, Seen], Any]]] = {
    (Competence, "indicators"): _indicators,
    (Requirement, "behaviours"): _behaviours,
    (Organisation, "scale"): _scale,
}

# Checks across fields, as expressions over the built fields (``a_<name>``): true when fine.
_ACROSS: Final[dict[object, str]] = {
    _level_or_unobservable: "(a_observable is True) == (a_level is not None)",
    _one_reading: "(a_value is None) != (a_status is None)",
    _valid_from_date: "a_valid_until is None or a_valid_until >= a_date",
}
# Validators that check one field like a simple one and then across fields (``_ACROSS``).
_AS_SIMPLE: Final[dict[object, object]] = {_valid_from_date: v.optional_day}

# --- generating one builder per class ---------------------------------------------------

_SIMPLE: Final[dict[object, str]] = {
    # validator -> the code taking ``x`` (the file's value) to ``a`` (the field's value)
    v.identifier: "a = ids.get(x) or new_id(x, seen)",
    v.text: "a = texts.get(x) or new_text(x, seen)",
    v.optional_text: "a = x if x is None else texts.get(x) or new_text(x, seen)",
    v.identifiers: "a = check_ids(x, seen)",
    v.texts: "a = check_texts(x, seen)",
    v.level: "a = x\nif type(a) is not int or not 1 <= a <= LARGEST: raise UNUSUAL",
    v.optional_level: (
        "a = x\nif a is not None and (type(a) is not int or not 1 <= a <= LARGEST): raise UNUSUAL"
    ),
    v.optional_number: (
        "a = x\n"
        "if a is not None:\n"
        "    if type(a) is float:\n"
        "        if a - a != 0.0: raise UNUSUAL\n"  # NaN and the infinities
        "    elif type(a) is not int or not -LARGEST <= a <= LARGEST: raise UNUSUAL"
    ),
    v.day: "a = days.get(x) or new_day(x, days)",
    v.optional_day: "a = x if x is None else days.get(x) or new_day(x, days)",
}


def _optional(kind: Any) -> Any:
    """``X`` for ``X | None``; None for any other type."""
    if isinstance(kind, UnionType) or get_origin(kind) is Union:
        members = [member for member in get_args(kind) if member is not NoneType]
        if len(members) == 1 and NoneType in get_args(kind):
            return members[0]
    return None


def _validators(field: attrs.Attribute[Any]) -> list[Any]:
    found = field.validator
    if found is None:
        return []
    inner = getattr(found, "_validators", None)  # attrs' and_ of a list of validators
    return list(inner) if inner is not None else [found]


def _field_code(cls: type, field: attrs.Attribute[Any], names: dict[str, Any]) -> list[str]:
    """Lines turning ``d``'s value for ``field`` into the local ``a_<name>``."""
    name = field.name
    required = field.default is attrs.NOTHING
    get = f"x = d[{name!r}]" if required else f"x = d.get({name!r})"
    default = f"DEFAULT_{name}"
    names[default] = field.default
    kind: Any = field.type
    item = get_args(kind)[0] if get_origin(kind) is tuple else None
    special = _SPECIAL.get((cls, name))
    checks = _validators(field)
    if special is not None:
        names[f"SPECIAL_{name}"] = special
        body = [f"a = SPECIAL_{name}(x, seen)"]
    elif checks and _AS_SIMPLE.get(checks[0], checks[0]) in _SIMPLE:
        body = _SIMPLE[_AS_SIMPLE.get(checks[0], checks[0])].split("\n")
        if not required and field.default not in (None, ()):
            body = [f"if x is None: a = {default}", "else:", *("    " + line for line in body)]
    elif kind is bool:
        body = [f"a = {default} if x is None else x", "if a is not True and a is not False:"]
        body.append("    raise UNUSUAL")
    elif _is_enum(kind) or _is_enum(_optional(kind)):
        enum = kind if _is_enum(kind) else _optional(kind)
        names[f"WORDS_{name}"] = words = {member.value: member for member in enum}
        assert not any(":" in word for word in words)  # the colon count needs none
        # A required one left null is no word: the KeyError sends the document the careful way.
        body = [
            f"a = WORDS_{name}[x]"
            if required
            else f"a = {default} if x is None else WORDS_{name}[x]"
        ]
    elif attrs.has(kind):
        names[f"CLASS_{name}"] = kind
        body = ["seen.keys += len(x)", f"a = BUILDERS[CLASS_{name}](x, seen)"]
    elif item is not None and attrs.has(item):
        names[f"CLASS_{name}"] = item
        body = [
            "if x is None: a = ()",
            "elif type(x) is list:",
            "    seen.keys += sum(map(len, x))",  # the builders count no keys themselves
            f"    a = tuple(map(BUILDERS[CLASS_{name}], x, repeat(seen)))",
            "else: raise UNUSUAL",
        ]
    else:
        raise TypeError(f"the fast path knows no way to read {cls.__name__}.{name}")
    return [get, *body, f"a_{name} = a"]


def _covered(check: Any) -> bool:
    """Whether the generated code already checks what ``check`` does (by the field's type)."""
    if check in _SIMPLE or check is v.flag:
        return True
    qualname = getattr(check, "__qualname__", "")
    return qualname.split(".<locals>")[0] in (
        "choice",
        "optional_choice",
        "tuple_of",
        "instance_of",
    )


def _is_enum(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, Enum)


def _can_skip_init(cls: type) -> bool:
    """Whether ``cls`` is built by setting its slots: every slot is a field (or a weakref)."""
    slots: set[str] = set()
    for klass in cls.__mro__:
        slots.update(getattr(klass, "__slots__", ()))
    fields = {field.name for field in attrs.fields(cls)}
    return slots - fields <= {"__weakref__"}


def _generate(cls: type) -> Callable[[Any, Seen], Any]:
    fields = attrs.fields(attrs.resolve_types(cls))
    names: dict[str, Any] = {
        "ALLOWED": frozenset(field.name for field in fields),
        "UNUSUAL": Unusual,  # a new one each time: a shared one would keep the frames alive
        "LARGEST": LARGEST_WHOLE,
        "BUILDERS": _BUILDERS,
        "new_id": _new_id,
        "new_text": _new_text,
        "new_day": _new_day,
        "check_ids": _ids,
        "check_texts": _texts,
        "repeat": repeat,
        "CLS": cls,
        "NEW": _NEW,
    }
    lines = [
        "def build(d, seen):",
        "    if type(d) is not dict or not ALLOWED.issuperset(d): raise UNUSUAL",
    ]
    body = [line for field in fields for line in _field_code(cls, field, names)]
    for memo in ("ids", "texts", "days"):
        if any(f"{memo}.get" in line for line in body):
            lines.append(f"    {memo} = seen.{memo}")
    lines.extend("    " + line for line in body)
    skip_init = _can_skip_init(cls)
    after: list[str] = []  # validators the code above does not cover: run on the object
    for field in fields:
        for number, check in enumerate(_validators(field)):
            if check in _ACROSS:
                lines.append(f"    if not ({_ACROSS[check]}): raise UNUSUAL")
            elif not _covered(check) and skip_init:
                names[f"CHECK_{field.name}_{number}"] = check
                names[f"FIELD_{field.name}"] = field
                after.append(
                    f"    CHECK_{field.name}_{number}(o, FIELD_{field.name}, a_{field.name})"
                )
    if skip_init:
        for field in fields:
            names[f"SET_{field.name}"] = _setter(cls, field.name)
        lines.append("    o = NEW(CLS)")
        lines.extend(f"    SET_{field.name}(o, a_{field.name})" for field in fields)
        lines.extend(after)
        lines.append("    return o")
    else:  # the careful constructor (the organisation: one object, with a cached hash)
        arguments = ", ".join(f"{field.name}=a_{field.name}" for field in fields)
        lines.append(f"    return CLS({arguments})")
    code = "\n".join(lines)
    namespace = dict(names)
    exec(compile(code, f"<vcm fast path {cls.__name__}>", "exec"), namespace)
    build: Callable[[Any, Seen], Any] = namespace["build"]
    return build


_BUILDERS: dict[type, Callable[[Any, Seen], Any]] = {}


def _careful_only(value: Any, seen: Seen) -> Any:
    """The builder of a class the fast path cannot build: every document goes the careful way."""
    raise Unusual


def built_classes() -> list[type]:
    """The model classes a document's objects are made of (a Scale is made of its Levels)."""
    found: list[type] = []
    pending: list[type] = [Organisation, Level]
    while pending:
        cls = pending.pop()
        if cls in found or cls is Scale:
            continue
        found.append(cls)
        for field in attrs.fields(attrs.resolve_types(cls)):
            kind = _optional(field.type) or field.type
            if get_origin(kind) is tuple:
                kind = get_args(kind)[0]
            if attrs.has(kind):
                pending.append(kind)
    return found


def _build_all() -> None:
    for cls in built_classes():
        try:
            _BUILDERS[cls] = _generate(cls)
        except TypeError:  # a field of a kind this module does not know: the careful path
            _BUILDERS[cls] = _careful_only


def build_organisation(flat: dict[str, Any], seen: Seen | None = None) -> Organisation:
    """The organisation of a document's flattened body; :class:`Unusual` when not sure."""
    try:
        seen = Seen() if seen is None else seen
        seen.keys += len(flat)
        return _BUILDERS[Organisation](flat, seen)  # type: ignore[no-any-return]
    except Unusual:
        raise
    except Exception as error:  # a missing key, an unhashable value, 2026-02-30, ...
        raise Unusual(error) from error


_build_all()
