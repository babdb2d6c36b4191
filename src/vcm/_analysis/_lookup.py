"""Looking up what a caller names: a clear error for an unknown id, a check on dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from vcm.errors import NotFoundError
from vcm.model._errors import did_you_mean, nearest

__all__ = ["NotFoundError", "closest", "not_found", "require_date"]

# Enough known ids to recognise the right one; a large model lists thousands of results.
_SHOWN = 20


def closest(wanted: str, known: Iterable[str]) -> str | None:
    """The known id most like ``wanted`` (a typo's likely meaning), or None if none is close."""
    return nearest(wanted, known)


def not_found(kind: str, wanted: str, known: Iterable[str], *, where: str = "") -> NotFoundError:
    """The error for an unknown ``kind`` id, e.g. ``not_found("task area", "nort", ids)``."""
    known = list(dict.fromkeys(known))
    reason = f"no {kind} {wanted!r}{where}{did_you_mean(wanted, known)}"
    if not known:
        reason += f"; there are no {kind}s{where}"
    else:
        shown = ", ".join(known[:_SHOWN])
        more = f" and {len(known) - _SHOWN} more" if len(known) > _SHOWN else ""
        reason += f"; the {kind}s{where} are: {shown}{more}"
    return NotFoundError(reason)


def require_date(as_of: object) -> dt.date:
    """The calendar date ``as_of`` stands for: a date itself, a datetime its date.

    The one rule for every ``as_of`` of vcm (checks, analyses, export options): the method
    has no time of day, so a :class:`~datetime.datetime` counts as its (local) date, which
    is what ``datetime.now()`` means to the person asking. Anything else (a string, None
    where a date is needed) is a TypeError saying what was given.
    """
    if isinstance(as_of, dt.datetime):
        return as_of.date()
    if not isinstance(as_of, dt.date):
        raise TypeError(f"as_of must be a datetime.date, not {type(as_of).__name__}")
    return as_of
