"""From a monitoring rule to the people who can act: what it watches and who carries it.

The chain a reader follows: the rule (and its status on a date) -> the results it watches
-> the responsibilities that take them up -> the competences those need -> per
competence, the members of the rule's task area with an open gap on it and their open
development actions.
"""

from __future__ import annotations

import datetime as dt

import attrs

from vcm._analysis._lookup import not_found, require_date
from vcm._analysis.gaps import Gap, gaps
from vcm._analysis.status import RuleState, state_of
from vcm.model import Organisation, Responsibility, Result, RuleStatus, TaskArea
from vcm.model.reading import first_by_id

__all__ = ["ExplainedCompetence", "Explanation", "explain"]


@attrs.frozen(kw_only=True)
class ExplainedCompetence:
    """A competence the rule's results need, with the members who fall short of it."""

    competence: str
    """The competence's id."""
    name: str
    """The competence's name (its id when the catalogue lacks it, finding VCM101)."""
    responsibilities: tuple[str, ...]
    """The ids of the responsibilities (of ``responsibilities``) that need it, in order."""
    gaps: tuple[Gap, ...]
    """The open gaps on it of the members of the rule's task area (:attr:`Gap.is_open`),
    each with its person's name and open development actions; in the order of people."""


@attrs.frozen(kw_only=True)
class Explanation:
    """Why a monitoring rule stands where it does and who can act; plain data to print."""

    task_area: str
    """The id of the task area holding the rule."""
    task_area_name: str
    state: RuleState
    """The rule and its status as of ``as_of``, with the deciding reading."""
    results: tuple[Result, ...]
    """The results the rule watches that the model has, in the order the rule lists them."""
    responsibilities: tuple[Responsibility, ...]
    """The responsibilities, in any task area, that take up one of ``results``."""
    competences: tuple[ExplainedCompetence, ...]
    """The competences those responsibilities need, in order of first mention."""
    as_of: dt.date

    @property
    def needs_action(self) -> bool:
        """Whether the rule is at risk or off track as of ``as_of``."""
        return self.state.status in (RuleStatus.AT_RISK, RuleStatus.OFF_TRACK)

    @property
    def people(self) -> tuple[str, ...]:
        """The ids of the members with an open gap on any of ``competences``, in order."""
        return tuple(
            dict.fromkeys(gap.person for competence in self.competences for gap in competence.gaps)
        )


def explain(
    org: Organisation, rule_id: str, *, as_of: dt.date, task_area: str | None = None
) -> Explanation:
    """The :class:`Explanation` of the monitoring rule ``rule_id`` as of ``as_of``.

    Any rule can be explained; :attr:`Explanation.needs_action` says whether it is at risk
    or off track. The gaps are those of :func:`gaps` with the rule's task area and
    ``as_of``: the team's own view. With ``task_area``, the rule is looked up in that task
    area only (rule ids need only be unique within one); without it, the first task area
    holding the id. Results the model does not have (finding VCM101) are left out; a
    competence the catalogue lacks stays in, named by its id.

    Raises :class:`NotFoundError` for an unknown task area or rule id (with the likely
    meaning of a typo), and a TypeError when ``as_of`` is not a :class:`datetime.date`.
    """
    require_date(as_of)
    areas = first_by_id(org.task_areas)
    if task_area is not None and task_area not in areas:
        raise not_found("task area", task_area, areas)
    home: TaskArea | None = None
    for area in org.task_areas if task_area is None else (areas[task_area],):
        if any(rule.id == rule_id for rule in area.monitoring):
            home = area
            break
    if home is None:
        where = "" if task_area is None else f" in task area {task_area!r}"
        known = (
            rule.id
            for area in (org.task_areas if task_area is None else (areas[task_area],))
            for rule in area.monitoring
        )
        raise not_found("monitoring rule", rule_id, known, where=where)
    rule = first_by_id(home.monitoring)[rule_id]
    index = org.index
    watched = dict.fromkeys(rule.results)
    results = tuple(index.results[r] for r in watched if r in index.results)
    responsibilities: list[Responsibility] = []
    needed: dict[str, list[str]] = {}
    for area in org.task_areas:
        for responsibility in area.responsibilities:
            if not any(r in watched for r in responsibility.results):
                continue
            responsibilities.append(responsibility)
            for competence_id in dict.fromkeys(responsibility.competences):
                needers = needed.setdefault(competence_id, [])
                if responsibility.id not in needers:
                    needers.append(responsibility.id)
    open_gaps: dict[str, list[Gap]] = {}
    for gap in gaps(org, task_area=home.id, as_of=as_of):
        if gap.is_open and gap.competence in needed:
            open_gaps.setdefault(gap.competence, []).append(gap)
    competences = tuple(
        ExplainedCompetence(
            competence=competence_id,
            name=(
                competence_id
                if (competence := index.competences.get(competence_id)) is None
                else competence.name
            ),
            responsibilities=tuple(needers),
            gaps=tuple(open_gaps.get(competence_id, ())),
        )
        for competence_id, needers in needed.items()
    )
    return Explanation(
        task_area=home.id,
        task_area_name=home.name,
        state=state_of(home.id, rule, as_of),
        results=results,
        responsibilities=tuple(responsibilities),
        competences=competences,
        as_of=as_of,
    )
