"""Coherence (warnings VCM300-VCM305): the matrix holds together, but thinly."""

from __future__ import annotations

from vcm._checks.context import Context
from vcm.model.reading import first_positions, unique_by_id

__all__ = ["add_coherence"]


def add_coherence(ctx: Context) -> None:
    """Add the findings VCM300 to VCM305."""
    org = ctx.org
    values = list(unique_by_id(org.values))
    # Required by a matrix, or needed by a responsibility: a needed competence missing from
    # its matrix is VCM206, and the same missing row should not also read as VCM303.
    used: set[str] = set()
    for a, area in enumerate(org.task_areas):
        shown = {behaviour.value for row in area.matrix for behaviour in row.behaviours}
        for value in values:
            if value.id not in shown:
                ctx.add(
                    "VCM300",
                    f"task_areas[{a}].matrix",
                    (value.id, area.id),
                    value=value.id,
                    area=area.id,
                )
        for r, result in enumerate(area.results):
            # Only an empty list: a list of unknown values is VCM101 already.
            if not result.values:
                path = f"task_areas[{a}].results[{r}]"
                ctx.add("VCM301", path, (result.id, area.id), result=result.id, area=area.id)
        needed = {c for responsibility in area.responsibilities for c in responsibility.competences}
        used.update(needed)
        for competence_id, (m, _row) in ctx.rows[a].items():
            used.add(competence_id)
            # A row of an unknown competence is VCM101; whether it is needed is moot.
            if competence_id in ctx.competence_ids and competence_id not in needed:
                ctx.add(
                    "VCM302",
                    f"task_areas[{a}].matrix[{m}]",
                    (area.id, competence_id),
                    area=area.id,
                    competence=competence_id,
                )
        for s, responsibility in enumerate(area.responsibilities):
            if not responsibility.competences:
                ctx.add(
                    "VCM304",
                    f"task_areas[{a}].responsibilities[{s}]",
                    (responsibility.id, area.id),
                    responsibility=responsibility.id,
                    area=area.id,
                )
    first_competences = first_positions(c.id for c in org.competences)
    for c, competence in enumerate(org.competences):
        path, ids = f"competences[{c}]", (competence.id,)
        if c in first_competences and competence.id not in used:
            ctx.add("VCM303", path, ids, competence=competence.id)
        if not competence.values:
            ctx.add("VCM305", path, ids, competence=competence.id)
