"""B1, B7 and B8: reading and writing model files, against the parser or writer underneath.

Every baseline works on the same document as vcm: the tree read back from vcm's own text, so
that PyYAML and ``json`` write and read exactly what vcm writes and reads. That tree is read
only after vcm's side is timed: millions of live objects it does not use would make vcm's
garbage collections (which walk every live object) slower than its own work makes them.
"""

from __future__ import annotations

import json
from typing import Any

from benchmarks._bench import MIB, Bench, NotYet, Outcome, module
from benchmarks.floor import load_unchecked

__all__ = [
    "b1_load_json",
    "b7_read_yaml",
    "b7_write_yaml",
    "b8_write_compact_json",
    "b8_write_json",
]

_YAML_RUNS = 1
"""YAML of the large model takes PyYAML minutes to write or read: best of one, not of --repeat."""


def b1_load_json(bench: Bench, outcome: Outcome) -> None:
    """B1: vcm.io.loads of the large model as JSON against json.loads of the same text."""
    io = module("vcm.io")
    text = io.dumps(bench.large, format="json")
    outcome.vcm_s = bench.best(lambda t: io.loads(t, format="json"), lambda: text)
    outcome.baseline_s = bench.best(json.loads, lambda: text)
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 3
    # The floor: json.loads and the same objects built with no check at all.
    floor_s = bench.best(load_unchecked, lambda: text)
    outcome.note = (
        f"{len(text.encode()) / MIB:.1f} MiB of JSON; floor (same objects, no checks) "
        f"{floor_s:.3f} s = {floor_s / outcome.baseline_s:.2f}x json.loads"
    )


def _yaml() -> tuple[Any, Any, Any]:
    yaml = module("yaml")
    dumper = getattr(yaml, "CSafeDumper", None)
    loader = getattr(yaml, "CSafeLoader", None)
    if dumper is None or loader is None:
        raise NotYet("PyYAML is built without libyaml here (no CSafeDumper/CSafeLoader)")
    return yaml, dumper, loader


def b7_write_yaml(bench: Bench, outcome: Outcome) -> None:
    """B7: vcm.io.dumps of the large model as YAML against PyYAML's CSafeDumper, same tree."""
    yaml, dumper, loader = _yaml()
    io = module("vcm.io")
    text = io.dumps(bench.large, "yaml")
    outcome.vcm_s = bench.best(lambda org: io.dumps(org, "yaml"), lambda: bench.large)
    tree = yaml.load(text, Loader=loader)  # the very document vcm wrote: dates, level keys

    def pyyaml(document: Any) -> str:
        written: str = yaml.dump(
            document,
            Dumper=dumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=1_000_000,
        )
        return written

    outcome.baseline_s = bench.best(pyyaml, lambda: tree, runs=_YAML_RUNS)
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 1.5
    outcome.note = f"{len(text.encode()) / MIB:.1f} MiB of YAML; PyYAML best of {_YAML_RUNS}"


def b7_read_yaml(bench: Bench, outcome: Outcome) -> None:
    """B7: vcm.io.loads of the large model's YAML against yaml.load with CSafeLoader."""
    yaml, _, loader = _yaml()
    io = module("vcm.io")
    text = io.dumps(bench.large, "yaml")
    outcome.vcm_s = bench.best(lambda t: io.loads(t, "yaml"), lambda: text, runs=_YAML_RUNS)
    outcome.baseline_s = bench.best(
        lambda t: yaml.load(t, Loader=loader), lambda: text, runs=_YAML_RUNS
    )
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 1.0
    outcome.note = f"{len(text.encode()) / MIB:.1f} MiB of YAML; best of {_YAML_RUNS}"


def b8_write_json(bench: Bench, outcome: Outcome) -> None:
    """B8: vcm.io.dumps of the large model as JSON against json.dumps(indent=2), same tree."""
    io = module("vcm.io")
    text = io.dumps(bench.large, "json")
    outcome.vcm_s = bench.best(lambda org: io.dumps(org, "json"), lambda: bench.large)
    tree = json.loads(text)
    outcome.baseline_s = bench.best(
        lambda document: json.dumps(document, indent=2, ensure_ascii=False), lambda: tree
    )
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 1.5
    outcome.note = f"{len(text.encode()) / MIB:.1f} MiB of JSON"


def b8_write_compact_json(bench: Bench, outcome: Outcome) -> None:
    """B8: the compact JSON form (indent=None) against json.dumps without spaces, same tree.

    Its goal is its size: at most two thirds of the indented text (the keys are the format's,
    so what can go is the indentation and the spaces, not the words).
    """
    io = module("vcm.io")
    indented = len(io.dumps(bench.large, "json").encode())
    try:
        text = io.dumps(bench.large, "json", indent=None)
    except TypeError:
        raise NotYet("vcm.io.dumps(..., indent=None) is not there yet") from None
    outcome.vcm_s = bench.best(lambda org: io.dumps(org, "json", indent=None), lambda: bench.large)
    tree = json.loads(text)
    outcome.baseline_s = bench.best(
        lambda document: json.dumps(document, ensure_ascii=False, separators=(",", ":")),
        lambda: tree,
    )
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    compact = len(text.encode())
    outcome.met = compact <= indented * 2 / 3
    outcome.note = (
        f"{compact / MIB:.1f} MiB, {indented / compact:.2f}x smaller than indented "
        f"({indented / MIB:.1f} MiB)"
    )
