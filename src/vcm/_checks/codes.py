"""The catalogue: every finding code with its severity and title, in English and Dutch.

Codes are stable forever; a retired check keeps its number unused.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

import attrs

from vcm._words import lookup, words
from vcm.model import Language

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

    def title_in(self, language: Language | str) -> str:
        """The title in ``language`` (English for a code vcm has no words in)."""
        return lookup(words(language).titles, self.code)


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

# The titles are in the language table (vcm._words, ``Words.titles``).
_TABLE = (
    # Structure: the model is inconsistent.
    ("VCM100", _E),
    ("VCM101", _E),
    ("VCM102", _E),
    ("VCM103", _E),
    ("VCM104", _E),
    # The method: one of its four questions is unanswered.
    ("VCM200", _E),
    ("VCM201", _E),
    ("VCM202", _E),
    ("VCM203", _E),
    ("VCM204", _E),
    ("VCM205", _E),
    ("VCM206", _E),
    ("VCM207", _E),
    # Coherence: the matrix is thin.
    ("VCM300", _W),
    ("VCM301", _W),
    ("VCM302", _W),
    ("VCM303", _W),
    ("VCM304", _W),
    ("VCM305", _W),
    # People: as of a date.
    ("VCM400", _W),
    ("VCM401", _W),
    ("VCM402", _W),
    ("VCM403", _W),
    ("VCM404", _W),
    ("VCM405", _W),
    ("VCM406", _I),
    # Monitoring: as of a date.
    ("VCM500", _W),
    ("VCM501", _W),
    ("VCM502", _I),
)

CODES: Mapping[str, CodeInfo] = MappingProxyType(
    {
        code: CodeInfo(
            code,
            severity,
            lookup(words(Language.EN).titles, code),
            lookup(words(Language.NL).titles, code),
        )
        for code, severity in _TABLE
    }
)
"""Every finding code, in order: ``CODES["VCM201"].severity`` is ``Severity.ERROR``."""
