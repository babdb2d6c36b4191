"""The management summary: the workbook's first sheet, and the sheets of its pictures.

The summary sheet holds, per task area, the monitoring rules by status and the coverage of
its required competences now and projected, with two native Excel charts drawn from those
tables; the trends sheet charts each quantitative rule's readings against its target and
threshold; with people, the profiles sheet draws each person's current against required
levels as a radar. Every number a chart shows stands in a table beside it, and colour is
never alone. Charts are native (DrawingML written by openpyxl): Excel and LibreOffice draw
them, and they follow the numbers when someone edits a table.

Counts about people follow :func:`vcm.analysis.summary`: without people, only for task
areas of at least ``min_group_size`` members.
"""

from __future__ import annotations

from typing import Any

from openpyxl.chart import BarChart, LineChart, RadarChart, Reference

from vcm.analysis import AreaSummary, gaps
from vcm.checks import Severity
from vcm.model import MonitoringKind, RuleStatus
from vcm_exporters.xlsx import styles
from vcm_exporters.xlsx.cells import Rows
from vcm_exporters.xlsx.context import Context

__all__ = ["CHART_LIMIT", "write_profiles", "write_summary", "write_trends"]

CHART_LIMIT = 40
"""Task areas, rules or people drawn per chart sheet; the tables hold all of them."""

_BLOCK = 18
"""Rows a chart takes on its sheet (about 9 cm at the default row height)."""

_BENCH = {0: styles.STATUS_FILLS[RuleStatus.OFF_TRACK], 1: styles.STATUS_FILLS[RuleStatus.AT_RISK]}


def write_summary(sheet: Any, ctx: Context) -> None:
    """The summary sheet: rules by status, competences and development, findings; charts."""
    styles.protect(sheet)  # wholly derived: made again on the next export, never read
    report, workbook = ctx.labels.words.report, ctx.labels.words.workbook
    overview = ctx.summary
    names = [area.name for area in ctx.org.task_areas]
    sheet.column_dimensions["A"].width = 34.0
    for letter in "BCDEFGHI":
        sheet.column_dimensions[letter].width = 14.0
    sheet.column_dimensions["E"].width = sheet.column_dimensions["G"].width = 20.0
    styles.page(sheet, landscape=True)
    rows = Rows(sheet)
    rows.append([rows.cell(ctx.org.name, font=styles.TITLE)], height=26)
    rows.append([rows.cell(report.summary, font=styles.SUBTITLE)])
    if ctx.report.errors:
        rows.append([rows.cell(report.has_errors, font=styles.BOLD)])
    rows.append([report.summary_intro.format(date=ctx.labels.words.date(ctx.as_of))])

    rows.skip()
    rows.append([rows.cell(report.summary_monitoring, font=styles.HEADING)], height=20)
    header = [report.task_area, *(ctx.labels.word(status) for status in RuleStatus)]
    first = rows.append(
        [rows.cell(text, font=styles.HEADER, fill=styles.HEADER_FILL) for text in header]
    )
    for name, area in zip(names, overview.areas, strict=True):
        cells: list[Any] = [rows.cell(name, alignment=styles.TOP_WRAP)]
        for status in RuleStatus:
            count = area.count(status)
            fill = styles.STATUS_FILLS[status] if count else None
            cells.append(rows.cell(count, fill=fill, alignment=styles.CENTRE_TOP))
        rows.append(cells)
    status_row = first

    rows.skip()
    rows.append([rows.cell(report.summary_coverage, font=styles.HEADING)], height=20)
    if not overview.include_people and any(not area.shown for area in overview.areas):
        rows.append([report.privacy_note.format(count=overview.min_group_size)])
    header = [
        report.task_area,
        report.members,
        report.competences,
        report.reached_now,
        report.reached_projected,
        report.due,
        report.single_person,
        report.open_actions,
        report.actions_open,
    ]
    first = rows.append(
        [
            rows.cell(
                text, font=styles.HEADER, fill=styles.HEADER_FILL, alignment=styles.HEADER_WRAP
            )
            for text in header
        ],
        height=48,
    )
    for name, area in zip(names, overview.areas, strict=True):
        rows.append(_coverage_row(rows, ctx, name, area))
    coverage_row = first

    rows.skip()
    rows.append([rows.cell(report.summary_findings, font=styles.HEADING)], height=20)
    for template, severity in (
        (report.errors, Severity.ERROR),
        (report.warnings, Severity.WARNING),
        (report.infos, Severity.INFO),
    ):
        count = sum(1 for finding in ctx.report if finding.severity is severity)
        rows.append([template.format(count=count)])

    drawn = min(len(names), CHART_LIMIT)
    if len(names) > CHART_LIMIT:
        rows.skip()
        rows.append([workbook.charts_capped.format(count=CHART_LIMIT)])
    if drawn:
        # Below the tables, side by side: the sheet prints on one landscape page width.
        below = rows.count + 2
        _status_chart(sheet, workbook.chart_rules, status_row, drawn, f"A{below}")
        _coverage_chart(sheet, workbook.chart_coverage, coverage_row, drawn, f"E{below}")


def _coverage_row(rows: Rows, ctx: Context, name: str, area: AreaSummary) -> list[Any]:
    report = ctx.labels.words.report
    if not area.shown:
        hidden = report.not_shown.format(count=ctx.summary.min_group_size)
        return [rows.cell(name, alignment=styles.TOP_WRAP), area.members, hidden]
    total = len(area.coverage)
    now, later = total - len(area.uncovered), total - len(area.uncovered_projected)
    latest = max((c.projected_by for c in area.coverage if c.projected_by), default=None)
    by = ctx.labels.words.date(latest) if latest is not None and later > now else None
    competences = ctx.org.index.competences
    single = ", ".join(competences[c].name if c in competences else c for c in area.single_person)
    return [
        rows.cell(name, alignment=styles.TOP_WRAP),
        area.members,
        total,
        rows.cell(now, fill=_fill(now, total), alignment=styles.CENTRE_TOP),
        rows.cell(later, fill=_fill(later, total), alignment=styles.CENTRE_TOP),
        by,
        rows.cell(single or None, alignment=styles.TOP_WRAP),
        area.open_actions,
        area.overdue_actions,
    ]


def _fill(reached: int, total: int) -> Any:
    if total == 0:
        return None
    if reached == total:
        return styles.STATUS_FILLS[RuleStatus.ON_TRACK]
    return _BENCH[1] if reached else _BENCH[0]


def _status_chart(sheet: Any, title: str, header_row: int, areas: int, anchor: str) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = title
    data = Reference(
        sheet,
        min_col=2,
        max_col=1 + len(RuleStatus),
        min_row=header_row,
        max_row=header_row + areas,
    )
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(
        Reference(sheet, min_col=1, min_row=header_row + 1, max_row=header_row + areas)
    )
    for series, status in zip(chart.series, RuleStatus, strict=True):
        colour = styles.STATUS_FILLS[status].fgColor.rgb[-6:]
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.y_axis.majorGridlines = None
    chart.width, chart.height = 15, 7.5
    sheet.add_chart(chart, anchor)


def _coverage_chart(sheet: Any, title: str, header_row: int, areas: int, anchor: str) -> None:
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    # Required competences, reached now and reached once actions are done: columns C to E.
    data = Reference(sheet, min_col=3, max_col=5, min_row=header_row, max_row=header_row + areas)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(
        Reference(sheet, min_col=1, min_row=header_row + 1, max_row=header_row + areas)
    )
    chart.width, chart.height = 15, 7.5
    sheet.add_chart(chart, anchor)


def _chart_sheet(sheet: Any, first: float, numbers: str) -> Rows:
    # A sheet of tables beside charts: a wide first column, narrow number columns.
    sheet.column_dimensions["A"].width = first
    for letter in numbers:
        sheet.column_dimensions[letter].width = 12.0
    styles.page(sheet, landscape=True)
    return Rows(sheet)


def write_trends(sheet: Any, ctx: Context) -> None:
    """Per quantitative rule: its readings over time against target and threshold."""
    styles.protect(sheet)  # wholly derived: made again on the next export, never read
    report, workbook = ctx.labels.words.report, ctx.labels.words.workbook
    rows = _chart_sheet(sheet, 18.0, "BCD")
    drawn = 0
    for area in ctx.org.task_areas:
        for rule in area.monitoring:
            if rule.kind is not MonitoringKind.QUANTITATIVE:
                continue
            readings = sorted(
                (o for o in rule.observations if o.value is not None and o.date <= ctx.as_of),
                key=lambda o: o.date,
            )
            if drawn >= CHART_LIMIT:
                rows.append([workbook.charts_capped.format(count=CHART_LIMIT)])
                return
            start = rows.append(
                [rows.cell(f"{area.name} › {rule.indicator}", font=styles.HEADING)], height=20
            )
            header = [
                workbook.date,
                workbook.reading,
                report.target.capitalize(),
                report.threshold.capitalize(),
            ]
            rows.append(
                [rows.cell(text, font=styles.HEADER, fill=styles.HEADER_FILL) for text in header]
            )
            for observation in readings:
                day = rows.cell(observation.date, alignment=styles.LEFT)
                day.number_format = "yyyy-mm-dd"
                rows.append([day, observation.value, rule.target, rule.threshold])
            if len(readings) >= 2:
                chart = LineChart()
                chart.title = rule.indicator
                chart.add_data(
                    Reference(
                        sheet,
                        min_col=2,
                        max_col=4,
                        min_row=start + 1,
                        max_row=start + 1 + len(readings),
                    ),
                    titles_from_data=True,
                )
                chart.set_categories(
                    Reference(
                        sheet, min_col=1, min_row=start + 2, max_row=start + 1 + len(readings)
                    )
                )
                chart.width, chart.height = 16, 7.5
                sheet.add_chart(chart, f"F{start}")
                drawn += 1
            for _ in range(max(0, _BLOCK - len(readings) - 2)):
                rows.skip()


def write_profiles(sheet: Any, ctx: Context) -> None:
    """Per person (with people only): the current against the required level, as a radar."""
    styles.protect(sheet)  # wholly derived: made again on the next export, never read
    report, workbook = ctx.labels.words.report, ctx.labels.words.workbook
    rows = _chart_sheet(sheet, 40.0, "BC")
    by_person: dict[str, list[Any]] = {}
    for gap in gaps(ctx.org, as_of=ctx.as_of):
        by_person.setdefault(gap.person, []).append(gap)
    drawn = 0
    competences = ctx.org.index.competences
    for person in ctx.org.people:
        found = by_person.get(person.id, [])
        if len(found) < 3:  # a radar needs three spokes
            continue
        if drawn >= CHART_LIMIT:
            rows.append([workbook.charts_capped.format(count=CHART_LIMIT)])
            return
        start = rows.append([rows.cell(person.name, font=styles.HEADING)], height=20)
        header = [report.competence, report.required, report.current]
        rows.append(
            [rows.cell(text, font=styles.HEADER, fill=styles.HEADER_FILL) for text in header]
        )
        for gap in found:
            name = (
                competences[gap.competence].name
                if gap.competence in competences
                else gap.competence
            )
            rows.append([name, gap.required, gap.current])
        chart = RadarChart()
        chart.type = "marker"
        chart.title = person.name
        chart.add_data(
            Reference(
                sheet, min_col=2, max_col=3, min_row=start + 1, max_row=start + 1 + len(found)
            ),
            titles_from_data=True,
        )
        chart.set_categories(
            Reference(sheet, min_col=1, min_row=start + 2, max_row=start + 1 + len(found))
        )
        chart.width, chart.height = 14, 7.5
        sheet.add_chart(chart, f"E{start}")
        drawn += 1
        for _ in range(max(0, _BLOCK - len(found) - 2)):
            rows.skip()
