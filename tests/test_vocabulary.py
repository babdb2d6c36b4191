"""Every word of the method has an English and a Dutch label, said the same everywhere."""

from __future__ import annotations

import pytest

import vcm
from vcm.analysis import AssessmentState
from vcm.checks import Severity
from vcm.vocabulary import WORDS, word

ENUMS = [
    vcm.CompetenceKind,
    vcm.AuthorityKind,
    vcm.MonitoringKind,
    vcm.Direction,
    vcm.Frequency,
    vcm.ObservationStatus,
    vcm.RuleStatus,
    vcm.DevelopmentKind,
    vcm.DevelopmentStatus,
    Severity,
    AssessmentState,
]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda enum: enum.__name__)
def test_every_enum_value_has_both_words(enum: type) -> None:
    """No value of the model's vocabularies falls back to its file spelling."""
    missing = [member.value for member in enum if member.value not in WORDS]
    assert [] == missing


def test_words_in_both_languages() -> None:
    """Dutch for nl, English otherwise; members and their values give the same word."""
    assert ("Op koers", "On track") == (word("on_track", "nl"), word(vcm.RuleStatus.ON_TRACK, "en"))
    assert "per kwartaal" == word(vcm.Frequency.QUARTERLY, vcm.Language.NL)
    assert "gemandateerd" == word("mandated", "nl")


def test_unknown_values_are_shown_as_written() -> None:
    """A word vcm does not know (a plugin's own) is shown with spaces for underscores."""
    assert "half done" == word("half_done", "nl")


def test_the_cli_and_the_exports_agree() -> None:
    """The status word in the workbook and the report is the vocabulary's."""
    from vcm_exporters.docx.labels import labels_for as docx_labels
    from vcm_exporters.xlsx.labels import labels_for as xlsx_labels

    for language in ("en", "nl"):
        for key in WORDS:
            assert (
                word(key, language)
                == xlsx_labels(language).word(key)
                == docx_labels(language).word(key)
            )


def test_numbers_as_people_write_them() -> None:
    """No needless .0, a decimal comma in Dutch, and no exponent for large readings."""
    from vcm.vocabulary import number

    assert ["95", "93.5", "93,5", "1234567"] == [
        number(95.0, "en"),
        number(93.5, "en"),
        number(93.5, "nl"),
        number(1234567, "nl"),
    ]
