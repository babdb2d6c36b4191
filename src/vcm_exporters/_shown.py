"""What an export may show of an organisation's counts and findings: one rule for all exporters."""

from __future__ import annotations

import datetime as dt

from vcm.analysis import Summary, shareable, summary
from vcm.checks import Finding, check
from vcm.model import Organisation
from vcm.plugins import ExportOptions

__all__ = ["overview"]


def overview(
    org: Organisation, options: ExportOptions, as_of: dt.date
) -> tuple[Summary, tuple[Finding, ...]]:
    """The summary and the findings an export with ``options`` may show, as of ``as_of``.

    Both are made on the whole organisation, people included; only counts, and the findings
    an export without people may show (:func:`vcm.analysis.shareable`), go on into the file.
    """
    counted = summary(
        org,
        as_of=as_of,
        include_people=options.include_people,
        min_group_size=options.min_group_size,
    )
    return counted, shareable(check(org, as_of=as_of).findings, counted)
