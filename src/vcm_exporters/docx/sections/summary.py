"""The management summary: the report's first chapter, and each task area's coverage table.

Colour is never alone: every coloured cell also says its status or count in words, so the
tables read in grey print and to someone who does not see colour.
"""

from __future__ import annotations

from vcm.analysis import AreaSummary, CompetenceCover
from vcm.checks import Severity
from vcm.model import MonitoringKind, MonitoringRule, RuleStatus
from vcm_exporters.docx.body import Body
from vcm_exporters.docx.context import Context
from vcm_exporters.docx.fills import STATUS_FILLS, bench_fill
from vcm_exporters.docx.tables import Cell, CellValue, Table, Text

__all__ = ["coverage", "summary", "trend"]

_BARS = "▁▂▃▄▅▆▇█"
_TREND_READINGS = 12


def summary(body: Body, context: Context) -> None:
    """The first chapter: rules by status, competences and development, findings."""
    labels = context.labels
    overview = context.summary
    body.heading(labels.summary, 1)
    if any(finding.severity is Severity.ERROR for finding in context.findings):
        body.paragraph(labels.has_errors, bold=True)
    body.paragraph(labels.summary_intro.format(date=labels.date(context.as_of)))
    names = [context.task_area_name(area.task_area) for area in overview.areas]

    body.heading(labels.summary_monitoring, 2)
    statuses = [s for s in RuleStatus if any(area.count(s) for area in overview.areas)]
    rows: list[list[CellValue]] = []
    for name, area in zip(names, overview.areas, strict=True):
        row: list[CellValue] = [name]
        for status in statuses:
            count = area.count(status)
            row.append(Cell((str(count),), fill=STATUS_FILLS[status]) if count else "")
        rows.append(row)
    if statuses:
        header = (labels.task_area, *(labels.word(status) for status in statuses))
        body.table(Table(header, rows, (3.0, *(1.2 for _ in statuses))))
    else:
        body.paragraph(labels.none)

    body.heading(labels.summary_coverage, 2)
    if not overview.include_people and any(not area.shown for area in overview.areas):
        body.paragraph(labels.privacy_note.format(count=overview.min_group_size), italic=True)
    header = (
        labels.task_area,
        labels.members,
        labels.reached_now,
        labels.reached_projected,
        labels.single_person,
        labels.actions_open,
    )
    body.table(
        Table(
            header,
            [
                _area_row(context, name, area)
                for name, area in zip(names, overview.areas, strict=True)
            ],
            (2.6, 1.0, 1.4, 1.8, 2.6, 1.4),
        )
    )

    body.heading(labels.summary_findings, 2)
    counts = [
        template.format(count=sum(1 for f in context.findings if f.severity is severity))
        for template, severity in (
            (labels.errors, Severity.ERROR),
            (labels.warnings, Severity.WARNING),
            (labels.infos, Severity.INFO),
        )
    ]
    body.paragraph(", ".join(counts) + ".")
    body.page_break()


def _area_row(context: Context, name: str, area: AreaSummary) -> list[CellValue]:
    labels = context.labels
    if not area.shown:
        hidden = Text(labels.not_shown.format(count=context.summary.min_group_size), italic=True)
        return [name, str(area.members), Cell((hidden,)), "", "", ""]
    total = len(area.coverage)
    now = total - len(area.uncovered)
    later = total - len(area.uncovered_projected)
    latest = max((c.projected_by for c in area.coverage if c.projected_by), default=None)
    projected: list[str | Text] = [labels.of_total.format(count=later, total=total)]
    if latest is not None and later > now:
        projected.append(Text(labels.by_date.format(date=labels.date(latest)), italic=True))
    actions = str(area.open_actions)
    if area.overdue_actions:
        actions += f" ({area.overdue_actions})"
    return [
        name,
        str(area.members),
        Cell((labels.of_total.format(count=now, total=total),), fill=_fill(now, total)),
        Cell(tuple(projected), fill=_fill(later, total)),
        Cell(tuple(context.competence_name(c) for c in area.single_person) or (labels.none,)),
        actions,
    ]


def _fill(reached: int, total: int) -> str | None:
    if total == 0:
        return None
    # The whole matrix reached is green, part of it amber, none of it red.
    return bench_fill(2 if reached == total else 1 if reached else 0)


def coverage(body: Body, context: Context, position: int) -> None:
    """A task area's coverage heat map: per required competence, members reaching it."""
    area = context.summary.areas[position]
    labels = context.labels
    body.heading(labels.coverage, 2)
    if not area.shown:
        body.paragraph(labels.not_shown.format(count=context.summary.min_group_size), italic=True)
        return
    if not area.coverage:
        body.paragraph(labels.none)
        return
    body.paragraph(labels.coverage_intro)
    rows = [_cover_row(context, cover) for cover in area.coverage]
    header = (labels.competence, labels.required_level, labels.now, labels.projected)
    body.table(Table(header, rows, (4.0, 2.0, 1.4, 2.4)))


def _cover_row(context: Context, cover: CompetenceCover) -> list[CellValue]:
    labels = context.labels
    projected: list[str | Text] = [str(cover.projected)]
    if cover.projected > cover.bench and cover.projected_by is not None:
        projected.append(
            Text(labels.by_date.format(date=labels.date(cover.projected_by)), italic=True)
        )
    return [
        context.competence_name(cover.competence),
        context.level(cover.required),
        Cell((str(cover.bench),), fill=bench_fill(cover.bench)),
        Cell(tuple(projected), fill=bench_fill(cover.projected)),
    ]


def trend(context: Context, rule: MonitoringRule) -> str | None:
    """The last readings of a quantitative rule as block bars, lowest ▁ to highest █."""
    if rule.kind is not MonitoringKind.QUANTITATIVE:
        return None
    readings = sorted(
        (o for o in rule.observations if o.value is not None and o.date <= context.as_of),
        key=lambda o: o.date,
    )[-_TREND_READINGS:]
    if len(readings) < 2:
        return None
    values = [float(o.value) for o in readings if o.value is not None]
    low, high = min(values), max(values)
    span = high - low
    bars = "".join(
        _BARS[0 if span == 0 else round((value - low) / span * (len(_BARS) - 1))]
        for value in values
    )
    return f"{context.labels.trend}: {bars}"
