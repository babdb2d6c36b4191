"""A document tree as block-style YAML, written directly: the layout of PyYAML's emitter, faster.

vcm's YAML is regular: block mappings and lists (lists indented under their key), text plain
where YAML reads it back as the same text, literal ``|`` blocks for text with line breaks, and a
blank line before each top-level section. Writing that through PyYAML costs a Python object per
event and node; this module writes the same characters from the tree in one pass.

It is exact, not similar: every scalar it cannot prove to be plain (or a plain literal block) by
a cheap test is rendered by PyYAML's own emitter, set to the same place in the document (its
indent, column and whether it is a key). A tree it does not expect (a key longer than a simple
key may be, a value of another type) is declined, and the caller writes it through PyYAML.
tests/test_yaml_emit.py compares the two on generated trees; tests/data/golden holds the
output of the PyYAML writer this one replaced.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any, Final

from yaml.emitter import Emitter
from yaml.events import ScalarEvent
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

__all__ = ["SECTIONS", "WIDTH", "Declined", "WriteResolver", "emit"]

WIDTH: Final = 1_000_000
"""The line width given to PyYAML: no line of vcm's YAML is ever folded."""

SECTIONS: Final = frozenset({"purpose", "values", "scale", "competences", "task_areas", "people"})
"""The top-level keys that get a blank line before them."""

_STR: Final = "tag:yaml.org,2002:str"
_FLOAT: Final = "tag:yaml.org,2002:float"
_BREAKS: Final = "\n\x85\u2028\u2029"

# Characters PyYAML writes as they are (allow_unicode), except the line breaks, the byte
# order mark and the two characters that only sometimes start a comment or a key (# and :).
_SAFE: Final = ' !"$-9;-~\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe'
_PLAIN: Final = re.compile(f"[A-Za-z0-9\u00c0-\u024f(][{_SAFE}]*(?<! )")
"""Text that is plain in a block for PyYAML (given it resolves to text, checked apart)."""

_LITERAL: Final = re.compile(f"[{_SAFE}#:\n]*")
"""Text with line breaks PyYAML writes as a literal block (given no " \\n" and no end space)."""

_LINE_BREAK: Final = re.compile("[\n\x85\u2028\u2029]")

_FAST_UP_TO: Final = 100_000
"""Longer text goes to PyYAML's emitter, which would fold a line beyond WIDTH columns."""

_SIMPLE_KEY_UP_TO: Final = 122
"""The longest text key PyYAML writes as a simple key (with its 5-character !!str tag < 128)."""


# What other readers take for a number, a boolean, null or a date where PyYAML (YAML 1.1 as
# PyYAML reads it) sees text: the YAML 1.2 core schema and the YAML 1.1 type repository as
# written (https://yaml.org/type/). Text that any of them would read as another type is quoted.
_FOREIGN: Final = (
    (
        "bool",
        r"^(?:y|Y|n|N|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE"
        r"|on|On|ON|off|Off|OFF)$",
        "yYnNtTfFoO",
    ),
    ("null", r"^(?:~|null|Null|NULL)$", "~nN"),
    (
        "int",
        r"^(?:[-+]?[0-9][0-9_]*|[-+]?0b[01_]+|0o[0-7]+|[-+]?0x[0-9a-fA-F_]+"
        r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+)$",
        "-+0123456789",
    ),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?"
        r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
    (
        "timestamp",
        r"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}"
        r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
        r"(?:\.[0-9]*)?(?:[ \t]*Z|[ \t]*[-+][0-9]{1,2}(?::[0-9]{2})?)?)$",
        "0123456789",
    ),
)


def add_foreign_resolvers(cls: Any) -> None:
    """Teach the resolver class ``cls`` what YAML 1.2 and YAML 1.1 readers take for non-text.

    Writing uses it (never reading): a text any of them would read as a number, a boolean,
    null or a date is then quoted, so every reader gets the same text back.
    """
    for kind, pattern, first in _FOREIGN:
        cls.add_implicit_resolver("tag:yaml.org,2002:" + kind, re.compile(pattern), list(first))


class WriteResolver(Resolver):
    """PyYAML's resolver and :func:`add_foreign_resolvers`: what decides quoting on writing."""


add_foreign_resolvers(WriteResolver)


class Declined(Exception):
    """The tree holds something this writer leaves to PyYAML."""


class _Scalars:
    """Scalars rendered the way PyYAML renders them, each from the place it is written at."""

    def __init__(self) -> None:
        self._stream = io.StringIO()
        self._emitter = Emitter(self._stream, allow_unicode=True, width=WIDTH)
        resolver = WriteResolver()
        self._resolve: Any = resolver.resolve
        self._starts = frozenset(resolver.yaml_implicit_resolvers)
        self._texts: dict[str, str] = {}
        self._keys: dict[str, str] = {}

    def is_text(self, text: str) -> bool:
        """Whether ``text``, written plain, reads back as text (not a number, date, null...)."""
        if not text or text[0] in self._starts:
            return bool(self._resolve(ScalarNode, text, (True, False)) == _STR)
        return True

    def text(self, text: str, indent: int, column: int) -> str:
        """``text`` as a value after ``key:`` or ``-`` (with its leading space)."""
        if "\n" in text:
            if (
                len(text) < _FAST_UP_TO
                and _LITERAL.fullmatch(text)
                and " \n" not in text
                and text[-1] != " "
            ):
                return _literal(text, indent + 2)
            return self.exact(text, "|", indent, column, key=False)
        rendered = self._texts.get(text)
        if rendered is None:
            if len(text) < _FAST_UP_TO and _PLAIN.fullmatch(text) and self.is_text(text):
                rendered = " " + text
            else:
                rendered = self.exact(text, None, indent, column, key=False)
                if len(text) >= _FAST_UP_TO or _LINE_BREAK.search(rendered):
                    return rendered  # depends on the indent or the column: not kept
            self._texts[text] = rendered
        return rendered

    def number(self, value: float) -> str:
        """``value`` as PyYAML's represent_float writes it, plain."""
        written = repr(value).lower()
        if "." not in written and "e" in written:
            written = written.replace("e", ".0e", 1)
        if self._resolve(ScalarNode, written, (True, False)) != _FLOAT:
            raise Declined(f"the number {written}")  # NaN and infinity: the model refuses them
        return written

    def key(self, key: str, indent: int) -> str:
        """``key`` as a simple key at the start of a line."""
        rendered = self._keys.get(key)
        if rendered is None:
            if not key or len(key) > _SIMPLE_KEY_UP_TO or any(c in key for c in _BREAKS):
                raise Declined(f"a key PyYAML writes as a complex key: {key[:20]!r}")
            if _PLAIN.fullmatch(key) and self.is_text(key):
                rendered = key
            else:
                rendered = self.exact(key, None, indent, indent, key=True)
            self._keys[key] = rendered
        return rendered

    def exact(self, text: str, style: str | None, indent: int, column: int, *, key: bool) -> str:
        """What PyYAML's emitter writes for ``text`` in this place (set up as it would be)."""
        stream, emitter = self._stream, self._emitter
        stream.seek(0)
        stream.truncate()
        implicit = (self._resolve(ScalarNode, text, (True, False)) == _STR, True)
        emitter.event = ScalarEvent(None, _STR, implicit, text, style=style)
        emitter.indents = []
        emitter.indent = indent
        emitter.flow_level = 0
        emitter.column = column
        emitter.whitespace = key
        emitter.indention = key
        emitter.root_context = False
        emitter.simple_key_context = key
        emitter.analysis = None
        emitter.style = None
        emitter.prepared_tag = None
        emitter.increase_indent(flow=True)
        emitter.process_tag()
        emitter.process_scalar()
        return stream.getvalue()


def _literal(text: str, indent: int) -> str:
    # PyYAML's write_literal for text of safe characters, with its block hints.
    hints = "2" if text[0] in " \n" else ""
    if text[-1] != "\n":
        hints += "-"
    elif len(text) == 1 or text[-2] == "\n":
        hints += "+"
    pad = " " * indent
    body = "\n".join(pad + line if line else "" for line in text.split("\n"))
    return f" |{hints}\n{body}" + ("" if text[-1] == "\n" else "\n")


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.fresh = True  # at the start of a line (after a literal block, or at the start)
        self.scalars = _Scalars()

    def line(self, indent: int) -> None:
        self.out.append(" " * indent if self.fresh else "\n" + " " * indent)
        self.fresh = False

    def scalar(self, value: Any, indent: int, column: int) -> None:
        kind = type(value)
        if kind is str:
            rendered = self.scalars.text(value, indent, column)
            self.out.append(rendered)
            self.fresh = rendered[-1] in _BREAKS
        elif kind is int:
            self.out.append(f" {value}")
        elif kind is bool:
            self.out.append(" true" if value else " false")
        elif kind is float:
            self.out.append(" " + self.scalars.number(value))
        elif value is None:
            self.out.append(" null")
        elif kind is dt.date:
            self.out.append(" " + value.isoformat())
        else:
            raise Declined(f"a value of type {kind.__name__}")

    def node(self, value: Any, indent: int, column: int) -> None:
        """A value after ``key:`` (at ``indent``) or ``-`` (``indent`` being the dash's)."""
        kind = type(value)
        if kind is dict:
            if value:
                self.mapping(value, indent + 2, inline=False)
            else:
                self.out.append(" {}")
        elif kind is list:
            if value:
                self.sequence(value, indent + 2, inline=False)
            else:
                self.out.append(" []")
        else:
            self.scalar(value, indent, column)

    def mapping(self, tree: dict[Any, Any], indent: int, *, inline: bool) -> None:
        out = self.out
        for key, value in tree.items():
            if inline:
                inline = False  # the first key follows "- " on its line
            else:
                self.line(indent)
            if type(key) is str:
                written = self.scalars.key(key, indent)
            elif type(key) is int:
                written = str(key)
            else:
                raise Declined(f"a key of type {type(key).__name__}")
            out.append(written)
            out.append(":")
            self.node(value, indent, indent + len(written) + 1)

    def sequence(self, items: list[Any], indent: int, *, inline: bool) -> None:
        out = self.out
        for item in items:
            if inline:
                inline = False
            else:
                self.line(indent)
            out.append("-")
            kind = type(item)
            if kind is dict and item:
                out.append(" ")
                self.mapping(item, indent + 2, inline=True)
            elif kind is list and item:
                out.append(" ")
                self.sequence(item, indent + 2, inline=True)
            else:
                self.node(item, indent, indent + 1)

    def document(self, tree: dict[Any, Any]) -> str:
        out = self.out
        for key, value in tree.items():
            if type(key) is not str:
                raise Declined("a top-level key that is not text")
            if key in SECTIONS and out:
                last = out[-1]
                # A blank line, except after a text kept as a "|+" block (already blank).
                if not self.fresh or (last[-1] == "\n" and last[-2] not in _BREAKS):
                    out.append("\n")
            self.line(0)
            written = self.scalars.key(key, 0)
            out.append(written)
            out.append(":")
            self.node(value, 0, len(written) + 1)
        if not self.fresh:
            out.append("\n")
        last = out[-1]
        if last.startswith(" |") and "+" in last[: last.index("\n")]:
            out.append("...\n")  # PyYAML ends a document that ends in a "|+" block so
        return "".join(out)


def emit(tree: dict[Any, Any]) -> str:
    """``tree`` as vcm's block-style YAML; :class:`Declined` for what PyYAML must write."""
    if type(tree) is not dict or not tree:
        raise Declined("a document that is not a mapping")
    return _Writer().document(tree)
