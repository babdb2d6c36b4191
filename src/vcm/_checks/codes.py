"""The catalogue: every finding code with its severity and title, in English and Dutch.

Codes are stable forever; a retired check keeps its number unused.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

import attrs

__all__ = ["CODES", "CodeInfo", "Severity"]


class Severity(StrEnum):
    """How much a finding weighs: an error leaves the model inconsistent, a warning thin."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class CodeInfo:
    """One row of the catalogue: a code, its severity and its title in both languages."""

    code: str
    severity: Severity
    title: str
    title_nl: str


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

_TABLE = (
    # Structure: the model is inconsistent.
    ("VCM100", _E, "duplicate id", "dubbele id"),
    ("VCM101", _E, "reference to an unknown id", "verwijzing naar een onbekende id"),
    ("VCM102", _E, "level outside the scale", "niveau buiten de schaal"),
    ("VCM103", _E, "scale not numbered 1..n in order", "schaal niet op volgorde genummerd 1..n"),
    (
        "VCM104",
        _E,
        "observation does not fit its rule's kind",
        "meting past niet bij de soort bewakingsregel",
    ),
    # The method: one of its four questions is unanswered.
    ("VCM200", _E, "task area without results", "taakgebied zonder resultaten"),
    ("VCM201", _E, "result taken up by no responsibility", "resultaat zonder verantwoordelijkheid"),
    ("VCM202", _E, "responsibility without authority", "verantwoordelijkheid zonder bevoegdheid"),
    ("VCM203", _E, "result without a monitoring rule", "resultaat zonder bewakingsregel"),
    (
        "VCM204",
        _E,
        "quantitative rule incomplete",
        "kwantitatieve bewakingsregel onvolledig",
    ),
    (
        "VCM205",
        _E,
        "threshold on the wrong side of the target",
        "drempelwaarde aan de verkeerde kant van de streefwaarde",
    ),
    (
        "VCM206",
        _E,
        "needed competence not in the matrix",
        "benodigde competentie niet in de matrix",
    ),
    ("VCM207", _E, "value without behaviours", "kernwaarde zonder gedrag"),
    # Coherence: the matrix is thin.
    ("VCM300", _W, "value not shown in a matrix", "kernwaarde niet zichtbaar in een matrix"),
    ("VCM301", _W, "result serves no value", "resultaat dient geen kernwaarde"),
    (
        "VCM302",
        _W,
        "matrix row no responsibility needs",
        "matrixregel die geen verantwoordelijkheid vraagt",
    ),
    ("VCM303", _W, "competence no task area requires", "competentie die geen taakgebied vraagt"),
    ("VCM304", _W, "responsibility needs no competence", "verantwoordelijkheid zonder competentie"),
    ("VCM305", _W, "competence realises no value", "competentie zonder kernwaarde"),
    # People: as of a date.
    ("VCM400", _W, "never assessed", "nooit beoordeeld"),
    ("VCM401", _W, "gap without development action", "tekort zonder ontwikkelactie"),
    ("VCM402", _W, "development action overdue", "ontwikkelactie over de datum"),
    (
        "VCM403",
        _W,
        "responsibility no member can carry",
        "verantwoordelijkheid die geen lid kan dragen",
    ),
    ("VCM404", _W, "single-person dependency", "afhankelijk van één medewerker"),
    # Monitoring: as of a date.
    ("VCM500", _W, "monitoring rule overdue", "bewakingsregel niet op tijd gemeten"),
    ("VCM501", _W, "monitoring rule off track", "bewakingsregel uit koers"),
    ("VCM502", _I, "monitoring rule at risk", "bewakingsregel loopt risico"),
)

CODES: Mapping[str, CodeInfo] = MappingProxyType(
    {code: CodeInfo(code, severity, title, title_nl) for code, severity, title, title_nl in _TABLE}
)
"""Every finding code, in order: ``CODES["VCM201"].severity`` is ``Severity.ERROR``."""
