"""The Word report over every organisation hypothesis draws: it is written, and it behaves."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import attrs
import docx
from hypothesis import given
from hypothesis import strategies as st

from vcm import Organisation
from vcm.plugins import ExportOptions
from vcm.testing import organisations
from vcm_exporters.docx import exporter

AS_OF = dt.date(2026, 11, 29)


def export(org: Organisation, **options: object) -> bytes:
    """The report of ``org`` as bytes, as of AS_OF."""
    stream = io.BytesIO()
    exporter.export(org, stream, ExportOptions(as_of=AS_OF, **options))  # type: ignore[arg-type]
    return stream.getvalue()


def marked(org: Organisation) -> tuple[Organisation, list[str]]:
    """``org`` with every person's id, name and free text made unmistakable, and those marks."""
    people = []
    marks: list[str] = []
    for number, person in enumerate(org.people):
        mark = f"Qzx{number:03d}"
        marks += [f"person-{mark}", f"Name {mark}", f"Evidence {mark}", f"Plan {mark}"]
        people.append(
            attrs.evolve(
                person,
                id=f"person-{mark}",
                name=f"Name {mark}",
                assessments=tuple(
                    attrs.evolve(a, evidence=f"Evidence {mark}", assessor=f"Evidence {mark}")
                    for a in person.assessments
                ),
                development=tuple(
                    attrs.evolve(d, description=f"Plan {mark}") for d in person.development
                ),
            )
        )
    return attrs.evolve(org, people=tuple(people)), marks


@given(organisations(), st.booleans(), st.sampled_from(["en", "nl"]))
def test_every_organisation_gives_a_report_word_can_read(
    org: Organisation, include_people: bool, language: str
) -> None:
    """The export never fails, and python-docx opens what it wrote."""
    data = export(org, include_people=include_people, language=language)
    document = docx.Document(io.BytesIO(data))
    assert org.name == next(p.text for p in document.paragraphs if p.style.name == "Subtitle")
    assert len(org.task_areas) <= len(document.tables)


@given(organisations())
def test_the_same_organisation_gives_the_same_bytes(org: Organisation) -> None:
    """Two exports of one organisation are byte-identical."""
    assert export(org, include_people=True) == export(org, include_people=True)


@given(organisations(max_people=3))
def test_no_person_shows_without_include_people(org: Organisation) -> None:
    """No part of the file carries a person's id, name, evidence or plan unless asked."""
    org, marks = marked(org)
    with zipfile.ZipFile(io.BytesIO(export(org))) as package:
        text = "".join(package.read(name).decode("utf-8") for name in package.namelist())
    assert [] == [mark for mark in marks if mark in text]


@given(organisations(max_people=3))
def test_every_person_shows_with_include_people(org: Organisation) -> None:
    """With include_people each person (once per id) has a heading of their name."""
    org, _ = marked(org)
    document = docx.Document(io.BytesIO(export(org, include_people=True)))
    names = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert [person.name for person in org.people] == [n for n in names if n.startswith("Name ")]


@given(organisations(as_of=AS_OF))
def test_a_clean_organisation_has_no_appendix(org: Organisation) -> None:
    """When check finds nothing, the report has its chapters and no appendix of findings."""
    document = docx.Document(io.BytesIO(export(org, include_people=True, language="en")))
    chapters = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    expected = [
        "Summary",
        "Purpose",
        "Core values",
        "Scale",
        *(["Competences"] if org.competences else []),
        *(area.name for area in org.task_areas),
        *(["People"] if org.people else []),
    ]
    assert expected == chapters
