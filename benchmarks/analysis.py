"""B2, B3 and B9: the analyses, linear in the model, and one person's gaps per request."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from benchmarks._bench import Bench, NotYet, Outcome, fresh, function
from benchmarks.generate import AS_OF, count_elements
from vcm import Organisation

__all__ = ["b2_check", "b3_gaps", "b9_person_gaps"]


def _per_element(bench: Bench, outcome: Outcome, work: Callable[[Organisation], object]) -> None:
    # Linear means the same time per model object on the large model as on the small one;
    # the baseline is the small time scaled up by the number of objects.
    large, small = count_elements(bench.large), count_elements(bench.small)
    # With the collector on, the large run pays for full collections over a heap that grows
    # with the model (0.41 s with it off, 0.64 s on, for gaps): --gc-off tells them apart.
    outcome.vcm_s = bench.best(work, fresh(bench.large))
    small_s = bench.best(work, fresh(bench.small), budget=bench.budget)
    outcome.baseline_s = small_s * large / small
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.ratio <= 1.2
    outcome.note = f"small {small_s:.3f} s for {small:,} elements; large {large:,} elements"


def b2_check(bench: Bench, outcome: Outcome) -> None:
    """B2: vcm.checks.check, time per element, large against small."""
    check = function("vcm.checks", "check")
    _per_element(bench, outcome, lambda org: check(org, as_of=AS_OF))


def b3_gaps(bench: Bench, outcome: Outcome) -> None:
    """B3: vcm.analysis.gaps, time per element, large against small."""
    gaps = function("vcm.analysis", "gaps")
    _per_element(bench, outcome, gaps)


_PEOPLE_ASKED = 1000
"""B9 asks for this many people's gaps (spread over the model), one call each."""


def b9_person_gaps(bench: Bench, outcome: Outcome) -> None:
    """B9: vcm.gaps(org, person=id) per call on a loaded model, against a lookup by id."""
    gaps = function("vcm", "gaps")
    if "person" not in inspect.signature(gaps).parameters:
        raise NotYet("vcm.gaps(org, person=...) is not there yet")
    org = bench.large
    people = org.people
    step = max(1, len(people) // _PEOPLE_ASKED)
    ids = [person.id for person in people[::step]][:_PEOPLE_ASKED]
    gaps(org, person=ids[0])  # the index is built once, on the first request: not measured
    lookup = org.index.people

    def each(ask: Callable[[str], object]) -> Callable[[list[str]], None]:
        def work(asked: list[str]) -> None:
            for person_id in asked:
                ask(person_id)

        return work

    total = bench.best(each(lambda person_id: gaps(org, person=person_id)), lambda: ids)
    baseline = bench.best(each(lookup.__getitem__), lambda: ids)
    outcome.vcm_s = total / len(ids)
    outcome.baseline_s = baseline / len(ids)
    outcome.ratio = outcome.vcm_s / outcome.baseline_s
    outcome.met = outcome.vcm_s < 0.001
    outcome.note = (
        f"{outcome.vcm_s * 1000:.3f} ms per person ({len(ids):,} people asked, one call each); "
        "baseline: the person looked up by id"
    )
