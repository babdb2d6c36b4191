"""The Excel round trip: a workbook vcm wrote, edited by a team, reads back as a model."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from tests.office import convert, needs_libreoffice

import vcm
from vcm import DevelopmentStatus, Organisation, Value, examples
from vcm.cli import main
from vcm.errors import FileFormatError, LimitExceededError, UnsupportedVersionError, VcmError
from vcm.plugins import ExportOptions
from vcm.testing import organisations
from vcm_exporters.xlsx import Limits, WorkbookError, XlsxImporter, exporter, importer

AS_OF = dt.date(2026, 11, 29)


def export_bytes(org: Organisation, **options: Any) -> bytes:
    """The workbook of ``org`` as bytes."""
    stream = io.BytesIO()
    exporter.export(org, stream, ExportOptions(as_of=AS_OF, **options))
    return stream.getvalue()


def read(data: bytes, limits: Limits | None = None) -> Organisation:
    """The organisation a workbook holds."""
    reader = importer if limits is None else XlsxImporter(limits)
    return reader.read(io.BytesIO(data))


def edited(data: bytes, edit: Any) -> bytes:
    """The workbook after ``edit(book)``, saved again as a person's spreadsheet program does."""
    book = load_workbook(io.BytesIO(data))
    edit(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def without_people(org: Organisation) -> Organisation:
    return attrs.evolve(org, people=())


# --- the round trip -------------------------------------------------------------------


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(org=organisations(), language=st.sampled_from(["en", "nl"]))
def test_round_trip_with_people_is_exact(org: Organisation, language: str) -> None:
    """dumps(load(export(org))) is dumps(org), as text, in both languages."""
    back = read(export_bytes(org, language=language, include_people=True))
    assert vcm.dumps(org) == vcm.dumps(back)


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(org=organisations(), language=st.sampled_from(["en", "nl"]))
def test_round_trip_without_people_keeps_everything_else(org: Organisation, language: str) -> None:
    """A workbook without people gives the model without its people, exactly."""
    back = read(export_bytes(org, language=language))
    assert vcm.dumps(without_people(org)) == vcm.dumps(back)


@pytest.mark.parametrize("name", examples.names())
def test_load_reads_a_workbook_by_path_and_stream(name: str, tmp_path: Path) -> None:
    """vcm.load takes a .xlsx path, a stream with format="xlsx", and a nameless zip stream."""
    org = examples.load(name)
    path = tmp_path / "matrix.xlsx"
    vcm.export(org, path, as_of=AS_OF, include_people=True)
    data = path.read_bytes()
    assert org == vcm.load(path)
    assert org == vcm.load(io.BytesIO(data), format="xlsx")
    assert org == vcm.load(io.BytesIO(data))


class _Pipe(io.RawIOBase):
    """A stream that cannot seek, as an upload read from a socket."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_a_stream_that_cannot_seek_is_read_too() -> None:
    org = examples.load("library")
    data = export_bytes(org, include_people=True)
    assert not _Pipe(data).seekable()
    assert org == vcm.load(_Pipe(data), format="xlsx")


def test_a_stream_is_read_from_where_it_stands() -> None:
    """A workbook after other bytes in one stream (a file read from its middle)."""
    org = examples.load("library")
    stream = io.BytesIO(b"preamble" + export_bytes(org))
    stream.seek(len(b"preamble"))
    assert without_people(org) == read_stream(stream)


def read_stream(stream: Any) -> Organisation:
    return importer.read(stream)


def test_each_element_has_its_cell_also_in_long_lists() -> None:
    """Every element read names its sheet and row: a person's assessments and development
    actions, an area's observations, as the validate command shows them."""
    org = examples.load()
    data = export_bytes(org, include_people=True)
    back = read(data)
    places = importer.places(back)
    book = load_workbook(io.BytesIO(data), read_only=True)
    for index, person in enumerate(back.people):
        for number, assessment in enumerate(person.assessments):
            cell = places[f"people[{index}].assessments[{number}]"]
            sheet, where = cell.rsplit("!", 1)
            assert "'Beoordelingen'" == sheet
            row = int(where[1:])
            values = next(book["Beoordelingen"].iter_rows(min_row=row, values_only=True))
            assert (person.id, assessment.competence) == (values[0], values[2])
    assert f"people[0].assessments[{len(back.people[0].assessments)}]" not in places
    assert back.task_areas[0].monitoring[0].observations
    assert places["task_areas[0].monitoring[0].observations[0]"].startswith("'Metingen'!A")
    assert len(places) == len(list(places))


# --- text and dates every reader agrees on ----------------------------------------------

_ESCAPES = st.sampled_from(["_x0041_", "_x000D_", "_x005F_", "_x0000_", "_xZZZZ_", "_x12_"])
_TEXTS = (
    st.lists(st.one_of(_ESCAPES, st.text(alphabet="ab_x0D5F \n", max_size=6)), min_size=1)
    .map("".join)
    .filter(lambda text: text.strip() == text and text != "")
)


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(text=_TEXTS)
def test_text_that_looks_like_an_escape_reads_back_as_written(text: str) -> None:
    """_xHHHH_ in a text is escaped (_x005F_), so calamine and vcm read the text as written."""
    calamine = pytest.importorskip("python_calamine")
    org = attrs.evolve(
        examples.load("library"), values=(Value(id="v", name=text, behaviours=("b",)),)
    )
    data = export_bytes(org)
    assert text == read(data).values[0].name
    book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    rows = book.get_sheet_by_name("Values").to_python()
    assert text == rows[1][1]


@pytest.mark.parametrize(
    "day", [dt.date(1, 1, 1), dt.date(1899, 12, 30), dt.date(1899, 12, 31), dt.date(1900, 2, 28)]
)
def test_dates_before_1900_03_01_are_iso_text_and_read_back(day: dt.date) -> None:
    """Dates every spreadsheet counts differently are written as ISO text, and read back."""
    org = examples.load("library")
    person = org.people[0]
    assessment = attrs.evolve(person.assessments[0], date=day)
    org = attrs.evolve(
        org,
        people=(attrs.evolve(person, assessments=(assessment,)), *org.people[1:]),
    )
    data = export_bytes(org, include_people=True)
    sheet = load_workbook(io.BytesIO(data), read_only=True)["Assessments"]
    assert day.isoformat() == next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))[4]
    assert vcm.dumps(org) == vcm.dumps(read(data))


# --- what a team does comes back --------------------------------------------------------


def test_a_behaviour_typed_in_the_grid_comes_back() -> None:
    """A behaviour typed in a grid cell is the matrix row's behaviour for that value."""
    org = examples.load("library")
    data = export_bytes(org)
    sheet_name = org.task_areas[0].name
    value = org.values[0].id

    def edit(book: Any) -> None:
        book[sheet_name].cell(row=5, column=4, value="Says hello first.")

    back = read(edited(data, edit))
    assert "Says hello first." == back.task_areas[0].matrix[0].behaviour_for(value)
    before = org.task_areas[0].matrix[0]
    after = back.task_areas[0].matrix[0]
    others = [b for b in after.behaviours if b.value != value]
    assert [b for b in before.behaviours if b.value != value] == others
    assert org.task_areas[0].matrix[1:] == back.task_areas[0].matrix[1:]
    assert org.task_areas[1:] == back.task_areas[1:]
    assert org.competences == back.competences


def test_a_changed_level_and_a_new_competence_row_come_back() -> None:
    """The Level column and a row typed under the grid are read from the matrix sheet."""
    org = examples.load("library")
    data = export_bytes(org)
    sheet_name = org.task_areas[0].name
    area = org.task_areas[0]
    new_row = 5 + len(area.matrix)
    other = next(c.id for c in org.competences if c.id not in {r.competence for r in area.matrix})

    def edit(book: Any) -> None:
        sheet = book[sheet_name]
        sheet.cell(row=5, column=3, value=1.0)
        sheet.cell(row=new_row, column=1, value=f"  {other} ")
        sheet.cell(row=new_row, column=3, value=3)
        sheet.cell(row=new_row, column=4, value="Reads the room.")

    matrix = read(edited(data, edit)).task_areas[0].matrix
    assert 1 == matrix[0].level
    assert (other, 3) == (matrix[-1].competence, matrix[-1].level)
    assert "Reads the room." == matrix[-1].behaviour_for(org.values[0].id)
    assert len(area.matrix) + 1 == len(matrix)


def test_a_new_core_value_comes_back_in_its_sheet_and_grid() -> None:
    """A value row in the values sheet and its column in a grid make a new core value."""
    org = examples.load("library")
    data = export_bytes(org)
    grid = org.task_areas[0].name
    column = 4 + len(org.values)  # where the order column was: moved right by the new one

    def edit(book: Any) -> None:
        values = book["Values"]
        row = values.max_row + 1
        values.cell(row=row, column=1, value="courage")
        values.cell(row=row, column=2, value="Courage")
        sheet = book[grid]
        sheet.insert_cols(column)
        sheet.cell(row=3, column=column, value="Courage")
        sheet.cell(row=4, column=column, value="courage")
        sheet.cell(row=5, column=column, value="Speaks up.")

    back = read(edited(data, edit))
    assert "courage" == back.values[-1].id
    assert "Speaks up." == back.task_areas[0].matrix[0].behaviour_for("courage")


def test_dutch_dropdown_words_dates_and_numbers_come_back() -> None:
    """A Dutch workbook reads Dutch words, 15-09-2026 and 3.0 back to the model's values."""
    org = examples.load()  # Dutch
    data = export_bytes(org, include_people=True)

    def edit(book: Any) -> None:
        sheet = book["Ontwikkeling"]
        row = sheet.max_row + 1
        person = org.people[0]
        sheet.cell(row=row, column=1, value=person.id)
        sheet.cell(row=row, column=3, value=" " + org.competences[0].id)
        sheet.cell(row=row, column=5, value="gedelegeerd" and "coaching")
        sheet.cell(row=row, column=6, value="Samen met een collega oefenen.")
        sheet.cell(row=row, column=7, value=3.0)
        sheet.cell(row=row, column=8, value="15-09-2026")
        sheet.cell(row=row, column=9, value="in uitvoering ")

    back = read(edited(data, edit))
    action = back.people[0].development[-1]
    assert (DevelopmentStatus.IN_PROGRESS, dt.date(2026, 9, 15), 3) == (
        action.status,
        action.due,
        action.target_level,
    )
    assert org.people[1:] == back.people[1:]
    assert org.task_areas == back.task_areas


def test_every_enum_word_in_a_dutch_workbook_is_dutch() -> None:
    """The Dutch workbook writes delegated, monthly and quantitative in Dutch."""
    data = export_bytes(examples.load(), include_people=True)
    book = load_workbook(io.BytesIO(data), read_only=True)
    seen = {
        value
        for name in ("Bevoegdheden", "Bewaking", "Ontwikkeling")
        for row in book[name].iter_rows(min_row=2, values_only=True)
        for value in row
    }
    assert {"gedelegeerd", "maandelijks", "kwantitatief"} <= seen
    assert not {"delegated", "monthly", "quantitative", "in_progress"} & seen


# --- errors people can act on -----------------------------------------------------------


def test_two_broken_cells_are_both_named_in_the_workbooks_language() -> None:
    """Every problem is reported together, each with its sheet and cell."""
    org = examples.load()
    data = export_bytes(org, include_people=True)

    def edit(book: Any) -> None:
        book["Beoordelingen"]["F2"] = "hoog"
        book["Beoordelingen"]["E3"] = "gisteren"

    with pytest.raises(WorkbookError) as caught:
        read(edited(data, edit))
    text = str(caught.value)
    assert "'Beoordelingen'!F2" in text
    assert "'Beoordelingen'!E3" in text
    assert "verwacht" in text
    assert 2 == len(caught.value.problems)


def test_a_formula_is_reported_with_its_cell() -> None:
    """vcm reads values only: a formula typed by a team is a problem at its cell."""
    data = export_bytes(examples.load("library"))

    def edit(book: Any) -> None:
        book["Values"]["B2"] = "=UPPER(A2)"

    with pytest.raises(WorkbookError, match=r"'Values'!B2: a formula"):
        read(edited(data, edit))


def test_a_display_cell_that_disagrees_names_both_cells() -> None:
    """A competence renamed in the grid is reported with the grid cell and its source."""
    org = examples.load("library")
    data = export_bytes(org)
    grid = org.task_areas[0].name

    def edit(book: Any) -> None:
        book[grid]["B5"] = "Something else"

    with pytest.raises(WorkbookError) as caught:
        read(edited(data, edit))
    assert f"'{grid}'!B5" in str(caught.value)
    assert "'Competences'!B" in str(caught.value)


def test_cli_prints_one_line_per_problem_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """vcm validate on a broken workbook: exit 2, a line per problem."""
    data = export_bytes(examples.load(), include_people=True)

    def edit(book: Any) -> None:
        book["Beoordelingen"]["F2"] = "hoog"
        book["Beoordelingen"]["E3"] = "gisteren"

    path = tmp_path / "team.xlsx"
    path.write_bytes(edited(data, edit))
    assert 2 == main(["validate", str(path)])
    lines = capsys.readouterr().err.strip().splitlines()
    assert 3 == len(lines)
    assert "'Beoordelingen'!E3" in lines[2] or "'Beoordelingen'!E3" in lines[1]


def test_cli_validates_a_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every command taking MODEL takes a workbook."""
    path = tmp_path / "matrix.xlsx"
    vcm.export(examples.load("library"), path, as_of=AS_OF, include_people=True)
    assert main(["validate", str(path), "--as-of", "2026-11-29"]) in (0, 1)
    assert 0 == main(["gaps", str(path)])
    capsys.readouterr()


# --- hostile and broken files -----------------------------------------------------------


def test_not_a_zip_is_refused() -> None:
    with pytest.raises(FileFormatError, match="not a zip package"):
        read(b"vcm: 1\n")


def test_a_zip_that_is_not_a_workbook_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("hello.txt", "hi")
    with pytest.raises(FileFormatError, match="not an Excel workbook"):
        read(out.getvalue())


def test_a_workbook_not_made_by_vcm_names_the_sheet_expected() -> None:
    from openpyxl import Workbook

    out = io.BytesIO()
    Workbook().save(out)
    with pytest.raises(FileFormatError, match="'Organisation' or 'Organisatie'"):
        read(out.getvalue())


def _rewritten(data: bytes, name: str, change: Any) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            content = source.read(entry)
            target.writestr(entry, change(content) if entry.filename == name else content)
    return out.getvalue()


def test_xml_entity_expansion_is_refused() -> None:
    data = export_bytes(examples.load("library"))
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
    hostile = _rewritten(data, "xl/workbook.xml", lambda xml: bomb + xml[xml.index(b"<workbook") :])
    with pytest.raises(FileFormatError, match="XML entities"):
        read(hostile)


def test_entities_declared_after_a_long_prolog_are_refused() -> None:
    """A document type far into a part (after comments) is refused too, while parsing."""
    data = export_bytes(examples.load("library"))
    padding = b"<!--" + b" " * 100_000 + b"-->"
    bomb = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
    hostile = _rewritten(
        data,
        "xl/workbook.xml",
        lambda xml: b'<?xml version="1.0"?>' + padding + bomb + xml[xml.index(b"<workbook") :],
    )
    with pytest.raises(FileFormatError, match="XML entities"):
        read(hostile)


def test_a_zip_bomb_is_refused_by_the_size_limit() -> None:
    data = export_bytes(examples.load("library"))
    with pytest.raises(LimitExceededError, match="zip bomb"):
        read(data, Limits(max_uncompressed=10_000))


def test_absurd_row_counts_are_refused() -> None:
    data = export_bytes(examples.load("library"))
    with pytest.raises(LimitExceededError, match="more than 3 rows"):
        read(data, Limits(max_rows=3))


def test_a_newer_format_version_is_refused() -> None:
    data = export_bytes(examples.load("library"))

    def edit(book: Any) -> None:
        book["Organisation"]["B2"] = 99

    with pytest.raises(UnsupportedVersionError, match="newer vcm"):
        read(edited(data, edit))


def test_all_failures_are_vcm_errors_for_truncated_files() -> None:
    data = export_bytes(examples.load("library"))
    for size in (10, 100, len(data) // 2, len(data) - 10):
        with pytest.raises(VcmError):
            read(data[:size])


@pytest.mark.parametrize(
    ("found", "broken"),
    [
        (b'<c r="A2"', b'<c r="2"'),  # a cell without its column
        (b'<c r="A2"', b'<c r="A2" t="s"><v>99999</v></c><c r="B2"'),  # no such shared string
        (b'<c r="A2"', b'<c r="A2"><v>twelve</v></c><c r="B2"'),  # a number that is none
        (b'<row r="2"', b'<row r="x"'),  # a row numbered with a letter
    ],
)
def test_broken_cells_in_the_xml_are_vcm_errors(found: bytes, broken: bytes) -> None:
    """A sheet whose XML no spreadsheet program writes is refused with a VcmError."""
    data = export_bytes(examples.load("library"))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        sheets = [name for name in package.namelist() if name.startswith("xl/worksheets/sheet")]
    for sheet in sheets:
        data = _rewritten(data, sheet, lambda xml: xml.replace(found, broken, 1))
    with pytest.raises(VcmError, match="'Organisation'"):
        read(data)


# --- a real spreadsheet program ---------------------------------------------------------


@needs_libreoffice
@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_workbook_saved_again_by_libreoffice_reads_back_equal(
    language: str, tmp_path: Path
) -> None:
    org = examples.load("library")
    source = tmp_path / "in" / "matrix.xlsx"
    source.parent.mkdir()
    source.write_bytes(export_bytes(org, language=language, include_people=True))
    assert org == vcm.load(convert(source, "xlsx", tmp_path / "out"))


def test_numbers_keep_every_digit() -> None:
    """A reading of 0.1 + 0.2 and a target of 3.0 come back exactly (3.0 stays 3.0)."""
    org = examples.load("library")
    area = org.task_areas[0]
    rule = next(r for r in area.monitoring if r.target is not None)
    rule = attrs.evolve(rule, target=3.0, threshold=0.1 + 0.2)
    area = attrs.evolve(area, monitoring=(rule, *area.monitoring[1:]))
    org = attrs.evolve(org, task_areas=(area, *org.task_areas[1:]))
    back = read(export_bytes(org))
    assert vcm.dumps(without_people(org)) == vcm.dumps(back)


def test_vcm_update_writes_the_edits_and_keeps_the_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """vcm update MODEL WORKBOOK: the workbook's edits, the model's own people, a summary."""
    org = examples.load("library")
    model = tmp_path / "model.yaml"
    vcm.dump(org, model)
    data = export_bytes(org)  # without people, as it goes to a team
    grid = org.task_areas[0].name

    def edit(book: Any) -> None:
        book[grid]["C5"] = 1

    workbook = tmp_path / "team.xlsx"
    workbook.write_bytes(edited(data, edit))
    assert 0 == main(["update", str(model), str(workbook)])
    updated = vcm.load(model)
    assert org.people == updated.people
    assert 1 == updated.task_areas[0].matrix[0].level
    assert "2 → 1" in capsys.readouterr().out


def test_vcm_update_refuses_a_workbook_of_another_organisation(tmp_path: Path) -> None:
    """The model is left as it was."""
    model = tmp_path / "model.yaml"
    vcm.dump(examples.load(), model)
    before = model.read_bytes()
    workbook = tmp_path / "team.xlsx"
    workbook.write_bytes(export_bytes(examples.load("library")))
    assert 2 == main(["update", str(model), str(workbook)])
    assert before == model.read_bytes()


def test_validate_names_workbook_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Findings of a workbook say the sheet and cell their element came from."""
    org = examples.load("library")
    data = export_bytes(org)
    grid = org.task_areas[0].name

    def edit(book: Any) -> None:
        book[grid]["A5"] = "no-such-competence"

    workbook = tmp_path / "team.xlsx"
    workbook.write_bytes(edited(data, edit))
    main(["validate", str(workbook), "--as-of", "2026-11-29"])
    assert f"'{grid}'!A5" in capsys.readouterr().out
