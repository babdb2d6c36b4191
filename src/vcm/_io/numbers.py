"""The bound on whole numbers in a model file: every one of them fits a spreadsheet exactly."""

from __future__ import annotations

from typing import Final

__all__ = ["LARGEST_WHOLE", "digits_problem", "whole_problem"]

LARGEST_WHOLE: Final = 2**53
"""The largest whole number a model file may hold (and its negative); larger ones are refused.

A spreadsheet, JavaScript and every JSON reader that holds numbers as 64-bit floats count whole
numbers exactly up to 2**53 = 9,007,199,254,740,992; a larger one reads back as a neighbour.
"""
_DIGITS: Final = len(str(LARGEST_WHOLE))


def _too_large(shown: str) -> str:
    return (
        f"{shown} is too large: a whole number may be at most {LARGEST_WHOLE:,} (2**53) "
        "either side of 0, the most a spreadsheet or a JSON reader holds exactly"
    )


def digits_problem(digits: str) -> str | None:
    """Why the whole number written in decimal ``digits`` (a sign allowed) is refused, if it is.

    The length is looked at before converting, so a number of any length costs no time.
    """
    unsigned = digits.lstrip("+-")
    if len(unsigned) < _DIGITS:
        return None
    if len(unsigned) > _DIGITS:
        return _too_large(f"a whole number of {len(unsigned):,} digits")
    return whole_problem(int(digits))


def whole_problem(value: int) -> str | None:
    """Why the whole number ``value`` is refused, if it is (it is never written out in full)."""
    if -LARGEST_WHOLE <= value <= LARGEST_WHOLE:
        return None
    if value.bit_length() <= 64:
        return _too_large(str(value))
    digits = int(value.bit_length() * 0.30103) + 1  # log10(2): one off at most
    return _too_large(f"a whole number of about {digits:,} digits")
