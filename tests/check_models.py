"""A minimal organisation that checks clean, and small helpers to break one thing in it.

The clean model, as of :data:`AS_OF`:

- ``values[0]`` dignity; ``competences[0]`` listening (serves dignity);
- ``task_areas[0]`` north: ``results[0]`` care-on-time, ``responsibilities[0]``
  visit-planning, ``matrix[0]`` listening at level 2, ``monitoring[0]`` punctuality
  (monthly, higher is better, target 95, threshold 85, read 96 on 2026-11-15);
- ``people[0..2]`` p1 (level 3), p2 and p3 (level 2), all in north.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from vcm import (
    Assessment,
    Authority,
    Behaviour,
    Competence,
    DevelopmentAction,
    MonitoringRule,
    Observation,
    Organisation,
    Person,
    Purpose,
    Requirement,
    Responsibility,
    Result,
    TaskArea,
    Value,
)

AS_OF = date(2026, 11, 29)


def value(**changes: Any) -> Value:
    """The value dignity, changed."""
    base = Value(id="dignity", name="Dignity", behaviours=("Asks what matters to the client.",))
    return attrs.evolve(base, **changes)


def competence(**changes: Any) -> Competence:
    """The competence listening (serves dignity), changed."""
    base = Competence(id="listening", name="Listening", kind="behavioural", values=("dignity",))
    return attrs.evolve(base, **changes)


def result(**changes: Any) -> Result:
    """The result care-on-time (serves dignity), changed."""
    base = Result(id="care-on-time", name="Care on time.", client="Client", values=("dignity",))
    return attrs.evolve(base, **changes)


def authority() -> Authority:
    """A delegated authority."""
    return Authority(description="May move a visit within the day.", kind="delegated")


def responsibility(**changes: Any) -> Responsibility:
    """The responsibility visit-planning: takes up care-on-time, needs listening."""
    base = Responsibility(
        id="visit-planning",
        description="Plans the visits and keeps them.",
        results=("care-on-time",),
        competences=("listening",),
        authorities=(authority(),),
    )
    return attrs.evolve(base, **changes)


def row(**changes: Any) -> Requirement:
    """The matrix row: listening at level 2, showing dignity."""
    base = Requirement(
        competence="listening",
        level=2,
        behaviours=(Behaviour(value="dignity", text="Asks about the client's day."),),
    )
    return attrs.evolve(base, **changes)


def rule(**changes: Any) -> MonitoringRule:
    """The rule punctuality: monthly, higher is better, target 95, threshold 85, read 96."""
    base = MonitoringRule(
        id="punctuality",
        kind="quantitative",
        indicator="Share of visits on time",
        frequency="monthly",
        owner="team coach",
        results=("care-on-time",),
        unit="%",
        direction="higher",
        target=95,
        threshold=85,
        observations=(Observation(date=date(2026, 11, 15), value=96),),
    )
    return attrs.evolve(base, **changes)


def stories(**changes: Any) -> MonitoringRule:
    """A qualitative rule on care-on-time, judged on track on 2026-11-01."""
    base = MonitoringRule(
        id="client-stories",
        kind="qualitative",
        indicator="Clients' stories",
        frequency="quarterly",
        owner="team",
        results=("care-on-time",),
        observations=(Observation(date=date(2026, 11, 1), status="on_track"),),
    )
    return attrs.evolve(base, **changes)


def area(**changes: Any) -> TaskArea:
    """The task area north with one of everything."""
    base = TaskArea(
        id="north",
        name="District North",
        results=(result(),),
        responsibilities=(responsibility(),),
        matrix=(row(),),
        monitoring=(rule(),),
    )
    return attrs.evolve(base, **changes)


def south(**changes: Any) -> TaskArea:
    """A second, complete task area (south) without members, reusing listening."""
    base = area(
        id="south",
        name="District South",
        results=(result(id="south-care"),),
        responsibilities=(responsibility(id="south-planning", results=("south-care",)),),
        monitoring=(rule(id="south-punctuality", results=("south-care",)),),
    )
    return attrs.evolve(base, **changes)


def assessed(
    competence_id: str = "listening", level: int | None = 2, on: date = date(2026, 6, 1)
) -> Assessment:
    """An assessment of ``on`` (``level=None``: could not be observed)."""
    return Assessment(competence=competence_id, date=on, level=level, observable=level is not None)


def action(competence_id: str = "listening", **changes: Any) -> DevelopmentAction:
    """A planned coaching action, due 2027-03-01."""
    base = DevelopmentAction(
        competence=competence_id,
        kind="coaching",
        description="Coaching on summarising the client's wish.",
        target_level=2,
        due=date(2027, 3, 1),
    )
    return attrs.evolve(base, **changes)


def person(person_id: str, level: int | None = 2, **changes: Any) -> Person:
    """A member of north assessed on listening at ``level``."""
    base = Person(
        id=person_id,
        name=f"Person {person_id}",
        task_areas=("north",),
        assessments=(assessed(level=level),),
    )
    return attrs.evolve(base, **changes)


def organisation(**changes: Any) -> Organisation:
    """The clean organisation, changed."""
    base = Organisation(
        id="harbour",
        name="Harbour Home Care",
        purpose=Purpose(vision="Living at home.", mission="Care that fits."),
        values=(value(),),
        competences=(competence(),),
        task_areas=(area(),),
        people=(person("p1", 3), person("p2"), person("p3")),
    )
    return attrs.evolve(base, **changes)


def with_area(**changes: Any) -> Organisation:
    """The clean organisation with north changed."""
    return organisation(task_areas=(area(**changes),))


def with_person(position: int, **changes: Any) -> Organisation:
    """The clean organisation with ``people[position]`` changed."""
    org = organisation()
    people = list(org.people)
    people[position] = attrs.evolve(people[position], **changes)
    return attrs.evolve(org, people=tuple(people))
