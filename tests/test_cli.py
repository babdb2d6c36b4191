"""The ``vcm`` command as a person uses it: exit codes, readable output, no tracebacks."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from vcm.cli import main

AS_OF = "2026-11-29"


def run(*argv: str) -> tuple[int, str]:
    """Run the command in-process and return its exit code and standard output."""
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def model(tmp_path: Path) -> Path:
    """The bundled Dutch example written by ``vcm init``."""
    path = tmp_path / "model.yaml"
    code, out = run("init", str(path))
    assert 0 == code
    assert "wrote" in out
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``vcm --version`` prints the version and exits 0."""
    import vcm

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert 0 == exit_.value.code
    assert f"vcm {vcm.__version__}" == capsys.readouterr().out.strip()


def test_init_lists_and_refuses_to_overwrite(model: Path) -> None:
    """``init`` leaves an identical file alone and refuses to overwrite a changed one."""
    code, out = run("init", "--list")
    assert 0 == code
    assert "thuiszorg" in out.split()
    assert (0, f"{model} is the example 'thuiszorg' already\n") == run("init", str(model))
    model.write_text(model.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert 2 == run("init", str(model))[0]
    assert 0 == run("init", str(model), "--force")[0]


def test_init_unknown_example(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown example name is bad input, and the known ones are listed."""
    assert 2 == run("init", str(tmp_path / "x.yaml"), "--example", "nope")[0]
    assert "thuiszorg" in capsys.readouterr().err


def test_validate_the_example_is_ok(model: Path) -> None:
    """The example validates without errors; the summary line says so."""
    code, out = run("validate", str(model), "--as-of", AS_OF, "--language", "en")
    assert 0 == code
    assert out.rstrip().splitlines()[-1].endswith(": ok")


def test_validate_json_is_stable(model: Path) -> None:
    """``--format json`` prints the report's stable JSON, the same twice."""
    first = run("validate", str(model), "--as-of", AS_OF, "--format", "json")
    second = run("validate", str(model), "--as-of", AS_OF, "--format", "json")
    assert first == second
    assert json.loads(first[1])["ok"] is True


def test_validate_reports_errors_with_exit_1(tmp_path: Path, model: Path) -> None:
    """A model with an error exits 1 and names the code and the place, grouped by severity."""
    text = model.read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    # Point a matrix row at a competence that does not exist.
    first_competence = text.split("\n      - competence: ", 1)[1].split("\n", 1)[0].strip()
    broken.write_text(
        text.replace(
            f"\n      - competence: {first_competence}\n", "\n      - competence: ghost\n", 1
        ),
        encoding="utf-8",
    )
    code, out = run("validate", str(broken), "--as-of", AS_OF, "--language", "en")
    assert 1 == code
    assert "Errors (" in out
    assert "VCM101" in out
    assert "ghost" in out
    assert out.rstrip().endswith("not ok")


def test_dutch_output(model: Path) -> None:
    """``--language nl`` speaks Dutch."""
    code, out = run("validate", str(model), "--as-of", AS_OF, "--language", "nl")
    assert 0 == code
    assert "in orde" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["validate", "missing.yaml"], "No such file"),
        (["validate", "."], "folder"),
        (["validate", "MODEL", "--as-of", "29-11-2026"], "not a date"),
        (["gaps", "MODEL", "--task-area", "nowhere"], "nowhere"),
        (["guide", "MODEL", "--task-area", "nowhere"], "nowhere"),
        (["export", "MODEL", "out.pdfx"], "pdfx"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(
    argv: list[str], words: str, model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad input gives exit 2 and a message naming the problem, never a traceback."""
    argv = [str(model) if a == "MODEL" else a for a in argv]
    try:
        code, _ = run(*argv)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    err = capsys.readouterr().err
    assert 2 == code
    assert words in err
    assert "Traceback" not in err


def test_a_broken_yaml_file_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A malformed file is reported with its name and line."""
    path = tmp_path / "bad.yaml"
    path.write_text("vcm: 1\norganisation: [unclosed\n", encoding="utf-8")
    assert 2 == run("validate", str(path))[0]
    err = capsys.readouterr().err
    assert "bad.yaml" in err
    assert "line" in err


def test_gaps_text_csv_json(model: Path) -> None:
    """Gaps come as an aligned table, as CSV with a header, and as JSON rows."""
    code, text = run("gaps", str(model), "--language", "en")
    assert 0 == code
    assert text.splitlines()[0].split()[:2] == ["Person", "Competence"]
    code, out = run("gaps", str(model), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    assert {"person", "competence", "required", "gap"} <= set(rows[0])
    code, out = run("gaps", str(model), "--format", "json", "--all")
    assert len(json.loads(out)) >= len(rows)


def test_gaps_and_coverage_judge_people_as_of_a_date(model: Path) -> None:
    """--as-of: assessments after the date do not count, in gaps as in coverage."""
    from vcm import examples
    from vcm.analysis import coverage, gaps, to_rows

    org = examples.load()
    early = "2000-01-01"
    code, out = run("gaps", str(model), "--format", "json", "--all", "--as-of", early)
    assert 0 == code
    assert to_rows(gaps(org, as_of=date(2000, 1, 1))) == json.loads(out)
    assert {"unassessed"} == {row["state"] for row in json.loads(out)}
    code, out = run("coverage", str(model), "--format", "json", "--as-of", early)
    assert 0 == code
    assert to_rows(coverage(org, as_of=date(2000, 1, 1))) == json.loads(out)
    code, out = run("gaps", str(model), "--format", "json", "--all", "--as-of", AS_OF)
    assert to_rows(gaps(org, as_of=date(2026, 11, 29))) == json.loads(out)


def test_gaps_csv_without_gaps_is_a_header(tmp_path: Path) -> None:
    """No gaps gives the CSV header alone, so a pipeline can tell it from broken output."""
    import attrs

    import vcm
    from vcm import examples
    from vcm.analysis import GAP_COLUMNS

    path = tmp_path / "nobody.yaml"
    vcm.dump(attrs.evolve(examples.load("library"), people=()), path)
    assert (0, ",".join(GAP_COLUMNS) + "\n") == run("gaps", str(path), "--format", "csv")


def test_guide_prints_a_card(model: Path) -> None:
    """The guide card names the values, who is responsible, what one may decide, and rules."""
    import vcm

    org = vcm.load(model)
    area = org.task_areas[0]
    code, out = run("guide", str(model), "--task-area", area.id, "--as-of", AS_OF)
    assert 0 == code
    assert area.name in out
    for heading in ("WAAR HET OM GAAT", "WIE VERANTWOORDELIJK IS", "WAT JE ZELF MAG BESLISSEN"):
        assert heading in out
    assert area.responsibilities[0].description.split()[0] in out


def test_export_writes_xlsx_and_docx(model: Path, tmp_path: Path) -> None:
    """One ``export`` call writes a workbook and a report."""
    xlsx, docx = tmp_path / "m.xlsx", tmp_path / "r.docx"
    code, out = run("export", str(model), str(xlsx), str(docx), "--as-of", AS_OF)
    assert 0 == code
    assert xlsx.read_bytes()[:2] == b"PK"
    assert docx.read_bytes()[:2] == b"PK"
    assert str(xlsx) in out


def test_export_says_what_the_check_found(model: Path, tmp_path: Path) -> None:
    """After what it wrote, ``export`` prints the check's counts, in the model's language."""
    code, out = run("export", str(model), str(tmp_path / "m.xlsx"), "--as-of", AS_OF)
    assert 0 == code
    last = out.splitlines()[-1]
    assert last.startswith("vcm validate (per 29 november 2026): 0 fout(en), ")
    assert last.endswith(": in orde")
    _, english = run(
        "export", str(model), str(tmp_path / "e.xlsx"), "--as-of", AS_OF, "--language", "en"
    )
    assert english.splitlines()[-1].startswith("vcm validate (as of 29 November 2026): 0 error(s)")


def test_formats_lists_the_builtins() -> None:
    """``formats`` lists xlsx and docx as ready."""
    code, out = run("formats")
    assert 0 == code
    lines = {line.split()[0]: line for line in out.splitlines()[2:]}
    assert "ready" in lines["xlsx"]
    assert "ready" in lines["docx"]
    assert "built in" in lines["yaml"]


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    """The installed entry point runs as a separate process; bad input exits 2 cleanly."""
    result = subprocess.run(
        [sys.executable, "-m", "vcm.cli", "validate", str(tmp_path / "none.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 2 == result.returncode
    assert "Traceback" not in result.stderr
    assert "No such file" in result.stderr
