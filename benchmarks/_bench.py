"""What every benchmark shares: the outcome of one, the models and the best-of-N timer."""

from __future__ import annotations

import gc
import importlib
import math
import sys
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import attrs

from benchmarks.generate import AS_OF, generate
from vcm import MissingDependencyError, Organisation, PluginError, UnknownFormatError

__all__ = ["MIB", "Bench", "NotYet", "Outcome", "fresh", "function", "module", "progress"]

MIB = 1024 * 1024
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


def fresh(org: Organisation) -> Callable[[], Organisation]:
    # A new Organisation over the same parts has no cached index: what a user pays for
    # after loading a model is timed, not a warm cache.
    return lambda: attrs.evolve(org)


def module(name: str) -> ModuleType:
    """The module ``name``; :class:`NotYet` when it is not there."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        raise NotYet(f"{name} is not there yet ({error})") from None


def function(module_name: str, name: str) -> Callable[..., Any]:
    """The function ``name`` of ``module_name``; :class:`NotYet` when it is not there."""
    found = getattr(module(module_name), name, None)
    if found is None:
        raise NotYet(f"{module_name}.{name} is not there yet")
    return found  # type: ignore[no-any-return]


class Bench:
    """The models and files the benchmarks share, made once, on first use."""

    def __init__(
        self,
        *,
        large: str,
        seed: int,
        repeat: int,
        folder: Path,
        gc_off: bool = False,
        small: str = "small",
        budget: float = 2.0,
    ) -> None:
        self.large_size = large
        self.small_size = small
        self.seed = seed
        self.repeat = repeat
        self.folder = folder
        self.gc_off = gc_off
        self.budget = budget
        """Seconds to spend at least on work too short to time once (the small side of B2)."""

    def best(
        self,
        work: Callable[[_T], object],
        prepare: Callable[[], _T],
        *,
        budget: float = 0.0,
        runs: int | None = None,
    ) -> float:
        """The best time of ``repeat`` runs of ``work`` (more while ``budget`` s is not spent).

        ``prepare`` runs untimed before each run, so that each starts from a fresh object.
        ``runs`` caps the runs below ``repeat`` (for work of minutes).
        """
        # The least disturbed run is the closest to the work's own cost; the budget gives
        # work too short to time once enough runs to find one.
        best = math.inf
        wanted = self.repeat if runs is None else min(runs, self.repeat)
        runs = 0
        spent = 0.0
        while runs < wanted or (spent < budget and runs < 100):
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
        return self._generate(self.small_size)

    def _generate(self, size: str) -> Organisation:
        start = time.perf_counter()
        org = generate(size, seed=self.seed)
        progress(f"generated {size} (seed {self.seed}) in {time.perf_counter() - start:.1f} s")
        return org

    def export(self, path: Path, fmt: str, **options: Any) -> Callable[[Organisation], None]:
        """A function exporting an organisation to ``path``; warmed up on the small model."""
        export = function("vcm.plugins", "export")

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


def progress(message: str) -> None:
    """A line on standard error, while the benchmarks run."""
    print(message, file=sys.stderr, flush=True)
