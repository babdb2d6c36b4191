"""The performance benchmarks, each measured side by side with a baseline (docs/benchmarks.rst).

Machines are shared and noisy, so every benchmark reports the ratio of vcm's time to a
baseline doing the same raw work in the same run; each time is the best of ``--repeat``
runs (``time.perf_counter``). A benchmark whose module is not there yet prints ``n/a`` with
the reason. ::

    python -m benchmarks.run [--only B1,B7] [--size-large large] [--repeat 3] [--json out.json]
    python -m benchmarks.run --check     # exit 1 when a goal is missed
    python -m benchmarks.run --quick     # every benchmark once on the tiny model (CI)

The benchmarks themselves live by what they measure: :mod:`benchmarks.files` (B1, B7, B8),
:mod:`benchmarks.analysis` (B2, B3, B9) and :mod:`benchmarks.exports` (B4, B5, B6).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

from benchmarks._bench import Bench, NotYet, Outcome, progress
from benchmarks.analysis import b2_check, b3_gaps, b9_person_gaps
from benchmarks.exports import b4_xlsx_export, b5_xlsx_import, b6_docx_report
from benchmarks.files import (
    b1_load_json,
    b7_read_yaml,
    b7_write_yaml,
    b8_write_compact_json,
    b8_write_json,
)
from benchmarks.generate import SIZES

__all__ = ["BENCHMARKS", "Bench", "NotYet", "Outcome", "machine", "main", "run", "table"]

_Benchmark = Callable[[Bench, Outcome], None]

BENCHMARKS: dict[str, tuple[str, str, _Benchmark]] = {
    "B1": ("load JSON", "ratio <= 3", b1_load_json),
    "B2": ("check per element", "ratio <= 1.2", b2_check),
    "B3": ("gaps per element", "ratio <= 1.2", b3_gaps),
    "B4": ("xlsx export", "ratio <= 1.5; peak <= 1 GiB", b4_xlsx_export),
    # B5 runs as soon as an xlsx importer is registered (vcm.plugins.importers()); until then
    # it reports n/a. Its baseline, openpyxl read-only over the same workbook, is in place.
    "B5": ("xlsx import", "ratio <= 1.5", b5_xlsx_import),
    "B6": ("docx report", "ratio <= 0.33 (3x faster)", b6_docx_report),
    "B7W": ("write YAML", "ratio <= 1.5", b7_write_yaml),
    "B7R": ("read YAML", "ratio <= 1.0", b7_read_yaml),
    "B8": ("write JSON", "ratio <= 1.5", b8_write_json),
    "B8C": ("write compact JSON", "size <= 2/3 of B8's", b8_write_compact_json),
    "B9": ("one person's gaps", "under 1 ms per person", b9_person_gaps),
}
"""The benchmarks by id (what, goal, function), in the order they run.

``--only B7`` runs B7W and B7R: a benchmark's id is its number and, where it has several
parts, a letter.
"""


def _family(name: str) -> str:
    return name.rstrip("WRC")


def _named(asked: str) -> list[str]:
    return [name for name in BENCHMARKS if asked in (name, _family(name))]


def run(ids: Sequence[str], bench: Bench) -> list[Outcome]:
    """Run the benchmarks named by ``ids``; one that cannot run gives an ``n/a`` outcome."""
    outcomes = []
    for benchmark_id in ids:
        what, goal, benchmark = BENCHMARKS[benchmark_id]
        progress(f"{benchmark_id} {what} ...")
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
    if value is None:
        return "n/a"
    return f"{value:.3f}" if value >= 0.01 else f"{value:.2e}"  # B9 is microseconds


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
    parser.add_argument(
        "--quick",
        action="store_true",
        help="every benchmark once on the tiny model, for CI: exit 1 only when one breaks",
    )
    parser.add_argument("--json", type=Path, help="also write the outcomes to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    ids = list(BENCHMARKS)
    if args.only:
        asked = [part.strip().upper() for part in args.only.split(",") if part.strip()]
        unknown = [part for part in asked if not _named(part)]
        if unknown:
            known = ", ".join(dict.fromkeys(_family(name) for name in BENCHMARKS))
            parser.error(f"unknown benchmark {', '.join(unknown)}; known: {known}")
        ids = [name for name in BENCHMARKS if any(name in _named(part) for part in asked)]
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more")
    if args.quick:
        # Everything once on the tiny model: whether each benchmark still runs, not how fast.
        args.size_large, args.repeat = "tiny", 1
    started = dt.datetime.now().astimezone()
    with tempfile.TemporaryDirectory(prefix="vcm-bench-") as folder:
        bench = Bench(
            large=args.size_large,
            seed=args.seed,
            repeat=args.repeat,
            folder=Path(folder),
            gc_off=args.gc_off,
            small="tiny" if args.quick else "small",
            budget=0.0 if args.quick else 2.0,
        )
        outcomes = run(ids, bench)
    print(
        f"vcm benchmarks, {started:%Y-%m-%d %H:%M}, {machine()}; "
        f"large = {args.size_large}, seed {args.seed}, best of {args.repeat}"
        + (", garbage collector off" if args.gc_off else "")
        + (", quick (only whether each runs)" if args.quick else "")
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
    if args.quick:
        return 1 if any(outcome.note.startswith("failed") for outcome in outcomes) else 0
    missed = any(outcome.met is False for outcome in outcomes)
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
