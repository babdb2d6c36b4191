"""The method's side of a synthetic organisation: values, competences and task areas."""

from __future__ import annotations

import math
import random

from benchmarks._words import (
    _CLIENTS,
    _DOMAINS,
    _INDICATORS,
    _MAY,
    _OBJECTS,
    _OUTCOMES,
    _PLACES,
    _READINGS,
    _SKILLS,
    _STATUS_WEIGHTS,
    _STORIES,
    _TEAMS,
    _VALUE_NAMES,
    _VERBS,
)
from vcm import (
    Authority,
    AuthorityKind,
    Behaviour,
    Competence,
    CompetenceKind,
    Frequency,
    Indicator,
    MonitoringKind,
    MonitoringRule,
    Observation,
    Requirement,
    Responsibility,
    Result,
    TaskArea,
    Value,
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
