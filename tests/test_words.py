"""The language table: one column per language, each complete, each template filled alike."""

from __future__ import annotations

import string

import attrs
import pytest

from vcm import Language
from vcm.cli import LANGUAGES
from vcm.vocabulary import Words, words


def _texts(group: object) -> dict[str, str]:
    return {name: value for name, value in attrs.asdict(group).items() if isinstance(value, str)}


def _groups(column: Words) -> dict[str, dict[str, str]]:
    groups = ("enums", "titles", "messages", "kinds", "cli", "workbook", "report", "errors")
    groups += ("diff",)
    return {group: _texts(getattr(column, group)) for group in groups}


@pytest.mark.parametrize("language", list(Language))
def test_every_language_has_a_column(language: Language) -> None:
    """Every Language member finds its own words, and the CLI offers it."""
    assert language == words(language).language
    assert language.value in LANGUAGES


def test_an_unknown_language_reads_english() -> None:
    """A code vcm has no words in falls back to English rather than failing."""
    assert words(Language.EN) is words("xx")


@pytest.mark.parametrize("language", list(Language))
def test_no_word_is_empty(language: Language) -> None:
    """Translators fill every field: no empty word slips into a sheet or a message."""
    empty = [
        f"{group}.{name}"
        for group, texts in _groups(words(language)).items()
        for name, text in texts.items()
        if not text.strip()
    ]
    assert [] == empty


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", [lang for lang in Language if lang != Language.EN])
def test_templates_name_the_same_fields_as_english(language: Language) -> None:
    """A translation names the fields English names: no message loses or invents a field."""
    english, other = _groups(words(Language.EN)), _groups(words(language))
    differ = [
        f"{group}.{name}"
        for group, texts in english.items()
        for name, text in texts.items()
        if _fields(text) != _fields(other[group][name])
    ]
    assert [] == differ
