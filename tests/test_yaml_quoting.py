"""vcm's YAML gives every other reader the text back: nothing plain reads as a number elsewhere.

vcm reads only the YAML on which YAML 1.1 and 1.2 readers agree, and writes only that too: a text
such as ``1e3``, ``0o17``, ``.inf``, ``1_000``, ``y`` or ``2026-1-2 3:04:05`` is quoted, because
a YAML 1.2 reader (``1e3``, ``0o17``) or a YAML 1.1 one (``y``, ``1_000``) reads it plain as a
number, a boolean or a date. The oracles: PyYAML's SafeLoader, and the YAML 1.2 core schema's
resolver written out below from the specification (10.3.2, "Tag Resolution").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from vcm import examples, io
from vcm._io import yaml_text
from vcm.model._validators import _text_problem

# YAML 1.2.2, 10.3.2: what the core schema resolves a plain scalar to, other than a string.
CORE_12 = re.compile(
    r"null|Null|NULL|~"
    r"|true|True|TRUE|false|False|FALSE"
    r"|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
    r"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
)

NUMBER_LIKE = [
    "1e3", "0o17", "1.5e3", "0x1F", ".inf", "-.INF", ".NaN", "1_000", "1E3", "1.", ".5",
    "+12", "0b101", "1:30", "y", "N", "yes", "Off", "~", "NULL", "2026-01-02",
    "2026-1-2 3:04:05", "0..0", "1.2.3",
]  # fmt: skip

model_texts = (
    st.text()
    | st.sampled_from(NUMBER_LIKE)
    | st.from_regex(CORE_12, fullmatch=True)
    | st.from_regex(r"[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?", fullmatch=True)
).filter(lambda text: _text_problem(text) is None)


def _plain_scalars(node: yaml.Node) -> Iterator[str]:
    if isinstance(node, yaml.ScalarNode):
        if node.style is None:
            yield node.value
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _plain_scalars(item)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _plain_scalars(key)
            yield from _plain_scalars(value)


def _read_alike(text: str, tree: dict[str, Any]) -> None:
    """Every reader gets ``tree`` back from ``text``: PyYAML, and a YAML 1.2 core reader."""
    assert yaml.load(text, Loader=yaml.SafeLoader) == tree
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    assert node is not None
    for plain in _plain_scalars(node):
        if plain in ("value", "items", "section"):
            continue  # the keys of this test, text in every schema
        assert not CORE_12.fullmatch(plain), f"{plain!r} is written plain"


@given(model_texts)
@example("1e3")
@example("0o17")
@example("1.5e3")
@example("y")
def test_a_written_text_reads_back_as_that_text_everywhere(text: str) -> None:
    """As a value, a list item and a key, through the fast writer and through PyYAML."""
    tree = {"value": text, "items": [text], "section": {text: text}}
    for dump in (yaml_text.dumps, yaml_text.dumps_through_pyyaml):
        _read_alike(dump(tree), tree)


@given(st.sampled_from(NUMBER_LIKE))
def test_a_model_holding_number_like_text_is_quoted(text: str) -> None:
    """A mission that looks like a number is written quoted and reads back as that text."""
    org = examples.load()
    org = attrs.evolve(org, purpose=attrs.evolve(org.purpose, mission=text))
    written = io.dumps(org, "yaml")
    assert f"mission: '{text}'\n" in written
    assert yaml.load(written, Loader=yaml.SafeLoader)["purpose"]["mission"] == text
    assert io.loads(written, "yaml") == org
