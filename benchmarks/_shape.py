"""The sizes of the synthetic organisations, their date, and the deck sizes are dealt from."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Generic, TypeVar

import attrs

_T = TypeVar("_T")

AS_OF = dt.date(2026, 11, 29)
"""The date the generated organisations are current on: rules were read a month before."""


@attrs.frozen(kw_only=True)
class Size:
    """How big a generated organisation is."""

    task_areas: int
    people: int
    competences: int
    assessments_per_person: int
    """About this many assessments per person (spread over the competences they need)."""


SIZES = {
    "tiny": Size(task_areas=2, people=10, competences=12, assessments_per_person=20),
    "small": Size(task_areas=10, people=200, competences=40, assessments_per_person=50),
    "large": Size(task_areas=200, people=10_000, competences=120, assessments_per_person=50),
}
"""The sizes of quality.md (``small``, ``large``) and a ``tiny`` one for tests."""


# Task areas come in departments of ten that draw their matrices from one family of 40
# competences, and a person in two task areas works in one department. So a person's
# share of the catalogue is the same in every size, and time per element compares fairly
# between sizes: only the number of people per task area differs (20 small, 50 large).
_DEPARTMENT = 10
_FAMILY = 40


def _department(area_number: int) -> int:
    return (area_number - 1) // _DEPARTMENT


class _Deck(Generic[_T]):
    """Deals items in shuffled rounds, so that every item is dealt before any is dealt twice.

    Drawing sizes from a deck rather than at random keeps their mean the same in every
    round (a department of ten task areas has matrices of 15 rows on average, exactly).
    """

    def __init__(self, rng: random.Random, items: Sequence[_T]) -> None:
        self._rng = rng
        self._items = list(items)
        self._left: list[_T] = []

    def deal(self, count: int) -> list[_T]:
        """``count`` distinct items (fewer when there are fewer items)."""
        count = min(count, len(self._items))
        hand: list[_T] = []
        while len(hand) < count:
            if not self._left:
                self._left = self._items[:]
                self._rng.shuffle(self._left)
            item = self._left.pop()
            if item not in hand:
                hand.append(item)
        return hand

    def draw(self) -> _T:
        """The next item."""
        return self.deal(1)[0]
