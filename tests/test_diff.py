"""``vcm.diff`` and ``vcm diff``: what changed between two versions of a model."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import vcm
from vcm import examples
from vcm.changes import Change, ChangeKind, describe, diff, to_json, to_markdown, to_text
from vcm.cli import main
from vcm.model import Organisation
from vcm.testing import organisations


@pytest.fixture(scope="module")
def org() -> Organisation:
    return examples.load("thuiszorg")


def area(org: Organisation, **changes: Any) -> Organisation:
    """``org`` with its first task area changed."""
    first = attrs.evolve(org.task_areas[0], **changes)
    return attrs.evolve(org, task_areas=(first, *org.task_areas[1:]))


def only(changes: tuple[Change, ...]) -> Change:
    assert 1 == len(changes), changes
    return changes[0]


def test_equal_models_have_no_changes(org: Organisation) -> None:
    assert vcm.diff is diff
    assert () == diff(org, org, include_people=True)


def test_a_changed_name(org: Organisation) -> None:
    change = only(diff(org, attrs.evolve(org, name="Thuiszorg Nieuw")))
    assert ChangeKind.CHANGED == change.kind
    assert ("organisation", "name") == (change.element, change.field)
    assert (org.name, "Thuiszorg Nieuw") == (change.old, change.new)


def test_purpose(org: Organisation) -> None:
    new = attrs.evolve(org, purpose=attrs.evolve(org.purpose, vision="Anders."))
    change = only(diff(org, new))
    assert ("purpose", "vision", "purpose") == (change.element, change.field, change.path)
    assert "Anders." == change.new


def test_a_removed_and_an_added_value(org: Organisation) -> None:
    removed = only(diff(org, attrs.evolve(org, values=org.values[1:])))
    assert ChangeKind.REMOVED == removed.kind
    assert ("value", org.values[0].id, org.values[0].name) == (
        removed.element,
        removed.id,
        removed.name,
    )
    assert "values[0]" == removed.path
    added = only(diff(attrs.evolve(org, values=org.values[1:]), org))
    assert ChangeKind.ADDED == added.kind
    assert f"Kernwaarden › {org.values[0].name}" == added.place("nl")


def test_a_renamed_id_is_removed_plus_added(org: Organisation) -> None:
    renamed = attrs.evolve(org.values[0], id="nieuw-id")
    changes = diff(org, attrs.evolve(org, values=(renamed, *org.values[1:])))
    assert [ChangeKind.REMOVED, ChangeKind.ADDED] == [change.kind for change in changes]


def test_value_behaviours_are_matched_by_text(org: Organisation) -> None:
    value = org.values[0]
    behaviours = ("Nieuw gedrag.", *value.behaviours[1:])
    new = attrs.evolve(org, values=(attrs.evolve(value, behaviours=behaviours), *org.values[1:]))
    changes = diff(org, new)
    assert [(ChangeKind.REMOVED, value.behaviours[0]), (ChangeKind.ADDED, "Nieuw gedrag.")] == [
        (change.kind, change.name) for change in changes
    ]
    assert {"value_behaviour"} == {change.element for change in changes}


def test_a_reordered_list_is_moved(org: Organisation) -> None:
    first, second, *rest = org.values
    change = only(diff(org, attrs.evolve(org, values=(second, first, *rest))))
    assert ChangeKind.MOVED == change.kind
    # One of the two left its place; positions are counted from 0.
    assert {(change.old, change.new)} <= {(0, 1), (1, 0)}
    assert "van plaats" in describe(change, "nl")


def test_competence_and_indicator_by_level(org: Organisation) -> None:
    competence = next(c for c in org.competences if c.indicators)
    indicator = competence.indicators[0]
    changed = attrs.evolve(indicator, behaviours=(*indicator.behaviours, "Extra."))
    new_competence = attrs.evolve(
        competence, name="Andere naam", indicators=(changed, *competence.indicators[1:])
    )
    competences = tuple(new_competence if c is competence else c for c in org.competences)
    changes = diff(org, attrs.evolve(org, competences=competences))
    assert [("competence", "name"), ("indicator_behaviour", None)] == [
        (change.element, change.field) for change in changes
    ]
    assert f"Niveau {indicator.level}" in changes[1].place("nl")
    assert "Andere naam" in changes[1].place("nl")


def test_the_scale(org: Organisation) -> None:
    level = org.scale.levels[0]
    levels = (attrs.evolve(level, name="Start"), *org.scale.levels[1:])
    change = only(diff(org, attrs.evolve(org, scale=vcm.Scale(levels))))
    assert ("level", "name", level.name, "Start") == (
        change.element,
        change.field,
        change.old,
        change.new,
    )
    assert "scale.levels[0]" == change.path


def test_results_and_task_areas(org: Organisation) -> None:
    ta = org.task_areas[0]
    result = attrs.evolve(ta.results[0], client="Mantelzorger")
    change = only(diff(org, area(org, results=(result, *ta.results[1:]))))
    assert ("result", "client", result.id) == (change.element, change.field, change.id)
    assert change.place("nl").startswith(f"{ta.name} › Resultaten › ")
    removed = only(diff(org, attrs.evolve(org, task_areas=org.task_areas[1:])))
    assert ("task_area", ChangeKind.REMOVED, ta.name) == (
        removed.element,
        removed.kind,
        removed.name,
    )


def test_an_authority_limit_and_escalation_are_changes_of_their_own(org: Organisation) -> None:
    ta = org.task_areas[0]
    index, responsibility = next((i, r) for i, r in enumerate(ta.responsibilities) if r.authorities)
    authority = attrs.evolve(
        responsibility.authorities[0], limit="tot één uur", escalate_to="teamleider"
    )
    new_responsibility = attrs.evolve(
        responsibility, authorities=(authority, *responsibility.authorities[1:])
    )
    responsibilities = list(ta.responsibilities)
    responsibilities[index] = new_responsibility
    changes = diff(org, area(org, responsibilities=tuple(responsibilities)))
    assert [("authority", "limit"), ("authority", "escalate_to")] == [
        (change.element, change.field) for change in changes
    ]
    assert {"tot één uur", "teamleider"} == {change.new for change in changes}
    assert "Bevoegdheden" in changes[0].place("nl")


def test_a_matrix_row_level_and_behaviour(org: Organisation) -> None:
    ta = org.task_areas[0]
    row = next(r for r in ta.matrix if r.behaviours)
    behaviour = attrs.evolve(row.behaviours[0], text="Vraagt eerst.")
    new_row = attrs.evolve(
        row, level=1 if row.level != 1 else 2, behaviours=(behaviour, *row.behaviours[1:])
    )
    matrix = tuple(new_row if r is row else r for r in ta.matrix)
    changes = diff(org, area(org, matrix=matrix))
    assert [("requirement", "level"), ("behaviour", "text")] == [
        (change.element, change.field) for change in changes
    ]
    competence = org.index.competences[row.competence].name
    value = org.index.values[row.behaviours[0].value].name
    assert f"{ta.name} › Matrix › {competence}" == changes[0].place("nl")
    assert f"{ta.name} › Matrix › {competence} › Kernwaarde › {value}" == changes[1].place("nl")
    assert "Vraagt eerst." == changes[1].new


def test_monitoring_rules(org: Organisation) -> None:
    ta = org.task_areas[0]
    rule = next(r for r in ta.monitoring if r.target is not None)
    new_rule = attrs.evolve(
        rule, target=rule.target + 1, threshold=1, frequency="weekly", owner="directeur"
    )
    monitoring = tuple(new_rule if r is rule else r for r in ta.monitoring)
    changes = diff(org, area(org, monitoring=monitoring))
    assert ["frequency", "owner", "target", "threshold"] == sorted(
        str(change.field) for change in changes
    )
    frequency = next(change for change in changes if change.field == "frequency")
    assert "weekly" == frequency.new
    assert "wekelijks" in describe(frequency, "nl")
    assert "weekly" in describe(frequency, "en")


def test_observations_by_date(org: Organisation) -> None:
    ta = org.task_areas[0]
    rule = next(r for r in ta.monitoring if r.observations)
    reading = vcm.Observation(date=dt.date(2030, 1, 1), status="on_track")
    if rule.kind is vcm.MonitoringKind.QUANTITATIVE:
        reading = vcm.Observation(date=dt.date(2030, 1, 1), value=1)
    new_rule = attrs.evolve(rule, observations=(*rule.observations, reading))
    monitoring = tuple(new_rule if r is rule else r for r in ta.monitoring)
    change = only(diff(org, area(org, monitoring=monitoring)))
    assert ("observation", ChangeKind.ADDED, "2030-01-01") == (
        change.element,
        change.kind,
        change.name,
    )


def people_changed(org: Organisation) -> Organisation:
    person = next(p for p in org.people if p.assessments)
    assessment = attrs.evolve(person.assessments[0], assessor="Nieuwe beoordelaar")
    new_person = attrs.evolve(
        person, assessments=(assessment, *person.assessments[1:]), development=()
    )
    return attrs.evolve(org, people=tuple(new_person if p is person else p for p in org.people))


def test_people_only_when_asked(org: Organisation) -> None:
    new = people_changed(org)
    assert () == diff(org, new)
    changes = diff(org, new, include_people=True)
    assert "assessment" in {change.element for change in changes}
    person = next(p for p in org.people if p.assessments)
    assessment = next(c for c in changes if c.element == "assessment")
    assert assessment.place("nl").startswith(f"{person.name} › Beoordelingen › ")


def test_json_is_the_documented_contract(org: Organisation) -> None:
    new = area(org, name="Wijkteam Noord-Oost")
    document = json.loads(to_json(diff(org, new)))
    assert [
        {
            "kind": "changed",
            "element": "task_area",
            "id": org.task_areas[0].id,
            "name": "Wijkteam Noord-Oost",
            "place": "Wijkteam Noord-Oost",
            "path": "task_areas[0]",
            "field": "name",
            "old": org.task_areas[0].name,
            "new": "Wijkteam Noord-Oost",
        }
    ] == document["changes"]


def test_dates_are_iso_in_json_and_words_in_text(org: Organisation) -> None:
    person = next(p for p in org.people if p.development and p.development[0].due)
    action = attrs.evolve(person.development[0], due=dt.date(2027, 3, 1))
    new_person = attrs.evolve(person, development=(action, *person.development[1:]))
    new = attrs.evolve(org, people=tuple(new_person if p is person else p for p in org.people))
    change = only(diff(org, new, include_people=True))
    assert "2027-03-01" == change.new
    assert "1 maart 2027" in describe(change, "nl")
    assert "1 March 2027" in describe(change, "en")


def test_text_and_markdown(org: Organisation) -> None:
    assert "geen wijzigingen" == to_text((), "nl")
    changes = diff(org, area(org, name="Anders"))
    text = to_text(changes, "nl")
    assert text.endswith("1 wijziging")
    markdown = to_markdown(
        changes, organisation=org.name, old_label="2025.yaml", new_label="2026.yaml", language="nl"
    )
    assert markdown.startswith(f"# Wijzigingen in {org.name}\n")
    assert "Vergeleken: 2025.yaml → 2026.yaml" in markdown
    assert "| naam | Anders | Wijkteam Noord | Anders |" in markdown


# --- the command --------------------------------------------------------------------------


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.fixture
def files(tmp_path: Path, org: Organisation) -> tuple[Path, Path]:
    old, new = tmp_path / "2025.yaml", tmp_path / "2026.json"
    vcm.dump(org, old)
    vcm.dump(area(people_changed(org), name="Anders"), new)
    return old, new


def test_command_exit_codes(files: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = files
    assert (0, "geen wijzigingen\n") == run("diff", str(old), str(old))
    code, out = run("diff", str(old), str(new))
    assert 1 == code
    assert "Gewijzigd: Anders: naam Wijkteam Noord → Anders" in out
    code, _ = run("diff", str(old), str(tmp_path / "missing.yaml"))
    assert 2 == code


def test_command_people_and_formats(files: tuple[Path, Path]) -> None:
    old, new = files
    _, plain = run("diff", str(old), str(new), "--format", "json")
    _, people = run("diff", str(old), str(new), "--format", "json", "--include-people")
    assert 1 == len(json.loads(plain)["changes"])
    assert 1 < len(json.loads(people)["changes"])
    code, markdown = run("diff", str(old), str(new), "--format", "markdown", "--language", "en")
    assert 1 == code
    assert "Compared: 2025.yaml → 2026.json" in markdown
    assert str(old.parent) not in markdown


# --- properties ---------------------------------------------------------------------------


def without_people(org: Organisation) -> Organisation:
    return attrs.evolve(org, people=())


@given(organisations(), organisations())
def test_empty_exactly_when_equal(a: Organisation, b: Organisation) -> None:
    assert () == diff(a, a, include_people=True)
    assert (a == b) == (not diff(a, b, include_people=True))
    assert (without_people(a) == without_people(b)) == (not diff(a, b))


@given(organisations(), st.randoms(use_true_random=False))
def test_shuffled_lists_are_moves_only(org: Organisation, random: Any) -> None:
    values = list(org.values)
    random.shuffle(values)
    shuffled = attrs.evolve(org, values=tuple(values))
    changes = diff(org, shuffled)
    assert {ChangeKind.MOVED} >= {change.kind for change in changes}
    assert (tuple(values) == org.values) == (not changes)
