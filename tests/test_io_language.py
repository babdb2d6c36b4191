"""Load errors in the document's language (``organisation.language``) or the CLI's --language."""

from __future__ import annotations

import io as stdio
import string
from typing import Any

import attrs
import pytest

from test_io_errors import BASE, CASES
from vcm import Language, io
from vcm.cli import main
from vcm.errors import VcmError, in_language
from vcm.vocabulary import words

DUTCH = BASE.replace(
    "  name: Harbour Home Care\n", "  name: Harbour Home Care\n  language: nl\n", 1
)


# Without its organisation a document names no language.
READABLE = [case for case in CASES if case[0] != "missing organisation"]


def _error(text: str) -> VcmError:
    with pytest.raises(VcmError) as caught:
        io.loads(text, "yaml", file="model.yaml")
    return caught.value


def test_the_dutch_base_document_loads() -> None:
    """The document the cases change is itself valid, and Dutch."""
    assert Language.NL == io.loads(DUTCH).language


@pytest.mark.parametrize(
    ("old", "new", "path", "line"),
    [(case[1], case[2], case[4], case[5]) for case in READABLE],
    ids=[case[0] for case in READABLE],
)
def test_a_dutch_document_gets_dutch_errors(old: str, new: str, path: str, line: int) -> None:
    """Every error case of the reader, said in Dutch: place words and reason."""
    assert old in DUTCH
    error = _error(DUTCH.replace(old, new, 1))
    english = _error(BASE.replace(old, new, 1))
    # One line more in the Dutch document, past the organisation's name.
    assert error.line in (english.line, (english.line or 0) + 1)
    assert (english.path, english.file) == (error.path, error.file)
    assert str(error).startswith(f"model.yaml, regel {error.line}")
    assert english.reason == error.english_reason  # type: ignore[attr-defined]
    assert type(english) is type(error)
    # A reason a parser wrote itself (PyYAML's) may stay English; vcm's own never does.
    if not english.reason.startswith("not valid YAML: ") or "character" in english.reason:
        assert english.reason != error.reason


def test_an_english_document_gets_english_errors() -> None:
    """No language (English) keeps the reason as written."""
    error = _error(BASE.replace("frequency: monthly", "frequency: maandelijk", 1))
    assert "must be one of weekly" in str(error)


def _filled(template: str) -> dict[str, str]:
    return {name: f"<{name}>" for _, name, _, _ in string.Formatter().parse(template) if name}


ERROR_WORDS = attrs.asdict(words(Language.EN).errors)
REASONS = [
    name
    for name in ERROR_WORDS
    if not name.startswith(("found_", "hint_")) and name not in ("line", "at")
]


@pytest.mark.parametrize("name", REASONS)
@pytest.mark.parametrize("language", list(Language))
def test_every_reason_reads_as_its_own_template(name: str, language: Language) -> None:
    """An English reason is recognised by its template and said with the same fields.

    The first template that fits wins: this also shows that no general template comes
    before a specific one that it would swallow.
    """
    english = ERROR_WORDS[name]
    fields = _filled(english)
    said = in_language(VcmError(english.format_map(fields)), language)
    assert getattr(words(language).errors, name).format_map(fields) == said.reason


def test_what_was_found_is_said_too() -> None:
    """'not the text 'x'' → 'niet de tekst 'x'', with the hint after it."""
    reason = "must be text, not the number 12 (put it in quotes to keep it as text)"
    assert (
        "moet tekst zijn, niet het getal 12 (zet het tussen aanhalingstekens om het als tekst"
        " te houden)"
    ) == in_language(VcmError(reason), "nl").reason


def _run(*args: str) -> tuple[int, str]:
    err = stdio.StringIO()
    import contextlib

    with contextlib.redirect_stderr(err):
        code = main(list(args), out=stdio.StringIO())
    return code, err.getvalue()


def test_the_command_line_says_errors_in_its_language(tmp_path: Any) -> None:
    """--language nl on an English document, --language en on a Dutch one."""
    broken = tmp_path / "model.yaml"
    broken.write_text(BASE.replace("  vision:", "  visoin:", 1), encoding="utf-8")
    code, said = _run("validate", str(broken), "--language", "nl")
    assert 2 == code
    assert "regel 6, bij purpose.visoin: onbekende sleutel 'visoin' (bedoelde je 'vision'?)" in said
    dutch = tmp_path / "dutch.yaml"
    dutch.write_text(DUTCH.replace("  vision:", "  visoin:", 1), encoding="utf-8")
    assert "onbekende sleutel" in _run("validate", str(dutch))[1]
    assert (
        "line 7, at purpose.visoin: unknown key"
        in _run("validate", str(dutch), "--language", "en")[1]
    )
