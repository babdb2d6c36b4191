"""B4, B5 and B6: the workbook and the report, against their libraries' plain idioms."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks._bench import MIB, Bench, NotYet, Outcome, fresh, function, module

__all__ = ["b4_xlsx_export", "b5_xlsx_import", "b6_docx_report"]

_ROOT = Path(__file__).resolve().parent.parent


# The peak is read in the child from its own page tables (VmHWM). Its ru_maxrss would not
# do, nor the parent's RUSAGE_CHILDREN: on Linux a child's maxrss starts from the RSS of
# the parent it was forked from, so a parent holding the large model would be counted too.
_PEAK = """
import os, resource, sys

def peak():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss if sys.platform == "darwin" else maxrss * 1024
"""

# Generate and export: (the model alone, the peak).
_EXPORT_CHILD = (
    _PEAK
    + """
import tempfile
from benchmarks.generate import AS_OF, generate
from vcm.plugins import export

org = generate(sys.argv[1], seed=int(sys.argv[2]))
model = peak()
with tempfile.TemporaryDirectory() as folder:
    export(org, os.path.join(folder, "out.xlsx"), "xlsx", include_people=True, as_of=AS_OF)
print(model, peak())
"""
)

# Import a workbook: (the peak before reading, with every module imported; the peak).
_IMPORT_CHILD = (
    _PEAK
    + """
import vcm_exporters.xlsx
from vcm.plugins import read

before = peak()
org = read(sys.argv[1], "xlsx")
print(before, peak())
"""
)


def _peak_memory(script: str, *args: str) -> tuple[int, int]:
    # A child of its own, so that the peak is its work's and not this process's history.
    # Returns the two numbers (bytes) the child prints.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(_ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"the memory child failed: {done.stderr.strip()[-500:]}")
    first, second = (int(number) for number in done.stdout.split())
    return first, second


def _read_rows(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    # Every sheet's rows as values, trailing empty cells cut (openpyxl read-only).
    openpyxl = module("openpyxl")
    workbook = openpyxl.load_workbook(path, read_only=True)
    sheets = []
    for sheet in workbook.worksheets:
        rows = []
        for row in sheet.iter_rows(values_only=True):
            end = len(row)
            while end and row[end - 1] is None:
                end -= 1
            rows.append(row[:end])
        sheets.append((sheet.title, rows))
    workbook.close()
    return sheets


def _write_plain(sheets: list[tuple[str, list[tuple[Any, ...]]]], path: Path) -> None:
    openpyxl = module("openpyxl")
    workbook = openpyxl.Workbook(write_only=True)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)


def b4_xlsx_export(bench: Bench, outcome: Outcome) -> None:
    """B4: xlsx export with people against openpyxl write-only writing the same cells."""
    work = bench.export(bench.folder / "large.xlsx", "xlsx", include_people=True)
    model, peak = _peak_memory(_EXPORT_CHILD, bench.large_size, str(bench.seed))
    outcome.vcm_s = bench.best(work, fresh(bench.large))
    sheets = _read_rows(bench.workbook)
    cells = sum(1 for _, rows in sheets for row in rows for value in row if value is not None)
    plain = bench.folder / "plain.xlsx"
    outcome.baseline_s = bench.best(lambda s: _write_plain(s, plain), lambda: sheets)
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 1.5 and peak <= 1024 * MIB
    outcome.note = (
        f"{cells:,} cells in {len(sheets)} sheets; peak {peak / MIB:.0f} MiB "
        f"(model alone {model / MIB:.0f} MiB)"
    )


def _iterate_cells(path: Path) -> None:
    openpyxl = module("openpyxl")
    workbook = openpyxl.load_workbook(path, read_only=True)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                cell.value  # noqa: B018 - reading the value is the work measured
    workbook.close()


def b5_xlsx_import(bench: Bench, outcome: Outcome) -> None:
    """B5: xlsx import of B4's workbook against openpyxl read-only iterating all its cells.

    The note gives the import's peak memory, measured in a child process of its own."""
    importers = function("vcm.plugins", "importers")
    if "xlsx" not in importers():
        raise NotYet("no xlsx importer yet")
    read = function("vcm.plugins", "read")
    path = bench.workbook
    outcome.vcm_s = bench.best(lambda p: read(p, "xlsx"), lambda: path)
    outcome.baseline_s = bench.best(_iterate_cells, lambda: path)
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 1.5
    before, peak = _peak_memory(_IMPORT_CHILD, str(path))
    outcome.note = f"peak {peak / MIB:.0f} MiB ({before / MIB:.0f} MiB before reading)"


def _report_tables(path: Path) -> list[list[list[str]]]:
    # Every table of vcm's report, read back as text: the same rows, columns and words.
    docx = module("docx")
    tables = []
    for table in docx.Document(path).tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        columns = max(len(row) for row in rows)
        tables.append([row + [""] * (columns - len(row)) for row in rows])
    return tables


def _write_naive_docx(tables: list[list[list[str]]], path: Path) -> None:
    # python-docx as its documentation shows it: add_table, then cell.text row by row.
    docx = module("docx")
    document = docx.Document()
    for rows in tables:
        table = document.add_table(rows=1, cols=len(rows[0]))
        for cell, text in zip(table.rows[0].cells, rows[0], strict=True):
            cell.text = text
        for row in rows[1:]:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    document.save(path)


def b6_docx_report(bench: Bench, outcome: Outcome) -> None:
    """B6: docx report without people against python-docx filling the same tables naively."""
    module("docx")
    work = bench.export(bench.folder / "large.docx", "docx")
    outcome.vcm_s = bench.best(work, fresh(bench.large))
    tables = _report_tables(bench.folder / "large.docx")
    naive = bench.folder / "naive.docx"
    outcome.baseline_s = bench.best(lambda t: _write_naive_docx(t, naive), lambda: tables)
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 1 / 3
    cells = sum(len(row) for table in tables for row in table)
    outcome.note = f"{len(tables)} tables, {cells:,} cells (all of vcm's report's tables)"
