"""The invariant catalogue: ``check(org, as_of=...)`` reports how the model fits together.

Local invariants (non-blank text, levels >= 1) are enforced when a model object is built;
everything that spans objects is reported here as a :class:`Finding`, all at once, never
raised. Each finding has a stable ``code`` (see :data:`CODES` and ``docs/checks.rst``), a
``severity``, the ``path`` of the place (``task_areas[0].responsibilities[2]``), a message
in English and in Dutch, and the ``ids`` the message names; people read ``text(language)``
and ``place(language)``, with names.

>>> from datetime import date
>>> import vcm
>>> from vcm.checks import check
>>> org = vcm.Organisation(
...     id="o", name="O", purpose=vcm.Purpose(vision="V", mission="M"),
...     task_areas=[vcm.TaskArea(id="north", name="North")],
... )
>>> report = check(org, as_of=date(2026, 11, 29))
>>> report.ok
False
>>> [(f.code, f.path) for f in report.errors]
[('VCM200', 'task_areas[0]')]
>>> report.errors[0].message_nl
"taakgebied 'north' heeft geen resultaten: wat heeft de klant nodig?"
>>> report.errors[0].text("nl")  # for people: names
"taakgebied 'North' heeft geen resultaten: wat heeft de klant nodig?"
"""

from __future__ import annotations

import datetime as dt

from vcm._checks.codes import CODES, CodeInfo, Severity
from vcm._checks.coherence import add_coherence
from vcm._checks.context import Context
from vcm._checks.method import add_method
from vcm._checks.monitoring import add_monitoring
from vcm._checks.people import add_people
from vcm._checks.report import Finding, Report
from vcm._checks.structure import add_structure
from vcm.model import Organisation

__all__ = ["CODES", "CodeInfo", "Finding", "Report", "Severity", "check"]

# Reprs, pickles and the API docs name the public module, not the private one.
Finding.__module__ = Report.__module__ = Severity.__module__ = CodeInfo.__module__ = __name__


def check(org: Organisation, *, as_of: dt.date | None = None) -> Report:
    """Check the whole organisation and report every finding of the catalogue.

    ``as_of`` is the date the people (VCM4xx) and monitoring (VCM5xx) checks judge by;
    it defaults to today. A :class:`~datetime.datetime` counts as its date.

    The checks are ordered so that one mistake is one finding: an unknown id (VCM101), a
    level off the scale (VCM102) or a repeated id (VCM100) is reported once and does not
    also turn up in the checks that depend on it (see ``docs/checks.rst``).
    """
    if not isinstance(org, Organisation):
        raise TypeError(
            f"check() takes an Organisation, not {type(org).__name__};"
            " read a file with vcm.load() or plain data with vcm.from_dict()"
        )
    if as_of is None:
        as_of = dt.date.today()
    elif isinstance(as_of, dt.datetime):
        as_of = as_of.date()
    ctx = Context(org, as_of)
    add_structure(ctx)
    add_method(ctx)
    add_coherence(ctx)
    add_people(ctx)
    add_monitoring(ctx)
    return Report(ctx.findings)
