"""The Word report of the bundled examples, read back and compared with the model itself."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
import zipfile

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx2python import docx2python

from vcm import Organisation, examples
from vcm.analysis import gaps
from vcm.plugins import ExportOptions
from vcm_exporters.docx import exporter
from vcm_exporters.docx.labels import labels_for

AS_OF = dt.date(2026, 11, 29)


@pytest.fixture(scope="module")
def thuiszorg() -> Organisation:
    """Thuiszorg De Haven, the bundled Dutch example."""
    return examples.load()


@pytest.fixture(scope="module")
def report(thuiszorg: Organisation) -> bytes:
    """The example's report without people, as of AS_OF."""
    return export(thuiszorg)


@pytest.fixture(scope="module")
def report_with_people(thuiszorg: Organisation) -> bytes:
    """The example's report with people, as of AS_OF."""
    return export(thuiszorg, include_people=True)


def export(org: Organisation, **options: object) -> bytes:
    """The report of ``org`` as bytes, as of AS_OF."""
    stream = io.BytesIO()
    exporter.export(org, stream, ExportOptions(as_of=AS_OF, **options))  # type: ignore[arg-type]
    return stream.getvalue()


def read(data: bytes) -> docx.document.Document:
    """The report opened by python-docx."""
    return docx.Document(io.BytesIO(data))


def headings(data: bytes) -> list[tuple[int, str]]:
    """(level, text) of every heading, in order."""
    found = []
    for paragraph in read(data).paragraphs:
        match = re.fullmatch(r"Heading (\d)", paragraph.style.name)
        if match:
            found.append((int(match.group(1)), paragraph.text))
    return found


def tables_after(data: bytes, heading: str) -> list[list[list[str]]]:
    """The cell texts of every table that directly follows a heading ``heading``."""
    document = read(data)
    found, armed = [], False
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            if style is not None and style.get(qn("w:val")).startswith("Heading"):
                armed = "".join(t.text or "" for t in element.iter(qn("w:t"))) == heading
        elif element.tag == qn("w:tbl") and armed:
            table = docx.table.Table(element, document)
            found.append([[cell.text for cell in row.cells] for row in table.rows])
            armed = False
    return found


def personal(org: Organisation) -> set[str]:
    """What only a person's part of the model says: ids, names, evidence, plans."""
    found: set[str] = set()
    for person in org.people:
        found |= {person.id, person.name}
        found |= {a.evidence for a in person.assessments if a.evidence}
        found |= {action.description for action in person.development}
    return found


def test_the_chapters_follow_the_model(thuiszorg: Organisation, report: bytes) -> None:
    """Dutch chapters: summary, purpose, values, scale, competences, each task area, findings."""
    labels = labels_for("nl")
    expected = [
        labels.summary,
        labels.purpose,
        labels.values,
        labels.scale,
        labels.competences,
        *(area.name for area in thuiszorg.task_areas),
        labels.findings,
    ]
    assert expected == [text for level, text in headings(report) if level == 1]


def test_each_task_area_has_its_five_sections(thuiszorg: Organisation, report: bytes) -> None:
    """Under every task area: results, TVB, matrix, coverage, monitoring."""
    labels = labels_for("nl")
    found = headings(report)
    for area in thuiszorg.task_areas:
        start = found.index((1, area.name))
        expected = [labels.results, labels.tvb, labels.matrix, labels.coverage, labels.monitoring]
        assert expected == [text for _, text in found[start + 1 : start + 6]]


def test_tvb_tables_hold_every_responsibility(thuiszorg: Organisation, report: bytes) -> None:
    """One TVB row per responsibility, with its description and its authorities."""
    tables = tables_after(report, labels_for("nl").tvb)
    areas = [area for area in thuiszorg.task_areas if area.responsibilities]
    assert len(areas) == len(tables)
    for area, table in zip(areas, tables, strict=True):
        assert [r.description for r in area.responsibilities] == [row[0] for row in table[1:]]
        for responsibility, row in zip(area.responsibilities, table[1:], strict=True):
            for authority in responsibility.authorities:
                assert authority.description in row[1]


def test_matrices_hold_every_behaviour(thuiszorg: Organisation, report: bytes) -> None:
    """Each matrix cell holds the behaviour the model gives for that competence and value."""
    tables = tables_after(report, labels_for("nl").matrix)
    index = thuiszorg.index
    for area, table in zip(thuiszorg.task_areas, tables, strict=True):
        expected = [
            [index.competences[row.competence].name]
            + [row.behaviour_for(value.id) or "" for value in thuiszorg.values]
            for row in area.matrix
        ]
        assert expected == [[row[0], *row[2:]] for row in table[1:]]


def test_matrix_header_repeats_and_wide_matrices_turn(report: bytes) -> None:
    """Every table repeats its header row; the example's matrices need landscape pages."""
    document = read(report)
    assert all(
        table.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        for table in document.tables
    )
    assert WD_ORIENT.LANDSCAPE in [section.orientation for section in document.sections]


def test_monitoring_statuses_as_of_the_date(thuiszorg: Organisation, report: bytes) -> None:
    """Each rule's status in the report is the model's status as of the report's date."""
    labels = labels_for("nl")
    tables = tables_after(report, labels.monitoring)
    expected = [
        [labels.word(rule.status(AS_OF)[0]) for rule in area.monitoring]
        for area in thuiszorg.task_areas
        if area.monitoring
    ]
    assert expected == [[row[-1].split("\n")[0] for row in table[1:]] for table in tables]


def test_no_person_data_in_any_part(thuiszorg: Organisation, report: bytes) -> None:
    """Without include_people no part of the file holds anything only a person's data says."""
    with zipfile.ZipFile(io.BytesIO(report)) as package:
        contents = {name: package.read(name).decode() for name in package.namelist()}
    leaks = {
        (name, text)
        for name, content in contents.items()
        for text in personal(thuiszorg)
        if text in content
    }
    assert set() == leaks
    assert len(personal(thuiszorg)) > 2 * len(thuiszorg.people)


def test_people_show_their_gaps_when_asked(
    thuiszorg: Organisation, report_with_people: bytes
) -> None:
    """With include_people every person has a section with a gaps row per requirement."""
    labels = labels_for("nl")
    found = headings(report_with_people)
    names = [person.name for person in thuiszorg.people]
    start = found.index((1, labels.people))
    assert names == [text for level, text in found[start:] if level == 2]
    rows = [row for table in tables_after(report_with_people, labels.gaps) for row in table[1:]]
    assert len(gaps(thuiszorg)) == len(rows)


def test_an_independent_reader_sees_every_person(
    thuiszorg: Organisation, report_with_people: bytes
) -> None:
    """docx2python finds every person's name in the report with people."""
    with docx2python(io.BytesIO(report_with_people)) as document:
        text = document.text
    assert [] == [person.name for person in thuiszorg.people if person.name not in text]


def test_the_report_is_the_same_every_time(thuiszorg: Organisation, report: bytes) -> None:
    """A second export of the example gives the same bytes."""
    assert report == export(thuiszorg)


def test_another_process_with_another_hash_seed_gives_the_same_bytes(report: bytes) -> None:
    """Nothing in the report depends on the order of a set: other processes agree."""
    script = (
        "import datetime, io, sys\n"
        "from vcm import examples\n"
        "from vcm.plugins import ExportOptions\n"
        "from vcm_exporters.docx import exporter\n"
        "stream = io.BytesIO()\n"
        "options = ExportOptions(as_of=datetime.date(2026, 11, 29))\n"
        "exporter.export(examples.load(), stream, options)\n"
        "sys.stdout.buffer.write(stream.getvalue())\n"
    )
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=120,
        )
        assert report == done.stdout


def test_the_english_example_reads_in_english() -> None:
    """Riverside Library gets English chapters."""
    library = examples.load("library")
    chapters = [text for level, text in headings(export(library)) if level == 1]
    assert ["Summary", "Purpose", "Core values", "Scale", "Competences"] == chapters[:5]
