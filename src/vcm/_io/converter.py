"""The one private cattrs Converter of vcm, built once at import: file trees to model objects.

Every hook is registered in :func:`_build`. The hooks check types strictly (a number is not
text, a text is not a list, ``true`` is not a number) and leave the local invariants to the
model's validators. A failing hook raises the way cattrs' own hooks do: the error noted with
its key or index (:func:`at`), so that :mod:`vcm._io.structure` can tell the path.
"""

from __future__ import annotations

import datetime as dt
import numbers
import re
from collections.abc import Callable, Iterable, Mapping
from types import NoneType, UnionType
from typing import Any, Final, NoReturn, Union, get_args, get_origin

import attrs
from cattrs import Converter
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, override

from vcm._io.numbers import LARGEST_WHOLE, digits_problem, whole_problem
from vcm.errors import FileFormatError
from vcm.model import (
    Behaviour,
    Competence,
    Indicator,
    InvalidModelError,
    Level,
    Requirement,
    Scale,
)
from vcm.model._enums import FILE_ENUMS
from vcm.model._errors import did_you_mean
from vcm.vocabulary import read_words

__all__ = [
    "CONVERTER",
    "Path",
    "Segment",
    "as_mapping",
    "at",
    "describe",
    "enum_words",
    "refuse_unknown",
]

Segment = str | int
"""A step of a path: a mapping key (text) or a list index."""
Path = tuple[Segment, ...]

Hook = Callable[[Any, Any], Any]


# --- describing what was found, in the words of the file --------------------------------


def describe(value: object) -> str:
    """What ``value`` is, in the words of the file: ``the number 95``, ``a list``."""
    if value is None:
        return "null (left empty)"
    if value is True or value is False:
        return f"the yes/no value {str(value).lower()}"
    if isinstance(value, int) and whole_problem(value):
        return "a very large whole number"
    if isinstance(value, int | float):
        return f"the number {_shown(value)}"
    if isinstance(value, dt.datetime):
        return f"the date and time {value.isoformat(sep=' ')}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, Mapping):
        return "a mapping"
    return f"a {type(value).__name__}"


def _shown(value: object) -> str:
    # Python refuses to write out ints of more than 4300 digits (from_dict can be given one).
    try:
        return repr(value) if not isinstance(value, str) else value
    except ValueError:
        return f"<a {type(value).__name__} too long to show>"


def _quote_hint(value: object) -> str:
    # YAML reads unquoted yes/no/on/off, numbers and dates as such: say how to keep text.
    if isinstance(value, bool | int | float | dt.date):
        return " (put it in quotes to keep it as text)"
    return ""


def _refuse(reason: str) -> NoReturn:
    raise FileFormatError(reason)


def at(error: Exception, segment: Segment) -> IterableValidationError:
    """``error`` wrapped the way cattrs wraps an item's error: noted with its key or index."""
    note = IterableValidationNote(f"@ {segment!r}", segment, object)
    error.__notes__ = [*getattr(error, "__notes__", ()), note]
    return IterableValidationError(f"at {segment!r}", [error], object)


def _segment(key: object) -> str:
    return key if isinstance(key, str) else _shown(key)


def _did_you_mean(word: object, known: Iterable[str]) -> str:
    known = tuple(known)
    return did_you_mean(_segment(word), known) or f"; expected one of: {', '.join(known)}"


# --- scalars --------------------------------------------------------------------------
# Each comes twice: required, and optional (``_maybe_*``), where null means "left out".


def _text(value: Any, _: Any = None) -> str:
    if type(value) is str or isinstance(value, str):
        return value
    _refuse(f"must be text, not {describe(value)}{_quote_hint(value)}")


def _maybe_text(value: Any, _: Any = None) -> str | None:
    if value is None or type(value) is str:
        return value
    return _text(value)


def _whole_number(value: Any, _: Any = None) -> int:
    if type(value) is int and -LARGEST_WHOLE <= value <= LARGEST_WHOLE:
        return value
    if type(value) is int:
        _refuse(whole_problem(value) or "")
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return _whole_number(int(value))  # from_dict: numpy's and pandas' whole numbers
    _refuse(f"must be a whole number, not {describe(value)}")


def _maybe_whole_number(value: Any, _: Any = None) -> int | None:
    if value is None or (type(value) is int and -LARGEST_WHOLE <= value <= LARGEST_WHOLE):
        return value
    return _whole_number(value)


def _maybe_number(value: Any, _: Any = None) -> int | float | None:
    # Kept as given: an int stays an int, so ``target: 95`` is written back as 95.
    if value is None or type(value) is float:
        return value
    if type(value) is int:
        return _whole_number(value)
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return _whole_number(value)
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        try:  # from_dict: numpy's and pandas' numbers; NaN is the model's to refuse
            return float(value)
        except (ArithmeticError, TypeError, ValueError):  # a Fraction too large for a float
            pass
    _refuse(f"must be a number, not {describe(value)}")


def _flag(value: Any, _: Any = None) -> bool:
    if type(value) is bool:
        return value
    _refuse(f"must be true or false, not {describe(value)}")


def _day(value: Any, _: Any = None) -> dt.date:
    # YAML gives dates as dates, JSON as ISO text; both are the same date.
    if type(value) is dt.date:
        return value
    if type(value) is str:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    if isinstance(value, dt.datetime):
        _refuse(f"must be a date without a time of day, not {describe(value)}")
    if isinstance(value, dt.date):  # from_dict: a subclass of date
        return dt.date(value.year, value.month, value.day)
    _refuse(f"must be a date like 2026-11-29, not {describe(value)}")


def _maybe_day(value: Any, _: Any = None) -> dt.date | None:
    return None if value is None else _day(value)


def enum_words(enum: type[Any]) -> dict[str, Any]:
    """Every word a file may write for a member of ``enum``, with the member it means.

    The loader reads these and nothing else; the JSON Schema (``vcm schema``) lists the same:
    the file's own values first, then a person's word for each in every language, lower case
    (``maandelijks``, ``in uitvoering``), which ``dump`` writes back as the value.
    """
    found: dict[str, Any] = {member.value: member for member in enum}
    for word, member in read_words(enum).items():
        found.setdefault(word, member)
    return found


def _enum_hook(enum: type[Any], optional: bool = False) -> Hook:
    words: dict[object, object] = dict(enum_words(enum).items())
    known = tuple(str(member.value) for member in enum)
    if optional:
        words[None] = None

    def structure(value: Any, _: Any = None) -> Any:
        try:
            return words[value]
        except (KeyError, TypeError):
            pass
        hint = _did_you_mean(value, known) if isinstance(value, str) else ""
        if not hint.startswith(" (did"):
            hint = ""
        _refuse(f"must be one of {', '.join(known)}, not {describe(value)}{hint}")

    return structure


_OPTIONAL_HOOKS: Final[dict[Any, Hook]] = {
    str: _maybe_text,
    int: _maybe_whole_number,
    dt.date: _maybe_day,
}


# --- containers -----------------------------------------------------------------------


def _as_list(value: Any) -> list[Any] | tuple[Any, ...]:
    if isinstance(value, list | tuple):
        return value
    _refuse(f"must be a list, not {describe(value)}")


def as_mapping(value: Any, what: str = "must be a mapping (key: value)") -> Mapping[Any, Any]:
    """``value`` if it is a mapping; else a :class:`FileFormatError` saying ``what`` it must be."""
    if isinstance(value, Mapping):
        return value
    _refuse(f"{what}, not {describe(value)}")


def _texts(value: Any, _: Any = None) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if type(value) is list else _as_list(value)
    for item in items:
        if type(item) is not str:
            break
    else:
        return tuple(items)
    for index, item in enumerate(items):
        try:
            _text(item)
        except FileFormatError as error:
            raise at(error, index) from None
    return tuple(items)  # str subclasses: fine as text


def _tuple_hook(kind: Any, converter: Converter) -> Hook:
    (item_type, _) = get_args(kind)
    if item_type is str:
        return _texts
    item_hook = converter.get_structure_hook(item_type)

    def structure(value: Any, _: Any = None) -> tuple[Any, ...]:
        if value is None:
            return ()
        items = value if type(value) is list else _as_list(value)
        try:
            return tuple([item_hook(item, item_type) for item in items])
        except Exception:
            # Walk again, slowly, to name the index of the item that does not fit.
            for index, item in enumerate(items):
                try:
                    item_hook(item, item_type)
                except Exception as error:
                    raise at(error, index) from None
            raise

    return structure


def _union_hook(kind: Any) -> Hook:
    # The model's only unions are optional fields: ``X | None`` and ``int | float | None``.
    members = set(get_args(kind))
    if NoneType in members:
        members.remove(NoneType)
        if members == {int, float}:
            return _maybe_number
        if len(members) == 1:
            (member,) = members
            if member in _OPTIONAL_HOOKS:
                return _OPTIONAL_HOOKS[member]
            if member in FILE_ENUMS:
                return _enum_hook(member, optional=True)
    raise TypeError(f"vcm.io has no structure hook for {kind}")


def _is_union(kind: Any) -> bool:
    return isinstance(kind, UnionType) or get_origin(kind) is Union


def _is_tuple(kind: Any) -> bool:
    return get_origin(kind) is tuple


def _relative(error: InvalidModelError) -> InvalidModelError:
    # An item built from a key and a value: ``level`` is the key itself, ``behaviours[2]``
    # the third behaviour under it.
    rest = re.sub(r"^\w+", "", error.path or "")
    return InvalidModelError(error.reason, path=rest or None)


def _indicators(value: Any, _: Any = None) -> tuple[Indicator, ...]:
    """``{level: [behaviour, ...]}`` in the file; JSON gives the levels as text."""
    mapping = as_mapping(value, "must be a mapping of level to behaviours")
    indicators: list[Indicator] = []
    seen: set[int] = set()
    for key, behaviours in mapping.items():
        try:
            level: Any = key
            if isinstance(key, str) and key.isascii() and key.isdigit():
                problem = digits_problem(key)
                if problem:
                    _refuse(problem)
                level = int(key)
            elif type(key) is not int:
                _refuse(f"a level must be a whole number, not {describe(key)}")
            if level in seen:
                _refuse(f"level {level} is given twice")
            seen.add(level)
            try:
                indicators.append(Indicator(level=level, behaviours=_texts(behaviours)))
            except InvalidModelError as error:
                raise _relative(error) from None
        except Exception as error:
            raise at(error, _segment(key)) from None
    return tuple(indicators)


def _behaviours(value: Any, _: Any = None) -> tuple[Behaviour, ...]:
    """``{value id: behaviour}`` in the file: how the row's competence shows each value."""
    mapping = as_mapping(value, "must be a mapping of value id to behaviour")
    behaviours: list[Behaviour] = []
    for key, text in mapping.items():
        try:
            if not isinstance(key, str):
                _refuse(f"a value id must be text, not {describe(key)}{_quote_hint(key)}")
            try:
                behaviours.append(Behaviour(value=key, text=_text(text)))
            except InvalidModelError as error:
                raise InvalidModelError(error.reason) from None
        except Exception as error:
            raise at(error, _segment(key)) from None
    return tuple(behaviours)


# Fields whose file shape is not their model shape: a mapping in the file, a tuple here.
_FIELD_HOOKS: Final[dict[type, dict[str, Hook]]] = {
    Competence: {"indicators": _indicators},
    Requirement: {"behaviours": _behaviours},
}


def refuse_unknown(mapping: Mapping[Any, Any], known: tuple[str, ...]) -> NoReturn:
    """Raise for the first key of ``mapping`` not in ``known``, with a "did you mean"."""
    for key in mapping:
        if key not in known:
            error = FileFormatError(f"unknown key {_segment(key)!r}{_did_you_mean(key, known)}")
            raise at(error, _segment(key))
    raise AssertionError("no unknown key")  # pragma: no cover


def _null_is_default(hook: Hook, default: Any) -> Hook:
    def structure(value: Any, kind: Any) -> Any:
        return default if value is None else hook(value, kind)

    return structure


def _class_hook(cls: type[Any], converter: Converter) -> Hook:
    fields = attrs.fields(attrs.resolve_types(cls))
    known = tuple(field.name for field in fields)
    allowed = frozenset(known)
    overrides: dict[str, Any] = {
        name: override(struct_hook=hook) for name, hook in _FIELD_HOOKS.get(cls, {}).items()
    }
    for field in fields:
        # Optional text, numbers and lists take null as "left out"; so do the few fields
        # whose default is something else (language: en, observable: true, the scale, ...).
        if field.default not in (attrs.NOTHING, None, ()) and field.name not in overrides:
            hook = converter.get_structure_hook(field.type)
            overrides[field.name] = override(struct_hook=_null_is_default(hook, field.default))
    # Generated once per class: a straight-line function over the fields, the fast path.
    generated = make_dict_structure_fn(
        cls,
        converter,
        _cattrs_forbid_extra_keys=False,
        _cattrs_detailed_validation=True,
        **overrides,
    )

    def structure(value: Any, _: Any = None) -> Any:
        mapping = value if type(value) is dict else as_mapping(value)
        if not allowed.issuperset(mapping):
            refuse_unknown(mapping, known)
        return generated(mapping, cls)

    return structure


def _build() -> Converter:
    converter = Converter(detailed_validation=True)
    # Registered by class: cattrs tries these first, before any predicate.
    converter.register_structure_hook(str, _text)
    converter.register_structure_hook(int, _whole_number)
    converter.register_structure_hook(bool, _flag)
    converter.register_structure_hook(dt.date, _day)
    for enum in FILE_ENUMS:  # each by name: a StrEnum would otherwise be taken for str
        converter.register_structure_hook(enum, _enum_hook(enum))
    # Predicates: the newest registered is asked first.
    converter.register_structure_hook_factory(_is_union, _union_hook)
    converter.register_structure_hook_factory(_is_tuple, _tuple_hook)
    converter.register_structure_hook_factory(attrs.has, _class_hook)
    levels = converter.get_structure_hook(tuple[Level, ...])
    converter.register_structure_hook(Scale, lambda value, _: Scale(levels(value, None)))
    return converter


CONVERTER: Final = _build()
