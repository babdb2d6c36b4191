"""The YAML and JSON vcm writes stay byte for byte what they were (tests/data/golden).

The stored texts were written by the hand-written writer before the writer moved onto the
cattrs converter; see tests/golden_cases.py for the cases and how to write them again.
"""

from __future__ import annotations

import pytest

from golden_cases import DIGESTED, GOLDEN, digest, fixed_cases, stored_cases
from vcm import Organisation, io

FORMATS = ("yaml", "json")
CASES = [*fixed_cases(), *stored_cases()]


def test_the_golden_files_are_there() -> None:
    """Every kind of case is kept (a missing folder must not pass as nothing to compare)."""
    names = {name.split("-")[0] for name, _ in CASES}
    assert names == {"example", "bench", "public", "io"}
    assert len(CASES) == 2 + 2 + 50 + 40


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("name", "org"), CASES, ids=[name for name, _ in CASES])
def test_output_is_unchanged(name: str, org: Organisation, fmt: str) -> None:
    """dumps gives exactly the stored text."""
    text = io.dumps(org, fmt)
    if name in DIGESTED:
        stored = dict(
            line.split() for line in (GOLDEN / f"{name}.sha256").read_text("utf-8").splitlines()
        )
        assert digest(text) == stored[fmt]
    else:
        assert text == (GOLDEN / f"{name}.{fmt}").read_bytes().decode("utf-8")
