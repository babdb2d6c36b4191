"""Sheet names Excel accepts, whatever a task area is called.

Excel's rules: at most 31 characters (counted in UTF-16 units), none of ``[ ] : * ? / \\``,
not blank, no apostrophe at either end, unique regardless of case, and not ``History``
(reserved by Excel for change tracking).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["MAX_LENGTH", "SheetNames"]

MAX_LENGTH = 31

_SLASHES = re.compile(r"[/\\]")
_FORBIDDEN = re.compile(r"[\[\]:*?]")
_SPACES = re.compile(r"\s+")
_RESERVED = ("History",)


def _units(name: str) -> int:
    # Excel counts UTF-16 code units: an emoji takes two of the 31.
    return len(name.encode("utf-16-le")) // 2


def _cut(name: str, units: int) -> str:
    while _units(name) > units:
        name = name[:-1]
    return name.rstrip()


def _keys(name: str) -> tuple[str, str]:
    # Excel compares case-insensitively; both foldings catch what either would.
    return name.casefold(), name.upper()


class SheetNames:
    """Hands out valid sheet names, each unique among those already handed out."""

    def __init__(self, reserved: Iterable[str] = _RESERVED) -> None:
        self._taken: set[str] = set()
        for name in reserved:
            self._taken.update(_keys(name))

    def take(self, wanted: str, fallback: str) -> str:
        """A valid, unused name as close to ``wanted`` as Excel allows.

        ``fallback`` (a valid name) stands in when nothing of ``wanted`` survives.
        """
        name = _SLASHES.sub("-", wanted)
        name = _SPACES.sub(" ", _FORBIDDEN.sub(" ", name)).strip().strip("'").strip()
        name = _cut(name, MAX_LENGTH).strip("'").strip() or fallback
        candidate = name
        number = 1
        while any(key in self._taken for key in _keys(candidate)):
            number += 1
            suffix = f" ({number})"
            candidate = _cut(name, MAX_LENGTH - len(suffix)).strip("'") + suffix
        self._taken.update(_keys(candidate))
        return candidate
