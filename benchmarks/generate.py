"""A deterministic generator of synthetic, valid organisations for the benchmarks.

``generate(size, seed=...)`` builds the model objects directly (no YAML on the way), so even
the ``large`` organisation of quality.md takes seconds. The shape follows how the method is
used: a handful of core values; per task area 3-6 results that serve values, responsibilities
that take up every result with their authorities and competences, a matrix of 10-20 required
competences with a behaviour for most values, and 2-4 monitoring rules read monthly for a year;
people in one or two task areas with an assessment history over the competences their areas
require, and development actions for some of their gaps.

The same size and seed always give an equal organisation (nothing here iterates a set, whose
order changes between processes). As a command::

    python -m benchmarks.generate large --seed 0 --format json -o large.json
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

from benchmarks._method import _competences, _task_area, _values
from benchmarks._people import _people
from benchmarks._shape import _FAMILY, AS_OF, SIZES, Size, _Deck, _department
from vcm import Organisation, Purpose

__all__ = ["AS_OF", "SIZES", "Size", "count_elements", "generate", "main"]


def generate(size: str = "small", *, seed: int = 0) -> Organisation:
    """A synthetic valid organisation of the named size (``tiny``, ``small``, ``large``).

    The same ``size`` and ``seed`` give an equal organisation; rules and people are current
    on :data:`AS_OF`.
    """
    try:
        shape = SIZES[size]
    except KeyError:
        known = ", ".join(SIZES)
        raise ValueError(f"unknown size {size!r}; known sizes: {known}") from None
    rng = random.Random(seed)
    values = _values(rng)
    value_ids = [value.id for value in values]
    competences = _competences(rng, shape.competences, value_ids)
    names = {competence.id: competence.name.lower() for competence in competences}
    ids = list(names)
    decks = [_Deck(rng, ids[start : start + _FAMILY]) for start in range(0, len(ids), _FAMILY)]
    result_counts = _Deck(rng, (3, 4, 5, 6))
    matrix_sizes = _Deck(rng, (10, 11, 12, 13, 14, 16, 17, 18, 19, 20))
    task_areas = tuple(
        _task_area(
            rng,
            number,
            value_ids,
            names,
            results=result_counts.draw(),
            competences=decks[_department(number) % len(decks)].deal(matrix_sizes.draw()),
        )
        for number in range(1, shape.task_areas + 1)
    )
    people = _people(rng, shape, task_areas)
    return Organisation(
        id=f"synthetic-{size}-{seed}",
        name=f"Synthetic Home Care ({size}, seed {seed})",
        purpose=Purpose(
            vision="Everyone can live at home with dignity for as long as they wish.",
            mission="We give care that fits each client's own life, with the people around them.",
            statement="Care as an encounter, not a transaction.",
        ),
        values=values,
        competences=competences,
        task_areas=task_areas,
        people=people,
    )


def count_elements(org: Organisation) -> int:
    """The number of model objects in ``org``: every attrs instance, the organisation included.

    The benchmarks divide times by this to compare a small and a large model per element.
    """
    count = 0
    stack: list[object] = [org]
    while stack:
        item = stack.pop()
        count += 1
        for name in _fields(type(item)):
            value = getattr(item, name)
            if isinstance(value, tuple):
                stack.extend(part for part in value if attrs.has(type(part)))
            elif attrs.has(type(value)):
                stack.append(value)
    return count


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(kind: type) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(field.name for field in attrs.fields(kind))
    return names


def main(argv: Sequence[str] | None = None) -> int:
    """The command: write a generated organisation as YAML or JSON (through ``vcm.io``)."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate",
        description="Write a synthetic, valid organisation for the benchmarks.",
    )
    parser.add_argument("size", nargs="?", default="small", choices=list(SIZES))
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--format",
        choices=("yaml", "json"),
        help="file format (default: from the suffix of -o, else yaml)",
    )
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    args = parser.parse_args(argv)
    fmt = args.format
    if fmt is None:
        is_json = args.output is not None and args.output.suffix.lower() == ".json"
        fmt = "json" if is_json else "yaml"
    try:
        import vcm.io
    except ImportError:
        print("vcm.io is not there yet: nothing can be written", file=sys.stderr)
        return 2
    start = time.perf_counter()
    org = generate(args.size, seed=args.seed)
    took = time.perf_counter() - start
    text = vcm.io.dumps(org, format=fmt)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        shape = SIZES[args.size]
        print(
            f"{args.output}: {args.size} (seed {args.seed}), {shape.task_areas} task areas, "
            f"{shape.people} people, {shape.competences} competences, "
            f"{count_elements(org):,} elements; generated in {took:.1f} s",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
