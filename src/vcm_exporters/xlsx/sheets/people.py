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
from vcm_exporters.xlsx.cells import Rows, joined, row_height
from vcm_exporters.xlsx.columns import DataSheet, Field, Kind
from vcm_exporters.xlsx.sheets.data import (
    ID,
    NAME,
    TEXT,
    catalogue,
    enum_field,
    level_field,
    referring,
)

if TYPE_CHECKING:
    from vcm_exporters.xlsx.context import Context

__all__ = ["SHEETS", "write_gaps"]


def _referring() -> tuple[Field, ...]:
    # The person and the competence of a row, each with its name beside it.
    return (
        *referring("person", lambda row: row[0].id, "people"),
        *referring("competence", lambda row: row[1].competence, "competences"),
    )


PEOPLE = catalogue(
    "people",
    "People",
    "people",
    Field(key="task_areas", width=30, get=lambda person: joined(person.task_areas), kind=Kind.IDS),
)

ASSESSMENTS = DataSheet(
    key="assessments",
    table="Assessments",
    fields=(
        *_referring(),
        Field(key="date", width=12, get=lambda row: row[1].date, kind=Kind.DATE, optional=False),
        level_field("level", lambda row: row[1].level),
        Field(key="observable", width=12, get=lambda row: row[1].observable, kind=Kind.FLAG),
        Field(key="valid_until", width=12, get=lambda row: row[1].valid_until, kind=Kind.DATE),
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
        *_referring(),
        enum_field("kind", lambda row: row[1].kind, DevelopmentKind),
        Field(key="description", width=TEXT, get=lambda row: row[1].description, kind=Kind.TEXT),
        level_field("target_level", lambda row: row[1].target_level, width=12),
        Field(key="due", width=12, get=lambda row: row[1].due, kind=Kind.DATE),
        enum_field("status", lambda row: row[1].status, DevelopmentStatus),
    ),
    rows=lambda ctx: (
        (person, action) for person in ctx.org.people for action in person.development
    ),
)

SHEETS: dict[str, DataSheet] = {sheet.key: sheet for sheet in (PEOPLE, ASSESSMENTS, DEVELOPMENT)}
"""The tables of personal data, by key, in workbook order."""

_FIXED = 2  # id and name before the competence columns


def write_gaps(sheet: Any, ctx: Context) -> None:
    """The gap heatmap: per task area its members, a column per competence required anywhere.

    Each task area is a group: a band with its name, a row per member with the gap as the
    area requires it (required minus current level, at least 0), ``?`` when never assessed,
    ``n/o`` when not observable, nothing when the area does not require the competence, and
    a closing row counting the members with an open gap per competence. A person in two
    task areas is in both groups: each is that team's view. A colour scale runs from green
    (no gap) to red (the largest gap); the unknown cells are grey. Every cell is centred.
    Derived: the importer does not read it.
    """
    label = ctx.labels
    marks = {
        AssessmentState.UNASSESSED: label["gap_unassessed"],
        AssessmentState.NOT_OBSERVABLE: label["gap_not_observable"],
        AssessmentState.EXPIRED: label["gap_expired"],
    }
    groups: list[tuple[str, dict[str, dict[str, Any]], list[str]]] = []
    order: dict[str, None] = {}
    people = {person.id: person for person in reversed(ctx.org.people)}
    for area in ctx.org.task_areas:
        cells: dict[str, dict[str, Any]] = {}
        for gap in gaps(ctx.org, task_area=area.id, as_of=ctx.as_of):
            order.setdefault(gap.competence, None)
            cells.setdefault(gap.person, {})[gap.competence] = (
                gap.gap if gap.gap is not None else marks[gap.state]
            )
        if cells:
            groups.append((area.name, cells, list(cells)))
    names = {competence.id: competence.name for competence in reversed(ctx.org.competences)}
    known = [competence.id for competence in ctx.org.competences if competence.id in order]
    columns = list(dict.fromkeys([*known, *order]))

    sheet.column_dimensions["A"].width = ID
    sheet.column_dimensions["B"].width = NAME
    widths = [_gap_width(names.get(competence, competence)) for competence in columns]
    for number, width in enumerate(widths, _FIXED + 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
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
                alignment=styles.HEADER_CENTRE,
            )
            for competence in columns
        ),
    ]
    rows.append(
        header,
        height=row_height(
            [(names.get(c, c), w) for c, w in zip(columns, widths, strict=True)], minimum=2
        ),
    )
    unknown = set(marks.values())
    ranges: list[str] = []
    last_column = get_column_letter(_FIXED + max(1, len(columns)))
    for area_name, cells, members in groups:
        rows.append(
            [
                rows.cell(None, fill=styles.HEADER_FILL),
                rows.cell(area_name, font=styles.BOLD, fill=styles.HEADER_FILL),
                *(rows.cell(None, fill=styles.HEADER_FILL) for _ in columns),
            ]
        )
        first = rows.count + 1
        for person_id in members:
            row = cells[person_id]
            person = people.get(person_id)
            rows.append(
                [
                    person_id,
                    person.name if person is not None else person_id,
                    *(_gap_cell(rows, row.get(competence), unknown) for competence in columns),
                ]
            )
        ranges.append(f"{get_column_letter(_FIXED + 1)}{first}:{last_column}{rows.count}")
        totals = [
            sum(
                1
                for person_id in members
                if isinstance(cells[person_id].get(competence), int)
                and cells[person_id][competence] > 0
            )
            if any(competence in cells[person_id] for person_id in members)
            else None
            for competence in columns
        ]
        rows.append(
            [
                None,
                rows.cell(label["gaps_total"], font=styles.BOLD, border=styles.OVERLINE),
                *(
                    rows.cell(
                        total, font=styles.BOLD, alignment=styles.CENTRE, border=styles.OVERLINE
                    )
                    for total in totals
                ),
            ]
        )
    last_row = rows.count
    rows.skip()
    rows.append([label["gaps_legend"]])
    sheet.auto_filter = AutoFilter(ref=f"A1:{last_column}{max(last_row, 1)}")
    styles.protect(sheet)
    if columns and ranges:
        if not hasattr(sheet, "conditional_formatting"):
            sheet.conditional_formatting = ConditionalFormattingList()
        low, middle, high = styles.GAP_COLOURS
        # One rule over the members' rows only: the totals would stretch the scale.
        sheet.conditional_formatting.add(
            " ".join(ranges),
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


def _gap_width(name: str) -> float:
    # Wide enough for the longest word of the name (a header never breaks inside a word),
    # narrow enough for many columns side by side.
    longest = max((len(word) for word in name.split()), default=0)
    return min(24.0, max(10.0, longest * 1.15 + 2))


def _gap_cell(rows: Rows, value: Any, unknown: set[str]) -> Any:
    if value is None:
        return None
    if value in unknown:
        return rows.cell(value, fill=styles.UNKNOWN_FILL, alignment=styles.CENTRE)
    return rows.cell(value, alignment=styles.CENTRE)
