"""``vcm init --blank``: a starter to fill in, whose findings say what is still missing."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from vcm import examples, load
from vcm.cli import _parser, main

AS_OF = "2026-11-29"
SCHEMA_LINE = "# yaml-language-server: $schema=vcm.schema.json\n"
# What a blank starter still lacks, one finding each: the method's questions unanswered.
TO_FILL_IN = {
    "VCM207": "values[0]",  # a value without behaviours
    "VCM201": "task_areas[0].results[0]",  # a result no responsibility takes up
    "VCM203": "task_areas[0].results[0]",  # a result no rule watches
    "VCM202": "task_areas[0].responsibilities[0]",  # a responsibility without authority
    "VCM300": "task_areas[0].matrix",  # a value shown in no row of the matrix
    "VCM301": "task_areas[0].results[0]",  # a result serving no value
    "VCM303": "competences[0]",  # a competence no task area requires
    "VCM304": "task_areas[0].responsibilities[0]",  # a responsibility needing no competence
    "VCM305": "competences[0]",  # a competence realising no value
}
COMMENT_WORDS = {"en": "Fill it in from the top down", "nl": "Vul hem van boven naar beneden in"}


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_blank_starter_loads_and_lists_what_to_fill_in(tmp_path: Path, language: str) -> None:
    """It loads; validate exits 1 with one finding per thing still to fill in."""
    path = tmp_path / "new.yaml"
    assert (0, f"wrote {path} (blank starter, {language})\n") == run(
        "init", "--blank", str(path), "--language", language
    )
    text = path.read_text(encoding="utf-8")
    assert text.startswith(SCHEMA_LINE)
    assert COMMENT_WORDS[language] in text
    org = load(path)
    assert language == org.language.value
    code, out = run("validate", str(path), "--as-of", AS_OF, "--format", "json")
    assert 1 == code
    found = {(finding["code"], finding["path"]) for finding in json.loads(out)["findings"]}
    assert set(TO_FILL_IN.items()) == found


def test_the_blank_starter_is_english_by_default_and_not_written_twice(tmp_path: Path) -> None:
    """Without --language the starter is English; an identical file is left alone."""
    path = tmp_path / "vcm.yaml"
    assert 0 == run("init", "--blank", str(path))[0]
    assert "en" == load(path).language.value
    assert (0, f"{path} is the blank starter already\n") == run("init", "--blank", str(path))
    assert 2 == run("init", "--blank", str(path), "--language", "nl")[0]
    assert 0 == run("init", "--blank", str(path), "--language", "nl", "--force")[0]
    assert "nl" == load(path).language.value


@pytest.mark.parametrize(
    "argv",
    [
        ["--blank", "--example", "library"],
        ["--language", "nl"],
        ["--example", "library", "--language", "en"],
    ],
)
def test_conflicting_choices_are_bad_input(
    tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """--blank and --example exclude each other; --language goes with --blank only."""
    path = tmp_path / "x.yaml"
    assert 2 == run("init", str(path), *argv)[0]
    assert not path.exists()
    assert "vcm: error:" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_blank_starter_fits_the_schema(tmp_path: Path, language: str) -> None:
    """An editor pointed at the schema by the first line finds nothing wrong."""
    path = tmp_path / "new.yaml"
    run("init", "--blank", str(path), "--language", language)
    _, schema = run("schema")
    tree = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [] == list(Draft202012Validator(json.loads(schema)).iter_errors(tree))


def _commands() -> set[str]:
    subparsers = next(
        action for action in _parser()._actions if isinstance(action, argparse._SubParsersAction)
    )
    return set(subparsers.choices)


@pytest.mark.parametrize("name", examples.names())
def test_the_examples_name_only_commands_that_exist(name: str) -> None:
    """Every `vcm COMMAND` an example's comments mention is a command of vcm."""
    mentioned = set(re.findall(r"`vcm ([a-z-]+)", examples.text(name)))
    assert mentioned
    assert set() == mentioned - _commands()


@pytest.mark.parametrize("name", examples.names())
def test_the_examples_say_what_validate_shows(name: str) -> None:
    """The example's opening comment names the findings `vcm validate` shows, as of its date."""
    code, out = run("validate", str(examples.path(name)), "--as-of", AS_OF, "--format", "json")
    assert 0 == code
    codes = {finding["code"] for finding in json.loads(out)["findings"]}
    comment = examples.text(name).split("\nvcm: 1\n")[0]
    assert codes == set(re.findall(r"VCM\d{3}", comment))
    assert dt.date.fromisoformat(AS_OF).isoformat() in comment
