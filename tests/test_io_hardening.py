"""Issue 15: tags, numbers, surrogates and aliases a fuzz campaign found past the loader.

Each case is the bundled English example with one line changed; the error must be a VcmError
naming the path and the line, never another exception.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

import vcm
from vcm import io
from vcm.errors import FileFormatError, LimitExceededError, VcmError

EXAMPLE = resources.files("vcm.examples").joinpath("library.yaml").read_text(encoding="utf-8")
VISION = next(line for line in EXAMPLE.splitlines() if line.startswith("  vision:"))
VISION_LINE = EXAMPLE.splitlines().index(VISION) + 1
LEVEL = "        level: 2\n"  # the first matrix row's


def _refusal(text: str, fmt: str = "yaml", **options: int) -> VcmError:
    with pytest.raises(VcmError) as caught:
        io.loads(text, fmt, file="model." + fmt, **options)
    return caught.value


def _vision(value: str) -> VcmError:
    return _refusal(EXAMPLE.replace(VISION, f"  vision: {value}"))


def _level(number: str) -> str:
    assert LEVEL in EXAMPLE
    return EXAMPLE.replace(LEVEL, f"        level: {number}\n", 1)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("!!bool 'maybe'", "'maybe' is not true or false"),
        ("!!float 'abc'", "'abc' is not a number"),
        ("!!float '-'", "'-' is not a number"),
        ("!!float ''", "'' is not a number"),
        ("!!float '.'", "'.' is not a number"),
        ("!!float '1_0.5'", "YAML 1.1 form"),
        ("!!int ''", "'' is not a whole number"),
        ("!!int '+'", "'+' is not a whole number"),
        ("!!int 'abc'", "'abc' is not a whole number"),
        ("!!int '1.5'", "'1.5' is not a whole number"),
        ("!!null 'abc'", "'abc' is not null"),
        ("!!timestamp 'abc'", "'abc' is not a date"),
        ("!!timestamp '2026-02-30'", "'2026-02-30' is not a date in the calendar"),
        ("!!timestamp '2026-01-01 10:00:00+99:00'", "is not a date in the calendar"),
        ("!!map [a]", "a mapping (the tag !!map) cannot be a list"),
        ("!!map x", "a mapping (the tag !!map) cannot be text"),
        ("!!seq x", "a list (the tag !!seq) cannot be text"),
        ("!!seq {a: 1}", "a list (the tag !!seq) cannot be a mapping"),
        ("!!str [a]", "text (the tag !!str) cannot be a list"),
        ("!!int {a: 1}", "a whole number (the tag !!int) cannot be a mapping"),
        ("!!float [1]", "a number (the tag !!float) cannot be a list"),
        ("!!bool [1]", "true or false (the tag !!bool) cannot be a list"),
        ("!!null [1]", "null (the tag !!null) cannot be a list"),
        ("!!timestamp [1]", "a date (the tag !!timestamp) cannot be a list"),
        ("!!set {a}", "'tag:yaml.org,2002:set' is not allowed"),
        ("!!omap [a: 1]", "'tag:yaml.org,2002:omap' is not allowed"),
        ("!!pairs [a: 1]", "'tag:yaml.org,2002:pairs' is not allowed"),
        ("!!binary aGVsbG8=", "'tag:yaml.org,2002:binary' is not allowed"),
        ("!!merge x", "'tag:yaml.org,2002:merge' is not allowed"),
        ("!!value x", "'tag:yaml.org,2002:value' is not allowed"),
        ("!!python/name:os.system ''", "python/name:os.system' is not allowed"),
        ("!!python/object/apply:os.system [ls]", "is not allowed"),
        ("!local x", "'!local' is not allowed"),
        ("!<tag:example.com,2026:x> x", "'tag:example.com,2026:x' is not allowed"),
    ],
)
def test_a_tag_with_content_it_cannot_hold_is_refused_at_its_place(value: str, words: str) -> None:
    """Every constructor of the loader refuses what it cannot read, with its path and line."""
    error = _vision(value)
    assert isinstance(error, FileFormatError)
    assert (error.file, error.path, error.line) == ("model.yaml", "purpose.vision", VISION_LINE)
    assert words in error.reason


def test_a_tag_on_a_key_is_refused_at_the_key() -> None:
    error = _refusal(EXAMPLE.replace(VISION, "  !!float x: y\n" + VISION))
    assert (error.path, error.line) == ("purpose.x", VISION_LINE)
    assert "'x' is not a number" in error.reason


def test_the_merge_key_is_refused() -> None:
    """<< is YAML 1.1 only (a YAML 1.2 reader sees a key named <<): refused, not merged."""
    text = EXAMPLE.replace(VISION, "  <<: {statement: s}\n" + VISION)
    error = _refusal(text)
    assert (error.path, error.line) == ("purpose.<<", VISION_LINE)
    assert "the merge key << is YAML 1.1 only" in error.reason


# --- numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "0x" + "f" * 4000,
        "-0x" + "f" * 4000,
        "0b" + "1" * 5000,
        "0" + "7" * 5000,
        "1" + "0" * 4000 + ":30",
        "0x1f",
        "0b11",
        "010",
        "007",
        "1_000",
        "1:30",
        "1:30.5",
        "1_000.5",
    ],
)
def test_a_yaml_1_1_form_of_a_number_is_refused(number: str) -> None:
    """YAML 1.1 forms (other bases, sexagesimal, underscores) read differently elsewhere."""
    error = _refusal(_level(number))
    assert isinstance(error, FileFormatError)
    assert error.path is not None
    assert error.path.endswith(".level")
    assert error.line is not None
    assert "YAML 1.1 form of a number" in error.reason
    assert "plain decimal digits" in error.reason
    assert len(error.reason) < 300  # never the whole number


def test_a_sexagesimal_target_is_not_read_as_minutes() -> None:
    """``target: 1:30`` was 90; a YAML 1.2 reader sees text. It is refused at its place."""
    line = next(line for line in EXAMPLE.splitlines() if line.strip().startswith("target:"))
    indent = line[: len(line) - len(line.lstrip())]
    error = _refusal(EXAMPLE.replace(line, f"{indent}target: 1:30", 1))
    assert error.path is not None
    assert error.path.endswith(".target")
    assert "'1:30' is a YAML 1.1 form of a number" in error.reason


@pytest.mark.parametrize("words", ["yes", "No", "on", "OFF"])
def test_yes_and_no_are_not_read_as_true_and_false(words: str) -> None:
    error = _vision(words)
    assert (error.path, error.line) == ("purpose.vision", VISION_LINE)
    assert f"{words} means true or false to YAML 1.1" in error.reason


@pytest.mark.parametrize("number", ["1:30", "0x10"])
def test_the_version_in_a_yaml_1_1_form_is_refused(number: str) -> None:
    line = EXAMPLE.splitlines().index("vcm: 1") + 1
    error = _refusal(EXAMPLE.replace("\nvcm: 1\n", f"\nvcm: {number}\n", 1))
    assert (error.path, error.line) == ("vcm", line)


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        ("9007199254740993", "9007199254740993 is too large"),
        ("-9007199254740993", "-9007199254740993 is too large"),
        ("1" + "0" * 400, "401 digits is too large"),
        ("9" * 5000, "a whole number of 5,000 digits is too large"),
    ],
)
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_a_whole_number_beyond_2_53_is_refused_with_its_path(
    number: str, shown: str, fmt: str
) -> None:
    """A spreadsheet holds doubles: 9007199254740993 would read back as its neighbour."""
    if fmt == "yaml":
        text = _level(number)
    else:
        text = io.dumps(io.loads(EXAMPLE), "json").replace('"level": 2', f'"level": {number}', 1)
    error = _refusal(text, fmt)
    assert isinstance(error, FileFormatError)
    assert error.path is not None
    assert error.path.endswith(".level"), error
    assert error.line is not None
    assert shown in error.reason
    assert "2**53" in error.reason
    assert len(error.reason) < 300


def test_2_53_itself_is_read() -> None:
    org = io.loads(_level(str(2**53)))
    assert 2**53 in [row.level for area in org.task_areas for row in area.matrix]


def test_a_json_indicator_level_beyond_2_53_is_refused() -> None:
    tree = io.to_dict(io.loads(EXAMPLE))
    tree["competences"][0]["indicators"] = {"9007199254740993": ["Too high."]}
    error = _refusal(json.dumps(tree), "json")
    assert error.path == "competences[0].indicators.9007199254740993"
    assert "is too large" in error.reason


def test_a_huge_number_given_to_from_dict_is_refused() -> None:
    tree = io.to_dict(io.loads(EXAMPLE))
    tree["task_areas"][0]["matrix"][0]["level"] = 16**4000
    with pytest.raises(VcmError) as caught:
        io.from_dict(tree)
    assert caught.value.path == "task_areas[0].matrix[0].level"
    assert "a whole number of about 4,817 digits is too large" in caught.value.reason


# --- text that UTF-8 cannot hold ------------------------------------------------------


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_a_lone_surrogate_in_a_str_is_the_text_error_with_its_path(fmt: str) -> None:
    """Text decoded with surrogateescape holds lone surrogates: no file or export can hold them."""
    org = io.loads(EXAMPLE)
    text = io.dumps(org, fmt).replace(org.purpose.vision, "Bad byte \udcff here", 1)
    error = _refusal(text, fmt)
    assert error.path == "purpose.vision"
    assert error.line is not None
    assert "U+DCFF" in error.reason


def test_a_lone_surrogate_in_a_yaml_key_or_comment_is_refused_with_its_line() -> None:
    error = _refusal(EXAMPLE.replace(VISION, "  # \udcff\n" + VISION))
    assert "U+DCFF" in error.reason
    assert error.line == VISION_LINE
    error = _refusal(EXAMPLE.replace(VISION, "  vis\udcffion: x"))
    assert (error.path, error.line) == ("purpose.vis\ufffdion", VISION_LINE)  # printable


# --- aliases --------------------------------------------------------------------------


def _aliased(length: int, times: int) -> str:
    org = io.loads(EXAMPLE)
    text = io.dumps(org).replace(VISION, f"  vision: &long {'x' * length}", 1)
    anchored = org.values[0].description
    assert anchored is not None
    return text.replace(f"description: {anchored}", "description: *long", 1).replace(
        "\nscale:",
        "".join(
            f"\n  - {{id: copy-{i}, name: Copy, description: *long, behaviours: [b]}}"
            for i in range(times)
        )
        + "\nscale:",
        1,
    )


def test_one_long_text_aliased_many_times_is_refused() -> None:
    """100 KB aliased 9,000 times would be a 900 MB model from a 1 MB file."""
    text = _aliased(100_000, 9_000)
    error = _refusal(text)
    assert isinstance(error, LimitExceededError)
    assert "max_alias_chars=" in error.reason
    assert error.file == "model.yaml"


def test_aliases_may_add_as_much_as_the_document_holds() -> None:
    """The bound grows with the document; max_alias_chars sets it."""
    text = _aliased(10_000, 50)  # 500 KB added: under the default of 1 MiB
    org = io.loads(text)
    assert org.purpose.vision == "x" * 10_000
    with pytest.raises(LimitExceededError):
        io.loads(text, max_alias_chars=100_000)
    assert io.loads(text, max_alias_chars=1_000_000) == org
    assert vcm.io.DEFAULT_ALIAS_CHARS == 2**20


# --- found by the fuzz campaign (benchmarks/fuzz.py) ----------------------------------


def test_json_with_a_key_twice_and_broken_later_is_a_syntax_error_with_its_line() -> None:
    """The duplicate found first sent the text to a second reading that met the syntax error."""
    text = io.dumps(io.loads(EXAMPLE), "json")
    lines = text.split("\n")
    lines.insert(3, lines[3])  # a key given twice, early
    lines[-10] += " ]"  # and the text broken, later
    error = _refusal("\n".join(lines), "json")
    assert isinstance(error, FileFormatError)
    assert error.reason.startswith("not valid JSON")
    assert error.line == len(lines) - 9


def test_json_with_a_huge_number_and_nesting_too_deep_is_refused() -> None:
    text = '{"vcm": ' + "9" * 5000 + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    error = _refusal(text, "json")
    assert isinstance(error, FileFormatError)


def test_a_long_number_in_broken_json_is_named_with_its_line() -> None:
    """Found by the fuzz campaign: not JSON besides, the number too long was unlocated."""
    import vcm

    text = '{"vcm": 1,\n "x": ' + "9" * 5000 + ",}"
    with pytest.raises(vcm.VcmError, match=r"^line 2: a whole number of 5,000 digits"):
        vcm.loads(text, format="json")
