"""The tutorial (docs/tutorial.rst) runs as written: every command, in order, on its files.

Each command's output is stored beside the tutorial's files (``docs/tutorial/*.out``, the
command as the first line) and the page includes them, so the page shows exactly what the
command prints. After a deliberate change of vcm's output, rewrite them with
``VCM_UPDATE_TUTORIAL=1 python -m pytest tests/test_tutorial.py`` and read the diff.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

TUTORIAL = Path(__file__).resolve().parent.parent / "docs" / "tutorial"
AS_OF = "2026-11-29"

# (output file, command, exit code), in the order of the page.
STEPS = [
    ("step1.out", f"vcm validate step1.yaml --as-of {AS_OF}", 0),
    ("step2.out", f"vcm validate step2.yaml --as-of {AS_OF}", 0),
    ("step3.out", f"vcm validate step3.yaml --as-of {AS_OF}", 1),
    ("step4.out", f"vcm validate step4.yaml --as-of {AS_OF}", 1),
    ("step5.out", f"vcm validate step5.yaml --as-of {AS_OF}", 0),
    ("gaps.out", f"vcm gaps step5.yaml --as-of {AS_OF}", 0),
    ("final.out", f"vcm validate bridgeway.yaml --as-of {AS_OF}", 0),
    (
        "guide.out",
        "vcm guide bridgeway.yaml --task-area residential-group --result safe-at-home"
        f" --as-of {AS_OF}",
        0,
    ),
    ("status.out", f"vcm status bridgeway.yaml --as-of {AS_OF}", 0),
    ("export.out", f"vcm export bridgeway.yaml bridgeway.xlsx bridgeway.docx --as-of {AS_OF}", 0),
]


def run(command: str, where: Path) -> tuple[int, str]:
    """Run a ``vcm ...`` command line as a reader types it, in ``where``."""
    argv = shlex.split(command)
    assert "vcm" == argv[0]
    env = {**os.environ, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "vcm", *argv[1:]],
        cwd=where,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the tutorial's model files, as a reader would have them."""
    where = tmp_path_factory.mktemp("tutorial")
    for source in TUTORIAL.glob("*.yaml"):
        shutil.copy(source, where / source.name)
    return where


def test_the_files_are_the_ones_the_page_names() -> None:
    page = (TUTORIAL.parent / "tutorial.rst").read_text(encoding="utf-8")
    for name, _, _ in (*STEPS, UPDATE):
        assert f"tutorial/{name}" in page, name
    for model in TUTORIAL.glob("*.yaml"):
        assert f"tutorial/{model.name}" in page, model.name


@pytest.mark.parametrize(("name", "command", "code"), STEPS, ids=[s[0] for s in STEPS])
def test_each_command_prints_what_the_page_shows(
    workdir: Path, name: str, command: str, code: int
) -> None:
    found_code, output = run(command, workdir)
    shown = f"$ {command}\n{output}"
    stored = TUTORIAL / name
    if os.environ.get("VCM_UPDATE_TUTORIAL"):
        stored.write_text(shown, encoding="utf-8")
    assert code == found_code, output
    assert stored.read_text(encoding="utf-8") == shown


UPDATE = ("update.out", "vcm update bridgeway.yaml bridgeway.xlsx", 0)


def test_the_team_edit_comes_back(workdir: Path) -> None:
    """The page's round trip: the team types a behaviour in the matrix sheet, as a person
    would in Excel, and ``vcm update`` takes it into the model file, people kept."""
    from openpyxl import load_workbook

    import vcm

    assert 0 == run(STEPS[-1][1], workdir)[0]
    book = load_workbook(workdir / "bridgeway.xlsx")
    sheet = book["Residential group De Brug"]
    assert ("participation", "safety", None) == (
        sheet["A6"].value,
        sheet["D4"].value,
        sheet["D6"].value,
    )
    sheet["D6"] = "Makes sure the young person knows who is on duty tonight."
    book.save(workdir / "bridgeway.xlsx")
    name, command, code = UPDATE
    found_code, output = run(command, workdir)
    shown = f"$ {command}\n{output}"
    if os.environ.get("VCM_UPDATE_TUTORIAL"):
        (TUTORIAL / name).write_text(shown, encoding="utf-8")
    assert code == found_code, output
    assert (TUTORIAL / name).read_text(encoding="utf-8") == shown
    updated = vcm.load(workdir / "bridgeway.yaml")
    row = updated.task_areas[0].requirement("participation")
    assert row is not None
    assert "Makes sure the young person knows who is on duty tonight." == row.behaviour_for(
        "safety"
    )
    assert ["Sam de Wit", "Noor Haddad"] == [person.name for person in updated.people]


def test_the_exported_files_open(workdir: Path) -> None:
    run(STEPS[-1][1], workdir)
    for name in ("bridgeway.xlsx", "bridgeway.docx"):
        with zipfile.ZipFile(workdir / name) as archive:
            assert archive.testzip() is None
