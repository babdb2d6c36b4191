"""The plugin author's example package (docs/examples/vcm-markdown) works as the how-to says:
its own tests pass without installing it, it is clean under ``mypy --strict``, and once
installed (offline: the build backend comes with the dev tools) ``vcm export`` finds it
through its entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vcm import examples
from vcm.io import dump

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "vcm-markdown"


def run(*argv: str, cwd: Path = EXAMPLE, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *argv],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_its_own_tests_pass_without_installing_it() -> None:
    done = run("-m", "pytest", "-q", "-p", "no:cacheprovider", "tests")
    assert 0 == done.returncode, done.stdout + done.stderr


def test_it_is_clean_under_mypy_strict() -> None:
    done = run("-m", "mypy", "--strict", "--no-incremental", "src")
    assert 0 == done.returncode, done.stdout + done.stderr


def test_installed_it_is_found_through_its_entry_point(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    target = tmp_path / "site"
    install = run(
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-build-isolation",
        "--no-deps",
        "--no-index",
        "--target",
        str(target),
        str(EXAMPLE),
    )
    assert 0 == install.returncode, install.stdout + install.stderr
    model = tmp_path / "library.yaml"
    dump(examples.load("library"), model)
    exported = run(
        "-m",
        "vcm",
        "export",
        str(model),
        str(tmp_path / "matrix.md"),
        cwd=tmp_path,
        PYTHONPATH=str(target),
    )
    assert 0 == exported.returncode, exported.stderr
    text = (tmp_path / "matrix.md").read_text(encoding="utf-8")
    assert text.startswith("# Riverside Library\n")
    listed = run("-m", "vcm", "formats", cwd=tmp_path, PYTHONPATH=str(target))
    assert any(
        line.split()[:2] == ["markdown", "exporter"] and "ready" in line
        for line in listed.stdout.splitlines()
    )
