"""What the model says about people, teams and situations: pure functions over a model.

- :func:`gaps` — per person and required competence: required and current level, the gap,
  its priority and the open development actions.
- :func:`coverage` — per task area: the matrix grid, how full it is, and how many members
  carry each required competence (single-person dependencies, uncovered competences).
- :func:`status` — per monitoring rule: its status as of a date and the deciding reading.
- :func:`trace` — for one result: the chain from purpose and values to the people who carry
  it and the rules that watch it.
- :func:`explain` — for a monitoring rule (at risk or off track, say): the results it
  watches, the responsibilities and competences behind them, and the members of its task
  area with open gaps on those competences, with their development actions.
- :func:`guide` — for a client's situation in a task area: the behaviours that apply, who is
  responsible, what they may decide, where to escalate, how it is watched.
- :func:`summary` — per task area, what management reads first: the rules by status,
  coverage now and projected, single-person dependencies, open and overdue development
  actions; counts about people only for teams of at least ``min_group_size``.
- :func:`to_rows` — flat rows of those results for pandas, CSV or a database.

Nothing here reads files or the clock: time is the ``as_of`` parameter. Each function is
one pass over the model with dictionary lookups, so its cost grows linearly with the model.
"""

from __future__ import annotations

from vcm._analysis.coverage import Cell, Coverage, CoverageRow, coverage
from vcm._analysis.explain import ExplainedCompetence, Explanation, explain
from vcm._analysis.gaps import AssessmentState, Gap, gaps
from vcm._analysis.guide import CompetenceBehaviour, Guide, ValueGuidance, guide
from vcm._analysis.rows import GAP_COLUMNS, to_rows
from vcm._analysis.status import RuleState, status
from vcm._analysis.summary import (
    DEFAULT_MIN_GROUP_SIZE,
    AreaSummary,
    CompetenceCover,
    Summary,
    shareable,
    summary,
)
from vcm._analysis.trace import Trace, TracedCompetence, trace
from vcm.errors import NotFoundError

__all__ = [
    "DEFAULT_MIN_GROUP_SIZE",
    "GAP_COLUMNS",
    "AreaSummary",
    "AssessmentState",
    "Cell",
    "CompetenceBehaviour",
    "CompetenceCover",
    "Coverage",
    "CoverageRow",
    "ExplainedCompetence",
    "Explanation",
    "Gap",
    "Guide",
    "NotFoundError",
    "RuleState",
    "Summary",
    "Trace",
    "TracedCompetence",
    "ValueGuidance",
    "coverage",
    "explain",
    "gaps",
    "guide",
    "shareable",
    "status",
    "summary",
    "to_rows",
    "trace",
]
