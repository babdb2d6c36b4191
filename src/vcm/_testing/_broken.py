"""Organisations that break exactly one rule of checks.md.

Each breaker takes a *clean* organisation (one on which ``check(org, as_of)`` finds
nothing) and changes as little as it can so that its code, and only its code, is found.
Should a change ever have to drag another finding along, that code goes in
``_COMPANIONS``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import strategies as st

from vcm._testing._break_method import (
    area_without_results,
    competence_nobody_requires,
    competence_not_in_matrix,
    competence_without_value,
    incomplete_quantitative_rule,
    responsibility_without_authority,
    responsibility_without_competence,
    result_nobody_takes_up,
    result_unwatched,
    result_without_value,
    row_nobody_needs,
    threshold_on_wrong_side,
    value_not_shown,
    value_without_behaviours,
)
from vcm._testing._break_people import (
    action_past_due,
    assessment_expired,
    assessment_expiring,
    at_risk,
    gap_without_plan,
    never_assessed,
    nobody_can_carry,
    off_track,
    overdue,
    single_person_dependency,
)
from vcm._testing._break_structure import (
    duplicate_id,
    level_off_scale,
    observation_of_wrong_kind,
    scale_out_of_order,
    unknown_reference,
)
from vcm._testing._valid import organisations
from vcm.model import Organisation

__all__ = ["DEFAULT_AS_OF", "broken_organisations", "codes", "companions"]

DEFAULT_AS_OF = date(2026, 11, 29)

Breaker = Callable[[st.DrawFn, Organisation, date], Organisation]

_BREAKERS: dict[str, Breaker] = {
    "VCM100": duplicate_id,
    "VCM101": unknown_reference,
    "VCM102": level_off_scale,
    "VCM103": scale_out_of_order,
    "VCM104": observation_of_wrong_kind,
    "VCM200": area_without_results,
    "VCM201": result_nobody_takes_up,
    "VCM202": responsibility_without_authority,
    "VCM203": result_unwatched,
    "VCM204": incomplete_quantitative_rule,
    "VCM205": threshold_on_wrong_side,
    "VCM206": competence_not_in_matrix,
    "VCM207": value_without_behaviours,
    "VCM300": value_not_shown,
    "VCM301": result_without_value,
    "VCM302": row_nobody_needs,
    "VCM303": competence_nobody_requires,
    "VCM304": responsibility_without_competence,
    "VCM305": competence_without_value,
    "VCM400": never_assessed,
    "VCM401": gap_without_plan,
    "VCM402": action_past_due,
    "VCM403": nobody_can_carry,
    "VCM404": single_person_dependency,
    "VCM405": assessment_expired,
    "VCM406": assessment_expiring,
    "VCM500": overdue,
    "VCM501": off_track,
    "VCM502": at_risk,
}

# No breaker drags another code along today; a breaker that has to must say so here.
_COMPANIONS: dict[str, frozenset[str]] = {}


def codes() -> tuple[str, ...]:
    """The finding codes :func:`broken_organisations` can break, in catalogue order."""
    return tuple(_BREAKERS)


def companions(code: str) -> frozenset[str]:
    """Codes that may be found alongside ``code`` in a broken organisation.

    Empty for every code today: each breaker changes the model so that its code stands
    alone. The function stays so that tests need not change should that ever not hold.
    """
    _known(code)
    return _COMPANIONS.get(code, frozenset())


def _known(code: str) -> Breaker:
    try:
        return _BREAKERS[code]
    except KeyError:
        raise ValueError(f"unknown finding code {code!r}; known: {', '.join(_BREAKERS)}") from None


@st.composite
def _broken(draw: st.DrawFn, breaker: Breaker, as_of: date) -> Organisation:
    clean = draw(
        organisations(max_values=3, max_competences=3, max_task_areas=2, max_people=4, as_of=as_of)
    )
    return breaker(draw, clean, as_of)


def broken_organisations(
    code: str, *, as_of: date = DEFAULT_AS_OF
) -> st.SearchStrategy[Organisation]:
    """Organisations that break exactly the rule ``code`` of checks.md.

    Each is built from a clean organisation (nothing found as of ``as_of``) with one
    small change, so that ``vcm.check(org, as_of=as_of)`` finds ``code`` (once or more)
    and nothing else but the codes :func:`companions` names. Dates are set relative to
    ``as_of``: checked as of another date, the people and monitoring findings (VCM4xx,
    VCM5xx) may differ. :func:`codes` lists the codes; the change for each is:

    - VCM100: an id used twice within a kind (value, competence, task area, result,
      responsibility, rule, person), a competence twice in a matrix or a value twice in a row.
    - VCM101: a reference to a missing value, competence, result or task area.
    - VCM102: a level above the scale's top (indicator, development target, assessment,
      or a matrix row together with its task area's members' assessments).
    - VCM103: two levels of the scale swapped, or a level added after a gap.
    - VCM104: an older reading of the wrong kind.
    - VCM200-VCM207, VCM300-VCM305: the one part removed or added that the rule asks about
      (VCM300: a value taken out of every matrix, so it is found once per task area).
    - VCM400, VCM401, VCM403, VCM404: a new task area whose newcomers are unassessed, short
      without a plan, all short, or all but one short.
    - VCM402: an open development action due before ``as_of``.
    - VCM405, VCM406: a newcomer (two others reach the level too) whose assessment is valid
      until a day before ``as_of``, or until ``as_of`` or one of the 89 days after.
    - VCM500: a rule whose readings all lie outside its window; VCM501, VCM502: a latest
      reading, dated ``as_of``, that is off track or at risk.
    """
    return _broken(_known(code), as_of)
