"""People judged as of a date: gaps, coverage, the index, check and the exports agree.

Without ``as_of`` every assessment counts (the analyses); with it, assessments dated after
it do not: judging as of a date is judging the model as it stood on that date.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

import attrs
import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from vcm.analysis import AssessmentState, coverage, gaps
from vcm.checks import check
from vcm.model import (
    Assessment,
    Competence,
    Organisation,
    Person,
    Purpose,
    Requirement,
    Responsibility,
    Result,
    TaskArea,
    Value,
)
from vcm.plugins import ExportOptions
from vcm.testing import organisations

JAN, MAR, MAY = date(2026, 1, 1), date(2026, 3, 1), date(2026, 5, 1)


LISTENING = Competence(id="listening", name="Listening", kind="behavioural")


def organisation(
    *people: Person, competence: Competence = LISTENING, level: int = 3
) -> Organisation:
    """One task area, north, requiring ``competence`` at ``level`` (listening 3)."""
    area = TaskArea(
        id="north",
        name="North",
        results=[Result(id="r", name="R", client="Clients.")],
        responsibilities=[
            Responsibility(id="s", description="S.", results=["r"], competences=[competence.id])
        ],
        matrix=[Requirement(competence=competence.id, level=level)],
    )
    return Organisation(
        id="o",
        name="O",
        purpose=Purpose(vision="V.", mission="M."),
        values=[Value(id="v", name="V", behaviours=["B."])],
        competences=[competence],
        task_areas=[area],
        people=list(people),
    )


ANNA = Person(
    id="anna",
    name="Anna",
    task_areas=["north"],
    assessments=[
        Assessment(competence="listening", level=2, date=JAN),
        Assessment(competence="listening", level=3, date=MAY),
    ],
)
BRAM = Person(
    id="bram",
    name="Bram",
    task_areas=["north"],
    assessments=[Assessment(competence="listening", level=4, date=MAY)],
)
ORG = organisation(ANNA, BRAM)


def test_without_as_of_every_assessment_counts() -> None:
    """The analyses without a date read the latest assessment there is."""
    assert [3, 4] == [gap.current for gap in gaps(ORG)]
    assert ("anna", "bram") == coverage(ORG)[0].rows[0].reaching
    assert 3 == ORG.index.current_level("anna", "listening")


def test_assessments_after_as_of_do_not_count() -> None:
    """As of March, Anna is at 2 and Bram has not been assessed yet."""
    found = gaps(ORG, as_of=MAR)
    assert [(2, AssessmentState.ASSESSED, 1), (None, AssessmentState.UNASSESSED, None)] == [
        (gap.current, gap.state, gap.gap) for gap in found
    ]
    assert [JAN, None] == [gap.assessed_on for gap in found]
    assert () == coverage(ORG, as_of=MAR)[0].rows[0].reaching
    assert 2 == ORG.index.current_level("anna", "listening", MAR)
    assert None is ORG.index.latest_assessment("bram", "listening", MAR)
    # The assessment on the day itself counts.
    assert [3, 4] == [gap.current for gap in gaps(ORG, as_of=MAY)]


def test_check_judges_people_as_of_its_date() -> None:
    """VCM400 and VCM401 read the level as of the check's date, as gaps does."""
    people = {"VCM400", "VCM401", "VCM403"}
    codes = [(f.code, f.ids[0]) for f in check(ORG, as_of=MAR) if f.code in people]
    # Nobody reaches listening 3 in March: the responsibility is not covered (VCM403).
    assert [("VCM401", "anna"), ("VCM400", "bram"), ("VCM403", "s")] == codes
    assert [] == [f.code for f in check(ORG, as_of=MAY) if f.code in people]


def test_a_datetime_counts_as_its_date_and_text_is_refused() -> None:
    """as_of follows the one rule of vcm: a date, or a datetime counting as its date."""
    from datetime import date, datetime

    moment, day = datetime(2026, 3, 1, 18, 30), date(2026, 3, 1)
    assert gaps(ORG, as_of=day) == gaps(ORG, as_of=moment)
    assert coverage(ORG, as_of=day) == coverage(ORG, as_of=moment)
    with pytest.raises(TypeError, match=r"datetime\.date"):
        gaps(ORG, as_of="2026-03-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"datetime\.date"):
        coverage(ORG, as_of="2026-03-01")  # type: ignore[arg-type]


def test_the_exports_judge_people_as_of_their_date() -> None:
    """The workbook's gap heatmap and the report's gap table follow the export date."""
    from vcm_exporters.docx import exporter as word
    from vcm_exporters.xlsx import exporter as excel

    options = ExportOptions(as_of=MAR, include_people=True, language="en")
    stream = io.BytesIO()
    excel.export(ORG, stream, options)
    sheet = load_workbook(io.BytesIO(stream.getvalue()))["Gap heatmap"]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert [("Anna", 1), ("Bram", "?")] == [rows["anna"], rows["bram"]]
    stream = io.BytesIO()
    word.export(ORG, stream, options)
    document = docx.Document(io.BytesIO(stream.getvalue()))
    current = [
        table.rows[1].cells[2].text
        for table in document.tables
        if [cell.text for cell in table.rows[0].cells][:3] == ["Competence", "Required", "Current"]
    ]
    assert ["2 Independent", "not assessed"] == current


def _as_it_stood(org: Organisation, as_of: date) -> Organisation:
    """The model with every assessment dated after ``as_of`` taken out."""
    people = [
        attrs.evolve(p, assessments=[a for a in p.assessments if a.date <= as_of])
        for p in org.people
    ]
    return attrs.evolve(org, people=people)


@given(organisations(), st.integers(-400, 30))
def test_judging_as_of_a_date_is_judging_the_model_as_it_stood(
    org: Organisation, days: int
) -> None:
    """gaps, coverage and the people findings as of a date see what the model held then."""
    as_of = date(2026, 11, 29) + timedelta(days=days)
    then = _as_it_stood(org, as_of)
    assert gaps(then, as_of=as_of) == gaps(org, as_of=as_of)
    assert coverage(then, as_of=as_of) == coverage(org, as_of=as_of)
    if not any(a.valid_until for p in org.people for a in p.assessments):
        # Without expiry dates, as_of only takes out the later assessments.
        assert gaps(then) == gaps(org, as_of=as_of)
        assert coverage(then) == coverage(org, as_of=as_of)
    people = {"VCM400", "VCM401", "VCM403", "VCM404", "VCM405", "VCM406"}
    # The paths of VCM405/VCM406 point into the assessments, which the cut renumbers.
    assert [(f.code, f.ids, f.message) for f in check(then, as_of=as_of) if f.code in people] == [
        (f.code, f.ids, f.message) for f in check(org, as_of=as_of) if f.code in people
    ]
