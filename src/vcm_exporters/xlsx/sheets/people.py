"""The personal data, written only with ``include_people``: people, assessments, development
actions, and the gap heatmap (people x competences).

These are the big sheets of a large organisation (ten thousand people, half a million
assessments); they stream row by row like every sheet.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter

from vcm.analysis import AssessmentState, gaps
from vcm.model import DevelopmentKind, DevelopmentStatus
from vcm_exporters.xlsx import styles
from vcm_exporters.xlsx.cells import Rows, joined
from vcm_exporters.xlsx.context import Context
from vcm_exporters.xlsx.sheets.data import ID, NAME, SHORT, TEXT, Sheet
from vcm_exporters.xlsx.tables import Column

__all__ = ["SHEETS", "write_gaps"]

Row = Sequence[Any]


def _people_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [Column(label["id"], ID), Column(label["name"], NAME), Column(label["task_areas"], 30)]


def _people_rows(ctx: Context) -> Iterator[Row]:
    for person in ctx.org.people:
        yield person.id, person.name, joined(person.task_areas)


def _assessments_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["person"], ID, ctx.ids("people")),
        Column(label["competence"], ID, ctx.ids("competences")),
        Column(label["date"], 12),
        Column(label["level"], 8, ctx.levels()),
        Column(label["observable"], 12),
        Column(label["assessor"], 20),
        Column(label["evidence"], TEXT),
    ]


def _assessments_rows(ctx: Context) -> Iterator[Row]:
    for person in ctx.org.people:
        for assessment in person.assessments:
            yield (
                person.id,
                assessment.competence,
                assessment.date,
                assessment.level,
                assessment.observable,
                assessment.assessor,
                assessment.evidence,
            )


def _development_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["person"], ID, ctx.ids("people")),
        Column(label["competence"], ID, ctx.ids("competences")),
        Column(label["kind"], SHORT, ctx.words(DevelopmentKind)),
        Column(label["description"], TEXT),
        Column(label["target_level"], 12, ctx.levels()),
        Column(label["due"], 12),
        Column(label["status"], SHORT, ctx.words(DevelopmentStatus)),
    ]


def _development_rows(ctx: Context) -> Iterator[Row]:
    for person in ctx.org.people:
        for action in person.development:
            yield (
                person.id,
                action.competence,
                action.kind.value,
                action.description,
                action.target_level,
                action.due,
                action.status.value,
            )


SHEETS: dict[str, Sheet] = {
    "people": ("People", _people_columns, _people_rows),
    "assessments": ("Assessments", _assessments_columns, _assessments_rows),
    "development": ("Development", _development_columns, _development_rows),
}
"""Per key of the personal data tables: table name, columns, rows."""

_FIXED = 2  # id and name before the competence columns


def write_gaps(sheet: Any, ctx: Context) -> None:
    """The gap heatmap: a row per person, a column per competence required of anyone.

    A cell holds the gap (required minus current level, at least 0), ``?`` when the
    person was never assessed, ``n/o`` when not observable, and nothing when the
    competence is not required of the person. A colour scale runs from green (no gap) to
    red (the largest); the header row has a filter. Derived: the importer does not read it.
    """
    label = ctx.labels
    cells: dict[str, dict[str, Any]] = {}
    order: dict[str, None] = {}
    marks = {
        AssessmentState.UNASSESSED: label["gap_unassessed"],
        AssessmentState.NOT_OBSERVABLE: label["gap_not_observable"],
    }
    for gap in gaps(ctx.org, as_of=ctx.as_of):
        order.setdefault(gap.competence, None)
        cells.setdefault(gap.person, {})[gap.competence] = (
            gap.gap if gap.gap is not None else marks[gap.state]
        )
    names = {competence.id: competence.name for competence in reversed(ctx.org.competences)}
    known = [competence.id for competence in ctx.org.competences if competence.id in order]
    columns = list(dict.fromkeys([*known, *order]))

    sheet.column_dimensions["A"].width = ID
    sheet.column_dimensions["B"].width = NAME
    for number in range(_FIXED + 1, _FIXED + len(columns) + 1):
        sheet.column_dimensions[get_column_letter(number)].width = 6
    sheet.freeze_panes = "C2"
    styles.page(sheet, landscape=True)
    rows = Rows(sheet)
    header = [
        rows.cell(label["id"], font=styles.HEADER, fill=styles.HEADER_FILL),
        rows.cell(label["person"], font=styles.HEADER, fill=styles.HEADER_FILL),
        *(
            rows.cell(
                names.get(competence, competence),
                font=styles.HEADER,
                fill=styles.HEADER_FILL,
                alignment=styles.UPRIGHT,
            )
            for competence in columns
        ),
    ]
    longest = max((len(names.get(c, c)) for c in columns), default=10)
    rows.append(header, height=min(200.0, 7.0 * longest + 10))
    for person in ctx.org.people:
        row = cells.get(person.id)
        if row is None:
            continue
        rows.append([person.id, person.name, *(row.get(competence) for competence in columns)])
    last_row = rows.count
    last_column = get_column_letter(_FIXED + max(1, len(columns)))
    rows.skip()
    rows.append([label["gaps_legend"]])
    sheet.auto_filter = AutoFilter(ref=f"A1:{last_column}{last_row}")
    if columns and last_row > 1:
        if not hasattr(sheet, "conditional_formatting"):
            sheet.conditional_formatting = ConditionalFormattingList()
        low, middle, high = styles.GAP_COLOURS
        sheet.conditional_formatting.add(
            f"{get_column_letter(_FIXED + 1)}2:{last_column}{last_row}",
            ColorScaleRule(
                start_type="num",
                start_value=0,
                start_color=low,
                mid_type="percentile",
                mid_value=50,
                mid_color=middle,
                end_type="max",
                end_color=high,
            ),
        )
