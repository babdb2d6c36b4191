"""``vcm schema``: the JSON Schema of the model file says what the loader says about shape.

jsonschema (a test dependency only) plays the part of an editor or another tool checking a
file against the schema the package ships.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import string
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any

import pytest
import yaml
from hypothesis import assume, given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from vcm import FileFormatError, VcmError, examples, from_dict, to_dict, vocabulary
from vcm._io import schema as generator
from vcm.cli import main
from vcm.testing import organisations

SHIPPED = resources.files("vcm").joinpath("schema.json").read_text(encoding="utf-8")
SCHEMA = json.loads(SHIPPED)
VALIDATOR = Draft202012Validator(SCHEMA)

Path = tuple[str | int, ...]


def as_an_editor_reads(tree: Any) -> Any:
    """A YAML tree as JSON sees it: dates as text, level keys as text."""
    if isinstance(tree, dict):
        return {str(key): as_an_editor_reads(value) for key, value in tree.items()}
    if isinstance(tree, list):
        return [as_an_editor_reads(item) for item in tree]
    if isinstance(tree, dt.date):
        return tree.isoformat()
    return tree


def schema_accepts(tree: Any) -> bool:
    return VALIDATOR.is_valid(tree)


def loader_refusal(tree: Any) -> VcmError | None:
    """The error the loader raises for ``tree``, or None when it loads."""
    try:
        from_dict(tree)
    except VcmError as error:
        return error
    return None


def test_the_shipped_schema_is_the_models() -> None:
    """schema.json is what the model generates (regenerate: python -m vcm._io.schema)."""
    assert generator.text() == SHIPPED


def test_vcm_schema_prints_a_draft_2020_12_schema() -> None:
    """``vcm schema`` prints the shipped schema, itself a valid draft 2020-12 schema."""
    out = io.StringIO()
    assert 0 == main(["schema"], out=out)
    printed = json.loads(out.getvalue())
    assert SCHEMA == printed
    assert generator.DRAFT == printed["$schema"]
    Draft202012Validator.check_schema(printed)


@pytest.mark.parametrize("name", examples.names())
def test_the_bundled_examples_validate(name: str) -> None:
    """Each bundled example, read as an editor reads YAML, fits the schema."""
    tree = as_an_editor_reads(yaml.safe_load(examples.text(name)))
    assert [] == [error.message for error in VALIDATOR.iter_errors(tree)]


@given(organisations())
def test_generated_documents_validate(org: Any) -> None:
    """Every document vcm writes fits the schema."""
    tree = to_dict(org)
    assert [] == [error.message for error in VALIDATOR.iter_errors(tree)]


# --- documents the loader refuses for their shape -----------------------------------------

ENUM_KEYS = frozenset({"kind", "frequency", "direction", "status", "language"})
# Mappings whose keys are data, not the format's keys: levels and value ids.
DATA_MAPPINGS = frozenset({"indicators", "behaviours"})
OTHER_TYPES: dict[type, list[Any]] = {
    str: [7, True, ["a list"], {"a": "mapping"}],
    int: ["7", True, ["a list"], {"a": "mapping"}],
    float: ["7.5", False, ["a list"], {"a": "mapping"}],
    bool: ["yes", 1, ["a list"], {"a": "mapping"}],
    list: ["text", 7, {"a": "mapping"}],
    dict: ["text", 7, ["a list"]],
}


def places(tree: Any, where: Path = ()) -> Iterator[tuple[Path, Any]]:
    """Every value in the tree with its path, the tree itself first."""
    yield where, tree
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from places(value, (*where, key))
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            yield from places(value, (*where, index))


def format_mappings(tree: Any) -> list[tuple[Path, dict[str, Any]]]:
    """The mappings whose keys are the file format's own (not levels or value ids)."""
    return [
        (where, value)
        for where, value in places(tree)
        if isinstance(value, dict) and not (where and where[-1] in DATA_MAPPINGS)
    ]


def at(tree: Any, where: Path) -> Any:
    for step in where:
        tree = tree[step]
    return tree


def all_keys() -> set[str]:
    found: set[str] = set()
    for where, value in places(SCHEMA):
        if where and where[-1] == "properties" and isinstance(value, dict):
            found.update(value)
    return found


KNOWN_KEYS = frozenset(all_keys())
KNOWN_WORDS = frozenset(
    word for definition in SCHEMA["$defs"].values() for word in definition.get("enum", ())
)


@st.composite
def misshapen(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A generated document with one shape error: an unknown key, a wrong type, an unknown
    word of a vocabulary or a missing key."""
    tree = copy.deepcopy(to_dict(draw(organisations())))
    kind = draw(st.sampled_from(["unknown key", "wrong type", "unknown word", "missing key"]))
    if kind == "unknown key":
        _, mapping = draw(st.sampled_from(format_mappings(tree)))
        key = draw(st.text(string.ascii_letters + "_", min_size=1, max_size=12))
        assume(key not in KNOWN_KEYS)
        mapping[key] = draw(st.sampled_from(["text", 1, None]))
    elif kind == "wrong type":
        where, value = draw(st.sampled_from(list(places(tree))[1:]))
        at(tree, where[:-1])[where[-1]] = draw(st.sampled_from(OTHER_TYPES[type(value)]))
    elif kind == "unknown word":
        words = [
            (where, value)
            for where, value in places(tree)
            if where and where[-1] in ENUM_KEYS and isinstance(value, str)
        ]
        assume(words)
        where, value = draw(st.sampled_from(words))
        word = draw(
            st.sampled_from([value.upper(), value + "s", value.replace("_", " "), "sometimes"])
            | st.text(string.ascii_lowercase + "-_ ", max_size=12)
        )
        assume(word not in KNOWN_WORDS)
        at(tree, where[:-1])[where[-1]] = word
    else:
        where, mapping = draw(st.sampled_from(format_mappings(tree)))
        assume(mapping)
        del mapping[draw(st.sampled_from(sorted(mapping)))]
    return kind, tree


@given(misshapen())
def test_what_the_loader_refuses_for_its_shape_the_schema_refuses(
    case: tuple[str, dict[str, Any]],
) -> None:
    """Unknown key, wrong type, unknown word, missing key: loader and schema agree."""
    kind, tree = case
    refusal = loader_refusal(tree)
    if kind != "missing key":  # a key left out may be an optional one
        assert refusal is not None, f"the loader took the {kind}"
    if isinstance(refusal, FileFormatError):
        assert not schema_accepts(tree), f"the schema took the {kind}: {refusal}"
    if refusal is None:
        assert schema_accepts(tree)


def test_every_word_the_loader_reads_the_schema_lists() -> None:
    """Each vocabulary's words, English and Dutch: loaded exactly when the schema lists them."""
    candidates = set(KNOWN_WORDS)
    for words in vocabulary.WORDS.values():
        candidates.update(words.values() if isinstance(words, Mapping) else words)
    candidates |= {word.lower() for word in candidates}
    assert "maandelijks" in candidates
    for candidate in sorted(candidates):
        for key, document in _documents_with_word(candidate):
            listed = schema_accepts(document)
            loaded = loader_refusal(document) is None
            assert listed == loaded, (
                f"the loader {'reads' if loaded else 'refuses'} {candidate!r} at {key}, the "
                f"schema {'lists' if listed else 'does not list'} it: let the loader take every "
                "word it reads from vcm._io.converter.enum_words, which the schema is made "
                "from, and write src/vcm/schema.json anew (python -m vcm._io.schema)"
            )


def _documents_with_word(word: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    """A small document with ``word`` in one place of each kind that takes a word."""
    base: dict[str, Any] = {
        "vcm": 1,
        "organisation": {"id": "o", "name": "O", "language": "en"},
        "purpose": {"vision": "V", "mission": "M"},
        "competences": [{"id": "c", "name": "C", "kind": "ethical"}],
        "task_areas": [
            {
                "id": "t",
                "name": "T",
                "responsibilities": [
                    {
                        "id": "r",
                        "description": "R",
                        "authorities": [{"description": "A", "kind": "mandated"}],
                    }
                ],
                "monitoring": [
                    {
                        "id": "m",
                        "kind": "qualitative",
                        "indicator": "I",
                        "frequency": "yearly",
                        "owner": "O",
                        "direction": "lower",
                        "observations": [{"date": "2026-01-01", "status": "at_risk"}],
                    }
                ],
            }
        ],
        "people": [
            {
                "id": "p",
                "name": "P",
                "development": [
                    {"competence": "c", "kind": "other", "description": "D", "status": "done"}
                ],
            }
        ],
    }
    assert loader_refusal(base) is None
    kinds = {
        tuple("*" if isinstance(step, int) else step for step in where): where
        for where, value in places(base)
        if where and where[-1] in ENUM_KEYS and isinstance(value, str)
    }
    for kind, where in sorted(kinds.items()):
        document = copy.deepcopy(base)
        at(document, where[:-1])[where[-1]] = word
        yield kind, document


def test_the_schema_requires_the_keys_the_loader_requires() -> None:
    """Each key of a rich document left out in turn: the schema refuses exactly when the
    loader says a required key is missing."""
    base = to_dict(examples.load("library"))
    base["organisation"]["language"] = "en"
    first: dict[Path, Path] = {}
    for where, mapping in format_mappings(base):
        for key in mapping:
            kind = tuple("*" if isinstance(step, int) else step for step in (*where, key))
            first.setdefault(kind, (*where, key))
    assert len(first) > 80
    for kind, where in sorted(first.items()):
        document = copy.deepcopy(base)
        del at(document, where[:-1])[where[-1]]
        refusal = loader_refusal(document)
        required = isinstance(refusal, FileFormatError) and "missing" in refusal.reason
        assert required != schema_accepts(document), (kind, refusal)
