"""The project stands alone: nothing points to design notes outside the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Written in two parts so that this file does not find itself.
NOTES = re.compile(r"shared/" r"design|\b(format|checks|quality|exports)\." r"md\b")


def test_code_tests_and_benchmarks_point_to_docs_only() -> None:
    """src, tests and benchmarks name docs/*.rst, never the design notes outside it."""
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for folder in ("src", "tests", "benchmarks", "docs")
        for path in sorted((ROOT / folder).rglob("*"))
        if path.is_file() and path.suffix in {".py", ".md", ".rst", ".yaml", ".toml", ".txt"}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if NOTES.search(line)
    ]
    assert [] == found
