"""The workbook as a whole: sheets named and ordered, written one by one, saved reproducibly.

Every sheet streams (openpyxl's write-only mode), which supports all the features used here:
frozen panes, widths and heights, merged cells, data validation, conditional formatting,
tables and print set-up. Memory then stays flat however large the organisation.
"""

from __future__ import annotations

import contextlib
from typing import IO

from openpyxl import Workbook

from vcm.model import Organisation
from vcm.plugins import ExportOptions
from vcm_exporters.xlsx.context import DATA_SHEETS, Context
from vcm_exporters.xlsx.determinism import fixed_moment, save
from vcm_exporters.xlsx.sheets import data, people
from vcm_exporters.xlsx.sheets.matrix import write_area
from vcm_exporters.xlsx.sheets.overview import write_instructions, write_overview
from vcm_exporters.xlsx.sheets.summary import write_profiles, write_summary, write_trends
from vcm_exporters.xlsx.tables import Column, write_table

__all__ = ["write_workbook"]


def write_workbook(org: Organisation, stream: IO[bytes], options: ExportOptions) -> None:
    """Write the workbook of ``org`` to ``stream``."""
    ctx = Context.plan(org, options)
    book = Workbook(write_only=True)
    try:
        _write_sheets(book, org, ctx)
    except BaseException:
        _discard(book)
        raise
    book.properties.title = ctx.title or f"{org.name} — {ctx.labels['title']}"
    book.properties.language = ctx.language.value
    save(book, stream, fixed_moment(ctx.as_of))


def _write_sheets(book: Workbook, org: Organisation, ctx: Context) -> None:
    write_summary(book.create_sheet(ctx.sheets["summary"]), ctx)
    write_instructions(book.create_sheet(ctx.sheets["instructions"]), ctx)
    write_overview(book.create_sheet(ctx.sheets["overview"]), ctx)
    for area, name in zip(org.task_areas, ctx.area_sheets, strict=True):
        write_area(book.create_sheet(name), ctx, area)
    write_trends(book.create_sheet(ctx.sheets["trends"]), ctx)
    tables = {**data.SHEETS, **people.SHEETS}
    keys = [*DATA_SHEETS, *(people.SHEETS if ctx.include_people else ())]
    for key in keys:
        sheet = tables[key]
        write_table(
            book.create_sheet(ctx.sheets[key]),
            name=sheet.table,
            columns=[
                Column(
                    field.title(ctx),
                    field.width,
                    None if field.choice is None else field.choice(ctx),
                )
                for field in sheet.fields
            ],
            rows=sheet.values(ctx),
            choose_title=ctx.labels["choose_title"],
        )
    if ctx.include_people:
        people.write_gaps(book.create_sheet(ctx.sheets["gaps"]), ctx)
        write_profiles(book.create_sheet(ctx.sheets["profiles"]), ctx)


def _discard(book: Workbook) -> None:
    # A sheet that failed half-way keeps an open XML stream and a temporary file; left to
    # the garbage collector, the stream complains ("not in an element") at some random
    # later moment. Close both now; their own errors add nothing to the one being raised.
    for sheet in book.worksheets:
        writer = getattr(sheet, "_writer", None)
        for stream in (getattr(sheet, "_rows", None), getattr(writer, "xf", None)):
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()
