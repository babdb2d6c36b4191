"""Round trips: what is dumped loads back equal, in YAML and JSON, by file and by text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from strategies_io import organisations
from vcm import Organisation, examples, io
from vcm import testing as vcm_testing

FORMATS = ("yaml", "json")
_TMP = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.parametrize("fmt", FORMATS)
@given(org=organisations)
def test_text_round_trip(fmt: str, org: Organisation) -> None:
    """loads(dumps(org)) gives the same organisation."""
    assert org == io.loads(io.dumps(org, fmt), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@given(org=vcm_testing.organisations())
def test_text_round_trip_of_the_public_strategy(fmt: str, org: Organisation) -> None:
    """Organisations from vcm.testing come back equal too."""
    assert org == io.loads(io.dumps(org, fmt), fmt)


@_TMP
@given(org=vcm_testing.organisations())
def test_file_round_trip_of_the_public_strategy(tmp_path: Path, org: Organisation) -> None:
    """load(dump(org)) of an organisation from vcm.testing gives it back, in both formats."""
    for name in ("model.yaml", "model.json"):
        io.dump(org, tmp_path / name)
    assert (org, org) == (io.load(tmp_path / "model.yaml"), io.load(tmp_path / "model.json"))


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".json"])
@_TMP
@given(org=organisations)
def test_file_round_trip(tmp_path: Path, suffix: str, org: Organisation) -> None:
    """load(dump(org)) gives the same organisation, the format chosen by the suffix."""
    path = tmp_path / f"model{suffix}"
    io.dump(org, path)
    assert org == io.load(path)


@given(org=organisations)
def test_dict_round_trip(org: Organisation) -> None:
    """from_dict(to_dict(org)) gives the same organisation."""
    assert org == io.from_dict(io.to_dict(org))


@given(org=organisations)
def test_to_dict_is_json(org: Organisation) -> None:
    """to_dict gives JSON types only: through json and back it is the same tree."""
    tree = io.to_dict(org)
    assert tree == json.loads(json.dumps(tree))


@given(org=organisations)
def test_json_text_is_the_plain_tree(org: Organisation) -> None:
    """The JSON written is exactly to_dict's tree."""
    assert io.to_dict(org) == json.loads(io.dumps(org, "json"))


@pytest.mark.parametrize("fmt", FORMATS)
@given(org=organisations)
def test_dumps_is_stable(fmt: str, org: Organisation) -> None:
    """Dumping twice, or dumping what was loaded, gives the same text."""
    text = io.dumps(org, fmt)
    assert (text, text) == (io.dumps(org, fmt), io.dumps(io.loads(text, fmt), fmt))


@pytest.mark.parametrize("tail", ["\n\n", "\n\n\n", " \n\n", "\u2028\n", "\u2029\n\n", "\n \n"])
def test_text_ending_in_a_blank_line_before_a_section_round_trips(tail: str) -> None:
    """A text kept as a "|+" block gets no extra line from the blank line before a section."""
    import attrs

    from vcm import examples

    org = examples.load("library")
    purpose = attrs.evolve(org.purpose, statement="Why" + tail)
    value = attrs.evolve(org.values[-1], behaviours=("Last" + tail,), counter_behaviours=())
    changed = attrs.evolve(org, purpose=purpose, values=(*org.values[:-1], value))
    assert changed == io.loads(io.dumps(changed, "yaml"), "yaml")


@given(org=vcm_testing.organisations())
def test_compact_json_round_trip(org: Organisation) -> None:
    """indent=None writes the same tree on one line, without spaces, and it loads back equal."""
    compact = io.dumps(org, "json", indent=None)
    assert compact.count("\n") == 1
    assert json.loads(compact) == json.loads(io.dumps(org, "json")) == io.to_dict(org)
    assert compact == json.dumps(io.to_dict(org), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert io.loads(compact, "json") == org


def test_compact_json_is_smaller_and_written_to_files(tmp_path: Path) -> None:
    """The compact form of the bundled example is about two thirds of the indented one."""
    org = examples.load()
    io.dump(org, tmp_path / "model.json", indent=None)
    compact = (tmp_path / "model.json").read_text(encoding="utf-8")
    assert len(compact) < 0.7 * len(io.dumps(org, "json"))
    assert io.load(tmp_path / "model.json") == org


def test_yaml_is_indented_by_two_only() -> None:
    """indent is for JSON: asking YAML for another indent is refused, not ignored."""
    with pytest.raises(ValueError, match="JSON only"):
        io.dumps(examples.load(), "yaml", indent=None)
