"""Whatever comes in, out comes an Organisation or a VcmError: nothing else, ever."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vcm import Organisation, VcmError, io, testing

# Valid object by object only: ids repeat or point nowhere, text is at its most awkward.
organisations = testing.organisations(consistent=False)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.dates(),
    st.sampled_from(["1", "yes", "2026-01-01", "", " ", "behavioural", "higher", "\x1b"]),
)
trees = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.text(max_size=12) | st.sampled_from(["id", "name", "vcm"]), inner, max_size=4
        )
    ),
    max_leaves=30,
)


def _outcome(load: Any, *arguments: Any, **options: Any) -> str:
    """'ok' or 'refused' (with a reason); any other exception escapes and fails the test."""
    try:
        result: object = load(*arguments, **options)
    except VcmError as error:
        result = error
    if isinstance(result, VcmError) and result.reason:
        return "refused"
    return "ok" if isinstance(result, Organisation) else repr(result)


@given(tree=trees)
def test_any_tree(tree: Any) -> None:
    """Any JSON-like tree gives an organisation or a VcmError."""
    assert _outcome(io.from_dict, tree) in ("ok", "refused")


@given(tree=trees)
def test_any_tree_under_a_valid_header(tree: Any) -> None:
    """Any tree under keys of a real document gives an organisation or a VcmError."""
    document = {"vcm": 1, "organisation": {"id": "x", "name": "X"}, "purpose": tree}
    for key in ("purpose", "values", "competences", "task_areas", "people", "scale"):
        document[key] = tree
        assert _outcome(io.from_dict, document) in ("ok", "refused")


def _places(tree: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [where]
    if isinstance(tree, dict):
        for key, value in tree.items():
            found += _places(value, (*where, key))
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            found += _places(value, (*where, index))
    return found


def _mutate(tree: Any, where: tuple[Any, ...], how: str, new: Any) -> Any:
    if not where:
        return new if how == "replace" else tree
    *above, last = where
    holder = tree
    for step in above:
        holder = holder[step]
    if how == "delete":
        del holder[last]
    elif how == "add" and isinstance(holder, dict):
        holder[f"{last}x"] = new
    elif how == "add" and isinstance(holder, list):
        holder.insert(last, new)
    elif how == "to list":
        holder[last] = [holder[last]]
    elif how == "to text":
        holder[last] = str(holder[last])
    else:
        holder[last] = new
    return tree


@given(org=organisations, data=st.data())
def test_mutated_documents(org: Organisation, data: st.DataObject) -> None:
    """A valid document with a key deleted, added, or a value changed in type still behaves."""
    tree = json.loads(io.dumps(org, "json"))
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(_places(tree)))
        how = data.draw(st.sampled_from(["delete", "add", "replace", "to list", "to text"]))
        tree = _mutate(tree, where, how, data.draw(trees))
    assert _outcome(io.from_dict, tree) in ("ok", "refused")
    for fmt in ("json", "yaml"):
        text = json.dumps(tree, default=str)
        assert _outcome(io.loads, text, fmt) in ("ok", "refused")


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@given(data=st.binary(max_size=200))
def test_any_bytes(fmt: str, data: bytes) -> None:
    """Any bytes give an organisation or a VcmError."""
    assert _outcome(io.loads, data, fmt) in ("ok", "refused")


_YAMLISH = st.lists(
    st.sampled_from([*"vcm:1 -[]{}&*!|>'\"#%@`,?\n\ta0.=<~", "vcm: 1\n", "organisation:\n"]),
    max_size=60,
).map("".join)


@given(text=_YAMLISH)
def test_any_yaml_like_text(text: str) -> None:
    """Text made of YAML's own characters gives an organisation or a VcmError."""
    assert _outcome(io.loads, text) in ("ok", "refused")


@given(org=organisations, data=st.data())
def test_damaged_yaml(org: Organisation, data: st.DataObject) -> None:
    """A dumped YAML file with a slice cut out or characters put in still behaves."""
    text = io.dumps(org)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 20)))
    inserted = data.draw(st.text(max_size=5))
    assert _outcome(io.loads, text[:start] + inserted + text[end:]) in ("ok", "refused")


def test_dates_in_trees_are_fine() -> None:
    """from_dict takes dates as date objects as well as ISO text."""
    tree = io.to_dict(
        io.loads("vcm: 1\norganisation: {id: x, name: X}\npurpose: {vision: v, mission: m}\n")
    )
    tree["people"] = [
        {
            "id": "p",
            "name": "P",
            "assessments": [{"competence": "c", "level": 1, "date": dt.date(2026, 1, 2)}],
        }
    ]
    assert dt.date(2026, 1, 2) == io.from_dict(tree).people[0].assessments[0].date
