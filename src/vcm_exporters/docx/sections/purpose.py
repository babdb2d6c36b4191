"""What holds for the whole organisation: purpose, core values, the scale, the competences."""

from __future__ import annotations

from vcm_exporters.docx.body import Body
from vcm_exporters.docx.context import Context
from vcm_exporters.docx.tables import Cell, Table, Text

__all__ = ["competences", "core_values", "purpose", "scale"]


def purpose(body: Body, context: Context) -> None:
    """Vision, mission and the statement of why the organisation exists."""
    labels, org_purpose = context.labels, context.org.purpose
    body.heading(labels.purpose, 1)
    if org_purpose.statement:
        body.paragraph(org_purpose.statement, style=body.styles.quote)
    body.heading(labels.vision, 2)
    body.paragraph(org_purpose.vision)
    body.heading(labels.mission, 2)
    body.paragraph(org_purpose.mission)


def core_values(body: Body, context: Context) -> None:
    """Each core value with its description, behaviours and counter-behaviours."""
    labels = context.labels
    body.heading(labels.values, 1)
    for value in context.org.values:
        body.heading(value.name, 2)
        if value.description:
            body.paragraph(value.description)
        if value.behaviours:
            body.paragraph(labels.behaviours, bold=True, keep_next=True)
            body.bullets(value.behaviours)
        if value.counter_behaviours:
            body.paragraph(labels.counter_behaviours, bold=True, keep_next=True)
            body.bullets(value.counter_behaviours)


def scale(body: Body, context: Context) -> None:
    """The proficiency scale: level, name, description (Dutch names for the default scale)."""
    labels = context.labels
    body.heading(labels.scale, 1)
    rows = [
        (str(level.level), level.name, level.description or "") for level in context.scale.levels
    ]
    body.table(Table((labels.level, labels.name, labels.description), rows, (1.2, 2.5, 8)))


def competences(body: Body, context: Context) -> None:
    """The catalogue of competences, with the values each realises and its indicators."""
    labels = context.labels
    if not context.org.competences:
        return
    body.heading(labels.competences, 1)
    rows: list[tuple[Cell, str, Cell]] = []
    for competence in context.org.competences:
        described: list[str | Text] = [competence.description] if competence.description else []
        for indicator in competence.indicators:
            for behaviour in indicator.behaviours:
                level = context.level(indicator.level)
                described.append(Text(f"{level}: {behaviour}", italic=True))
        rows.append(
            (
                Cell(
                    (
                        Text(competence.name, bold=True),
                        Text(labels.word(competence.kind), italic=True),
                    )
                ),
                ", ".join(context.value_name(v) for v in competence.values),
                Cell(tuple(described)),
            )
        )
    header = (labels.competence, labels.realises, labels.description)
    body.table(Table(header, rows, (2.6, 2.2, 8)))
