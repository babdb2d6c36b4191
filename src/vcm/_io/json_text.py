"""JSON text <-> document tree, with duplicate keys refused."""

from __future__ import annotations

import json
import re
from typing import Any, Final

from vcm._io.numbers import digits_problem
from vcm._io.structure import Path, render_path
from vcm._io.yaml_text import Locator, locator
from vcm.errors import FileFormatError, LimitExceededError

__all__ = ["LINES_UP_TO", "dumps", "line_locator", "no_key_twice", "parse", "parse_unchecked"]

LINES_UP_TO: Final = 16 * 2**20
"""Characters up to which errors in JSON get a line (looked up by reading the text as YAML)."""


class _Duplicate(Exception):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # The fast path: one dict per JSON object, and only its size compared.
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        raise _Duplicate
    return mapping


class _Twice(dict[str, Any]):
    """A JSON object with a key given twice (found on the slow path, to name it)."""

    key: str


def _marking(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) == len(pairs):
        return mapping
    marked = _Twice(mapping)
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            marked.key = key
            break
        seen.add(key)
    return marked


def _first_twice(tree: Any) -> tuple[Path, str] | None:
    stack: list[tuple[Any, Path]] = [(tree, ())]
    while stack:
        node, where = stack.pop()
        if isinstance(node, _Twice):
            return where, node.key
        if isinstance(node, dict):
            stack.extend((value, (*where, key)) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((item, (*where, i)) for i, item in reversed(list(enumerate(node))))
    return None


_DIGIT_RUN = re.compile(r"[0-9]{4301,}")


class _Digits(str):
    """A whole number too long to convert, kept as its digits (found on the slow path)."""


def _long_number(digits: str) -> Any:
    return _Digits(digits) if digits_problem(digits) else int(digits)


def _first_long_number(text: str) -> tuple[Path, str] | None:
    try:
        tree = json.loads(text, parse_int=_long_number)
    except (ValueError, RecursionError):
        return None
    stack: list[tuple[Any, Path]] = [(tree, ())]
    while stack:
        node, where = stack.pop()
        if isinstance(node, _Digits):
            return where, str(node)
        if isinstance(node, dict):
            stack.extend((value, (*where, key)) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((item, (*where, i)) for i, item in reversed(list(enumerate(node))))
    return None


def line_locator(text: str, *, last: bool = False) -> Locator:
    """Lines in JSON ``text``, when it is small enough to read again as YAML quickly."""
    if len(text) > LINES_UP_TO:
        return lambda where: None
    return locator(text, last=last)


def parse_unchecked(text: str) -> Any:
    """The document tree of JSON ``text`` as :func:`json.loads` reads it: a key given twice
    is not noticed here (see :func:`no_key_twice`); None for what is not JSON (:func:`parse`
    then says why)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def no_key_twice(text: str, keys: int, colons: int) -> bool:
    """Whether JSON ``text``, whose tree holds ``keys`` keys and ``colons`` colons in its texts,
    gives no key twice in one object.

    Outside its strings a JSON text has a colon for each key it gives; inside them, as many as
    the strings hold once read, unless an escape wrote one (``\\u003a``). A key given twice
    leaves the tree one key (and what its first value held) short of the text's colons.
    """
    if text.count(":") != keys + colons:
        return False
    return colons == 0 or "\\" not in text or "\\u003" not in text


def parse(text: str) -> Any:
    """The document tree of JSON ``text``; a located :class:`FileFormatError` if there is none."""
    try:
        return json.loads(text, object_pairs_hook=_pairs)
    except _Duplicate:
        pass
    except (ValueError, RecursionError) as error:
        raise _unreadable(text, error) from None
    # A key given twice: read again to find it, unless the text is not JSON after all.
    try:
        found = _first_twice(json.loads(text, object_pairs_hook=_marking))
    except (ValueError, RecursionError) as error:
        raise _unreadable(text, error) from None
    assert found is not None
    where, key = found
    where = (*where, key)
    twice = FileFormatError(f"the key {key!r} is given twice", path=render_path(where))
    raise twice.located(line=line_locator(text, last=True)(where))


def _unreadable(text: str, error: ValueError | RecursionError) -> FileFormatError:
    if isinstance(error, json.JSONDecodeError):
        reason = f"not valid JSON: {error.msg} (column {error.colno})"
        return FileFormatError(reason, line=error.lineno)
    if isinstance(error, RecursionError):
        return LimitExceededError("the document is nested too deeply")
    found = _first_long_number(text)  # a number with more digits than Python converts
    if found is None:
        # Not JSON besides: at least say on which line the over-long number stands.
        run = _DIGIT_RUN.search(text)
        if run is not None:
            reason = digits_problem(run.group()) or f"not valid JSON: {error}"
            return FileFormatError(reason, line=text.count("\n", 0, run.start()) + 1)
        return FileFormatError(f"not valid JSON: {error}")
    where, digits = found
    reason = digits_problem(digits) or f"not valid JSON: {error}"
    located = FileFormatError(reason, path=render_path(where))
    return located.located(line=line_locator(text)(where))  # type: ignore[return-value]


def dumps(tree: Any, *, indent: int | None = 2) -> str:
    """``tree`` as JSON: ``indent`` spaces per level, unicode kept, a newline at the end.

    With ``indent=None``, the compact form: one line, no spaces after ``,`` and ``:``.
    """
    if indent is None:
        return json.dumps(tree, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(tree, indent=indent, ensure_ascii=False) + "\n"
