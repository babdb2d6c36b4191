"""The workbook as a file: reproducible bytes, fixed times, and real readers opening it."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tests.office import convert, needs_libreoffice

from vcm import examples
from vcm.plugins import ExportOptions
from vcm_exporters.xlsx import exporter

AS_OF = dt.date(2026, 11, 29)


def export_bytes(name: str = "thuiszorg", **options: object) -> bytes:
    """The workbook of a bundled example as bytes."""
    stream = io.BytesIO()
    exporter.export(examples.load(name), stream, ExportOptions(as_of=AS_OF, **options))  # type: ignore[arg-type]
    return stream.getvalue()


def test_the_same_model_and_options_give_the_same_bytes() -> None:
    """Two exports of the example are byte-identical."""
    assert export_bytes(include_people=True) == export_bytes(include_people=True)


_CHILD = """
import datetime as dt, io, sys
from vcm import examples
from vcm.plugins import ExportOptions
from vcm_exporters.xlsx import exporter
stream = io.BytesIO()
options = ExportOptions(as_of=dt.date(2026, 11, 29), include_people=True)
exporter.export(examples.load(), stream, options)
sys.stdout.buffer.write(stream.getvalue())
"""


def test_another_process_with_another_hash_seed_gives_the_same_bytes() -> None:
    """No set or dict order leaks into the file: another interpreter writes the same bytes."""
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    child = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, check=True)

    assert export_bytes(include_people=True) == child.stdout


def test_every_zip_entry_and_the_document_carry_the_export_date() -> None:
    """Zip entry times and docProps are the as-of date at midnight, the creator is vcm."""
    with zipfile.ZipFile(io.BytesIO(export_bytes())) as archive:
        times = {info.date_time for info in archive.infolist()}
        core = archive.read("docProps/core.xml").decode()

    assert {(2026, 11, 29, 0, 0, 0)} == times
    assert ">vcm</dc:creator>" in core
    assert core.count("2026-11-29T00:00:00Z") == 2


def test_a_date_before_zip_time_began_is_clamped() -> None:
    """An as-of date in 1970 still gives a valid zip (1980 is its earliest time)."""
    stream = io.BytesIO()
    exporter.export(examples.load(), stream, ExportOptions(as_of=dt.date(1970, 1, 1)))

    with zipfile.ZipFile(stream) as archive:
        assert {(1980, 1, 1, 0, 0, 0)} == {info.date_time for info in archive.infolist()}


def test_an_independent_reader_reads_every_sheet() -> None:
    """python-calamine opens every sheet and sees the same cells as openpyxl."""
    calamine = pytest.importorskip("python_calamine")
    data = export_bytes(include_people=True)
    book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    reference = load_workbook(io.BytesIO(data))

    assert reference.sheetnames == book.sheet_names
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        expected = reference[name]
        assert expected.max_row == len(rows), name
        for row_number, row in enumerate(rows, 1):
            for column, value in enumerate(row, 1):
                if isinstance(value, str) and value:
                    assert expected.cell(row_number, column).value == value, (name, row_number)


@needs_libreoffice
def test_libreoffice_converts_the_workbook_to_pdf(tmp_path: Path) -> None:
    """LibreOffice opens the workbook and prints it to PDF."""
    source = tmp_path / "thuiszorg.xlsx"
    source.write_bytes(export_bytes())

    pdf = convert(source, "pdf", tmp_path / "out").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert pdf.count(b"/Type /Page") + pdf.count(b"/Type/Page") > 3
