"""vcm.analysis.to_rows: flat rows that csv, json and pandas take as they are."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from vcm.analysis import coverage, gaps, status, to_rows
from vcm.model import (
    Assessment,
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
    TaskArea,
    Value,
)

AS_OF = date(2026, 11, 29)


def organisation() -> Organisation:
    """One task area, two people, one rule with a reading and one without."""
    area = TaskArea(
        id="north",
        name="North",
        responsibilities=[
            Responsibility(id="r", description="R.", competences=["listening"]),
        ],
        matrix=[
            Requirement(
                competence="listening",
                level=3,
                behaviours=[Behaviour(value="dignity", text='Asks; then "listens", calmly.')],
            )
        ],
        monitoring=[
            MonitoringRule(
                id="punctuality",
                kind="quantitative",
                indicator="On time",
                frequency="monthly",
                owner="coach",
                unit="%",
                direction="higher",
                target=95,
                threshold=85,
                results=["a", "b"],
                observations=[Observation(date=date(2026, 11, 1), value=90.5, note="Winter.")],
            ),
            MonitoringRule(
                id="stories", kind="qualitative", indicator="Stories", frequency="yearly", owner="t"
            ),
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
        competences=[Competence(id="listening", name="Listening", kind="behavioural")],
        task_areas=[area],
        people=[
            Person(
                id="anna",
                name="Anna de Vries",
                task_areas=["north"],
                assessments=[Assessment(competence="listening", level=1, date=date(2026, 6, 1))],
                development=[
                    DevelopmentAction(
                        competence="listening",
                        kind="coaching",
                        description="C.",
                        due=date(2027, 3, 1),
                    ),
                    DevelopmentAction(
                        competence="listening",
                        kind="training",
                        description="T.",
                        due=date(2027, 1, 15),
                        status="in_progress",
                    ),
                ],
            ),
            Person(id="bram", name="Bram", task_areas=["north"]),
        ],
    )


def test_gap_rows() -> None:
    """A row per gap: ids joined, dates as ISO text, actions counted with the next due date."""
    expected = [
        {
            "person": "anna",
            "person_name": "Anna de Vries",
            "competence": "listening",
            "competence_name": "Listening",
            "task_areas": "north",
            "required": 3,
            "current": 1,
            "state": "assessed",
            "gap": 2,
            "priority": 2,
            "assessed_on": "2026-06-01",
            "open_actions": 2,
            "next_due": "2027-01-15",
        },
        {
            "person": "bram",
            "person_name": "Bram",
            "competence": "listening",
            "competence_name": "Listening",
            "task_areas": "north",
            "required": 3,
            "current": None,
            "state": "unassessed",
            "gap": None,
            "priority": None,
            "assessed_on": None,
            "open_actions": 0,
            "next_due": None,
        },
    ]
    assert expected == to_rows(gaps(organisation()))


def test_rule_rows() -> None:
    """A row per rule with its status and the deciding reading (all None when there is none)."""
    expected = [
        {
            "task_area": "north",
            "rule": "punctuality",
            "kind": "quantitative",
            "indicator": "On time",
            "frequency": "monthly",
            "owner": "coach",
            "results": "a b",
            "unit": "%",
            "direction": "higher",
            "target": 95,
            "threshold": 85,
            "status": "at_risk",
            "observation_date": "2026-11-01",
            "observation_value": 90.5,
            "observation_status": None,
            "observation_note": "Winter.",
        },
        {
            "task_area": "north",
            "rule": "stories",
            "kind": "qualitative",
            "indicator": "Stories",
            "frequency": "yearly",
            "owner": "t",
            "results": "",
            "unit": None,
            "direction": None,
            "target": None,
            "threshold": None,
            "status": "no_data",
            "observation_date": None,
            "observation_value": None,
            "observation_status": None,
            "observation_note": None,
        },
    ]
    assert expected == to_rows(status(organisation(), as_of=AS_OF))


def test_coverage_rows_one_per_competence() -> None:
    """A Coverage stands for its rows: one per required competence, with bench strength."""
    expected = [
        {
            "task_area": "north",
            "competence": "listening",
            "required": 3,
            "filled": 1,
            "empty": 1,
            "members": 2,
            "bench": 0,
            "reaching": "",
            "single_person": False,
            "uncovered": True,
            "projected_bench": 0,
            "projected": "",
            "projected_by": None,
        }
    ]
    found = coverage(organisation())
    assert expected == to_rows(found)
    assert expected == to_rows(found[0].rows)


def test_cell_rows() -> None:
    """Cells give the matrix in long form, a row per competence and value."""
    expected = [
        {
            "task_area": "north",
            "competence": "listening",
            "value": "dignity",
            "behaviour": 'Asks; then "listens", calmly.',
            "filled": True,
        },
        {
            "task_area": "north",
            "competence": "listening",
            "value": "ownership",
            "behaviour": None,
            "filled": False,
        },
    ]
    assert expected == to_rows(coverage(organisation())[0].cells)


def test_rows_are_plain_scalars_of_builtin_types() -> None:
    """Every value is exactly str, int, float, bool or None: no enums, dates or tuples."""
    org = organisation()
    found = [*to_rows(gaps(org)), *to_rows(status(org, as_of=AS_OF)), *to_rows(coverage(org))]
    kinds = {type(value) for row in found for value in row.values()}
    assert set() == kinds - {str, int, float, bool, type(None)}


def test_rows_go_through_csv_and_json() -> None:
    """csv.DictWriter and json.dumps take the rows as they are."""
    rows = to_rows(status(organisation(), as_of=AS_OF))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    read_back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert ["punctuality", "stories"] == [row["rule"] for row in read_back]
    assert "90.5" == read_back[0]["observation_value"]
    assert rows == json.loads(json.dumps(rows))


def test_no_items_no_rows() -> None:
    """Nothing in, an empty list out."""
    assert [] == to_rows(())


def test_one_kind_per_call() -> None:
    """Gaps and rule states together are refused: their rows would not share keys."""
    org = organisation()
    with pytest.raises(TypeError, match="one kind of item per call, not Gap and RuleState"):
        to_rows([*gaps(org), *status(org, as_of=AS_OF)])


def test_unknown_items() -> None:
    """Anything else is refused, naming what is taken."""
    with pytest.raises(TypeError) as caught:
        to_rows([{"person": "anna"}])
    expected = "to_rows takes Cell, Coverage, CoverageRow, Gap, RuleState, not dict"
    assert expected == str(caught.value)


def test_gap_rows_have_the_published_columns() -> None:
    """GAP_COLUMNS is exactly the keys of a gap's row, in order."""
    from vcm import examples
    from vcm.analysis import GAP_COLUMNS, gaps, to_rows

    rows = to_rows(gaps(examples.load()))
    assert [list(GAP_COLUMNS)] == [list(row) for row in rows[:1]]
