"""Whole numbers beyond 2**53 are refused by the model itself, as the loaders refuse them.

A spreadsheet and every JSON reader hold numbers as 64-bit floats: beyond 2**53 a whole number
reads back as a neighbour. The loaders refuse such a number with its path; a model built in code
is refused the same way, naming the field, and the JSON Schema says so.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vcm
from vcm import (
    Assessment,
    DevelopmentAction,
    Indicator,
    Level,
    Observation,
    Requirement,
    examples,
    io,
)

DAY = dt.date(2026, 11, 29)
LARGEST = 2**53
TOO_LARGE = "is too large: a whole number may be at most 9,007,199,254,740,992 (2**53)"

BUILDERS: dict[str, tuple[str, Callable[[int], Any]]] = {
    "scale level": ("level", lambda n: Level(level=n, name="L")),
    "indicator level": ("level", lambda n: Indicator(level=n, behaviours=["b"])),
    "matrix level": ("level", lambda n: Requirement(competence="c", level=n)),
    "assessed level": ("level", lambda n: Assessment(competence="c", date=DAY, level=n)),
    "target level": (
        "target_level",
        lambda n: DevelopmentAction(
            competence="c", kind="training", description="d", target_level=n
        ),
    ),
    "reading": ("value", lambda n: Observation(date=DAY, value=n)),
}
beyond = st.integers(LARGEST + 1) | st.sampled_from([10**400, 16**4000, 2**53 + 1])


@pytest.mark.parametrize("name", sorted(BUILDERS))
@given(number=beyond)
def test_a_whole_number_beyond_2_53_is_refused_naming_the_field(name: str, number: int) -> None:
    """Beyond 2**53 (10**400 included) an InvalidModelError names the field, never the digits."""
    field, build = BUILDERS[name]
    with pytest.raises(vcm.InvalidModelError) as caught:
        build(number)
    assert field == caught.value.path
    assert TOO_LARGE in str(caught.value)
    assert len(str(caught.value)) < 300


@pytest.mark.parametrize("number", [-LARGEST - 1, -(10**400)])
def test_a_reading_below_minus_2_53_is_refused(number: int) -> None:
    """The bound holds either side of 0."""
    with pytest.raises(vcm.InvalidModelError, match="too large") as caught:
        Observation(date=DAY, value=number)
    assert "value" == caught.value.path


@pytest.mark.parametrize("number", [-(10**400), -LARGEST - 1])
def test_a_hugely_negative_level_is_refused_without_writing_it_out(number: int) -> None:
    """A level far below 1 gets the same message as the loader's, not its 400 digits."""
    with pytest.raises(vcm.InvalidModelError, match="too large"):
        Level(level=number, name="L")


def test_2_53_itself_is_taken() -> None:
    """The bound is inclusive, as in the loaders."""
    assert LARGEST == Level(level=LARGEST, name="L").level
    assert -LARGEST == Observation(date=DAY, value=-LARGEST).value


def test_the_model_and_the_loader_say_the_same() -> None:
    """The reason is the loader's own words."""
    tree = json.loads(io.dumps(examples.load(), "json"))
    tree["task_areas"][0]["matrix"][0]["level"] = 10**20
    with pytest.raises(vcm.VcmError) as loaded:
        io.loads(json.dumps(tree), "json")
    with pytest.raises(vcm.InvalidModelError) as built:
        Requirement(competence="c", level=10**20)
    assert str(built.value).split(": ", 1)[-1] in str(loaded.value)


def test_the_schema_bounds_levels_and_numbers() -> None:
    """`vcm schema` gives whole numbers the same bound."""
    schema = json.loads(resources.files("vcm").joinpath("schema.json").read_text("utf-8"))
    level = schema["$defs"]["level"]
    assert (1, LARGEST) == (level["minimum"], level["maximum"])
    numbers = [
        node
        for node in _nodes(schema)
        if isinstance(node, dict) and node.get("type") in ("number", ["number", "null"])
    ]
    assert numbers
    for node in numbers:
        assert (-LARGEST, LARGEST) == (node["minimum"], node["maximum"])


def _nodes(node: Any) -> Any:
    yield node
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        yield from _nodes(child)
