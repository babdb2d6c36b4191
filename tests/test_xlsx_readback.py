"""The workbook holds the whole model: a reader following docs/xlsx.rst rebuilds it exactly.

The reader here is deliberately small and strict (data sheets only, by table name, in row
order); it proves the design lossless, it is not the importer of a later issue.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from openpyxl import load_workbook

from vcm import (
    Assessment,
    Authority,
    Behaviour,
    Competence,
    DevelopmentAction,
    Indicator,
    Level,
    MonitoringRule,
    Observation,
    Organisation,
    Person,
    Purpose,
    Requirement,
    Responsibility,
    Result,
    TaskArea,
    Value,
    examples,
)
from vcm.plugins import ExportOptions
from vcm.testing import organisations
from vcm_exporters.xlsx import exporter

AS_OF = dt.date(2026, 11, 29)

Row = list[Any]


def export_bytes(org: Organisation, **options: Any) -> bytes:
    """The workbook of ``org`` as bytes."""
    stream = io.BytesIO()
    exporter.export(org, stream, ExportOptions(as_of=AS_OF, **options))
    return stream.getvalue()


class Tables:
    """The data rows of every Excel table of a workbook, by table name; blank rows dropped."""

    def __init__(self, data: bytes) -> None:
        book = load_workbook(io.BytesIO(data))
        self._rows: dict[str, list[Row]] = {}
        for sheet in book.worksheets:
            for name, ref in sheet.tables.items():
                rows = [[cell.value for cell in row] for row in sheet[ref][1:]]
                self._rows[name] = [row for row in rows if any(v is not None for v in row)]

    def __getitem__(self, name: str) -> list[Row]:
        return self._rows[name]

    def __contains__(self, name: str) -> bool:
        return name in self._rows


def _ids(cell: Any) -> tuple[str, ...]:
    return tuple(cell.split()) if cell else ()


def _day(cell: Any) -> dt.date | None:
    return cell.date() if isinstance(cell, dt.datetime) else cell


def _grouped(rows: list[Row], key: int) -> dict[Any, list[Row]]:
    groups: dict[Any, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    return groups


def _indicators(rows: list[Row]) -> Iterator[Indicator]:
    # Position 1 (or none, for an indicator without behaviours) starts a new indicator.
    current: tuple[int, list[str]] | None = None
    for _, level, position, text in rows:
        if position in (None, 1):
            if current is not None:
                yield Indicator(level=current[0], behaviours=tuple(current[1]))
            current = (level, [])
        if text is not None:
            assert current is not None
            current[1].append(text)
    if current is not None:
        yield Indicator(level=current[0], behaviours=tuple(current[1]))


def rebuild(data: bytes) -> Organisation:
    """The organisation a workbook holds, read from its data sheets as docs/xlsx.rst says."""
    t = Tables(data)
    header = [value for _, value in t["Organisation"]]
    _, org_id, name, language, vision, mission, *rest = header
    statement = rest[0] if rest else None
    behaviours = _grouped(t["ValueBehaviours"], 0)
    values = tuple(
        Value(
            id=value_id,
            name=value_name,
            description=description,
            behaviours=tuple(r[3] for r in behaviours[value_id] if r[1] == "behaviours"),
            counter_behaviours=tuple(
                r[3] for r in behaviours[value_id] if r[1] == "counter_behaviours"
            ),
        )
        for value_id, value_name, description in t["Values"]
    )
    indicators, references = _grouped(t["Indicators"], 0), _grouped(t["References"], 0)
    competences = tuple(
        Competence(
            id=competence_id,
            name=competence_name,
            kind=kind,
            description=description,
            values=_ids(value_ids),
            indicators=tuple(_indicators(indicators[competence_id])),
            references=tuple(r[2] for r in references[competence_id]),
        )
        for competence_id, competence_name, kind, description, value_ids in t["Competences"]
    )
    results, responsibilities = _grouped(t["Results"], 0), _grouped(t["Responsibilities"], 0)
    authorities, rules = _grouped(t["Authorities"], 0), _grouped(t["Monitoring"], 0)
    observations, matrix = _grouped(t["Observations"], 0), _grouped(t["Matrix"], 0)
    task_areas = tuple(
        TaskArea(
            id=area_id,
            name=area_name,
            description=description,
            results=tuple(
                Result(id=r[1], name=r[2], client=r[3], description=r[4], values=_ids(r[5]))
                for r in results[area_id]
            ),
            responsibilities=tuple(
                Responsibility(
                    id=r[1],
                    description=r[2],
                    results=_ids(r[3]),
                    competences=_ids(r[4]),
                    authorities=tuple(
                        Authority(description=a[2], kind=a[3], limit=a[4], escalate_to=a[5])
                        for a in authorities[r[1]]
                    ),
                )
                for r in responsibilities[area_id]
            ),
            matrix=tuple(
                Requirement(
                    competence=rows[0][2],
                    level=rows[0][3],
                    behaviours=tuple(
                        Behaviour(value=r[4], text=r[5]) for r in rows if r[4] is not None
                    ),
                )
                for rows in _grouped(matrix[area_id], 1).values()
            ),
            monitoring=tuple(
                MonitoringRule(
                    id=r[1],
                    kind=r[2],
                    indicator=r[3],
                    results=_ids(r[4]),
                    method=r[5],
                    frequency=r[6],
                    owner=r[7],
                    unit=r[8],
                    direction=r[9],
                    target=r[10],
                    threshold=r[11],
                    response=r[12],
                    observations=tuple(
                        Observation(date=_day(o[1]), value=o[2], status=o[3], note=o[4])
                        for o in observations[r[1]]
                    ),
                )
                for r in rules[area_id]
            ),
        )
        for area_id, area_name, description, _sheet in t["TaskAreas"]
    )
    people: tuple[Person, ...] = ()
    if "People" in t:
        assessments = _grouped(t["Assessments"], 0)
        development = _grouped(t["Development"], 0)
        people = tuple(
            Person(
                id=person_id,
                name=person_name,
                task_areas=_ids(area_ids),
                assessments=tuple(
                    Assessment(
                        competence=a[1],
                        date=_day(a[2]),
                        level=a[3],
                        observable=a[4],
                        valid_until=_day(a[5]),
                        assessor=a[6],
                        evidence=a[7],
                    )
                    for a in assessments[person_id]
                ),
                development=tuple(
                    DevelopmentAction(
                        competence=d[1],
                        kind=d[2],
                        description=d[3],
                        target_level=d[4],
                        due=_day(d[5]),
                        status=d[6],
                    )
                    for d in development[person_id]
                ),
            )
            for person_id, person_name, area_ids in t["People"]
        )
    return Organisation(
        id=org_id,
        name=name,
        language=language,
        purpose=Purpose(vision=vision, mission=mission, statement=statement),
        values=values,
        scale=[Level(level=r[0], name=r[1], description=r[2]) for r in t["Scale"]],
        competences=competences,
        task_areas=task_areas,
        people=people,
    )


def test_the_dutch_example_reads_back_whole() -> None:
    """Every field of the bundled example, people included, comes back from the data sheets."""
    org = examples.load()

    assert org == rebuild(export_bytes(org, include_people=True))


def test_the_english_example_reads_back_whole_in_dutch() -> None:
    """The label language does not change what the data sheets hold."""
    org = examples.load("library")

    assert org == rebuild(export_bytes(org, include_people=True, language="nl"))


def test_without_people_the_rest_reads_back_whole() -> None:
    """Leaving people out loses nothing else."""
    org = examples.load()

    assert attrs.evolve(org, people=()) == rebuild(export_bytes(org))


def test_numbers_keep_every_digit() -> None:
    """A reading of 0.1 + 0.2 and a target beyond 2**53 come back exactly."""
    org = examples.load("library")
    area = org.task_areas[0]
    rule = area.monitoring[0]
    exact = attrs.evolve(
        rule,
        kind="quantitative",
        target=2**60 + 1,
        threshold=1e-310,
        observations=(Observation(date=AS_OF, value=0.1 + 0.2),),
    )
    changed = _replace_rule(org, exact)

    rebuilt = rebuild(export_bytes(changed))

    (rule_back,) = (r for a in rebuilt.task_areas for r in a.monitoring if r.id == rule.id)
    assert (2**60 + 1, 1e-310, 0.30000000000000004) == (
        rule_back.target,
        rule_back.threshold,
        rule_back.observations[0].value,
    )


def _replace_rule(org: Organisation, rule: MonitoringRule) -> Organisation:
    areas = tuple(
        attrs.evolve(
            area, monitoring=tuple(rule if r.id == rule.id else r for r in area.monitoring)
        )
        for area in org.task_areas
    )
    return attrs.evolve(org, task_areas=areas)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(organisations())
def test_every_generated_model_reads_back_whole(org: Organisation) -> None:
    """For every valid model the data sheets hold all of it (people included)."""
    assert org == rebuild(export_bytes(org, include_people=True))
