"""The personal data, written only with ``include_people``: people, assessments, development
actions, and the gap heatmap (people x competences).

These are the big sheets of a large organisation (ten thousand people, half a million
assessments); they stream row by row like every sheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter

from vcm.analysis import AssessmentState, gaps
from vcm.model import DevelopmentKind, DevelopmentStatus
from vcm_exporters.xlsx import styles
from vcm_exporters.xlsx.cells import Rows, joined
from vcm_exporters.xlsx.columns import DataSheet, Field, Kind
from vcm_exporters.xlsx.sheets.data import ID, NAME, SHORT, TEXT

if TYPE_CHECKING:
    from vcm_exporters.xlsx.context import Context

__all__ = ["SHEETS", "write_gaps"]


def _person_field() -> Field:
    return Field(
        key="person",
        width=ID,
        get=lambda row: row[0].id,
        kind=Kind.ID,
        choice=lambda ctx: ctx.ids("people"),
        optional=False,
    )


def _competence_field() -> Field:
    return Field(
        key="competence",
        width=ID,
        get=lambda row: row[1].competence,
        kind=Kind.ID,
        choice=lambda ctx: ctx.ids("competences"),
        optional=False,
    )


PEOPLE = DataSheet(
    key="people",
    table="People",
    fields=(
        Field(key="id", width=ID, get=lambda person: person.id, kind=Kind.ID, optional=False),
        Field(key="name", width=NAME, get=lambda person: person.name, kind=Kind.TEXT),
        Field(
            key="task_areas", width=30, get=lambda person: joined(person.task_areas), kind=Kind.IDS
        ),
    ),
    rows=lambda ctx: ctx.org.people,
)

ASSESSMENTS = DataSheet(
    key="assessments",
    table="Assessments",
    fields=(
        _person_field(),
        _competence_field(),
        Field(key="date", width=12, get=lambda row: row[1].date, kind=Kind.DATE, optional=False),
        Field(
            key="level",
            width=8,
            get=lambda row: row[1].level,
            kind=Kind.LEVEL,
            choice=lambda ctx: ctx.levels(),
        ),
        Field(key="observable", width=12, get=lambda row: row[1].observable, kind=Kind.FLAG),
        Field(key="assessor", width=20, get=lambda row: row[1].assessor, kind=Kind.TEXT),
        Field(key="evidence", width=TEXT, get=lambda row: row[1].evidence, kind=Kind.TEXT),
    ),
    rows=lambda ctx: (
        (person, assessment) for person in ctx.org.people for assessment in person.assessments
    ),
)

DEVELOPMENT = DataSheet(
    key="development",
    table="Development",
    fields=(
        _person_field(),
        _competence_field(),
        Field(
            key="kind",
            width=SHORT,
            get=lambda row: row[1].kind.value,
            kind=Kind.ENUM,
            enum=DevelopmentKind,
            choice=lambda ctx: ctx.words(DevelopmentKind),
        ),
        Field(key="description", width=TEXT, get=lambda row: row[1].description, kind=Kind.TEXT),
        Field(
            key="target_level",
            width=12,
            get=lambda row: row[1].target_level,
            kind=Kind.LEVEL,
            choice=lambda ctx: ctx.levels(),
        ),
        Field(key="due", width=12, get=lambda row: row[1].due, kind=Kind.DATE),
        Field(
            key="status",
            width=SHORT,
            get=lambda row: row[1].status.value,
            kind=Kind.ENUM,
            enum=DevelopmentStatus,
            choice=lambda ctx: ctx.words(DevelopmentStatus),
        ),
    ),
    rows=lambda ctx: (
        (person, action) for person in ctx.org.people for action in person.development
    ),
)

SHEETS: dict[str, DataSheet] = {sheet.key: sheet for sheet in (PEOPLE, ASSESSMENTS, DEVELOPMENT)}
"""The tables of personal data, by key, in workbook order."""

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
