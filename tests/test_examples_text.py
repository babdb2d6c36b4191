"""The bundled examples teach good YAML: prose lists in block style, one sentence per item."""

from __future__ import annotations

import json

import pytest
import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from golden_cases import GOLDEN
from vcm import examples, from_dict


def _flow_lists(node: Node) -> list[SequenceNode]:
    found = []
    if isinstance(node, SequenceNode):
        if node.flow_style:
            found.append(node)
        for item in node.value:
            found += _flow_lists(item)
    elif isinstance(node, MappingNode):
        for key, value in node.value:
            found += _flow_lists(key) + _flow_lists(value)
    return found


@pytest.mark.parametrize("name", examples.names())
def test_prose_lists_are_written_in_block_style(name: str) -> None:
    """A list in brackets holds ids only: in [a, b] a comma in a sentence splits it in two."""
    root = yaml.compose(examples.text(name))
    prose = [
        f"line {node.start_mark.line + 1}"
        for node in _flow_lists(root)
        if any(isinstance(item, ScalarNode) and " " in item.value for item in node.value)
    ]
    assert [] == prose


@pytest.mark.parametrize("name", examples.names())
def test_the_example_is_the_model_it_was(name: str) -> None:
    """Rewriting the example's text changed no part of its model (tests/data/golden)."""
    stored = json.loads((GOLDEN / f"example-{name}.json").read_text(encoding="utf-8"))
    assert from_dict(stored) == examples.load(name)


@pytest.mark.parametrize("name", examples.names())
def test_each_indicator_is_one_whole_sentence(name: str) -> None:
    """No sentence was cut in two at a comma: every indicator behaviour ends as a sentence."""
    fragments = [
        (competence.id, indicator.level, behaviour)
        for competence in examples.load(name).competences
        for indicator in competence.indicators
        for behaviour in indicator.behaviours
        if not behaviour.endswith(".")
    ]
    assert [] == fragments
