"""People (VCM400-VCM406, as of a date): assessments, gaps, plans, cover, expiry."""

from __future__ import annotations

from collections.abc import Mapping

from vcm._checks.context import Context
from vcm._checks.messages import kind
from vcm.model import Assessment, Person, TaskArea
from vcm.model.reading import (
    expired,
    expiring,
    first_positions,
    latest_assessments,
)

__all__ = ["add_people"]


class _Cover:
    """Per task area (by position): its members, how many reach each row, and its levels."""

    def __init__(self, areas: int) -> None:
        self.members = [0] * areas
        self.reaching: list[dict[str, int]] = [{} for _ in range(areas)]
        self._required: dict[int, dict[str, tuple[int, str]]] = {}

    def required(self, ctx: Context, position: int) -> dict[str, tuple[int, str]]:
        """The required level per competence in one task area, with the area's id."""
        found = self._required.get(position)
        if found is None:
            area_id = ctx.org.task_areas[position].id
            found = {c: (row.level, area_id) for c, (_m, row) in ctx.requirements[position].items()}
            self._required[position] = found
        return found


def add_people(ctx: Context) -> None:
    """Add the findings VCM400 to VCM406.

    Only the first occurrence of a person or task area id takes part (VCM100 reports the
    rest), and only matrix rows of a known competence at a level on the scale count as
    requirements (VCM101 and VCM102 report the others). One pass over the people gives
    both their own findings and the counts the cover findings (VCM403, VCM404) need.
    """
    org = ctx.org
    cover = _Cover(len(org.task_areas))
    for p in sorted(first_positions(person.id for person in org.people)):
        _person(ctx, p, org.people[p], cover)
    for a, area in enumerate(org.task_areas):
        if a in ctx.first_areas:
            _cover(ctx, a, area, cover)


def _person(ctx: Context, p: int, person: Person, cover: _Cover) -> None:
    latest = latest_assessments(person.assessments, ctx.as_of)
    positions = [
        position
        for position in map(ctx.area_position.get, dict.fromkeys(person.task_areas))
        if position is not None
    ]
    required: Mapping[str, tuple[int, str]]
    if len(positions) == 1:
        # Most people belong to one task area: its requirements are theirs as they stand.
        required = cover.required(ctx, positions[0])
    else:
        # The highest level over the person's task areas counts; the task area that sets
        # it is named in the message (the first, on a tie).
        merged: dict[str, tuple[int, str]] = {}
        for position in positions:
            for competence_id, needed in cover.required(ctx, position).items():
                known = merged.get(competence_id)
                if known is None or needed[0] > known[0]:
                    merged[competence_id] = needed
        required = merged
    as_of = ctx.as_of
    for position in positions:
        cover.members[position] += 1
        reaching = cover.reaching[position]
        for competence_id, (level, _area) in cover.required(ctx, position).items():
            # level_as_of(latest.get(competence_id), as_of), written out: this loop runs
            # for every member and every row of a task area, the most often of check.
            assessment = latest.get(competence_id)
            held = (
                None
                if assessment is None
                or (assessment.valid_until is not None and assessment.valid_until < as_of)
                else assessment.level
            )
            if (held or 0) >= level:
                reaching[competence_id] = reaching.get(competence_id, 0) + 1
    if required:
        _assessed(ctx, p, person, latest, required)
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


def _assessed(
    ctx: Context,
    p: int,
    person: Person,
    latest: Mapping[str, Assessment],
    required: Mapping[str, tuple[int, str]],
) -> None:
    planned = {action.competence for action in person.development if action.status.is_open}
    person_id = person.id
    for competence_id, (level, area_id) in required.items():
        # Most required competences are met: the names and ids of a finding are made only
        # for one that is not.
        assessment = latest.get(competence_id)
        if assessment is None:
            ctx.add(
                "VCM400",
                f"people[{p}]",
                (person_id, competence_id, area_id),
                level=level,
                person=person_id,
                competence=competence_id,
                area=area_id,
            )
            continue
        if assessment.valid_until is not None:
            path = f"people[{p}].assessments[{person.assessments.index(assessment)}].valid_until"
            ids = (person_id, competence_id, area_id)
            names = {"person": person_id, "competence": competence_id, "area": area_id}
            if expired(assessment, ctx.as_of):
                # The level is unknown again: no gap of a known size (VCM401) either.
                ctx.add("VCM405", path, ids, level=level, until=assessment.valid_until, **names)
                continue
            if expiring(assessment, ctx.as_of):
                ctx.add("VCM406", path, ids, until=assessment.valid_until, **names)
        if (
            assessment.level is not None
            and assessment.level < level
            and competence_id not in planned
        ):
            ctx.add(
                "VCM401",
                f"people[{p}]",
                (person_id, competence_id, area_id),
                level=level,
                current=assessment.level,
                person=person_id,
                competence=competence_id,
                area=area_id,
            )


def _cover(ctx: Context, a: int, area: TaskArea, cover: _Cover) -> None:
    members = cover.members[a]
    # Without members there is nobody to carry anything: a model without people data (a
    # matrix being designed) gets no cover warnings.
    if not members:
        return
    requirements = ctx.requirements[a]
    reaching = cover.reaching[a]
    for s, responsibility in enumerate(area.responsibilities):
        for competence_id in dict.fromkeys(responsibility.competences):
            if competence_id in requirements and not reaching.get(competence_id):
                ctx.add(
                    "VCM403",
                    f"task_areas[{a}].responsibilities[{s}]",
                    (responsibility.id, area.id, competence_id),
                    responsibility=responsibility.id,
                    area=area.id,
                    competence=competence_id,
                    level=requirements[competence_id][1].level,
                )
    if members < 2:
        # One member carrying everything is the size of the team, not a dependency to flag.
        return
    for competence_id, (m, row) in requirements.items():
        if reaching.get(competence_id) == 1:
            ctx.add(
                "VCM404",
                f"task_areas[{a}].matrix[{m}]",
                (area.id, competence_id),
                area=area.id,
                competence=competence_id,
                level=row.level,
            )
