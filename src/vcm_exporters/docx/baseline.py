"""The baseline of benchmark B6: the report's tables built with python-docx's object API.

The report writes table markup in one pass (:mod:`vcm_exporters.docx.tables`). The usual
way, ``document.add_table(rows, cols)`` and ``table.cell(r, c).text = ...``, rebuilds the
cell grid on every lookup; B6 asks the whole report to be at least three times faster than
that way for the same tables::

    tables = report_tables(org)          # not timed: the same tables the report holds
    build_tables_naively(tables)         # timed: the baseline
    exporter.export(org, stream, ExportOptions(as_of=...))   # timed: the whole report
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

import docx

from vcm.model import Organisation
from vcm.plugins import ExportOptions
from vcm_exporters.docx.report import compose
from vcm_exporters.docx.tables import Table, cell_text
from vcm_exporters.docx.template import STYLE_NAMES, default_template, open_template

__all__ = ["build_tables_naively", "report_tables"]


def report_tables(org: Organisation, options: ExportOptions | None = None) -> list[Table]:
    """The tables of the report of ``org``, as data (people excluded unless ``options`` say)."""
    options = options or ExportOptions(as_of=dt.date(2026, 11, 29))
    body = compose(org, options, open_template(default_template()), record_tables=True)
    return list(body.tables or ())


def build_tables_naively(tables: Sequence[Table]) -> bytes:
    """A .docx holding ``tables``, built cell by cell through python-docx, as bytes."""
    document = docx.Document(io.BytesIO(default_template()))
    style = STYLE_NAMES["table"]
    for table in tables:
        grid = document.add_table(rows=1 + len(table.rows), cols=len(table.header))
        grid.style = style
        for column, head in enumerate(table.header):
            grid.cell(0, column).text = head
        for number, row in enumerate(table.rows, start=1):
            for column, value in enumerate(row):
                grid.cell(number, column).text = cell_text(value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
