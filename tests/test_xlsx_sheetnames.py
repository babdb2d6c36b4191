"""Sheet names Excel accepts, whatever a task area is called."""

from __future__ import annotations

import datetime as dt
import io

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from vcm import Organisation, Purpose, TaskArea
from vcm.plugins import ExportOptions
from vcm.testing import texts
from vcm_exporters.xlsx import exporter
from vcm_exporters.xlsx.sheetnames import SheetNames

FORBIDDEN = set("[]:*?/\\")


def _valid(name: str) -> bool:
    return (
        0 < len(name.encode("utf-16-le")) // 2 <= 31
        and not FORBIDDEN & set(name)
        and name.strip() != ""
        and not name.startswith("'")
        and not name.endswith("'")
    )


def test_a_long_name_is_cut_to_31_characters() -> None:
    """41 characters become the first 31."""
    names = SheetNames()

    assert "Wijkteam Noord-Oost en Centrum," == names.take(
        "Wijkteam Noord-Oost en Centrum, Amsterdam", "x"
    )


def test_two_names_cut_to_the_same_get_a_number() -> None:
    """Names that only differ after 31 characters stay apart; the number fits within 31."""
    names = SheetNames()
    first = names.take("Thuiszorg district team Noord-Oost A", "x")
    second = names.take("Thuiszorg district team Noord-Oost B", "x")

    assert ("Thuiszorg district team Noord-O", "Thuiszorg district team Noo (2)") == (first, second)


def test_forbidden_characters_are_replaced() -> None:
    """Slashes become dashes; [ ] : * ? become spaces."""
    names = SheetNames()

    assert "Zorg-Welzijn Noord team" == names.take("Zorg/Welzijn: Noord [team]", "x")
    assert "a-b" == names.take("a\\b", "x")


def test_names_are_unique_regardless_of_case() -> None:
    """'Values' and 'VALUES' cannot both be sheets."""
    names = SheetNames()

    assert ["Values", "VALUES (2)"] == [names.take("Values", "x"), names.take("VALUES", "x")]


def test_history_is_reserved_by_excel() -> None:
    """Excel refuses a sheet called History (its change log)."""
    assert "history (2)" == SheetNames().take("history", "x")


def test_apostrophes_and_blanks_at_the_ends_go() -> None:
    """A leading or trailing apostrophe is not allowed; nothing left means the fallback."""
    names = SheetNames()

    assert ["Team 'Noord", "Task area 2"] == [
        names.take("'Team 'Noord'", "x"),
        names.take(" ' ? ' ", "Task area 2"),
    ]


def test_an_emoji_counts_twice() -> None:
    """Excel counts UTF-16 units: 30 letters and an emoji do not fit in 31."""
    names = SheetNames()

    assert "a" * 30 == names.take("a" * 30 + "😀", "x")


@given(st.lists(texts(), min_size=1, max_size=8))
def test_any_names_become_valid_and_unique(wanted: list[str]) -> None:
    """Whatever the task areas are called, every sheet name is valid and unique."""
    names = SheetNames()

    taken = [names.take(name, f"Task area {n}") for n, name in enumerate(wanted, 1)]

    assert all(_valid(name) for name in taken), taken
    assert len(taken) == len({name.casefold() for name in taken})


def test_task_areas_with_awkward_names_export_and_open() -> None:
    """Long, clashing, slashed names and one called like a data sheet all get a sheet."""
    areas = [
        "Wijkteam Noord-Oost en Centrum, Amsterdam-Noord",
        "Wijkteam Noord-Oost en Centrum, Amsterdam-Zuid",
        "Zorg/Welzijn: nacht",
        "Values",
        "overview",
    ]
    org = Organisation(
        id="o",
        name="Org",
        purpose=Purpose(vision="V", mission="M"),
        task_areas=tuple(TaskArea(id=f"a{n}", name=name) for n, name in enumerate(areas)),
    )
    stream = io.BytesIO()
    exporter.export(org, stream, ExportOptions(as_of=dt.date(2026, 11, 29)))

    book = load_workbook(stream)
    assert [
        "Summary",
        "How to fill this in",
        "Overview",
        "Wijkteam Noord-Oost en Centrum,",
        "Wijkteam Noord-Oost en Cent (2)",
        "Zorg-Welzijn nacht",
        "Values (2)",
        "overview (2)",
        "Trends",
        "Organisation",
        "Values",
    ] == book.sheetnames[:11]
    task_areas = book["Task areas"]
    assert [
        "Wijkteam Noord-Oost en Centrum,",
        "Wijkteam Noord-Oost en Cent (2)",
        "Zorg-Welzijn nacht",
        "Values (2)",
        "overview (2)",
    ] == [task_areas.cell(row, 4).value for row in range(2, 7)]
