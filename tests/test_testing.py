"""The public hypothesis strategies of vcm.testing: valid, clean and broken organisations."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from vcm.checks import CODES, check
from vcm.model import (
    DEFAULT_SCALE,
    Authority,
    AuthorityKind,
    CompetenceKind,
    DevelopmentKind,
    DevelopmentStatus,
    Direction,
    Frequency,
    Language,
    MonitoringKind,
    MonitoringRule,
    ObservationStatus,
    Organisation,
    Value,
)
from vcm.testing import (
    DEFAULT_AS_OF,
    broken_organisations,
    codes,
    companions,
    identifiers,
    organisations,
    texts,
)

T = TypeVar("T")
AS_OF = date(2026, 11, 29)
_YAML_WORDS = ("yes", "null", "1e3", "2026-01-01", "~", "- a", "a: b", "#x")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Finding an example must not shrink it: a found organisation is evidence enough.
_SEARCH = settings(
    phases=[Phase.generate],
    max_examples=1000,
    database=None,
    suppress_health_check=list(HealthCheck),
)
# One budget per code keeps the whole catalogue near the cost of a single property test.
_PER_CODE = settings(max_examples=max(10, settings.default.max_examples // 4))


def _unseen(strategy: st.SearchStrategy[T], features: dict[str, Callable[[T], bool]]) -> set[str]:
    """The features that no example of ``strategy`` shows, drawing until all have been seen."""
    unseen = set(features)

    def note(example: T) -> bool:
        unseen.difference_update({name for name in unseen if features[name](example)})
        return not unseen

    with contextlib.suppress(NoSuchExample):
        find(strategy, note, settings=_SEARCH)
    return unseen


# --- an independent reading of the structure, not the checks module ----------------------


def _repeated(ids: Iterable[str]) -> list[str]:
    return sorted(item for item, count in Counter(ids).items() if count > 1)


def structure_problems(org: Organisation) -> list[str]:
    """Every way ``org`` breaks the structure or the method's questions, as text."""
    problems: list[str] = []
    areas = org.task_areas
    kinds = {
        "value": [v.id for v in org.values],
        "competence": [c.id for c in org.competences],
        "task area": [a.id for a in areas],
        "result": [r.id for a in areas for r in a.results],
        "responsibility": [s.id for a in areas for s in a.responsibilities],
        "rule": [k.id for a in areas for k in a.monitoring],
        "person": [p.id for p in org.people],
    }
    for kind, ids in kinds.items():
        problems += [f"{kind} {i} twice" for i in _repeated(ids)]
    values, competences = set(kinds["value"]), set(kinds["competence"])
    numbers = [level.level for level in org.scale]
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append(f"scale numbered {numbers}")
    on_scale = set(numbers)

    def refer(where: str, ids: Iterable[str], known: set[str]) -> None:
        problems.extend(f"{where} names unknown {i}" for i in ids if i not in known)

    def level(where: str, number: int | None) -> None:
        if number is not None and number not in on_scale:
            problems.append(f"{where} level {number} off the scale")

    for value in org.values:
        if not value.behaviours:
            problems.append(f"value {value.id} without behaviours")
    for competence in org.competences:
        refer(f"competence {competence.id}", competence.values, values)
        for indicator in competence.indicators:
            level(f"indicator of {competence.id}", indicator.level)
    for area in areas:
        results = {r.id for r in area.results}
        required = [row.competence for row in area.matrix]
        problems += [f"{area.id} requires {c} twice" for c in _repeated(required)]
        if not results:
            problems.append(f"task area {area.id} without results")
        for result in area.results:
            refer(f"result {result.id}", result.values, values)
        for row in area.matrix:
            refer(f"row {row.competence}", [row.competence], competences)
            level(f"row {row.competence}", row.level)
            shown = [b.value for b in row.behaviours]
            refer(f"row {row.competence}", shown, values)
            problems += [f"row {row.competence} shows {v} twice" for v in _repeated(shown)]
        taken_up, watched = set(), set()
        for item in area.responsibilities:
            refer(f"responsibility {item.id}", item.results, results)
            refer(f"responsibility {item.id}", item.competences, set(required))
            taken_up.update(item.results)
            if not item.authorities:
                problems.append(f"responsibility {item.id} without authority")
        for rule in area.monitoring:
            refer(f"rule {rule.id}", rule.results, results)
            watched.update(rule.results)
            quantitative = rule.kind is MonitoringKind.QUANTITATIVE
            for observation in rule.observations:
                if (observation.value is not None) != quantitative:
                    problems.append(f"rule {rule.id} has a reading of the wrong kind")
            fields = (rule.unit, rule.direction, rule.target, rule.threshold)
            if quantitative and None in fields:
                problems.append(f"rule {rule.id} incomplete")
            elif quantitative:
                assert rule.target is not None
                assert rule.threshold is not None
                below = rule.threshold < rule.target
                if below != (rule.direction is Direction.HIGHER):
                    problems.append(f"rule {rule.id} threshold on the wrong side")
        problems += [f"result {r} taken up by nobody" for r in sorted(results - taken_up)]
        problems += [f"result {r} watched by no rule" for r in sorted(results - watched)]
    for person in org.people:
        refer(f"person {person.id}", person.task_areas, set(kinds["task area"]))
        refer(f"person {person.id}", [a.competence for a in person.assessments], competences)
        refer(f"person {person.id}", [d.competence for d in person.development], competences)
        for assessment in person.assessments:
            level(f"assessment of {person.id}", assessment.level)
        for action in person.development:
            level(f"development of {person.id}", action.target_level)
    return problems


# --- texts and ids -----------------------------------------------------------------------


def test_importing_vcm_does_not_import_hypothesis() -> None:
    """`import vcm` leaves hypothesis unimported: it is a test dependency only."""
    code = "import sys, vcm, vcm.checks; print('hypothesis' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "False" == run.stdout.strip()


@given(texts())
def test_texts_are_accepted_by_the_model(text: str) -> None:
    """Every drawn text is non-blank, free of control characters and a valid name."""
    assert (True, None) == (bool(text.strip()), _CONTROL.search(text))
    assert text == Value(id="v", name=text).name


_TEXT_FEATURES: dict[str, Callable[[str], bool]] = {
    "markup": lambda s: all(ch in s for ch in "&<>\"'"),
    "emoji": lambda s: any(ord(ch) >= 0x1F300 for ch in s),
    "Dutch diacritics": lambda s: all(ch in s for ch in "éëï"),
    "the ĳ ligature": lambda s: "ĳ" in s,
    "leading =": lambda s: s.startswith("="),
    "leading +": lambda s: s.startswith("+"),
    "leading -": lambda s: s.startswith("-"),
    "leading @": lambda s: s.startswith("@"),
    **{f"YAML {word!r}": (lambda s, w=word: s == w) for word in _YAML_WORDS},
    "a tab inside": lambda s: "\t" in s.strip(),
    "a newline inside": lambda s: "\n" in s.strip(),
    "a long text": lambda s: len(s) >= 200,
}


def test_texts_reach_what_breaks_readers() -> None:
    """texts() draws each awkward feature the round-trip tests rely on."""
    assert set() == _unseen(texts(), _TEXT_FEATURES)


@given(identifiers())
def test_identifiers_have_no_whitespace_or_control(identifier: str) -> None:
    """Every drawn id is non-empty text without whitespace or control characters."""
    assert (True, None, None) == (
        bool(identifier),
        re.search(r"\s", identifier),
        _CONTROL.search(identifier),
    )
    assert identifier == Value(id=identifier, name="n").id


def test_identifiers_reach_awkward_ids() -> None:
    """identifiers() draws punctuation, unicode and YAML look-alikes."""
    features: dict[str, Callable[[str], bool]] = {
        "punctuation": lambda i: i == "a.b-c_1",
        "unicode": lambda i: any(ord(ch) > 0x7F for ch in i),
        "YAML look-alike": lambda i: i in ("yes", "null", "1e3", "007", "2026-01-01"),
    }
    assert set() == _unseen(identifiers(), features)


def test_sizes_are_checked() -> None:
    """A size below what the strategy needs is refused at once."""
    with pytest.raises(ValueError, match="max_people must be 2 or more"):
        organisations(max_people=1, as_of=AS_OF)
    with pytest.raises(ValueError, match="max_task_areas must be 1 or more"):
        organisations(max_task_areas=0)
    with pytest.raises(ValueError, match="max_size"):
        texts(max_size=0)


# --- valid organisations -----------------------------------------------------------------


@given(organisations())
def test_organisations_are_structurally_valid(org: Organisation) -> None:
    """Ids are unique per kind, references resolve, levels lie on the scale, rules are whole."""
    assert [] == structure_problems(org)


@given(organisations())
def test_organisations_check_without_errors(org: Organisation) -> None:
    """check() finds no structure (VCM1xx) or method (VCM2xx) finding; warnings may occur."""
    errors = [f"{f.code} {f.message}" for f in check(org, as_of=AS_OF) if f.code < "VCM300"]
    assert [] == errors


@given(organisations(as_of=AS_OF))
def test_clean_organisations_check_clean(org: Organisation) -> None:
    """With as_of, check() as of that date finds nothing at all."""
    assert [] == [f"{f.code} {f.message}" for f in check(org, as_of=AS_OF)]


@given(organisations(as_of=date(2031, 2, 28)))
def test_clean_organisations_follow_their_date(org: Organisation) -> None:
    """A clean organisation for another date is clean as of that date."""
    assert [] == [f.code for f in check(org, as_of=date(2031, 2, 28))]


def _authorities(org: Organisation) -> list[Authority]:
    return [s for a in org.task_areas for r in a.responsibilities for s in r.authorities]


def _rules(org: Organisation) -> list[MonitoringRule]:
    return [rule for area in org.task_areas for rule in area.monitoring]


_SHAPES: dict[str, Callable[[Organisation], bool]] = {
    "default scale": lambda o: o.scale == DEFAULT_SCALE,
    "scale of 2": lambda o: len(o.scale) == 2,
    "scale of 7": lambda o: len(o.scale) == 7,
    "no statement": lambda o: o.purpose.statement is None,
    "statement": lambda o: o.purpose.statement is not None,
    "several task areas": lambda o: len(o.task_areas) >= 2,
    "member of two task areas": lambda o: any(len(p.task_areas) >= 2 for p in o.people),
    "observable false": lambda o: any(not a.observable for p in o.people for a in p.assessments),
    "several observations": lambda o: any(len(k.observations) >= 3 for k in _rules(o)),
    "no observations": lambda o: any(not k.observations for k in _rules(o)),
    "limit and escalation": lambda o: any(s.limit and s.escalate_to for s in _authorities(o)),
    "bare authority": lambda o: any(not (s.limit or s.escalate_to) for s in _authorities(o)),
    "indicators, references": lambda o: any(c.indicators and c.references for c in o.competences),
    "history and plans": lambda o: any(p.assessments and p.development for p in o.people),
    "no people": lambda o: not o.people,
}


def _words(org: Organisation) -> set[object]:
    """Every member of a closed vocabulary that occurs in ``org``."""
    words: set[object] = {org.language, *(c.kind for c in org.competences)}
    words.update(s.kind for s in _authorities(org))
    for rule in _rules(org):
        words.update((rule.kind, rule.frequency, rule.direction))
        words.update(o.status for o in rule.observations)
    for person in org.people:
        words.update(d.kind for d in person.development)
        words.update(d.status for d in person.development)
    return words


_VOCABULARIES = (
    Language,
    CompetenceKind,
    AuthorityKind,
    MonitoringKind,
    Frequency,
    Direction,
    ObservationStatus,
    DevelopmentKind,
    DevelopmentStatus,
)


def test_organisations_reach_every_shape_and_word() -> None:
    """Optional parts are there and not; every word of every vocabulary occurs somewhere."""
    features = dict(_SHAPES)
    for vocabulary in _VOCABULARIES:
        for member in vocabulary:
            name = f"{vocabulary.__name__}.{member.name}"
            features[name] = lambda org, m=member: m in _words(org)
    assert set() == _unseen(organisations(), features)


# --- broken organisations ----------------------------------------------------------------


def test_codes_are_the_catalogue() -> None:
    """broken_organisations supports every code of docs/checks.rst, in catalogue order."""
    catalogue = [f"VCM{n}" for n in (*range(100, 105), *range(200, 208), *range(300, 306))]
    catalogue += [f"VCM{n}" for n in (*range(400, 407), *range(500, 503))]
    assert (catalogue, catalogue) == (list(codes()), list(CODES))


def test_unknown_codes_are_refused() -> None:
    """An unknown code is a ValueError naming the known ones."""
    with pytest.raises(ValueError, match=r"unknown finding code 'VCM999'.*VCM100"):
        broken_organisations("VCM999")
    with pytest.raises(ValueError, match="unknown finding code"):
        companions("vcm100")


@pytest.mark.parametrize("code", codes())
@_PER_CODE
@given(data=st.data())
def test_broken_organisations_break_their_rule(code: str, data: st.DataObject) -> None:
    """check() finds the code, and besides it nothing but its documented companions."""
    org = data.draw(broken_organisations(code))
    found = {f.code for f in check(org, as_of=DEFAULT_AS_OF)}
    assert (True, set()) == (code in found, found - {code} - companions(code))


@pytest.mark.parametrize("code", ["VCM402", "VCM404", "VCM500", "VCM501"])
@_PER_CODE
@given(data=st.data())
def test_broken_organisations_follow_their_date(code: str, data: st.DataObject) -> None:
    """Dates are set relative to as_of: another date breaks the same rule as of that date."""
    as_of = date(2029, 3, 1)
    org = data.draw(broken_organisations(code, as_of=as_of))
    assert {code} == {f.code for f in check(org, as_of=as_of)}
