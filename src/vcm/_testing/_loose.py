"""Organisations that are valid object by object only: the io layer's raw material.

Every field is covered, optional ones are often left at their default, and text includes
markup characters, emoji, Dutch diacritics, formula prefixes and words YAML would misread.
Ids need not be unique nor references resolve, levels need not lie on the scale: whatever
the model's constructors accept, a file must hold and give back. Exposed as
``vcm.testing.organisations(consistent=False)``.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from types import UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

import attrs
from hypothesis import strategies as st

from vcm import model as m
from vcm.model import _validators as v

__all__ = ["loose_organisations"]

T = TypeVar("T")

# Text a YAML or JSON writer must quote or escape to read it back as the same text.
TRICKY = (
    "& < > \" '",
    "café ë ï ü — “quotes”",
    "Zorg 😀 voor iedereen 👩🏽‍⚕️",
    "=SUM(A1:A3)",
    "+31 6 1234",
    "-1",
    "yes",
    "No",
    "on",
    "OFF",
    "y",
    "null",
    "~",
    "true",
    "1e3",
    "1.0",
    "0x1F",
    "0o17",
    "1_000",
    ".inf",
    ".NaN",
    "2026-01-01",
    "2026-01-01 10:00:00",
    "12:30",
    "=",
    "<<",
    "& anchor",
    "*alias",
    "!tag",
    "%directive",
    "@at",
    "`tick",
    "# not a comment",
    "a # b",
    "key: value",
    "ends with colon:",
    "- item",
    "? key",
    "| block",
    "> folded",
    "[x]",
    "{y: 1}",
    "  leading spaces",
    "trailing spaces  ",
    "two\nlines",
    "ends with a newline\n",
    "\n starts with a newline",
    "tab\there",
    "line\u2028separator",
    "é" * 300,
    "a long sentence that goes on " * 20,
)

# The model refuses control characters (but tab and newline), surrogates, U+FFFE and U+FFFF.
_NON_CHARACTERS = "\ufffe\uffff"
_TEXT_CHARACTERS = st.characters(
    exclude_categories=("Cs", "Cc"), include_characters="\t\n", exclude_characters=_NON_CHARACTERS
)
_ID_CHARACTERS = st.characters(
    exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), exclude_characters=_NON_CHARACTERS
)
_WHITESPACE = re.compile(r"\s")

texts: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(TRICKY),
    st.text(_TEXT_CHARACTERS, min_size=1, max_size=40).filter(str.strip),
)
"""Text the model accepts: non-blank, no control characters but tab and newline."""

identifiers: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(("dignity", "yes", "1", "null", "2026-01-01", "a.b", "x[0]", "café", "=x")),
    st.text(_ID_CHARACTERS, min_size=1, max_size=12).filter(
        lambda text: not _WHITESPACE.search(text)
    ),
)
"""Ids the model accepts: no whitespace, no control characters."""


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _few(strategy: st.SearchStrategy[Any], most: int = 3) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(strategy, max_size=most).map(tuple)


levels = st.integers(min_value=1, max_value=12)
numbers = st.integers(-(10**12), 10**12) | st.floats(allow_nan=False, allow_infinity=False)

# What each validator of the model accepts, object by object: one home for the loose shapes,
# so a new field of a known kind is drawn without a change here.
_ACCEPTS: dict[object, st.SearchStrategy[Any]] = {
    v.identifier: identifiers,
    v.text: texts,
    v.optional_text: _optional(texts),
    v.identifiers: _few(identifiers),
    v.texts: _few(texts),
    v.level: levels,
    v.optional_level: _optional(levels),
    v.optional_number: _optional(numbers),
    v.day: st.dates(),
    v.optional_day: _optional(st.dates()),
    v.flag: st.booleans(),
}


def _loose(cls: type[T], /, **given: st.SearchStrategy[Any]) -> st.SearchStrategy[T]:
    """``cls`` with every field drawn from what its validator accepts; ``given`` overrides."""
    return st.builds(
        cls, **{f.name: given[f.name] if f.name in given else _accepted(f) for f in _fields(cls)}
    )


def _fields(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    return tuple(attrs.fields(attrs.resolve_types(cls)))


def _accepted(field: attrs.Attribute[Any]) -> st.SearchStrategy[Any]:
    check = field.validator
    if check in _ACCEPTS:
        return _ACCEPTS[check]
    kind, optional = field.type, False
    if get_origin(kind) in (Union, UnionType) and type(None) in get_args(kind):
        (kind,) = (member for member in get_args(kind) if member is not type(None))
        optional = True
    if isinstance(kind, type) and issubclass(kind, Enum):
        drawn: st.SearchStrategy[Any] = st.sampled_from(kind)
    elif isinstance(kind, type) and attrs.has(kind):
        drawn = _loose(kind)
    elif get_origin(kind) is tuple and attrs.has(get_args(kind)[0]):
        drawn = _few(_loose(get_args(kind)[0]))
    else:
        raise TypeError(f"no loose strategy for {field.name}: {field.type}; add one to _ACCEPTS")
    return _optional(drawn) if optional else drawn


# Entries the file keys by a level or a value id: one entry per key, as its mapping holds.
_indicators = st.dictionaries(levels, _few(texts), max_size=3).map(
    lambda by_level: tuple(m.Indicator(level=k, behaviours=v) for k, v in by_level.items())
)
_behaviours = st.dictionaries(identifiers, texts, max_size=3).map(
    lambda by_value: tuple(m.Behaviour(value=k, text=v) for k, v in by_value.items())
)


def _assessment(
    observed: bool, level: int, date: dt.date, valid_for: int | None, **fields: Any
) -> m.Assessment:
    # The level goes with observable; valid_until may not lie before the assessment's date.
    valid_until = None
    if valid_for is not None:
        valid_until = date + dt.timedelta(days=min(valid_for, (dt.date.max - date).days))
    return m.Assessment(
        level=level if observed else None,
        observable=observed,
        date=date,
        valid_until=valid_until,
        **fields,
    )


def _observation(value: float | None, status: m.ObservationStatus, **fields: Any) -> Any:
    # A reading is a value or a status, never both.
    return m.Observation(value=value, status=None if value is not None else status, **fields)


scales = st.one_of(st.just(m.DEFAULT_SCALE), _few(_loose(m.Level), 5).map(m.Scale))
# Fields drawn together by the functions above, the others one by one.
_TIED = ("level", "observable", "valid_until", "value", "status")
assessments = st.builds(
    _assessment,
    observed=st.booleans(),
    level=levels,
    valid_for=_optional(st.integers(0, 3000)),
    **{f.name: _accepted(f) for f in _fields(m.Assessment) if f.name not in _TIED},
)
observations = st.builds(
    _observation,
    value=_optional(numbers),
    status=st.sampled_from(m.ObservationStatus),
    **{f.name: _accepted(f) for f in _fields(m.Observation) if f.name not in _TIED},
)
_rules = _loose(m.MonitoringRule, observations=_few(observations))
_task_areas = _loose(
    m.TaskArea,
    monitoring=_few(_rules),
    matrix=_few(_loose(m.Requirement, behaviours=_behaviours)),
)
_competences = _loose(m.Competence, indicators=_indicators)
_people = _loose(m.Person, assessments=_few(assessments))


def loose_organisations(
    *, max_values: int, max_competences: int, max_task_areas: int, max_people: int
) -> st.SearchStrategy[m.Organisation]:
    """Organisations valid object by object only: ids need not be unique or resolve."""
    return _loose(
        m.Organisation,
        values=_few(_loose(m.Value), max_values),
        scale=scales,
        competences=_few(_competences, max_competences),
        task_areas=_few(_task_areas, max_task_areas),
        people=_few(_people, max_people),
    )
