"""The management summary: the analysis, its privacy of aggregates, and the report's chapter."""

from __future__ import annotations

import datetime as dt
import io

import attrs
import pytest
from tests.test_docx import read, table_after

from vcm import examples
from vcm.analysis import coverage, shareable, summary
from vcm.checks import check
from vcm.model import Organisation, RuleStatus
from vcm.plugins import ExportOptions
from vcm_exporters.docx import exporter

AS_OF = dt.date(2026, 11, 29)


@pytest.fixture(scope="module")
def org() -> Organisation:
    """The Dutch example: two district teams of four, a planning team of two."""
    return examples.load("thuiszorg")


def test_rules_by_status_are_always_shown(org: Organisation) -> None:
    found = summary(org, as_of=AS_OF)
    north = found.areas[0]
    assert ((RuleStatus.ON_TRACK, 2), (RuleStatus.AT_RISK, 1)) == north.rules
    assert 2 == north.count(RuleStatus.ON_TRACK)
    assert 0 == north.count(RuleStatus.OFF_TRACK)


def test_small_teams_show_no_counts_about_people(org: Organisation) -> None:
    found = summary(org, as_of=AS_OF)  # min_group_size 5: every team here is smaller
    assert [False, False, False] == [area.shown for area in found.areas]
    assert all(area.coverage == () and area.open_actions == 0 for area in found.areas)
    bigger = summary(org, as_of=AS_OF, min_group_size=3)
    assert [True, True, False] == [area.shown for area in bigger.areas]
    assert [4, 4, 2] == [area.members for area in bigger.areas]


def test_with_people_everything_is_shown(org: Organisation) -> None:
    found = summary(org, as_of=AS_OF, include_people=True)
    assert all(area.shown for area in found.areas)
    rows = coverage(org)[0].rows
    north = found.areas[0]
    assert [row.bench for row in rows] == [cover.bench for cover in north.coverage]
    assert [row.projected_bench for row in rows] == [cover.projected for cover in north.coverage]
    assert north.open_actions >= north.overdue_actions


def test_overdue_actions_are_open_ones_past_due(org: Organisation) -> None:
    later = summary(org, as_of=dt.date(2030, 1, 1), include_people=True)
    assert all(area.open_actions == area.overdue_actions for area in later.areas)


def test_min_group_size_is_checked(org: Organisation) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        summary(org, as_of=AS_OF, min_group_size=0)
    with pytest.raises(TypeError):
        summary(org, as_of=AS_OF, min_group_size=True)


def test_shareable_findings_keep_group_findings_of_shown_teams(org: Organisation) -> None:
    report = check(org, as_of=AS_OF)
    assert "VCM404" in {f.code for f in report.findings}
    hidden = shareable(report.findings, summary(org, as_of=AS_OF))
    assert not any(f.code.startswith("VCM4") for f in hidden)
    shown = shareable(report.findings, summary(org, as_of=AS_OF, min_group_size=2))
    assert "VCM404" in {f.code for f in shown}
    assert {"VCM403", "VCM404"} >= {f.code for f in shown if f.code.startswith("VCM4")}
    everything = shareable(report.findings, summary(org, as_of=AS_OF, include_people=True))
    assert report.findings == everything


def export(org: Organisation, **options: object) -> bytes:
    stream = io.BytesIO()
    exporter.export(org, stream, ExportOptions(as_of=AS_OF, **options))  # type: ignore[arg-type]
    return stream.getvalue()


def test_the_report_opens_with_the_summary(org: Organisation) -> None:
    data = export(org)
    status = table_after(data, "Samenvatting", "Bewakingsregels per status")
    assert ["Taakgebied", "Op koers", "Risico"] == status[0]
    assert ["Wijkteam Noord", "2", "1"] == status[1]
    covered = table_after(data, "Samenvatting", "Competenties en ontwikkeling")
    assert ["Wijkteam Noord", "4", "minder dan 5 leden: niet getoond", "", "", ""] == covered[1]
    texts = [p.text for p in read(data).paragraphs]
    assert any("ten minste 5 leden" in text for text in texts)


def test_a_team_big_enough_shows_its_counts_but_no_names(org: Organisation) -> None:
    data = export(org, min_group_size=3)
    covered = table_after(data, "Samenvatting", "Competenties en ontwikkeling")
    north = covered[1]
    assert "Wijkteam Noord" == north[0]
    assert "van 6" in north[2]
    heat = table_after(data, "Wijkteam Noord", "Bezetting")
    assert ["Competentie", "Vereist niveau", "Nu", "Verwacht"] == heat[0]
    assert "uiterlijk 31 maart 2027" in heat[1][3]
    body = "\n".join(p.text for p in read(data).paragraphs)
    for cell in (cell for table in read(data).tables for row in table.rows for cell in row.cells):
        body += "\n" + cell.text
    for person in org.people:
        assert person.name not in body
    assert "minder dan 3 leden: niet getoond" in body  # the planning team of two


def test_the_heat_map_is_coloured_by_count(org: Organisation) -> None:
    document = read(export(org, include_people=True))
    xml = document.element.xml
    for fill in ("C6EFCE", "FFEB9C"):  # two or more, one
        assert f'w:fill="{fill}"' in xml


def test_quantitative_rules_show_a_trend(org: Organisation) -> None:
    status = table_after(export(org), "Wijkteam Noord", "Bewaking")
    assert any("Metingen: " in row[-1] for row in status[1:])
    bars = next(row[-1] for row in status[1:] if "Metingen: " in row[-1])
    assert set(bars.split("Metingen: ")[1]) <= set("▁▂▃▄▅▆▇█")


def test_a_model_with_errors_says_so_on_the_first_page(org: Organisation) -> None:
    broken = attrs.evolve(org, values=(*org.values, org.values[0]))  # a duplicate id
    from vcm.plugins import export as export_to

    stream = io.BytesIO()
    try:
        export_to(broken, stream, format="docx", as_of=AS_OF, allow_errors=True)
    except TypeError:  # before exports learned to refuse a wrong structure
        exporter.export(broken, stream, ExportOptions(as_of=AS_OF))
    texts = [p.text for p in read(stream.getvalue()).paragraphs]
    assert any("bevat nog fouten" in text for text in texts)
