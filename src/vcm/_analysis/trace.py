"""Traceability of a result: from the purpose, through values, to the people who carry it.

The chain a reader follows: purpose -> the values the result serves (with their
behaviours) -> the result -> the responsibilities that take it up (with their authorities)
-> the competences those need (required level, behaviour per value) -> the monitoring
rules that watch the result (with their status on a date).
"""

from __future__ import annotations

import datetime as dt

import attrs

from vcm._analysis._lookup import not_found, require_date
from vcm._analysis.status import RuleState, state_of
from vcm.model import (
    Behaviour,
    MonitoringRule,
    Organisation,
    Purpose,
    Responsibility,
    Result,
    Scale,
    Value,
)
from vcm.model.reading import first_rows

__all__ = ["Trace", "TracedCompetence", "trace"]


@attrs.frozen(kw_only=True)
class TracedCompetence:
    """A competence a responsibility needs, as its task area's matrix asks for it."""

    task_area: str
    """The id of the task area of the responsibility (whose matrix gives the level)."""
    competence: str
    """The competence's id."""
    name: str
    """The competence's name (its id when the catalogue lacks it, finding VCM101)."""
    required: int | None
    """The level the matrix requires; None when it does not require it (VCM206)."""
    behaviours: tuple[Behaviour, ...]
    """The matrix behaviours for the values in question, in the order of those values."""
    indicators: tuple[str, ...]
    """The competence's behavioural indicators at the required level (may be empty)."""


@attrs.frozen(kw_only=True)
class Trace:
    """The chain from purpose to monitoring for one result; plain data to print or serialise.

    Everything to print the chain is here, including the ``scale`` for level names
    (``trace.scale.name_of(level, language)``); the texts are the model's own.
    """

    organisation: str
    """The organisation's name."""
    purpose: Purpose
    task_area: str
    """The id of the task area holding the result."""
    task_area_name: str
    result: Result
    values: tuple[Value, ...]
    """The values the result serves, in the order it lists them."""
    responsibilities: tuple[Responsibility, ...]
    """The responsibilities that take up the result, in any task area, with their authorities."""
    competences: tuple[TracedCompetence, ...]
    """The competences those responsibilities need, in order of first mention."""
    rules: tuple[MonitoringRule, ...]
    """The monitoring rules that watch the result."""
    states: tuple[RuleState, ...]
    """The status of each of ``rules`` as of ``as_of``, in the same order; empty without it."""
    as_of: dt.date | None
    scale: Scale


def trace(org: Organisation, result_id: str, *, as_of: dt.date | None = None) -> Trace:
    """The :class:`Trace` of the result ``result_id``: why it matters and who carries it.

    Values and results the model does not have (finding VCM101) are left out of the chain;
    a competence the catalogue lacks stays in, named by its id.
    Raises :class:`NotFoundError` for an unknown result, and a TypeError when ``as_of`` is
    given but not a :class:`datetime.date`.
    """
    if as_of is not None:
        require_date(as_of)
    index = org.index
    result = index.results.get(result_id)
    if result is None:
        raise not_found("result", result_id, index.results)
    home = index.area_of_result[result_id]
    values = tuple(index.values[v] for v in dict.fromkeys(result.values) if v in index.values)
    responsibilities: list[Responsibility] = []
    competences: dict[tuple[str, str], TracedCompetence] = {}
    rules: list[MonitoringRule] = []
    states: list[RuleState] = []
    for area in org.task_areas:
        rows = first_rows(area.matrix)
        for responsibility in area.responsibilities:
            if result_id not in responsibility.results:
                continue
            responsibilities.append(responsibility)
            for competence_id in responsibility.competences:
                key = (area.id, competence_id)
                if key in competences:
                    continue
                row = rows.get(competence_id)
                competence = index.competences.get(competence_id)
                behaviours = (
                    ()
                    if row is None
                    else tuple(
                        Behaviour(value=value.id, text=text)
                        for value in values
                        if (text := row.behaviour_for(value.id)) is not None
                    )
                )
                competences[key] = TracedCompetence(
                    task_area=area.id,
                    competence=competence_id,
                    name=competence_id if competence is None else competence.name,
                    required=None if row is None else row.level,
                    behaviours=behaviours,
                    indicators=(
                        ()
                        if competence is None or row is None
                        else competence.indicators_at(row.level)
                    ),
                )
        for rule in area.monitoring:
            if result_id in rule.results:
                rules.append(rule)
                if as_of is not None:
                    states.append(state_of(area.id, rule, as_of))
    return Trace(
        organisation=org.name,
        purpose=org.purpose,
        task_area=home.id,
        task_area_name=home.name,
        result=result,
        values=values,
        responsibilities=tuple(responsibilities),
        competences=tuple(competences.values()),
        rules=tuple(rules),
        states=tuple(states),
        as_of=as_of,
        scale=org.scale,
    )
