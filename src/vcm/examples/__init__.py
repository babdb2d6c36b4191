"""Example organisations bundled with vcm, to try the library and its exports on.

- ``thuiszorg`` (the default): Thuiszorg De Haven, a fictional Dutch home-care
  organisation with two district teams and a planning office, in Dutch.
- ``library``: Riverside Library, a small fictional public library branch, in English.

>>> from vcm import examples
>>> examples.names()
('library', 'thuiszorg')
>>> examples.load().name
'Thuiszorg De Haven'

Each example is a YAML file in this package (format.md); its opening comment says which
findings ``vcm.check`` shows on purpose as of 2026-11-29.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

from vcm.errors import VcmError

if TYPE_CHECKING:
    from vcm.model import Organisation

__all__ = ["DEFAULT", "UnknownExampleError", "load", "names", "path", "text"]

DEFAULT = "thuiszorg"
"""The example :func:`load` gives when no name is asked for."""

_SUFFIX = ".yaml"


class UnknownExampleError(VcmError, LookupError):
    """There is no bundled example of the asked name."""


def names() -> tuple[str, ...]:
    """The names of the bundled examples, sorted."""
    return tuple(
        sorted(
            entry.name.removesuffix(_SUFFIX)
            for entry in resources.files(__name__).iterdir()
            if entry.name.endswith(_SUFFIX)
        )
    )


def path(name: str = DEFAULT) -> Traversable:
    """The example's YAML file, as a resource (``open()`` it, or ``read_text()``)."""
    if name not in names():
        known = ", ".join(names())
        raise UnknownExampleError(f"no example named {name!r}; the examples are {known}")
    return resources.files(__name__).joinpath(name + _SUFFIX)


def text(name: str = DEFAULT) -> str:
    """The example's YAML text."""
    return path(name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=16)  # bounded: one entry per example name
def load(name: str = DEFAULT) -> Organisation:
    """The example organisation ``name`` (model objects are immutable, so it is read once)."""
    # Imported here so that importing the examples costs nothing until one is loaded.
    from vcm.io import loads

    return loads(text(name), format="yaml", file=f"vcm/examples/{name}{_SUFFIX}")
