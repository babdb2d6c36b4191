"""The reader takes the word a person reads for a value, in any language; dump writes the file's."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vcm
from vcm import Language, examples, io
from vcm.vocabulary import WORDS, read_words, word

ENUMS = [
    vcm.AuthorityKind,
    vcm.CompetenceKind,
    vcm.DevelopmentKind,
    vcm.DevelopmentStatus,
    vcm.Direction,
    vcm.Frequency,
    vcm.MonitoringKind,
    vcm.ObservationStatus,
]

# The keys of the file whose values are words of a closed vocabulary.
WORD_KEYS = frozenset({"kind", "frequency", "direction", "status"})


@pytest.mark.parametrize("enum", ENUMS, ids=lambda enum: enum.__name__)
def test_every_word_of_every_language_names_its_member(enum: Any) -> None:
    """``maandelijks`` is Frequency.MONTHLY; no word names two members of one vocabulary."""
    read = read_words(enum)
    for member in enum:
        for language in Language:
            assert member is read[word(member, language).lower()]


def test_dutch_words_in_a_file(tmp_path: Any) -> None:
    """A Dutch consultant's file reads; dump writes the English words of the format."""
    text = examples.text("thuiszorg")
    assert "frequency: quarterly" in text
    dutch = text.replace("frequency: quarterly", "frequency: per kwartaal")
    dutch = dutch.replace("kind: delegated", "kind: gedelegeerd")
    org = io.loads(dutch, format="yaml")
    assert io.dumps(examples.load("thuiszorg"), format="yaml") == io.dumps(org, format="yaml")


def _tree() -> dict[str, Any]:
    return io.to_dict(examples.load("thuiszorg"))


def _words_in(tree: Any) -> list[tuple[Any, Any]]:
    """(container, key) of every vocabulary value in a file tree."""
    found: list[tuple[Any, Any]] = []
    if isinstance(tree, dict):
        for key, value in tree.items():
            if key in WORD_KEYS and isinstance(value, str) and value in WORDS:
                found.append((tree, key))
            else:
                found.extend(_words_in(value))
    elif isinstance(tree, list):
        for item in tree:
            found.extend(_words_in(item))
    return found


SPOTS = len(_words_in(_tree()))


@given(st.lists(st.sampled_from([None, *Language]), min_size=SPOTS, max_size=SPOTS))
def test_words_in_any_language_read_back_and_dump_as_the_file_writes_them(
    choices: list[Language | None],
) -> None:
    """Each value written as the file's word or a person's word (any language) reads the same."""
    tree = _tree()
    expected = io.dumps(io.from_dict(tree), format="json")
    for (container, key), language in zip(_words_in(tree), choices, strict=True):
        if language is not None:
            container[key] = word(container[key], language).lower()
    assert expected == io.dumps(io.from_dict(tree), format="json")
