"""Properties of ``check`` over generated models: clean stays clean, broken is found, order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from random import Random

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vcm import Organisation, examples
from vcm.checks import CODES, Finding, Report, check
from vcm.testing import broken_organisations, codes, companions, organisations

AS_OF = date(2026, 11, 29)

# 28 codes each drawing a whole organisation: a tenth of the profile's examples per code
# keeps the suite quick while every code is still broken several ways on every run.
_PER_CODE = settings(max_examples=max(5, settings().max_examples // 10))


@given(organisations())
def test_valid_organisations_have_no_structure_errors(org: Organisation) -> None:
    """Every valid organisation has no VCM1xx finding, whatever else it lacks."""
    assert [] == [f for f in check(org, as_of=AS_OF) if f.code.startswith("VCM1")]


@given(organisations(as_of=AS_OF))
def test_complete_organisations_check_clean(org: Organisation) -> None:
    """An organisation complete as of a date has no finding at all on that date."""
    assert [] == [str(f) for f in check(org, as_of=AS_OF)]


def test_every_code_can_be_broken() -> None:
    """The strategies break every code of the catalogue."""
    assert list(CODES) == list(codes())


@pytest.mark.parametrize("code", list(CODES))
@_PER_CODE
@given(data=st.data())
def test_a_broken_rule_is_found(code: str, data: st.DataObject) -> None:
    """An organisation breaking one rule yields that code, and nothing beyond its companions."""
    org = data.draw(broken_organisations(code, as_of=AS_OF))
    found = {f.code for f in check(org, as_of=AS_OF)}
    assert code in found
    assert set() == found - {code} - companions(code)


@given(organisations())
def test_check_is_deterministic(org: Organisation) -> None:
    """The same model, rebuilt, gives an equal report and identical JSON."""
    first = check(org, as_of=AS_OF)
    again = check(attrs.evolve(org), as_of=AS_OF)
    assert first == again
    assert first.to_json() == again.to_json()


def _finding(code: str, path: str, ids: tuple[str, ...]) -> Finding:
    return Finding(
        code=code,
        severity=CODES[code].severity,
        path=path,
        message=f"about {ids}",
        message_nl=f"over {ids}",
        ids=ids,
    )


_FINDINGS = st.lists(
    st.builds(
        _finding,
        st.sampled_from(list(CODES)),
        st.sampled_from(["scale", "values[0]", "task_areas[2]", "task_areas[10].matrix[1]"]),
        st.lists(st.sampled_from(["a", "b", "c"]), max_size=2).map(tuple),
    ),
    max_size=12,
)


@given(_FINDINGS, st.randoms())
def test_order_of_adding_does_not_matter(findings: list[Finding], random: Random) -> None:
    """A report of the same findings in any order is equal: the order is the findings' own."""
    shuffled = list(findings)
    random.shuffle(shuffled)
    assert Report(findings) == Report(shuffled)


_HASH_SEED_SCRIPT = """
import json
import sys
sys.path.insert(0, {tests!r})
from test_checks_codes import CASES
from vcm.checks import check
import check_models
print(json.dumps([check(case.broken, as_of=check_models.AS_OF).to_dict() for case in CASES]))
"""


def test_reports_do_not_depend_on_the_hash_seed() -> None:
    """Under other hash seeds (set and dict orders) every report's JSON is identical."""
    script = _HASH_SEED_SCRIPT.format(tests=str(Path(__file__).parent))
    outputs = []
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert all(report["findings"] for report in json.loads(outputs[0]))


@pytest.mark.parametrize("name", examples.names())
def test_bundled_examples_have_no_errors(name: str) -> None:
    """Every bundled example checks without errors as of 2026-11-29."""
    assert [] == [str(f) for f in check(examples.load(name), as_of=AS_OF).errors]
