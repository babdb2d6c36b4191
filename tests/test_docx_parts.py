"""The pieces of the Word report: markup, tables, template, labels."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.table import Table as DocxTable

from vcm.model import (
    AuthorityKind,
    CompetenceKind,
    DevelopmentKind,
    DevelopmentStatus,
    Direction,
    Frequency,
    MonitoringKind,
    RuleStatus,
)
from vcm.vocabulary import WORDS
from vcm_exporters.docx import ooxml
from vcm_exporters.docx.labels import EN, NL, labels_for
from vcm_exporters.docx.tables import Cell, Table, Text, cell_text, table_xml
from vcm_exporters.docx.template import STYLE_NAMES, PageLayout, StyleIds, default_template

WIDTH = 9638


def as_table(markup: str) -> DocxTable:
    """A table's markup, parsed and wrapped by python-docx."""
    document = docx.Document()
    element = parse_xml(markup.replace("<w:tbl>", f"<w:tbl {ooxml.NSDECLS}>", 1))
    document.element.body.append(element)
    return document.tables[0]


def render(table: Table) -> DocxTable:
    """``table`` as python-docx reads its markup back."""
    return as_table(table_xml(table, width=WIDTH, style="TableGrid", text_style="TableText"))


def test_run_escapes_markup_and_keeps_text() -> None:
    """``& < >`` are escaped; python-docx reads the text back unchanged."""
    markup = ooxml.run("a & b < c > \"d\" 'e' =1 💪 é")
    expected = '<w:r><w:t xml:space="preserve">a &amp; b &lt; c &gt; "d" \'e\' =1 💪 é</w:t></w:r>'
    assert expected == markup


def test_run_turns_tabs_and_newlines_into_elements() -> None:
    """A tab becomes ``w:tab``, a newline ``w:br``, CR LF one break."""
    expected = (
        '<w:r><w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t>'
        '<w:br/><w:t xml:space="preserve">c</w:t><w:br/></w:r>'
    )
    assert expected == ooxml.run("a\tb\r\nc\n")


def test_run_replaces_what_xml_cannot_hold() -> None:
    """A lone surrogate or U+FFFF becomes U+FFFD instead of breaking the file."""
    assert '<w:r><w:t xml:space="preserve">a\ufffdb\ufffd</w:t></w:r>' == ooxml.run(
        "a\ud800b\uffff"
    )


def test_run_with_emphasis() -> None:
    """Bold and italic are run properties."""
    expected = '<w:r><w:rPr><w:b/><w:i/></w:rPr><w:t xml:space="preserve">x</w:t></w:r>'
    assert expected == ooxml.run("x", bold=True, italic=True)


def test_table_cells_read_back() -> None:
    """Header, plain cells and cells of several lines read back as python-docx sees them."""
    table = Table(
        ("A", "B"),
        [("one", Cell(("two", Text("three", italic=True)))), ("", Cell(()))],
        (1, 1),
    )
    expected = [["A", "B"], ["one", "two\nthree"], ["", ""]]
    assert expected == [[cell.text for cell in row.cells] for row in render(table).rows]


def test_table_header_row_repeats_and_layout_is_fixed() -> None:
    """The header row is marked ``w:tblHeader``; the layout is fixed; widths fill the page."""
    table = render(Table(("A", "B", "C"), [("1", "2", "3")], (1, 2, 3)))
    tbl = table._tbl
    assert tbl.find(f"{qn('w:tr')}/{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert "fixed" == tbl.find(f"{qn('w:tblPr')}/{qn('w:tblLayout')}").get(qn("w:type"))
    widths = [int(col.get(qn("w:w"))) for col in tbl.iter(qn("w:gridCol"))]
    assert WIDTH == sum(widths)
    assert widths == sorted(widths)


def test_no_word_is_broken_in_a_narrow_column() -> None:
    """A column is at least as wide as its longest word, even with a small share."""
    long_word = "wondverpleegkundige"
    table = render(Table(("A", "B"), [(long_word, "x " * 400)], (1, 100)))
    first = int(next(table._tbl.iter(qn("w:gridCol"))).get(qn("w:w")))
    assert first >= len(long_word) * 100


def test_when_words_cannot_all_fit_the_widest_columns_give_way() -> None:
    """Too many long words for the page: the long-worded columns share what the short leave."""
    header = ("Level", "A", "B", "C", "D", "E")
    row = ("Guiding", *(["Craftsmanshipxyz"] * 5))
    table = render(Table(header, [row], (1, 1, 1, 1, 1, 1)))
    widths = [int(col.get(qn("w:w"))) for col in table._tbl.iter(qn("w:gridCol"))]
    assert WIDTH == sum(widths)
    assert len(set(widths[1:-1])) == 1
    assert len("Guiding") * 110 < widths[0] < widths[1]


def test_a_filled_cell_carries_its_colour() -> None:
    """A cell's fill is a ``w:shd`` on that cell."""
    table = render(Table(("A",), [(Cell(("x",), fill="C6EFCE"),)], (1,)))
    shading = table.rows[1].cells[0]._tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}")
    assert "C6EFCE" == shading.get(qn("w:fill"))


def test_a_row_of_the_wrong_length_is_refused() -> None:
    """A row with a cell too many is a programming error, reported as such."""
    with pytest.raises(ValueError, match="a row of 2 cells in a table of 1 columns"):
        table_xml(Table(("A",), [("1", "2")], (1,)), width=WIDTH, style="s", text_style="t")


def test_widths_must_match_the_columns() -> None:
    """A table needs one relative width per column."""
    with pytest.raises(ValueError, match="2 columns but 1 widths"):
        Table(("A", "B"), [], (1,))


def test_cell_text_joins_lines() -> None:
    """The text of a cell of several lines, one per line."""
    assert "a\nb" == cell_text(Cell(("a", Text("b", bold=True))))


def test_the_template_defines_every_style_the_report_uses() -> None:
    """Each style of STYLE_NAMES exists in the shipped template, of the right type."""
    document = docx.Document(io.BytesIO(default_template()))
    kinds = {
        style.name.casefold(): style.type for style in document.styles if style.name is not None
    }
    expected = {
        name.casefold(): WD_STYLE_TYPE.TABLE if role == "table" else WD_STYLE_TYPE.PARAGRAPH
        for role, name in STYLE_NAMES.items()
    }
    assert expected == {name: kinds.get(name) for name in expected}
    assert "Heading1" == StyleIds.of(document).heading(1)


def test_the_template_is_a4_with_a_page_number() -> None:
    """A4 portrait with 2 cm margins; the footer holds a PAGE field; no thumbnail."""
    data = default_template()
    layout = PageLayout.of(docx.Document(io.BytesIO(data)))
    assert (11906, 16838, 1134, 1134) == (layout.width, layout.height, layout.left, layout.right)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        footers = [package.read(n).decode() for n in names if n.startswith("word/footer")]
    assert any('w:instr=" PAGE "' in footer for footer in footers)
    assert not [name for name in names if "thumbnail" in name]


def test_labels_name_every_word_of_the_vocabularies_in_both_languages() -> None:
    """Every enum value the report writes has a word in English and in Dutch."""
    vocabularies = (
        AuthorityKind,
        CompetenceKind,
        DevelopmentKind,
        DevelopmentStatus,
        Direction,
        Frequency,
        MonitoringKind,
        RuleStatus,
    )
    words = {member.value for vocabulary in vocabularies for member in vocabulary}
    assert set() == words - set(WORDS)
    assert [] == [w for w in sorted(words) if NL.word(w) != WORDS[w]["nl"]]


def test_labels_write_dates_and_numbers_for_their_readers() -> None:
    """Dates and decimal separators as an English and a Dutch reader expect them."""
    day = dt.date(2026, 3, 1)
    assert ("1 March 2026", "1 maart 2026") == (EN.date(day), NL.date(day))
    assert ("93.5", "93,5", "95", "-2") == (
        EN.number(93.5),
        NL.number(93.5),
        EN.number(95.0),
        EN.number(-2),
    )
    assert NL is labels_for("nl")
    assert EN is labels_for("en")


def test_long_titles_and_names_fit_the_document_properties(tmp_path):
    """A title or organisation name over python-docx's 255-character limit still exports."""
    import attrs

    import vcm
    from vcm import examples

    org = attrs.evolve(examples.load("library"), name="N" * 300)
    path = vcm.export(org, tmp_path / "r.docx", title="T" * 300, as_of=dt.date(2026, 11, 29))
    properties = docx.Document(str(path)).core_properties
    assert ("T" * 254 + "…", "N" * 254 + "…") == (properties.title, properties.subject)
