"""Assessments that expire: valid through ``valid_until``, unknown again after it.

gaps, coverage, the index, check and both exports judge an expired assessment alike.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

import attrs
import docx
import pytest
from openpyxl import load_workbook
from tests.test_people_as_of import organisation as one_area

from vcm import InvalidModelError, dumps, loads
from vcm.analysis import AssessmentState, coverage, gaps, to_rows
from vcm.checks import CODES, Finding, Severity, check
from vcm.model import (
    Assessment,
    Competence,
    Organisation,
    Person,
)
from vcm.model.reading import EXPIRY_NOTICE, expired, expiring, level_as_of
from vcm.plugins import ExportOptions

AS_OF = date(2026, 11, 29)
OLD, CERTIFIED = date(2024, 1, 1), date(2025, 11, 1)


def organisation(until: date | None) -> Organisation:
    """Anna holds a first-aid certificate valid ``until``; Bram and Cato reach level 2 too."""

    def member(person_id: str, *assessments: Assessment) -> Person:
        return Person(
            id=person_id, name=person_id.title(), task_areas=["north"], assessments=assessments
        )

    return one_area(
        member(
            "anna",
            # An older assessment without an end does not count once the latest expired.
            Assessment(competence="first-aid", level=3, date=OLD),
            Assessment(competence="first-aid", level=2, date=CERTIFIED, valid_until=until),
        ),
        member("bram", Assessment(competence="first-aid", level=2, date=CERTIFIED)),
        member("cato", Assessment(competence="first-aid", level=3, date=CERTIFIED)),
        competence=Competence(id="first-aid", name="First aid", kind="professional"),
        level=2,
    )


EXPIRED = organisation(AS_OF - timedelta(days=1))


def about_people(org: Organisation) -> list[Finding]:
    """The people findings (VCM4xx) as of AS_OF; the small model is thin elsewhere."""
    return [f for f in check(org, as_of=AS_OF) if f.code.startswith("VCM4")]


def test_an_assessment_holds_through_its_last_day() -> None:
    """valid_until is the last valid day; expiring soon is that day or one of the 89 after."""
    held = Assessment(competence="c", level=2, date=OLD, valid_until=AS_OF)
    assert (False, True, 2) == (
        expired(held, AS_OF),
        expiring(held, AS_OF),
        level_as_of(held, AS_OF),
    )
    after = AS_OF + timedelta(days=1)
    assert (True, None) == (expired(held, after), level_as_of(held, after))
    assert (False, 2) == (expired(held, None), level_as_of(held))
    last_notice = attrs.evolve(held, valid_until=AS_OF + EXPIRY_NOTICE - timedelta(days=1))
    assert expiring(last_notice, AS_OF)
    assert not expiring(attrs.evolve(held, valid_until=AS_OF + EXPIRY_NOTICE), AS_OF)


def test_valid_until_before_the_date_is_refused() -> None:
    """A certificate cannot end before it was given: the error names the field."""
    with pytest.raises(InvalidModelError, match="before its own date") as caught:
        Assessment(competence="c", level=2, date=CERTIFIED, valid_until=OLD)
    assert "valid_until" in str(caught.value)


def test_the_file_carries_valid_until_and_stays_version_1() -> None:
    """YAML and JSON write the optional field and read it back; files without it read as before."""
    text = dumps(EXPIRED)
    assert "valid_until: 2026-11-28" in text
    assert text.startswith("vcm: 1")
    assert EXPIRED == loads(text)
    assert EXPIRED == loads(dumps(EXPIRED, format="json"), format="json")
    assert "valid_until" not in dumps(organisation(None))


def test_gaps_show_an_expired_level_as_unknown() -> None:
    """Anna's level is unknown again: state expired, no gap, not met, older level not used."""
    (anna, *_) = gaps(EXPIRED, as_of=AS_OF)
    assert (None, AssessmentState.EXPIRED, None, None) == (
        anna.current,
        anna.state,
        anna.gap,
        anna.priority,
    )
    assert (False, True, CERTIFIED) == (anna.is_met, anna.needs_assessment, anna.assessed_on)
    assert "expired" == to_rows([anna])[0]["state"]
    # Without as_of nothing expires; on the last valid day it still holds.
    assert 2 == gaps(EXPIRED)[0].current
    assert 2 == gaps(EXPIRED, as_of=AS_OF - timedelta(days=1))[0].current


def test_gaps_coverage_index_and_check_agree_on_an_expired_assessment() -> None:
    """Nobody counts Anna: coverage leaves her out, the index has no level, check says VCM405."""
    (row,) = coverage(EXPIRED, as_of=AS_OF)[0].rows
    assert ("bram", "cato") == row.reaching
    assert ("anna", "bram", "cato") == coverage(EXPIRED)[0].rows[0].reaching
    assert None is EXPIRED.index.current_level("anna", "first-aid", AS_OF)
    assert 2 == EXPIRED.index.current_level("anna", "first-aid")
    found = [(f.code, f.path, f.ids) for f in about_people(EXPIRED)]
    assert [
        ("VCM405", "people[0].assessments[1].valid_until", ("anna", "first-aid", "north"))
    ] == found


def test_expired_and_expiring_findings_speak_both_languages() -> None:
    """VCM405 is a warning, VCM406 a note; both messages name the last valid day."""
    assert (Severity.WARNING, Severity.INFO) == (CODES["VCM405"].severity, CODES["VCM406"].severity)
    (gone,) = about_people(EXPIRED)
    assert "valid until 2026-11-28" in gone.message
    assert "geldig tot en met 2026-11-28" in gone.message_nl
    soon = organisation(AS_OF + timedelta(days=30))
    (note,) = about_people(soon)
    assert ("VCM406", Severity.INFO) == (note.code, note.severity)
    assert "valid until 2026-12-29" in note.message
    assert [] == about_people(organisation(AS_OF + EXPIRY_NOTICE))


def test_a_team_without_its_certificates_cannot_carry_the_responsibility() -> None:
    """When every member's assessment has expired, VCM403 follows, as for no level at all."""
    org = organisation(AS_OF - timedelta(days=1))
    people = [
        attrs.evolve(
            p,
            assessments=[
                attrs.evolve(a, valid_until=AS_OF - timedelta(days=1)) for a in p.assessments
            ],
        )
        for p in org.people
    ]
    codes = [f.code for f in about_people(attrs.evolve(org, people=people))]
    assert ["VCM405", "VCM405", "VCM405", "VCM403"] == codes


def test_the_exports_agree_on_an_expired_assessment() -> None:
    """The workbook marks the expired level in the heatmap and keeps valid_until; the report
    says expired."""
    from vcm_exporters.docx import exporter as word
    from vcm_exporters.xlsx import exporter as excel

    options = ExportOptions(as_of=AS_OF, include_people=True, language="en")
    stream = io.BytesIO()
    excel.export(EXPIRED, stream, options)
    book = load_workbook(io.BytesIO(stream.getvalue()))
    heatmap = book["Gap heatmap"]
    rows = {row[0]: row[1:] for row in heatmap.iter_rows(values_only=True) if row[0]}
    assert [("Anna", "exp"), ("Bram", 0)] == [rows["anna"], rows["bram"]]
    sheet = book["Assessments"]
    heads = [cell.value for cell in sheet[1]]
    until = [row[heads.index("Valid until")].value for row in sheet.iter_rows(min_row=2)]
    assert [None, AS_OF - timedelta(days=1), None, None] == [
        None if value is None else value.date() for value in until
    ]
    stream = io.BytesIO()
    word.export(EXPIRED, stream, options)
    document = docx.Document(io.BytesIO(stream.getvalue()))
    current = [
        table.rows[1].cells[2].text
        for table in document.tables
        if [cell.text for cell in table.rows[0].cells][:3] == ["Competence", "Required", "Current"]
    ]
    assert ["expired", "2 Independent", "3 Guiding"] == current
