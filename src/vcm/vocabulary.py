"""The method's words in English and Dutch: one place for the label of every enum value.

The file format writes enum values in English snake case (``on_track``, ``half-yearly``);
people read them through :func:`word`. The CLI, the checks' messages and every exporter
take their words from here, so a status is called the same in the terminal, the workbook
and the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import Final

from vcm.model import Language

__all__ = ["WORDS", "number", "word"]

WORDS: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        # CompetenceKind
        "behavioural": ("behavioural", "gedragscompetentie"),
        "professional": ("professional", "vakcompetentie"),
        "ethical": ("ethical", "ethische competentie"),
        # AuthorityKind
        "delegated": ("delegated", "gedelegeerd"),
        "mandated": ("mandated", "gemandateerd"),
        # MonitoringKind and Direction
        "quantitative": ("quantitative", "kwantitatief"),
        "qualitative": ("qualitative", "kwalitatief"),
        "higher": ("higher is better", "hoger is beter"),
        "lower": ("lower is better", "lager is beter"),
        # Frequency
        "weekly": ("weekly", "wekelijks"),
        "monthly": ("monthly", "maandelijks"),
        "quarterly": ("quarterly", "per kwartaal"),
        "half-yearly": ("half-yearly", "halfjaarlijks"),
        "yearly": ("yearly", "jaarlijks"),
        # RuleStatus (and ObservationStatus): shown on their own, so capitalised
        "on_track": ("On track", "Op koers"),
        "at_risk": ("At risk", "Risico"),
        "off_track": ("Off track", "Uit koers"),
        "overdue": ("Overdue", "Achterstallig"),
        "no_data": ("No data", "Geen gegevens"),
        # DevelopmentKind
        "training": ("training", "training"),
        "coaching": ("coaching", "coaching"),
        "intervision": ("intervision", "intervisie"),
        "on_the_job": ("on the job", "leren in het werk"),
        "other": ("other", "anders"),
        # DevelopmentStatus
        "planned": ("planned", "gepland"),
        "in_progress": ("in progress", "in uitvoering"),
        "done": ("done", "afgerond"),
        "cancelled": ("cancelled", "geannuleerd"),
        # Severity of a finding
        "error": ("error", "fout"),
        "warning": ("warning", "waarschuwing"),
        "info": ("note", "opmerking"),
        # AssessmentState of a gap
        "assessed": ("assessed", "beoordeeld"),
        "unassessed": ("not assessed", "niet beoordeeld"),
        "not_observable": ("not observable", "niet waarneembaar"),
    }
)


def word(value: str | Enum, language: Language | str) -> str:
    """The word for an enum value (``on_track``, ``Frequency.MONTHLY``) in ``language``.

    Dutch for ``nl``, English otherwise; a value without a word here is shown as written,
    with spaces for underscores.
    """
    key = str(value.value) if isinstance(value, Enum) else str(value)
    words = WORDS.get(key)
    if words is None:
        return key.replace("_", " ")
    return words[1] if language == Language.NL else words[0]


def number(value: float, language: Language | str) -> str:
    """A reading or a norm as people write it: ``95`` not ``95.0``; ``93,5`` in Dutch."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    text = str(value)
    return text.replace(".", ",") if language == Language.NL else text
