"""Guidance for one encounter: what applies when a client's situation touches a task area.

The ethics of encounter: before meeting a client with an unusual wish, a team member reads
which behaviours show the values here, who is responsible, what they may decide themselves,
where to escalate beyond that, and how the result is watched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from vcm._analysis._lookup import not_found, require_date
from vcm._analysis.status import RuleState, state_of
from vcm.model import (
    Authority,
    MonitoringRule,
    Organisation,
    Purpose,
    Responsibility,
    Result,
    Scale,
    Value,
)
from vcm.model.reading import first_rows

__all__ = ["CompetenceBehaviour", "Guide", "ValueGuidance", "guide"]


@attrs.frozen(kw_only=True)
class CompetenceBehaviour:
    """How one competence shows a value in the task area: a filled cell of its matrix."""

    competence: str
    """The competence's id."""
    name: str
    """The competence's name (its id when the catalogue lacks it, finding VCM101)."""
    required: int
    """The level the task area's matrix requires."""
    text: str
    """The behaviour."""


@attrs.frozen(kw_only=True)
class ValueGuidance:
    """One value in a situation: its general behaviours and how the task area shows it."""

    value: Value
    matrix: tuple[CompetenceBehaviour, ...]
    """The matrix behaviours for this value, in the order of the matrix rows."""

    @property
    def behaviours(self) -> tuple[str, ...]:
        """The value's general behaviours: what it looks like anywhere."""
        return self.value.behaviours

    @property
    def counter_behaviours(self) -> tuple[str, ...]:
        """What the value is not."""
        return self.value.counter_behaviours


@attrs.frozen(kw_only=True)
class Guide:
    """The card a team member reads before an encounter; plain data to print or serialise.

    Everything to print the card is here, including the ``scale`` for level names
    (``guide.scale.name_of(level, language)``); the texts are the model's own.
    """

    organisation: str
    """The organisation's name."""
    purpose: Purpose
    task_area: str
    """The task area's id."""
    task_area_name: str
    results: tuple[Result, ...]
    """The results the situation touches."""
    values: tuple[ValueGuidance, ...]
    """The values the situation touches, each with the behaviours that show it."""
    responsibilities: tuple[Responsibility, ...]
    """Who is responsible: the task area's responsibilities that take up those results."""
    rules: tuple[MonitoringRule, ...]
    """The task area's monitoring rules that watch those results."""
    states: tuple[RuleState, ...]
    """The status of each of ``rules`` as of ``as_of``, in the same order; empty without it."""
    as_of: dt.date | None
    scale: Scale

    @property
    def authorities(self) -> tuple[Authority, ...]:
        """What they may decide themselves: the authorities of the responsibilities, in order."""
        return tuple(a for r in self.responsibilities for a in r.authorities)

    @property
    def escalate_to(self) -> tuple[str, ...]:
        """Where to go beyond those authorities, each once, in order of first mention."""
        return tuple(
            dict.fromkeys(a.escalate_to for a in self.authorities if a.escalate_to is not None)
        )


def guide(
    org: Organisation,
    task_area: str,
    *,
    results: Iterable[str] = (),
    values: Iterable[str] = (),
    as_of: dt.date | None = None,
) -> Guide:
    """The :class:`Guide` for a situation in ``task_area`` touching ``results`` and ``values``.

    ``results`` are ids of results of the task area; none given means the whole task area:
    all its results, all its responsibilities and all its monitoring rules. Given results
    narrow the responsibilities to those taking up at least one of them and the rules to
    those watching at least one of them.

    ``values`` are ids of the organisation's values, in the order to show them; none given
    means all values, in the order of ``org.values``. For each value the guide holds its
    general behaviours and counter-behaviours and, from every row of the task area's
    matrix, the behaviour that shows that value through that competence.

    A single id may be given as a plain string instead of a tuple of one.
    With ``as_of``, each rule's status on that date is in :attr:`Guide.states`.
    Raises :class:`NotFoundError` naming the unknown id and the known ones, and a TypeError
    when ``as_of`` is given but not a :class:`datetime.date`.
    """
    if as_of is not None:
        require_date(as_of)
    index = org.index
    area = index.task_areas.get(task_area)
    if area is None:
        raise not_found("task area", task_area, index.task_areas)
    own_results = {result.id: result for result in reversed(area.results)}
    wanted_results = _ids(results)
    for result_id in wanted_results:
        if result_id not in own_results:
            where = f" in task area {task_area!r}"
            raise not_found("result", result_id, (r.id for r in area.results), where=where)
    wanted_values = _ids(values)
    for value_id in wanted_values:
        if value_id not in index.values:
            raise not_found("value", value_id, index.values)

    if wanted_results:
        touched = set(wanted_results)
        chosen = tuple(own_results[result_id] for result_id in wanted_results)
        responsibilities = tuple(
            r for r in area.responsibilities if touched.intersection(r.results)
        )
        rules = tuple(rule for rule in area.monitoring if touched.intersection(rule.results))
    else:
        chosen, responsibilities, rules = area.results, area.responsibilities, area.monitoring

    rows = first_rows(area.matrix)
    guidance = []
    for value_id in wanted_values or dict.fromkeys(value.id for value in org.values):
        matrix = []
        for competence_id, row in rows.items():
            text = row.behaviour_for(value_id)
            if text is None:
                continue
            competence = index.competences.get(competence_id)
            name = competence_id if competence is None else competence.name
            matrix.append(
                CompetenceBehaviour(
                    competence=competence_id, name=name, required=row.level, text=text
                )
            )
        guidance.append(ValueGuidance(value=index.values[value_id], matrix=tuple(matrix)))

    return Guide(
        organisation=org.name,
        purpose=org.purpose,
        task_area=area.id,
        task_area_name=area.name,
        results=chosen,
        values=tuple(guidance),
        responsibilities=responsibilities,
        rules=rules,
        states=() if as_of is None else tuple(state_of(area.id, r, as_of) for r in rules),
        as_of=as_of,
        scale=org.scale,
    )


def _ids(given: Iterable[str]) -> tuple[str, ...]:
    # A lone string is one id, not an iterable of one-letter ids.
    return (given,) if isinstance(given, str) else tuple(dict.fromkeys(given))
