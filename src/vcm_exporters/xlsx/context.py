"""What every sheet of one export shares: the model, the words, the sheet names, the lists.

Sheet names are handed out before anything is written, because the dropdowns of one sheet
refer to the id columns of another by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs
from openpyxl.utils import quote_sheetname

from vcm.analysis import Summary
from vcm.checks import Report
from vcm.model import Language, Organisation
from vcm.plugins import ExportOptions
from vcm_exporters._shown import overview
from vcm_exporters.xlsx.labels import Labels, labels_for
from vcm_exporters.xlsx.sheetnames import SheetNames
from vcm_exporters.xlsx.sheets import data, people
from vcm_exporters.xlsx.tables import Choice

__all__ = ["DATA_SHEETS", "ID_SHEETS", "PEOPLE_SHEETS", "SHOWN_NAME", "Context"]

DATA_SHEETS = tuple(data.SHEETS)
"""The data sheets, in workbook order."""
PEOPLE_SHEETS = (*people.SHEETS, "gaps")
"""The sheets of personal data, written only with ``include_people``."""

_BEHAVIOUR_KINDS = frozenset(data.BehaviourKind)

# Where the ids that other sheets refer to live: the sheet whose ``id`` column holds them.
ID_SHEETS = {
    "values": data.VALUES,
    "competences": data.COMPETENCES,
    "task_areas": data.TASK_AREAS,
    "responsibilities": data.RESPONSIBILITIES,
    "rules": data.MONITORING,
    "people": people.PEOPLE,
}

SHOWN_NAME = {"competences": "name", "people": "name", "rules": "indicator"}
"""What is shown beside an id of each kind: the field of its model object, which is also
the key of its column on the id's sheet (a rule shows its indicator)."""


@attrs.frozen(kw_only=True)
class Context:
    """One export's shared facts; build it with :meth:`plan`."""

    org: Organisation
    language: Language
    labels: Labels
    as_of: dt.date
    title: str | None
    include_people: bool
    sheets: Mapping[str, str]
    """Sheet name per key of :data:`DATA_SHEETS`, :data:`PEOPLE_SHEETS` and ``overview``."""
    area_sheets: tuple[str, ...]
    """The matrix sheet of each task area, in the order of ``org.task_areas``."""
    report: Report
    """The findings shown (:func:`vcm.analysis.shareable`): without people, none about a
    person, and the group findings only for task areas large enough."""
    summary: Summary
    """The management summary, counted on the whole organisation."""
    counts: Mapping[str, int]
    """How many ids each id column of :data:`ID_SHEETS` holds."""

    @classmethod
    def plan(cls, org: Organisation, options: ExportOptions) -> Context:
        """Name every sheet and check the model, before a single cell is written."""
        language = options.language_for(org)
        labels = labels_for(language)
        names = SheetNames()
        keys = (
            "summary",
            "instructions",
            "overview",
            "trends",
            *DATA_SHEETS,
            *(PEOPLE_SHEETS if options.include_people else ()),
            *(("profiles",) if options.include_people else ()),
        )
        sheets = {key: names.take(labels[f"sheet.{key}"], key) for key in keys}
        fallback = labels["sheet.task_area"]
        area_sheets = tuple(
            names.take(area.name, f"{fallback} {number}")
            for number, area in enumerate(org.task_areas, 1)
        )
        as_of = options.date()
        counted, findings = overview(org, options, as_of)
        counts = {
            "values": len(org.values),
            "competences": len(org.competences),
            "task_areas": len(org.task_areas),
            "responsibilities": sum(len(area.responsibilities) for area in org.task_areas),
            "rules": sum(len(area.monitoring) for area in org.task_areas),
            "people": len(org.people) if options.include_people else 0,
        }
        return cls(
            org=org,
            language=language,
            labels=labels,
            as_of=as_of,
            title=options.title,
            include_people=options.include_people,
            sheets=sheets,
            area_sheets=area_sheets,
            report=Report(findings=findings),
            summary=counted,
            counts=counts,
        )

    @classmethod
    def for_reading(cls, org: Organisation, language: Language, as_of: dt.date) -> Context:
        """The facts the display-only cells are made from, for checking a workbook read back.

        No check and no summary: no cell a team edits shows them.
        """
        return cls(
            org=org,
            language=language,
            labels=labels_for(language),
            as_of=as_of,
            title=None,
            include_people=bool(org.people),
            sheets={},
            area_sheets=(),
            report=Report(findings=()),
            summary=Summary(as_of=as_of, min_group_size=1, include_people=False, areas=()),
            counts={},
        )

    def link(self, sheet: str) -> str:
        """The location of a sheet's top-left cell, for an internal hyperlink."""
        return f"{quote_sheetname(sheet)}!A1"

    def ids(self, kind: str) -> Choice | None:
        """A dropdown of the ids of ``kind`` (``values``, ``competences``, ...), if any exist."""
        source = ID_SHEETS[kind]
        count = self.counts[kind]
        if not count:
            return None
        sheet = self.sheets[source.key]
        column = source.letter("id")
        return Choice(
            formula=f"{quote_sheetname(sheet)}!${column}$2:${column}${count + 1}",
            message=self.labels["choose_id"].format(sheet=sheet),
        )

    def levels(self) -> Choice | None:
        """A dropdown of the scale's levels, if the scale has any."""
        count = len(self.org.scale)
        if not count:
            return None
        sheet = self.sheets["scale"]
        return Choice(
            formula=f"{quote_sheetname(sheet)}!$A$2:$A${count + 1}",
            message=self.labels["choose_level"].format(sheet=sheet),
        )

    def word(self, value: str) -> str:
        """An enum value (``monthly``, ``counter_behaviours``) as the workbook's reader says it."""
        if value in _BEHAVIOUR_KINDS:
            return self.labels[f"kind_{value}"]
        return self.labels.word(value)

    def names(self, kind: str) -> Mapping[str, str]:
        """The name (for a rule: the indicator) of every id of ``kind``, to show beside it."""
        field = SHOWN_NAME[kind]
        found: Mapping[str, object] = getattr(self.org.index, kind)
        return {key: getattr(item, field) for key, item in found.items()}

    def words(self, words: Iterable[str]) -> Choice:
        """A dropdown of an enum's words in the workbook's language."""
        listed = ",".join(self.word(str(word)) for word in words)
        return Choice(
            formula=f'"{listed}"',
            message=self.labels["choose_word"].format(words=listed.replace(",", ", ")),
        )
