"""The models whose YAML and JSON text is kept in tests/data/golden, byte for byte.

Run ``python tests/golden_cases.py`` from the repository root to write the files again; only
ever do that on purpose, when the file format itself changes (the tests exist to catch any
change of the output that was not meant).

- ``example-NAME``: the bundled examples (vcm.examples).
- ``bench-SIZE``: the benchmark generator's ``tiny`` and ``small`` models, seed 0 (``small``'s
  4 MB of text are kept as a SHA-256 digest per format, in ``bench-small.sha256``).
- ``public-NN`` and ``io-NN``: models drawn once from :func:`vcm.testing.organisations` and
  from the io tests' strategy (awkward text); their model is read back from the stored JSON.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

from vcm import Organisation, examples, io

GOLDEN = Path(__file__).parent / "data" / "golden"


def fixed_cases() -> Iterator[tuple[str, Organisation]]:
    """The cases that are built from code in the repository each time."""
    from benchmarks.generate import generate

    for name in examples.names():
        yield f"example-{name}", examples.load(name)
    for size in ("tiny", "small"):
        yield f"bench-{size}", generate(size, seed=0)


def stored_cases() -> Iterator[tuple[str, Organisation]]:
    """The drawn cases, read back from their stored JSON."""
    for path in sorted(GOLDEN.glob("*.json")):
        name = path.stem
        if name.startswith(("public-", "io-")):
            yield name, io.loads(path.read_text(encoding="utf-8"), "json")


def _drawn() -> Iterator[tuple[str, Organisation]]:
    from hypothesis import Phase, given, settings
    from hypothesis import strategies as st

    from strategies_io import organisations as io_organisations
    from vcm import testing

    def draw(strategy: st.SearchStrategy[Organisation], count: int) -> list[Organisation]:
        found: list[Organisation] = []

        @settings(max_examples=count, derandomize=True, database=None, phases=[Phase.generate])
        @given(strategy)
        def collect(org: Organisation) -> None:
            found.append(org)

        collect()
        return found

    public = draw(testing.organisations(), 40) + draw(
        testing.organisations(as_of=testing.DEFAULT_AS_OF), 10
    )
    for n, org in enumerate(public):
        yield f"public-{n:02d}", org
    for n, org in enumerate(draw(io_organisations, 40)):
        yield f"io-{n:02d}", org


DIGESTED = frozenset({"bench-small"})
"""Cases too large to keep as text: their digests are kept instead."""


def digest(text: str) -> str:
    """The SHA-256 of ``text`` in UTF-8, as hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write() -> None:
    """Write every case's YAML and JSON text (or its digests) into tests/data/golden."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for old in GOLDEN.glob("*"):
        old.unlink()
    for name, org in [*fixed_cases(), *_drawn()]:
        texts = {fmt: io.dumps(org, fmt) for fmt in ("yaml", "json")}
        if name in DIGESTED:
            lines = "".join(f"{fmt} {digest(text)}\n" for fmt, text in texts.items())
            (GOLDEN / f"{name}.sha256").write_text(lines, encoding="utf-8")
            continue
        for fmt, text in texts.items():
            (GOLDEN / f"{name}.{fmt}").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.path.insert(0, str(Path(__file__).parent.parent))
    write()
