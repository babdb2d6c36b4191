"""A fuzz campaign: mutated example files and edge-valued models through every layer of vcm.

Every case is a document: a bundled example, read and mutated as a tree (deleted keys, swapped
types, dangling ids, duplicated entries, huge and odd numbers, hostile unicode, impossible
dates, deep nesting) or as text (anchors and aliases, tags, YAML 1.1 forms, tabs, a BOM, CRLF,
truncation, stray characters), written as YAML or JSON. The outcome required of each:

- loading gives an :class:`~vcm.Organisation` or a :class:`~vcm.VcmError` that names its
  place (a path or a line; a bound on the whole document needs neither); never another
  exception, a hang or unbounded memory;
- a model that loads survives :func:`vcm.check`, every analysis, :func:`vcm.dumps` in both
  formats (and reads back equal), both exporters (a :class:`~vcm.VcmError`, such as the
  refusal of a wrong structure, is survival) and, once an importer for workbooks is
  registered, reads back from the workbook.

The test suite runs a CI-sized sample (tests/test_fuzz.py); before a release, run it long::

    nice -n 19 python -m benchmarks.fuzz --minutes 10 [--seed 1] [--json found.json]
    python -m benchmarks.fuzz --replay 1:4711        # one case again, with its traceback

It prints the counts tried (cases, loaded, refused) and every distinct finding with the case
that shows it; each case is reproducible from its seed and number.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime as dt
import io as _io
import json
import os
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Any, Final

import attrs

import vcm
from vcm import Organisation, VcmError, io, plugins
from vcm.errors import LimitExceededError

__all__ = [
    "AS_OF",
    "Case",
    "Finding",
    "case",
    "examine",
    "main",
    "survive",
]

AS_OF: Final = dt.date(2026, 11, 29)
EXAMPLES: Final = ("library", "thuiszorg")
CASE_SECONDS: Final = 60
"""A case taking longer than this is a finding (a hang) in the long run."""


@attrs.frozen
class Case:
    """One input: ``text`` in ``fmt``, made by ``how`` (the mutations) from case ``name``."""

    name: str
    fmt: str
    text: str
    how: tuple[str, ...]


@attrs.frozen
class Finding:
    """Something the campaign found: the stage, the exception and the case that shows it."""

    stage: str
    error: str
    case: str
    how: tuple[str, ...]
    detail: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """Findings with one key are one problem: the stage and the error, numbers blurred."""
        return self.stage, re.sub(r"\d+", "N", self.error)[:120]


# --- the documents --------------------------------------------------------------------


def _example_trees() -> dict[str, dict[str, Any]]:
    trees = {}
    for name in EXAMPLES:
        text = resources.files("vcm.examples").joinpath(f"{name}.yaml").read_text("utf-8")
        trees[name] = io.to_dict(io.loads(text))
    return trees


_TREES: Final = _example_trees()
_EXAMPLE: Final = io.from_dict(_TREES["library"])

HOSTILE_TEXTS: Final = (
    "",
    " ",
    "\t",
    "\n",
    "x\x00y",
    "\x1b[31mred",
    "\x7f",
    "\x85",
    "\u2028",
    "\u202eevil\u202c",
    "\u200b",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\ud800",
    "\udcff",
    "e\u0301\u0301\u0301\u0301\u0301",
    "👩🏽‍⚕️" * 3,
    "=SUM(A1:A3)",
    "+31 6 1234",
    "-1",
    "@user",
    "_x0041_",
    "a_x000D_b",
    "<w:p>&amp;</w:p>",
    "]]>",
    "${HOME}",
    "%s%n",
    "null",
    "~",
    "yes",
    "1:30",
    "0x1F",
    "2026-02-30",
    "& anchor",
    "*alias",
    "!tag",
    "x" * 40_000,
    "ij" * 5000 + "\n" * 200,
    "Zorg voor één cliënt — ’s nachts",
    "𝕏" * 300,
)
EDGE_NUMBERS: Final = (
    0,
    -0.0,
    -1,
    1,
    2,
    5,
    2**31,
    2**53,
    2**53 + 1,
    -(2**53) - 1,
    2**63,
    10**400,
    16**4000,
    1e308,
    -1e308,
    5e-324,
    float("inf"),
    float("-inf"),
    float("nan"),
    0.1 + 0.2,
    1234567.891,
    True,
    False,
)
ODD_DATES: Final = (
    "2026-02-30",
    "2026-13-01",
    "0000-01-01",
    "0001-01-01",
    "1899-12-30",
    "1900-02-29",
    "9999-12-31",
    "2026-1-1",
    "26-01-01",
    "2026-01-01T10:00:00",
    "2026-01-01 10:00:00+01:00",
    "tomorrow",
    dt.date(1, 1, 1),
    dt.date(9999, 12, 31),
    dt.date(1899, 12, 31),
    dt.datetime(2026, 1, 1, 10, 0),
)
ODD_VALUES: Final = (
    None,
    True,
    [],
    {},
    [None],
    {"": None},
    {"id": "x"},
    [[[]]],
    "",
    "x",
    0,
    1.5,
    dt.date(2026, 1, 1),
)
_REFERENCES: Final = frozenset(
    {"competence", "results", "values", "competences", "task_areas", "escalate_to", "owner"}
)
_TAGS: Final = (
    "!!int",
    "!!float",
    "!!bool",
    "!!null",
    "!!str",
    "!!map",
    "!!seq",
    "!!set",
    "!!omap",
    "!!pairs",
    "!!binary",
    "!!timestamp",
    "!!merge",
    "!!value",
    "!!python/object/apply:os.system",
    "!!python/name:builtins.print",
    "!local",
    "!",
    "!<tag:example.com,2026:x>",
)
_YAML_FORMS: Final = (
    "0x1f",
    "-0x" + "f" * 4000,
    "0x" + "f" * 4000,
    "0b101",
    "017",
    "1_000",
    "1:30",
    "190:20:30",
    "1:30.5",
    "yes",
    "Off",
    ".inf",
    "-.inf",
    ".nan",
    "1e5",
    "1.5e+3",
    "9" * 5000,
    "9007199254740993",
    "~",
    "",
    "<<",
    "=",
    "2026-02-30",
    "2026-01-01 25:00:00",
    "2026-01-01 10:00:00+99:00",
)


# --- tree mutations -------------------------------------------------------------------

Place = tuple[Any, ...]


def _places(tree: Any) -> Iterator[tuple[Place, Any]]:
    stack: list[tuple[Place, Any]] = [((), tree)]
    while stack:
        where, node = stack.pop()
        yield where, node
        if isinstance(node, dict):
            stack.extend(((*where, key), value) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend(((*where, i), value) for i, value in reversed(list(enumerate(node))))


def _holder(tree: Any, where: Place) -> Any:
    for step in where[:-1]:
        tree = tree[step]
    return tree


def _replace(tree: Any, where: Place, new: Any) -> Any:
    if not where:
        return new
    _holder(tree, where)[where[-1]] = new
    return tree


def _leaf(rng: random.Random, tree: Any, test: Callable[[Place, Any], bool]) -> Place | None:
    found = [where for where, value in _places(tree) if where and test(where, value)]
    return rng.choice(found) if found else None


def _delete_key(rng: random.Random, tree: Any) -> str:
    where = _leaf(rng, tree, lambda w, v: isinstance(v, dict) and bool(v))
    if where is None:
        return "nothing to delete"
    holder = _holder(tree, (*where, None))
    key = rng.choice(list(holder))
    del holder[key]
    return f"deleted {_shown((*where, key))}"


def _swap_type(rng: random.Random, tree: Any) -> str:
    where = _leaf(rng, tree, lambda w, v: True)
    assert where is not None
    new = rng.choice(ODD_VALUES + EDGE_NUMBERS[:8] + HOSTILE_TEXTS[:10])
    _replace(tree, where, copy.deepcopy(new))
    return f"{_shown(where)} = {new!r:.40}"


def _dangling(rng: random.Random, tree: Any) -> str:
    def is_reference(where: Place, value: Any) -> bool:
        keys = [step for step in where if isinstance(step, str)]
        return isinstance(value, str) and bool(keys) and keys[-1] in _REFERENCES

    where = _leaf(rng, tree, is_reference)
    if where is None:
        return "no reference"
    ids = [v for w, v in _places(tree) if w and w[-1] == "id" and isinstance(v, str)]
    new = rng.choice(["nope-404", "", " ", "Dignity", *ids])
    _replace(tree, where, new)
    return f"{_shown(where)} -> {new!r:.40}"


def _duplicate(rng: random.Random, tree: Any) -> str:
    where = _leaf(rng, tree, lambda w, v: isinstance(v, list) and bool(v))
    if where is None:
        return "no list"
    items = _holder(tree, (*where, None))
    index = rng.randrange(len(items))
    items.insert(rng.randrange(len(items) + 1), copy.deepcopy(items[index]))
    return f"duplicated {_shown((*where, index))}"


def _edge_number(rng: random.Random, tree: Any) -> str:
    where = _leaf(rng, tree, lambda w, v: type(v) in (int, float))
    if where is None:
        return "no number"
    new = rng.choice(EDGE_NUMBERS)
    _replace(tree, where, new)
    return f"{_shown(where)} = {_number(new)}"


def _hostile_text(rng: random.Random, tree: Any) -> str:
    where = _leaf(rng, tree, lambda w, v: isinstance(v, str))
    if where is None:
        return "no text"
    new = rng.choice(HOSTILE_TEXTS)
    if rng.random() < 0.5:
        new = _holder(tree, where)[where[-1]] + new
    _replace(tree, where, new)
    return f"{_shown(where)} = {new!r:.40}"


def _odd_date(rng: random.Random, tree: Any) -> str:
    where = _leaf(rng, tree, lambda w, v: w[-1] in ("date", "due"))
    if where is None:
        return "no date"
    new = rng.choice(ODD_DATES)
    _replace(tree, where, new)
    return f"{_shown(where)} = {new!s}"


def _deep(rng: random.Random, tree: Any) -> str:
    where = _leaf(rng, tree, lambda w, v: True)
    assert where is not None
    depth = rng.choice([10, 100, 400])
    new: Any = "x"
    for _ in range(depth):
        new = [new] if rng.random() < 0.5 else {"k": new}
    _replace(tree, where, new)
    return f"{_shown(where)} nested {depth} deep"


def _rename_key(rng: random.Random, tree: Any) -> str:
    where = _leaf(rng, tree, lambda w, v: isinstance(v, dict) and bool(v))
    if where is None:
        return "nothing to rename"
    holder = _holder(tree, (*where, None))
    key = rng.choice(list(holder))
    new = rng.choice([key.upper(), key + "s", key[:-1], "ID", "<<", "", " " + key, key + "\u200b"])
    if new not in holder:
        holder[new] = holder.pop(key)
    return f"renamed {_shown((*where, key))} to {new!r}"


def _shuffle(rng: random.Random, tree: Any) -> str:
    where = _leaf(rng, tree, lambda w, v: isinstance(v, list) and len(v) > 1)
    if where is None:
        return "no list"
    rng.shuffle(_holder(tree, (*where, None)))
    return f"shuffled {_shown(where)}"


TREE_MUTATIONS: Final = (
    _delete_key,
    _swap_type,
    _dangling,
    _duplicate,
    _edge_number,
    _hostile_text,
    _odd_date,
    _deep,
    _rename_key,
    _shuffle,
)


# --- text mutations -------------------------------------------------------------------

_SCALAR_LINE: Final = re.compile(r"^(\s*(?:- )?[\w-]+: )([^&*!\[{'\"|>\n][^\n]*)$", re.M)


def _scalar_lines(text: str) -> list[re.Match[str]]:
    return list(_SCALAR_LINE.finditer(text))


_JSON_NUMBERS: Final = (
    "9" * 5000,
    "-" + "9" * 400,
    "9007199254740993",
    "1e400",
    "-1e400",
    "NaN",
    "Infinity",
    "-0",
    "0.0000000000000000000001",
    "1E2",
    "1" + "0" * 17,
    "-9007199254740992",
)
_STRAY: Final = (*":-[]{}&*!|>'\"%@`#,?\t\x00\x1b\u2028\ud800🙂", "\n  ")


def _anchor_alias(rng: random.Random, text: str, fmt: str) -> tuple[str, str]:
    lines = _scalar_lines(text)
    if fmt != "yaml" or len(lines) < 2:
        return text, "no scalar"
    kind = rng.choice(["alias", "self", "laughs", "long", "undefined"])
    first, second = sorted(rng.sample(lines, 2), key=lambda m: m.start())
    if kind == "alias":
        new = f"{second.group(1)}*a"
        anchored = f"{first.group(1)}&a {first.group(2)}"
    elif kind == "undefined":
        new, anchored = f"{second.group(1)}*nowhere", first.group(0)
    elif kind == "self":
        new, anchored = f"{second.group(1)}&s [*s]", first.group(0)
    elif kind == "long":
        value = "x" * rng.choice([1000, 100_000])
        anchored = f"{first.group(1)}&a {value}"
        new = second.group(1) + "[" + ", ".join(["*a"] * rng.choice([10, 1000])) + "]"
    else:
        levels = [f"&l0 [{', '.join(['x'] * 9)}]"]
        levels += [f"&l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 9)]
        anchored = first.group(0)
        new = second.group(1) + "[" + ", ".join(levels) + "]"
    text = text[: second.start()] + new + text[second.end() :]
    text = text[: first.start()] + anchored + text[first.end() :]
    return text, f"{kind} alias"


def _tag(rng: random.Random, text: str, fmt: str) -> tuple[str, str]:
    lines = _scalar_lines(text)
    if fmt != "yaml" or not lines:
        return text, "no scalar"
    line = rng.choice(lines)
    tag = rng.choice(_TAGS)
    value = line.group(2) if rng.random() < 0.7 else rng.choice(["[a]", "{a: 1}", "''", "x"])
    return text[: line.start()] + f"{line.group(1)}{tag} {value}" + text[line.end() :], tag


def _yaml_form(rng: random.Random, text: str, fmt: str) -> tuple[str, str]:
    lines = _scalar_lines(text)
    if not lines:
        return text, "no scalar"
    line = rng.choice(lines)
    form = rng.choice(_YAML_FORMS)
    if fmt == "json":
        return text, "json"
    return text[: line.start()] + f"{line.group(1)}{form}" + text[line.end() :], f"{form:.20}"


def _json_number(rng: random.Random, text: str, fmt: str) -> tuple[str, str]:
    numbers = list(re.finditer(r"(?<=: )-?\d+(?:\.\d+)?(?=[,\n])", text))
    if fmt != "json" or not numbers:
        return text, "no number"
    match = rng.choice(numbers)
    new = rng.choice(_JSON_NUMBERS)
    return text[: match.start()] + new + text[match.end() :], f"number {new:.20}"


def _escape(rng: random.Random, text: str, fmt: str) -> tuple[str, str]:
    quotes = [m.end() - 1 for m in re.finditer(r': "[^"\n]*"', text)]
    if not quotes:
        return text, "no quoted text"
    at = rng.choice(quotes)
    new = rng.choice(["\\ud800", "\\udcff", "\\u0000", "\\u001b", "\\ufffe", "\\x85", "\\N"])
    return text[:at] + new + text[at:], f"escape {new}"


def _deep_text(rng: random.Random, text: str, fmt: str) -> tuple[str, str]:
    lines = list(re.finditer(r'(?<=: )(?:"[^"\n]*"|[^\n]+)(?=,?\n)', text))
    if not lines:
        return text, "no scalar"
    line = rng.choice(lines)
    depth = rng.choice([50, 1000, 100_000])
    opening, closing = rng.choice([("[", "]"), ('{"k": ', "}")])
    if fmt == "yaml" and opening != "[":
        opening = "{k: "
    new = opening * depth + "1" + closing * depth
    return text[: line.start()] + new + text[line.end() :], f"nested {depth} deep"


def _whitespace(rng: random.Random, text: str, fmt: str) -> tuple[str, str]:
    kind = rng.choice(["tab", "bom", "crlf", "cr", "nel", "trailing"])
    if kind == "tab":
        lines = text.split("\n")
        index = rng.randrange(len(lines))
        lines[index] = re.sub(r"^ +", lambda m: "\t" * max(1, len(m.group()) // 2), lines[index])
        return "\n".join(lines), "tab indent"
    if kind == "bom":
        return "\ufeff" + text, "BOM"
    if kind == "crlf":
        return text.replace("\n", "\r\n"), "CRLF"
    if kind == "cr":
        return text.replace("\n", "\r"), "CR"
    if kind == "nel":
        return text.replace("\n", "\x85", rng.randrange(1, 5)), "NEL"
    return text + rng.choice([" ", "\n\n\n", "\t", "---\n", "...\n", "# end"]), "trailing"


def _damage(rng: random.Random, text: str, fmt: str) -> tuple[str, str]:
    kind = rng.choice(["truncate", "insert", "delete", "line"])
    at = rng.randrange(len(text) + 1)
    if kind == "truncate":
        return text[:at], f"truncated at {at}"
    if kind == "insert":
        char = rng.choice(_STRAY)
        return text[:at] + char + text[at:], f"inserted {char!r} at {at}"
    if kind == "delete":
        return text[:at] + text[at + 1 :], f"deleted the character at {at}"
    lines = text.split("\n")
    index = rng.randrange(len(lines))
    lines.insert(index, lines[index])
    return "\n".join(lines), f"line {index + 1} twice"


TEXT_MUTATIONS: Final = (
    _anchor_alias,
    _tag,
    _yaml_form,
    _json_number,
    _escape,
    _deep_text,
    _whitespace,
)


def case(seed: int | str, number: int) -> Case:
    """Case ``number`` of the campaign with ``seed``: the same arguments give the same case."""
    return mutated(random.Random(f"{seed}:{number}"), f"{seed}:{number}")


def mutated(rng: random.Random, name: str = "") -> Case:
    """A bundled example mutated by the choices of ``rng`` (hypothesis gives one it steers)."""
    example = rng.choice(EXAMPLES)
    tree = copy.deepcopy(_TREES[example])
    how: list[str] = [example]
    for _ in range(rng.choice([0, 1, 1, 1, 2, 3])):
        how.append(rng.choice(TREE_MUTATIONS)(rng, tree))
    fmt = rng.choice(["yaml", "yaml", "json"])
    text = _text(tree, fmt)
    if text is None:
        return Case(name, fmt, "", (*how, "not writable"))
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        mutate = rng.choice(TEXT_MUTATIONS if rng.random() < 0.85 else (_damage,))
        text, said = mutate(rng, text, fmt)
        how.append(said)
    return Case(name, fmt, text, tuple(how))


def _text(tree: Any, fmt: str) -> str | None:
    # Trees are written with PyYAML and json, not vcm: anything they can hold is fair input.
    import yaml

    try:
        if fmt == "json":
            return json.dumps(tree, indent=2, ensure_ascii=False, default=str)
        return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False, width=100)
    except (ValueError, RecursionError, yaml.YAMLError):
        return None


def _shown(where: Place) -> str:
    return ".".join(str(step) for step in where)[:60]


def _number(value: object) -> str:
    return f"a number of {value.bit_length()} bits" if isinstance(value, int) else repr(value)


# --- the oracle -----------------------------------------------------------------------


def _located(error: VcmError) -> bool:
    # A bound on the whole document (size, aliases, depth) or an empty one has no one place.
    return (
        error.path is not None
        or error.line is not None
        or isinstance(error, LimitExceededError)
        or error.reason == "the file is empty"
    )


def examine(
    item: Case, *, exporters: bool = True, command_line: bool = False
) -> tuple[str, list[Finding]]:
    """Load the case and, if it loads, put the model through every layer.

    With ``command_line``, ``vcm validate`` and ``vcm gaps`` read it from a file too and must
    exit 0, 1 or 2 (3 is an internal error). Returns the outcome (``loaded``, ``refused`` or
    ``skipped``) and what was found.
    """
    if not item.text:
        return "skipped", []
    findings: list[Finding] = []

    def found(stage: str, error: BaseException | str, detail: str = "") -> None:
        text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        findings.append(Finding(stage, text[:400], item.name, item.how, detail))

    if command_line:
        for command, said in _command_line(item):
            found(f"vcm {command} exits 3", said)

    try:
        org = io.loads(item.text, item.fmt, file=f"fuzz.{item.fmt}")
    except VcmError as error:
        if not _located(error):
            found("load: a VcmError without a place", error)
        return "refused", findings
    except _Timeout:
        raise
    except BaseException as error:
        if isinstance(error, KeyboardInterrupt):
            raise
        found("load", error, traceback.format_exc(limit=-3))
        return "refused", findings
    for stage, error, detail in survive(org, exporters=exporters):
        found(stage, error, detail)
    return "loaded", findings


def _command_line(item: Case) -> list[tuple[str, str]]:
    """The commands that ended in an internal error (exit code 3), and what they said."""
    from vcm import cli

    failed = []
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, f"model.{item.fmt}")
        with open(path, "w", encoding="utf-8", errors="surrogatepass") as file:
            file.write(item.text)
        for command in ("validate", "gaps"):
            said = _io.StringIO()
            with contextlib.redirect_stderr(said):
                code = cli.main([command, path, "--as-of", AS_OF.isoformat()], out=_io.StringIO())
            if code not in (0, 1, 2):
                failed.append((command, said.getvalue()[:400]))
    return failed


def survive(org: Organisation, *, exporters: bool = True) -> list[tuple[str, str, str]]:
    """What fails when ``org`` goes through every layer: (stage, error, traceback) each."""
    failures: list[tuple[str, str, str]] = []

    def stage(name: str, run: Callable[[], object], refusal: bool = False) -> object:
        try:
            return run()
        except VcmError as error:
            if not refusal:
                failures.append((name, f"{type(error).__name__}: {error}", ""))
            return None
        except _Timeout:
            raise
        except Exception as error:
            detail = traceback.format_exc(limit=-3)
            failures.append((name, f"{type(error).__name__}: {str(error)[:300]}", detail))
            return None

    report = stage("check", lambda: vcm.check(org, as_of=AS_OF))
    if report is not None:
        stage("check: the report as JSON", lambda: report.to_json())  # type: ignore[attr-defined]
        stage("check: the report as text", lambda: [f.message for f in report])  # type: ignore[attr-defined]
    stage("gaps", lambda: vcm.to_rows(vcm.gaps(org)))
    stage("coverage", lambda: vcm.to_rows(vcm.coverage(org)))
    stage("status", lambda: vcm.to_rows(vcm.status(org, as_of=AS_OF)))
    results = [result.id for area in org.task_areas for result in area.results]
    for result in results[:4]:
        stage("trace", lambda result=result: vcm.trace(org, result, as_of=AS_OF))
    for area in org.task_areas[:3]:
        values = [value.id for value in org.values][:2]
        chosen = [result.id for result in area.results][:2]
        stage("guide", lambda a=area, r=chosen, v=values: vcm.guide(org, a.id, results=r, values=v))
    stage("diff", lambda: vcm.diff(_EXAMPLE, org, include_people=True))
    stage("diff, the other way", lambda: vcm.diff(org, _EXAMPLE, include_people=True))
    for fmt in ("yaml", "json"):
        text = stage(f"dumps {fmt}", lambda fmt=fmt: io.dumps(org, fmt), refusal=True)
        if isinstance(text, str):
            again = stage(f"dumps {fmt}, then loads", lambda t=text, f=fmt: io.loads(t, f))
            if again is not None and again != org:
                failures.append((f"dumps {fmt}, then loads", "reads back different", ""))
    if exporters:
        for name, language in (("xlsx", "nl"), ("docx", "en")):
            stage(name, lambda n=name, lang=language: _export(org, n, lang), refusal=True)
    return failures


def _export(org: Organisation, name: str, language: str) -> None:
    try:
        exporter = plugins.get_exporter(name)
    except VcmError:  # not installed: nothing to survive
        return
    stream = _io.BytesIO()
    options = plugins.ExportOptions(language=language, include_people=True, as_of=AS_OF)
    exporter.export(org, stream, options)
    if name == "xlsx" and "xlsx" in plugins.importers():
        importer = plugins.get_importer("xlsx")
        stream.seek(0)
        back = importer.read(stream)
        if back != org:
            raise AssertionError("the workbook reads back different")


# --- the long run ---------------------------------------------------------------------


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def run(
    seed: int | str, *, seconds: float, first: int = 0, say: Callable[[str], None] = print
) -> tuple[Counter[str], dict[tuple[str, str], list[Finding]]]:
    """Cases from ``first`` on for ``seconds``: the counts and the findings by key."""
    counts: Counter[str] = Counter()
    found: dict[tuple[str, str], list[Finding]] = {}
    has_alarm = hasattr(signal, "SIGALRM")
    if has_alarm:
        signal.signal(signal.SIGALRM, _alarm)
    stop = time.monotonic() + seconds
    number = first
    while time.monotonic() < stop:
        item = case(seed, number)
        number += 1
        if has_alarm:
            signal.alarm(CASE_SECONDS)
        try:
            outcome, findings = examine(item, command_line=True)
        except _Timeout:
            outcome = "hang"
            findings = [Finding("hang", f"more than {CASE_SECONDS} s", item.name, item.how)]
        except MemoryError:
            outcome = "memory"
            findings = [Finding("memory", "MemoryError", item.name, item.how)]
        finally:
            if has_alarm:
                signal.alarm(0)
        counts["cases"] += 1
        counts[outcome] += 1
        counts[item.fmt] += 1
        for finding in findings:
            if finding.key not in found:
                say(f"found: [{finding.stage}] {finding.error[:200]} (case {finding.case})")
            found.setdefault(finding.key, []).append(finding)
    return counts, found


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; exit 1 if anything was found."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fuzz", description=__doc__)
    parser.add_argument("--minutes", type=float, default=1.0, help="how long (default 1)")
    parser.add_argument("--seed", default="1", help="the campaign's seed (default 1)")
    parser.add_argument("--first", type=int, default=0, help="the first case's number")
    parser.add_argument("--json", help="write the counts and findings to this file")
    parser.add_argument(
        "--memory-gib", type=float, default=4.0, help="address space bound (0: none)"
    )
    parser.add_argument("--replay", help="SEED:NUMBER: run one case and show its traceback")
    args = parser.parse_args(argv)
    if args.memory_gib:
        _bound_memory(args.memory_gib)
    if args.replay:
        seed, _, number = args.replay.rpartition(":")
        item = case(seed, int(number))
        print(f"case {item.name} ({item.fmt}): {'; '.join(item.how)}")
        outcome, findings = examine(item, command_line=True)
        print(outcome)
        for finding in findings:
            print(f"[{finding.stage}] {finding.error}\n{finding.detail}")
        return 1 if findings else 0
    started = time.monotonic()
    counts, found = run(args.seed, seconds=args.minutes * 60, first=args.first)
    elapsed = time.monotonic() - started
    print(
        f"\n{counts['cases']:,} cases in {elapsed:.0f} s (seed {args.seed}): "
        f"{counts['loaded']:,} loaded and went through every layer, {counts['refused']:,} "
        f"refused, {counts['skipped']:,} skipped; {counts['yaml']:,} YAML, "
        f"{counts['json']:,} JSON; {counts['hang']} hangs, {counts['memory']} out of memory"
    )
    print(f"{len(found)} distinct findings")
    for (stage, _), findings in sorted(found.items()):
        first = findings[0]
        print(f"- [{stage}] x{len(findings)}: {first.error[:300]}")
        print(f"  case {first.case}: {'; '.join(first.how)[:300]}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(
                {
                    "counts": dict(counts),
                    "seconds": round(elapsed),
                    "findings": [attrs.asdict(fs[0]) | {"count": len(fs)} for fs in found.values()],
                },
                out,
                indent=2,
                ensure_ascii=False,
            )
    return 1 if found else 0


def _bound_memory(gib: float) -> None:
    # A case that builds an unbounded model fails with MemoryError instead of taking the machine.
    try:
        import resource
    except ImportError:  # not on Windows
        return
    limit = int(gib * 2**30)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or hard > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


if __name__ == "__main__":
    sys.exit(main())
