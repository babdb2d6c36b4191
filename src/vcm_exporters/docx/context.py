"""What every part of the report knows: the organisation, the words, the date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from vcm.analysis import Summary
from vcm.checks import Finding
from vcm.model import Competence, Organisation, Result, Scale, TaskArea, Value
from vcm_exporters.docx.labels import Labels

__all__ = ["Context"]


@attrs.frozen(kw_only=True)
class Context:
    """The organisation and the choices of this report, with name lookups for references.

    A reference to an id that does not exist (finding VCM101) shows as the id itself:
    the report is still written, and the appendix of findings says what is wrong.
    """

    org: Organisation
    labels: Labels
    as_of: dt.date
    include_people: bool
    people_left_out: bool
    """The organisation has people, and this report leaves them out (``org`` has none)."""
    title: str
    scale: Scale
    summary: Summary
    """The management summary, counted on the whole organisation before its people left."""
    findings: tuple[Finding, ...]
    """The findings this report may show (:func:`vcm.analysis.shareable`)."""

    def value_name(self, value_id: str) -> str:
        """The name of a core value (its id when unknown)."""
        return _name(self.org.index.values, value_id)

    def competence_name(self, competence_id: str) -> str:
        """The name of a competence (its id when unknown)."""
        return _name(self.org.index.competences, competence_id)

    def result_name(self, result_id: str) -> str:
        """The name of a result (its id when unknown)."""
        return _name(self.org.index.results, result_id)

    def task_area_name(self, task_area_id: str) -> str:
        """The name of a task area (its id when unknown)."""
        return _name(self.org.index.task_areas, task_area_id)

    def level(self, number: int | None) -> str:
        """A level as a reader wants it: ``3 Guiding`` (the number alone off the scale)."""
        if number is None:
            return self.labels.none
        name = self.scale.name_of(number)
        return f"{number} {name}" if name else str(number)


def _name(named: Mapping[str, Value | Competence | Result | TaskArea], key: str) -> str:
    """The name of what ``key`` names (the key itself when unknown)."""
    found = named.get(key)
    return found.name if found else key
