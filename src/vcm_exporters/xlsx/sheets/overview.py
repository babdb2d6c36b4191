"""The first sheet: the organisation, its purpose, the scale, the values, the task areas
(linked to their sheets) and a summary of the findings, as of the export's date.

A reading aid: every fact here also has its home in a data sheet.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from vcm.checks import CODES
from vcm_exporters.xlsx import styles
from vcm_exporters.xlsx.cells import Rows, row_height
from vcm_exporters.xlsx.context import Context

__all__ = ["write_instructions", "write_overview"]

LABEL_WIDTH = 34.0
TEXT_WIDTH = 100.0
INSTRUCTIONS_WIDTH = 80.0


def write_overview(sheet: Any, ctx: Context) -> None:
    """Write the overview sheet."""
    sheet.column_dimensions["A"].width = LABEL_WIDTH
    sheet.column_dimensions["B"].width = TEXT_WIDTH
    styles.page(sheet, landscape=False)
    org, label = ctx.org, ctx.labels
    rows = Rows(sheet)
    rows.append([rows.cell(org.name, font=styles.TITLE)], height=26)
    rows.append([rows.cell(ctx.title or label["title"], font=styles.SUBTITLE)])
    rows.skip()
    as_of = rows.cell(ctx.labels.words.date(ctx.as_of), alignment=styles.LEFT)
    rows.append([rows.cell(label["as_of"], font=styles.BOLD), as_of])
    people = label["people_included"] if ctx.include_people else label["people_left_out"]
    _pair(rows, label["people_data"], people)
    _pair(rows, None, label["reading_guide"])

    _heading(rows, label["purpose"])
    _pair(rows, label["vision"], org.purpose.vision)
    _pair(rows, label["mission"], org.purpose.mission)
    if org.purpose.statement:
        _pair(rows, label["statement"], org.purpose.statement)

    _heading(rows, label["scale"])
    for level in org.scale.localised(ctx.language):
        _pair(rows, f"{level.level} · {level.name}", level.description)

    _heading(rows, label["values"])
    for value in org.values:
        _pair(rows, value.name, value.description)

    _heading(rows, label["task_areas_heading"])
    for area, sheet_name in zip(org.task_areas, ctx.area_sheets, strict=True):
        link = rows.cell(
            area.name, font=styles.LINK, alignment=styles.TOP_WRAP, hyperlink=ctx.link(sheet_name)
        )
        description = rows.cell(area.description, alignment=styles.TOP_WRAP)
        rows.append(
            [link, description],
            height=row_height([(area.name, LABEL_WIDTH), (area.description, TEXT_WIDTH)]),
        )

    _write_findings(rows, ctx)
    styles.protect(sheet)


def write_instructions(sheet: Any, ctx: Context) -> None:
    """The sheet "How to fill this in": where each fact is edited, and what vcm reads back."""
    sheet.column_dimensions["A"].width = INSTRUCTIONS_WIDTH
    styles.page(sheet, landscape=False)
    rows = Rows(sheet)
    label = ctx.labels
    rows.append([rows.cell(label["instructions_title"], font=styles.TITLE)], height=26)
    rows.skip()
    text = label["instructions"].format(values=ctx.sheets["values"])
    for paragraph in text.split("\n"):
        rows.append(
            [rows.cell(paragraph, alignment=styles.TOP_WRAP)],
            height=row_height([(paragraph, INSTRUCTIONS_WIDTH)]),
        )
    styles.protect(sheet)


def _heading(rows: Rows, text: str) -> None:
    rows.skip()
    rows.append([rows.cell(text, font=styles.HEADING, border=styles.UNDERLINE)], height=20)


def _pair(rows: Rows, name: str | None, text: str | None) -> None:
    rows.append(
        [
            rows.cell(name, font=styles.BOLD, alignment=styles.TOP_WRAP),
            rows.cell(text, alignment=styles.TOP_WRAP),
        ],
        height=row_height([(name, LABEL_WIDTH), (text, INSTRUCTIONS_WIDTH)]),
    )


def _write_findings(rows: Rows, ctx: Context) -> None:
    label, report = ctx.labels, ctx.report
    _heading(rows, label["findings"])
    if not len(report):
        _pair(rows, None, label["no_findings"])
        return
    summary = label["findings_summary"].format(
        errors=len(report.errors), warnings=len(report.warnings), infos=len(report.infos)
    )
    _pair(rows, None, summary)
    counted = Counter(finding.code for finding in report)
    for code in sorted(counted):
        info = CODES.get(code)
        title = "" if info is None else info.title_in(ctx.language)
        severity = label.word(info.severity.value) if info is not None else ""
        _pair(rows, f"{code} ({severity})", f"{counted[code]} × {title}")
    _pair(rows, None, label["findings_see"].format(sheet=ctx.sheets["findings"]))
