"""The performance benchmarks of quality.md, each measured side by side with a baseline.

Machines are shared and noisy, so every benchmark reports the ratio of vcm's time to a
baseline doing the same raw work in the same run; each time is the best of ``--repeat``
runs (``time.perf_counter``). A benchmark whose module is not there yet prints ``n/a`` with
the reason. ::

    python -m benchmarks.run [--only B1,B2] [--size-large large] [--repeat 3] [--json out.json]
    python -m benchmarks.run --check     # exit 1 when a goal is missed
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import attrs

from benchmarks.floor import load_unchecked
from benchmarks.generate import AS_OF, SIZES, count_elements, generate
from vcm import MissingDependencyError, Organisation, PluginError, UnknownFormatError

__all__ = ["BENCHMARKS", "Outcome", "main", "run"]

_ROOT = Path(__file__).resolve().parent.parent
_MIB = 1024 * 1024
_T = TypeVar("_T")


class NotYet(Exception):
    """A benchmark cannot run yet (a module or plugin is missing); the message says why."""


@attrs.define(kw_only=True)
class Outcome:
    """One line of the table."""

    id: str
    what: str
    goal: str
    vcm_s: float | None = None
    baseline_s: float | None = None
    ratio: float | None = None
    met: bool | None = None
    """None when the benchmark did not run (n/a)."""
    note: str = ""


def _fresh(org: Organisation) -> Callable[[], Organisation]:
    # A new Organisation over the same parts has no cached index: what a user pays for
    # after loading a model is timed, not a warm cache.
    return lambda: attrs.evolve(org)


def _module(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        raise NotYet(f"{name} is not there yet ({error})") from None


def _function(module: str, name: str) -> Callable[..., Any]:
    found = getattr(_module(module), name, None)
    if found is None:
        raise NotYet(f"{module}.{name} is not there yet")
    return found  # type: ignore[no-any-return]


class Bench:
    """The models and files the benchmarks share, made once, on first use."""

    def __init__(
        self, *, large: str, seed: int, repeat: int, folder: Path, gc_off: bool = False
    ) -> None:
        self.large_size = large
        self.seed = seed
        self.repeat = repeat
        self.folder = folder
        self.gc_off = gc_off

    def best(
        self, work: Callable[[_T], object], prepare: Callable[[], _T], *, budget: float = 0.0
    ) -> float:
        """The best time of ``repeat`` runs of ``work`` (more while ``budget`` s is not spent).

        ``prepare`` runs untimed before each run, so that each starts from a fresh object.
        """
        # The least disturbed run is the closest to the work's own cost; the budget gives
        # work too short to time once enough runs to find one.
        best = math.inf
        runs = 0
        spent = 0.0
        while runs < self.repeat or (spent < budget and runs < 100):
            argument = prepare()
            gc.collect()
            if self.gc_off:
                gc.disable()
            try:
                start = time.perf_counter()
                # Held until the clock stops: freeing the result is the caller's time later.
                result = work(argument)
                took = time.perf_counter() - start
            finally:
                gc.enable()
            del result
            best = min(best, took)
            runs += 1
            spent += took
        return best

    @cached_property
    def large(self) -> Organisation:
        """The large organisation."""
        return self._generate(self.large_size)

    @cached_property
    def small(self) -> Organisation:
        """The small organisation (the per-element reference of B2 and B3)."""
        return self._generate("small")

    def _generate(self, size: str) -> Organisation:
        start = time.perf_counter()
        org = generate(size, seed=self.seed)
        _progress(f"generated {size} (seed {self.seed}) in {time.perf_counter() - start:.1f} s")
        return org

    def export(self, path: Path, fmt: str, **options: Any) -> Callable[[Organisation], None]:
        """A function exporting an organisation to ``path``; warmed up on the small model."""
        export = _function("vcm.plugins", "export")

        def work(org: Organisation) -> None:
            export(org, path, fmt, as_of=AS_OF, **options)

        try:
            # The first export imports the plugin; that is not what is measured.
            export(self.small, path.with_name(f"warm-up{path.suffix}"), fmt, as_of=AS_OF, **options)
        except (UnknownFormatError, PluginError, MissingDependencyError) as error:
            # An unknown format, a plugin that does not import, a missing extra: not there yet.
            raise NotYet(f"no {fmt} exporter yet ({error})") from None
        return work

    @property
    def workbook(self) -> Path:
        """The large model exported to xlsx with people (by B4, else here, untimed)."""
        path = self.folder / "large.xlsx"
        if not path.exists():
            self.export(path, "xlsx", include_people=True)(self.large)
        return path


def b1_load_json(bench: Bench, outcome: Outcome) -> None:
    """B1: vcm.io.loads of the large model as JSON against json.loads of the same text."""
    io = _module("vcm.io")
    text = io.dumps(bench.large, format="json")
    outcome.vcm_s = bench.best(lambda t: io.loads(t, format="json"), lambda: text)
    outcome.baseline_s = bench.best(json.loads, lambda: text)
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 3
    # The floor: json.loads and the same objects built with no check at all.
    floor_s = bench.best(load_unchecked, lambda: text)
    outcome.note = (
        f"{len(text.encode()) / _MIB:.1f} MiB of JSON; floor (same objects, no checks) "
        f"{floor_s:.3f} s = {floor_s / outcome.baseline_s:.2f}x json.loads"
    )


def _per_element(bench: Bench, outcome: Outcome, work: Callable[[Organisation], object]) -> None:
    # Linear means the same time per model object on the large model as on the small one;
    # the baseline is the small time scaled up by the number of objects.
    large, small = count_elements(bench.large), count_elements(bench.small)
    # With the collector on, the large run pays for full collections over a heap that grows
    # with the model (0.41 s with it off, 0.64 s on, for gaps): --gc-off tells them apart.
    outcome.vcm_s = bench.best(work, _fresh(bench.large))
    small_s = bench.best(work, _fresh(bench.small), budget=2.0)
    outcome.baseline_s = small_s * large / small
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 1.2
    outcome.note = f"small {small_s:.3f} s for {small:,} elements; large {large:,} elements"


def b2_check(bench: Bench, outcome: Outcome) -> None:
    """B2: vcm.checks.check, time per element, large against small."""
    check = _function("vcm.checks", "check")
    _per_element(bench, outcome, lambda org: check(org, as_of=AS_OF))


def b3_gaps(bench: Bench, outcome: Outcome) -> None:
    """B3: vcm.analysis.gaps, time per element, large against small."""
    gaps = _function("vcm.analysis", "gaps")
    _per_element(bench, outcome, gaps)


# The peak is read in the child from its own page tables (VmHWM). Its ru_maxrss would not
# do, nor the parent's RUSAGE_CHILDREN: on Linux a child's maxrss starts from the RSS of
# the parent it was forked from, so a parent holding the large model would be counted too.
_MEMORY_CHILD = """
import os, resource, sys, tempfile
from benchmarks.generate import AS_OF, generate
from vcm.plugins import export

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

org = generate(sys.argv[1], seed=int(sys.argv[2]))
model = peak()
with tempfile.TemporaryDirectory() as folder:
    export(org, os.path.join(folder, "out.xlsx"), "xlsx", include_people=True, as_of=AS_OF)
print(model, peak())
"""


def _peak_memory(bench: Bench) -> tuple[int, int]:
    # Generate and export in a child of its own, so that the peak is the export's and not
    # this process's history. Returns (the model alone, the peak) in bytes.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(_ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", _MEMORY_CHILD, bench.large_size, str(bench.seed)],
        cwd=_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"the export child failed: {done.stderr.strip()[-500:]}")
    model, peak = (int(number) for number in done.stdout.split())
    return model, peak


def _read_rows(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    # Every sheet's rows as values, trailing empty cells cut (openpyxl read-only).
    openpyxl = _module("openpyxl")
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
    openpyxl = _module("openpyxl")
    workbook = openpyxl.Workbook(write_only=True)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)


def b4_xlsx_export(bench: Bench, outcome: Outcome) -> None:
    """B4: xlsx export with people against openpyxl write-only writing the same cells."""
    work = bench.export(bench.folder / "large.xlsx", "xlsx", include_people=True)
    model, peak = _peak_memory(bench)
    outcome.vcm_s = bench.best(work, _fresh(bench.large))
    sheets = _read_rows(bench.workbook)
    cells = sum(1 for _, rows in sheets for row in rows for value in row if value is not None)
    plain = bench.folder / "plain.xlsx"
    outcome.baseline_s = bench.best(lambda s: _write_plain(s, plain), lambda: sheets)
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 1.5 and peak <= 1024 * _MIB
    outcome.note = (
        f"{cells:,} cells in {len(sheets)} sheets; peak {peak / _MIB:.0f} MiB "
        f"(model alone {model / _MIB:.0f} MiB)"
    )


def _iterate_cells(path: Path) -> None:
    openpyxl = _module("openpyxl")
    workbook = openpyxl.load_workbook(path, read_only=True)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                cell.value  # noqa: B018 - reading the value is the work measured
    workbook.close()


def b5_xlsx_import(bench: Bench, outcome: Outcome) -> None:
    """B5: xlsx import of B4's workbook against openpyxl read-only iterating all its cells."""
    importers = _function("vcm.plugins", "importers")
    if "xlsx" not in importers():
        raise NotYet("no xlsx importer yet")
    read = _function("vcm.plugins", "read")
    path = bench.workbook
    outcome.vcm_s = bench.best(lambda p: read(p, "xlsx"), lambda: path)
    outcome.baseline_s = bench.best(_iterate_cells, lambda: path)
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 1.5


def _report_tables(path: Path) -> list[list[list[str]]]:
    # Every table of vcm's report, read back as text: the same rows, columns and words.
    docx = _module("docx")
    tables = []
    for table in docx.Document(path).tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        columns = max(len(row) for row in rows)
        tables.append([row + [""] * (columns - len(row)) for row in rows])
    return tables


def _write_naive_docx(tables: list[list[list[str]]], path: Path) -> None:
    # python-docx as its documentation shows it: add_table, then cell.text row by row.
    docx = _module("docx")
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
    _module("docx")
    work = bench.export(bench.folder / "large.docx", "docx")
    outcome.vcm_s = bench.best(work, _fresh(bench.large))
    tables = _report_tables(bench.folder / "large.docx")
    naive = bench.folder / "naive.docx"
    outcome.baseline_s = bench.best(lambda t: _write_naive_docx(t, naive), lambda: tables)
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 1 / 3
    cells = sum(len(row) for table in tables for row in table)
    outcome.note = f"{len(tables)} tables, {cells:,} cells (all of vcm's report's tables)"


_Benchmark = Callable[[Bench, Outcome], None]

BENCHMARKS: dict[str, tuple[str, str, _Benchmark]] = {
    "B1": ("load JSON", "ratio <= 3", b1_load_json),
    "B2": ("check per element", "ratio <= 1.2", b2_check),
    "B3": ("gaps per element", "ratio <= 1.2", b3_gaps),
    "B4": ("xlsx export", "ratio <= 1.5; peak <= 1 GiB", b4_xlsx_export),
    "B5": ("xlsx import", "ratio <= 1.5", b5_xlsx_import),
    "B6": ("docx report", "ratio <= 0.33 (3x faster)", b6_docx_report),
}
"""The benchmarks of quality.md by id (what, goal, function), in the order they run."""


def run(ids: Sequence[str], bench: Bench) -> list[Outcome]:
    """Run the benchmarks named by ``ids``; one that cannot run gives an ``n/a`` outcome."""
    outcomes = []
    for benchmark_id in ids:
        what, goal, benchmark = BENCHMARKS[benchmark_id]
        _progress(f"{benchmark_id} {what} ...")
        outcome = Outcome(id=benchmark_id, what=what, goal=goal)
        try:
            benchmark(bench, outcome)
        except NotYet as why:
            outcome = Outcome(id=benchmark_id, what=what, goal=goal, note=f"n/a: {why}")
        except Exception as error:  # a benchmark that breaks is a missed goal, not a crash
            outcome.met = False
            outcome.note = f"failed: {type(error).__name__}: {error}"
        outcomes.append(outcome)
    return outcomes


def _seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def table(outcomes: Sequence[Outcome]) -> str:
    """The outcomes as an aligned text table."""
    head = ("benchmark", "vcm s", "baseline s", "ratio", "goal", "met", "note")
    rows = [head]
    for outcome in outcomes:
        ratio = "n/a" if outcome.ratio is None else f"{outcome.ratio:.2f}"
        met = {None: "n/a", True: "yes", False: "NO"}[outcome.met]
        rows.append(
            (
                f"{outcome.id} {outcome.what}",
                _seconds(outcome.vcm_s),
                _seconds(outcome.baseline_s),
                ratio,
                outcome.goal,
                met,
                outcome.note,
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(head) - 1)]
    lines = []
    for row in rows:
        cells = [text.ljust(width) for text, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    lines.insert(1, "  ".join("-" * width for width in widths) + "  ----")
    return "\n".join(lines)


def machine() -> str:
    """The machine as the figures are quoted with."""
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """The command: run the benchmarks and print the table (exit 1 on a miss with --check)."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description="Run the vcm benchmarks of quality.md."
    )
    parser.add_argument("--only", help="comma-separated ids, e.g. B1,B4 (default: all)")
    parser.add_argument(
        "--size-large", default="large", choices=list(SIZES), help="the size taken as large"
    )
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument(
        "--gc-off",
        action="store_true",
        help="time with the garbage collector off, as timeit does (to tell its pauses apart)",
    )
    parser.add_argument("--json", type=Path, help="also write the outcomes to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    ids = list(BENCHMARKS)
    if args.only:
        ids = [part.strip().upper() for part in args.only.split(",") if part.strip()]
        unknown = [part for part in ids if part not in BENCHMARKS]
        if unknown:
            parser.error(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more")
    started = dt.datetime.now().astimezone()
    with tempfile.TemporaryDirectory(prefix="vcm-bench-") as folder:
        bench = Bench(
            large=args.size_large,
            seed=args.seed,
            repeat=args.repeat,
            folder=Path(folder),
            gc_off=args.gc_off,
        )
        outcomes = run(ids, bench)
    print(
        f"vcm benchmarks, {started:%Y-%m-%d %H:%M}, {machine()}; "
        f"large = {args.size_large}, seed {args.seed}, best of {args.repeat}"
        + (", garbage collector off" if args.gc_off else "")
    )
    print(table(outcomes))
    if args.json:
        document = {
            "date": started.isoformat(timespec="seconds"),
            "machine": machine(),
            "large": args.size_large,
            "seed": args.seed,
            "repeat": args.repeat,
            "gc_off": args.gc_off,
            "outcomes": [attrs.asdict(outcome) for outcome in outcomes],
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    missed = any(outcome.met is False for outcome in outcomes)
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
