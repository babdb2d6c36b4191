"""The data sheets of the model: every field has exactly one home in one of these tables.

Each sheet is described once, as a list of columns (:mod:`vcm_exporters.xlsx.columns`):
the exporter writes from it and the importer reads through it. Lists of ids share one
cell, separated by spaces (an id never holds whitespace); lists of texts get a row per item
with its position (``#``), so texts may hold anything. docs/xlsx.rst maps every column to
its model field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import Enum, StrEnum
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any

from vcm.io import FORMAT_VERSION
from vcm.model import (
    AuthorityKind,
    CompetenceKind,
    Direction,
    Frequency,
    MonitoringKind,
    MonitoringRule,
    ObservationStatus,
)
from vcm_exporters.xlsx.cells import joined
from vcm_exporters.xlsx.columns import DataSheet, Field, Kind

if TYPE_CHECKING:
    from vcm_exporters.xlsx.context import Context
    from vcm_exporters.xlsx.tables import Choice

__all__ = [
    "BEHAVIOUR_KINDS",
    "ORGANISATION_FIELDS",
    "SHEETS",
    "BehaviourKind",
    "catalogue",
    "enum_field",
    "id_field",
    "level_field",
    "name_beside",
    "referring",
    "status_word",
    "text_list",
]

ID, NAME, TEXT, SHORT, NUMBER, POSITION = 18.0, 30.0, 60.0, 16.0, 11.0, 6.0


# --- organisation: one row per field --------------------------------------------------

ORGANISATION_FIELDS = ("vcm", "id", "name", "language", "vision", "mission", "statement")
"""The rows of the organisation sheet, in order; the label of each is ``field.<key>``."""


def _organisation_rows(ctx: Context) -> Iterator[tuple[str, Any]]:
    org, label = ctx.org, ctx.labels
    values = (
        FORMAT_VERSION,
        org.id,
        org.name,
        org.language.value,
        org.purpose.vision,
        org.purpose.mission,
        org.purpose.statement,
    )
    for key, value in zip(ORGANISATION_FIELDS, values, strict=True):
        yield label[f"field.{key}"], value


ORGANISATION = DataSheet(
    key="organisation",
    table="Organisation",
    fields=(
        Field(key="field", width=20, get=lambda row: row[0], kind=Kind.ID),
        Field(key="value", width=90, get=lambda row: row[1], kind=Kind.TEXT),
    ),
    rows=_organisation_rows,
)

# --- values ---------------------------------------------------------------------------


def catalogue(key: str, table: str, items: str, *fields: Field) -> DataSheet:
    """A sheet of the organisation's ``items`` (``values``, ``people``): a row each, with
    its own id and its name first, then ``fields``."""
    return DataSheet(
        key=key,
        table=table,
        fields=(
            Field(key="id", width=ID, get=attrgetter("id"), kind=Kind.ID, optional=False),
            Field(key="name", width=NAME, get=attrgetter("name"), kind=Kind.TEXT),
            *fields,
        ),
        rows=lambda ctx: getattr(ctx.org, items),
    )


VALUES = catalogue(
    "values",
    "Values",
    "values",
    Field(key="description", width=TEXT, get=lambda value: value.description, kind=Kind.TEXT),
)


class BehaviourKind(StrEnum):
    """The kind column of the value behaviours: the keys of the file format."""

    BEHAVIOURS = "behaviours"
    COUNTER_BEHAVIOURS = "counter_behaviours"


BEHAVIOUR_KINDS = tuple(BehaviourKind)
"""The kinds of value behaviours, in the order of the file format."""


def _chosen(
    key: str,
    get: Callable[[Any], Any],
    kind: Kind,
    choice: Callable[[Context], Choice | None],
    *,
    width: float,
    optional: bool,
    enum: type[Enum] | None = None,
) -> Field:
    # A column whose cells are chosen from a dropdown.
    return Field(
        key=key, width=width, get=get, kind=kind, enum=enum, choice=choice, optional=optional
    )


def id_field(key: str, get: Callable[[Any], Any], ids: str) -> Field:
    """A required column holding one id of ``ids`` (``competences``, ...), with its dropdown."""
    return _chosen(key, get, Kind.ID, lambda ctx: ctx.ids(ids), width=ID, optional=False)


def enum_field(
    key: str,
    get: Callable[[Any], Any],
    enum: type[Enum],
    *,
    width: float = SHORT,
    optional: bool = True,
) -> Field:
    """A column holding a word of ``enum``, with a dropdown of its words."""
    words = lambda ctx: ctx.words(enum)  # noqa: E731 - the dropdown of this enum
    return _chosen(key, get, Kind.ENUM, words, width=width, optional=optional, enum=enum)


def level_field(
    key: str, get: Callable[[Any], Any], *, width: float = 8, optional: bool = True
) -> Field:
    """A column holding a level of the scale, with a dropdown of the scale's levels."""
    return _chosen(key, get, Kind.LEVEL, lambda ctx: ctx.levels(), width=width, optional=optional)


def name_beside(source: Field, names: str, key: str | None = None) -> Field:
    """The name shown beside the id of the column ``source`` (display only)."""
    return Field(
        key=key or f"{source.key}_name",
        width=24,
        get=source.get,
        kind=Kind.DERIVED,
        names=names,
        source=source.key,
    )


def referring(
    key: str, get: Callable[[Any], Any], ids: str, *, name: str | None = None
) -> tuple[Field, Field]:
    """A column holding an id of ``ids``, and the column showing its name beside it."""
    source = id_field(key, get, ids)
    return source, name_beside(source, ids, name)


def text_list(
    key: str,
    table: str,
    owner: tuple[Field, ...],
    text: str,
    lists: Callable[[Context], Iterable[tuple[tuple[Any, ...], Sequence[str]]]],
) -> DataSheet:
    """A sheet of lists of texts: a row per text, in order, with its position (``#``).

    ``owner``: the columns saying whose list it is, filled from the first values of
    each of ``lists``; then the position and the text in the column ``text``.
    """
    first = sum(1 for field in owner if not field.display)  # a name beside an id: no value

    def rows(ctx: Context) -> Iterator[tuple[Any, ...]]:
        for whose, texts in lists(ctx):
            for position, item in enumerate(texts, 1):
                yield (*whose, position, item)

    return DataSheet(
        key=key,
        table=table,
        fields=(
            *owner,
            Field(key="position", width=POSITION, get=itemgetter(first), kind=Kind.POSITION),
            Field(key=text, width=TEXT, get=itemgetter(first + 1), kind=Kind.TEXT),
        ),
        rows=rows,
    )


VALUE_BEHAVIOURS = text_list(
    "value_behaviours",
    "ValueBehaviours",
    (
        id_field("value", lambda row: row[0], "values"),
        enum_field("kind", lambda row: row[1], BehaviourKind, width=20, optional=False),
    ),
    "text",
    lambda ctx: (
        ((value.id, BehaviourKind(kind)), texts)
        for value in ctx.org.values
        for kind, texts in zip(
            BEHAVIOUR_KINDS, (value.behaviours, value.counter_behaviours), strict=True
        )
    ),
)

# --- scale ----------------------------------------------------------------------------

# The model's own names, also for the default scale in a Dutch workbook: the data sheets
# hold the model as it is; the overview and matrix sheets show the names localised.
SCALE = DataSheet(
    key="scale",
    table="Scale",
    fields=(
        Field(key="level", width=8, get=lambda level: level.level, kind=Kind.LEVEL, optional=False),
        Field(key="name", width=NAME, get=lambda level: level.name, kind=Kind.TEXT),
        Field(key="description", width=TEXT, get=lambda level: level.description, kind=Kind.TEXT),
    ),
    rows=lambda ctx: ctx.org.scale,
)

# --- competences ----------------------------------------------------------------------

COMPETENCES = catalogue(
    "competences",
    "Competences",
    "competences",
    enum_field("kind", lambda c: c.kind, CompetenceKind),
    Field(key="description", width=TEXT, get=lambda c: c.description, kind=Kind.TEXT),
    Field(key="values", width=24, get=lambda c: joined(c.values), kind=Kind.IDS),
)


def _indicators_rows(ctx: Context) -> Iterator[tuple[str, int, int | None, str | None]]:
    # Position 1 starts an indicator, so two indicators of one level stay two; an indicator
    # without behaviours is a row without position and text.
    for competence in ctx.org.competences:
        for indicator in competence.indicators:
            if not indicator.behaviours:
                yield competence.id, indicator.level, None, None
            for position, text in enumerate(indicator.behaviours, 1):
                yield competence.id, indicator.level, position, text


INDICATORS = DataSheet(
    key="indicators",
    table="Indicators",
    fields=(
        *referring("competence", lambda row: row[0], "competences"),
        level_field("level", lambda row: row[1], optional=False),
        Field(key="position", width=POSITION, get=lambda row: row[2], kind=Kind.POSITION),
        Field(key="behaviour", width=TEXT, get=lambda row: row[3], kind=Kind.TEXT),
    ),
    rows=_indicators_rows,
)


REFERENCES = text_list(
    "references",
    "References",
    referring("competence", lambda row: row[0], "competences"),
    "reference",
    lambda ctx: (((competence.id,), competence.references) for competence in ctx.org.competences),
)

# --- task areas -----------------------------------------------------------------------

TASK_AREAS = DataSheet(
    key="task_areas",
    table="TaskAreas",
    fields=(
        Field(key="id", width=ID, get=lambda row: row[0].id, kind=Kind.ID, optional=False),
        Field(key="name", width=NAME, get=lambda row: row[0].name, kind=Kind.TEXT),
        Field(key="description", width=TEXT, get=lambda row: row[0].description, kind=Kind.TEXT),
        Field(key="sheet", width=NAME, get=lambda row: row[1], kind=Kind.TEXT),
    ),
    rows=lambda ctx: zip(ctx.org.task_areas, ctx.area_sheets, strict=True),
)


def _task_area_field() -> Field:
    return id_field("task_area", lambda row: row[0].id, "task_areas")


def _of_areas(key: str, table: str, elements: str, *fields: Field) -> DataSheet:
    # The elements a task area holds (its ``elements``): a row (area, element) each, the
    # area's id first, then the element's own id and ``fields``.
    return DataSheet(
        key=key,
        table=table,
        fields=(
            _task_area_field(),
            Field(key="id", width=ID, get=lambda row: row[1].id, kind=Kind.ID, optional=False),
            *fields,
        ),
        rows=lambda ctx: (
            (area, element) for area in ctx.org.task_areas for element in getattr(area, elements)
        ),
    )


RESULTS = _of_areas(
    "results",
    "Results",
    "results",
    Field(key="name", width=TEXT, get=lambda row: row[1].name, kind=Kind.TEXT),
    Field(key="client", width=20, get=lambda row: row[1].client, kind=Kind.TEXT),
    Field(key="description", width=TEXT, get=lambda row: row[1].description, kind=Kind.TEXT),
    Field(key="values", width=24, get=lambda row: joined(row[1].values), kind=Kind.IDS),
)

RESPONSIBILITIES = _of_areas(
    "responsibilities",
    "Responsibilities",
    "responsibilities",
    Field(key="description", width=TEXT, get=lambda row: row[1].description, kind=Kind.TEXT),
    Field(key="results", width=30, get=lambda row: joined(row[1].results), kind=Kind.IDS),
    Field(key="competences", width=30, get=lambda row: joined(row[1].competences), kind=Kind.IDS),
)

AUTHORITIES = DataSheet(
    key="authorities",
    table="Authorities",
    fields=(
        id_field("responsibility", lambda row: row[0].id, "responsibilities"),
        Field(key="position", width=POSITION, get=lambda row: row[1], kind=Kind.POSITION),
        Field(key="description", width=TEXT, get=lambda row: row[2].description, kind=Kind.TEXT),
        enum_field("kind", lambda row: row[2].kind, AuthorityKind),
        Field(key="limit", width=NAME, get=lambda row: row[2].limit, kind=Kind.TEXT),
        Field(key="escalate_to", width=20, get=lambda row: row[2].escalate_to, kind=Kind.TEXT),
    ),
    rows=lambda ctx: (
        (responsibility, position, authority)
        for area in ctx.org.task_areas
        for responsibility in area.responsibilities
        for position, authority in enumerate(responsibility.authorities, 1)
    ),
)


def _matrix_rows(ctx: Context) -> Iterator[tuple[Any, ...]]:
    # One row per behaviour (a cell of the grid); a requirement without behaviours is one
    # row without value and behaviour. The matrix row number keeps requirements apart.
    for area in ctx.org.task_areas:
        for number, requirement in enumerate(area.matrix, 1):
            if not requirement.behaviours:
                yield area, number, requirement, None
            for behaviour in requirement.behaviours:
                yield area, number, requirement, behaviour


MATRIX = DataSheet(
    key="matrix",
    table="Matrix",
    fields=(
        _task_area_field(),
        Field(key="matrix_row", width=8, get=lambda row: row[1], kind=Kind.POSITION),
        *referring("competence", lambda row: row[2].competence, "competences"),
        level_field("level", lambda row: row[2].level, optional=False),
        Field(
            key="value",
            width=ID,
            get=lambda row: None if row[3] is None else row[3].value,
            kind=Kind.ID,
            choice=lambda ctx: ctx.ids("values"),
        ),
        Field(
            key="behaviour",
            width=TEXT,
            get=lambda row: None if row[3] is None else row[3].text,
            kind=Kind.TEXT,
        ),
    ),
    rows=_matrix_rows,
    derived=True,
)


def status_word(ctx: Context, rule: MonitoringRule) -> str:
    """A rule's Status cell: its status on the export's date, in the reader's words."""
    status, _ = rule.status(ctx.as_of)
    return ctx.labels.word(status.value)


def _monitoring_rows(ctx: Context) -> Iterator[tuple[Any, ...]]:
    for area in ctx.org.task_areas:
        for rule in area.monitoring:
            # Display only: checked against the rule when the workbook is read back.
            yield area, rule, status_word(ctx, rule)


MONITORING = DataSheet(
    key="monitoring",
    table="Monitoring",
    fields=(
        _task_area_field(),
        Field(key="id", width=ID, get=lambda row: row[1].id, kind=Kind.ID, optional=False),
        enum_field("kind", lambda row: row[1].kind, MonitoringKind),
        Field(key="indicator", width=TEXT, get=lambda row: row[1].indicator, kind=Kind.TEXT),
        Field(key="results", width=24, get=lambda row: joined(row[1].results), kind=Kind.IDS),
        Field(key="method", width=NAME, get=lambda row: row[1].method, kind=Kind.TEXT),
        enum_field("frequency", lambda row: row[1].frequency, Frequency),
        Field(key="owner", width=20, get=lambda row: row[1].owner, kind=Kind.TEXT),
        Field(key="unit", width=8, get=lambda row: row[1].unit, kind=Kind.TEXT),
        enum_field("direction", lambda row: row[1].direction, Direction, width=10),
        Field(key="target", width=NUMBER, get=lambda row: row[1].target, kind=Kind.NUMBER),
        Field(key="threshold", width=NUMBER, get=lambda row: row[1].threshold, kind=Kind.NUMBER),
        Field(key="response", width=NAME, get=lambda row: row[1].response, kind=Kind.TEXT),
        Field(
            key="status",
            width=SHORT,
            get=lambda row: row[2],
            kind=Kind.DERIVED,
            header=lambda ctx: f"{ctx.labels['status']} {ctx.labels.words.date(ctx.as_of)}",
        ),
    ),
    rows=_monitoring_rows,
)

OBSERVATIONS = DataSheet(
    key="observations",
    table="Observations",
    fields=(
        *referring("rule", lambda row: row[0].id, "rules", name="rule_indicator"),
        Field(key="date", width=12, get=lambda row: row[1].date, kind=Kind.DATE, optional=False),
        Field(key="value", width=NUMBER, get=lambda row: row[1].value, kind=Kind.NUMBER),
        enum_field("status", lambda row: row[1].status, ObservationStatus),
        Field(key="note", width=TEXT, get=lambda row: row[1].note, kind=Kind.TEXT),
    ),
    rows=lambda ctx: (
        (rule, observation)
        for area in ctx.org.task_areas
        for rule in area.monitoring
        for observation in rule.observations
    ),
)

FINDINGS = DataSheet(
    key="findings",
    table="Findings",
    fields=(
        Field(key="code", width=10, get=lambda row: row[0].code, kind=Kind.DERIVED),
        # For people: the severity in their words, the place in names, the message with names.
        Field(key="severity", width=10, get=lambda row: row[2], kind=Kind.DERIVED),
        Field(key="place", width=40, get=lambda row: row[3], kind=Kind.DERIVED),
        Field(key="message", width=80, get=lambda row: row[1], kind=Kind.DERIVED),
        Field(key="ids", width=30, get=lambda row: joined(row[0].ids), kind=Kind.DERIVED),
    ),
    rows=lambda ctx: (
        (
            finding,
            finding.text(ctx.language),
            ctx.labels.word(finding.severity.value),
            finding.place(ctx.language),
        )
        for finding in ctx.report
    ),
    derived=True,
)

SHEETS: dict[str, DataSheet] = {
    sheet.key: sheet
    for sheet in (
        ORGANISATION,
        VALUES,
        VALUE_BEHAVIOURS,
        SCALE,
        COMPETENCES,
        INDICATORS,
        REFERENCES,
        TASK_AREAS,
        RESULTS,
        RESPONSIBILITIES,
        AUTHORITIES,
        MATRIX,
        MONITORING,
        OBSERVATIONS,
        FINDINGS,
    )
}
"""The data sheets of the model, by key, in workbook order."""
