"""vcm.analysis.gaps on hand-built models: every number a reader sees, worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from vcm.analysis import AssessmentState, Gap, NotFoundError, gaps
from vcm.errors import VcmError
from vcm.model import (
    Assessment,
    Competence,
    DevelopmentAction,
    Organisation,
    Person,
    Purpose,
    Requirement,
    Responsibility,
    TaskArea,
    Value,
)

COACHING = DevelopmentAction(
    competence="listening", kind="coaching", description="Coaching on summarising."
)
TRAINING_DONE = DevelopmentAction(
    competence="listening", kind="training", description="Course.", status="done"
)
PLANNING_COURSE = DevelopmentAction(
    competence="planning",
    kind="training",
    description="Planning course.",
    status="in_progress",
    due=date(2027, 1, 31),
)
CANCELLED = DevelopmentAction(
    competence="planning", kind="other", description="Dropped.", status="cancelled"
)


def organisation(*people: Person) -> Organisation:
    """North requires listening 3 and planning 2; South planning 3 and coaching 2."""
    north = TaskArea(
        id="north",
        name="North",
        responsibilities=[
            Responsibility(id="plan", description="Plans.", competences=["planning", "listening"]),
            # Naming listening twice still makes one responsibility that needs it.
            Responsibility(
                id="intake", description="Intake.", competences=["listening", "listening"]
            ),
        ],
        matrix=[
            Requirement(competence="listening", level=3),
            Requirement(competence="planning", level=2),
        ],
    )
    south = TaskArea(
        id="south",
        name="South",
        responsibilities=[
            Responsibility(id="roster", description="Rosters.", competences=["planning"])
        ],
        matrix=[
            Requirement(competence="planning", level=3),
            Requirement(competence="coaching", level=2),
        ],
    )
    return Organisation(
        id="org",
        name="Org",
        purpose=Purpose(vision="V.", mission="M."),
        values=[Value(id="dignity", name="Dignity", behaviours=["Asks."])],
        competences=[
            Competence(id="listening", name="Listening", kind="behavioural"),
            Competence(id="planning", name="Planning", kind="professional"),
            Competence(id="coaching", name="Coaching", kind="behavioural"),
        ],
        task_areas=[north, south],
        people=list(people),
    )


ANNA = Person(
    id="anna",
    name="Anna",
    task_areas=["north"],
    assessments=[
        Assessment(competence="listening", level=2, date=date(2026, 1, 1)),
        Assessment(competence="planning", level=3, date=date(2026, 2, 1)),
    ],
    development=[COACHING, TRAINING_DONE, PLANNING_COURSE, CANCELLED],
)
BRAM = Person(
    id="bram",
    name="Bram",
    task_areas=["north", "south"],
    assessments=[
        Assessment(competence="listening", level=3, date=date(2026, 1, 1)),
        Assessment(competence="listening", observable=False, date=date(2026, 5, 1)),
        # The same date twice: the one listed last is the later word.
        Assessment(competence="planning", level=1, date=date(2026, 3, 1)),
        Assessment(competence="planning", level=2, date=date(2026, 3, 1)),
    ],
)
CATO = Person(id="cato", name="Cato")


def gap(**fields: object) -> Gap:
    """A Gap with the defaults of an assessed row without actions."""
    defaults: dict[str, object] = {
        "state": AssessmentState.ASSESSED,
        "open_actions": (),
        "task_areas": ("north",),
    }
    return Gap(**{**defaults, **fields})


def test_gaps_of_everyone() -> None:
    """Each person's required competences, in the order of people and of their matrices."""
    expected = (
        gap(
            person="anna",
            person_name="Anna",
            competence="listening",
            competence_name="Listening",
            required=3,
            current=2,
            gap=1,
            priority=2,
            assessed_on=date(2026, 1, 1),
            open_actions=(COACHING,),
        ),
        gap(
            person="anna",
            person_name="Anna",
            competence="planning",
            competence_name="Planning",
            required=2,
            current=3,
            gap=0,
            priority=0,
            assessed_on=date(2026, 2, 1),
            open_actions=(PLANNING_COURSE,),
        ),
        gap(
            person="bram",
            person_name="Bram",
            competence="listening",
            competence_name="Listening",
            required=3,
            current=None,
            state=AssessmentState.NOT_OBSERVABLE,
            gap=None,
            priority=None,
            assessed_on=date(2026, 5, 1),
        ),
        gap(
            person="bram",
            person_name="Bram",
            competence="planning",
            competence_name="Planning",
            required=3,
            current=2,
            gap=1,
            priority=2,
            assessed_on=date(2026, 3, 1),
            task_areas=("north", "south"),
        ),
        gap(
            person="bram",
            person_name="Bram",
            competence="coaching",
            competence_name="Coaching",
            required=2,
            current=None,
            state=AssessmentState.UNASSESSED,
            gap=None,
            priority=None,
            assessed_on=None,
            task_areas=("south",),
        ),
    )
    assert expected == gaps(organisation(ANNA, BRAM, CATO))


def test_task_area_reads_its_own_levels() -> None:
    """Within one task area the area's level, its responsibilities and only it are read."""
    expected = (
        gap(
            person="bram",
            person_name="Bram",
            competence="planning",
            competence_name="Planning",
            required=3,
            current=2,
            gap=1,
            priority=1,
            assessed_on=date(2026, 3, 1),
            task_areas=("south",),
        ),
        gap(
            person="bram",
            person_name="Bram",
            competence="coaching",
            competence_name="Coaching",
            required=2,
            current=None,
            state=AssessmentState.UNASSESSED,
            gap=None,
            priority=None,
            assessed_on=None,
            task_areas=("south",),
        ),
    )
    assert expected == gaps(organisation(ANNA, BRAM, CATO), task_area="south")


def test_task_area_shows_its_level_not_the_highest() -> None:
    """Bram's planning is met in North (level 2) though South asks 3."""
    found = gaps(organisation(ANNA, BRAM), task_area="north")
    expected = [("anna", "listening", 3, 1), ("anna", "planning", 2, 0)]
    expected += [("bram", "listening", 3, None), ("bram", "planning", 2, 0)]
    assert expected == [(g.person, g.competence, g.required, g.gap) for g in found]


def test_conveniences() -> None:
    """is_open, is_met and needs_assessment tell the three situations apart."""
    found = gaps(organisation(ANNA, BRAM))
    expected = [
        (True, False, False),
        (False, True, False),
        (False, False, True),
        (True, False, False),
        (False, False, True),
    ]
    assert expected == [(g.is_open, g.is_met, g.needs_assessment) for g in found]


def test_nobody_no_gaps() -> None:
    """People in no task area, or no people, give no gaps."""
    assert () == gaps(organisation(CATO))
    assert () == gaps(organisation())


def test_unknown_competence_is_named_by_id() -> None:
    """A matrix row for a competence the catalogue lacks (VCM101) shows its id as name."""
    area = TaskArea(id="a", name="A", matrix=[Requirement(competence="ghost", level=2)])
    org = Organisation(
        id="o",
        name="O",
        purpose=Purpose(vision="V.", mission="M."),
        task_areas=[area],
        people=[Person(id="p", name="P", task_areas=["a", "nowhere"])],
    )
    expected = [("ghost", "ghost", 2, ("a",))]
    found = gaps(org)
    assert expected == [(g.competence, g.competence_name, g.required, g.task_areas) for g in found]


def test_unknown_task_area() -> None:
    """An unknown task area is a VcmError and a KeyError naming the id and the known ones."""
    with pytest.raises(NotFoundError) as caught:
        gaps(organisation(ANNA), task_area="nort")
    expected = "no task area 'nort' (did you mean 'north'?); the task areas are: north, south"
    assert expected == str(caught.value)
    assert isinstance(caught.value, VcmError)
    assert isinstance(caught.value, KeyError)
