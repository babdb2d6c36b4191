"""vcm.testing.organisations(consistent=False): models valid object by object only."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import Phase, find, given, settings

from vcm import Organisation, check, io, testing

LOOSE = testing.organisations(consistent=False)


def _points_nowhere(org: Organisation) -> bool:
    known = {competence.id for competence in org.competences}
    return any(row.competence not in known for area in org.task_areas for row in area.matrix)


def test_loose_models_reach_structure_errors() -> None:
    """Unlike the consistent ones, they may point nowhere (VCM101)."""
    found = find(
        LOOSE,
        _points_nowhere,
        settings=settings(max_examples=200, database=None, phases=[Phase.generate]),
    )
    assert "VCM101" in {f.code for f in check(found, as_of=dt.date(2026, 1, 1))}


@settings(max_examples=20, deadline=None)
@given(LOOSE)
def test_loose_models_round_trip(org: Organisation) -> None:
    """Whatever the constructors accept, the file carries through."""
    assert org == io.loads(io.dumps(org, "json"), "json")


def test_as_of_needs_a_consistent_model() -> None:
    """A clean model as of a date is a consistent one: asking for both is refused."""
    with pytest.raises(ValueError, match="consistent=True"):
        testing.organisations(consistent=False, as_of=dt.date(2026, 1, 1))
