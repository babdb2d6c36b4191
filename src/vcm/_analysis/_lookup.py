"""Looking up what a caller names: a clear error for an unknown id, a check on dates."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable

from vcm.errors import NotFoundError

__all__ = ["NotFoundError", "closest", "not_found", "require_date"]

# Enough known ids to recognise the right one; a large model lists thousands of results.
_SHOWN = 20


def closest(wanted: str, known: Iterable[str]) -> str | None:
    """The known id most like ``wanted`` (a typo's likely meaning), or None if none is close."""
    close = difflib.get_close_matches(wanted, list(known), n=1)
    return close[0] if close else None


def not_found(kind: str, wanted: str, known: Iterable[str], *, where: str = "") -> NotFoundError:
    """The error for an unknown ``kind`` id, e.g. ``not_found("task area", "nort", ids)``."""
    known = list(dict.fromkeys(known))
    reason = f"no {kind} {wanted!r}{where}"
    close = closest(wanted, known)
    if close is not None:
        reason += f" (did you mean {close!r}?)"
    if not known:
        reason += f"; there are no {kind}s{where}"
    else:
        shown = ", ".join(known[:_SHOWN])
        more = f" and {len(known) - _SHOWN} more" if len(known) > _SHOWN else ""
        reason += f"; the {kind}s{where} are: {shown}{more}"
    return NotFoundError(reason)


def require_date(as_of: object) -> dt.date:
    """``as_of`` itself when it is a calendar date; a TypeError otherwise.

    A datetime is refused like the model refuses it: the method has no time of day, and
    ``datetime - date`` would fail deep inside a rule's status.
    """
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        raise TypeError(f"as_of must be a datetime.date, not {type(as_of).__name__}")
    return as_of
