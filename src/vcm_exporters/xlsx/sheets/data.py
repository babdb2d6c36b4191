"""The data sheets of the model: every field has exactly one home in one of these tables.

Lists of ids share one cell, separated by spaces (an id never holds whitespace); lists of
texts get a row per item with its position (``#``), so texts may hold anything. Enum values
are the words of the file format. docs/xlsx.rst maps every column to its model field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from vcm.model import (
    AuthorityKind,
    CompetenceKind,
    Direction,
    Frequency,
    MonitoringKind,
    ObservationStatus,
)
from vcm_exporters.xlsx.cells import joined
from vcm_exporters.xlsx.context import Context
from vcm_exporters.xlsx.tables import Column

__all__ = ["FORMAT_VERSION", "SHEETS", "Sheet"]

FORMAT_VERSION = 1
"""The ``vcm:`` version of the file format the workbook carries."""

Row = Sequence[Any]
Sheet = tuple[str, Callable[[Context], Sequence[Column]], Callable[[Context], Iterator[Row]]]
"""A data sheet: its table name, its columns and its rows."""

ID, NAME, TEXT, SHORT, NUMBER, POSITION = 18.0, 30.0, 60.0, 16.0, 11.0, 6.0


def _organisation_columns(ctx: Context) -> list[Column]:
    return [Column(ctx.labels["field"], 20), Column(ctx.labels["value"], 90)]


def _organisation_rows(ctx: Context) -> Iterator[Row]:
    org, label = ctx.org, ctx.labels
    yield label["field.vcm"], FORMAT_VERSION
    yield label["field.id"], org.id
    yield label["field.name"], org.name
    yield label["field.language"], org.language.value
    yield label["field.vision"], org.purpose.vision
    yield label["field.mission"], org.purpose.mission
    yield label["field.statement"], org.purpose.statement


def _values_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["id"], ID),
        Column(label["name"], NAME),
        Column(label["description"], TEXT),
    ]


def _values_rows(ctx: Context) -> Iterator[Row]:
    for value in ctx.org.values:
        yield value.id, value.name, value.description


BEHAVIOUR_KINDS = ("behaviours", "counter_behaviours")
"""The words of the kind column of the value behaviours: the keys of the file format."""


def _value_behaviours_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["value"], ID, ctx.ids("values")),
        Column(label["kind"], 20, ctx.words(BEHAVIOUR_KINDS)),
        Column(label["position"], POSITION),
        Column(label["text"], TEXT),
    ]


def _value_behaviours_rows(ctx: Context) -> Iterator[Row]:
    for value in ctx.org.values:
        for kind, texts in zip(
            BEHAVIOUR_KINDS, (value.behaviours, value.counter_behaviours), strict=True
        ):
            for position, text in enumerate(texts, 1):
                yield value.id, kind, position, text


def _scale_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["level"], 8),
        Column(label["name"], NAME),
        Column(label["description"], TEXT),
    ]


def _scale_rows(ctx: Context) -> Iterator[Row]:
    # The model's own names, also for the default scale in a Dutch workbook: the data sheets
    # hold the model as it is; the overview and matrix sheets show the names localised.
    for level in ctx.org.scale:
        yield level.level, level.name, level.description


def _competences_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["id"], ID),
        Column(label["name"], NAME),
        Column(label["kind"], SHORT, ctx.words(CompetenceKind)),
        Column(label["description"], TEXT),
        Column(label["values"], 24),
    ]


def _competences_rows(ctx: Context) -> Iterator[Row]:
    for competence in ctx.org.competences:
        yield (
            competence.id,
            competence.name,
            competence.kind.value,
            competence.description,
            joined(competence.values),
        )


def _indicators_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["competence"], ID, ctx.ids("competences")),
        Column(label["level"], 8, ctx.levels()),
        Column(label["position"], POSITION),
        Column(label["behaviour"], TEXT),
    ]


def _indicators_rows(ctx: Context) -> Iterator[Row]:
    # Position 1 starts an indicator, so two indicators of one level stay two; an indicator
    # without behaviours is a row without position and text.
    for competence in ctx.org.competences:
        for indicator in competence.indicators:
            if not indicator.behaviours:
                yield competence.id, indicator.level, None, None
            for position, text in enumerate(indicator.behaviours, 1):
                yield competence.id, indicator.level, position, text


def _references_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["competence"], ID, ctx.ids("competences")),
        Column(label["position"], POSITION),
        Column(label["reference"], TEXT),
    ]


def _references_rows(ctx: Context) -> Iterator[Row]:
    for competence in ctx.org.competences:
        for position, reference in enumerate(competence.references, 1):
            yield competence.id, position, reference


def _task_areas_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["id"], ID),
        Column(label["name"], NAME),
        Column(label["description"], TEXT),
        Column(label["sheet"], NAME),
    ]


def _task_areas_rows(ctx: Context) -> Iterator[Row]:
    for area, sheet in zip(ctx.org.task_areas, ctx.area_sheets, strict=True):
        yield area.id, area.name, area.description, sheet


def _results_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["task_area"], ID, ctx.ids("task_areas")),
        Column(label["id"], ID),
        Column(label["name"], TEXT),
        Column(label["client"], 20),
        Column(label["description"], TEXT),
        Column(label["values"], 24),
    ]


def _results_rows(ctx: Context) -> Iterator[Row]:
    for area in ctx.org.task_areas:
        for result in area.results:
            yield (
                area.id,
                result.id,
                result.name,
                result.client,
                result.description,
                joined(result.values),
            )


def _responsibilities_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["task_area"], ID, ctx.ids("task_areas")),
        Column(label["id"], ID),
        Column(label["description"], TEXT),
        Column(label["results"], 30),
        Column(label["competences"], 30),
    ]


def _responsibilities_rows(ctx: Context) -> Iterator[Row]:
    for area in ctx.org.task_areas:
        for responsibility in area.responsibilities:
            yield (
                area.id,
                responsibility.id,
                responsibility.description,
                joined(responsibility.results),
                joined(responsibility.competences),
            )


def _authorities_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["responsibility"], ID, ctx.ids("responsibilities")),
        Column(label["position"], POSITION),
        Column(label["description"], TEXT),
        Column(label["kind"], SHORT, ctx.words(AuthorityKind)),
        Column(label["limit"], NAME),
        Column(label["escalate_to"], 20),
    ]


def _authorities_rows(ctx: Context) -> Iterator[Row]:
    for area in ctx.org.task_areas:
        for responsibility in area.responsibilities:
            for position, authority in enumerate(responsibility.authorities, 1):
                yield (
                    responsibility.id,
                    position,
                    authority.description,
                    authority.kind.value,
                    authority.limit,
                    authority.escalate_to,
                )


def _matrix_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["task_area"], ID, ctx.ids("task_areas")),
        Column(label["matrix_row"], 8),
        Column(label["competence"], ID, ctx.ids("competences")),
        Column(label["level"], 8, ctx.levels()),
        Column(label["value"], ID, ctx.ids("values")),
        Column(label["behaviour"], TEXT),
    ]


def _matrix_rows(ctx: Context) -> Iterator[Row]:
    # One row per behaviour (a cell of the grid); a requirement without behaviours is one
    # row without value and behaviour. The matrix row number keeps requirements apart.
    for area in ctx.org.task_areas:
        for number, requirement in enumerate(area.matrix, 1):
            if not requirement.behaviours:
                yield area.id, number, requirement.competence, requirement.level, None, None
            for behaviour in requirement.behaviours:
                yield (
                    area.id,
                    number,
                    requirement.competence,
                    requirement.level,
                    behaviour.value,
                    behaviour.text,
                )


def _monitoring_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["task_area"], ID, ctx.ids("task_areas")),
        Column(label["id"], ID),
        Column(label["kind"], SHORT, ctx.words(MonitoringKind)),
        Column(label["indicator"], TEXT),
        Column(label["results"], 24),
        Column(label["method"], NAME),
        Column(label["frequency"], SHORT, ctx.words(Frequency)),
        Column(label["owner"], 20),
        Column(label["unit"], 8),
        Column(label["direction"], 10, ctx.words(Direction)),
        Column(label["target"], NUMBER),
        Column(label["threshold"], NUMBER),
        Column(label["response"], NAME),
        Column(f"{label['status']} {label.words.date(ctx.as_of)}", SHORT),
    ]


def _monitoring_rows(ctx: Context) -> Iterator[Row]:
    for area in ctx.org.task_areas:
        for rule in area.monitoring:
            status, _ = rule.status(ctx.as_of)
            yield (
                area.id,
                rule.id,
                rule.kind.value,
                rule.indicator,
                joined(rule.results),
                rule.method,
                rule.frequency.value,
                rule.owner,
                rule.unit,
                None if rule.direction is None else rule.direction.value,
                rule.target,
                rule.threshold,
                rule.response,
                # Derived, not read back: the status in the reader's words.
                ctx.labels.word(status.value),
            )


def _observations_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["rule"], ID, ctx.ids("rules")),
        Column(label["date"], 12),
        Column(label["value"], NUMBER),
        Column(label["status"], SHORT, ctx.words(ObservationStatus)),
        Column(label["note"], TEXT),
    ]


def _observations_rows(ctx: Context) -> Iterator[Row]:
    for area in ctx.org.task_areas:
        for rule in area.monitoring:
            for observation in rule.observations:
                yield (
                    rule.id,
                    observation.date,
                    observation.value,
                    None if observation.status is None else observation.status.value,
                    observation.note,
                )


def _findings_columns(ctx: Context) -> list[Column]:
    label = ctx.labels
    return [
        Column(label["code"], 10),
        Column(label["severity"], 10),
        Column(label["place"], 40),
        Column(label["message"], 80),
        Column(label["ids"], 30),
    ]


def _findings_rows(ctx: Context) -> Iterator[Row]:
    for finding in ctx.report:
        yield (
            finding.code,
            ctx.labels.word(finding.severity.value),
            finding.place(ctx.language),
            finding.text(ctx.language),
            joined(finding.ids),
        )


SHEETS: dict[str, Sheet] = {
    "organisation": ("Organisation", _organisation_columns, _organisation_rows),
    "values": ("Values", _values_columns, _values_rows),
    "value_behaviours": ("ValueBehaviours", _value_behaviours_columns, _value_behaviours_rows),
    "scale": ("Scale", _scale_columns, _scale_rows),
    "competences": ("Competences", _competences_columns, _competences_rows),
    "indicators": ("Indicators", _indicators_columns, _indicators_rows),
    "references": ("References", _references_columns, _references_rows),
    "task_areas": ("TaskAreas", _task_areas_columns, _task_areas_rows),
    "results": ("Results", _results_columns, _results_rows),
    "responsibilities": ("Responsibilities", _responsibilities_columns, _responsibilities_rows),
    "authorities": ("Authorities", _authorities_columns, _authorities_rows),
    "matrix": ("Matrix", _matrix_columns, _matrix_rows),
    "monitoring": ("Monitoring", _monitoring_columns, _monitoring_rows),
    "observations": ("Observations", _observations_columns, _observations_rows),
    "findings": ("Findings", _findings_columns, _findings_rows),
}
"""Per key of :data:`~vcm_exporters.xlsx.context.DATA_SHEETS`: table name, columns, rows."""
