"""vcm.rows: every table of a model as flat rows, with the columns TABLES promises."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings

import vcm
from test_analysis_gaps import ANNA, BRAM, organisation
from vcm import examples, testing
from vcm.analysis import TABLES, NotFoundError, rows
from vcm.cli import main
from vcm.errors import VcmError
from vcm.model import MonitoringRule, Observation, Organisation

AS_OF = dt.date(2026, 11, 29)
SCALARS = (str, int, float, bool, type(None))


@settings(max_examples=25, deadline=None)
@given(testing.organisations())
def test_every_table_has_its_columns_and_plain_values(org: Organisation) -> None:
    """Every row of every table: the keys of TABLES in order, every value a plain scalar."""
    for table, columns in TABLES.items():
        for row in rows(org, table, as_of=AS_OF):
            assert list(columns) == list(row)
            assert all(type(value) in SCALARS for value in row.values()), (table, row)


def test_the_tables_an_embedding_system_needs() -> None:
    """People, assessments, development, observations, matrix, responsibilities, authorities."""
    wanted = {"people", "assessments", "development", "observations", "matrix"}
    wanted |= {"responsibilities", "authorities", "gaps", "status", "coverage", "cells"}
    assert wanted <= set(TABLES)


def test_assessments_name_the_person_the_competence_and_the_required_level() -> None:
    """An assessment row carries the person's id and name, the competence name, the level."""
    org = organisation(ANNA, BRAM)
    first = rows(org, "assessments")[0]
    assert {
        "person": "anna",
        "person_name": "Anna",
        "competence": "listening",
        "competence_name": "Listening",
        "date": "2026-01-01",
        "level": 2,
        "observable": True,
        "required": 3,
        "assessor": None,
        "evidence": None,
    } == first
    # Bram is in north and south: planning is required at the higher level, 3.
    bram = [row for row in rows(org, "assessments") if row["person"] == "bram"]
    assert [3, 3, 3, 3] == [row["required"] for row in bram]
    assert [None, False] == [bram[1]["level"], bram[1]["observable"]]


def test_development_rows() -> None:
    """Development actions with the person, the competence name, the status word."""
    org = organisation(ANNA)
    found = rows(org, "development")
    assert 4 == len(found)
    assert ("anna", "Anna", "Planning", "in_progress", "2027-01-31") == tuple(
        found[2][key] for key in ("person", "person_name", "competence_name", "status", "due")
    )


def test_observations_carry_their_rule_and_task_area() -> None:
    """An observation row says which rule and which task area it belongs to."""
    org = examples.load()
    found = rows(org, "observations")
    assert sum(len(r.observations) for a in org.task_areas for r in a.monitoring) == len(found)
    area = org.task_areas[0]
    rule: MonitoringRule = area.monitoring[0]
    observation: Observation = rule.observations[0]
    assert (area.id, rule.id, observation.date.isoformat()) == (
        found[0]["task_area"],
        found[0]["rule"],
        found[0]["date"],
    )


def test_the_matrix_has_one_row_per_cell() -> None:
    """One row per required competence and value of each task area, as coverage draws it."""
    org = examples.load()
    cells = [cell for area in vcm.coverage(org) for cell in area.cells]
    matrix = rows(org, "matrix")
    assert len(cells) == len(matrix)
    assert [(c.task_area, c.competence, c.value, c.behaviour) for c in cells] == [
        (row["task_area"], row["competence"], row["value"], row["behaviour"]) for row in matrix
    ]
    level = {(a.id, r.competence): r.level for a in org.task_areas for r in a.matrix}
    assert all(row["level"] == level[row["task_area"], row["competence"]] for row in matrix)


def test_responsibilities_and_authorities() -> None:
    """A row per responsibility (ids joined) and per authority (with its responsibility)."""
    org = examples.load()
    area = org.task_areas[0]
    responsibility = area.responsibilities[0]
    first = rows(org, "responsibilities")[0]
    assert " ".join(responsibility.competences) == first["competences"]
    authority = rows(org, "authorities")[0]
    assert (area.id, responsibility.id) == (authority["task_area"], authority["responsibility"])
    assert str(responsibility.authorities[0].kind) == authority["kind"]


def test_analysis_tables_are_to_rows_of_the_analyses() -> None:
    """gaps, status and coverage are what to_rows gives for the analyses."""
    org = examples.load()
    assert vcm.to_rows(vcm.gaps(org)) == rows(org, "gaps")
    assert vcm.to_rows(vcm.status(org, as_of=AS_OF)) == rows(org, "status", as_of=AS_OF)
    assert vcm.to_rows(vcm.coverage(org)) == rows(org, "coverage")


def test_table_names_are_case_blind_and_checked() -> None:
    """``People`` is people; a misspelt table is a NotFoundError with the nearest name."""
    org = examples.load()
    assert rows(org, "people") == rows(org, "People")
    with pytest.raises(NotFoundError, match="did you mean 'people'"):
        rows(org, "peple")
    with pytest.raises(VcmError, match="as_of"):
        rows(org, "status")


def test_the_cli_writes_a_table_as_csv_and_json(tmp_path: Path) -> None:
    """vcm rows MODEL TABLE --format csv|json."""
    model = tmp_path / "model.yaml"
    vcm.dump(examples.load(), model)
    out = io.StringIO()
    assert 0 == main(["rows", str(model), "assessments"], out=out)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(TABLES["assessments"]) == list(table[0])
    assert len(rows(examples.load(), "assessments")) == len(table)
    out = io.StringIO()
    assert 0 == main(["rows", str(model), "matrix", "--format", "json"], out=out)
    assert rows(examples.load(), "matrix") == json.loads(out.getvalue())
    assert 2 == main(["rows", str(model), "nothing"], out=io.StringIO())
