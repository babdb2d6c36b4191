"""The report's cell colours. Colour is never alone: the cell also says it in words."""

from __future__ import annotations

from vcm.model import RuleStatus

__all__ = ["BENCH_FILLS", "STATUS_FILLS", "bench_fill"]

STATUS_FILLS: dict[RuleStatus, str] = {
    RuleStatus.ON_TRACK: "C6EFCE",
    RuleStatus.AT_RISK: "FFEB9C",
    RuleStatus.OFF_TRACK: "FFC7CE",
    RuleStatus.OVERDUE: "F8CBAD",
    RuleStatus.NO_DATA: "E7E6E6",
}
"""Cell colours of the monitoring statuses (traffic lights)."""

BENCH_FILLS: dict[int, str] = {0: "FFC7CE", 1: "FFEB9C", 2: "C6EFCE"}
"""Red for nobody, amber for one person, green for two or more."""


def bench_fill(members: int) -> str:
    """The colour of a count of members reaching a level (two or more is green)."""
    return BENCH_FILLS[min(max(members, 0), 2)]
