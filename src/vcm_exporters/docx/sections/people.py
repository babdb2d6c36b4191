"""Per person: their competences and gaps, and their development plan (POP).

Personal data: the report writes this part only with ``include_people``.
"""

from __future__ import annotations

from collections.abc import Sequence

from vcm.analysis import AssessmentState, Gap, gaps
from vcm.model import Person
from vcm.model.reading import unique_by_id
from vcm_exporters.docx.body import Body
from vcm_exporters.docx.context import Context
from vcm_exporters.docx.tables import Cell, CellValue, Table, Text

__all__ = ["GAP_FILL", "UNKNOWN_FILL", "people"]

GAP_FILL = "FFC7CE"
"""The colour of a gap to close."""
UNKNOWN_FILL = "E7E6E6"
"""The colour of a level nobody knows yet (never assessed, or not observable)."""


def people(body: Body, context: Context) -> None:
    """A section per person, in the order of the model."""
    if not context.org.people:
        return
    body.heading(context.labels.people, 1)
    by_person: dict[str, list[Gap]] = {}
    for gap in gaps(context.org, as_of=context.as_of):
        by_person.setdefault(gap.person, []).append(gap)
    # A repeated id is finding VCM100; the person is shown once, as the index knows them.
    for person in unique_by_id(context.org.people):
        _person(body, context, person, by_person.get(person.id, ()))


def _person(body: Body, context: Context, person: Person, person_gaps: Sequence[Gap]) -> None:
    labels = context.labels
    body.heading(person.name, 2)
    if person.task_areas:
        areas = ", ".join(context.task_area_name(a) for a in dict.fromkeys(person.task_areas))
        body.paragraph(f"{labels.member_of}: {areas}")
    body.heading(labels.gaps, 3)
    if person_gaps:
        rows = [_gap_row(context, gap) for gap in person_gaps]
        header = (
            labels.competence,
            labels.required,
            labels.current,
            labels.gap,
            labels.priority,
            labels.open_actions,
        )
        body.table(Table(header, rows, (2.6, 1.6, 1.8, 0.9, 1.1, 4.0)))
    else:
        body.paragraph(labels.no_gaps)
    body.heading(labels.development, 3)
    if not person.development:
        body.paragraph(labels.no_development)
        return
    rows_pop: list[tuple[CellValue, ...]] = []
    for action in person.development:
        rows_pop.append(
            (
                context.competence_name(action.competence),
                Cell((Text(labels.word(action.kind), italic=True), action.description)),
                context.level(action.target_level) if action.target_level else labels.none,
                labels.date(action.due) if action.due else labels.none,
                labels.word(action.status),
            )
        )
    header_pop = (labels.competence, labels.action, labels.target_level, labels.due, labels.status)
    body.table(Table(header_pop, rows_pop, (2.4, 5.0, 1.6, 1.8, 1.2)))


def _gap_row(context: Context, gap: Gap) -> tuple[CellValue, ...]:
    labels = context.labels
    if gap.state is AssessmentState.ASSESSED:
        current: CellValue = context.level(gap.current)
    else:
        current = Cell((Text(labels.word(gap.state), italic=True),), fill=UNKNOWN_FILL)
    if gap.gap:
        size: CellValue = Cell((Text(str(gap.gap), bold=True),), fill=GAP_FILL)
    else:
        size = labels.none if gap.gap is None else "0"
    actions = []
    for action in gap.open_actions:
        due = f" ({labels.date(action.due)})" if action.due else ""
        actions.append(f"{labels.word(action.kind)}: {action.description}{due}")
    return (
        gap.competence_name,
        context.level(gap.required),
        current,
        size,
        labels.none if gap.priority is None else str(gap.priority),
        Cell(tuple(actions)),
    )
