"""A field added to the model reaches every place that must carry it, or a test says where.

Adding an optional field (say ``Person.email``) should be a line in the model, its words, its
documentation and a test. What must not happen is that it is silently dropped somewhere:
these tests fail, naming the field, when the test strategies never give it a value (so the
round-trip property tests could not notice its loss) or when the workbook has no column
for it (so a workbook sent to a team would lose it).
"""

from __future__ import annotations

import typing
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import vcm
from vcm._words import words
from vcm.model import Assessment, DevelopmentAction, Indicator, Language, Person, Value
from vcm.testing import organisations
from vcm_exporters.xlsx.sheets.people import ASSESSMENTS, DEVELOPMENT, PEOPLE


def _set_fields(obj: object) -> Iterator[tuple[str, str]]:
    """(class, field) for every field of every object in ``obj`` that holds a non-default value."""
    if isinstance(obj, tuple | list):
        for item in obj:
            yield from _set_fields(item)
        return
    if not attrs.has(type(obj)):
        return
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        if value != default:
            yield type(obj).__name__, field.name
        yield from _set_fields(value)


def _every_field() -> set[tuple[str, str]]:
    """(class, field) for every field of the organisation and every class it holds."""
    return {(cls.__name__, field.name) for cls in _classes() for field in attrs.fields(cls)}


def _classes() -> set[type]:
    """The organisation and every class it holds."""
    seen: set[type] = set()
    todo: list[type] = [vcm.Organisation]
    while todo:
        cls = todo.pop()
        if cls not in seen:
            seen.add(cls)
            for field in attrs.fields(attrs.resolve_types(cls)):
                todo += _classes_in(field.type)
    return seen


def _classes_in(annotation: object) -> list[type]:
    if isinstance(annotation, type) and attrs.has(annotation):
        return [annotation]
    return [cls for arg in typing.get_args(annotation) for cls in _classes_in(arg)]


def _check_every_field_is_drawn(strategy: object, what: str) -> None:
    seen: set[tuple[str, str]] = set()

    @settings(
        max_examples=300,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(strategy)
    def collect(org: vcm.Organisation) -> None:
        seen.update(_set_fields(org))

    collect()
    never = sorted(f"{cls}.{name}" for cls, name in _every_field() - seen)
    assert not never, (
        f"{what} never gives these fields a value, so no round-trip test can see them lost;"
        f" draw them in src/vcm/_testing: {', '.join(never)}"
    )


def test_the_valid_strategy_gives_every_field_a_value() -> None:
    _check_every_field_is_drawn(organisations(max_people=3), "vcm.testing.organisations()")


def test_the_loose_strategy_gives_every_field_a_value() -> None:
    _check_every_field_is_drawn(
        organisations(max_people=3, consistent=False),
        "vcm.testing.organisations(consistent=False)",
    )


def test_every_field_of_people_has_a_workbook_column() -> None:
    # A person's assessments and development have sheets of their own.
    elsewhere = {"assessments", "development"}
    for cls, sheet in (
        (Person, PEOPLE),
        (Assessment, ASSESSMENTS),
        (DevelopmentAction, DEVELOPMENT),
    ):
        columns = {field.key for field in sheet.fields}
        missing = [f.name for f in attrs.fields(cls) if f.name not in columns | elsewhere]
        assert not missing, f"the workbook's {sheet.table} sheet has no column for {missing}"


# Lists of prose whose entries vcm.diff tells as elements of their own.
TOLD_AS_ELEMENTS = {
    (Value, "behaviours"),
    (Value, "counter_behaviours"),
    (Indicator, "behaviours"),
}


@pytest.mark.parametrize("language", list(Language))
def test_every_field_a_diff_can_name_has_words(language: Language) -> None:
    # A changed field is named in the reader's language (vcm.diff's text): a field of plain
    # values needs a word; fields holding model objects are told as elements instead.
    diff_words = words(language).diff
    plain = {
        field.name
        for cls in _classes()
        for field in attrs.fields(cls)
        if not _classes_in(field.type) and (cls, field.name) not in TOLD_AS_ELEMENTS
    }
    missing = sorted(name for name in plain if not hasattr(diff_words, f"field_{name}"))
    assert not missing, f"no field_* word in DiffWords ({language}) for {missing}"
