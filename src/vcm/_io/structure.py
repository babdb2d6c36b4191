"""Document tree -> model, through the one private cattrs Converter of vcm.

The converter is built once, at import, and every hook is registered in :func:`_build`.
The hooks check types strictly (a number is not text, a text is not a list, ``true`` is not a
number) and leave the local invariants to the model's validators. Whatever fails comes out as
:class:`Misfit`: the errors with the path of each (a tuple of keys and indexes), so that the
caller can add the file and, for YAML, the line.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import NoneType, UnionType
from typing import Any, Final, NoReturn, Union, get_args, get_origin

import attrs
from cattrs import Converter
from cattrs.errors import AttributeValidationNote, IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, override

from vcm.errors import FileFormatError, UnsupportedVersionError, VcmError
from vcm.model import (
    AuthorityKind,
    Behaviour,
    Competence,
    CompetenceKind,
    DevelopmentKind,
    DevelopmentStatus,
    Direction,
    Frequency,
    Indicator,
    InvalidModelError,
    Language,
    Level,
    MonitoringKind,
    ObservationStatus,
    Organisation,
    Requirement,
    Scale,
)

__all__ = [
    "FORMAT_VERSION",
    "Misfit",
    "Path",
    "Segment",
    "render_path",
    "structure_document",
]

FORMAT_VERSION: Final = 1
"""The version of format.md this vcm reads and writes (``vcm: 1``)."""

Segment = str | int
"""A step of a path: a mapping key (text) or a list index."""
Path = tuple[Segment, ...]

Hook = Callable[[Any, Any], Any]

# The document's own keys; the header's keys are the Organisation's id, name and language.
_DOCUMENT_KEYS: Final = (
    "vcm",
    "organisation",
    "purpose",
    "values",
    "scale",
    "competences",
    "task_areas",
    "people",
)
_HEADER_KEYS: Final = ("id", "name", "language")
_ENUMS: Final = (
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


class Misfit(Exception):
    """A document tree that does not fit the model.

    ``problems`` holds each error (without a location) with the path where it happened, in
    the order the tree was walked; the caller picks the one to report.
    """

    def __init__(self, problems: list[tuple[Path, VcmError]]) -> None:
        super().__init__(problems[0][1])
        self.problems = problems


# --- describing what was found, in the words of the file --------------------------------


def _describe(value: object) -> str:
    if value is None:
        return "null (left empty)"
    if value is True or value is False:
        return f"the yes/no value {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
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


def _quote_hint(value: object) -> str:
    # YAML reads unquoted yes/no/on/off, numbers and dates as such: say how to keep text.
    if isinstance(value, bool | int | float | dt.date):
        return " (put it in quotes to keep it as text)"
    return ""


def _refuse(reason: str) -> NoReturn:
    raise FileFormatError(reason)


def _at(error: Exception, segment: Segment) -> IterableValidationError:
    """``error`` wrapped the way cattrs wraps an item's error: noted with its key or index."""
    note = IterableValidationNote(f"@ {segment!r}", segment, object)
    error.__notes__ = [*getattr(error, "__notes__", ()), note]
    return IterableValidationError(f"at {segment!r}", [error], object)


def _segment(key: object) -> str:
    return key if isinstance(key, str) else str(key)


def _did_you_mean(word: object, known: Iterable[str]) -> str:
    known = tuple(known)
    close = difflib.get_close_matches(str(word), known, n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f"; expected one of: {', '.join(known)}"


# --- scalars --------------------------------------------------------------------------
# Each comes twice: required, and optional (``_maybe_*``), where null means "left out".


def _text(value: Any, _: Any = None) -> str:
    if type(value) is str or isinstance(value, str):
        return value
    _refuse(f"must be text, not {_describe(value)}{_quote_hint(value)}")


def _maybe_text(value: Any, _: Any = None) -> str | None:
    if value is None or type(value) is str:
        return value
    return _text(value)


def _whole_number(value: Any, _: Any = None) -> int:
    if type(value) is int:
        return value
    _refuse(f"must be a whole number, not {_describe(value)}")


def _maybe_whole_number(value: Any, _: Any = None) -> int | None:
    if value is None or type(value) is int:
        return value
    return _whole_number(value)


def _maybe_number(value: Any, _: Any = None) -> int | float | None:
    # Kept as given: an int stays an int, so ``target: 95`` is written back as 95.
    if value is None or type(value) is int or type(value) is float:
        return value
    _refuse(f"must be a number, not {_describe(value)}")


def _flag(value: Any, _: Any = None) -> bool:
    if type(value) is bool:
        return value
    _refuse(f"must be true or false, not {_describe(value)}")


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
        _refuse(f"must be a date without a time of day, not {_describe(value)}")
    _refuse(f"must be a date like 2026-11-29, not {_describe(value)}")


def _maybe_day(value: Any, _: Any = None) -> dt.date | None:
    return None if value is None else _day(value)


def _enum_hook(enum: type[Any], optional: bool = False) -> Hook:
    words: dict[object, object] = {member.value: member for member in enum}
    known = tuple(str(word) for word in words)
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
        _refuse(f"must be one of {', '.join(known)}, not {_describe(value)}{hint}")

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
    _refuse(f"must be a list, not {_describe(value)}")


def _as_mapping(value: Any, what: str = "must be a mapping (key: value)") -> Mapping[Any, Any]:
    if isinstance(value, Mapping):
        return value
    _refuse(f"{what}, not {_describe(value)}")


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
            raise _at(error, index) from None
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
                    raise _at(error, index) from None
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
            if member in _ENUMS:
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
    mapping = _as_mapping(value, "must be a mapping of level to behaviours")
    indicators: list[Indicator] = []
    seen: set[int] = set()
    for key, behaviours in mapping.items():
        try:
            level: Any = key
            if isinstance(key, str) and key.isascii() and key.isdigit():
                level = int(key)
            elif type(key) is not int:
                _refuse(f"a level must be a whole number, not {_describe(key)}")
            if level in seen:
                _refuse(f"level {level} is given twice")
            seen.add(level)
            try:
                indicators.append(Indicator(level=level, behaviours=_texts(behaviours)))
            except InvalidModelError as error:
                raise _relative(error) from None
        except Exception as error:
            raise _at(error, _segment(key)) from None
    return tuple(indicators)


def _behaviours(value: Any, _: Any = None) -> tuple[Behaviour, ...]:
    """``{value id: behaviour}`` in the file: how the row's competence shows each value."""
    mapping = _as_mapping(value, "must be a mapping of value id to behaviour")
    behaviours: list[Behaviour] = []
    for key, text in mapping.items():
        try:
            if not isinstance(key, str):
                _refuse(f"a value id must be text, not {_describe(key)}{_quote_hint(key)}")
            try:
                behaviours.append(Behaviour(value=key, text=_text(text)))
            except InvalidModelError as error:
                raise InvalidModelError(error.reason) from None
        except Exception as error:
            raise _at(error, key if isinstance(key, str) else _segment(key)) from None
    return tuple(behaviours)


# Fields whose file shape is not their model shape: a mapping in the file, a tuple here.
_FIELD_HOOKS: Final[dict[type, dict[str, Hook]]] = {
    Competence: {"indicators": _indicators},
    Requirement: {"behaviours": _behaviours},
}


def _refuse_unknown(mapping: Mapping[Any, Any], known: tuple[str, ...]) -> NoReturn:
    for key in mapping:
        if key not in known:
            error = FileFormatError(f"unknown key {key!r}{_did_you_mean(key, known)}")
            raise _at(error, _segment(key))
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
        mapping = value if type(value) is dict else _as_mapping(value)
        if not allowed.issuperset(mapping):
            _refuse_unknown(mapping, known)
        return generated(mapping, cls)

    return structure


def _build() -> Converter:
    converter = Converter(detailed_validation=True)
    # Registered by class: cattrs tries these first, before any predicate.
    converter.register_structure_hook(str, _text)
    converter.register_structure_hook(int, _whole_number)
    converter.register_structure_hook(bool, _flag)
    converter.register_structure_hook(dt.date, _day)
    for enum in _ENUMS:  # each by name: a StrEnum would otherwise be taken for str
        converter.register_structure_hook(enum, _enum_hook(enum))
    # Predicates: the newest registered is asked first.
    converter.register_structure_hook_factory(_is_union, _union_hook)
    converter.register_structure_hook_factory(_is_tuple, _tuple_hook)
    converter.register_structure_hook_factory(attrs.has, _class_hook)
    levels = converter.get_structure_hook(tuple[Level, ...])
    converter.register_structure_hook(Scale, lambda value, _: Scale(levels(value, None)))
    return converter


_CONVERTER: Final = _build()
_ORGANISATION: Final = _CONVERTER.get_structure_hook(Organisation)


# --- the document ---------------------------------------------------------------------


def _check_version(tree: Mapping[Any, Any]) -> None:
    if "vcm" not in tree:
        raise Misfit(
            [(("vcm",), FileFormatError("the key 'vcm: 1' is missing: is this a vcm model?"))]
        )
    version = tree["vcm"]
    if type(version) is int and version > FORMAT_VERSION:
        error: VcmError = UnsupportedVersionError(
            f"this file was written by a newer vcm (format version {version}); "
            f"this vcm reads version {FORMAT_VERSION}: upgrade vcm to read it"
        )
        raise Misfit([(("vcm",), error)])
    if type(version) is not int or version < 1:
        error = FileFormatError(
            f"must be the format version {FORMAT_VERSION}, not {_describe(version)}"
        )
        raise Misfit([(("vcm",), error)])


def structure_document(document: Any) -> Organisation:
    """The organisation a document tree (format.md) describes; :class:`Misfit` if none."""
    if not isinstance(document, Mapping):
        reason = (
            f"the document must be a mapping (vcm: 1, organisation: ...), not {_describe(document)}"
        )
        raise Misfit([((), FileFormatError(reason))])
    _check_version(document)
    try:
        if not frozenset(_DOCUMENT_KEYS).issuperset(document):
            _refuse_unknown(document, _DOCUMENT_KEYS)
        if "organisation" not in document:
            raise _at(FileFormatError("the required key 'organisation' is missing"), "organisation")
        try:
            header = _as_mapping(document["organisation"])
            if not frozenset(_HEADER_KEYS).issuperset(header):
                _refuse_unknown(header, _HEADER_KEYS)
        except Exception as error:
            raise _at(error, "organisation") from None
    except Exception as error:
        raise Misfit(list(_problems(error, ()))) from None
    flat = dict(header)
    flat.update(
        (key, value) for key, value in document.items() if key not in ("vcm", "organisation")
    )
    try:
        return _ORGANISATION(flat, Organisation)  # type: ignore[no-any-return]
    except Exception as error:
        problems = [(_in_file(where), problem) for where, problem in _problems(error, ())]
        raise Misfit(problems) from None


def _in_file(where: Path) -> Path:
    # The model keeps the header (id, name, language) on the Organisation itself.
    if where and where[0] in _HEADER_KEYS:
        return ("organisation", *where)
    return where


_MODEL_PATH: Final = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _parse_model_path(path: str | None) -> Path:
    if not path:
        return ()
    return tuple(int(index) if index else name for name, index in _MODEL_PATH.findall(path))


def _problems(error: BaseException, where: Path) -> Iterator[tuple[Path, VcmError]]:
    """Every leaf error under ``error`` with its path; anything not ours is re-raised."""
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            yield from _problems(inner, where + _noted(inner))
        return
    if isinstance(error, VcmError):
        bare = copy.copy(error)
        bare.path = None
        yield where + _parse_model_path(error.path), bare
    elif isinstance(error, KeyError) and error.args:
        # Raised by a generated hook looking up a required key; its note named the key.
        yield where, FileFormatError(f"the required key {error.args[0]!r} is missing")
    else:
        raise error


def _noted(error: BaseException) -> Path:
    steps: list[Segment] = []
    for note in getattr(error, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            steps.append(note.name)
        elif isinstance(note, IterableValidationNote):
            steps.append(note.index)
    return tuple(steps)


_PLAIN_KEY: Final = re.compile(r"[^\s.\[\]'\"]+")


def render_path(where: Path) -> str | None:
    """``task_areas[0].matrix[2].level`` for ``("task_areas", 0, "matrix", 2, "level")``."""
    text = ""
    for step in where:
        if isinstance(step, int):
            text += f"[{step}]"
        elif _PLAIN_KEY.fullmatch(step):
            text += f".{step}" if text else step
        else:
            text += f"[{step!r}]"
    return text or None
