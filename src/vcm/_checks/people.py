"""People (warnings VCM400-VCM404, as of a date): assessments, gaps, plans, cover."""

from __future__ import annotations

from vcm._checks.context import Context, first_positions
from vcm._checks.messages import kind
from vcm.model import Person, TaskArea

__all__ = ["add_people"]


def add_people(ctx: Context) -> None:
    """Add the findings VCM400 to VCM404.

    Only the first occurrence of a person or task area id takes part (VCM100 reports the
    rest), and only matrix rows of a known competence at a level on the scale count as
    requirements (VCM101 and VCM102 report the others).
    """
    org = ctx.org
    first_people = first_positions(person.id for person in org.people)
    for p, person in enumerate(org.people):
        if p in first_people:
            _person(ctx, p, person)
    for a, area in enumerate(org.task_areas):
        if a in ctx.first_areas:
            _cover(ctx, a, area)


def _person(ctx: Context, p: int, person: Person) -> None:
    index = ctx.index
    # The required level per competence is the highest over the person's task areas;
    # the task area that sets it is named in the message (the first, on a tie).
    required: dict[str, tuple[int, str]] = {}
    for area_id in dict.fromkeys(person.task_areas):
        position = ctx.area_position.get(area_id)
        if position is None:
            continue
        for competence_id, (_m, row) in ctx.requirements[position].items():
            known = required.get(competence_id)
            if known is None or row.level > known[0]:
                required[competence_id] = (row.level, area_id)
    planned = {action.competence for action in person.development if action.status.is_open}
    for competence_id, (level, area_id) in required.items():
        latest = index.latest_assessment(person.id, competence_id)
        ids = (person.id, competence_id, area_id)
        fields = {"person": person.id, "competence": competence_id, "area": area_id}
        if latest is None:
            ctx.add("VCM400", f"people[{p}]", ids, level=level, **fields)
        elif latest.level is not None and latest.level < level and competence_id not in planned:
            ctx.add("VCM401", f"people[{p}]", ids, level=level, current=latest.level, **fields)
    for d, action in enumerate(person.development):
        if action.status.is_open and action.due is not None and action.due < ctx.as_of:
            ctx.add(
                "VCM402",
                f"people[{p}].development[{d}]",
                (person.id, action.competence),
                person=person.id,
                competence=action.competence,
                due=action.due,
                status=kind(action.status.value),
            )


def _cover(ctx: Context, a: int, area: TaskArea) -> None:
    members = ctx.index.members(area.id)
    # Without members there is nobody to carry anything: a model without people data (a
    # matrix being designed) gets no cover warnings.
    if not members:
        return
    requirements = ctx.requirements[a]
    current_level = ctx.index.current_level
    reaching: dict[str, int] = {}
    for competence_id, (_m, row) in requirements.items():
        count = 0
        for member in members:
            level = current_level(member.id, competence_id)
            if level is not None and level >= row.level:
                count += 1
                if count > 1:
                    break
        reaching[competence_id] = count
    for s, responsibility in enumerate(area.responsibilities):
        for competence_id in dict.fromkeys(responsibility.competences):
            if reaching.get(competence_id, -1) == 0:
                ctx.add(
                    "VCM403",
                    f"task_areas[{a}].responsibilities[{s}]",
                    (responsibility.id, area.id, competence_id),
                    responsibility=responsibility.id,
                    area=area.id,
                    competence=competence_id,
                    level=requirements[competence_id][1].level,
                )
    if len(members) < 2:
        # One member carrying everything is the size of the team, not a dependency to flag.
        return
    for competence_id, (m, row) in requirements.items():
        if reaching[competence_id] == 1:
            ctx.add(
                "VCM404",
                f"task_areas[{a}].matrix[{m}]",
                (area.id, competence_id),
                area=area.id,
                competence=competence_id,
                level=row.level,
            )
