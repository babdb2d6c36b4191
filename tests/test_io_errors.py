"""Bad input: every problem is a VcmError naming the file, the path and (YAML) the line."""

from __future__ import annotations

import pytest

from vcm import io
from vcm.errors import (
    FileFormatError,
    InvalidModelError,
    LimitExceededError,
    UnknownFormatError,
    UnsupportedVersionError,
    VcmError,
)

# Line numbers in the cases below are lines of this document.
BASE = """\
vcm: 1
organisation:
  id: harbour
  name: Harbour Home Care
purpose:
  vision: Everyone lives at home with dignity.
  mission: Care that fits each client's own life.
values:
  - id: dignity
    name: Dignity
    behaviours: [Asks what matters first.]
competences:
  - id: listening
    name: Listening
    kind: behavioural
    values: [dignity]
    indicators:
      1: [Lets the client finish.]
task_areas:
  - id: north
    name: District North
    results:
      - id: on-time
        name: Care at the agreed moment.
        client: Client
    matrix:
      - competence: listening
        level: 3
        behaviours:
          dignity: Asks about the client's day.
    monitoring:
      - id: punctuality
        kind: quantitative
        indicator: Share of visits on time
        frequency: monthly
        owner: team coach
        target: 95
        observations:
          - date: 2026-10-31
            value: 93.5
people:
  - id: p-001
    name: Anna de Vries
    assessments:
      - competence: listening
        level: 2
        date: 2026-06-01
"""


def _error(text: str | bytes, fmt: str = "yaml", **options: int) -> VcmError:
    with pytest.raises(VcmError) as caught:
        io.loads(text, fmt, file="model." + fmt, **options)
    return caught.value


def _changed(old: str, new: str) -> str:
    assert old in BASE
    return BASE.replace(old, new, 1)


def test_the_base_document_loads() -> None:
    """The document the cases change is itself valid."""
    assert "harbour" == io.loads(BASE).id


CASES = [
    # (case, old, new, error type, path, line, words in the message)
    (
        "unknown key, close to a known one",
        "        client: Client",
        "        clinet: Client",
        FileFormatError,
        "task_areas[0].results[0].clinet",
        25,
        ["unknown key 'clinet'", "did you mean 'client'?"],
    ),
    (
        "unknown key, nothing close",
        "    kind: behavioural",
        "    kind: behavioural\n    colour: red",
        FileFormatError,
        "competences[0].colour",
        16,
        ["unknown key 'colour'", "expected one of: id, name, kind"],
    ),
    (
        "unknown key in the header",
        "  name: Harbour Home Care",
        "  name: Harbour Home Care\n  langauge: nl",
        FileFormatError,
        "organisation.langauge",
        5,
        ["did you mean 'language'?"],
    ),
    (
        "unknown top-level key",
        "people:",
        "peple:",
        FileFormatError,
        "peple",
        41,
        ["did you mean 'people'?"],
    ),
    (
        "missing required key",
        "        client: Client\n",
        "",
        FileFormatError,
        "task_areas[0].results[0].client",
        23,
        ["required key 'client' is missing"],
    ),
    (
        "missing header key",
        "  name: Harbour Home Care\n",
        "",
        FileFormatError,
        "organisation.name",
        2,
        ["required key 'name' is missing"],
    ),
    (
        "missing organisation",
        "organisation:\n  id: harbour\n  name: Harbour Home Care\n",
        "",
        FileFormatError,
        "organisation",
        1,
        ["required key 'organisation' is missing"],
    ),
    (
        "text where a list is expected is not split",
        "    values: [dignity]",
        "    values: dignity",
        FileFormatError,
        "competences[0].values",
        16,
        ["must be a list", "the text 'dignity'"],
    ),
    (
        "a list where text is expected",
        "    name: Listening",
        "    name: [Listening]",
        FileFormatError,
        "competences[0].name",
        14,
        ["must be text, not a list"],
    ),
    (
        "yes where text is expected",
        "    name: Dignity",
        "    name: yes",
        FileFormatError,
        "values[0].name",
        10,
        ["yes means true or false to YAML 1.1", "write true or false", "quotes"],
    ),
    (
        "a number where text is expected",
        "        owner: team coach",
        "        owner: 12",
        FileFormatError,
        "task_areas[0].monitoring[0].owner",
        36,
        ["must be text, not the number 12", "quotes"],
    ),
    (
        "a date where text is expected",
        "  id: harbour",
        "  id: 2026-01-01",
        FileFormatError,
        "organisation.id",
        3,
        ["must be text, not the date 2026-01-01"],
    ),
    (
        "a boolean is not a number",
        "        target: 95",
        "        target: true",
        FileFormatError,
        "task_areas[0].monitoring[0].target",
        37,
        ["must be a number", "true"],
    ),
    (
        "text is not a level",
        "        level: 3",
        "        level: three",
        FileFormatError,
        "task_areas[0].matrix[0].level",
        28,
        ["must be a whole number", "'three'"],
    ),
    (
        "a fraction is not a level",
        "        level: 2",
        "        level: 2.5",
        FileFormatError,
        "people[0].assessments[0].level",
        46,
        ["must be a whole number", "2.5"],
    ),
    (
        "a level the model refuses",
        "        level: 3",
        "        level: 0",
        InvalidModelError,
        "task_areas[0].matrix[0].level",
        28,
        ["must be 1 or more"],
    ),
    (
        "bad enum word",
        "    kind: behavioural",
        "    kind: behavioral",
        FileFormatError,
        "competences[0].kind",
        15,
        ["must be one of behavioural, professional, ethical", "did you mean 'behavioural'?"],
    ),
    (
        "bad frequency",
        "        frequency: monthly",
        "        frequency: daily",
        FileFormatError,
        "task_areas[0].monitoring[0].frequency",
        35,
        ["weekly, monthly, quarterly, half-yearly, yearly", "'daily'"],
    ),
    (
        "bad date",
        "        date: 2026-06-01",
        "        date: 1 June 2026",
        FileFormatError,
        "people[0].assessments[0].date",
        47,
        ["must be a date like 2026-11-29"],
    ),
    (
        "impossible date",
        "        date: 2026-06-01",
        "        date: 2026-02-30",
        FileFormatError,
        "people[0].assessments[0].date",
        47,
        ["'2026-02-30' is not a date in the calendar"],
    ),
    (
        "date with a time",
        "          - date: 2026-10-31",
        "          - date: 2026-10-31 10:00:00",
        FileFormatError,
        "task_areas[0].monitoring[0].observations[0].date",
        39,
        ["without a time of day"],
    ),
    (
        "control character in text",
        "    name: Dignity",
        '    name: "Dig\\x1bnity"',
        InvalidModelError,
        "values[0].name",
        10,
        ["control character", "'\\x1b'"],
    ),
    (
        "whitespace in an id",
        "  id: harbour",
        "  id: harbour home",
        InvalidModelError,
        "organisation.id",
        3,
        ["must not contain whitespace"],
    ),
    (
        "a required value left empty",
        "    name: Dignity",
        "    name:",
        FileFormatError,
        "values[0].name",
        10,
        ["must be text, not null"],
    ),
    (
        "an indicator level that is not a number",
        "      1: [Lets the client finish.]",
        "      one: [Lets the client finish.]",
        FileFormatError,
        "competences[0].indicators.one",
        18,
        ["a level must be a whole number"],
    ),
    (
        "an indicator behaviour that is not text",
        "      1: [Lets the client finish.]",
        "      1: [Lets the client finish., 12]",
        FileFormatError,
        "competences[0].indicators.1[1]",
        18,
        ["must be text, not the number 12"],
    ),
    (
        "a behaviour for a value id that is not text",
        "          dignity: Asks about the client's day.",
        "          yes: Asks about the client's day.",
        FileFormatError,
        "task_areas[0].matrix[0].behaviours.yes",
        30,
        ["yes means true or false to YAML 1.1", "quotes"],
    ),
    (
        "assessment neither observed nor at a level",
        "        level: 2\n",
        "",
        InvalidModelError,
        "people[0].assessments[0].level",
        45,
        ["needs a level, or observable: false"],
    ),
    (
        "observable must be true or false",
        "        level: 2\n",
        "        observable: 0\n",
        FileFormatError,
        "people[0].assessments[0].observable",
        46,
        ["must be true or false, not the number 0"],
    ),
    (
        "duplicate key",
        "    name: Dignity",
        "    name: Dignity\n    name: Worth",
        FileFormatError,
        "values[0].name",
        11,
        ["the key 'name' is given twice"],
    ),
    (
        "python tag",
        "    name: Dignity",
        "    name: !!python/object:os.system echo",
        FileFormatError,
        "values[0].name",
        10,
        ["tag:yaml.org,2002:python/object:os.system", "not allowed"],
    ),
    (
        "custom tag",
        "    name: Dignity",
        "    name: !secret Dignity",
        FileFormatError,
        "values[0].name",
        10,
        ["'!secret' is not allowed"],
    ),
    (
        "binary tag",
        "    name: Dignity",
        "    name: !!binary aGVsbG8=",
        FileFormatError,
        "values[0].name",
        10,
        ["tag:yaml.org,2002:binary", "not allowed"],
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "kind", "path", "line", "words"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_bad_yaml(old: str, new: str, kind: type, path: str, line: int, words: list[str]) -> None:
    """The error names the file, the path and the line, and says what is wrong."""
    error = _error(_changed(old, new))
    assert (kind, "model.yaml", path, line) == (type(error), error.file, error.path, error.line)
    assert [word for word in words if word not in str(error)] == []
    assert str(error).startswith(f"model.yaml, line {line}, at {path}: ")


def test_the_first_problem_in_the_file_is_reported() -> None:
    """With two problems, the one earlier in the file is named."""
    text = _changed("    name: Dignity", "    name: 1").replace(
        "    name: Listening", "    name: 2"
    )
    assert ("values[0].name", 10) == (_error(text).path, _error(text).line)


# --- the version ------------------------------------------------------------------------


def test_newer_version() -> None:
    """A higher version is refused as written by a newer vcm."""
    error = _error(_changed("vcm: 1", "vcm: 2"))
    expected = (UnsupportedVersionError, "vcm", 1, True)
    assert expected == (type(error), error.path, error.line, "written by a newer vcm" in str(error))


@pytest.mark.parametrize("version", ["0", "-1", "one", "1.0", "true", "'1'", "null"])
def test_garbage_version(version: str) -> None:
    """A version that is not a positive whole number is a format error, not a newer one."""
    error = _error(_changed("vcm: 1", f"vcm: {version}"))
    expected = (FileFormatError, "vcm", 1, True)
    assert expected == (
        type(error),
        error.path,
        error.line,
        "must be the format version 1" in str(error),
    )


def test_missing_version() -> None:
    """A document without vcm: 1 is refused with a hint."""
    error = _error(BASE.replace("vcm: 1\n", "", 1))
    expected = (FileFormatError, "vcm", "the key 'vcm: 1' is missing: is this a vcm model?")
    assert expected == (type(error), error.path, error.reason)


# --- what is not a document at all -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt", "line", "words"),
    [
        ("vcm: 1\norganisation: [id: x\n", "yaml", 3, "not valid YAML"),
        ("vcm: 1\n  organisation: x\n bad", "yaml", 2, "not valid YAML"),
        (
            '{"vcm": 1,\n  "organisation": }',
            "json",
            2,
            "not valid JSON: Expecting value (column 19)",
        ),
        ('{"vcm": 1,\n\n "x": [1, 2}', "json", 3, "not valid JSON"),
        ("---\na: 1\n---\nb: 2\n", "yaml", 3, "not valid YAML"),
    ],
)
def test_malformed(text: str, fmt: str, line: int, words: str) -> None:
    """Malformed YAML or JSON is a format error with the line and the column."""
    error = _error(text, fmt)
    assert (FileFormatError, line, True) == (type(error), error.line, words in str(error))


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize("text", ["", "   \n\n", "\ufeff"])
def test_empty(fmt: str, text: str) -> None:
    """An empty file says so."""
    error = _error(text, fmt)
    assert (FileFormatError, "the file is empty") == (type(error), error.reason)


def test_only_comments_is_empty() -> None:
    """A YAML file with only comments holds no document."""
    assert "the file is empty" == _error("# nothing here\n").reason


@pytest.mark.parametrize(
    ("text", "fmt", "found"),
    [
        ("- a\n- b\n", "yaml", "a list"),
        ("just text", "yaml", "the text 'just text'"),
        ("42", "json", "the number 42"),
    ],
)
def test_not_a_mapping(text: str, fmt: str, found: str) -> None:
    """A document that is not a mapping is refused, saying what it is."""
    error = _error(text, fmt)
    expected = f"the document must be a mapping (vcm: 1, organisation: ...), not {found}"
    assert (FileFormatError, expected) == (type(error), error.reason)


def test_duplicate_key_in_json() -> None:
    """A key given twice in a JSON object is an error with its path and line."""
    text = '{"vcm": 1,\n "organisation": {"id": "x",\n   "name": "a",\n   "name": "b"}}'
    error = _error(text, "json")
    expected = (FileFormatError, "organisation.name", 4, "the key 'name' is given twice")
    assert expected == (type(error), error.path, error.line, error.reason)


def test_json_errors_have_lines() -> None:
    """Errors found after parsing JSON get the line too (for files of ordinary size)."""
    text = io.dumps(io.loads(BASE), "json").replace('"level": 3', '"level": "3"')
    error = _error(text, "json")
    line = text.splitlines().index('          "level": "3",') + 1
    assert ("task_areas[0].matrix[0].level", line) == (error.path, error.line)


def test_not_utf8() -> None:
    """Bytes that are not UTF-8 are refused with the offset and line."""
    error = _error(BASE.encode("utf-8").replace(b"Dignity\n", b"Dign\xefty\n", 1))
    assert (FileFormatError, 10, True) == (
        type(error),
        error.line,
        "not UTF-8 text: byte 0xef" in error.reason,
    )


def test_utf8_byte_order_mark_is_fine() -> None:
    """A UTF-8 byte order mark at the start is read past."""
    assert "harbour" == io.loads(b"\xef\xbb\xbf" + BASE.encode()).id


def test_raw_control_character() -> None:
    """A raw control character is refused by the YAML reader, with its line."""
    error = _error(_changed("    name: Dignity", "    name: Dig\x07nity"))
    assert (FileFormatError, 10, True) == (type(error), error.line, "'\\x07'" in error.reason)


# --- limits ------------------------------------------------------------------------------

# Nine levels of nine aliases each: about 10**9 nodes once expanded, from a few hundred bytes.
LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_billion_laughs() -> None:
    """A document whose aliases expand to a billion nodes is refused."""
    error = _error(LAUGHS)
    assert (LimitExceededError, True) == (type(error), "aliases expand" in error.reason)


def test_an_alias_to_itself() -> None:
    """A recursive alias is refused."""
    error = _error("vcm: 1\na: &a [x, *a]\n")
    assert (LimitExceededError, "a", 2) == (type(error), error.path, error.line)


def test_a_few_aliases_are_fine() -> None:
    """Ordinary use of anchors and aliases loads."""
    text = _changed("    values: [dignity]", "    values: &v [dignity]")
    text += "  - id: p-002\n    name: Bram\n    task_areas: *v\n"
    assert ("dignity",) == io.loads(text).people[1].task_areas


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_over_size(fmt: str) -> None:
    """A document over max_bytes is refused before it is parsed."""
    text = io.dumps(io.loads(BASE), fmt)
    error = _error(text, fmt, max_bytes=100)
    assert (LimitExceededError, True) == (
        type(error),
        "larger than the limit of 100 bytes" in error.reason,
    )


def test_size_counts_bytes_not_characters() -> None:
    """The size limit is in UTF-8 bytes, also for text given as str."""
    text = _changed("    name: Dignity", "    name: " + "é" * 100)
    size = len(text.encode())
    assert (LimitExceededError, "harbour") == (
        type(_error(text, max_bytes=size - 1)),
        io.loads(text, max_bytes=size).id,
    )


def test_deep_nesting() -> None:
    """A deeply nested document is refused as a limit, not a crash."""
    for text, fmt in (("[" * 100_000 + "]" * 100_000, "json"), ("a: " + "[" * 5000, "yaml")):
        assert isinstance(_error(text, fmt), FileFormatError)


def test_too_many_digits() -> None:
    """A number with more digits than Python converts is a format error."""
    assert isinstance(_error('{"vcm": ' + "1" * 5000 + "}", "json"), FileFormatError)
    assert isinstance(_error("vcm: " + "1" * 5000), FileFormatError)


# --- formats -----------------------------------------------------------------------------


def test_unknown_format_name() -> None:
    """An unknown format name is refused, naming the known ones."""
    with pytest.raises(UnknownFormatError, match="reads and writes yaml and json"):
        io.loads(BASE, "xml")


def test_unknown_suffix(tmp_path: object) -> None:
    """A path with an unknown suffix is refused, naming the known suffixes."""
    with pytest.raises(UnknownFormatError, match=r"\.yaml, \.yml, \.json") as caught:
        io.load("model.txt")
    assert "model.txt" == caught.value.file


def test_from_dict_errors_are_located() -> None:
    """from_dict names the path of a problem, and the file when given one."""
    tree = io.to_dict(io.loads(BASE))
    tree["people"][0]["assessments"][0]["date"] = "soon"
    with pytest.raises(FileFormatError) as caught:
        io.from_dict(tree, file="hr-system")
    error = caught.value
    assert ("hr-system", "people[0].assessments[0].date", None) == (
        error.file,
        error.path,
        error.line,
    )
