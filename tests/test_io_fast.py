"""The loader's fast path builds what the careful path builds, and nothing the careful path refuses.

The fast path (one generated builder per model class, setting the slots of objects whose
values it has checked) is private to the loader. Whatever it is not sure of goes the careful
way (cattrs hooks and the model's validators), which names every problem as before.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from typing import Any

import attrs
import pytest
from benchmarks.generate import generate
from hypothesis import given
from hypothesis import strategies as st

from strategies_io import organisations
from test_io_fuzz import _mutate, _places, trees
from vcm import Assessment, InvalidModelError, Organisation, VcmError, examples, io
from vcm._io import fast, structure
from vcm._io.tree import yaml_tree


def _flat(tree: dict[str, Any]) -> dict[str, Any]:
    flat = dict(tree["organisation"])
    flat.update((key, value) for key, value in tree.items() if key not in ("vcm", "organisation"))
    return flat


def _trees(org: Organisation) -> list[dict[str, Any]]:
    """The JSON tree and the YAML tree (real dates, whole-number levels) of ``org``."""
    return [json.loads(io.dumps(org, "json")), yaml_tree(org)]


def _careful(tree: Any) -> object:
    try:
        return structure.structure_carefully(_flat(tree))
    except structure.Misfit as misfit:
        return misfit.problems[0][1].reason


def _fast(tree: Any) -> object:
    try:
        return fast.build_organisation(_flat(tree))
    except Exception as error:
        return error


_MODELS = [
    *(examples.load(name) for name in examples.names()),
    generate("tiny", seed=0),
    generate("tiny", seed=1),
]


@pytest.mark.parametrize("org", _MODELS, ids=lambda org: org.id)
def test_a_written_model_takes_the_fast_path(org: Organisation) -> None:
    """What vcm writes, the fast path reads, equal to the original and to the careful path."""
    for tree in _trees(org):
        built = fast.build_organisation(_flat(tree))
        assert built == org == structure.structure_carefully(_flat(tree))


@given(org=organisations)
def test_the_fast_path_reads_every_field(org: Organisation) -> None:
    """Every field, optional or not, at its default or not, is read without going careful."""
    for tree in _trees(org):
        assert fast.build_organisation(_flat(tree)) == org


@given(org=organisations, data=st.data())
def test_the_fast_path_accepts_nothing_the_careful_path_refuses(
    org: Organisation, data: st.DataObject
) -> None:
    """A damaged document: the fast path gives up, or builds exactly what the careful one does."""
    tree = data.draw(st.sampled_from(_trees(org)))
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(_places(tree)))
        if not where or where[0] in ("vcm", "organisation"):
            continue
        how = data.draw(st.sampled_from(["delete", "add", "replace", "to list", "to text"]))
        tree = _mutate(tree, where, how, data.draw(trees))
    careful = _careful(tree)
    built = _fast(tree)
    if not isinstance(built, Exception):
        assert built == careful


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("level", 0),
        ("level", True),
        ("level", 2.0),
        ("level", 2**60),
        ("date", "2026-02-30"),
        ("date", "20260131"),
        ("date", dt.datetime(2026, 1, 1, 12)),
        ("competence", "has space"),
        ("competence", ""),
        ("assessor", " "),
        ("assessor", "bell\x07"),
        ("observable", 0),
        ("observable", False),
        ("valid_until", "2000-01-01"),
        ("valid_until", 1),
        ("unknown", 1),
    ],
)
def test_an_unusual_value_goes_the_careful_way(field: str, value: object) -> None:
    """A value the model refuses, or a form the fast path does not know, is not built fast."""
    tree = json.loads(io.dumps(examples.load("library"), "json"))
    person = next(person for person in tree["people"] if person.get("assessments"))
    person["assessments"][0][field] = value
    with pytest.raises(fast.Unusual):
        fast.build_organisation(_flat(tree))
    assert _careful(tree) == _outcome_of_load(tree)


def _outcome_of_load(tree: dict[str, Any]) -> object:
    try:
        return io.from_dict(tree)
    except VcmError as error:
        return error.reason


def test_objects_built_fast_behave_like_any_other() -> None:
    """Equal, hashable, printable, copyable, picklable and evolvable, with validation intact."""
    org = examples.load("thuiszorg")
    loaded = io.loads(io.dumps(org, "json"), "json")
    assessment = next(person.assessments[0] for person in loaded.people if person.assessments)
    assert loaded == org
    assert hash(loaded) == hash(org)
    assert repr(loaded) == repr(org)
    assert pickle.loads(pickle.dumps(loaded)) == org
    assert copy.deepcopy(loaded) == org
    assert attrs.evolve(assessment, level=1).level == 1
    with pytest.raises(InvalidModelError):
        attrs.evolve(assessment, level=0)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        assessment.level = 1  # type: ignore[misc]


def test_construction_in_code_still_checks_everything_after_a_load() -> None:
    """Loading leaves the model's validators on: building an object by hand is checked."""
    io.loads(io.dumps(examples.load("library"), "json"), "json")
    with pytest.raises(InvalidModelError) as caught:
        Assessment(competence="c", date=dt.date(2026, 1, 1), level=0)
    assert caught.value.path == "level"
    assert attrs.validators.get_disabled() is False


def test_ids_and_texts_that_repeat_are_one_object() -> None:
    """A competence's id in every assessment is one string in memory after a load."""
    org = io.loads(io.dumps(generate("tiny", seed=0), "json"), "json")
    ids = [a.competence for person in org.people for a in person.assessments]
    by_value: dict[str, str] = {}
    assert all(by_value.setdefault(i, i) is i for i in ids)


# --- a key given twice in JSON, told by counting colons ---------------------------------


def _json_with_twice(
    tree: Any, target: tuple[Any, ...], first: Any, where: tuple[Any, ...] = ()
) -> str:
    """``tree`` as JSON with the first key of the object at ``target`` given twice."""
    if isinstance(tree, dict):
        items = [
            f"{json.dumps(key)}: {_json_with_twice(value, target, first, (*where, key))}"
            for key, value in tree.items()
        ]
        if where == target and tree:
            key = next(iter(tree))
            items.insert(0, f"{json.dumps(key)}: {json.dumps(first)}")
        return "{" + ", ".join(items) + "}"
    if isinstance(tree, list):
        return (
            "["
            + ", ".join(
                _json_with_twice(item, target, first, (*where, index))
                for index, item in enumerate(tree)
            )
            + "]"
        )
    return json.dumps(tree)


def _objects(tree: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return [
        place
        for place in _places(tree, where)
        if isinstance(_at(tree, place), dict) and _at(tree, place)
    ]


def _at(tree: Any, place: tuple[Any, ...]) -> Any:
    for step in place:
        tree = tree[step]
    return tree


@given(org=organisations, data=st.data())
def test_a_key_given_twice_is_found_in_any_object(org: Organisation, data: st.DataObject) -> None:
    """Whichever object holds it, and whatever its first value, a key given twice is refused."""
    tree = json.loads(io.dumps(org, "json"))
    target = data.draw(st.sampled_from(_objects(tree)))
    first = data.draw(st.sampled_from(["x", "a: b", 1, None, [], {"k": "v:w"}, "\u003a"]))
    text = _json_with_twice(tree, target, first)
    with pytest.raises(VcmError) as caught:
        io.loads(text, "json")
    assert caught.value.reason.endswith("is given twice")


def test_an_escaped_colon_does_not_hide_a_key_given_twice() -> None:
    r"""A colon written as \u003a adds one to the texts that the text does not show."""
    tree = json.loads(io.dumps(examples.load("library"), "json"))
    tree["purpose"]["vision"] = "Vision: reading for all"
    text = json.dumps(tree).replace("Vision: reading", "Vision\\u003a reading")
    assert io.loads(text, "json").purpose.vision == "Vision: reading for all"
    twice = text.replace('"purpose": {', '"purpose": {"mission": "m", ', 1)
    assert json.loads(twice)["purpose"]["vision"] == "Vision: reading for all"
    with pytest.raises(VcmError) as caught:
        io.loads(twice, "json")
    assert (caught.value.reason, caught.value.path) == (
        "the key 'mission' is given twice",
        "purpose.mission",
    )


@pytest.mark.parametrize("separators", [(", ", ": "), (",", ":"), (" , ", " : "), (",\n", "\n:\t")])
def test_json_in_any_layout_reads_the_same(separators: tuple[str, str]) -> None:
    """Spaces around colons and commas, or none: the same model."""
    org = examples.load("thuiszorg")
    text = json.dumps(json.loads(io.dumps(org, "json")), separators=separators)
    assert io.loads(text, "json") == org


def test_every_model_class_has_a_fast_builder() -> None:
    """A field of a new kind sends every document the careful way: this says so, here."""
    careful_only = [
        cls.__name__ for cls, build in fast._BUILDERS.items() if build is fast._careful_only
    ]
    assert careful_only == []


def test_an_assessment_valid_until_a_date_takes_the_fast_path() -> None:
    """valid_until is read fast, and checked against the assessment's own date."""
    org = examples.load("library")
    person = next(person for person in org.people if person.assessments)
    first = person.assessments[0]
    valid = attrs.evolve(first, valid_until=first.date)
    changed = attrs.evolve(person, assessments=(valid, *person.assessments[1:]))
    org = attrs.evolve(org, people=tuple(changed if p is person else p for p in org.people))
    for tree in _trees(org):
        assert fast.build_organisation(_flat(tree)) == org
