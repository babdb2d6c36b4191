"""The bundled examples: they load, round-trip, keep their promises and check as intended."""

from __future__ import annotations

from datetime import date

import pytest

from vcm import examples
from vcm.checks import check
from vcm.io import dumps, loads
from vcm.model import (
    DEFAULT_SCALE,
    AuthorityKind,
    CompetenceKind,
    DevelopmentStatus,
    Language,
    MonitoringKind,
    ObservationStatus,
    Organisation,
)

AS_OF = date(2026, 11, 29)

# What each example shows on purpose, as listed in the comment at the top of its file.
DELIBERATE = {
    "thuiszorg": [("VCM502", "task_areas[0].monitoring[2]"), ("VCM404", "task_areas[1].matrix[0]")],
    "library": [],
}


def test_names() -> None:
    """The examples are the Dutch home-care organisation and the English library."""
    assert (("library", "thuiszorg"), "thuiszorg") == (examples.names(), examples.DEFAULT)


def test_load_gives_the_dutch_example_by_default() -> None:
    """load() without a name is Thuiszorg De Haven, in Dutch."""
    org = examples.load()
    assert ("thuiszorg-de-haven", Language.NL) == (org.id, org.language)


def test_unknown_example() -> None:
    """An unknown name is a VcmError (and a LookupError) naming the examples there are."""
    with pytest.raises(examples.UnknownExampleError, match="the examples are library, thuiszorg"):
        examples.load("bibliotheek")
    assert issubclass(examples.UnknownExampleError, LookupError)


@pytest.mark.parametrize("name", examples.names())
def test_text_and_path_agree(name: str) -> None:
    """text() is the content of the file path() names, a vcm: 1 document."""
    expected = examples.path(name).read_text(encoding="utf-8")
    assert (expected, True) == (examples.text(name), "\nvcm: 1\n" in expected)


@pytest.mark.parametrize("name", examples.names())
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_examples_round_trip(name: str, fmt: str) -> None:
    """Dumped and loaded again, an example is the same model."""
    org = examples.load(name)
    assert org == loads(dumps(org, fmt), format=fmt)


@pytest.mark.parametrize("name", examples.names())
def test_examples_check_as_intended(name: str) -> None:
    """As of 2026-11-29 there are no errors; only the findings the file announces."""
    report = check(examples.load(name), as_of=AS_OF)
    assert (True, DELIBERATE[name]) == (report.ok, [(f.code, f.path) for f in report])


def _complete(org: Organisation) -> dict[str, bool]:
    rules = [rule for area in org.task_areas for rule in area.monitoring]
    people = org.people
    return {
        "two task areas or more": len(org.task_areas) >= 2,
        "results in every task area": all(area.results for area in org.task_areas),
        "every kind of competence": {c.kind for c in org.competences} == set(CompetenceKind),
        "both kinds of authority": {
            authority.kind
            for area in org.task_areas
            for responsibility in area.responsibilities
            for authority in responsibility.authorities
        }
        == set(AuthorityKind),
        "both kinds of monitoring": {rule.kind for rule in rules} == set(MonitoringKind),
        "several readings per rule": all(len(rule.observations) >= 2 for rule in rules),
        "a full matrix": all(
            {b.value for b in row.behaviours} == {v.id for v in org.values}
            for area in org.task_areas
            for row in area.matrix
        ),
        "people assessed": all(person.assessments for person in people),
        "people developing": any(person.development for person in people),
        "an unobservable assessment": any(
            not a.observable for person in people for a in person.assessments
        ),
        "a person in two task areas": any(len(p.task_areas) >= 2 for p in people),
        "open and finished plans": {
            DevelopmentStatus.PLANNED,
            DevelopmentStatus.IN_PROGRESS,
            DevelopmentStatus.DONE,
        }
        <= {action.status for person in people for action in person.development},
    }


@pytest.mark.parametrize("name", examples.names())
def test_examples_are_complete(name: str) -> None:
    """Each example uses every part of the method and of the file format."""
    promises = _complete(examples.load(name))
    assert [] == [promise for promise, kept in promises.items() if not kept]


def test_thuiszorg_is_the_full_example() -> None:
    """Thuiszorg De Haven has the sizes its description promises, on the default scale."""
    org = examples.load("thuiszorg")
    statuses = {
        o.status for area in org.task_areas for rule in area.monitoring for o in rule.observations
    }
    expected = {
        "values": True,
        "competences": True,
        "people": True,
        "results per task area": True,
        "default scale": True,
        "readings at risk": True,
        "statement": True,
    }
    actual = {
        "values": 4 <= len(org.values) <= 5,
        "competences": 6 <= len(org.competences) <= 8,
        "people": 6 <= len(org.people) <= 10,
        "results per task area": all(len(area.results) >= 3 for area in org.task_areas),
        "default scale": org.scale == DEFAULT_SCALE,
        "readings at risk": ObservationStatus.AT_RISK in statuses,
        "statement": org.purpose.statement is not None,
    }
    assert expected == actual


def test_library_has_its_own_scale() -> None:
    """The library example shows a custom scale of three levels."""
    org = examples.load("library")
    expected = ([1, 2, 3], Language.EN)
    assert expected == ([level.level for level in org.scale], org.language)
