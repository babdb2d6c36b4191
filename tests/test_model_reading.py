"""The method's reading rules (vcm.model.reading): each rule once, and what it answers."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from vcm.model import Assessment, Requirement, Responsibility, Value
from vcm.model.reading import (
    first_by_id,
    first_positions,
    first_rows,
    first_rows_at,
    latest_assessments,
    needed_by,
    required_levels,
    unique_by_id,
)

D1, D2 = dt.date(2026, 1, 1), dt.date(2026, 2, 1)


def test_the_first_of_two_duplicate_ids_is_the_one_found() -> None:
    """Of two values with one id, the first is found; the order is kept."""
    first, other, second = Value(id="a", name="A"), Value(id="b", name="B"), Value(id="a", name="Z")
    assert {"a": first, "b": other} == first_by_id([first, other, second])
    assert [first, other] == list(unique_by_id([first, other, second]))
    assert frozenset({0, 1}) == first_positions(["a", "b", "a"])


def test_more_lists_make_one_lookup() -> None:
    """``into`` adds to a lookup without replacing what it already holds."""
    found = first_by_id([Value(id="a", name="A")])
    first_by_id([Value(id="a", name="Z"), Value(id="b", name="B")], found)
    assert ["A", "B"] == [value.name for value in found.values()]


def test_the_first_matrix_row_of_a_competence_wins() -> None:
    """A competence listed twice in a matrix is read as its first row."""
    matrix = [
        Requirement(competence="c", level=3),
        Requirement(competence="d", level=1),
        Requirement(competence="c", level=2),
    ]
    assert {"c": 3, "d": 1} == required_levels(matrix)
    assert {"c": matrix[0], "d": matrix[1]} == first_rows(matrix)
    assert {"c": (0, matrix[0]), "d": (1, matrix[1])} == first_rows_at(matrix)


def test_a_level_is_the_latest_dated_assessment_the_last_listed_on_a_tie() -> None:
    """The latest date decides, whatever the order; on one date the last listed."""
    later = Assessment(competence="c", date=D2, level=1)
    earlier = Assessment(competence="c", date=D1, level=4)
    tie = Assessment(competence="c", date=D2, level=2)
    assert {"c": later} == latest_assessments([later, earlier])
    assert {"c": tie} == latest_assessments([earlier, later, tie])
    assert {} == latest_assessments([])


def test_a_responsibility_needs_each_competence_once() -> None:
    """Naming a competence twice in one responsibility counts once."""
    responsibilities = [
        Responsibility(id="r1", description="R1", competences=["c", "c", "d"]),
        Responsibility(id="r2", description="R2", competences=["c"]),
    ]
    assert {"c": 2, "d": 1} == needed_by(responsibilities)


@given(
    st.lists(st.tuples(st.sampled_from("abc"), st.integers(0, 5), st.integers(1, 4)), max_size=12)
)
def test_latest_is_the_last_of_the_stable_sort_by_date(rows: list[tuple[str, int, int]]) -> None:
    """Sorting by date keeps listed order on ties: the last of the sort is the latest."""
    assessments = [
        Assessment(competence=c, date=D1 + dt.timedelta(days=d), level=level)
        for c, d, level in rows
    ]
    expected: dict[str, Assessment] = {}
    for assessment in sorted(assessments, key=lambda a: a.date):
        expected[assessment.competence] = assessment
    assert expected == latest_assessments(assessments)
