"""The Word report as a reader sees it: headings, tables, statuses, sections, privacy, bytes."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import attrs
import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx2python import docx2python
from tests.office import convert, needs_libreoffice

import vcm
from vcm import (
    Assessment,
    Authority,
    Behaviour,
    Competence,
    DevelopmentAction,
    Indicator,
    MonitoringRule,
    Observation,
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
from vcm_exporters.docx import DocxExporter, exporter
from vcm_exporters.docx.template import default_template

AS_OF = dt.date(2026, 11, 29)
AWKWARD = 'Says "no" & <means> it\'s =SUM(A1) 💪 café\tthen\nnext'


def organisation(values: int = 5) -> Organisation:
    """Harbour Home Care: one full task area, one thin one, two people; ``values`` values."""
    all_values = [
        Value(
            id="dignity",
            name="Dignity",
            description="Every client is met as a unique person with a story.",
            behaviours=("Asks what matters to the client before acting.",),
            counter_behaviours=("Follows the protocol when it clearly does not fit.",),
        ),
        Value(id="ownership", name="Ownership", behaviours=("Finishes what they promised.",)),
        Value(id="craft", name="Craft", behaviours=("Keeps their knowledge up to date.",)),
        Value(id="together", name="Together", behaviours=("Involves family and carers.",)),
        Value(id="courage", name="Courage", behaviours=(AWKWARD,)),
    ][:values]
    north = TaskArea(
        id="north",
        name="District team North",
        description="Home care for about 120 clients in the northern district.",
        results=[
            Result(
                id="care-on-time",
                name="Clients receive care at the agreed moment.",
                client="Client",
                values=["ownership"],
            ),
            Result(id="wounds-heal", name="Wounds heal.", client="Client and GP", values=[]),
        ],
        responsibilities=[
            Responsibility(
                id="visit-planning",
                description="Plans the visits of the district and keeps them.",
                results=["care-on-time"],
                competences=["planning", "listening"],
                authorities=[
                    Authority(
                        description="May move a visit within the same day.",
                        kind="delegated",
                        limit="within the same day",
                        escalate_to="team coach",
                    )
                ],
            ),
            Responsibility(
                id="wound-care",
                description="Treats wounds.",
                results=["wounds-heal"],
                competences=["wound-care"],
                authorities=[Authority(description="Orders dressings.", kind="mandated")],
            ),
        ],
        matrix=[
            Requirement(
                competence="listening",
                level=3,
                behaviours=[
                    Behaviour(value="dignity", text="Asks about the client's day first."),
                    *([Behaviour(value="courage", text=AWKWARD)] if values == 5 else []),
                ],
            ),
            Requirement(
                competence="planning",
                level=2,
                behaviours=[Behaviour(value="ownership", text="Calls when a visit moves.")],
            ),
            Requirement(competence="wound-care", level=3),
        ],
        monitoring=[
            MonitoringRule(
                id="punctuality",
                results=["care-on-time"],
                kind="quantitative",
                indicator="Visits started within 15 minutes",
                method="Weekly export of the planning system",
                frequency="monthly",
                owner="team coach",
                unit="%",
                direction="higher",
                target=95,
                threshold=85,
                response="Team discusses the misses.",
                observations=[Observation(date=dt.date(2026, 10, 31), value=93.5)],
            ),
            MonitoringRule(
                id="stories",
                results=["care-on-time"],
                kind="qualitative",
                indicator="Clients' own stories",
                frequency="quarterly",
                owner="team",
                observations=[
                    Observation(date=dt.date(2026, 9, 30), status="on_track", note="Two calls.")
                ],
            ),
            MonitoringRule(
                id="healing",
                results=["wounds-heal"],
                kind="quantitative",
                indicator="Wounds healed in time",
                frequency="monthly",
                owner="wound nurse",
                unit="%",
                target=90,
                threshold=80,
                observations=[Observation(date=dt.date(2026, 11, 15), value=70)],
            ),
            MonitoringRule(
                id="reflection",
                results=["wounds-heal"],
                kind="qualitative",
                indicator="Reflection",
                frequency="monthly",
                owner="team",
                observations=[Observation(date=dt.date(2026, 1, 15), status="at_risk")],
            ),
            MonitoringRule(
                id="survey",
                results=["wounds-heal"],
                kind="qualitative",
                indicator="Survey",
                frequency="yearly",
                owner="team",
            ),
        ],
    )
    south = TaskArea(
        id="south",
        name="District team South",
        results=[Result(id="heard", name="Clients feel heard.", client="Client")],
    )
    people = [
        Person(
            id="person-anna-0001",
            name="Anna de Vries",
            task_areas=["north"],
            assessments=[
                Assessment(
                    competence="listening",
                    level=2,
                    date=dt.date(2026, 6, 1),
                    assessor="Coach Zebedeus",
                    evidence="Evidence-Xylophone observed in three visits.",
                )
            ],
            development=[
                DevelopmentAction(
                    competence="listening",
                    kind="coaching",
                    description="Coaching-Quokka on summarising the wish.",
                    target_level=3,
                    due=dt.date(2027, 3, 1),
                )
            ],
        ),
        Person(id="person-bram-0002", name="Bram Ëlzinga", task_areas=["north", "south"]),
    ]
    return Organisation(
        id="harbour",
        name="Harbour Home Care",
        purpose=Purpose(
            vision="Everyone can live at home with dignity.",
            mission="Care that fits each client's own life.",
            statement="Care as an encounter, not a transaction.",
        ),
        values=all_values,
        competences=[
            Competence(
                id="listening",
                name="Listening",
                kind="behavioural",
                values=["dignity"],
                description="Hears the wish behind the question.",
                indicators=[Indicator(level=1, behaviours=("Lets the client finish.",))],
            ),
            Competence(id="planning", name="Planning", kind="professional", values=["ownership"]),
            Competence(id="wound-care", name="Wound care", kind="professional", values=["craft"]),
        ],
        task_areas=[north, south],
        people=people,
    )


PERSONAL = (
    "Anna de Vries",
    "person-anna-0001",
    "Bram Ëlzinga",
    "person-bram-0002",
    "Coach Zebedeus",
    "Evidence-Xylophone",
    "Coaching-Quokka",
)
"""Everything in :func:`organisation` that is about a person, and nothing else is."""


def export(org: Organisation | None = None, **options: object) -> bytes:
    """The report of ``org`` (the sample) as bytes, as of AS_OF unless told otherwise."""
    options.setdefault("as_of", AS_OF)
    stream = io.BytesIO()
    exporter.export(org or organisation(), stream, ExportOptions(**options))  # type: ignore[arg-type]
    return stream.getvalue()


def read(data: bytes) -> docx.document.Document:
    """The report opened by python-docx."""
    return docx.Document(io.BytesIO(data))


def headings(data: bytes) -> list[tuple[int, str]]:
    """The headings of the report: (level, text), in order."""
    found = []
    for paragraph in read(data).paragraphs:
        match = re.fullmatch(r"Heading (\d)", paragraph.style.name)
        if match:
            found.append((int(match.group(1)), paragraph.text))
    return found


def table_after(data: bytes, *heading_path: str) -> list[list[str]]:
    """The cell texts of the first table after the headings ``heading_path`` (in order)."""
    document = read(data)
    wanted = list(heading_path)
    body = document.element.body
    for element in body.iterchildren():
        if element.tag == qn("w:p") and wanted:
            text = "".join(t.text or "" for t in element.iter(qn("w:t")))
            style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            is_heading = style is not None and style.get(qn("w:val")).startswith("Heading")
            if is_heading and text == wanted[0]:
                wanted.pop(0)
        elif element.tag == qn("w:tbl") and not wanted:
            table = docx.table.Table(element, document)
            return [[cell.text for cell in row.cells] for row in table.rows]
    raise AssertionError(f"no table after {heading_path}")


def parts(data: bytes) -> dict[str, str]:
    """Every part of the .docx package as text."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name).decode("utf-8", "replace") for name in package.namelist()}


def test_title_page_shows_title_organisation_and_date() -> None:
    """The title page: the default title, the organisation's name and the date."""
    paragraphs = [(p.style.name, p.text) for p in read(export()).paragraphs if p.text][:3]
    expected = [
        ("Title", "Values-competence matrix"),
        ("Subtitle", "Harbour Home Care"),
        ("Normal", "29 November 2026"),
    ]
    assert expected == paragraphs


def test_title_given_in_the_options_is_the_title() -> None:
    """``title`` replaces the default title, on the page and in the properties."""
    document = read(export(title="Matrix 2027"))
    assert "Matrix 2027" == next(p.text for p in document.paragraphs if p.style.name == "Title")
    assert "Matrix 2027" == document.core_properties.title


def test_headings_follow_the_method_in_order() -> None:
    """The summary, purpose, values, scale, competences, each task area's five parts, the
    findings."""
    area = [(2, "Results"), (2, "Responsibilities and authorities (TVB)")]
    area += [(2, "Values-competence matrix"), (2, "Coverage"), (2, "Monitoring")]
    expected = [
        (1, "Summary"),
        (2, "Monitoring rules by status"),
        (2, "Competences and development"),
        (2, "Findings of the check"),
        (1, "Purpose"),
        (2, "Vision"),
        (2, "Mission"),
        (1, "Core values"),
        (2, "Dignity"),
        (2, "Ownership"),
        (2, "Craft"),
        (2, "Together"),
        (2, "Courage"),
        (1, "Scale"),
        (1, "Competences"),
        (1, "District team North"),
        *area,
        (1, "District team South"),
        *area,
        (1, "Appendix: findings"),
    ]
    assert expected == headings(export())


def test_contents_is_a_field_word_updates_on_opening() -> None:
    """A TOC field marked dirty, pre-filled with the chapters; Word is asked to update."""
    xml = parts(export())
    document = xml["word/document.xml"]
    assert 'TOC \\o "1-2" \\h \\z \\u' in document
    assert '<w:fldChar w:fldCharType="begin" w:dirty="true"/>' in document
    assert '<w:updateFields w:val="true"/>' in xml["word/settings.xml"]
    toc = [p.text for p in read(export()).paragraphs if p.style.name in ("toc 1", "toc 2")]
    assert ["Summary", "Monitoring rules by status"] == toc[:2]
    assert ["Purpose", "Vision", "Mission", "Core values"] == toc[4:8]


def test_contents_of_many_task_areas_list_chapters_only() -> None:
    """From thirteen task areas on, the contents list the chapters, not every section."""
    org = organisation()
    many = [attrs.evolve(org.task_areas[1], id=f"area-{n}", name=f"Area {n}") for n in range(13)]
    data = export(attrs.evolve(org, task_areas=many))
    assert 'TOC \\o "1-1" \\h \\z \\u' in parts(data)["word/document.xml"]
    styles = {p.style.name for p in read(data).paragraphs if p.style.name.startswith("toc")}
    assert {"toc 1"} == styles


def test_values_show_behaviours_and_what_they_are_not() -> None:
    """Under a value: its description, behaviours and counter-behaviours as bullets."""
    texts = [(p.style.name, p.text) for p in read(export()).paragraphs]
    start = texts.index(("Heading 2", "Dignity"))
    expected = [
        ("Heading 2", "Dignity"),
        ("Normal", "Every client is met as a unique person with a story."),
        ("Normal", "Behaviours"),
        ("List Bullet", "Asks what matters to the client before acting."),
        ("Normal", "What it is not"),
        ("List Bullet", "Follows the protocol when it clearly does not fit."),
        ("Heading 2", "Ownership"),
    ]
    assert expected == texts[start : start + 7]


def test_scale_lists_the_levels() -> None:
    """The default scale with its English names."""
    expected = [
        ["Level", "Name", "Description"],
        ["1", "Basic", "Shows the behaviour when prompted or under guidance."],
        ["2", "Independent", "Shows the behaviour on own initiative."],
        ["3", "Guiding", "Helps colleagues show the behaviour."],
        ["4", "Inspiring", "Shapes the behaviour across the organisation."],
    ]
    assert expected == table_after(export(), "Scale")


def test_competences_with_their_values_and_indicators() -> None:
    """The catalogue: name and kind, the values realised, description and indicators."""
    expected = [
        ["Competence", "Realises", "Description"],
        [
            "Listening\nbehavioural",
            "Dignity",
            "Hears the wish behind the question.\n1 Basic: Lets the client finish.",
        ],
        ["Planning\nprofessional", "Ownership", ""],
        ["Wound care\nprofessional", "Craft", ""],
    ]
    assert expected == table_after(export(), "Competences")


def test_results_with_their_clients() -> None:
    """Each result with its client and the values it serves."""
    expected = [
        ["Result", "Client", "Serves"],
        ["Clients receive care at the agreed moment.", "Client", "Ownership"],
        ["Wounds heal.", "Client and GP", ""],
    ]
    assert expected == table_after(export(), "District team North", "Results")


def test_tvb_table_holds_responsibility_authorities_results_competences() -> None:
    """TVB: authorities with kind, limit and escalation; competences with required level."""
    expected = [
        ["Responsibility", "Authorities", "Results", "Competences"],
        [
            "Plans the visits of the district and keeps them.",
            "May move a visit within the same day.\n"
            "delegated; limit: within the same day; escalate to: team coach",
            "Clients receive care at the agreed moment.",
            "Planning (2)\nListening (3)",
        ],
        ["Treats wounds.", "Orders dressings.\nmandated", "Wounds heal.", "Wound care (3)"],
    ]
    assert expected == table_after(
        export(), "District team North", "Responsibilities and authorities (TVB)"
    )


def test_matrix_has_competences_by_values_with_required_levels() -> None:
    """The matrix: a row per required competence, a column per value, behaviours in cells."""
    expected = [
        ["Competence", "Required level", "Dignity", "Ownership", "Craft", "Together", "Courage"],
        [
            "Listening",
            "3 Guiding",
            "Asks about the client's day first.",
            "",
            "",
            "",
            AWKWARD,
        ],
        ["Planning", "2 Independent", "", "Calls when a visit moves.", "", "", ""],
        ["Wound care", "3 Guiding", "", "", "", "", ""],
    ]
    assert expected == table_after(export(), "District team North", "Values-competence matrix")


def test_every_table_repeats_its_header_row_on_each_page() -> None:
    """The first row of every table, the matrix included, is a repeated header row."""
    document = read(export())
    marks = [
        table.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        for table in document.tables
    ]
    # The summary's two tables, and one coverage table per task area (the thin one has none).
    assert [True] * 10 == marks


def test_a_wide_matrix_is_set_on_landscape_pages() -> None:
    """With five values the matrix gets a landscape section; the rest stays portrait."""
    orientations = [section.orientation for section in read(export()).sections]
    portrait, landscape = WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE
    assert [portrait, landscape, portrait] == orientations
    wide = read(export()).sections[1]
    assert wide.page_width > wide.page_height


def test_a_narrow_matrix_stays_portrait() -> None:
    """With four values or fewer, and words that fit, the report is one portrait section."""
    orientations = [s.orientation for s in read(export(organisation(values=4))).sections]
    assert [WD_ORIENT.PORTRAIT] == orientations


def test_a_matrix_whose_words_do_not_fit_goes_landscape() -> None:
    """Four values with long (Dutch) names do not fit a portrait page: landscape."""
    org = organisation(values=4)
    long_names = ["Menswaardigheid", "Betrouwbaarheid", "Vakmanschapzin", "Verbondenheid"]
    values = [attrs.evolve(v, name=n) for v, n in zip(org.values, long_names, strict=True)]
    orientations = [s.orientation for s in read(export(attrs.evolve(org, values=values))).sections]
    assert [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT] == orientations


def test_the_body_ends_with_a_paragraph_not_a_table() -> None:
    """Word expects a paragraph after the last table (the appendix ends in one)."""
    children = [child.tag for child in read(export()).element.body.iterchildren()]
    assert [qn("w:tbl"), qn("w:p"), qn("w:sectPr")] == children[-3:]


def test_only_the_title_page_goes_without_a_page_number() -> None:
    """The first section has a different first page; the landscape ones do not."""
    different_first = [s.different_first_page_header_footer for s in read(export()).sections]
    assert [True, False, False] == different_first


def test_monitoring_shows_the_status_as_of_the_date() -> None:
    """Each rule's status and the reading that decides it, as of the report's date."""
    rows = table_after(export(), "District team North", "Monitoring")
    statuses = [row[-1] for row in rows]
    expected = [
        "Status",
        "At risk\n93.5 % (31 October 2026)",
        "On track\n30 September 2026\nTwo calls.",
        "Off track\n70 % (15 November 2026)",
        "Overdue\n15 January 2026",
        "No data",
    ]
    assert expected == statuses
    norm = rows[1][3]
    expected_norm = (
        "target: 95 %\nthreshold: 85 %\nhigher is better\nOn a miss: Team discusses the misses."
    )
    assert expected_norm == norm


def test_status_cells_are_coloured() -> None:
    """The status cells are filled: amber, green, red, orange and grey."""
    document = read(export())
    rows = table_after(export(), "District team North", "Monitoring")
    table = next(t for t in document.tables if [c.text for c in t.rows[0].cells] == rows[0])
    fills = [
        row.cells[-1]._tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}").get(qn("w:fill"))
        for row in table.rows[1:]
    ]
    assert ["FFEB9C", "C6EFCE", "FFC7CE", "F8CBAD", "E7E6E6"] == fills


def test_status_follows_the_date_of_the_report() -> None:
    """Half a year later every reading is too old: the rules are overdue."""
    rows = table_after(export(as_of=dt.date(2027, 6, 1)), "District team North", "Monitoring")
    assert ["Overdue", "Overdue", "Overdue", "Overdue", "No data"] == [
        row[-1].split("\n")[0] for row in rows[1:]
    ]


def test_findings_appendix_lists_what_check_finds() -> None:
    """The appendix: a summary, and per finding severity, code, place and message."""
    rows = table_after(export(), "Appendix: findings")
    assert ["Severity", "Code", "Where", "Finding"] == rows[0]
    report = vcm.checks.check(attrs.evolve(organisation(), people=()), as_of=AS_OF)
    expected = [
        [f.severity.value.replace("info", "note"), f.code, f.place(), f.text()]
        for f in report.findings
        if not f.code.startswith("VCM4")
    ]
    assert expected == rows[1:]
    # People read names and places, never a machine path or an id.
    assert "District team North › Matrix" == rows[1][2]
    assert not [row for row in rows[1:] if "[" in row[2] or "'north'" in row[3]]
    assert {"VCM203", "VCM501", "VCM500"} <= {row[1] for row in rows}


def test_no_person_data_anywhere_without_include_people() -> None:
    """Without include_people no part of the file names a person or their data."""
    found = {
        (name, text)
        for name, content in parts(export()).items()
        for text in PERSONAL
        if text in content
    }
    assert set() == found


def test_findings_about_people_are_left_out_and_said_to_be() -> None:
    """Without people the VCM4xx findings are not in the appendix; a note says so."""
    data = export()
    codes = {row[1] for row in table_after(data, "Appendix: findings")}
    assert not {code for code in codes if code.startswith("VCM4")}
    notes = [p.text for p in read(data).paragraphs if "VCM400-VCM406" in p.text]
    expected = [
        "Findings about people (VCM400-VCM406) are left out: this report does not include people."
    ]
    assert expected == notes


def test_people_with_gaps_and_plans_when_asked() -> None:
    """With include_people: per person their gaps and development plan (POP)."""
    data = export(include_people=True)
    found = headings(data)
    start = found.index((1, "People"))
    expected = [
        (1, "People"),
        (2, "Anna de Vries"),
        (3, "Competences and gaps"),
        (3, "Development plan (POP)"),
        (2, "Bram Ëlzinga"),
        (3, "Competences and gaps"),
        (3, "Development plan (POP)"),
        (1, "Appendix: findings"),
    ]
    assert expected == found[start:]
    gaps = table_after(data, "Anna de Vries", "Competences and gaps")
    expected_gaps = [
        ["Competence", "Required", "Current", "Gap", "Priority", "Open actions"],
        [
            "Listening",
            "3 Guiding",
            "2 Independent",
            "1",
            "1",
            "coaching: Coaching-Quokka on summarising the wish. (1 March 2027)",
        ],
        ["Planning", "2 Independent", "not assessed", "—", "—", ""],
        ["Wound care", "3 Guiding", "not assessed", "—", "—", ""],
    ]
    assert expected_gaps == gaps
    plan = table_after(data, "Anna de Vries", "Development plan (POP)")
    expected_plan = [
        ["Competence", "Action", "Target level", "Due", "Status"],
        [
            "Listening",
            "coaching\nCoaching-Quokka on summarising the wish.",
            "3 Guiding",
            "1 March 2027",
            "planned",
        ],
    ]
    assert expected_plan == plan
    codes = {row[1] for row in table_after(data, "Appendix: findings")}
    assert "VCM400" in codes


def test_dutch_labels_dates_and_scale() -> None:
    """With language nl: Dutch headings, Dutch dates, the default scale's Dutch names."""
    data = export(language="nl")
    found = [text for level, text in headings(data) if level == 1]
    expected = [
        "Samenvatting",
        "Bedoeling",
        "Kernwaarden",
        "Schaal",
        "Competenties",
        "District team North",
        "District team South",
        "Bijlage: bevindingen",
    ]
    assert expected == found
    assert "29 november 2026" in [p.text for p in read(data).paragraphs]
    scale = table_after(data, "Schaal")
    assert ["Niveau", "Naam", "Omschrijving"] == scale[0]
    assert ["Basis", "Zelfstandig", "Begeleidend", "Inspirerend"] == [row[1] for row in scale[1:]]
    status = table_after(data, "District team North", "Bewaking")[1][-1]
    assert "Risico\n93,5 % (31 oktober 2026)" == status
    assert read(data).core_properties.language == "nl-NL"


def test_the_organisation_language_is_the_default() -> None:
    """An organisation whose language is nl gets a Dutch report unless asked otherwise."""
    dutch = attrs.evolve(organisation(), language="nl")
    assert (1, "Samenvatting") == headings(export(dutch))[0]
    assert (1, "Summary") == headings(export(dutch, language="en"))[0]


def test_awkward_text_arrives_as_text() -> None:
    """Markup characters, quotes, emoji, diacritics, a leading = stay text; tab and newline too."""
    data = export()
    cell = table_after(data, "District team North", "Values-competence matrix")[1][-1]
    assert AWKWARD == cell
    document = parts(data)["word/document.xml"]
    assert "&lt;means&gt;" in document
    assert '<w:tab/><w:t xml:space="preserve">then</w:t><w:br/>' in document


def test_the_same_input_gives_the_same_bytes() -> None:
    """Two exports of the same model and options are byte-identical."""
    assert export(include_people=True) == export(include_people=True)


def test_package_dates_and_properties_are_fixed() -> None:
    """Zip entries carry the as-of date at midnight; the properties name no author, dated as of."""
    data = export()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        times = {info.date_time for info in package.infolist()}
        first = package.namelist()[:2]
    assert {(2026, 11, 29, 0, 0, 0)} == times
    assert ["[Content_Types].xml", "_rels/.rels"] == first
    properties = read(data).core_properties
    moment = dt.datetime(2026, 11, 29, tzinfo=dt.UTC)
    assert ("", "", 1) == (properties.author, properties.last_modified_by, properties.revision)
    assert (moment, moment) == (properties.created, properties.modified)


def test_export_through_the_plugin_layer(tmp_path: Path) -> None:
    """``vcm.plugins.export`` picks the exporter by suffix and writes the same bytes."""
    path = tmp_path / "report.docx"
    vcm.plugins.export(organisation(), path, as_of=AS_OF)
    assert export() == path.read_bytes()


def test_an_independent_reader_sees_the_same_tables() -> None:
    """docx2python reads the TVB table with the same words as python-docx."""
    data = export()
    with docx2python(io.BytesIO(data)) as document:
        text = document.text
    expected = table_after(data, "District team North", "Responsibilities and authorities (TVB)")
    for row in expected:
        for cell in row:
            for line in cell.split("\n"):
                assert line in text


def test_the_report_uses_only_styles_of_the_template() -> None:
    """Every style id the report's markup names is defined in the template."""
    xml = parts(export(include_people=True))
    used = set(re.findall(r'<w:(?:pStyle|tblStyle) w:val="([^"]+)"', xml["word/document.xml"]))
    defined = set(re.findall(r'w:styleId="([^"]+)"', xml["word/styles.xml"]))
    assert set() == used - defined
    assert {"Heading1", "Heading2", "Heading3", "Title", "TableGrid", "TableText"} <= used


def test_a_house_template_must_define_the_styles() -> None:
    """A template without the report's own styles is refused, naming what is missing."""
    plain = io.BytesIO()
    docx.Document().save(plain)
    with pytest.raises(vcm.VcmError) as caught:
        DocxExporter(template=plain.getvalue())
    expected = "the Word template lacks the style(s) the report uses: toc 1, toc 2, Table Text"
    assert expected == str(caught.value)


def test_a_house_template_that_is_no_word_document_is_refused() -> None:
    """Bytes that are not a .docx are refused as a template, with the reason."""
    with pytest.raises(vcm.VcmError, match="the Word template cannot be read"):
        DocxExporter(template=b"not a zip file")


def test_a_house_template_with_other_prefixes_is_refused() -> None:
    """A document binding the WordprocessingML namespace to another prefix is refused."""
    source = io.BytesIO(default_template())
    target = io.BytesIO()
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(target, "w") as renamed:
        for name in package.namelist():
            content = package.read(name).decode()
            if name == "word/document.xml":
                content = re.sub(r"(</?| )w:", r"\1ns0:", content)
                content = content.replace('xmlns:w="', 'xmlns:ns0="')
            renamed.writestr(name, content)
    with pytest.raises(vcm.VcmError, match="does not use the prefixes w: and r:"):
        DocxExporter(template=target.getvalue())


def test_a_missing_house_template_is_a_clear_error(tmp_path: Path) -> None:
    """A template path that does not exist is a VcmError naming the file."""
    missing = tmp_path / "house.docx"
    with pytest.raises(vcm.VcmError) as caught:
        DocxExporter(template=missing)
    assert str(missing) == caught.value.file


@needs_libreoffice
def test_libreoffice_converts_the_report(tmp_path: Path) -> None:
    """LibreOffice opens the report and converts it to PDF."""
    source = tmp_path / "report.docx"
    source.write_bytes(export(include_people=True))
    assert convert(source, "pdf", tmp_path / "out").read_bytes().startswith(b"%PDF")
