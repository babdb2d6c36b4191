"""vcm.analysis.coverage: the matrix grid of each task area, its fill and its bench strength."""

from __future__ import annotations

from datetime import date

from vcm.analysis import Cell, Coverage, CoverageRow, coverage
from vcm.model import (
    Assessment,
    Behaviour,
    Organisation,
    Person,
    Purpose,
    Requirement,
    TaskArea,
    Value,
)

ON = date(2026, 6, 1)


def person(person_id: str, areas: list[str], **levels: int | None) -> Person:
    """A person with one assessment per competence (None: could not be observed)."""
    return Person(
        id=person_id,
        name=person_id.title(),
        task_areas=areas,
        assessments=[
            Assessment(competence=c, date=ON, level=level, observable=level is not None)
            for c, level in levels.items()
        ],
    )


def organisation() -> Organisation:
    """North: listening 3 (two cells), planning 2 (one cell), coaching 2 (none)."""
    north = TaskArea(
        id="north",
        name="North",
        matrix=[
            Requirement(
                competence="listening",
                level=3,
                behaviours=[
                    Behaviour(value="dignity", text="Asks about the day."),
                    Behaviour(value="ownership", text="Sums up the wish."),
                ],
            ),
            Requirement(
                competence="planning",
                level=2,
                behaviours=[Behaviour(value="ownership", text="Calls when a visit moves.")],
            ),
            Requirement(competence="coaching", level=2),
            # A second row of a competence (VCM100) is not read: the first one counts.
            Requirement(competence="listening", level=1),
        ],
    )
    return Organisation(
        id="o",
        name="O",
        purpose=Purpose(vision="V.", mission="M."),
        values=[
            Value(id="dignity", name="Dignity", behaviours=["Asks."]),
            Value(id="ownership", name="Ownership", behaviours=["Finishes."]),
        ],
        task_areas=[north, TaskArea(id="south", name="South")],
        people=[
            person("anna", ["north"], listening=3, planning=2, coaching=1),
            person("bram", ["north"], listening=4, planning=None),
            person("cato", ["south"], listening=4, planning=4, coaching=4),
        ],
    )


def test_grid_bench_and_counts() -> None:
    """Cells per value, members reaching the level, and what is thin, exactly."""

    def cells(competence: str, dignity: str | None, ownership: str | None) -> tuple[Cell, ...]:
        return (
            Cell(task_area="north", competence=competence, value="dignity", behaviour=dignity),
            Cell(task_area="north", competence=competence, value="ownership", behaviour=ownership),
        )

    expected = (
        Coverage(
            task_area="north",
            values=("dignity", "ownership"),
            members=("anna", "bram"),
            rows=(
                CoverageRow(
                    task_area="north",
                    competence="listening",
                    required=3,
                    cells=cells("listening", "Asks about the day.", "Sums up the wish."),
                    members=2,
                    reaching=("anna", "bram"),
                    projected=("anna", "bram"),
                ),
                CoverageRow(
                    task_area="north",
                    competence="planning",
                    required=2,
                    cells=cells("planning", None, "Calls when a visit moves."),
                    members=2,
                    reaching=("anna",),
                    projected=("anna",),
                ),
                CoverageRow(
                    task_area="north",
                    competence="coaching",
                    required=2,
                    cells=cells("coaching", None, None),
                    members=2,
                    reaching=(),
                ),
            ),
        ),
        Coverage(task_area="south", values=("dignity", "ownership"), members=("cato",), rows=()),
    )
    assert expected == coverage(organisation())


def test_summaries() -> None:
    """Filled and empty cells, single-person dependencies and uncovered competences."""
    north, south = coverage(organisation())
    assert (3, 3) == (north.filled, north.empty)
    assert ("planning",) == north.single_person
    assert ("coaching",) == north.uncovered
    assert [(2, 0, 2), (1, 1, 1), (0, 2, 0)] == [(r.filled, r.empty, r.bench) for r in north.rows]
    assert [(False, False), (True, False), (False, True)] == [
        (r.single_person, r.uncovered) for r in north.rows
    ]
    assert (0, 0, (), ()) == (south.filled, south.empty, south.single_person, south.uncovered)


def test_cell_lookup() -> None:
    """behaviour(competence, value) reads one cell; empty and absent cells are None."""
    north = coverage(organisation())[0]
    assert "Calls when a visit moves." == north.behaviour("planning", "ownership")
    assert north.behaviour("planning", "dignity") is None
    assert north.behaviour("ghost", "dignity") is None
    assert 6 == len(north.cells)


def test_no_task_areas() -> None:
    """An organisation without task areas has no coverage."""
    org = Organisation(id="o", name="O", purpose=Purpose(vision="V.", mission="M."))
    assert () == coverage(org)


def planned(
    person_: Person, competence: str, target: int | None, due: date | None, status: str
) -> Person:
    """``person_`` with one more development action."""
    from vcm.model import DevelopmentAction

    action = DevelopmentAction(
        competence=competence,
        kind="training",
        description="Training.",
        target_level=target,
        due=due,
        status=status,
    )
    return Person(
        id=person_.id,
        name=person_.name,
        task_areas=person_.task_areas,
        assessments=person_.assessments,
        development=(*person_.development, action),
    )


def test_projected_counts_open_actions_that_reach_the_level() -> None:
    """Listening 3: Ann reaches it now; Bob will by March, Cas's action aims too low,
    Dee's is done already (her assessment says 1), Eve's has no target level."""
    base = organisation()
    people = (
        person("ann", ["north"], listening=3),
        planned(person("bob", ["north"], listening=2), "listening", 3, date(2027, 3, 1), "planned"),
        planned(person("cas", ["north"], listening=1), "listening", 2, date(2027, 1, 1), "planned"),
        planned(person("dee", ["north"], listening=1), "listening", 3, date(2026, 1, 1), "done"),
        planned(person("eve", ["north"]), "listening", None, date(2027, 6, 1), "in_progress"),
        planned(person("fay", ["north"]), "listening", 4, None, "in_progress"),
    )
    org = Organisation(
        id=base.id,
        name=base.name,
        purpose=base.purpose,
        values=base.values,
        task_areas=base.task_areas[:1],
        people=people,
    )
    (north,) = coverage(org)
    listening = north.rows[0]
    assert ("ann",) == listening.reaching
    assert ("ann", "bob", "fay") == listening.projected
    assert 3 == listening.projected_bench
    assert date(2027, 3, 1) == listening.projected_by


def test_without_plans_the_projection_is_today() -> None:
    for area in coverage(organisation()):
        for row in area.rows:
            assert row.reaching == row.projected
            assert row.projected_by is None
