"""B1's floor builds the same organisation as vcm.io.loads (without checking anything)."""

from __future__ import annotations

import pytest
from benchmarks.floor import load_unchecked
from benchmarks.generate import generate

from vcm import examples, io


@pytest.mark.parametrize("org", [generate("tiny", seed=0), *map(examples.load, examples.names())])
def test_the_floor_builds_what_loads_builds(org: object) -> None:
    """Equal objects from the same text: the floor measures the same work, less the checks."""
    text = io.dumps(org, "json")  # type: ignore[arg-type]
    assert load_unchecked(text) == io.loads(text, "json") == org
