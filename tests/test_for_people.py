"""What people read: names instead of ids, places instead of paths, dates and words in their
language, in the terminal, the workbook's findings and the report's appendix (issue 12)."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import attrs
import docx
import openpyxl
import pytest

from vcm import Language, check, examples
from vcm.cli import main
from vcm.plugins import ExportOptions
from vcm.vocabulary import words
from vcm_exporters.docx import exporter as docx_exporter
from vcm_exporters.xlsx import exporter as xlsx_exporter

# Late enough that development actions are overdue and rules unread (VCM402, VCM500).
LATE = dt.date(2027, 6, 1)
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
PATH = re.compile(r"[a-z_]+\[\d+\]")


@pytest.fixture(scope="module")
def org() -> Any:
    return examples.load("thuiszorg")


@pytest.fixture(scope="module")
def ids(org: Any) -> set[str]:
    """Every id of the example that is not also a word (a quoted id in a message)."""
    found = {org.id, *(v.id for v in org.values), *(c.id for c in org.competences)}
    found |= {p.id for p in org.people}
    for area in org.task_areas:
        found |= {area.id, *(r.id for r in area.results), *(m.id for m in area.monitoring)}
        found |= {s.id for s in area.responsibilities}
    return found


def _quoted_ids(text: str, ids: set[str]) -> list[str]:
    return [word for word in re.findall(r"'([^']*)'", text) if word in ids]


def test_people_findings_name_people_and_their_place(org: Any, ids: set[str]) -> None:
    """VCM402 for a person: her name, the competence's name, a place of names."""
    overdue = [f for f in check(org, as_of=LATE) if f.code == "VCM402"]
    assert overdue
    person = org.people[int(re.search(r"people\[(\d+)\]", overdue[0].path)[1])]  # type: ignore[index]
    finding = overdue[0]
    assert person.name in finding.text("nl")
    assert finding.place("nl").startswith(f"{person.name} › Ontwikkeling › ")
    assert finding.place("en").startswith(f"{person.name} › Development › ")
    for f in overdue:
        assert [] == _quoted_ids(f.text("nl"), ids) == _quoted_ids(f.text("en"), ids)
        # The machine fields keep ids and paths.
        assert f.path.startswith("people[")
        assert _quoted_ids(f.message_nl, ids)


def test_dutch_dates_in_dutch_sentences(org: Any) -> None:
    """A Dutch reader reads "31 maart 2027"; JSON keeps ISO."""
    texts = [f.text("nl") for f in check(org, as_of=LATE)]
    assert any(" maart 2027 " in text or " oktober 2026" in text for text in texts)
    assert [] == [text for text in texts if ISO.search(text)]
    english = " ".join(f.text("en") for f in check(org, as_of=LATE))
    assert "October 2026" in english
    assert not ISO.search(english)
    machine = " ".join(f.message_nl for f in check(org, as_of=LATE))
    assert ISO.search(machine)


def test_dates_in_words_for_any_language() -> None:
    """One function writes a date for a sentence, in each language of the table."""
    day = dt.date(2026, 9, 30)
    assert "30 september 2026" == words(Language.NL).date(day)
    assert "30 September 2026" == words(Language.EN).date(day)


def _run(*args: str) -> str:
    out = io.StringIO()
    main(list(args), out=out)
    return out.getvalue()


def test_the_command_line_writes_names_places_and_dates(tmp_path: Any, ids: set[str]) -> None:
    """vcm validate's text: places of names, messages with names, dates in the language."""
    model = tmp_path / "model.yaml"
    model.write_text(examples.text("thuiszorg"), encoding="utf-8")
    text = _run("validate", str(model), "--as-of", "2027-06-01")
    assert "(per 1 juni 2027)" in text
    assert "Henk Jansen › Ontwikkeling › " in text
    assert not ISO.search(text)
    assert not PATH.search(text)
    assert [] == _quoted_ids(text, ids)
    json_text = _run("validate", str(model), "--as-of", "2027-06-01", "--format", "json")
    assert PATH.search(json_text)
    assert ISO.search(json_text)


def test_the_guide_card_writes_dates_in_words(tmp_path: Any) -> None:
    """The card's readings: "(30 september 2026: 96 %)"."""
    model = tmp_path / "model.yaml"
    model.write_text(examples.text("thuiszorg"), encoding="utf-8")
    card = _run("guide", str(model), "--task-area", "wijkteam-noord", "--as-of", "2026-11-29")
    assert "30 september 2026: 96" in card
    assert not ISO.search(card)


def _workbook(org: Any, **options: Any) -> openpyxl.Workbook:
    stream = io.BytesIO()
    xlsx_exporter.export(org, stream, ExportOptions(as_of=LATE, **options))
    return openpyxl.load_workbook(io.BytesIO(stream.getvalue()))


def test_the_workbook_findings_sheet_reads_names_and_places(org: Any, ids: set[str]) -> None:
    """No machine path, no quoted id, no English severity in the Dutch findings sheet."""
    book = _workbook(org, include_people=True)
    sheet = book["Bevindingen"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows[0]
    assert ["Code", "Ernst", "Plaats", "Bevinding"] == header[:4]
    body = rows[1:]
    assert body
    assert [] == [row for row in body if PATH.search(str(row[2])) or ISO.search(str(row[3]))]
    assert [] == [row for row in body if _quoted_ids(str(row[3]), ids)]
    assert {"waarschuwing"} <= {row[1] for row in body}
    assert any(str(row[2]).startswith("Henk Jansen › Ontwikkeling") for row in body)


def _english_words() -> dict[str, str]:
    """Every word of the table whose English differs from its Dutch, in lower case."""
    english, dutch = words(Language.EN), words(Language.NL)
    found: dict[str, str] = {}
    for group in ("enums", "titles", "kinds", "cli", "workbook", "report", "diff"):
        left = attrs.asdict(getattr(english, group))
        right = attrs.asdict(getattr(dutch, group))
        for key, text in left.items():
            if text != right[key] and len(text) > 2:
                found[text.lower()] = f"{group}.{key}"
    return found


def _dropdown_columns(sheet: Any) -> set[str]:
    """The columns a data sheet offers a list of words in: the round trip's, kept as is."""
    columns: set[str] = set()
    for validation in sheet.data_validations.dataValidation:
        for cells in validation.sqref.ranges:
            columns.add(re.sub(r"\d", "", cells.coord.split(":")[0]))
    return columns


def test_every_cell_of_the_dutch_workbook_is_dutch(org: Any) -> None:
    """Scan every cell: no English word vcm writes itself (dropdown cells excepted)."""
    english = _english_words()
    book = _workbook(org, include_people=True)
    found = []
    for sheet in book.worksheets:
        skip = _dropdown_columns(sheet)
        for row in sheet.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                if re.sub(r"\d", "", cell.coordinate) in skip:
                    continue
                if cell.value.strip().lower() in english:
                    found.append((sheet.title, cell.coordinate, cell.value))
    assert [] == found


def _report(org: Any, **options: Any) -> docx.document.Document:
    stream = io.BytesIO()
    docx_exporter.export(org, stream, ExportOptions(as_of=LATE, **options))
    return docx.Document(io.BytesIO(stream.getvalue()))


def test_the_dutch_report_reads_dutch_names_places_and_dates(org: Any, ids: set[str]) -> None:
    """Every paragraph and cell of the Dutch report: no English word, path, ISO date or id."""
    english = _english_words()
    document = _report(org, include_people=True)
    texts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    assert [] == [text for text in texts if text.strip().lower() in english]
    assert [] == [text for text in texts if PATH.search(text) or ISO.search(text)]
    appendix = document.tables[-1]
    places = [row.cells[2].text for row in appendix.rows][1:]
    messages = [row.cells[3].text for row in appendix.rows][1:]
    assert any(place.startswith("Henk Jansen › Ontwikkeling") for place in places)
    assert [] == [message for message in messages if _quoted_ids(message, ids)]
