"""Display-only cells read back: one that disagrees with its source is reported with both
cells, in the workbook's language; one that agrees, or is empty, is fine."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from tests.office import convert, needs_libreoffice
from tests.test_xlsx_import import edited, export_bytes, read

import vcm
from vcm import Organisation, examples
from vcm.testing import organisations
from vcm_exporters.xlsx import WorkbookError
from vcm_exporters.xlsx.labels import labels_for
from vcm_exporters.xlsx.sheets import data


def problems(data: bytes) -> list[str]:
    """The problems the importer reports, one line each."""
    with pytest.raises(WorkbookError) as caught:
        read(data)
    return [str(problem) for problem in caught.value.problems]


def row_of(book: Any, sheet: str, **wanted: Any) -> int:
    """The number of the first row of ``sheet`` whose columns (by header) hold ``wanted``."""
    rows = book[sheet].iter_rows(values_only=True)
    header = list(next(rows))
    for number, row in enumerate(rows, 2):
        if all(row[header.index(column)] == value for column, value in wanted.items()):
            return number
    raise AssertionError(f"no row {wanted} on {sheet}")


@pytest.fixture(scope="module")
def thuiszorg() -> bytes:
    """The Dutch example with people: every kind of display cell is in it."""
    return export_bytes(examples.load("thuiszorg"), include_people=True)


def test_names_beside_ids_that_disagree_name_both_cells(thuiszorg: bytes) -> None:
    """A person's, competence's and rule's name changed beside its id: each is reported with
    the cell it comes from, in Dutch."""
    book = load_workbook(io.BytesIO(thuiszorg))
    person = book["Beoordelingen"]["A2"].value
    competence = book["Indicatoren"]["A3"].value
    rule = book["Metingen"]["A2"].value

    def edit(book: Any) -> None:
        book["Beoordelingen"]["B2"] = "Iemand anders"
        book["Indicatoren"]["B3"] = "Een andere naam"
        book["Metingen"]["B2"] = "Een andere indicator"

    found = problems(edited(thuiszorg, edit))
    people_row = row_of(book, "Medewerkers", Id=person)
    competence_row = row_of(book, "Competenties", Id=competence)
    rule_row = row_of(book, "Bewaking", Id=rule)
    assert len(found) == 3
    assert found[0].startswith("'Indicatoren'!B3: toont 'Een andere naam', maar ")
    assert f"'Competenties'!B{competence_row} zegt" in found[0]
    assert any(
        line.startswith("'Metingen'!B2: toont") and f"'Bewaking'!D{rule_row} zegt" in line
        for line in found
    )
    assert any(
        line.startswith("'Beoordelingen'!B2: toont 'Iemand anders'")
        and f"'Medewerkers'!B{people_row} zegt" in line
        for line in found
    )


def test_a_status_that_disagrees_names_the_reading_it_comes_from(thuiszorg: bytes) -> None:
    """The Monitoring sheet's status, typed over: reported with the reading behind it."""
    book = load_workbook(io.BytesIO(thuiszorg))
    assert book["Bewaking"]["N2"].value == "Op koers"
    rule = book["Bewaking"]["B2"].value
    reading = row_of(book, "Metingen", Regel=rule, Datum=dt.datetime(2026, 10, 31))

    def edit(book: Any) -> None:
        book["Bewaking"]["N2"] = "Risico"

    assert problems(edited(thuiszorg, edit)) == [
        f"'Bewaking'!N2: toont 'Risico', maar 'Metingen'!D{reading} zegt 'Op koers': "
        f"een wijziging hoort in 'Metingen'!D{reading}; maak deze cel gelijk, of maak haar leeg"
    ]


def test_a_status_without_readings_names_its_rule() -> None:
    """A rule without readings: its status comes from the rule's own row."""
    org = examples.load("library")
    area = org.task_areas[0]
    rule = attrs.evolve(area.monitoring[0], observations=())
    area = attrs.evolve(area, monitoring=(rule, *area.monitoring[1:]))
    org = attrs.evolve(org, task_areas=(area, *org.task_areas[1:]))
    data = export_bytes(org)
    book = load_workbook(io.BytesIO(data))
    header = [cell.value for cell in book["Monitoring"][1]]
    column = header.index("Status 29 November 2026") + 1
    number = row_of(book, "Monitoring", Id=rule.id)
    letter = book["Monitoring"].cell(number, column).column_letter

    def edit(book: Any) -> None:
        book["Monitoring"].cell(number, column).value = "Off track"

    (line,) = problems(edited(data, edit))
    assert line.startswith(f"'Monitoring'!{letter}{number}: shows 'Off track', but ")
    assert f"'Monitoring'!B{number} says" in line


def test_the_status_header_must_name_the_date(thuiszorg: bytes) -> None:
    """The status is as of the date in its header: a header without it is a problem."""

    def edit(book: Any) -> None:
        book["Bewaking"]["N1"] = "Status gisteren"

    (line,) = problems(edited(thuiszorg, edit))
    assert line.startswith("'Bewaking'!N1: gevonden: 'Status gisteren'; verwacht: het woord Status")


def test_empty_display_cells_are_fine(thuiszorg: bytes) -> None:
    """A row a team types has no names beside its ids: it reads back without problems."""
    org = examples.load("thuiszorg")
    person = org.people[0]
    competence = person.assessments[0].competence

    def edit(book: Any) -> None:
        sheet = book["Beoordelingen"]
        row = sheet.max_row + 1
        sheet.cell(row, 1).value = person.id
        sheet.cell(row, 3).value = competence
        sheet.cell(row, 5).value = "15-09-2026"
        sheet.cell(row, 6).value = 2
        for number in range(2, sheet.max_row):
            sheet.cell(number, 2).value = None
        book["Bewaking"]["N2"] = None

    back = read(edited(thuiszorg, edit))
    assessments = back.index.people[person.id].assessments
    assert len(assessments) == len(person.assessments) + 1
    assert assessments[-1].date == dt.date(2026, 9, 15)


def test_a_rename_made_everywhere_is_fine_and_one_made_at_the_source_only_is_named() -> None:
    """Renaming a competence on its own sheet: the names beside its id must follow."""
    org = examples.load("library")
    data = export_bytes(org, include_people=True)
    book = load_workbook(io.BytesIO(data))
    competence = org.competences[0]
    home = row_of(book, "Competences", Id=competence.id)

    def renamed(everywhere: bool) -> Any:
        def edit(book: Any) -> None:
            book["Competences"][f"B{home}"] = "Renamed"
            if not everywhere:
                return
            for sheet in book.worksheets:
                for row in sheet.iter_rows():
                    for cell in row:
                        if isinstance(cell.value, str) and competence.name in cell.value:
                            cell.value = cell.value.replace(competence.name, "Renamed")

        return edit

    back = read(edited(data, renamed(everywhere=True)))
    assert back.index.competences[competence.id].name == "Renamed"
    found = problems(edited(data, renamed(everywhere=False)))
    assert found
    assert all("Renamed" in line for line in found)
    source = f"'Competences'!B{home} says 'Renamed'"
    assert any(line.startswith("'Indicators'!B") and source in line for line in found)
    assert any(line.startswith("'Assessments'!D") and source in line for line in found)
    grid = org.task_areas[0].name
    assert any(line.startswith(f"'{grid}'!B") and source in line for line in found)


# --- every display name, in general --------------------------------------------------------


_NAME_KEYS = ("competence_name", "person_name", "rule_indicator")


def _rewritten(data: bytes, name: str, change: Any) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            content = source.read(entry)
            target.writestr(entry, change(content) if entry.filename == name else content)
    return out.getvalue()


def _display_cells(book: Any, language: str) -> list[tuple[str, str]]:
    """(sheet, cell) of every non-empty name beside an id on the data sheets."""
    labels = labels_for(language)
    heads = {labels[key] for key in _NAME_KEYS}
    derived = {labels[f"sheet.{sheet.key}"] for sheet in data.SHEETS.values() if sheet.derived}
    found = []
    for sheet in book.worksheets:
        first = [cell.value for cell in sheet[1]] if sheet.max_row else []
        if sheet.title in derived:
            continue
        for column, head in enumerate(first, 1):
            if head in heads:
                for row in range(2, sheet.max_row + 1):
                    cell = sheet.cell(row, column)
                    if cell.value is not None:
                        found.append((sheet.title, cell.coordinate))
    return found


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(org=organisations(), language=st.sampled_from(["en", "nl"]), data=st.data())
def test_any_name_beside_an_id_typed_over_is_named_with_its_source(
    org: Organisation, language: str, data: st.DataObject
) -> None:
    """Whichever name beside an id a team changes, that cell is reported; untouched, the
    workbook reads back."""
    workbook = export_bytes(org, language=language, include_people=True)
    assert read(workbook) == org
    book = load_workbook(io.BytesIO(workbook))
    cells = _display_cells(book, language)
    if not cells:
        return
    sheet, cell = data.draw(st.sampled_from(cells))
    shown = book[sheet][cell].value
    # Typed over in the file itself: a save by openpyxl would round long numbers too.
    part = f"xl/worksheets/sheet{book.sheetnames.index(sheet) + 1}.xml"

    def typed_over(xml: bytes) -> bytes:
        element = re.compile(rf'<c r="{cell}"[^>]*>.*?</t></is></c>'.encode(), re.S)
        assert element.search(xml) is not None
        return element.sub(
            lambda m: m.group()[: -len("</t></is></c>")] + b" (changed)</t></is></c>", xml
        )

    found = problems(_rewritten(workbook, part, typed_over))
    (line,) = found
    quoted = sheet.replace("'", "''")
    assert line.startswith(f"'{quoted}'!{cell}: ")
    assert repr(f"{shown} (changed)") in line


# --- the matrix sheets ----------------------------------------------------------------------


def test_a_section_cell_typed_over_names_the_data_sheets_cell(thuiszorg: bytes) -> None:
    """A result renamed in the grid sheet's Results section: reported with its home cell."""
    book = load_workbook(io.BytesIO(thuiszorg))
    grid = book["Wijkteam Noord"]
    heading = next(row for row in range(5, grid.max_row) if grid[f"A{row}"].value == "Resultaten")
    result = grid[f"A{heading + 2}"].value
    home = row_of(book, "Resultaten", Id=result)

    def edit(book: Any) -> None:
        book["Wijkteam Noord"][f"B{heading + 2}"] = "Een ander resultaat"

    (line,) = problems(edited(thuiszorg, edit))
    assert line.startswith(f"'Wijkteam Noord'!B{heading + 2}: toont 'Een ander resultaat', maar ")
    assert f"'Resultaten'!C{home} zegt" in line


def test_the_status_under_the_grid_is_checked_too(thuiszorg: bytes) -> None:
    """The monitoring section's status, typed over, names the reading it comes from."""
    book = load_workbook(io.BytesIO(thuiszorg))
    grid = book["Wijkteam Noord"]
    row = next(
        row for row in range(5, grid.max_row + 1) if grid[f"A{row}"].value == "noord-stiptheid"
    )
    assert grid[f"H{row}"].value == "Op koers"
    reading = row_of(book, "Metingen", Regel="noord-stiptheid", Datum=dt.datetime(2026, 10, 31))

    def edit(book: Any) -> None:
        book["Wijkteam Noord"][f"H{row}"] = "Uit koers"

    (line,) = problems(edited(thuiszorg, edit))
    assert line.startswith(
        f"'Wijkteam Noord'!H{row}: toont 'Uit koers', maar 'Metingen'!D{reading}"
    )


def test_a_description_typed_in_row_2_is_named_with_the_task_areas_sheet(thuiszorg: bytes) -> None:
    """Row 2 shows the task area's description: typed over there, it is reported."""
    book = load_workbook(io.BytesIO(thuiszorg))
    home = row_of(book, "Taakgebieden", Id="wijkteam-noord")

    def edit(book: Any) -> None:
        book["Wijkteam Noord"]["A2"] = "Een nieuwe omschrijving"

    (line,) = problems(edited(thuiszorg, edit))
    assert line.startswith("'Wijkteam Noord'!A2: toont 'Een nieuwe omschrijving', maar ")
    assert f"'Taakgebieden'!C{home} zegt" in line


def test_what_is_typed_under_the_sections_is_reported_as_not_read(thuiszorg: bytes) -> None:
    """A new rule typed as a row under the monitoring section would be lost: it is named."""
    book = load_workbook(io.BytesIO(thuiszorg))
    last = book["Wijkteam Noord"].max_row

    def edit(book: Any) -> None:
        book["Wijkteam Noord"][f"A{last + 1}"] = "noord-nieuw"
        book["Wijkteam Noord"][f"B{last + 1}"] = "Een nieuwe regel"

    found = problems(edited(thuiszorg, edit))
    assert found == [
        f"'Wijkteam Noord'!A{last + 1}: toont 'noord-nieuw', maar vcm leest deze cel niet (onder "
        "en naast het raster wordt niets gelezen): wijzig de gegevensbladen en maak deze cel leeg",
        f"'Wijkteam Noord'!B{last + 1}: toont 'Een nieuwe regel', maar vcm leest deze cel niet "
        "(onder en naast het raster wordt niets gelezen): wijzig de gegevensbladen en maak deze "
        "cel leeg",
    ]


def test_an_unchanged_workbook_re_saved_reads_back_in_both_languages() -> None:
    """Every display cell as written agrees, after a save by a spreadsheet library too."""
    org = examples.load("thuiszorg")
    for language in ("en", "nl"):
        data = export_bytes(org, language=language, include_people=True)
        assert read(edited(data, lambda book: None)) == org


def test_a_level_changed_in_the_grid_leaves_the_tvb_section_as_it_was() -> None:
    """The TVB section shows each competence's level as the workbook was made; a level
    changed in the grid (its home) is fine, a level typed over in the section is not."""
    org = examples.load("library")
    data = export_bytes(org)
    grid = org.task_areas[0].name
    book = load_workbook(io.BytesIO(data))
    sheet = book[grid]
    heading = next(
        row
        for row in range(5, sheet.max_row)
        if sheet[f"A{row}"].value == "Responsibilities and authorities (TVB)"
    )
    first = heading + 2
    shown = sheet[f"F{first}"].value
    competence = org.task_areas[0].matrix[0]
    named = f"{org.index.competences[competence.competence].name} ({competence.level})"
    assert named in shown

    def level(book: Any) -> None:
        book[grid]["C5"] = competence.level + 1

    back = read(edited(data, level))
    assert back.task_areas[0].matrix[0].level == competence.level + 1

    def typed_over(book: Any) -> None:
        book[grid][f"F{first}"] = shown.replace(named, named.replace(")", "0)"))

    (line,) = problems(edited(data, typed_over))
    assert line.startswith(f"'{grid}'!F{first}: shows ")


@needs_libreoffice
def test_the_dutch_example_saved_again_by_libreoffice_reads_back_equal(tmp_path: Path) -> None:
    """Every display cell of the Dutch example, people included, survives LibreOffice."""
    org = examples.load("thuiszorg")
    source = tmp_path / "in" / "matrix.xlsx"
    source.parent.mkdir()
    source.write_bytes(export_bytes(org, include_people=True))
    assert org == vcm.load(convert(source, "xlsx", tmp_path / "out"))


# --- problems in the workbook's language ------------------------------------------------------


def test_values_the_model_refuses_are_named_in_dutch_with_their_cells(thuiszorg: bytes) -> None:
    """An id with a space, a level below the scale and an empty required cell in a Dutch
    workbook: each a Dutch line naming its cell, what was found and what was expected."""
    book = load_workbook(io.BytesIO(thuiszorg))
    value_id = book["Kernwaarden"]["A2"].value

    def edit(book: Any) -> None:
        book["Kernwaarden"]["A2"] = "met spatie"
        book["Beoordelingen"]["F8"] = 0
        book["Metingen"]["C2"] = None

    found = problems(edited(thuiszorg, edit))
    assert "'Kernwaarden'!A2: een id mag geen witruimte bevatten: 'met spatie'" in found
    assert "'Beoordelingen'!F8: moet 1 of meer zijn, niet 0" in found
    assert (
        "'Metingen'!C2: gevonden: een lege cel; verwacht: een waarde (de cel mag niet leeg zijn)"
        in found
    )
    # The behaviours of the value whose id changed now name an id the sheet lacks.
    assert f"'Gedrag per waarde'!A2: {value_id!r} is geen id op het werkblad Kernwaarden" in found
    english = ("must", "contain", "expected", "found", "not an id")
    assert not [line for line in found if any(word in line for word in english)]


def test_the_same_values_are_named_in_english_in_an_english_workbook() -> None:
    """The same edits in an English workbook: the model's own English words."""
    data = export_bytes(examples.load("thuiszorg"), language="en", include_people=True)

    def edit(book: Any) -> None:
        book["Values"]["A2"] = "with space"
        book["Assessments"]["F8"] = 0

    found = problems(edited(data, edit))
    assert "'Values'!A2: an id must not contain whitespace: 'with space'" in found
    assert "'Assessments'!F8: must be 1 or more, not 0" in found


def _section_cells(book: Any, org: Organisation, language: str) -> list[tuple[str, str]]:
    """(sheet, cell) of every non-empty cell under the grids, heading rows left out."""
    labels = labels_for(language)
    headings = {labels[key] for key in ("results_heading", "tvb_heading", "monitoring_heading")}
    names = {sheet.title for sheet in book.worksheets}
    found = []
    for sheet in book.worksheets[: len(book.sheetnames)]:
        if sheet.title not in names or sheet["A4"].value is not None:
            continue
        rows = list(sheet.iter_rows(min_row=5))
        start = next(
            (index for index, row in enumerate(rows) if row[0].value == labels["results_heading"]),
            None,
        )
        if start is None:
            continue
        for row in rows[start:]:
            if row[0].value in headings:
                continue
            found += [(sheet.title, cell.coordinate) for cell in row if cell.value is not None]
    return found


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(org=organisations(), language=st.sampled_from(["en", "nl"]), data=st.data())
def test_any_cell_under_a_grid_typed_over_is_named(
    org: Organisation, language: str, data: st.DataObject
) -> None:
    """Whichever cell of the sections under a grid a team types over, that cell is reported."""
    workbook = export_bytes(org, language=language)
    book = load_workbook(io.BytesIO(workbook))
    cells = _section_cells(book, org, language)
    if not cells:
        return
    sheet, cell = data.draw(st.sampled_from(cells))
    part = f"xl/worksheets/sheet{book.sheetnames.index(sheet) + 1}.xml"

    def typed_over(xml: bytes) -> bytes:
        element = re.compile(rf'<c r="{cell}"[^>]*>.*?</t></is></c>'.encode(), re.S)
        assert element.search(xml) is not None
        end = b"</t></is></c>"
        return element.sub(lambda m: m.group()[: -len(end)] + b" (changed)" + end, xml)

    (line,) = problems(_rewritten(workbook, part, typed_over))
    quoted = sheet.replace("'", "''")
    assert line.startswith(f"'{quoted}'!{cell}: ")


def test_a_note_typed_beside_the_grid_is_reported_as_not_read(thuiszorg: bytes) -> None:
    """vcm reads the grid up to its last head; a note typed beside it would be lost."""
    book = load_workbook(io.BytesIO(thuiszorg))
    grid = book["Wijkteam Noord"]
    last = max(cell.column for cell in grid[3] if cell.value is not None)
    beside = grid.cell(6, last + 2).coordinate

    def edit(book: Any) -> None:
        book["Wijkteam Noord"][beside] = "nog bespreken"
        book["Wijkteam Noord"]["C1"] = "concept"

    found = problems(edited(thuiszorg, edit))
    assert [line.split(":")[0] for line in found] == [
        "'Wijkteam Noord'!C1",
        f"'Wijkteam Noord'!{beside}",
    ]
    assert "vcm leest deze cel niet" in found[1]


def test_without_the_status_column_the_grids_head_gives_the_date(thuiszorg: bytes) -> None:
    """The Status column of Monitoring removed (a display column may go): the sections under
    a grid are still checked, as of the date their own head names."""
    book = load_workbook(io.BytesIO(thuiszorg))
    grid = book["Wijkteam Noord"]
    heading = next(row for row in range(5, grid.max_row) if grid[f"A{row}"].value == "Resultaten")

    def edit(book: Any) -> None:
        book["Bewaking"].delete_cols(14)
        book["Wijkteam Noord"][f"B{heading + 2}"] = "Een ander resultaat"

    (line,) = problems(edited(thuiszorg, edit))
    assert line.startswith(f"'Wijkteam Noord'!B{heading + 2}: toont 'Een ander resultaat'")
