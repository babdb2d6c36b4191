"""``vcm coverage`` and ``vcm status``: team coverage and the monitoring rules in a terminal."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from vcm.cli import main

AS_OF = "2026-11-29"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.fixture
def model(tmp_path: Path) -> Path:
    path = tmp_path / "model.yaml"
    assert 0 == run("init", str(path))[0]
    return path


def test_coverage_text_speaks_names_and_dutch_dates(model: Path) -> None:
    code, out = run("coverage", str(model))
    assert 0 == code
    assert out.startswith("Taakgebied ")
    assert "Wijkteam Noord" in out
    assert "Persoonsgerichte zorg verlenen" in out
    assert "31 maart 2027" in out
    assert "wijkteam-noord" not in out
    assert "afhankelijk van één persoon" in out.splitlines()[-1]


def test_coverage_json_and_csv_rows(model: Path) -> None:
    code, out = run("coverage", str(model), "--format", "json", "--task-area", "wijkteam-noord")
    rows = json.loads(out)
    assert 0 == code
    assert {"wijkteam-noord"} == {row["task_area"] for row in rows}
    first = rows[0]
    assert (3, 4, "2027-03-31") == (first["bench"], first["projected_bench"], first["projected_by"])
    code, out = run("coverage", str(model), "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert 15 == len(table)
    assert "projected_bench" in table[0]


def test_status_text_and_rows(model: Path) -> None:
    code, out = run("status", str(model), "--as-of", AS_OF, "--language", "en")
    assert 0 == code
    assert "31 October 2026: 95.5%" in out
    assert "1 bezoeken" in out
    assert out.splitlines()[-1] == "11 rule(s): 10 On track, 1 At risk"
    code, out = run("status", str(model), "--as-of", AS_OF, "--format", "json")
    assert {"on_track", "at_risk"} == {row["status"] for row in json.loads(out)}


def test_status_as_of_an_early_date_has_no_data(model: Path) -> None:
    _, out = run("status", str(model), "--as-of", "2020-01-01")
    assert "Geen gegevens" in out


def test_unknown_task_area_is_bad_input(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == run("coverage", str(model), "--task-area", "nope")[0]
    assert "the task areas are: wijkteam-noord" in capsys.readouterr().err
    assert 2 == run("status", str(model), "--task-area", "nope")[0]
