"""Optional text fields that the valid strategy does not draw itself are drawn all the same.

A new optional text field of the model (a person's e-mail address, say) is then drawn
without a change here, so the round-trip property tests see it lost by any reader or
writer that forgets it. (The loose strategy draws every field from its validator.)
tests/test_fields_everywhere.py fails, naming the field, for a field no strategy draws.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

__all__ = ["make"]

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


def make(draw: st.DrawFn, cls: type[T], texts: st.SearchStrategy[str], /) -> Callable[..., T]:
    """``cls``, drawing ``None`` or text for every optional text field it is not given."""

    def build(**given: Any) -> T:
        free = {name: draw(st.none() | texts) for name in _free_texts(cls) if name not in given}
        return cls(**given, **free)

    return build
