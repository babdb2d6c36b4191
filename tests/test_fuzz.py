"""A CI-sized sample of the fuzz campaign (benchmarks/fuzz.py; the long run is for releases).

Every input gives a model or a VcmError with its place, never another exception; every model
that loads goes through the checks, the analyses, both writers and both exporters.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

import attrs
import pytest
from benchmarks import fuzz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vcm import Organisation, VcmError, io
from vcm.testing import organisations

_SMALL = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _report(findings: list[fuzz.Finding]) -> str:
    return "\n".join(f"[{f.stage}] {f.error}\n{f.detail}" for f in findings)


@_SMALL
@given(rng=st.randoms(use_true_random=False))
def test_mutated_examples_load_or_are_refused_at_their_place(rng: random.Random) -> None:
    """Mutated example files: a model that survives every layer but the exporters, or a VcmError."""
    item = fuzz.mutated(rng)
    outcome, findings = fuzz.examine(item, exporters=False)
    assert outcome in ("loaded", "refused", "skipped")
    assert findings == [], f"{item.how}\n{_report(findings)}"


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False))
def test_mutated_examples_that_load_survive_the_exporters(rng: random.Random) -> None:
    """Loaded models go through the xlsx and docx exporters too (a VcmError is survival)."""
    item = fuzz.mutated(rng)
    _, findings = fuzz.examine(item)
    assert findings == [], f"{item.how}\n{_report(findings)}"


def test_a_case_is_reproducible_from_its_seed_and_number() -> None:
    assert fuzz.case("suite", 3) == fuzz.case("suite", 3)
    assert fuzz.case("suite", 3) != fuzz.case("suite", 4)


def test_the_long_run_replays_a_case(capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m benchmarks.fuzz --replay SEED:NUMBER`` runs one case through every layer."""
    assert fuzz.main(["--replay", "suite:0", "--memory-gib", "0"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("case suite:0 (")
    assert said.split("\n")[1] in ("loaded", "refused", "skipped")


# --- generated models with edge values ------------------------------------------------

EDGE_NUMBERS = st.sampled_from(
    [0, -0.0, 1, -1, 2**53, -(2**53), 1e308, -1e308, 5e-324, 0.1 + 0.2, 1234567.891]
)
EDGE_TEXTS = st.sampled_from(
    [
        "\u202eevil\u202c",
        "e\u0301\u0301\u0301",
        "👩🏽‍⚕️",
        "=SUM(A1:A3)",
        "_x0041_",
        "a\tb",
        "line\nbreak",
        "\u2028",
        "x" * 5000,
        "𝕏" * 100,
        "yes",
        "1:30",
        "- x",
        "& y",
        "<w:t>",
    ]
)
EDGE_DATES = st.sampled_from(
    [dt.date(1, 1, 1), dt.date(1899, 12, 30), dt.date(1900, 2, 28), dt.date(9999, 12, 31)]
)


def _edged(org: Organisation, data: st.DataObject) -> Organisation:
    """``org`` with a few of its numbers, texts and dates set to edge values."""
    tree = io.to_dict(org)
    places = [where for where, _ in fuzz._places(tree) if where]
    if not places:
        return org
    for _ in range(data.draw(st.integers(1, 4))):
        where = data.draw(st.sampled_from(places))
        value: Any = fuzz._holder(tree, where)[where[-1]]
        if type(value) in (int, float) and where[-1] != "vcm":
            new: Any = data.draw(EDGE_NUMBERS)
        elif isinstance(value, str) and where[-1] in ("date", "due"):
            new = data.draw(EDGE_DATES).isoformat()
        elif isinstance(value, str) and where[-1] not in ("id", "vcm", "language"):
            new = data.draw(EDGE_TEXTS)
        else:
            continue
        if isinstance(new, float) and math.isfinite(new) and where[-1] == "level":
            continue
        fuzz._holder(tree, where)[where[-1]] = new
    try:
        return io.from_dict(tree)
    except VcmError:
        return org


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(org=organisations(), data=st.data())
def test_generated_models_with_edge_values_survive_every_writer_and_exporter(
    org: Organisation, data: st.DataObject
) -> None:
    """vcm.testing's models, with edge numbers, texts and dates, through every layer."""
    edged = _edged(org, data)
    assert attrs.has(type(edged))
    assert fuzz.survive(edged) == []
