"""The exporter tested as a plain object: no installation needed."""

from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from vcm import examples  # noqa: E402
from vcm.plugins import ExportOptions  # noqa: E402
from vcm_markdown import exporter  # noqa: E402


def export(**options: object) -> str:
    stream = io.BytesIO()
    exporter.export(examples.load("library"), stream, ExportOptions(**options))  # type: ignore[arg-type]
    return stream.getvalue().decode("utf-8")


def test_one_table_per_task_area() -> None:
    text = export()
    assert text.startswith("# Riverside Library\n")
    assert "## Front desk and reader help" in text
    assert "| Competence | Required level | Open to all | Curiosity | Trust |" in text


def test_headers_follow_the_language() -> None:
    assert "| Competentie | Vereist niveau |" in export(language="nl")
