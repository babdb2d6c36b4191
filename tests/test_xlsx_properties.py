"""Whatever the model holds, the export succeeds, stays text, or says clearly why it cannot."""

from __future__ import annotations

import datetime as dt
import io
import re

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from vcm import InvalidModelError, Organisation, Purpose, Value, examples
from vcm.errors import ExportError
from vcm.plugins import ExportOptions
from vcm.testing import organisations
from vcm_exporters.xlsx import exporter

AS_OF = dt.date(2026, 11, 29)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(organisations(), st.sampled_from(["en", "nl"]))
def test_export_never_fails_and_never_writes_a_formula(org: Organisation, language: str) -> None:
    """Every valid model exports, in either language, without a single formula cell."""
    stream = io.BytesIO()
    options = ExportOptions(as_of=AS_OF, include_people=True, language=language)
    exporter.export(org, stream, options)

    book = load_workbook(stream)
    formulas = [
        cell.coordinate
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type in ("f", "e")
    ]
    assert [] == formulas


@pytest.mark.parametrize("code", range(0x20))
def test_the_model_refuses_what_openpyxl_cannot_write(code: int) -> None:
    """Characters openpyxl refuses in a cell never reach it: the model refuses them first."""
    character = chr(code)
    if not ILLEGAL_CHARACTERS_RE.match(character):
        assert character in "\t\n\r"  # the only control characters openpyxl writes
        return

    with pytest.raises(InvalidModelError):
        Value(id="v", name=f"a{character}b")


def _with_name(text: str) -> Organisation:
    org = examples.load("library")
    value = attrs.evolve(org.values[1], description=text)
    return attrs.evolve(org, values=(org.values[0], value, *org.values[2:]))


def test_text_too_long_for_a_cell_is_refused_with_its_place() -> None:
    """Excel would cut a text of 40,000 characters; the export refuses and says where."""
    with pytest.raises(ExportError) as raised:
        exporter.export(_with_name("x" * 40_000), io.BytesIO(), ExportOptions(as_of=AS_OF))

    assert re.fullmatch(
        r"at values\[1\]\.description: the text is 40000 characters long; "
        r"an Excel cell holds at most 32767",
        str(raised.value),
    )


@pytest.mark.parametrize("character", ["\ufffe", "\uffff", "\ud800"])
def test_the_model_refuses_what_xml_cannot_hold(character: str) -> None:
    """Noncharacters and lone surrogates never reach the workbook: the model refuses them."""
    with pytest.raises(InvalidModelError):
        Value(id="v", name=f"a{character}b")


def test_text_that_xml_cannot_hold_is_still_named_if_it_slips_through() -> None:
    """Should such text get past the model (here forced in), the error names its field."""
    org = _with_name("placeholder")
    object.__setattr__(org.values[1], "description", "a\uffffb")

    with pytest.raises(ExportError) as raised:
        exporter.export(org, io.BytesIO(), ExportOptions(as_of=AS_OF))

    expected = (
        "at values[1].description: the text contains the character U+FFFF, "
        "which an Excel file cannot hold"
    )
    assert expected == str(raised.value)


def test_a_text_of_exactly_the_cell_limit_fits() -> None:
    """32,767 characters, Excel's limit, are written whole."""
    stream = io.BytesIO()
    exporter.export(_with_name("y" * 32_767), stream, ExportOptions(as_of=AS_OF))

    sheet = load_workbook(stream)["Values"]
    assert 32_767 == len(sheet["C3"].value)


def test_purpose_only_model_exports() -> None:
    """The smallest model there is gives a workbook."""
    stream = io.BytesIO()
    exporter.export(
        Organisation(id="o", name="O", purpose=Purpose(vision="V", mission="M")),
        stream,
        ExportOptions(as_of=AS_OF, include_people=True),
    )

    assert ["Summary", "How to fill this in", "Overview"] == load_workbook(stream).sheetnames[:3]
