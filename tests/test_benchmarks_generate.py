"""The benchmarks: a deterministic, valid generator of the promised sizes, and the runner."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.generate import AS_OF, count_elements, generate, main
from benchmarks.run import Bench, NotYet, Outcome, run
from benchmarks.run import main as run_main

from vcm import MonitoringKind, Organisation, Purpose

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def small() -> Organisation:
    """The small organisation with seed 0, generated once for the module."""
    return generate("small", seed=0)


def test_same_seed_gives_equal_organisations(small: Organisation) -> None:
    """Generating twice with one seed gives equal organisations."""
    assert generate("tiny", seed=7) == generate("tiny", seed=7)
    assert small == generate("small", seed=0)


def test_different_seeds_give_different_organisations() -> None:
    """Another seed gives another organisation."""
    assert generate("tiny", seed=0) != generate("tiny", seed=1)


def test_output_does_not_depend_on_the_hash_seed() -> None:
    """Two processes with different hash seeds generate the same organisation."""
    code = "from benchmarks.generate import generate; print(repr(generate('tiny', seed=3)))"
    outputs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(
    ("size", "counts"),
    [("tiny", (2, 10, 12)), ("small", (10, 200, 40))],
)
def test_sizes_have_the_promised_counts(size: str, counts: tuple[int, int, int]) -> None:
    """Task areas, people and competences are as quality.md promises for the size."""
    org = generate(size)
    assert counts == (len(org.task_areas), len(org.people), len(org.competences))


def test_small_has_about_fifty_assessments_per_person(small: Organisation) -> None:
    """People in the small organisation have about 50 assessments each."""
    mean = statistics.mean(len(person.assessments) for person in small.people)
    assert 40 <= mean <= 60


def test_task_areas_have_the_realistic_shape(small: Organisation) -> None:
    """Every task area has results, responsibilities, a matrix and rules of the agreed size."""
    assert 5 <= len(small.values) <= 8
    for area in small.task_areas:
        assert 3 <= len(area.results) <= 6
        assert 10 <= len(area.matrix) <= 20
        assert 2 <= len(area.monitoring) <= 4
        kinds = {rule.kind for rule in area.monitoring}
        assert {MonitoringKind.QUANTITATIVE, MonitoringKind.QUALITATIVE} == kinds
        assert all(12 == len(rule.observations) for rule in area.monitoring)


def test_responsibilities_take_up_every_result_with_authority_and_competences(
    small: Organisation,
) -> None:
    """Each result is taken up; each responsibility has 1-3 authorities and 2-4 competences."""
    for area in small.task_areas:
        required = {row.competence for row in area.matrix}
        taken = {result for resp in area.responsibilities for result in resp.results}
        assert {result.id for result in area.results} == taken
        for resp in area.responsibilities:
            assert 1 <= len(resp.authorities) <= 3
            assert 2 <= len(resp.competences) <= 4
            assert set(resp.competences) <= required


def test_people_belong_to_one_or_two_areas_and_some_have_plans(small: Organisation) -> None:
    """People are in one or two task areas, and some have development actions."""
    assert {1, 2} == {len(person.task_areas) for person in small.people}
    assert any(person.development for person in small.people)


def test_unknown_size_is_refused_with_the_known_ones() -> None:
    """An unknown size names the sizes there are."""
    with pytest.raises(ValueError, match="unknown size 'huge'; known sizes: tiny, small, large"):
        generate("huge")


def test_count_elements_counts_every_model_object() -> None:
    """The organisation, its purpose, its scale and the scale's four levels are seven objects."""
    org = Organisation(id="o", name="O", purpose=Purpose(vision="V", mission="M"))
    assert 7 == count_elements(org)


def test_generated_small_model_has_no_errors(small: Organisation) -> None:
    """vcm.check finds no errors at all (structure or method) in a generated small model."""
    checks = pytest.importorskip("vcm.checks")
    report = checks.check(small, as_of=AS_OF)
    assert [] == [(finding.code, finding.path) for finding in report.errors]


def test_command_writes_a_json_file_that_loads_back(tmp_path: Path) -> None:
    """``python -m benchmarks.generate tiny -o x.json`` writes JSON that loads as the model."""
    io = pytest.importorskip("vcm.io")
    target = tmp_path / "tiny.json"
    assert 0 == main(["tiny", "--seed", "2", "-o", str(target)])
    assert 1 == json.loads(target.read_text(encoding="utf-8"))["vcm"]
    assert generate("tiny", seed=2) == io.load(target)


def _missed(bench: Bench, outcome: Outcome) -> None:
    outcome.vcm_s, outcome.baseline_s, outcome.ratio, outcome.met = 4.0, 1.0, 4.0, False


def _not_yet(bench: Bench, outcome: Outcome) -> None:
    raise NotYet("vcm.io is not there yet")


def _broken(bench: Bench, outcome: Outcome) -> None:
    raise RuntimeError("boom")


@pytest.fixture
def fake_benchmarks(monkeypatch: pytest.MonkeyPatch) -> None:
    """B1-B3 replaced by a missed goal, a missing module and a failure."""
    monkeypatch.setattr(
        "benchmarks.run.BENCHMARKS",
        {
            "B1": ("load JSON", "ratio <= 3", _missed),
            "B2": ("check per element", "ratio <= 1.2", _not_yet),
            "B3": ("gaps per element", "ratio <= 1.2", _broken),
        },
    )


@pytest.mark.usefixtures("fake_benchmarks")
def test_runner_says_why_a_benchmark_did_not_run(tmp_path: Path) -> None:
    """A missing module gives n/a with the reason; a failure counts as a missed goal."""
    bench = Bench(large="tiny", seed=0, repeat=1, folder=tmp_path)
    outcomes = run(["B2", "B3"], bench)
    expected = [
        ("B2", None, "n/a: vcm.io is not there yet"),
        ("B3", False, "failed: RuntimeError: boom"),
    ]
    assert expected == [(outcome.id, outcome.met, outcome.note) for outcome in outcomes]


@pytest.mark.usefixtures("fake_benchmarks")
def test_runner_prints_the_table_and_exits_1_on_a_miss_only_with_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table shows the figures; --check turns a missed goal into exit code 1."""
    target = tmp_path / "out.json"
    assert 0 == run_main(["--only", "b1", "--json", str(target)])
    lines = capsys.readouterr().out.splitlines()
    expected_row = "B1 load JSON  4.000  1.000       4.00   ratio <= 3  NO"
    assert expected_row == lines[-1]
    assert "ratio" in lines[1]
    written = json.loads(target.read_text(encoding="utf-8"))["outcomes"]
    assert [("B1", 4.0, False)] == [(row["id"], row["ratio"], row["met"]) for row in written]
    assert 1 == run_main(["--only", "B1", "--check"])
    assert 0 == run_main(["--only", "B2", "--check"])


def test_runner_refuses_an_unknown_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    """--only with an unknown id is a usage error naming the known ones."""
    with pytest.raises(SystemExit) as exit_info:
        run_main(["--only", "B99"])
    assert 2 == exit_info.value.code
    assert (
        "unknown benchmark B99; known: B1, B2, B3, B4, B5, B6, B7, B8, B9"
        in capsys.readouterr().err
    )


@pytest.mark.usefixtures("fake_benchmarks")
def test_quick_mode_fails_only_when_a_benchmark_breaks(capsys: pytest.CaptureFixture[str]) -> None:
    """--quick (CI) exits 0 on a missed goal or an n/a, 1 when a benchmark breaks."""
    assert 0 == run_main(["--quick", "--only", "B1,B2"])
    assert "quick" in capsys.readouterr().out
    assert 1 == run_main(["--quick", "--only", "B3"])


def test_file_benchmarks_run_on_the_tiny_model(tmp_path: Path) -> None:
    """B7 and B8 (both parts each) run and give a ratio; --only B7 names both parts."""
    bench = Bench(large="tiny", small="tiny", seed=0, repeat=1, folder=tmp_path, budget=0.0)
    outcomes = run(["B7W", "B7R", "B8", "B8C"], bench)
    assert [(o.id, o.note.startswith(("failed", "n/a"))) for o in outcomes] == [
        ("B7W", False),
        ("B7R", False),
        ("B8", False),
        ("B8C", False),
    ]
    assert all(o.ratio is not None and o.ratio > 0 for o in outcomes)
