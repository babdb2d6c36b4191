"""A deterministic generator of synthetic, valid organisations for the benchmarks.

``generate(size, seed=...)`` builds the model objects directly (no YAML on the way), so even
the ``large`` organisation of docs/benchmarks.rst takes seconds. The shape follows how the method is
used: a handful of core values; per task area 3-6 results that serve values, responsibilities
that take up every result with their authorities and competences, a matrix of 10-20 required
competences with a behaviour for most values, and 2-4 monitoring rules read monthly for a year;
people in one or two task areas with an assessment history over the competences their areas
require, and development actions for some of their gaps.

The same size and seed always give an equal organisation (nothing here iterates a set, whose
order changes between processes). As a command::

    python -m benchmarks.generate large --seed 0 --format json -o large.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Generic, TypeVar

import attrs

from vcm import (
    Assessment,
    Authority,
    AuthorityKind,
    Behaviour,
    Competence,
    CompetenceKind,
    DevelopmentAction,
    DevelopmentKind,
    DevelopmentStatus,
    Direction,
    Frequency,
    Indicator,
    MonitoringKind,
    MonitoringRule,
    Observation,
    ObservationStatus,
    Organisation,
    Person,
    Purpose,
    Requirement,
    Responsibility,
    Result,
    TaskArea,
    Value,
)

__all__ = ["AS_OF", "SIZES", "Size", "count_elements", "generate", "main"]

_T = TypeVar("_T")

AS_OF = dt.date(2026, 11, 29)
"""The date the generated organisations are current on: rules were read a month before."""


@attrs.frozen(kw_only=True)
class Size:
    """How big a generated organisation is."""

    task_areas: int
    people: int
    competences: int
    assessments_per_person: int
    """About this many assessments per person (spread over the competences they need)."""


SIZES = {
    "tiny": Size(task_areas=2, people=10, competences=12, assessments_per_person=20),
    "small": Size(task_areas=10, people=200, competences=40, assessments_per_person=50),
    "large": Size(task_areas=200, people=10_000, competences=120, assessments_per_person=50),
}
"""The sizes of docs/benchmarks.rst (``small``, ``large``) and a ``tiny`` one for tests."""


def _words(text: str) -> tuple[str, ...]:
    # Word lists are one "; "-separated string each: short to read, easy to extend.
    return tuple(word.strip() for word in text.split(";"))


_VALUE_NAMES = _words(
    "Dignity; Ownership; Trust; Openness; Craftsmanship; Curiosity; Courage; Respect; "
    "Reliability; Warmth; Autonomy; Solidarity"
)
_SKILLS = _words(
    "Listening; Planning; Coaching; Reporting; Wound care; Medication safety; Conflict "
    "handling; Collaboration; Reflection; Signalling; Advising; Negotiating; Prioritising; "
    "Documenting; Hygiene; Networking; Mentoring; Problem solving; Empathy; Time management"
)
_DOMAINS = ("at home", "in the team", "with families", "in crises", "across districts", "digital")
_TEAMS = ("District team", "Night team", "Day care", "Rehabilitation", "Support office", "Ward")
_PLACES = ("North", "South", "East", "West", "Centre", "Harbour", "Old Town", "Riverside")
_CLIENTS = ("Client", "Family", "General practitioner", "Team", "Municipality", "Insurer")
_OUTCOMES = _words(
    "receives care at the agreed moment; knows who to call at any hour; feels heard in their "
    "own wishes; gets a care plan that fits their life; is told in time about every change; "
    "can stay at home safely; receives a clear handover; has one steady point of contact"
)
_VERBS = ("Plans", "Keeps", "Coordinates", "Reviews", "Agrees", "Reports on", "Improves", "Guards")
_OBJECTS = _words(
    "the visits of the district; the care plans; the handovers between shifts; the contact "
    "with families; the medication lists; the intake of new clients; the evaluation of care; "
    "the rosters"
)
_MAY = _words(
    "May move a visit within the same day; May order aids up to a budget; May adjust the care"
    " plan with the client; May call in a colleague from another team; May refuse a request "
    "that harms the client; May spend time on an unplanned visit"
)
_INDICATORS = (
    ("Share of visits started on time", "%", Direction.HIGHER, 95.0, 85.0),
    ("Client satisfaction score", "points", Direction.HIGHER, 8.0, 7.0),
    ("Complaints per month", "complaints", Direction.LOWER, 2.0, 5.0),
    ("Days until a new care plan", "days", Direction.LOWER, 7.0, 14.0),
    ("Share of handovers complete", "%", Direction.HIGHER, 98.0, 90.0),
)
_STORIES = _words(
    "Client stories in intervision; Reflection on a difficult visit; Family conversations; "
    "Team reflection on the values"
)
_STATUS_WEIGHTS = (
    (ObservationStatus.ON_TRACK, ObservationStatus.AT_RISK, ObservationStatus.OFF_TRACK),
    (7, 2, 1),
)
_FIRST = ("Anna", "Bram", "Chloe", "Daan", "Eva", "Finn", "Grace", "Hamza", "Iris", "Jesse")
_LAST = ("de Vries", "Jansen", "Smith", "Bakker", "Visser", "Brown", "Peters", "El Amrani")
_ASSESSORS = ("team coach", "senior nurse", "peer", "manager")
# Assessment rounds: the quarter days a team sits down to assess, about three years back.
_ROUNDS = tuple(dt.date(year, month, 1) for year in (2024, 2025, 2026) for month in (2, 5, 8, 11))
_ROUNDS = tuple(day for day in _ROUNDS if day < AS_OF)


def _month_ends(last: dt.date, count: int) -> tuple[dt.date, ...]:
    # The last day of each of ``count`` months ending with ``last``'s month, oldest first.
    ends: list[dt.date] = []
    day = last
    for _ in range(count):
        ends.append(day)
        day = day.replace(day=1) - dt.timedelta(days=1)
    return tuple(reversed(ends))


_READINGS = _month_ends(dt.date(2026, 10, 31), 12)


# Task areas come in departments of ten that draw their matrices from one family of 40
# competences, and a person in two task areas works in one department. So a person's
# share of the catalogue is the same in every size, and time per element compares fairly
# between sizes: only the number of people per task area differs (20 small, 50 large).
_DEPARTMENT = 10
_FAMILY = 40


def _department(area_number: int) -> int:
    return (area_number - 1) // _DEPARTMENT


class _Deck(Generic[_T]):
    """Deals items in shuffled rounds, so that every item is dealt before any is dealt twice.

    Drawing sizes from a deck rather than at random keeps their mean the same in every
    round (a department of ten task areas has matrices of 15 rows on average, exactly).
    """

    def __init__(self, rng: random.Random, items: Sequence[_T]) -> None:
        self._rng = rng
        self._items = list(items)
        self._left: list[_T] = []

    def deal(self, count: int) -> list[_T]:
        """``count`` distinct items (fewer when there are fewer items)."""
        count = min(count, len(self._items))
        hand: list[_T] = []
        while len(hand) < count:
            if not self._left:
                self._left = self._items[:]
                self._rng.shuffle(self._left)
            item = self._left.pop()
            if item not in hand:
                hand.append(item)
        return hand

    def draw(self) -> _T:
        """The next item."""
        return self.deal(1)[0]


def generate(size: str = "small", *, seed: int = 0) -> Organisation:
    """A synthetic valid organisation of the named size (``tiny``, ``small``, ``large``).

    The same ``size`` and ``seed`` give an equal organisation; rules and people are current
    on :data:`AS_OF`.
    """
    try:
        shape = SIZES[size]
    except KeyError:
        known = ", ".join(SIZES)
        raise ValueError(f"unknown size {size!r}; known sizes: {known}") from None
    rng = random.Random(seed)
    values = _values(rng)
    value_ids = [value.id for value in values]
    competences = _competences(rng, shape.competences, value_ids)
    names = {competence.id: competence.name.lower() for competence in competences}
    ids = list(names)
    decks = [_Deck(rng, ids[start : start + _FAMILY]) for start in range(0, len(ids), _FAMILY)]
    result_counts = _Deck(rng, (3, 4, 5, 6))
    matrix_sizes = _Deck(rng, (10, 11, 12, 13, 14, 16, 17, 18, 19, 20))
    task_areas = tuple(
        _task_area(
            rng,
            number,
            value_ids,
            names,
            results=result_counts.draw(),
            competences=decks[_department(number) % len(decks)].deal(matrix_sizes.draw()),
        )
        for number in range(1, shape.task_areas + 1)
    )
    people = _people(rng, shape, task_areas)
    return Organisation(
        id=f"synthetic-{size}-{seed}",
        name=f"Synthetic Home Care ({size}, seed {seed})",
        purpose=Purpose(
            vision="Everyone can live at home with dignity for as long as they wish.",
            mission="We give care that fits each client's own life, with the people around them.",
            statement="Care as an encounter, not a transaction.",
        ),
        values=values,
        competences=competences,
        task_areas=task_areas,
        people=people,
    )


def _values(rng: random.Random) -> tuple[Value, ...]:
    names = rng.sample(_VALUE_NAMES, rng.randint(5, 8))
    return tuple(
        Value(
            id=name.lower(),
            name=name,
            description=f"What {name.lower()} means for the way we work with clients.",
            behaviours=tuple(
                f"Shows {name.lower()} by {rng.choice(_OBJECTS)[4:]} done together."
                for _ in range(rng.randint(1, 3))
            ),
            counter_behaviours=tuple(
                f"Hides behind the protocol where {name.lower()} asks for more."
                for _ in range(rng.randint(0, 1))
            ),
        )
        for name in names
    )


def _competences(rng: random.Random, count: int, value_ids: list[str]) -> tuple[Competence, ...]:
    kinds = list(CompetenceKind)
    competences = []
    for number in range(1, count + 1):
        skill = _SKILLS[(number - 1) % len(_SKILLS)]
        domain = _DOMAINS[(number - 1) // len(_SKILLS) % len(_DOMAINS)]
        name = f"{skill} {domain}"
        levels = sorted(rng.sample(range(1, 5), rng.randint(2, 4)))
        competences.append(
            Competence(
                id=f"c{number:03d}",
                name=name,
                kind=rng.choice(kinds),
                description=f"{skill} as the work {domain} asks for it.",
                values=tuple(rng.sample(value_ids, rng.randint(1, 2))),
                indicators=tuple(
                    Indicator(
                        level=level,
                        behaviours=tuple(
                            f"Level {level}: {skill.lower()} {domain}, example {example}."
                            for example in range(1, rng.randint(1, 2) + 1)
                        ),
                    )
                    for level in levels
                ),
                references=(f"https://example.org/competences/c{number:03d}",)
                if rng.random() < 0.2
                else (),
            )
        )
    return tuple(competences)


def _task_area(
    rng: random.Random,
    number: int,
    value_ids: list[str],
    names: dict[str, str],
    *,
    results: int,
    competences: list[str],
) -> TaskArea:
    area_id = f"area-{number:03d}"
    made = _results(rng, area_id, value_ids, results)
    matrix = _matrix(rng, competences, value_ids, names)
    return TaskArea(
        id=area_id,
        name=f"{rng.choice(_TEAMS)} {rng.choice(_PLACES)} {number}",
        description=f"Task area {number}: about {rng.randint(40, 200)} clients.",
        results=made,
        responsibilities=_responsibilities(rng, area_id, made, matrix),
        matrix=matrix,
        monitoring=_monitoring(rng, area_id, made),
    )


def _results(
    rng: random.Random, area_id: str, value_ids: list[str], count: int
) -> tuple[Result, ...]:
    results = []
    for index in range(1, count + 1):
        client = rng.choice(_CLIENTS)
        results.append(
            Result(
                id=f"{area_id}-r{index}",
                name=f"The {client.lower()} {rng.choice(_OUTCOMES)}.",
                client=client,
                description="Agreed with the client council." if rng.random() < 0.3 else None,
                values=tuple(rng.sample(value_ids, rng.randint(1, 2))),
            )
        )
    return tuple(results)


def _matrix(
    rng: random.Random, competence_ids: list[str], value_ids: list[str], names: dict[str, str]
) -> tuple[Requirement, ...]:
    shown = [[value for value in value_ids if rng.random() < 0.7] for _ in competence_ids]
    # Every value shows somewhere in the matrix (else finding VCM300).
    for value in value_ids:
        if not any(value in row for row in shown):
            shown[rng.randrange(len(shown))].append(value)
    return tuple(
        Requirement(
            competence=competence,
            level=rng.choices((1, 2, 3, 4), weights=(1, 4, 4, 1))[0],
            behaviours=tuple(
                Behaviour(value=value, text=f"Shows {value} in {names[competence]}, every visit.")
                for value in value_ids
                if value in row
            ),
        )
        for competence, row in zip(competence_ids, shown, strict=True)
    )


def _responsibilities(
    rng: random.Random,
    area_id: str,
    results: tuple[Result, ...],
    matrix: tuple[Requirement, ...],
) -> tuple[Responsibility, ...]:
    count = max(len(results), math.ceil(len(matrix) / 3))
    # Deal results and matrix rows round so that every result is taken up (else VCM201) and
    # every row is needed (else VCM302); the extras make it look less like a grid.
    taken = [[results[index % len(results)].id] for index in range(count)]
    for hand in taken:
        if rng.random() < 0.3:
            extra = rng.choice(results).id
            if extra not in hand:
                hand.append(extra)
    rows = [row.competence for row in matrix]
    needs: list[list[str]] = [[] for _ in range(count)]
    for index, competence in enumerate(rows):
        needs[index % count].append(competence)
    for hand in needs:
        while len(hand) < 2 or (len(hand) < 4 and rng.random() < 0.3):
            extra = rng.choice(rows)
            if extra not in hand:
                hand.append(extra)
    return tuple(
        Responsibility(
            id=f"{area_id}-t{index + 1}",
            description=f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}.",
            results=tuple(taken[index]),
            competences=tuple(needs[index]),
            authorities=tuple(
                Authority(
                    description=f"{rng.choice(_MAY)}.",
                    kind=AuthorityKind.DELEGATED if rng.random() < 0.8 else AuthorityKind.MANDATED,
                    limit="within the week" if rng.random() < 0.5 else None,
                    escalate_to="team coach" if rng.random() < 0.5 else None,
                )
                for _ in range(rng.randint(1, 3))
            ),
        )
        for index in range(count)
    )


def _monitoring(
    rng: random.Random, area_id: str, results: tuple[Result, ...]
) -> tuple[MonitoringRule, ...]:
    count = rng.randint(2, 4)
    watched: list[list[str]] = [[] for _ in range(count)]
    for index, result in enumerate(results):
        watched[index % count].append(result.id)
    rules = []
    for index, result_ids in enumerate(watched):
        rule_id = f"{area_id}-m{index + 1}"
        # The first rule counts, the second listens: every area has both kinds.
        quantitative = index == 0 or (index > 1 and rng.random() < 0.5)
        if quantitative:
            rules.append(_quantitative(rng, rule_id, result_ids))
        else:
            rules.append(_qualitative(rng, rule_id, result_ids))
    return tuple(rules)


def _quantitative(rng: random.Random, rule_id: str, result_ids: list[str]) -> MonitoringRule:
    indicator, unit, direction, target, threshold = rng.choice(_INDICATORS)
    spread = abs(target - threshold)
    observations = tuple(
        Observation(date=day, value=round(target + rng.uniform(-1.5, 0.8) * spread, 1))
        for day in _READINGS
    )
    return MonitoringRule(
        id=rule_id,
        kind=MonitoringKind.QUANTITATIVE,
        indicator=indicator,
        frequency=Frequency.MONTHLY,
        owner="team coach",
        results=tuple(result_ids),
        method="Monthly export of the planning system.",
        unit=unit,
        direction=direction,
        target=target,
        threshold=threshold,
        response="The team discusses the misses in its next meeting.",
        observations=observations,
    )


def _qualitative(rng: random.Random, rule_id: str, result_ids: list[str]) -> MonitoringRule:
    statuses = rng.choices(*_STATUS_WEIGHTS, k=len(_READINGS))
    return MonitoringRule(
        id=rule_id,
        kind=MonitoringKind.QUALITATIVE,
        indicator=rng.choice(_STORIES),
        frequency=Frequency.MONTHLY,
        owner="team",
        results=tuple(result_ids),
        method="Intervision on three client stories.",
        observations=tuple(
            Observation(
                date=day,
                status=status,
                note="Two clients mention the call when the nurse is late."
                if rng.random() < 0.4
                else None,
            )
            for day, status in zip(_READINGS, statuses, strict=True)
        ),
    )


def _people(
    rng: random.Random, shape: Size, task_areas: tuple[TaskArea, ...]
) -> tuple[Person, ...]:
    required_by_area = {
        area.id: {row.competence: row.level for row in area.matrix} for area in task_areas
    }
    area_ids = list(required_by_area)
    departments: dict[int, list[str]] = {}
    for number, area_id in enumerate(area_ids, start=1):
        departments.setdefault(_department(number), []).append(area_id)
    in_two = _Deck(rng, (True, True, True, False, False, False, False, False, False, False))
    people = []
    for number in range(1, shape.people + 1):
        first = rng.randrange(len(area_ids))
        areas = [area_ids[first]]
        sisters = [area for area in departments[_department(first + 1)] if area != areas[0]]
        if in_two.draw() and sisters:
            areas.append(rng.choice(sisters))
        required: dict[str, int] = {}
        for area_id in areas:
            for competence, level in required_by_area[area_id].items():
                required[competence] = max(level, required.get(competence, 0))
        assessments, current = _assessments(rng, required, shape.assessments_per_person)
        people.append(
            Person(
                id=f"p{number:05d}",
                name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                task_areas=tuple(areas),
                assessments=assessments,
                development=_development(rng, required, current),
            )
        )
    return tuple(people)


def _assessments(
    rng: random.Random, required: dict[str, int], about: int
) -> tuple[tuple[Assessment, ...], dict[str, int | None]]:
    competences = list(required)
    # One assessment of every required competence (else VCM400), the rest a longer history.
    history = dict.fromkeys(competences, 1)
    for _ in range(max(0, rng.randint(about * 4 // 5, about * 6 // 5) - len(competences))):
        competence = rng.choice(competences)
        if history[competence] < len(_ROUNDS):
            history[competence] += 1
    shift = dt.timedelta(days=rng.randint(0, 20))
    assessor = rng.choice(_ASSESSORS)
    dated: list[tuple[dt.date, str, int | None]] = []
    current: dict[str, int | None] = {}
    for competence, count in history.items():
        level = rng.randint(1, required[competence])
        rounds = sorted(rng.sample(range(len(_ROUNDS)), count))
        for position, round_index in enumerate(rounds):
            if position and level < 4 and rng.random() < 0.4:
                level += 1
            observed: int | None = level if rng.random() > 0.03 else None
            dated.append((_ROUNDS[round_index] + shift, competence, observed))
        current[competence] = dated[-1][2]
    dated.sort(key=_by_date_then_competence)
    assessments = tuple(
        Assessment(
            competence=competence,
            date=day,
            level=level,
            observable=level is not None,
            assessor=assessor,
            evidence="Observed in three home visits." if level is not None else None,
        )
        for day, competence, level in dated
    )
    return assessments, current


def _by_date_then_competence(item: tuple[dt.date, str, int | None]) -> tuple[dt.date, str]:
    return item[0], item[1]


def _development(
    rng: random.Random, required: dict[str, int], current: dict[str, int | None]
) -> tuple[DevelopmentAction, ...]:
    kinds = list(DevelopmentKind)
    actions = []
    for competence, level in required.items():
        now = current.get(competence)
        if now is None or now >= level or rng.random() < 0.4:
            continue
        planned = rng.random() < 0.7
        actions.append(
            DevelopmentAction(
                competence=competence,
                kind=rng.choice(kinds),
                description=f"Work on {competence} with a colleague who masters it.",
                target_level=level,
                due=AS_OF + dt.timedelta(days=rng.randint(30, 240)),
                status=DevelopmentStatus.PLANNED if planned else DevelopmentStatus.IN_PROGRESS,
            )
        )
    return tuple(actions)


def count_elements(org: Organisation) -> int:
    """The number of model objects in ``org``: every attrs instance, the organisation included.

    The benchmarks divide times by this to compare a small and a large model per element.
    """
    count = 0
    stack: list[object] = [org]
    while stack:
        item = stack.pop()
        count += 1
        for name in _fields(type(item)):
            value = getattr(item, name)
            if isinstance(value, tuple):
                stack.extend(part for part in value if attrs.has(type(part)))
            elif attrs.has(type(value)):
                stack.append(value)
    return count


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(kind: type) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(field.name for field in attrs.fields(kind))
    return names


def main(argv: Sequence[str] | None = None) -> int:
    """The command: write a generated organisation as YAML or JSON (through ``vcm.io``)."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate",
        description="Write a synthetic, valid organisation for the benchmarks.",
    )
    parser.add_argument("size", nargs="?", default="small", choices=list(SIZES))
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--format",
        choices=("yaml", "json"),
        help="file format (default: from the suffix of -o, else yaml)",
    )
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    args = parser.parse_args(argv)
    fmt = args.format
    if fmt is None:
        is_json = args.output is not None and args.output.suffix.lower() == ".json"
        fmt = "json" if is_json else "yaml"
    try:
        import vcm.io
    except ImportError:
        print("vcm.io is not there yet: nothing can be written", file=sys.stderr)
        return 2
    start = time.perf_counter()
    org = generate(args.size, seed=args.seed)
    took = time.perf_counter() - start
    text = vcm.io.dumps(org, format=fmt)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        shape = SIZES[args.size]
        print(
            f"{args.output}: {args.size} (seed {args.seed}), {shape.task_areas} task areas, "
            f"{shape.people} people, {shape.competences} competences, "
            f"{count_elements(org):,} elements; generated in {took:.1f} s",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
