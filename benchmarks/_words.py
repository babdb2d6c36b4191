"""The words, names and dates the synthetic organisations are made of."""

from __future__ import annotations

import datetime as dt

from benchmarks._shape import AS_OF
from vcm import Direction, ObservationStatus


def _words(text: str) -> tuple[str, ...]:
    # Word lists are one "; "-separated string each: short to read, easy to extend.
    return tuple(word.strip() for word in text.split(";"))


_VALUE_NAMES = _words(
    "Dignity; Ownership; Trust; Openness; Craftsmanship; Curiosity; Courage; Respect; "
    "Reliability; Warmth; Autonomy; Solidarity"
)
_SKILLS = _words(
    "Listening; Planning; Coaching; Reporting; Wound care; Medication safety; Conflict "
    "handling; Collaboration; Reflection; Signalling; Advising; Negotiating; Prioritising; "
    "Documenting; Hygiene; Networking; Mentoring; Problem solving; Empathy; Time management"
)
_DOMAINS = ("at home", "in the team", "with families", "in crises", "across districts", "digital")
_TEAMS = ("District team", "Night team", "Day care", "Rehabilitation", "Support office", "Ward")
_PLACES = ("North", "South", "East", "West", "Centre", "Harbour", "Old Town", "Riverside")
_CLIENTS = ("Client", "Family", "General practitioner", "Team", "Municipality", "Insurer")
_OUTCOMES = _words(
    "receives care at the agreed moment; knows who to call at any hour; feels heard in their "
    "own wishes; gets a care plan that fits their life; is told in time about every change; "
    "can stay at home safely; receives a clear handover; has one steady point of contact"
)
_VERBS = ("Plans", "Keeps", "Coordinates", "Reviews", "Agrees", "Reports on", "Improves", "Guards")
_OBJECTS = _words(
    "the visits of the district; the care plans; the handovers between shifts; the contact "
    "with families; the medication lists; the intake of new clients; the evaluation of care; "
    "the rosters"
)
_MAY = _words(
    "May move a visit within the same day; May order aids up to a budget; May adjust the care"
    " plan with the client; May call in a colleague from another team; May refuse a request "
    "that harms the client; May spend time on an unplanned visit"
)
_INDICATORS = (
    ("Share of visits started on time", "%", Direction.HIGHER, 95.0, 85.0),
    ("Client satisfaction score", "points", Direction.HIGHER, 8.0, 7.0),
    ("Complaints per month", "complaints", Direction.LOWER, 2.0, 5.0),
    ("Days until a new care plan", "days", Direction.LOWER, 7.0, 14.0),
    ("Share of handovers complete", "%", Direction.HIGHER, 98.0, 90.0),
)
_STORIES = _words(
    "Client stories in intervision; Reflection on a difficult visit; Family conversations; "
    "Team reflection on the values"
)
_STATUS_WEIGHTS = (
    (ObservationStatus.ON_TRACK, ObservationStatus.AT_RISK, ObservationStatus.OFF_TRACK),
    (7, 2, 1),
)
_FIRST = ("Anna", "Bram", "Chloe", "Daan", "Eva", "Finn", "Grace", "Hamza", "Iris", "Jesse")
_LAST = ("de Vries", "Jansen", "Smith", "Bakker", "Visser", "Brown", "Peters", "El Amrani")
_ASSESSORS = ("team coach", "senior nurse", "peer", "manager")
# Assessment rounds: the quarter days a team sits down to assess, about three years back.
_ROUNDS = tuple(dt.date(year, month, 1) for year in (2024, 2025, 2026) for month in (2, 5, 8, 11))
_ROUNDS = tuple(day for day in _ROUNDS if day < AS_OF)


def _month_ends(last: dt.date, count: int) -> tuple[dt.date, ...]:
    # The last day of each of ``count`` months ending with ``last``'s month, oldest first.
    ends: list[dt.date] = []
    day = last
    for _ in range(count):
        ends.append(day)
        day = day.replace(day=1) - dt.timedelta(days=1)
    return tuple(reversed(ends))


_READINGS = _month_ends(dt.date(2026, 10, 31), 12)
