"""The appendix of findings: what ``vcm.check`` reports about the model on the report's date.

A report without people is composed from the organisation without them, so that no
finding can name a person; the findings of the People category (VCM400-VCM406), which
judge the members of task areas, are then left out, and the appendix says so.
"""

from __future__ import annotations

from vcm.checks import Severity
from vcm_exporters.docx.body import Body
from vcm_exporters.docx.context import Context
from vcm_exporters.docx.tables import Cell, Table, Text

__all__ = ["SEVERITY_FILLS", "findings"]

"""The People category of the catalogue: findings about members, shown only with people."""

SEVERITY_FILLS: dict[Severity, str] = {
    Severity.ERROR: "FFC7CE",
    Severity.WARNING: "FFEB9C",
}
"""Cell colours of the severities (a note has none); the severity is always written too."""


def findings(body: Body, context: Context) -> None:
    """The appendix, when the check finds anything to show."""
    shown = context.findings
    if not shown:
        return
    labels = context.labels
    body.heading(labels.findings, 1)
    counts = [
        template.format(count=sum(1 for f in shown if f.severity is severity))
        for template, severity in (
            (labels.errors, Severity.ERROR),
            (labels.warnings, Severity.WARNING),
            (labels.infos, Severity.INFO),
        )
    ]
    body.paragraph(
        labels.findings_intro.format(date=labels.date(context.as_of), summary=", ".join(counts))
    )
    if context.people_left_out:
        body.paragraph(labels.findings_people_left_out, italic=True)
    rows = [
        (
            Cell(
                (Text(labels.word(finding.severity), bold=True),),
                fill=SEVERITY_FILLS.get(finding.severity),
            ),
            finding.code,
            finding.place(labels.language),
            finding.text(labels.language),
        )
        for finding in shown
    ]
    header = (labels.severity, labels.code, labels.where, labels.message)
    body.table(Table(header, rows, (1.4, 1.2, 3.0, 8.0)))
