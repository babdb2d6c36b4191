"""Properties of vcm.analysis over every model vcm.testing generates, and the bundled examples."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vcm.analysis import (
    AssessmentState,
    coverage,
    gaps,
    guide,
    status,
    to_rows,
    trace,
)
from vcm.model import Organisation
from vcm.testing import broken_organisations, organisations

AS_OF = date(2026, 11, 29)
SCALARS = {str, int, float, bool, type(None)}


def assert_gaps_agree_with_the_index(org: Organisation) -> None:
    """Every gap says what the index says, and every required competence has one gap."""
    index = org.index
    found = gaps(org)
    expected = [
        (person.id, competence, level)
        for person in index.people.values()
        for competence, level in index.required_levels(person).items()
    ]
    assert expected == [(g.person, g.competence, g.required) for g in found]
    for gap in found:
        person = index.people[gap.person]
        latest = index.latest_assessment(gap.person, gap.competence)
        assert index.current_level(gap.person, gap.competence) == gap.current
        assert (None if latest is None else latest.date) == gap.assessed_on
        if gap.state is AssessmentState.ASSESSED:
            assert gap.gap is not None
            assert gap.gap >= 0
            assert max(0, gap.required - (gap.current or 0)) == gap.gap
            needs = index.responsibilities_needing(person, gap.competence)
            assert gap.gap * needs == gap.priority
        else:
            assert (None, None, None) == (gap.current, gap.gap, gap.priority)
            expected_state = (
                AssessmentState.UNASSESSED if latest is None else AssessmentState.NOT_OBSERVABLE
            )
            assert expected_state == gap.state
        expected_actions = tuple(
            a for a in person.development if a.competence == gap.competence and a.status.is_open
        )
        assert expected_actions == gap.open_actions


@given(organisations())
def test_gaps_cover_each_required_competence_once(org: Organisation) -> None:
    """One gap per person and required competence; never negative; priority = gap x needs."""
    assert_gaps_agree_with_the_index(org)


@pytest.mark.parametrize("code", ["VCM100", "VCM101", "VCM102"])
@given(data=st.data())
def test_gaps_agree_with_the_index_on_broken_models(code: str, data: st.DataObject) -> None:
    """Duplicate ids, dangling references and levels off the scale read as the index reads."""
    org = data.draw(broken_organisations(code))
    assert_gaps_agree_with_the_index(org)


@given(organisations())
def test_gaps_of_a_task_area_are_its_members_and_rows(org: Organisation) -> None:
    """Within a task area: each member times each competence of its matrix, at its level."""
    index = org.index
    for area_id in index.task_areas:
        required = index.required_in(area_id)
        expected = [
            (person.id, competence, level, (area_id,))
            for person in index.members(area_id)
            for competence, level in required.items()
        ]
        found = gaps(org, task_area=area_id)
        assert expected == [(g.person, g.competence, g.required, g.task_areas) for g in found]


@given(organisations())
def test_status_is_each_rules_own(org: Organisation) -> None:
    """One state per rule, in order, with the rule's own status and deciding reading."""
    expected = [
        (area.id, rule, *rule.status(AS_OF)) for area in org.task_areas for rule in area.monitoring
    ]
    found = status(org, as_of=AS_OF)
    assert expected == [(s.task_area, s.rule, s.status, s.observation) for s in found]


@given(organisations())
def test_coverage_bench_is_who_reaches_the_level(org: Organisation) -> None:
    """Rows are the matrix's competences; reaching are the members at or above the level."""
    index = org.index
    for area_coverage in coverage(org):
        required = index.required_in(area_coverage.task_area)
        assert list(required.items()) == [(r.competence, r.required) for r in area_coverage.rows]
        members = index.members(area_coverage.task_area)
        for row in area_coverage.rows:
            expected = tuple(
                p.id
                for p in members
                if (index.current_level(p.id, row.competence) or 0) >= row.required
            )
            assert expected == row.reaching
            assert len(org.values) == len(row.cells)
            assert len(row.cells) == row.filled + row.empty


@given(organisations(as_of=AS_OF))
def test_clean_models_have_a_bench_of_two(org: Organisation) -> None:
    """A model check finds nothing in has no single-person dependency and nothing uncovered."""
    for area_coverage in coverage(org):
        assert ((), ()) == (area_coverage.single_person, area_coverage.uncovered)


@given(broken_organisations("VCM404"))
def test_a_single_person_dependency_shows(org: Organisation) -> None:
    """Where check reports VCM404, coverage marks a single-person dependency."""
    assert any(c.single_person for c in coverage(org))


@given(organisations())
def test_rows_share_keys_and_hold_scalars(org: Organisation) -> None:
    """Every kind of row has the same keys in every row and only plain scalar values."""
    tables = [
        to_rows(gaps(org)),
        to_rows(status(org, as_of=AS_OF)),
        to_rows(coverage(org)),
        to_rows(cell for c in coverage(org) for cell in c.cells),
    ]
    for rows in tables:
        assert len({tuple(row) for row in rows}) <= 1
        assert set() == {type(v) for row in rows for v in row.values()} - SCALARS


@given(organisations())
def test_trace_and_guide_read_every_result_and_task_area(org: Organisation) -> None:
    """Each result traces to its own task area; each task area's guide holds all of it."""
    index = org.index
    for result_id, area in index.area_of_result.items():
        found = trace(org, result_id, as_of=AS_OF)
        assert (area.id, index.results[result_id]) == (found.task_area, found.result)
        assert len(found.rules) == len(found.states)
    for area in org.task_areas:
        card = guide(org, area.id, as_of=AS_OF)
        assert (area.results, area.responsibilities, area.monitoring) == (
            card.results,
            card.responsibilities,
            card.rules,
        )
        assert [v.id for v in org.values] == [g.value.id for g in card.values]


def test_bundled_examples_guide_every_task_area() -> None:
    """On each bundled example a task area's guide has behaviours, responsibilities, authorities."""
    examples = pytest.importorskip("vcm.examples")
    for name in examples.names():
        org = examples.load(name)
        for area in org.task_areas:
            card = guide(org, area.id, as_of=AS_OF)
            assert any(g.matrix for g in card.values), (name, area.id)
            assert any(g.behaviours for g in card.values), (name, area.id)
            assert card.responsibilities, (name, area.id)
            assert card.authorities, (name, area.id)
        assert gaps(org)
