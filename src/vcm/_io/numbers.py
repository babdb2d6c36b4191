"""The bound on whole numbers in a model file: every one of them fits a spreadsheet exactly."""

from __future__ import annotations

from typing import Final

from vcm.model._validators import LARGEST_WHOLE, too_large, whole_problem

__all__ = ["LARGEST_WHOLE", "digits_problem", "whole_problem"]

_DIGITS: Final = len(str(LARGEST_WHOLE))


def digits_problem(digits: str) -> str | None:
    """Why the whole number written in decimal ``digits`` (a sign allowed) is refused, if it is.

    The length is looked at before converting, so a number of any length costs no time.
    """
    unsigned = digits.lstrip("+-")
    if len(unsigned) < _DIGITS:
        return None
    if len(unsigned) > _DIGITS:
        return too_large(f"a whole number of {len(unsigned):,} digits")
    return whole_problem(int(digits))
