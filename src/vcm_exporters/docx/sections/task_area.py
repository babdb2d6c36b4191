"""One chapter per task area: results, TVB, the values-competence matrix and monitoring."""

from __future__ import annotations

from collections.abc import Sized

from vcm.analysis import explain
from vcm.model import MonitoringKind, MonitoringRule, RuleStatus, TaskArea
from vcm.model.reading import first_by_id
from vcm_exporters.docx.body import Body
from vcm_exporters.docx.context import Context
from vcm_exporters.docx.fills import STATUS_FILLS
from vcm_exporters.docx.sections.summary import coverage, trend
from vcm_exporters.docx.tables import Cell, CellValue, Table, Text, needed_width

__all__ = ["LANDSCAPE_FROM_VALUES", "STATUS_FILLS", "task_area"]

LANDSCAPE_FROM_VALUES = 5
"""A matrix with this many value columns or more is set on landscape pages (and a narrower
one too when its words do not all fit across a portrait page)."""


def task_area(body: Body, context: Context, area: TaskArea, position: int) -> None:
    """The chapter of the task area at ``position`` of the organisation."""
    body.heading(area.name, 1)
    if area.description:
        body.paragraph(area.description)
    _results(body, context, area)
    _responsibilities(body, context, area)
    _matrix(body, context, area)
    coverage(body, context, position)
    _monitoring(body, context, area)


def _section(body: Body, context: Context, heading: str, shown: Sized) -> bool:
    """A section's heading; with nothing to show, a "none" under it and False."""
    body.heading(heading, 2)
    if not shown:
        body.paragraph(context.labels.none)
    return bool(shown)


def _results(body: Body, context: Context, area: TaskArea) -> None:
    labels = context.labels
    if not _section(body, context, labels.results, area.results):
        return
    rows = []
    for result in area.results:
        lines: list[str | Text] = [Text(result.name, bold=True)]
        if result.description:
            lines.append(result.description)
        serves = ", ".join(context.value_name(v) for v in result.values)
        rows.append((Cell(tuple(lines)), result.client, serves))
    body.table(Table((labels.result, labels.client, labels.serves), rows, (6, 2.5, 2.5)))


def _responsibilities(body: Body, context: Context, area: TaskArea) -> None:
    labels = context.labels
    if not _section(body, context, labels.tvb, area.responsibilities):
        return
    required = context.org.index.required_in(area.id)
    rows = []
    for responsibility in area.responsibilities:
        authorities: list[str | Text] = []
        for authority in responsibility.authorities:
            detail = [labels.word(authority.kind)]
            if authority.limit:
                detail.append(f"{labels.limit}: {authority.limit}")
            if authority.escalate_to:
                detail.append(f"{labels.escalate_to}: {authority.escalate_to}")
            authorities += [authority.description, Text("; ".join(detail), italic=True)]
        competences = []
        for competence_id in responsibility.competences:
            level = required.get(competence_id)
            name = context.competence_name(competence_id)
            competences.append(f"{name} ({level})" if level else name)
        rows.append(
            (
                responsibility.description,
                Cell(tuple(authorities) or (labels.none,)),
                Cell(tuple(context.result_name(r) for r in responsibility.results)),
                Cell(tuple(competences)),
            )
        )
    header = (labels.responsibility, labels.authorities, labels.results, labels.competences)
    body.table(Table(header, rows, (3.5, 4.5, 2.5, 2.5)))


def _matrix(body: Body, context: Context, area: TaskArea) -> None:
    labels, values = context.labels, context.org.values
    rows: list[list[CellValue]] = []
    for requirement in area.matrix:
        behaviours = {b.value: b.text for b in requirement.behaviours}
        row: list[CellValue] = [
            Cell((Text(context.competence_name(requirement.competence), bold=True),)),
            context.level(requirement.level),
        ]
        row += [behaviours.get(value.id, "") for value in values]
        rows.append(row)
    header = (labels.competence, labels.required_level, *(v.name for v in values))
    table = Table(header, rows, (2.2, 1.8, *(3.0 for _ in values)))
    # Wide: many values, or words (Dutch compounds) that cannot all fit on a portrait page.
    wide = bool(rows) and (
        len(values) >= LANDSCAPE_FROM_VALUES or needed_width(table) > body.layout.text_width
    )
    with body.landscape(wide):
        if not _section(body, context, labels.matrix, rows):
            return
        body.paragraph(labels.matrix_intro)
        body.table(table)


def _monitoring(body: Body, context: Context, area: TaskArea) -> None:
    labels = context.labels
    if not _section(body, context, labels.monitoring, area.monitoring):
        return
    body.paragraph(labels.status_intro.format(date=labels.date(context.as_of)))
    rows = []
    for rule in area.monitoring:
        how = [line for line in (rule.method, labels.word(rule.frequency), rule.owner) if line]
        rows.append(
            (
                Cell((Text(rule.indicator, bold=True), Text(labels.word(rule.kind), italic=True))),
                Cell(tuple(context.result_name(r) for r in rule.results)),
                Cell(tuple(how)),
                _norm(context, rule),
                _status(context, rule),
            )
        )
    header = (labels.indicator, labels.results, labels.how, labels.norm, labels.status)
    body.table(Table(header, rows, (3.0, 2.6, 2.4, 2.6, 2.6)))
    _who_can_act(body, context, area)


def _who_can_act(body: Body, context: Context, area: TaskArea) -> None:
    """Under the table, per rule at risk or off track: who carries it and what it asks.

    The members with open gaps and their actions are named only with people included
    (without them, ``context.org`` has no people, so none can be named).
    """
    labels = context.labels
    # Of two rules with one id (finding VCM100) the first is the one explained.
    for rule in first_by_id(area.monitoring).values():
        status, _ = rule.status(context.as_of)
        if status not in (RuleStatus.AT_RISK, RuleStatus.OFF_TRACK):
            continue
        found = explain(context.org, rule.id, as_of=context.as_of, task_area=area.id)
        body.paragraph(
            labels.rule_needs_action.format(rule=rule.indicator, status=labels.word(status)),
            bold=True,
            keep_next=True,
        )
        items = [
            labels.rule_carried_by.format(
                responsibilities="; ".join(r.description for r in found.responsibilities)
                or labels.none
            ),
            labels.rule_needs.format(
                competences=", ".join(c.name for c in found.competences) or labels.none
            ),
        ]
        if context.include_people:
            for competence in found.competences:
                for gap in competence.gaps:
                    actions = "".join(
                        f"; {action.description}"
                        + (f" ({labels.date(action.due)})" if action.due else "")
                        for action in gap.open_actions
                    )
                    items.append(
                        labels.rule_gaps.format(
                            person=gap.person_name,
                            competence=competence.name,
                            current=gap.current,
                            required=gap.required,
                            actions=actions,
                        )
                    )
        body.bullets(items)


def _amount(context: Context, number: float, unit: str | None) -> str:
    text = context.labels.number(number)
    return f"{text} {unit}" if unit else text


def _norm(context: Context, rule: MonitoringRule) -> Cell:
    labels = context.labels
    lines: list[str | Text] = []
    if rule.kind is MonitoringKind.QUANTITATIVE:
        if rule.target is not None:
            lines.append(f"{labels.target}: {_amount(context, rule.target, rule.unit)}")
        if rule.threshold is not None:
            lines.append(f"{labels.threshold}: {_amount(context, rule.threshold, rule.unit)}")
        if rule.direction is not None:
            lines.append(labels.word(rule.direction))
    if rule.response:
        lines.append(Text(f"{labels.on_a_miss}: {rule.response}", italic=True))
    return Cell(tuple(lines) or (labels.none,))


def _status(context: Context, rule: MonitoringRule) -> Cell:
    labels = context.labels
    status, observation = rule.status(context.as_of)
    lines: list[str | Text] = [Text(labels.word(status), bold=True)]
    if observation is not None:
        if observation.value is not None:
            reading = _amount(context, observation.value, rule.unit)
            lines.append(f"{reading} ({labels.date(observation.date)})")
        else:
            lines.append(labels.date(observation.date))
        if observation.note:
            lines.append(Text(observation.note, italic=True))
    bars = trend(context, rule)
    if bars is not None:
        lines.append(bars)
    return Cell(tuple(lines), fill=STATUS_FILLS.get(status))
