"""A finding's two messages: the quick way ``check`` writes them says what the text says."""

from __future__ import annotations

import string
from datetime import date

import attrs
from hypothesis import given
from hypothesis import strategies as st

from vcm import Language
from vcm._checks.messages import kind, number, plain, said, series
from vcm._words import field_name, words


def _key(field: str) -> str:
    # vcm101_unknown_close -> VCM101.unknown_close; vcm300 -> VCM300
    code, _, variant = field.partition("_")
    return f"{code.upper()}.{variant}" if variant else code.upper()


_KEYS = sorted(_key(field) for field in attrs.fields_dict(type(words(Language.EN).messages)))


def _names(key: str, language: Language = Language.EN) -> set[str]:
    template = getattr(words(language).messages, field_name(key))
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


_VALUES = st.one_of(
    st.text(max_size=8),
    st.integers(min_value=-5, max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=date(1, 1, 1)),
    st.sampled_from(["task_area", "planned", "monthly", "half-yearly", "no_such_word"]).map(kind),
    st.floats(min_value=0, max_value=1000).map(lambda value: number(value, "%")),
    st.lists(st.sampled_from(["target", "threshold"]).map(kind), max_size=3).map(series),
)


@st.composite
def _messages(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    key = draw(st.sampled_from(_KEYS))
    return key, {name: draw(_VALUES) for name in sorted(_names(key))}


def test_the_keys_drawn_are_the_catalogues() -> None:
    """Every message is drawn below, with the fields both languages name."""
    assert {"VCM100.id", "VCM101.unknown_close", "VCM401"} <= set(_KEYS)
    assert all(_names(key) == _names(key, Language.NL) for key in _KEYS)


@given(_messages())
def test_plain_writes_what_the_text_says(message: tuple[str, dict[str, object]]) -> None:
    """``plain`` gives the finding's ``message`` and ``message_nl`` exactly as the text does."""
    key, fields = message
    text = said(key, dict(fields))
    assert plain(key, fields) == (text.en, text.nl)
    assert (text.en, text.nl) == (text["en"], text["nl"])
