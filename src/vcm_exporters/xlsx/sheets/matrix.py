"""A task area's sheet: the values-competence matrix as people draw it, then results, TVB
and monitoring.

The grid: rows 1-2 name the task area, row 3 heads the columns (id, competence, level, one
column per core value), row 4 holds the value ids, and from row 5 each required competence
is a row with its level and, per value, the behaviour. Ids stay visible (small and grey)
so that an importer can read back a row a team typed in (the xlsx importer is being built).
Below the grid, the task area's results, its responsibilities with their authorities (TVB)
and its monitoring rules with their status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
from openpyxl.utils import get_column_letter

from vcm import vocabulary
from vcm.model import (
    Authority,
    MonitoringKind,
    MonitoringRule,
    Observation,
    RuleStatus,
    TaskArea,
)
from vcm_exporters.xlsx import styles
from vcm_exporters.xlsx.cells import Rows, row_height
from vcm_exporters.xlsx.context import Context
from vcm_exporters.xlsx.sheets.data import status_word
from vcm_exporters.xlsx.tables import ROOM, validation

__all__ = [
    "FIRST_ROW",
    "Section",
    "competence_name",
    "sections",
    "subtitle",
    "value_columns",
    "value_name",
    "write_area",
]

FIRST_ROW = 5
"""The row of the first required competence."""
FIXED = 3  # id, competence, level: the columns before the values
SECTION_COLUMNS = 8  # the monitoring section is the widest: A..H
WIDTHS = {"A": 16.0, "B": 28.0, "C": 9.0}
VALUE_WIDTH = 34.0
MERGED_WIDTH = WIDTHS["B"] + WIDTHS["C"]


def write_area(sheet: Any, ctx: Context, area: TaskArea) -> None:
    """Write the matrix sheet of ``area``."""
    value_ids = value_columns(ctx, area)
    columns = max(FIXED + len(value_ids) + 1, SECTION_COLUMNS)
    for letter, width in WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    for number in range(FIXED + 1, columns + 1):
        sheet.column_dimensions[get_column_letter(number)].width = VALUE_WIDTH
    sheet.freeze_panes = f"{get_column_letter(FIXED + 1)}{FIRST_ROW}"
    styles.page(sheet, landscape=True)

    rows = Rows(sheet)
    _write_grid(rows, ctx, area, value_ids)
    for section in sections(ctx, area):
        _section(rows, section.heading, section.header)
        for texts, status in zip(section.rows, section.statuses, strict=True):
            _section_row(rows, texts, status=status)


def value_columns(ctx: Context, area: TaskArea) -> list[str]:
    """The value ids of a grid's columns, in order."""
    # The organisation's values in order; then any value id a row names that the catalogue
    # lacks (finding VCM101), so that no behaviour of the model goes missing from the grid.
    ids = dict.fromkeys(value.id for value in ctx.org.values)
    for requirement in area.matrix:
        for behaviour in requirement.behaviours:
            ids.setdefault(behaviour.value, None)
    return list(ids)


def _write_grid(rows: Rows, ctx: Context, area: TaskArea, value_ids: list[str]) -> None:
    label = ctx.labels
    rows.append([rows.cell(area.name, font=styles.TITLE)], height=24)
    rows.append([rows.cell(subtitle(ctx, area), font=styles.SUBTITLE)])
    shown: dict[str, Any] = {"font": styles.DISPLAY, "fill": styles.DISPLAY_FILL}
    names = [value_name(ctx, value_id) for value_id in value_ids]
    head: dict[str, Any] = {
        "font": styles.HEADER,
        "fill": styles.HEADER_FILL,
        "border": styles.GRID,
    }
    header = [label["id"], label["competence"], label["level"]]
    rows.append(
        [
            *(rows.cell(text, alignment=styles.HEADER_WRAP, **head) for text in header),
            *(
                rows.cell(name, alignment=styles.HEADER_WRAP, border=styles.GRID, **shown)
                for name in names
            ),
            rows.cell(label["order"], alignment=styles.HEADER_WRAP, **head),
        ],
        height=row_height([(name, VALUE_WIDTH) for name in names]),
    )
    rows.append(
        [
            *(rows.cell(None, **head) for _ in range(FIXED)),
            *(
                rows.cell(
                    value_id, font=styles.ID_FONT, fill=styles.HEADER_FILL, border=styles.GRID
                )
                for value_id in value_ids
            ),
        ]
    )
    for requirement in area.matrix:
        name = competence_name(ctx, requirement.competence)
        texts = [requirement.behaviour_for(value_id) for value_id in value_ids]
        given = [behaviour.value for behaviour in requirement.behaviours]
        written = [value_id for value_id in value_ids if value_id in given]
        order = " ".join(given) if given != written else None
        cells = [
            rows.cell(
                requirement.competence,
                font=styles.ID_FONT,
                alignment=styles.TOP_WRAP,
                border=styles.GRID,
            ),
            rows.cell(name, alignment=styles.TOP_WRAP, border=styles.GRID, **shown),
            rows.cell(requirement.level, alignment=styles.CENTRE_TOP, border=styles.GRID),
            *(rows.cell(text, alignment=styles.TOP_WRAP, border=styles.GRID) for text in texts),
            rows.cell(order, font=styles.ID_FONT, alignment=styles.TOP_WRAP),
        ]
        sizes = [(requirement.competence, WIDTHS["A"]), (name, WIDTHS["B"])]
        rows.append(cells, height=row_height([*sizes, *((t, VALUE_WIDTH) for t in texts)]))
    last = max(rows.count, FIRST_ROW) + ROOM
    title = label["choose_title"]
    for choice, column in ((ctx.ids("competences"), "A"), (ctx.levels(), "C")):
        if choice is not None:
            where = f"{column}{FIRST_ROW}:{column}{last}"
            rows.sheet.data_validations.append(validation(choice, where, title=title))


def subtitle(ctx: Context, area: TaskArea) -> str:
    """Row 2 of a matrix sheet: the task area's description, or how to read the grid."""
    return area.description or ctx.labels["matrix_hint"]


def value_name(ctx: Context, value_id: str) -> str:
    """The name of a core value as a matrix sheet shows it (its id if the value is unknown)."""
    value = ctx.org.index.values.get(value_id)
    return value.name if value else value_id


def competence_name(ctx: Context, competence_id: str) -> str:
    """The name of a competence as a matrix sheet shows it (its id if it is unknown)."""
    competence = ctx.org.index.competences.get(competence_id)
    return competence.name if competence else competence_id


@attrs.frozen
class Section:
    """A section under the grid: a heading, a header, and a row of texts per item.

    The texts of a row go in A, B (merged over C) and from D on. The items are the task
    area's ``field`` (``results``, ...), in order; ``sources`` names, per text, the column of
    the item's data sheet it is made from.
    """

    heading: str
    header: tuple[str, ...]
    field: str
    sources: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]
    statuses: tuple[RuleStatus | None, ...]


def sections(
    ctx: Context, area: TaskArea, required: Mapping[str, int] | None = None
) -> tuple[Section, ...]:
    """The sections under the grid of ``area``: results, TVB and monitoring.

    ``required``: the level required per competence, shown beside it in the TVB section;
    the area's matrix gives it unless another is given.
    """
    if required is None:
        required = ctx.org.index.required_in(area.id)
    return _results(ctx, area), _tvb(ctx, area, required), _monitoring(ctx, area)


def _made(
    ctx: Context,
    field: str,
    heads: Sequence[str],
    sources: tuple[str, ...],
    rows: Sequence[tuple[str | None, ...]],
    statuses: Sequence[RuleStatus | None] = (),
) -> Section:
    # ``heads``: the label keys of the heading and of each column's head.
    heading, *header = (ctx.labels[key] for key in heads)
    return Section(
        heading=heading,
        header=tuple(header),
        field=field,
        sources=sources,
        rows=tuple(rows),
        statuses=tuple(statuses) or (None,) * len(rows),
    )


def _section(rows: Rows, heading: str, header: Sequence[str]) -> None:
    rows.skip()
    rows.append([rows.cell(heading, font=styles.HEADING)], height=20)
    _section_row(rows, header, header=True)


def _section_row(
    rows: Rows,
    texts: Sequence[str | None],
    *,
    header: bool = False,
    status: RuleStatus | None = None,
) -> None:
    """A row of a section: id in A, the main text over B and C (merged), the rest from D."""
    first, main, *rest = texts
    style: dict[str, Any] = {"alignment": styles.TOP_WRAP, "border": styles.GRID}
    if header:
        style.update(font=styles.HEADER, fill=styles.HEADER_FILL)
    else:
        style.update(font=styles.DISPLAY, fill=styles.DISPLAY_FILL)
    cells = [
        rows.cell(first, **style),
        rows.cell(main, **style),
        rows.cell(None, **style),
        *(rows.cell(text, **style) for text in rest),
    ]
    if status is not None:
        cells[-1] = rows.cell(
            rest[-1],
            font=styles.STATUS_FONTS[status],
            fill=styles.STATUS_FILLS[status],
            alignment=styles.CENTRE_TOP,
            border=styles.GRID,
        )
    sizes = [(first, WIDTHS["A"]), (main, MERGED_WIDTH), *((text, VALUE_WIDTH) for text in rest)]
    number = rows.append(cells, height=row_height(sizes))
    rows.sheet.merged_cells.add(f"B{number}:C{number}")


def _lines(items: Iterable[str | None]) -> str | None:
    text = "\n".join(item for item in items if item)
    return text or None


def _result_names(ctx: Context, ids: Iterable[str]) -> str | None:
    results = ctx.org.index.results
    return _lines(result.name if (result := results.get(key)) else key for key in ids)


def _results(ctx: Context, area: TaskArea) -> Section:
    rows = tuple(
        (
            result.id,
            result.name,
            result.client,
            _lines(value_name(ctx, value_id) for value_id in result.values),
            result.description,
        )
        for result in area.results
    )
    heads = ("results_heading", "id", "result", "client", "values", "description")
    return _made(ctx, "results", heads, ("id", "name", "client", "values", "description"), rows)


def _authority(ctx: Context, authority: Authority) -> str:
    label = ctx.labels
    details = [label.word(authority.kind.value)]
    if authority.limit:
        details.append(f"{label['limit_word']}: {authority.limit}")
    if authority.escalate_to:
        details.append(f"{label['escalate_word']}: {authority.escalate_to}")
    return f"• {authority.description} ({'; '.join(details)})"


def _tvb(ctx: Context, area: TaskArea, required: Mapping[str, int]) -> Section:
    rows = tuple(
        (
            responsibility.id,
            responsibility.description,
            _lines(_authority(ctx, authority) for authority in responsibility.authorities),
            _result_names(ctx, responsibility.results),
            _lines(
                _competence_with_level(ctx, competence_id, required.get(competence_id))
                for competence_id in responsibility.competences
            ),
        )
        for responsibility in area.responsibilities
    )
    heads = ("tvb_heading", "id", "responsibility", "authorities", "results", "competences")
    sources = ("id", "description", "authorities", "results", "competences")
    return _made(ctx, "responsibilities", heads, sources, rows)


def _competence_with_level(ctx: Context, competence_id: str, level: int | None) -> str:
    name = competence_name(ctx, competence_id)
    return name if level is None else f"{name} ({level})"


def _monitoring(ctx: Context, area: TaskArea) -> Section:
    label = ctx.labels
    rows = []
    statuses = []
    for rule in area.monitoring:
        status, observation = rule.status(ctx.as_of)
        how = _lines([rule.method, f"{label.word(rule.frequency.value)} · {rule.owner}"])
        rows.append(
            (
                rule.id,
                rule.indicator,
                _result_names(ctx, rule.results),
                how,
                _norm(ctx, rule),
                _reading(ctx, rule, observation),
                status_word(ctx, rule),
            )
        )
        statuses.append(status)
    heads = ("monitoring_heading", "id", "indicator", "results", "how", "norm", "latest")
    sources = ("id", "indicator", "results", "method", "target", "reading", "reading")
    section = _made(ctx, "monitoring", heads, sources, rows, statuses)
    # The status's head names the date it is as of.
    status_head = f"{label['status']} {label.words.date(ctx.as_of)}"
    return attrs.evolve(section, header=(*section.header, status_head))


def _number(ctx: Context, value: float, unit: str | None) -> str:
    text = vocabulary.number(value, ctx.language)
    return f"{text} {unit}" if unit else text


def _norm(ctx: Context, rule: MonitoringRule) -> str | None:
    if rule.kind is not MonitoringKind.QUANTITATIVE:
        return None
    label = ctx.labels
    parts = []
    if rule.target is not None:
        parts.append(f"{label['target_word']} {_number(ctx, rule.target, rule.unit)}")
    if rule.threshold is not None:
        parts.append(f"{label['threshold_word']} {_number(ctx, rule.threshold, rule.unit)}")
    if rule.direction is not None:
        parts.append(label.word(rule.direction.value))
    return _lines(parts)


def _reading(ctx: Context, rule: MonitoringRule, observation: Observation | None) -> str | None:
    if observation is None:
        return None
    if observation.value is not None:
        reading = _number(ctx, observation.value, rule.unit)
    else:
        reading = ctx.labels.word(observation.status.value if observation.status else "")
    text = f"{ctx.labels.words.date(observation.date)}: {reading}"
    return f"{text}\n{observation.note}" if observation.note else text
