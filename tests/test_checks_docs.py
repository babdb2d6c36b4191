"""The catalogue in docs/checks.rst is the catalogue in code."""

from __future__ import annotations

import re
from pathlib import Path

from vcm.checks import CODES

PAGE = Path(__file__).parent.parent / "docs" / "checks.rst"

_ROW = re.compile(r"^   \* - ``(VCM\d{3})``\n     - (\w+)\n     - (.+)\n     - (.+)$", re.MULTILINE)


def test_docs_table_is_codes() -> None:
    """Every row of the documented table matches CODES: code, severity and both titles."""
    documented = _ROW.findall(PAGE.read_text(encoding="utf-8"))
    expected = [(i.code, str(i.severity), i.title, i.title_nl) for i in CODES.values()]
    assert expected == documented
