"""Valid organisations: ids unique per kind, every reference resolved, levels on the scale.

Ids are drawn first, per kind and for the whole organisation at once, so that uniqueness
holds by construction; references are then drawn from those ids. In *clean* mode (an
``as_of`` date is given) every rule of docs/checks.rst is kept as well, so that a breaker in
:mod:`vcm._testing._broken` can break exactly one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TypeVar

import attrs
from hypothesis import strategies as st

from vcm import model as m
from vcm._testing._fields import make
from vcm._testing._loose import loose_organisations
from vcm._testing._text import days_after, days_before, identifiers, numbers, optional, texts

__all__ = ["organisations"]

T = TypeVar("T")

_CLIENTS = ("Client", "Cliënt", "Mantelzorger", "Huisarts", "Reader", "The team", "Gemeente")
_REFERENCES = (
    "http://data.europa.eu/esco/skill/4b2a6a3c-3f7a-4d3f-8d0e-6a1b0d7e2c11",
    "SFIA: PLAN level 3",
    "ESCO S1.2.1",
    "https://example.org/competences?id=1&lang=nl",
)
_UNITS = ("%", "days", "dagen", "€", "clients", "minutes")
_OPEN = (m.DevelopmentStatus.PLANNED, m.DevelopmentStatus.IN_PROGRESS)


@attrs.frozen
class _Plan:
    """What every part of one drawn organisation has to agree on."""

    clean: bool
    today: date
    top: int
    value_ids: tuple[str, ...]
    competence_ids: tuple[str, ...]


def _names() -> st.SearchStrategy[str]:
    return texts(max_size=40)


def _prose() -> st.SearchStrategy[str]:
    # Long text is costly to draw; the fields a person writes at length get it.
    return texts(max_size=300)


def _ids(draw: st.DrawFn, count: int) -> list[str]:
    return draw(st.lists(identifiers(), min_size=count, max_size=count, unique=True))


def _subset(
    draw: st.DrawFn, items: Sequence[T], *, min_size: int = 0, max_size: int = 3
) -> list[T]:
    if not items:
        return []
    return draw(
        st.lists(
            st.sampled_from(items),
            unique=True,
            min_size=min(min_size, len(items)),
            max_size=min(max_size, len(items)),
        )
    )


def _spread(
    draw: st.DrawFn, items: Sequence[T], buckets: int, *, cover: bool, fill: bool
) -> list[list[T]]:
    """Items into buckets at random; ``cover``: each item in one at least; ``fill``: none empty."""
    chosen = [_subset(draw, items) for _ in range(buckets)]
    if items and cover:
        for item in items:
            if not any(item in bucket for bucket in chosen):
                chosen[draw(st.integers(0, buckets - 1))].append(item)
    if items and fill:
        for bucket in chosen:
            if not bucket:
                bucket.append(draw(st.sampled_from(items)))
    return chosen


def _value(draw: st.DrawFn, value_id: str) -> m.Value:
    return make(draw, m.Value, _names())(
        id=value_id,
        name=draw(_names()),
        description=draw(optional(_prose())),
        behaviours=draw(st.lists(_names(), min_size=1, max_size=3)),
        counter_behaviours=draw(st.lists(_names(), max_size=2)),
    )


def _custom_scale(draw: st.DrawFn) -> m.Scale | None:
    if draw(st.booleans()):
        return None
    return m.Scale(
        tuple(
            m.Level(level=number, name=draw(_names()), description=draw(optional(_prose())))
            for number in range(1, draw(st.integers(2, 7)) + 1)
        )
    )


def _competence(draw: st.DrawFn, plan: _Plan, competence_id: str) -> m.Competence:
    levels = draw(st.lists(st.integers(1, plan.top), unique=True, max_size=3))
    return make(draw, m.Competence, _names())(
        id=competence_id,
        name=draw(_names()),
        kind=draw(st.sampled_from(m.CompetenceKind)),
        description=draw(optional(_prose())),
        values=_subset(draw, plan.value_ids, min_size=1 if plan.clean else 0),
        indicators=tuple(
            m.Indicator(level=level, behaviours=draw(st.lists(_names(), min_size=1, max_size=2)))
            for level in levels
        ),
        references=draw(st.lists(st.sampled_from(_REFERENCES) | texts(max_size=80), max_size=2)),
    )


def _matrix(
    draw: st.DrawFn, plan: _Plan, competence_ids: Sequence[str]
) -> tuple[m.Requirement, ...]:
    shown = [_subset(draw, plan.value_ids, max_size=len(plan.value_ids)) for _ in competence_ids]
    if plan.clean:
        # VCM300: every value shows in some row of every task area.
        for value_id in plan.value_ids:
            if not any(value_id in row for row in shown):
                shown[draw(st.integers(0, len(shown) - 1))].append(value_id)
    return tuple(
        m.Requirement(
            competence=competence_id,
            level=draw(st.integers(1, plan.top)),
            behaviours=tuple(m.Behaviour(value=v, text=draw(_names())) for v in value_ids),
        )
        for competence_id, value_ids in zip(competence_ids, shown, strict=True)
    )


def _result(draw: st.DrawFn, plan: _Plan, result_id: str) -> m.Result:
    return make(draw, m.Result, _names())(
        id=result_id,
        name=draw(_names()),
        client=draw(st.sampled_from(_CLIENTS) | _names()),
        description=draw(optional(_prose())),
        values=_subset(draw, plan.value_ids, min_size=1 if plan.clean else 0),
    )


def _authority(draw: st.DrawFn) -> m.Authority:
    return make(draw, m.Authority, _names())(
        description=draw(_names()),
        kind=draw(st.sampled_from(m.AuthorityKind)),
        limit=draw(optional(texts(max_size=80))),
        escalate_to=draw(optional(_names())),
    )


def _responsibilities(
    draw: st.DrawFn,
    plan: _Plan,
    responsibility_ids: Sequence[str],
    result_ids: Sequence[str],
    competence_ids: Sequence[str],
) -> tuple[m.Responsibility, ...]:
    count = len(responsibility_ids)
    # VCM201 always; VCM302 and VCM304 only when clean, since they are warnings.
    results = _spread(draw, result_ids, count, cover=True, fill=plan.clean)
    competences = _spread(draw, competence_ids, count, cover=plan.clean, fill=plan.clean)
    return tuple(
        m.Responsibility(
            id=responsibility_id,
            description=draw(_names()),
            results=tuple(results[i]),
            competences=tuple(competences[i]),
            authorities=tuple(_authority(draw) for _ in range(draw(st.integers(1, 2)))),
        )
        for i, responsibility_id in enumerate(responsibility_ids)
    )


def _margins() -> st.SearchStrategy[int | float]:
    # At least 0.5 apart: target and threshold stay distinct at every magnitude numbers() draws.
    return st.integers(1, 1000) | st.floats(0.5, 1000)


def _rule(
    draw: st.DrawFn, plan: _Plan, rule_id: str, result_ids: Sequence[str]
) -> m.MonitoringRule:
    kind = draw(st.sampled_from(m.MonitoringKind))
    frequency = draw(st.sampled_from(m.Frequency))
    unit = direction = target = threshold = None
    if kind is m.MonitoringKind.QUANTITATIVE:
        unit = draw(st.sampled_from(_UNITS) | texts(max_size=20))
        direction = draw(st.sampled_from(m.Direction))
        target = draw(numbers())
        margin = draw(_margins())
        threshold = target - margin if direction is m.Direction.HIGHER else target + margin
    if plan.clean:
        # The latest reading lies well inside the window (VCM500) and is on track (501, 502).
        latest = draw(st.integers(1, frequency.window_days - 2))
        older = draw(st.lists(st.integers(latest + 1, 800), unique=True, max_size=3))
        offsets = [latest, *older]
    else:
        offsets = draw(st.lists(st.integers(-60, 800), max_size=4))
    observations: list[m.Observation] = []
    for index, offset in enumerate(offsets):
        on_track = plan.clean and index == 0
        value: int | float | None = None
        status: m.ObservationStatus | None = None
        if target is None:
            status = (
                m.ObservationStatus.ON_TRACK
                if on_track
                else draw(st.sampled_from(m.ObservationStatus))
            )
        elif on_track:
            extra = draw(st.just(0) | _margins())
            value = target + extra if direction is m.Direction.HIGHER else target - extra
        else:
            value = draw(numbers())
        observations.append(
            m.Observation(
                date=plan.today - timedelta(days=offset),
                value=value,
                status=status,
                note=draw(optional(_names())),
            )
        )
    return make(draw, m.MonitoringRule, _names())(
        id=rule_id,
        kind=kind,
        indicator=draw(_names()),
        frequency=frequency,
        owner=draw(_names()),
        results=tuple(result_ids),
        method=draw(optional(_names())),
        unit=unit,
        direction=direction,
        target=target,
        threshold=threshold,
        response=draw(optional(_names())),
        observations=tuple(draw(st.permutations(observations))),
    )


def _task_area(
    draw: st.DrawFn,
    plan: _Plan,
    area_id: str,
    competence_ids: Sequence[str],
    result_ids: Sequence[str],
    responsibility_ids: Sequence[str],
    rule_ids: Sequence[str],
) -> m.TaskArea:
    watched = _spread(draw, result_ids, len(rule_ids), cover=True, fill=True)  # VCM203
    return make(draw, m.TaskArea, _names())(
        id=area_id,
        name=draw(_names()),
        description=draw(optional(_prose())),
        results=tuple(_result(draw, plan, result_id) for result_id in result_ids),
        responsibilities=_responsibilities(
            draw, plan, responsibility_ids, result_ids, competence_ids
        ),
        matrix=_matrix(draw, plan, competence_ids),
        monitoring=tuple(
            _rule(draw, plan, rule_id, results)
            for rule_id, results in zip(rule_ids, watched, strict=True)
        ),
    )


def _task_areas(draw: st.DrawFn, plan: _Plan, count: int) -> tuple[m.TaskArea, ...]:
    area_ids = _ids(draw, count)
    required = [_subset(draw, plan.competence_ids, min_size=1, max_size=4) for _ in area_ids]
    if plan.clean:
        # VCM303: every competence in the catalogue is required somewhere.
        for competence_id in plan.competence_ids:
            if not any(competence_id in row for row in required):
                required[draw(st.integers(0, count - 1))].append(competence_id)
    # Result, responsibility and rule ids are unique across the whole organisation.
    results, responsibilities, rules = (_chunks(draw, count) for _kind in range(3))
    return tuple(
        _task_area(draw, plan, area_id, required[i], results[i], responsibilities[i], rules[i])
        for i, area_id in enumerate(area_ids)
    )


def _chunks(draw: st.DrawFn, count: int) -> list[list[str]]:
    """``count`` groups of 1-3 ids, unique over all the groups."""
    sizes = [draw(st.integers(1, 3)) for _ in range(count)]
    ids = iter(_ids(draw, sum(sizes)))
    return [[next(ids) for _ in range(size)] for size in sizes]


def _history(
    draw: st.DrawFn, plan: _Plan, competence_id: str, latest_level: int | None
) -> list[m.Assessment]:
    """Assessments of one competence with distinct dates; the latest has ``latest_level``."""
    offsets = sorted(
        draw(
            st.lists(
                st.integers(1 if plan.clean else -60, 1500), min_size=1, max_size=3, unique=True
            )
        )
    )
    levels = [latest_level, *(draw(optional(st.integers(1, plan.top))) for _ in offsets[1:])]
    return [
        make(draw, m.Assessment, _names())(
            competence=competence_id,
            date=plan.today - timedelta(days=offset),
            level=level,
            observable=level is not None,
            valid_until=draw(optional(_valid_until(plan, plan.today - timedelta(days=offset)))),
            assessor=draw(optional(_names())),
            evidence=draw(optional(_names())),
        )
        for offset, level in zip(offsets, levels, strict=True)
    ]


def _valid_until(plan: _Plan, day: date) -> st.SearchStrategy[date]:
    # Clean: valid beyond the 90 days of notice after today (no VCM405, no VCM406).
    earliest = max(day, plan.today + timedelta(days=90)) if plan.clean else day
    return st.dates(earliest, earliest + timedelta(days=1500))


def _action(
    draw: st.DrawFn,
    plan: _Plan,
    competence_id: str,
    statuses: Sequence[m.DevelopmentStatus],
    lowest_target: int = 1,
) -> m.DevelopmentAction:
    status = draw(st.sampled_from(statuses))
    if plan.clean and status is not m.DevelopmentStatus.DONE:
        # VCM402 reads "past due and not done": only a finished action may lie in the past.
        due = draw(optional(days_after(plan.today, 1, 500)))
    else:
        due = draw(optional(days_before(plan.today, -500, 500)))
    return make(draw, m.DevelopmentAction, _names())(
        competence=competence_id,
        kind=draw(st.sampled_from(m.DevelopmentKind)),
        description=draw(_names()),
        target_level=draw(optional(st.integers(lowest_target, plan.top))),
        due=due,
        status=status,
    )


def _person(
    draw: st.DrawFn,
    plan: _Plan,
    person_id: str,
    task_areas: Sequence[str],
    required: dict[str, int],
    anchor: bool,
) -> m.Person:
    assessments: list[m.Assessment] = []
    development: list[m.DevelopmentAction] = []
    for competence_id, needed in required.items():
        if plan.clean:
            # An anchor reaches every level asked of them; others may have a gap with a plan.
            level: int | None = draw(st.integers(needed if anchor else 1, plan.top))
        elif draw(st.booleans()):
            continue
        else:
            level = draw(optional(st.integers(1, plan.top)))
        assessments += _history(draw, plan, competence_id, level)
        if level is not None and level < needed and (plan.clean or draw(st.booleans())):
            development.append(_action(draw, plan, competence_id, _OPEN, lowest_target=needed))
    elsewhere = [c for c in plan.competence_ids if c not in required]
    for competence_id in _subset(draw, elsewhere, max_size=2):
        assessments += _history(draw, plan, competence_id, draw(optional(st.integers(1, plan.top))))
    for _ in range(draw(st.integers(0, 2))):
        competence_id = draw(st.sampled_from(plan.competence_ids))
        development.append(_action(draw, plan, competence_id, list(m.DevelopmentStatus)))
    return make(draw, m.Person, _names())(
        id=person_id,
        name=draw(_names()),
        task_areas=tuple(task_areas),
        assessments=tuple(draw(st.permutations(assessments))),
        development=tuple(draw(st.permutations(development))),
    )


def _people(
    draw: st.DrawFn, plan: _Plan, areas: Sequence[m.TaskArea], max_people: int
) -> tuple[m.Person, ...]:
    person_ids = _ids(draw, draw(st.integers(2 if plan.clean else 0, max_people)))
    area_ids = [area.id for area in areas]
    memberships = [_subset(draw, area_ids, min_size=1 if plan.clean else 0) for _ in person_ids]
    anchors = [False] * len(person_ids)
    if plan.clean:
        # Two members reach every required level of each task area: no VCM403, no VCM404.
        for area_id in area_ids:
            pair = draw(
                st.lists(st.integers(0, len(person_ids) - 1), min_size=2, max_size=2, unique=True)
            )
            for index in pair:
                anchors[index] = True
                if area_id not in memberships[index]:
                    memberships[index].append(area_id)
    levels = {area.id: {row.competence: row.level for row in area.matrix} for area in areas}
    people: list[m.Person] = []
    for person_id, membership, anchor in zip(person_ids, memberships, anchors, strict=True):
        required: dict[str, int] = {}
        for area_id in membership:
            for competence_id, level in levels[area_id].items():
                required[competence_id] = max(required.get(competence_id, 0), level)
        people.append(_person(draw, plan, person_id, membership, required, anchor))
    return tuple(people)


@st.composite
def _organisation(
    draw: st.DrawFn,
    *,
    max_values: int,
    max_competences: int,
    max_task_areas: int,
    max_people: int,
    as_of: date | None,
) -> m.Organisation:
    today = as_of if as_of is not None else draw(st.dates(date(2024, 1, 1), date(2028, 12, 31)))
    value_ids = _ids(draw, draw(st.integers(1, max_values)))
    scale = _custom_scale(draw)
    plan = _Plan(
        clean=as_of is not None,
        today=today,
        top=(scale or m.DEFAULT_SCALE).top,
        value_ids=tuple(value_ids),
        competence_ids=tuple(_ids(draw, draw(st.integers(1, max_competences)))),
    )
    areas = _task_areas(draw, plan, draw(st.integers(1, max_task_areas)))
    return make(draw, m.Organisation, _names())(
        id=draw(identifiers()),
        name=draw(_names()),
        language=draw(st.sampled_from(m.Language)),
        purpose=m.Purpose(
            vision=draw(_prose()), mission=draw(_prose()), statement=draw(optional(_prose()))
        ),
        values=tuple(_value(draw, value_id) for value_id in value_ids),
        scale=scale or m.DEFAULT_SCALE,
        competences=tuple(_competence(draw, plan, c) for c in plan.competence_ids),
        task_areas=areas,
        people=_people(draw, plan, areas, max_people),
    )


def organisations(
    *,
    max_values: int = 3,
    max_competences: int = 4,
    max_task_areas: int = 2,
    max_people: int = 4,
    as_of: date | None = None,
    consistent: bool = True,
) -> st.SearchStrategy[m.Organisation]:
    """Valid organisations: no structure error (VCM1xx) and no method error (VCM2xx).

    Every id is unique within its kind across the organisation, every reference resolves,
    every level lies on the scale (the default one, or a custom one of 2-7 levels), every
    observation fits its rule's kind and every quantitative rule is complete, its threshold
    on the right side of its target. Optional fields are sometimes absent, sometimes present.

    Without ``as_of`` the coherence, people and monitoring warnings (VCM3xx-VCM5xx) may
    occur, as they do in real models. With ``as_of``, the organisation is *clean* as of that
    date: ``vcm.check(org, as_of=as_of)`` finds nothing at all. A clean organisation has at
    least two people, since every task area needs two members who reach each required level.

    With ``consistent=False``, organisations that are valid object by object only, as the
    constructors accept them: ids may repeat or point nowhere, levels lie off the scale,
    every optional field is sometimes set, and text is at its most awkward. What a reader
    and a writer must carry through unchanged (``vcm.io`` round trips); ``as_of`` does not
    apply to them.
    """
    if not consistent:
        if as_of is not None:
            raise ValueError("as_of makes a clean organisation; it needs consistent=True")
        return loose_organisations(
            max_values=max_values,
            max_competences=max_competences,
            max_task_areas=max_task_areas,
            max_people=max_people,
        )
    for name, bound, least in (
        ("max_values", max_values, 1),
        ("max_competences", max_competences, 1),
        ("max_task_areas", max_task_areas, 1),
        ("max_people", max_people, 0 if as_of is None else 2),
    ):
        if bound < least:
            raise ValueError(f"{name} must be {least} or more, not {bound}")
    return _organisation(
        max_values=max_values,
        max_competences=max_competences,
        max_task_areas=max_task_areas,
        max_people=max_people,
        as_of=as_of,
    )
