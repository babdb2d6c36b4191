"""Structure (errors VCM100-VCM104): ids, references, levels, the scale, observations."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from vcm._analysis._lookup import closest
from vcm._checks.context import Context
from vcm._checks.messages import Text, kind, levels, say
from vcm.model import MonitoringKind, Person, TaskArea

__all__ = ["add_structure"]


def add_structure(ctx: Context) -> None:
    """Add the findings VCM100 to VCM104."""
    _duplicate_ids(ctx)
    _scale(ctx)
    _competences(ctx)
    for position, area in enumerate(ctx.org.task_areas):
        _task_area(ctx, position, area)
    _people(ctx)


def _duplicates(
    ctx: Context,
    word: str,
    located: Iterable[tuple[str, tuple[int, ...]]],
    where: Callable[..., str],
) -> None:
    # ``located`` gives (id, position) in model order; ``where(*position)`` is the path,
    # formatted only for a repeat and the first occurrence it repeats.
    first: dict[str, tuple[int, ...]] = {}
    for item, position in located:
        known = first.setdefault(item, position)
        if known != position:
            ctx.add(
                "VCM100.id",
                f"{where(*position)}.id",
                (item,),
                kind=kind(word),
                id=item,
                first=where(*known),
            )


def _duplicate_ids(ctx: Context) -> None:
    org = ctx.org
    for word, part, ids in (
        ("value", "values", [x.id for x in org.values]),
        ("competence", "competences", [x.id for x in org.competences]),
        ("task_area", "task_areas", [x.id for x in org.task_areas]),
        ("person", "people", [x.id for x in org.people]),
    ):
        located = ((item, (i,)) for i, item in enumerate(ids))
        _duplicates(ctx, word, located, f"{part}[{{}}]".format)
    for word, part in (
        ("result", "results"),
        ("responsibility", "responsibilities"),
        ("rule", "monitoring"),
    ):
        _duplicates(
            ctx,
            word,
            (
                (item.id, (a, i))
                for a, area in enumerate(org.task_areas)
                for i, item in enumerate(getattr(area, part))
            ),
            f"task_areas[{{}}].{part}[{{}}]".format,
        )


def _scale(ctx: Context) -> None:
    numbers = [level.level for level in ctx.org.scale]
    if not numbers:
        ctx.add("VCM103.empty", "scale", ())
    elif numbers != list(range(1, len(numbers) + 1)):
        ctx.add(
            "VCM103.order",
            "scale",
            (),
            numbers=", ".join(map(str, numbers)),
            count=len(numbers),
        )


def _off_scale(ctx: Context, level: int | None) -> bool:
    # On an empty scale every level would be off it: VCM103 alone says so.
    return level is not None and bool(ctx.scale_numbers) and level not in ctx.scale_numbers


def _scale_levels(ctx: Context) -> Text:
    return levels(sorted(ctx.scale_numbers))


def _level_off_scale(
    ctx: Context, key: str, path: str, ids: tuple[str, ...], level: int | None, **names: str
) -> None:
    # VCM102: the caller has found ``level`` off the scale (_off_scale, or faster inline).
    ctx.add(key, path, ids, **names, level=level, levels=_scale_levels(ctx))


def _unknown(
    ctx: Context, path: str, ids: tuple[str, ...], word: str, owner: str, **names: str
) -> None:
    # ``owner`` names the fragment template of the object that holds the reference; it is
    # only rendered here, when a reference is dangling, to keep the clean path fast.
    said = say(owner, **names)
    close = closest(ids[-1], ctx.known(word))
    if close is None:
        ctx.add("VCM101.unknown", path, ids, owner=said, kind=kind(word), id=ids[-1])
    else:
        ctx.add(
            "VCM101.unknown_close", path, ids, owner=said, kind=kind(word), id=ids[-1], close=close
        )


def _competences(ctx: Context) -> None:
    values = ctx.value_ids
    for c, competence in enumerate(ctx.org.competences):
        here = f"competences[{c}]"
        for v, value in enumerate(competence.values):
            if value not in values:
                path = f"{here}.values[{v}]"
                ids = (competence.id, value)
                _unknown(ctx, path, ids, "value", "owner.competence", competence=competence.id)
        described: dict[int, int] = {}
        for i, indicator in enumerate(competence.indicators):
            path = f"{here}.indicators[{i}].level"
            first = described.setdefault(indicator.level, i)
            if first != i:
                ctx.add(
                    "VCM100.indicator",
                    path,
                    (competence.id,),
                    competence=competence.id,
                    level=indicator.level,
                    first=f"{here}.indicators[{first}]",
                )
            if _off_scale(ctx, indicator.level):
                owner = {"competence": competence.id}
                level = indicator.level
                _level_off_scale(ctx, "VCM102.indicator", path, (competence.id,), level, **owner)


def _task_area(ctx: Context, a: int, area: TaskArea) -> None:
    values, competences = ctx.value_ids, ctx.competence_ids
    here = f"task_areas[{a}]"
    for r, result in enumerate(area.results):
        for v, value in enumerate(result.values):
            if value not in values:
                path = f"{here}.results[{r}].values[{v}]"
                ids = (result.id, area.id, value)
                _unknown(ctx, path, ids, "value", "owner.result", result=result.id, area=area.id)
    for s, responsibility in enumerate(area.responsibilities):
        there = f"{here}.responsibilities[{s}]"
        owner = {"responsibility": responsibility.id, "area": area.id}
        _results_referred(
            ctx,
            a,
            there,
            responsibility.results,
            "responsibility",
            responsibility.id,
            foreign="VCM101.foreign_result",
        )
        for i, competence_id in enumerate(responsibility.competences):
            if competence_id not in competences:
                ids = (responsibility.id, area.id, competence_id)
                path = f"{there}.competences[{i}]"
                _unknown(ctx, path, ids, "competence", "owner.responsibility", **owner)
    _matrix(ctx, a, area)
    _monitoring(ctx, a, area)


def _matrix(ctx: Context, a: int, area: TaskArea) -> None:
    values, competences = ctx.value_ids, ctx.competence_ids
    first_rows = ctx.rows[a]
    for m, row in enumerate(area.matrix):
        here = f"task_areas[{a}].matrix[{m}]"
        first = first_rows[row.competence][0]
        if first != m:
            ctx.add(
                "VCM100.row",
                f"{here}.competence",
                (row.competence, area.id),
                competence=row.competence,
                area=area.id,
                first=f"task_areas[{a}].matrix[{first}]",
            )
        if row.competence not in competences:
            ids = (area.id, row.competence)
            _unknown(ctx, f"{here}.competence", ids, "competence", "owner.matrix", area=area.id)
        if _off_scale(ctx, row.level):
            ids = (area.id, row.competence)
            names = {"area": area.id, "competence": row.competence}
            _level_off_scale(ctx, "VCM102.row", f"{here}.level", ids, row.level, **names)
        shown: dict[str, int] = {}
        for b, behaviour in enumerate(row.behaviours):
            path = f"{here}.behaviours[{b}].value"
            earlier = shown.setdefault(behaviour.value, b)
            if earlier != b:
                ctx.add(
                    "VCM100.behaviour",
                    path,
                    (behaviour.value, row.competence, area.id),
                    value=behaviour.value,
                    competence=row.competence,
                    area=area.id,
                    first=f"{here}.behaviours[{earlier}]",
                )
            if behaviour.value not in values:
                names = {"competence": row.competence, "area": area.id}
                named = (row.competence, area.id, behaviour.value)
                _unknown(ctx, path, named, "value", "owner.row", **names)


def _results_referred(
    ctx: Context,
    a: int,
    here: str,
    results: tuple[str, ...],
    owner: str,
    owner_id: str,
    *,
    foreign: str,
) -> None:
    """The results a responsibility or a rule of task area ``a`` names: unknown or elsewhere."""
    area = ctx.org.task_areas[a]
    names = {owner: owner_id, "area": area.id}
    for i, result_id in enumerate(results):
        landing = ctx.resolve_result(a, result_id)
        ids = (owner_id, area.id, result_id)
        path = f"{here}.results[{i}]"
        if landing is None:
            _unknown(ctx, path, ids, "result", f"owner.{owner}", **names)
        elif landing != a:
            other = ctx.org.task_areas[landing].id
            ctx.add(foreign, path, (*ids, other), **names, result=result_id, other=other)


def _monitoring(ctx: Context, a: int, area: TaskArea) -> None:
    for k, rule in enumerate(area.monitoring):
        here = f"task_areas[{a}].monitoring[{k}]"
        _results_referred(
            ctx, a, here, rule.results, "rule", rule.id, foreign="VCM101.foreign_watch"
        )
        quantitative = rule.kind is MonitoringKind.QUANTITATIVE
        for o, observation in enumerate(rule.observations):
            if not rule.fits(observation):
                ctx.add(
                    "VCM104.status" if quantitative else "VCM104.value",
                    f"{here}.observations[{o}]",
                    (rule.id, area.id),
                    date=observation.date,
                    rule=rule.id,
                    area=area.id,
                )


def _people(ctx: Context) -> None:
    # The largest part of a model (about 50 assessments a person): nothing is formatted
    # unless something is wrong.
    areas, competences = ctx.area_position, ctx.competence_ids
    numbers = ctx.scale_numbers or None
    for p, person in enumerate(ctx.org.people):
        for i, area_id in enumerate(person.task_areas):
            if area_id not in areas:
                path = f"people[{p}].task_areas[{i}]"
                ids = (person.id, area_id)
                _unknown(ctx, path, ids, "task_area", "owner.person", person=person.id)
        for i, assessment in enumerate(person.assessments):
            if assessment.competence not in competences:
                path = f"people[{p}].assessments[{i}].competence"
                ids = (person.id, assessment.competence)
                _unknown(ctx, path, ids, "competence", "owner.assessment", person=person.id)
            if numbers and assessment.level is not None and assessment.level not in numbers:
                _personal_level(ctx, p, person, "assessments", i, "level", assessment)
        for i, action in enumerate(person.development):
            if action.competence not in competences:
                path = f"people[{p}].development[{i}].competence"
                ids = (person.id, action.competence)
                _unknown(ctx, path, ids, "competence", "owner.development", person=person.id)
            if _off_scale(ctx, action.target_level):
                _personal_level(ctx, p, person, "development", i, "target_level", action)


def _personal_level(
    ctx: Context, p: int, person: Person, part: str, i: int, field: str, item: Any
) -> None:
    """VCM102 for a person's assessment or development action whose level is off the scale."""
    path, competence = f"people[{p}].{part}[{i}].{field}", item.competence
    key = "VCM102.assessment" if part == "assessments" else "VCM102.development"
    names = {"person": person.id, "competence": competence}
    _level_off_scale(ctx, key, path, (person.id, competence), getattr(item, field), **names)
