"""The Excel workbook as a consultant opens it: sheets, matrix grid, TVB, monitoring, tables."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from vcm import (
    Authority,
    Behaviour,
    Competence,
    MonitoringRule,
    Observation,
    Organisation,
    Purpose,
    Requirement,
    Responsibility,
    Result,
    TaskArea,
    Value,
    examples,
)
from vcm import plugins as p
from vcm.analysis import gaps
from vcm.plugins import ExportOptions
from vcm_exporters.xlsx import exporter

AS_OF = dt.date(2026, 11, 29)
FIRST_ROW = 5  # the first required competence of a matrix sheet


def export_bytes(org: Organisation, **options: Any) -> bytes:
    """The workbook of ``org`` as bytes, as of AS_OF unless said otherwise."""
    stream = io.BytesIO()
    exporter.export(org, stream, ExportOptions(**{"as_of": AS_OF, **options}))
    return stream.getvalue()


def open_book(data: bytes) -> Workbook:
    """The workbook, opened by openpyxl as a user's tool would."""
    return load_workbook(io.BytesIO(data))


@pytest.fixture(scope="module")
def dutch() -> Workbook:
    """The bundled Dutch example, without people."""
    return open_book(export_bytes(examples.load()))


@pytest.fixture(scope="module")
def dutch_people_bytes() -> bytes:
    """The bundled Dutch example with people, as bytes."""
    return export_bytes(examples.load(), include_people=True)


@pytest.fixture(scope="module")
def dutch_people(dutch_people_bytes: bytes) -> Workbook:
    """The bundled Dutch example with people."""
    return open_book(dutch_people_bytes)


@pytest.fixture(scope="module")
def english() -> Workbook:
    """The bundled English example (the library), with people."""
    return open_book(export_bytes(examples.load("library"), include_people=True))


def values(sheet: Worksheet, row: int) -> list[Any]:
    """The values of one row, trailing blanks cut."""
    found = [cell.value for cell in sheet[row]]
    while found and found[-1] is None:
        found.pop()
    return found


def row_of(sheet: Worksheet, text: str) -> int:
    """The first row whose column A holds ``text``."""
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, 1).value == text:
            return row
    raise AssertionError(f"{text!r} not in column A of {sheet.title}")


def test_the_builtin_exporter_comes_through_its_entry_point() -> None:
    """xlsx is registered like any plugin and is ready."""
    p.clear_cache()

    info = {(f.kind, f.name): f for f in p.formats()}[("exporter", "xlsx")]

    assert exporter is p.get_exporter("xlsx")
    assert (p.PluginState.READY, (".xlsx",)) == (info.state, info.suffixes)


def test_vcm_export_writes_a_workbook_chosen_by_suffix(tmp_path: Path) -> None:
    """export(org, 'x.xlsx') writes the workbook atomically and returns its path."""
    target = tmp_path / "matrix.xlsx"

    written = p.export(examples.load(), target, as_of=AS_OF)

    assert target == written
    assert ["Samenvatting", "Invullen", "Overzicht"] == load_workbook(target).sheetnames[:3]
    assert ["matrix.xlsx"] == [path.name for path in tmp_path.iterdir()]


def test_the_sheets_come_in_reading_order(dutch: Workbook) -> None:
    """Summary, instructions, overview, a matrix sheet per task area, the trends, then the
    data sheets; no personal data."""
    expected = [
        "Samenvatting",
        "Invullen",
        "Overzicht",
        "Wijkteam Noord",
        "Wijkteam Zuid",
        "Zorgplanning en cliëntcontact",
        "Verloop",
        "Organisatie",
        "Kernwaarden",
        "Gedrag per waarde",
        "Schaal",
        "Competenties",
        "Indicatoren",
        "Referenties",
        "Taakgebieden",
        "Resultaten",
        "Verantwoordelijkheden",
        "Bevoegdheden",
        "Matrix",
        "Bewaking",
        "Metingen",
        "Bevindingen",
    ]
    assert expected == dutch.sheetnames


def test_the_people_sheets_come_last_when_asked_for(dutch_people: Workbook) -> None:
    """With people: people, assessments, development, the gap heatmap and the profiles follow."""
    expected = ["Medewerkers", "Beoordelingen", "Ontwikkeling", "Tekorten", "Profielen"]
    assert expected == dutch_people.sheetnames[-5:]


def test_the_english_workbook_speaks_english(english: Workbook) -> None:
    """Sheet names and column heads follow the language."""
    assert ["Overview", "Values", "Competences", "Task areas", "People", "Gap heatmap"] == [
        name
        for name in english.sheetnames
        if name in {"Overview", "Values", "Competences", "Task areas", "People", "Gap heatmap"}
    ]
    area = english[english.sheetnames[3]]
    assert ["Id", "Competence", "Level"] == values(area, 3)[:3]
    assert ["Id", "Name", "Description"] == values(english["Values"], 1)


def test_the_matrix_grid_holds_level_and_behaviour_per_value(dutch: Workbook) -> None:
    """Row per required competence: id, name, level, and the behaviour under each value."""
    org = examples.load()
    for area in org.task_areas:
        sheet = dutch[area.name]
        competences = {c.id: c.name for c in org.competences}
        expected = [
            [
                row.competence,
                competences[row.competence],
                row.level,
                *(row.behaviour_for(value.id) for value in org.values),
            ]
            for row in area.matrix
        ]
        actual = [
            [cell.value for cell in sheet[number]][: 3 + len(org.values)]
            for number in range(FIRST_ROW, FIRST_ROW + len(area.matrix))
        ]
        assert expected == actual


def test_the_matrix_header_names_the_values_and_their_ids(dutch: Workbook) -> None:
    """Row 3 heads the columns with the value names, row 4 gives their ids."""
    sheet = dutch["Wijkteam Noord"]

    assert ["Wijkteam Noord"] == values(sheet, 1)
    assert [
        "Id",
        "Competentie",
        "Niveau",
        "Menswaardigheid",
        "Eigen regie",
        "Betrouwbaarheid",
        "Vakmanschap",
        "Volgorde",
    ] == values(sheet, 3)
    assert [
        None,
        None,
        None,
        "menswaardigheid",
        "eigen-regie",
        "betrouwbaarheid",
        "vakmanschap",
    ] == (values(sheet, 4))
    assert ["persoonsgerichte-zorg", "Persoonsgerichte zorg verlenen", 3] == values(sheet, 5)[:3]


def test_the_matrix_sheet_freezes_wraps_and_prints_landscape(dutch: Workbook) -> None:
    """Header rows and first columns stay put; text wraps; one page wide, landscape."""
    sheet = dutch["Wijkteam Noord"]

    assert "D5" == sheet.freeze_panes
    assert sheet["D5"].alignment.wrap_text
    assert ("landscape", 1, 0) == (
        sheet.page_setup.orientation,
        sheet.page_setup.fitToWidth,
        sheet.page_setup.fitToHeight,
    )
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.column_dimensions["D"].width > sheet.column_dimensions["C"].width


def _validations(sheet: Worksheet) -> dict[str, str]:
    return {str(rule.sqref): rule.formula1 for rule in sheet.data_validations.dataValidation}


def test_level_and_competence_cells_of_the_grid_have_dropdowns(dutch: Workbook) -> None:
    """Levels drop down from the scale sheet, competence ids from the competences sheet."""
    assert {
        "A5:A1010": "'Competenties'!$A$2:$A$9",
        "C5:C1010": "'Schaal'!$A$2:$A$5",
    } == _validations(dutch["Wijkteam Noord"])


def test_id_and_level_columns_of_the_data_sheets_have_dropdowns(dutch: Workbook) -> None:
    """The long-form matrix validates its task area, competence, level and value columns."""
    assert {
        "A2:A1061": "'Taakgebieden'!$A$2:$A$4",
        "C2:C1061": "'Competenties'!$A$2:$A$9",
        "E2:E1061": "'Schaal'!$A$2:$A$5",
        "F2:F1061": "'Kernwaarden'!$A$2:$A$5",
    } == _validations(dutch["Matrix"])
    assert {
        "A2:A1015": "'Verantwoordelijkheden'!$B$2:$B$10",
        "D2:D1015": '"gedelegeerd,gemandateerd"',
    } == _validations(dutch["Bevoegdheden"])


def _section(sheet: Worksheet, heading: str) -> Iterator[list[Any]]:
    row = row_of(sheet, heading) + 2  # the heading, then the header row
    while sheet.cell(row, 1).value is not None:
        yield values(sheet, row)
        row += 1


def test_the_results_of_the_task_area_follow_the_grid(dutch: Workbook) -> None:
    """Results: id, outcome, client and the values it serves."""
    rows = list(_section(dutch["Wijkteam Noord"], "Resultaten"))

    assert [
        "noord-thuis-veilig",
        "Cliënten met dementie wonen veilig thuis zolang zij en hun naasten dat willen.",
        None,
        "Cliënt en mantelzorger",
        "Menswaardigheid\nEigen regie",
    ] == rows[0]
    assert 4 == len(rows)


def test_the_tvb_rows_show_authorities_with_limit_and_escalation(dutch: Workbook) -> None:
    """TVB: responsibility | authorities | results | competences (with required level)."""
    rows = list(
        _section(dutch["Wijkteam Noord"], "Taken, verantwoordelijkheden en bevoegdheden (TVB)")
    )

    assert [
        "noord-dagelijkse-zorg",
        "Geeft de dagelijkse verzorging en verpleging zoals afgesproken in het zorgplan, "
        "afgestemd op hoe de cliënt zich die dag voelt.",
        None,
        "• Mag de volgorde en invulling van de zorg tijdens het bezoek aanpassen aan de wens "
        "van de cliënt. (gedelegeerd; grens: binnen de geïndiceerde zorg en de tijd van het "
        "bezoek; escaleren naar: wijkverpleegkundige)\n"
        "• Mag een extra kort bezoek inplannen als een cliënt onrustig of ziek is. "
        "(gedelegeerd; grens: ten hoogste twee extra bezoeken per cliënt per week; "
        "escaleren naar: teamcoach Noord)",
        "Cliënten krijgen de zorg op het afgesproken moment.\n"
        "Cliënten met dementie wonen veilig thuis zolang zij en hun naasten dat willen.",
        "Persoonsgerichte zorg verlenen (3)\nLuisteren naar de vraag achter de vraag (2)\n"
        "Zorg voor mensen met dementie (3)",
    ] == rows[0]
    assert 3 == len(rows)
    assert "B21:C21" in {str(cells) for cells in dutch["Wijkteam Noord"].merged_cells.ranges}


def test_monitoring_shows_the_status_as_of_the_export_date(dutch: Workbook) -> None:
    """The status column is headed with the date and says each rule's status in words."""
    sheet = dutch["Wijkteam Noord"]
    header = values(sheet, row_of(sheet, "Bewaking") + 1)
    rows = list(_section(sheet, "Bewaking"))

    assert "Status 29 november 2026" == header[-1]
    assert [
        ("noord-stiptheid", "31 oktober 2026: 95,5 %", "Op koers"),
        ("noord-verhalen", rows[1][6], "Op koers"),
        ("noord-zorgplan-evaluatie", "30 september 2026: 96 %", "Risico"),
    ] == [(row[0], row[6], row[7]) for row in rows]
    assert rows[0][5] == "doel 95 %\ndrempel 85 %\nhoger is beter"


def _status_org() -> Organisation:
    # One quantitative rule per status: on track, at risk, off track, overdue, no data.
    def rule(rule_id: str, value: float | None, day: dt.date = AS_OF) -> MonitoringRule:
        readings = () if value is None else (Observation(date=day, value=value),)
        return MonitoringRule(
            id=rule_id,
            kind="quantitative",
            indicator=f"Indicator {rule_id}",
            frequency="monthly",
            owner="team",
            results=("r",),
            unit="%",
            direction="higher",
            target=90,
            threshold=80,
            observations=readings,
        )

    area = TaskArea(
        id="area",
        name="Area",
        results=(Result(id="r", name="Result", client="Client"),),
        monitoring=(
            rule("on", 95),
            rule("risk", 85),
            rule("off", 10),
            rule("late", 95, dt.date(2026, 1, 1)),
            rule("none", None),
        ),
    )
    return Organisation(
        id="o", name="Org", purpose=Purpose(vision="V", mission="M"), task_areas=(area,)
    )


def test_every_status_has_its_colour() -> None:
    """On track green, at risk amber, off track red, overdue and no data grey."""
    sheet = open_book(export_bytes(_status_org(), language="en"))["Area"]
    status_row = row_of(sheet, "Monitoring") + 2

    found = [
        (
            sheet.cell(row, 1).value,
            sheet.cell(row, 8).value,
            sheet.cell(row, 8).fill.fgColor.rgb,
            sheet.cell(row, 8).font.color.rgb,
        )
        for row in range(status_row, status_row + 5)
    ]

    assert [
        ("on", "On track", "00C6EFCE", "00006100"),
        ("risk", "At risk", "00FFEB9C", "009C5700"),
        ("off", "Off track", "00FFC7CE", "009C0006"),
        ("late", "Overdue", "00D9D9D9", "00404040"),
        ("none", "No data", "00D9D9D9", "00404040"),
    ] == found


def test_the_overview_names_purpose_scale_date_and_findings(dutch: Workbook) -> None:
    """The overview: organisation, purpose, the localised default scale, date and findings."""
    sheet = dutch["Overzicht"]
    org = examples.load()

    assert ["Thuiszorg De Haven"] == values(sheet, 1)
    assert ["Waarden-competentiematrix"] == values(sheet, 2)
    assert ["Status en bevindingen per", "29 november 2026"] == values(sheet, 4)
    assert ["Visie", org.purpose.vision] == values(sheet, row_of(sheet, "Visie"))
    assert [
        ["1 · Basis", "Laat het gedrag zien als erom gevraagd wordt of onder begeleiding."],
        ["2 · Zelfstandig", "Laat het gedrag uit eigen beweging zien."],
    ] == [values(sheet, row_of(sheet, "Schaal") + n) for n in (1, 2)]
    findings = row_of(sheet, "Bevindingen")
    assert [None, "0 fout(en), 0 waarschuwing(en), 1 opmerking(en)"] == values(sheet, findings + 1)
    assert ["VCM502 (opmerking)", "1 × bewakingsregel loopt risico"] == values(sheet, findings + 2)


def test_the_overview_links_to_each_matrix_sheet(dutch: Workbook) -> None:
    """Each task area on the overview is a link to its sheet."""
    sheet = dutch["Overzicht"]
    row = row_of(sheet, "Wijkteam Noord")

    assert "'Wijkteam Noord'!A1" == sheet.cell(row, 1).hyperlink.location


def test_people_findings_count_only_when_people_are_included(dutch_people: Workbook) -> None:
    """With people the single-person dependency (VCM404) is summarised too."""
    sheet = dutch_people["Overzicht"]
    findings = row_of(sheet, "Bevindingen")

    assert [None, "0 fout(en), 1 waarschuwing(en), 1 opmerking(en)"] == values(sheet, findings + 1)


def test_every_data_sheet_is_one_filterable_table(dutch_people: Workbook) -> None:
    """Each data sheet holds exactly one Excel table from A1, with a filter and its heads."""
    expected_tables = {
        "Organisatie": "Organisation",
        "Kernwaarden": "Values",
        "Gedrag per waarde": "ValueBehaviours",
        "Schaal": "Scale",
        "Competenties": "Competences",
        "Indicatoren": "Indicators",
        "Referenties": "References",
        "Taakgebieden": "TaskAreas",
        "Resultaten": "Results",
        "Verantwoordelijkheden": "Responsibilities",
        "Bevoegdheden": "Authorities",
        "Matrix": "Matrix",
        "Bewaking": "Monitoring",
        "Metingen": "Observations",
        "Bevindingen": "Findings",
        "Medewerkers": "People",
        "Beoordelingen": "Assessments",
        "Ontwikkeling": "Development",
    }
    for sheet_name, table_name in expected_tables.items():
        sheet = dutch_people[sheet_name]
        ((name, ref),) = sheet.tables.items()
        table = sheet.tables[name]
        heads = [column.name for column in table.tableColumns]
        assert (table_name, "A1", heads) == (name, ref.split(":")[0], values(sheet, 1))
        assert ref == table.autoFilter.ref
        assert "A2" == sheet.freeze_panes


def test_data_sheet_heads_are_in_the_workbooks_language(dutch: Workbook) -> None:
    """The long-form matrix is headed in Dutch and holds one row per behaviour."""
    sheet = dutch["Matrix"]

    assert [
        "Taakgebied",
        "Matrixregel",
        "Competentie",
        "Naam competentie",
        "Niveau",
        "Waarde",
        "Gedrag",
    ] == values(sheet, 1)
    assert [
        "wijkteam-noord",
        1,
        "persoonsgerichte-zorg",
        "Persoonsgerichte zorg verlenen",
        3,
        "menswaardigheid",
        "Begint elk bezoek met de vraag hoe het vandaag gaat en past de zorg daarop aan.",
    ] == values(sheet, 2)


def test_without_people_no_personal_data_is_anywhere_in_the_file() -> None:
    """No person's name or id in any part of the zip, and no people sheets."""
    org = examples.load()
    data = export_bytes(org)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}

    leaks = [
        (word, name)
        for person in org.people
        for word in (person.id, person.name)
        for name, text in parts.items()
        if word in text
    ]
    assert [] == leaks
    assert not {"Medewerkers", "Beoordelingen", "Ontwikkeling", "Tekorten"} & set(
        open_book(data).sheetnames
    )


def test_with_people_the_names_are_there(dutch_people_bytes: bytes) -> None:
    """The privacy test above would see a name: with people, Anna de Vries is in the file."""
    with zipfile.ZipFile(io.BytesIO(dutch_people_bytes)) as archive:
        text = "".join(archive.read(name).decode("utf-8") for name in archive.namelist())

    assert "Anna de Vries" in text


def test_assessments_are_one_row_each(dutch_people: Workbook) -> None:
    """Every assessment of every person is a row, with its date as a date."""
    org = examples.load()
    sheet = dutch_people["Beoordelingen"]
    first = org.people[0].assessments[0]

    assert sum(len(person.assessments) for person in org.people) == sheet.max_row - 1
    assert [
        "anna-de-vries",
        "Anna de Vries",
        first.competence,
        "Persoonsgerichte zorg verlenen",
        dt.datetime(2026, 5, 12),
        first.level,
        True,
        None,  # valid until: the example's assessments do not expire
        "teamcoach Noord",
    ] == values(sheet, 2)


def test_the_gap_heatmap_holds_each_gap_and_blanks_where_not_required(
    dutch_people: Workbook,
) -> None:
    """Per task area its members x competences: the gap as the area requires it, ?
    unassessed, blank not required, a closing row of open gaps per competence."""
    org = examples.load()
    sheet = dutch_people["Tekorten"]
    heads = values(sheet, 1)
    names = {c.id: c.name for c in org.competences}
    column = {heads[n]: n + 1 for n in range(2, len(heads))}
    grid = [list(row) for row in sheet.iter_rows(values_only=True)]
    for area in org.task_areas:
        start = next(r for r, row in enumerate(grid) if row[1] == area.name)
        expected: dict[tuple[str, str], Any] = {}
        for gap in gaps(org, task_area=area.id):
            expected[(gap.person, gap.competence)] = gap.gap if gap.gap is not None else "?"
        members = [p.id for p in org.people if area.id in p.task_areas]
        assert members == [row[0] for row in grid[start + 1 : start + 1 + len(members)]]
        for offset, person_id in enumerate(members, start + 1):
            for competence_id, name in names.items():
                if name in column:
                    cell = grid[offset][column[name] - 1]
                    assert expected.get((person_id, competence_id)) == cell
        totals = grid[start + 1 + len(members)]
        assert "Open tekorten" == totals[1]
        for competence_id, name in names.items():
            open_gaps = sum(
                1
                for (person, c), gap in expected.items()
                if c == competence_id and gap != "?" and gap
            )
            required = any(c == competence_id for (_, c) in expected)
            assert (open_gaps if required else None) == totals[column[name] - 1]
    assert ["Id", "Medewerker"] == heads[:2]
    assert "C2" == sheet.freeze_panes
    (rules,) = [cf.rules for cf in sheet.conditional_formatting]
    assert "colorScale" == rules[0].type


def test_unknown_gaps_are_grey_and_every_gap_is_centred() -> None:
    org = examples.load()
    first = attrs.evolve(org.people[0], assessments=())  # never assessed: every gap unknown
    sheet = open_book(
        export_bytes(attrs.evolve(org, people=(first, *org.people[1:])), include_people=True)
    )["Tekorten"]
    marks = [c for row in sheet.iter_rows(min_row=2) for c in row[2:] if c.value in ("?", "n.w.")]
    assert marks
    assert {"D9D9D9"} == {c.fill.fgColor.rgb[-6:] for c in marks}
    numbers = [c for row in sheet.iter_rows(min_row=2) for c in row[2:] if isinstance(c.value, int)]
    assert {"center"} == {c.alignment.horizontal for c in numbers}


def test_text_that_looks_like_a_formula_stays_text() -> None:
    """=, +, -, @, tab and error-looking texts are written and read back as text."""
    tricky = ["=1+1", '=HYPERLINK("http://x")', "+1", "-1", "@SUM(A1)", "\t=x", "#N/A", "="]
    org = Organisation(
        id="o",
        name=tricky[0],
        purpose=Purpose(vision=tricky[1], mission=tricky[6]),
        values=tuple(
            Value(id=f"v{n}", name=text, behaviours=(text,)) for n, text in enumerate(tricky)
        ),
        competences=(Competence(id="=c", name="=competence", kind="ethical"),),
        task_areas=(
            TaskArea(
                id="=area",
                name="=Area",
                results=(Result(id="r", name="=result", client="@client"),),
                responsibilities=(
                    Responsibility(
                        id="resp",
                        description="-resp",
                        competences=("=c",),
                        authorities=(Authority(description="=auth", kind="delegated"),),
                    ),
                ),
                matrix=(
                    Requirement(
                        competence="=c", level=1, behaviours=(Behaviour(value="v0", text="=b"),)
                    ),
                ),
            ),
        ),
    )
    book = open_book(export_bytes(org))
    formulas = [
        (sheet.title, cell.coordinate, cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type in ("f", "e")
    ]
    texts = {cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row}

    assert [] == formulas
    assert (
        set(tricky) | {"=competence", "=Area", "=result", "@client", "-resp", "=auth", "=b"}
        <= texts
    )


def test_the_example_has_no_formula_cells(dutch_people: Workbook) -> None:
    """Nothing in the workbook is evaluated when Excel opens it."""
    assert [] == [
        cell.coordinate
        for sheet in dutch_people.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]


def test_a_title_replaces_the_subtitle() -> None:
    """options.title is shown under the organisation's name and in the file's properties."""
    book = open_book(export_bytes(examples.load("library"), title="Workshop March"))

    assert ["Workshop March"] == values(book["Overview"], 2)
    assert "Workshop March" == book.properties.title


def test_an_empty_organisation_still_makes_a_workbook() -> None:
    """No values, competences or task areas: the sheets are there, the tables empty."""
    org = Organisation(id="o", name="Empty", purpose=Purpose(vision="V", mission="M"))

    book = open_book(export_bytes(org))

    assert ["Summary", "How to fill this in", "Overview"] == book.sheetnames[:3]
    assert ["Id", "Name", "Description"] == values(book["Values"], 1)
    assert "A1:C2" == book["Values"].tables["Values"].ref


def test_options_from_vcm_export_reach_the_workbook(tmp_path: Path) -> None:
    """language and include_people given to vcm.plugins.export shape the workbook."""
    target = tmp_path / "library.xlsx"

    p.export(examples.load("library"), target, language="nl", include_people=True, as_of=AS_OF)

    names = load_workbook(target).sheetnames
    assert ("Samenvatting", "Profielen") == (names[0], names[-1])
