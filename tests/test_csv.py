"""CSV for programs (plain) and for Excel (``--excel``): the bytes a reader gets."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vcm._csv import write_rows
from vcm.cli import main

ROWS = [{"name": "Renée", "score": 2.5, "level": 3, "note": None}]


def written(**options: object) -> str:
    out = io.StringIO()
    write_rows(out, ["name", "score", "level", "note"], ROWS, **options)  # type: ignore[arg-type]
    return out.getvalue()


def test_plain_csv_is_for_programs() -> None:
    assert "name,score,level,note\nRenée,2.5,3,\n" == written()
    assert "name,score,level,note\nRenée,2.5,3,\n" == written(language="nl")


def test_excel_csv_has_a_byte_order_mark_and_crlf() -> None:
    assert "\ufeffname,score,level,note\r\nRenée,2.5,3,\r\n" == written(excel=True)


def test_dutch_excel_csv_has_semicolons_and_decimal_commas() -> None:
    expected = "\ufeffname;score;level;note\r\nRenée;2,5;3;\r\n"
    assert expected == written(excel=True, language="nl")


def test_no_rows_is_still_a_table() -> None:
    out = io.StringIO()
    write_rows(out, ["a", "b"], [], excel=True)
    assert "\ufeffa,b\r\n" == out.getvalue()


@pytest.fixture
def model(tmp_path: Path) -> Path:
    path = tmp_path / "model.yaml"
    assert 0 == main(["init", str(path)], out=io.StringIO())
    return path


def test_vcm_gaps_csv_bytes(model: Path) -> None:
    """The bytes on standard output, as a spreadsheet program or pandas receives them."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}

    def run(*extra: str) -> bytes:
        command = [sys.executable, "-m", "vcm", "gaps", str(model), "--format", "csv", *extra]
        return subprocess.run(command, capture_output=True, check=True, env=env).stdout

    plain, excel = run(), run("--excel")
    assert plain.startswith(b"person,person_name,")
    assert b"\r\n" not in plain
    assert excel.startswith(b"\xef\xbb\xbfperson;person_name;")  # the Dutch example
    assert excel.endswith(b"\r\n")
    assert excel.count(b"\r\n") == plain.count(b"\n")
