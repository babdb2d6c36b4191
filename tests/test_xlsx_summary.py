"""The workbook's management summary: its first sheet, native charts, privacy of counts."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tests.office import convert, needs_libreoffice

from vcm import examples
from vcm.model import Organisation
from vcm.plugins import ExportOptions
from vcm_exporters.xlsx import exporter

AS_OF = dt.date(2026, 11, 29)


@pytest.fixture(scope="module")
def org() -> Organisation:
    return examples.load("thuiszorg")


def export(org: Organisation, **options: object) -> bytes:
    stream = io.BytesIO()
    exporter.export(org, stream, ExportOptions(as_of=AS_OF, **options))  # type: ignore[arg-type]
    return stream.getvalue()


def cells(data: bytes, sheet: str) -> list[list[object]]:
    book = load_workbook(io.BytesIO(data))
    return [list(row) for row in book[sheet].iter_rows(values_only=True)]


def texts(data: bytes, sheet: str) -> str:
    return "\n".join(str(value) for row in cells(data, sheet) for value in row if value is not None)


def charts(data: bytes) -> list[str]:
    """The chart parts, in the order they were added."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        found = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
    return sorted(found, key=lambda name: int(name.removeprefix("xl/charts/chart")[:-4]))


def trends(org: Organisation) -> int:
    """The quantitative rules with two readings or more by AS_OF: each gets a line chart."""
    return sum(
        1
        for area in org.task_areas
        for rule in area.monitoring
        if rule.kind.value == "quantitative"
        and sum(1 for o in rule.observations if o.value is not None and o.date <= AS_OF) >= 2
    )


def test_the_summary_is_the_first_sheet(org: Organisation) -> None:
    data = export(org)
    assert "Samenvatting" == load_workbook(io.BytesIO(data)).sheetnames[0]
    rows = cells(data, "Samenvatting")
    header = ["Taakgebied", "Op koers", "Risico", "Uit koers", "Achterstallig", "Geen gegevens"]
    at = next(i for i, row in enumerate(rows) if row[: len(header)] == header)
    assert ["Wijkteam Noord", 2, 1, 0, 0, 0] == rows[at + 1][:6]


def test_small_teams_show_no_counts(org: Organisation) -> None:
    shown = texts(export(org), "Samenvatting")
    assert shown.count("minder dan 5 leden: niet getoond") == 3
    assert "Palliatieve zorg" not in shown
    bigger = texts(export(org, min_group_size=3), "Samenvatting")
    assert "Palliatieve zorg" in bigger  # the single-person dependency of Wijkteam Zuid
    assert bigger.count("minder dan 3 leden: niet getoond") == 1
    for person in org.people:
        assert person.name not in bigger


def test_native_charts_are_in_the_file(org: Organisation) -> None:
    plain = export(org)
    # Two on the summary, one per quantitative rule with two readings or more.
    assert 2 + trends(org) == len(charts(plain))
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        first = archive.read("xl/charts/chart1.xml").decode()
    assert "<barChart>" in first
    assert "Samenvatting" in first  # its numbers come from the summary's table
    with_people = export(org, include_people=True)
    assert len(charts(with_people)) == 2 + trends(org) + len(org.people)
    with zipfile.ZipFile(io.BytesIO(with_people)) as archive:
        assert "<radarChart>" in archive.read(charts(with_people)[-1]).decode()


def test_trends_hold_the_readings_they_draw(org: Organisation) -> None:
    rows = cells(export(org), "Verloop")
    assert ["Datum", "Meting", "Doel", "Drempel"] == rows[1][:4]
    assert [dt.datetime(2026, 6, 30), 88.5, 95, 85] == rows[2][:4]


def test_a_model_with_errors_says_so_on_the_summary(org: Organisation) -> None:
    import attrs

    broken = attrs.evolve(org, values=(*org.values, org.values[0]))
    shown = texts(export(broken), "Samenvatting")
    assert "bevat nog fouten" in shown


@needs_libreoffice
def test_libreoffice_draws_the_summary(org: Organisation, tmp_path: Path) -> None:
    source = tmp_path / "matrix.xlsx"
    source.write_bytes(export(org, include_people=True))
    assert convert(source, "pdf", tmp_path / "out").stat().st_size > 10_000


def test_the_derived_summary_sheets_are_protected(org: Organisation) -> None:
    # Wholly derived: a team's edit there could not come back, so the sheet says no at once.
    book = load_workbook(io.BytesIO(export(org, include_people=True)))
    for name in ("Samenvatting", "Verloop", "Profielen"):
        assert book[name].protection.sheet, name
    for name in ("Kernwaarden", "Beoordelingen"):
        assert not book[name].protection.sheet, name
