"""vcm's own YAML writer gives exactly what PyYAML's emitter gave, and it reads back the same.

The oracle is ``dumps_through_pyyaml``: the PyYAML writer vcm used before (and still uses for
what the fast writer declines). Trees come from generated models and, to reach every quoting
rule, from arbitrary trees of awkward text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml
from hypothesis import assume, example, given
from hypothesis import strategies as st

from strategies_io import organisations as io_organisations
from vcm import Organisation, io
from vcm import testing as vcm_testing
from vcm._io import yaml_text
from vcm._io.tree import yaml_tree
from vcm._io.yaml_emit import SECTIONS, Declined, emit
from vcm._io.yaml_text import dumps_through_pyyaml

# Characters that change how YAML writes a text: indicators, quotes, spaces, every line break,
# tabs, control characters, the byte order mark, resolver look-alikes, non-BMP.
AWKWARD = " \n\t\r:#-'\"|>\x85\u2028\u2029\ufeff\x00\x7f.~!&*[]{},?%@`=<+aA1yYnNoOtTfF0eé😀\u00a0"
awkward_texts = st.text(alphabet=st.sampled_from(list(AWKWARD)), max_size=12) | st.text(max_size=12)
words = st.sampled_from(
    ["yes", "No", "null", "~", "1.0", "0x1F", "2026-01-01", "1e3", ".inf", "<<", "=", "on"]
)
scalars = (
    awkward_texts
    | words
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.booleans()
    | st.none()
    | st.dates()
)
keys = awkward_texts.filter(bool) | words | st.integers(0, 99)
trees = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=25,
)
documents = st.dictionaries(st.sampled_from(sorted(SECTIONS)) | keys, trees, min_size=1)


def _same(tree: dict[Any, Any]) -> str:
    text = emit(tree)
    assert text == dumps_through_pyyaml(tree)
    return text


@given(documents)
@example({"a": "x\n\n"})
@example({"values": "x\n\n", "people": 1})
@example({"a": ["a\x85", "b\u2028c", {"e": "z\n"}], "b": {"": 1}})
@example({"a": [[1, 2], [], {}, [[]]], "purpose": {"b": " \n"}})
def test_any_tree_is_written_as_pyyaml_writes_it(tree: dict[Any, Any]) -> None:
    """Wherever the writer does not decline a tree, its text is PyYAML's, to the character."""
    try:
        text = emit(tree)
    except Declined:
        assume(False)
    assert text == dumps_through_pyyaml(tree)


@pytest.mark.parametrize("strategy", [vcm_testing.organisations(), io_organisations])
@given(data=st.data())
def test_models_are_written_as_pyyaml_wrote_them(
    strategy: st.SearchStrategy[Organisation], data: st.DataObject
) -> None:
    """A generated model's YAML is PyYAML's, and it loads back as the same model."""
    org = data.draw(strategy)
    text = _same(yaml_tree(org))
    assert io.dumps(org) == text
    assert io.loads(text) == org


def test_a_key_too_long_for_a_simple_key_goes_through_pyyaml() -> None:
    """PyYAML writes a key of 128 characters or more as "? key": vcm leaves that to PyYAML."""
    tree = {"k" * 130: "v", "b": dt.date(2026, 1, 2)}
    with pytest.raises(Declined):
        emit(tree)
    assert yaml.safe_load(yaml_text.dumps(tree)) == tree
