"""The pure model: local invariants raise at construction, lookups answer in O(1)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import vcm
from vcm import (
    Assessment,
    Authority,
    AuthorityKind,
    Competence,
    DevelopmentAction,
    DevelopmentStatus,
    Frequency,
    Level,
    MonitoringRule,
    Observation,
    Organisation,
    Person,
    Purpose,
    Requirement,
    Responsibility,
    Result,
    RuleStatus,
    Scale,
    TaskArea,
    Value,
)

DAY = dt.date(2026, 11, 29)


def _org(**changes: object) -> Organisation:
    area = TaskArea(
        id="north",
        name="North",
        results=[Result(id="on-time", name="Care on time", client="Client")],
        responsibilities=[
            Responsibility(id="plan", description="Plans", competences=["planning"]),
            Responsibility(id="plan2", description="Replans", competences=["planning", "x"]),
        ],
        matrix=[Requirement(competence="planning", level=3)],
    )
    other = TaskArea(id="south", name="South", matrix=[Requirement(competence="planning", level=2)])
    base = Organisation(
        id="org",
        name="Org",
        purpose=Purpose(vision="V", mission="M"),
        task_areas=[area, other],
        people=[
            Person(
                id="p1",
                name="Anna",
                task_areas=["north", "south"],
                assessments=[
                    Assessment(competence="planning", date=dt.date(2026, 1, 1), level=1),
                    Assessment(competence="planning", date=dt.date(2026, 6, 1), level=2),
                    Assessment(competence="planning", date=dt.date(2026, 6, 1), level=3),
                ],
            ),
            Person(id="p2", name="Bert", task_areas=["south"]),
        ],
    )
    return attrs.evolve(base, **changes)


@pytest.mark.parametrize(
    ("build", "path", "words"),
    [
        (lambda: Value(id="a b", name="x"), "id", "whitespace"),
        (lambda: Value(id="", name="x"), "id", "empty"),
        (lambda: Value(id="a", name="  "), "name", "blank"),
        (lambda: Value(id="a", name="x\x0by"), "name", "control character"),
        (lambda: Value(id="a", name="x\ufffe"), "name", "U+FFFE"),
        (lambda: Value(id="a", name="x\ud800"), "name", "U+D800"),
        (lambda: Value(id="a\uffff", name="x"), "id", "unwritable"),
        (lambda: Value(id="a", name="x", behaviours=["ok", ""]), "behaviours[1]", "blank"),
        (lambda: Value(id="a", name="x", behaviours="ab"), "behaviours", "tuple"),
        (lambda: Level(level=0, name="x"), "level", "1 or more"),
        (lambda: Level(level=True, name="x"), "level", "whole number"),
        (lambda: Purpose(vision="v", mission="m", statement=""), "statement", "blank"),
        (lambda: Competence(id="c", name="C", kind="cunning"), "kind", "behavioural"),
        (lambda: Authority(description="d", kind="maybe"), "kind", "delegated"),
        (lambda: Observation(date=DAY), "value", "either a value"),
        (lambda: Observation(date=DAY, value=1, status="on_track"), "status", "either a value"),
        (lambda: Observation(date=DAY, value=float("nan")), "value", "finite"),
        (lambda: Observation(date=dt.datetime(2026, 1, 1), value=1), "date", "date"),
        (lambda: Assessment(competence="c", date=DAY), "level", "needs a level"),
        (
            lambda: Assessment(competence="c", date=DAY, level=2, observable=False),
            "level",
            "could not be observed",
        ),
        (lambda: Person(id="p", name="P", task_areas=["a b"]), "task_areas[0]", "whitespace"),
    ],
)
def test_local_invariants_raise_with_the_field(build, path, words):
    """A broken local invariant raises InvalidModelError naming the field."""
    with pytest.raises(vcm.InvalidModelError) as caught:
        build()
    assert path == caught.value.path
    assert words in str(caught.value)


def test_invalid_model_error_is_a_value_error_and_a_vcm_error():
    """Callers can catch the generic ValueError or vcm's own base."""
    with pytest.raises(ValueError, match="whitespace"):
        Value(id="a b", name="x")


def test_words_become_enums_and_lists_become_tuples():
    """Programmatic construction accepts the file's words and lists."""
    authority = Authority(description="d", kind="mandated")
    value = Value(id="v", name="V", behaviours=["a", "b"])
    assert AuthorityKind.MANDATED is authority.kind
    assert ("a", "b") == value.behaviours


def test_models_are_frozen_and_hashable():
    """Model objects cannot change; a changed copy comes from attrs.evolve."""
    value = Value(id="v", name="V")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.name = "W"  # type: ignore[misc]
    assert {value} == {Value(id="v", name="V")}
    assert "W" == attrs.evolve(value, name="W").name


def test_index_lookups():
    """The index finds objects by id and answers the questions later code asks."""
    org = _org()
    index = org.index
    assert "north" == index.area_of_result["on-time"].id
    assert ("p1",) == tuple(p.id for p in index.members("north"))
    assert ("p1", "p2") == tuple(p.id for p in index.members("south"))
    # Two assessments on the same date: the one listed last is the later word.
    assert 3 == index.current_level("p1", "planning")
    assert None is index.current_level("p2", "planning")
    assert {"planning": 3} == index.required_levels(index.people["p1"])
    assert {"planning": 2} == index.required_levels(index.people["p2"])
    assert 2 == index.responsibilities_needing(index.people["p1"], "planning")
    assert index is org.index


def test_unobservable_latest_assessment_means_no_current_level():
    """A latest assessment that could not be observed leaves the person unassessed."""
    person = Person(
        id="p",
        name="P",
        assessments=[
            Assessment(competence="c", date=dt.date(2026, 1, 1), level=2),
            Assessment(competence="c", date=dt.date(2026, 2, 1), observable=False),
        ],
    )
    org = _org(people=[person])
    assert None is org.index.current_level("p", "c")
    assert False is org.index.latest_assessment("p", "c").observable


def test_default_scale_has_english_and_dutch_names():
    """The default 4-level scale names its levels in English and, localised, in Dutch."""
    scale = _org().scale
    assert ["Basic", "Independent", "Guiding", "Inspiring"] == [lv.name for lv in scale]
    assert ["Basis", "Zelfstandig", "Begeleidend", "Inspirerend"] == [
        lv.name for lv in scale.localised("nl")
    ]
    assert "Begeleidend" == scale.name_of(3, "nl")
    assert 4 == scale.top
    assert 3 in scale
    assert 5 not in scale


def test_custom_scale_is_not_translated():
    """A scale the organisation wrote itself keeps its own names in every language."""
    scale = Scale([Level(level=1, name="Leerling"), Level(level=2, name="Gezel")])
    assert "Gezel" == scale.name_of(2, "en") == scale.name_of(2, "nl")


def _rule(**changes: object) -> MonitoringRule:
    rule = MonitoringRule(
        id="r",
        kind="quantitative",
        indicator="Share on time",
        frequency=Frequency.MONTHLY,
        owner="coach",
        unit="%",
        direction="higher",
        target=95,
        threshold=85,
    )
    return attrs.evolve(rule, **changes)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (95, RuleStatus.ON_TRACK),
        (90, RuleStatus.AT_RISK),
        (85, RuleStatus.AT_RISK),
        (84.9, RuleStatus.OFF_TRACK),
    ],
)
def test_quantitative_status_higher_is_better(value, expected):
    """Target reached: on track; between threshold and target: at risk; below: off track."""
    rule = _rule(observations=[Observation(date=DAY, value=value)])
    assert expected == rule.status(DAY)[0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(5, RuleStatus.ON_TRACK), (7, RuleStatus.AT_RISK), (11, RuleStatus.OFF_TRACK)],
)
def test_quantitative_status_lower_is_better(value, expected):
    """A lower-is-better rule is judged mirrored."""
    rule = _rule(
        direction="lower", target=5, threshold=10, observations=[Observation(date=DAY, value=value)]
    )
    assert expected == rule.status(DAY)[0]


def test_status_window_edges_and_no_data():
    """31 days after the reading a monthly rule is current; 32 days after, overdue."""
    reading = Observation(date=dt.date(2026, 10, 29), value=99)
    rule = _rule(observations=[reading])
    assert (RuleStatus.ON_TRACK, reading) == rule.status(dt.date(2026, 11, 29))
    assert RuleStatus.OVERDUE == rule.status(dt.date(2026, 11, 30))[0]
    assert (RuleStatus.NO_DATA, None) == rule.status(dt.date(2026, 10, 28))
    assert (RuleStatus.NO_DATA, None) == _rule().status(DAY)


def test_qualitative_status_is_the_recorded_one():
    """A qualitative rule's status is the judged status of its latest reading."""
    rule = _rule(
        kind="qualitative",
        unit=None,
        direction=None,
        target=None,
        threshold=None,
        observations=[
            Observation(date=dt.date(2026, 11, 1), status="at_risk"),
            Observation(date=dt.date(2026, 10, 1), status="on_track"),
            Observation(date=dt.date(2026, 11, 2), value=3),
        ],
    )
    assert RuleStatus.AT_RISK == rule.status(DAY)[0]


@given(st.integers(-1000, 1000), st.integers(-1000, 1000), st.integers(-1000, 1000))
def test_lower_is_the_mirror_of_higher(value, target, threshold):
    """Negating every number turns a higher-is-better judgement into the lower one."""
    higher = _rule(
        target=target, threshold=threshold, observations=[Observation(date=DAY, value=value)]
    )
    lower = _rule(
        direction="lower",
        target=-target,
        threshold=-threshold,
        observations=[Observation(date=DAY, value=-value)],
    )
    assert higher.status(DAY)[0] == lower.status(DAY)[0]


def test_development_status_openness():
    """Planned and in-progress actions are open; done and cancelled are not."""
    action = DevelopmentAction(competence="c", kind="coaching", description="d")
    assert DevelopmentStatus.PLANNED is action.status
    assert [True, True, False, False] == [s.is_open for s in DevelopmentStatus]
