"""Plain values in, plain values out: what a model object holds is always int, float, date, str.

Values from other libraries (numpy and pandas scalars, subclasses of int, float, date, str)
become plain at construction, so that every writer can write them; what is no number (a
bool), no date (a datetime) or no finite number (NaN, infinity) is refused with its place.
"""

from __future__ import annotations

import datetime as dt
import fractions
import math
import numbers
import threading
import time
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vcm import (
    Assessment,
    DevelopmentAction,
    Indicator,
    InvalidModelError,
    Level,
    MonitoringRule,
    Observation,
    Organisation,
    Person,
    Requirement,
    Scale,
    VcmError,
    examples,
    io,
)
from vcm.model import organisation


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyDate(dt.date):
    pass


class MyStr(str):
    def __str__(self) -> str:  # a subclass may say something else when asked
        return "not the text"


class Whole:
    """A whole number that is no int: registered as numbers.Integral, as numpy's are."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __int__(self) -> int:
        return self.value

    def __index__(self) -> int:
        return self.value


numbers.Integral.register(Whole)


def _rule(**fields: Any) -> MonitoringRule:
    return MonitoringRule(
        id="r1", kind="quantitative", indicator="Share", frequency="monthly", owner="Lead", **fields
    )


def _plain(value: object) -> bool:
    return type(value) in (int, float, str, dt.date, type(None))


def _all_plain(org: Organisation) -> list[tuple[str, object]]:
    """Every value in ``org`` that is not plain, with where it is."""
    found: list[tuple[str, object]] = []

    def walk(value: object, where: str) -> None:
        if attrs.has(type(value)):
            for field in attrs.fields(type(value)):
                walk(getattr(value, field.name), f"{where}.{field.name}")
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                walk(item, f"{where}[{index}]")
        elif not (_plain(value) or isinstance(value, bool) or hasattr(value, "value")):
            found.append((where, value))

    walk(org, "org")
    return found


def test_subclasses_of_int_date_and_str_are_stored_plain() -> None:
    """An assessment made of subclasses holds int, date and str."""
    assessment = Assessment(
        competence=MyStr("c1"),
        date=MyDate(2026, 1, 31),
        level=MyInt(3),
        assessor=MyStr("Ann"),
        evidence=MyStr("Seen twice"),
    )
    assert assessment == Assessment(
        competence="c1", date=dt.date(2026, 1, 31), level=3, assessor="Ann", evidence="Seen twice"
    )
    for value in (assessment.competence, assessment.assessor, assessment.evidence):
        assert type(value) is str
    assert (type(assessment.date), type(assessment.level)) == (dt.date, int)
    assert assessment.competence == "c1"  # the text itself, not what __str__ says


def test_any_whole_number_is_a_level() -> None:
    """A numbers.Integral that is no int (as numpy.int64) is a level, stored as int."""
    assert Level(level=Whole(2), name="Two").level == 2  # type: ignore[arg-type]
    assert type(Indicator(level=Whole(2), behaviours=["x"]).level) is int  # type: ignore[arg-type]
    assert type(Requirement(competence="c", level=MyInt(4)).level) is int
    action = DevelopmentAction(
        competence="c", kind="training", description="Course", target_level=Whole(3)
    )  # type: ignore[arg-type]
    assert type(action.target_level) is int


@pytest.mark.parametrize("level", [True, False, 2.0, MyFloat(2.0), "2", fractions.Fraction(2)])
def test_what_is_no_whole_number_is_refused_as_a_level(level: object) -> None:
    """A bool, a float or text is no level, whatever it is equal to."""
    with pytest.raises(InvalidModelError) as caught:
        Requirement(competence="c", level=level)  # type: ignore[arg-type]
    assert caught.value.path == "level"
    assert "whole number" in caught.value.reason


def test_numbers_are_stored_as_int_or_float() -> None:
    """Whole numbers become int, other real numbers float: targets, thresholds, readings."""
    rule = _rule(target=MyFloat(95.5), threshold=Whole(90))  # type: ignore[arg-type]
    assert (rule.target, type(rule.target), rule.threshold, type(rule.threshold)) == (
        95.5,
        float,
        90,
        int,
    )
    reading = Observation(date=MyDate(2026, 2, 1), value=fractions.Fraction(1, 4))
    assert (reading.value, type(reading.value), type(reading.date)) == (0.25, float, dt.date)


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf, MyFloat("nan")])
def test_nan_and_infinity_are_refused_with_the_place(number: float) -> None:
    """NaN and the infinities are no reading: refused naming the field, in code and in files."""
    with pytest.raises(InvalidModelError) as caught:
        _rule(target=number)
    assert (caught.value.path, "finite" in caught.value.reason) == ("target", True)
    tree = io.to_dict(examples.load("library"))
    rule = next(area for area in tree["task_areas"] if area.get("monitoring"))["monitoring"][0]
    rule["threshold"] = number
    with pytest.raises(VcmError) as caught:
        io.from_dict(tree)
    assert caught.value.path is not None
    assert caught.value.path.endswith("].monitoring[0].threshold")


@pytest.mark.parametrize("number", [True, "95", None])
def test_what_is_no_number_is_refused_as_a_reading(number: object) -> None:
    """A bool or a text is no reading (None is no reading given)."""
    if number is None:
        assert _rule(target=None).target is None
        return
    with pytest.raises(InvalidModelError) as caught:
        _rule(target=number)  # type: ignore[arg-type]
    assert caught.value.path == "target"


def test_a_datetime_is_still_no_date() -> None:
    """A datetime (a pandas Timestamp is one) has a time of day: refused, not cut."""
    with pytest.raises(InvalidModelError) as caught:
        Observation(date=dt.datetime(2026, 1, 1, 12), status="on_track")
    assert caught.value.path == "date"


def test_texts_in_lists_are_stored_plain() -> None:
    """Ids and texts in lists become str too; a list stays a tuple."""
    person = Person(id=MyStr("p1"), name=MyStr("Ann"), task_areas=[MyStr("t1"), "t2"])
    assert person.task_areas == ("t1", "t2")
    assert [type(item) for item in (person.id, person.name, *person.task_areas)] == [str] * 4


def test_a_model_built_from_other_types_is_written_and_read_back() -> None:
    """Every writer takes it: YAML and JSON, and reading back gives the same model."""
    org = examples.load("library")
    people = (
        Person(
            id=MyStr("p-x"),
            name=MyStr("Xavier"),
            assessments=[
                Assessment(competence=MyStr("c"), date=MyDate(2026, 3, 1), level=MyInt(2)),
                Assessment(competence="d", date=MyDate(2026, 3, 2), level=Whole(1)),  # type: ignore[arg-type]
            ],
        ),
    )
    area = attrs.evolve(
        org.task_areas[0], monitoring=[_rule(target=MyFloat(95.5), threshold=MyInt(90))]
    )
    built = attrs.evolve(
        org,
        name=MyStr(org.name),
        people=people,
        task_areas=(area, *org.task_areas[1:]),
        scale=Scale([Level(level=MyInt(1), name=MyStr("One"))]),
    )
    assert _all_plain(built) == []
    for fmt in ("yaml", "json"):
        assert io.loads(io.dumps(built, fmt), fmt) == built


@given(st.integers(min_value=1, max_value=2**53))
def test_a_whole_number_of_any_kind_is_kept_exactly(number: int) -> None:
    """The int stored is the number given, to the last digit."""
    for given_as in (MyInt(number), Whole(number)):
        level = Level(level=given_as, name="L").level  # type: ignore[arg-type]
        assert (level, type(level)) == (number, int)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_a_finite_float_of_any_kind_is_kept_exactly(number: float) -> None:
    """The float stored is the number given, bit for bit."""
    value = Observation(date=dt.date(2026, 1, 1), value=MyFloat(number)).value
    assert type(value) is float
    assert value == number or (value == 0 and number == 0)
    assert math.copysign(1, value) == math.copysign(1, number)


# --- numpy and pandas, where installed -------------------------------------------------


def test_numpy_scalars_are_stored_plain_and_written() -> None:
    """numpy.int64 is a level like int; numpy.float64 a target; numpy.str_ a name."""
    np = pytest.importorskip("numpy")
    rule = _rule(target=np.float64(95.5), threshold=np.int32(90))
    requirement = Requirement(competence=np.str_("c"), level=np.int64(3))
    assert (type(rule.target), type(rule.threshold)) == (float, int)
    assert (requirement.level, type(requirement.level), type(requirement.competence)) == (
        3,
        int,
        str,
    )
    org = examples.load("library")
    area = attrs.evolve(org.task_areas[0], monitoring=[rule], matrix=[requirement])
    built = attrs.evolve(org, task_areas=(area, *org.task_areas[1:]))
    assert _all_plain(built) == []
    for fmt in ("yaml", "json"):
        assert io.loads(io.dumps(built, fmt), fmt) == built


def test_from_dict_takes_numpy_and_subclass_values() -> None:
    """A tree built from a data frame's values reads as if it held plain ones."""
    np = pytest.importorskip("numpy")
    org = examples.load("library")
    tree = io.to_dict(org)
    area = next(area for area in tree["task_areas"] if area.get("monitoring"))
    rule = area["monitoring"][0]
    rule["target"], rule["threshold"] = np.float64(95.5), np.int64(90)
    area["matrix"][0]["level"] = np.int64(area["matrix"][0]["level"])
    area["matrix"][0]["competence"] = MyStr(area["matrix"][0]["competence"])
    built = io.from_dict(tree)
    assert _all_plain(built) == []
    assert io.loads(io.dumps(built)) == built
    tree["task_areas"][0]["matrix"][0]["level"] = fractions.Fraction(10**400)
    with pytest.raises(VcmError) as caught:
        io.from_dict(tree)
    assert caught.value.path == "task_areas[0].matrix[0].level"


def test_numpy_nan_and_bool_are_refused() -> None:
    """numpy's NaN is no reading, and numpy's bool no level."""
    np = pytest.importorskip("numpy")
    with pytest.raises(InvalidModelError) as caught:
        _rule(target=np.float64("nan"))
    assert caught.value.path == "target"
    with pytest.raises(InvalidModelError) as caught:
        Requirement(competence="c", level=np.bool_(True))
    assert caught.value.path == "level"


def test_pandas_values_are_stored_plain() -> None:
    """A pandas Timestamp is no date (it has a time); pandas' numbers are plain numbers."""
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"level": [1, 2], "target": [95.5, 80.0]})
    assert type(Requirement(competence="c", level=frame["level"].iloc[1]).level) is int
    assert type(_rule(target=frame["target"].iloc[0]).target) is float
    with pytest.raises(InvalidModelError):
        Observation(date=pd.Timestamp("2026-01-01"), status="on_track")


# --- the hash of an organisation -------------------------------------------------------


def test_the_hash_of_an_organisation_is_computed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """hash(org) reads the model on the first call only; equal models hash equal."""
    org = attrs.evolve(examples.load("library"))
    seen: list[object] = []
    original = Person.__hash__

    def counting(person: Person) -> int:
        seen.append(person)
        return original(person)

    monkeypatch.setattr(Person, "__hash__", counting)
    first = hash(org)
    read = len(seen)
    assert read == len(org.people) > 0
    assert [hash(org) for _ in range(3)] == [first] * 3
    assert len(seen) == read
    copy = io.loads(io.dumps(org))
    assert (copy == org, hash(copy) == first) == (True, True)


# --- caches shared between threads ----------------------------------------------------


def test_threads_asking_for_the_index_at_once_get_one_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The index of an organisation is built once, whichever threads ask first."""
    org = attrs.evolve(examples.load("thuiszorg"))
    built: list[object] = []

    class SlowIndex(organisation.OrganisationIndex):
        def __init__(self, org: Organisation) -> None:
            built.append(self)
            time.sleep(0.05)  # a large model's index takes a while: the others ask meanwhile
            super().__init__(org)

    monkeypatch.setattr(organisation, "OrganisationIndex", SlowIndex)
    start = threading.Barrier(8)
    found: list[object] = []

    def ask() -> None:
        start.wait()
        found.append(org.index)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert (len(found), len(built)) == (8, 1)
    assert all(index is org.index for index in found)
