"""Optional text fields that a strategy does not draw itself are drawn all the same.

A new optional text field of the model (a person's e-mail address, say) is then drawn by
every strategy without a change here, so the round-trip property tests see it lost by any
reader or writer that forgets it. tests/test_fields_everywhere.py fails, naming the field,
for a field of another kind that no strategy draws.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

__all__ = ["builds", "make"]

T = TypeVar("T")


_FREE: dict[type[Any], tuple[str, ...]] = {}


def _free_texts(cls: type[Any]) -> tuple[str, ...]:
    if cls not in _FREE:
        hints = typing.get_type_hints(cls)
        _FREE[cls] = tuple(
            field.name
            for field in attrs.fields(cls)
            if field.default is None and hints[field.name] == (str | None)
        )
    return _FREE[cls]


def builds(
    cls: type[T],
    texts: st.SearchStrategy[str],
    /,
    via: Callable[..., T] | None = None,
    **given: Any,
) -> st.SearchStrategy[T]:
    """``st.builds(cls, **given)``, and ``None`` or text for every other optional text field.

    ``via`` builds the object instead of ``cls`` (a function that ties fields together).
    """
    free = {name: st.none() | texts for name in _free_texts(cls) if name not in given}
    return st.builds(via or cls, **given, **free)


def make(draw: st.DrawFn, cls: type[T], texts: st.SearchStrategy[str], /, **given: Any) -> T:
    """``cls(**given)``, with ``None`` or drawn text for every other optional text field."""
    free = {name: draw(st.none() | texts) for name in _free_texts(cls) if name not in given}
    return cls(**given, **free)
