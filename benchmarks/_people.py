"""The people of a synthetic organisation: memberships, assessment histories, development."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks._shape import AS_OF, Size, _Deck, _department
from benchmarks._words import _ASSESSORS, _FIRST, _LAST, _ROUNDS
from vcm import (
    Assessment,
    DevelopmentAction,
    DevelopmentKind,
    DevelopmentStatus,
    Person,
    TaskArea,
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
