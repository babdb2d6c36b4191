"""gaps(org, person=...): one person's gaps, at the cost of one person."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from test_analysis_gaps import ANNA, BRAM, CATO, organisation
from vcm import dump, testing
from vcm.analysis import NotFoundError, gaps
from vcm.cli import main
from vcm.model import Organisation, Person


class Untouchable(Person):
    """A person whose id may be compared, and nothing else read once armed (a spy)."""

    __slots__ = ()
    armed = False

    def __getattribute__(self, name: str) -> Any:
        if Untouchable.armed and name in ("name", "task_areas", "assessments", "development"):
            raise AssertionError(f"read {name} of a person that was not asked for")
        return super().__getattribute__(name)


def untouchable(person_id: str) -> Person:
    return Untouchable(id=person_id, name=person_id.title(), task_areas=["north", "south"])


def test_one_persons_gaps_are_their_rows_of_everyones() -> None:
    """The rows of gaps(person=) are that person's rows of gaps(), in the same order."""
    org = organisation(ANNA, BRAM, CATO)
    everyone = gaps(org)
    for person in (ANNA, BRAM, CATO):
        expected = tuple(gap for gap in everyone if gap.person == person.id)
        assert expected == gaps(org, person=person.id)


def test_no_other_person_is_read() -> None:
    """The others' task areas, assessments and development are never read, only their ids."""
    org = organisation(untouchable("ada"), BRAM, untouchable("zeno"))
    Untouchable.armed = True
    try:
        with pytest.raises(AssertionError, match="read"):
            gaps(org)  # the spy works: everyone's gaps read the others
        assert {"bram"} == {gap.person for gap in gaps(org, person="bram")}
        assert {"bram"} == {gap.person for gap in gaps(org, person="bram", task_area="south")}
    finally:
        Untouchable.armed = False


def test_person_and_task_area_combine() -> None:
    """Both: the person's rows of the task area's view; none outside their task areas."""
    org = organisation(ANNA, BRAM)
    south = tuple(gap for gap in gaps(org, task_area="south") if gap.person == "bram")
    assert south
    assert south == gaps(org, person="bram", task_area="south")
    assert () == gaps(org, person="anna", task_area="south")


def test_the_first_of_two_people_with_one_id() -> None:
    """As everywhere: of two people sharing an id (VCM100), the first is the one read."""
    twin = Person(id="anna", name="Other Anna", task_areas=["south"])
    org = organisation(ANNA, twin)
    assert {"Anna"} == {gap.person_name for gap in gaps(org, person="anna")}
    assert gaps(org, person="anna") == tuple(g for g in gaps(org) if g.person == "anna")


def test_an_unknown_person_suggests_the_nearest() -> None:
    """An unknown id is a NotFoundError naming the nearest id and the known ones."""
    with pytest.raises(NotFoundError) as caught:
        gaps(organisation(ANNA, BRAM), person="ana")
    assert "no person 'ana' (did you mean 'anna'?); the persons are: anna, bram" == str(
        caught.value
    )
    with pytest.raises(NotFoundError, match="no task area 'nort'"):
        gaps(organisation(ANNA), person="anna", task_area="nort")


@settings(max_examples=30, deadline=None)
@given(testing.organisations())
def test_every_persons_gaps_add_up_to_everyones(org: Organisation) -> None:
    """For any model: the gaps of each first-of-its-id person, concatenated, are gaps()."""
    firsts = list(dict.fromkeys(person.id for person in org.people))
    assert gaps(org) == tuple(gap for pid in firsts for gap in gaps(org, person=pid))


def test_the_cli_shows_one_person(tmp_path: Path) -> None:
    """vcm gaps --person ID: that person's rows; an unknown id is bad input (exit 2)."""
    model = tmp_path / "model.yaml"
    dump(organisation(ANNA, BRAM, CATO), model)
    out = io.StringIO()
    assert 0 == main(["gaps", str(model), "--person", "bram", "--all", "--format", "json"], out=out)
    assert {"bram"} == {row["person"] for row in json.loads(out.getvalue())}
    assert 2 == main(["gaps", str(model), "--person", "brm"], out=io.StringIO())
