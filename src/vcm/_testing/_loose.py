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
from typing import Any

from hypothesis import strategies as st

from vcm import model as m
from vcm._testing._fields import builds

__all__ = ["loose_organisations"]

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

purposes = builds(m.Purpose, texts, vision=texts, mission=texts, statement=_optional(texts))
values = builds(
    m.Value,
    texts,
    id=identifiers,
    name=texts,
    description=_optional(texts),
    behaviours=_few(texts),
    counter_behaviours=_few(texts),
)
scales = st.one_of(
    st.just(m.DEFAULT_SCALE),
    _few(builds(m.Level, texts, level=levels, name=texts, description=_optional(texts)), 5).map(
        m.Scale
    ),
)
indicators = st.dictionaries(levels, _few(texts), max_size=3).map(
    lambda by_level: tuple(m.Indicator(level=k, behaviours=v) for k, v in by_level.items())
)
competences = builds(
    m.Competence,
    texts,
    id=identifiers,
    name=texts,
    kind=st.sampled_from(m.CompetenceKind),
    description=_optional(texts),
    values=_few(identifiers),
    indicators=indicators,
    references=_few(texts),
)
results = builds(
    m.Result,
    texts,
    id=identifiers,
    name=texts,
    client=texts,
    description=_optional(texts),
    values=_few(identifiers),
)
authorities = builds(
    m.Authority,
    texts,
    description=texts,
    kind=st.sampled_from(m.AuthorityKind),
    limit=_optional(texts),
    escalate_to=_optional(texts),
)
responsibilities = builds(
    m.Responsibility,
    texts,
    id=identifiers,
    description=texts,
    results=_few(identifiers),
    competences=_few(identifiers),
    authorities=_few(authorities),
)
requirements = builds(
    m.Requirement,
    texts,
    competence=identifiers,
    level=levels,
    behaviours=st.dictionaries(identifiers, texts, max_size=3).map(
        lambda by_value: tuple(m.Behaviour(value=k, text=v) for k, v in by_value.items())
    ),
)
observations = st.one_of(
    builds(m.Observation, texts, date=st.dates(), value=numbers, note=_optional(texts)),
    builds(
        m.Observation,
        texts,
        date=st.dates(),
        status=st.sampled_from(m.ObservationStatus),
        note=_optional(texts),
    ),
)
rules = builds(
    m.MonitoringRule,
    texts,
    id=identifiers,
    kind=st.sampled_from(m.MonitoringKind),
    indicator=texts,
    frequency=st.sampled_from(m.Frequency),
    owner=texts,
    results=_few(identifiers),
    method=_optional(texts),
    unit=_optional(texts),
    direction=_optional(st.sampled_from(m.Direction)),
    target=_optional(numbers),
    threshold=_optional(numbers),
    response=_optional(texts),
    observations=_few(observations),
)
task_areas = builds(
    m.TaskArea,
    texts,
    id=identifiers,
    name=texts,
    description=_optional(texts),
    results=_few(results),
    responsibilities=_few(responsibilities),
    matrix=_few(requirements),
    monitoring=_few(rules),
)


def _assessment(
    observed: bool, level: int, date: dt.date, valid_for: int | None, **fields: Any
) -> m.Assessment:
    # valid_until may not lie before the assessment's own date (the model refuses it).
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


assessments = builds(
    m.Assessment,
    texts,
    via=_assessment,
    observed=st.booleans(),
    level=levels,
    competence=identifiers,
    date=st.dates(),
    valid_for=_optional(st.integers(0, 3000)),
    assessor=_optional(texts),
    evidence=_optional(texts),
)
development = builds(
    m.DevelopmentAction,
    texts,
    competence=identifiers,
    kind=st.sampled_from(m.DevelopmentKind),
    description=texts,
    target_level=_optional(levels),
    due=_optional(st.dates()),
    status=st.sampled_from(m.DevelopmentStatus),
)
people = builds(
    m.Person,
    texts,
    id=identifiers,
    name=texts,
    task_areas=_few(identifiers),
    assessments=_few(assessments),
    development=_few(development),
)


def loose_organisations(
    *, max_values: int, max_competences: int, max_task_areas: int, max_people: int
) -> st.SearchStrategy[m.Organisation]:
    """Organisations valid object by object only: ids need not be unique or resolve."""
    return builds(
        m.Organisation,
        texts,
        id=identifiers,
        name=texts,
        purpose=purposes,
        language=st.sampled_from(m.Language),
        values=_few(values, max_values),
        scale=scales,
        competences=_few(competences, max_competences),
        task_areas=_few(task_areas, max_task_areas),
        people=_few(people, max_people),
    )
