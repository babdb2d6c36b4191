"""The title page and the table of contents."""

from __future__ import annotations

from collections.abc import Sequence

from vcm.checks import Severity
from vcm_exporters.docx import ooxml
from vcm_exporters.docx.body import Body, Heading
from vcm_exporters.docx.context import Context

__all__ = ["contents", "title_page"]

TOC_ONE_LEVEL_FROM = 13
"""From this many task areas on, the contents list only chapters, or it would run for pages."""


def title_page(body: Body, context: Context) -> None:
    """Title, organisation and date."""
    styles = body.styles
    # Space above the title, so that it sits in the upper third of the page.
    body.add(ooxml.paragraph(before=2880))
    body.paragraph(context.title, style=styles.title)
    body.paragraph(context.org.name, style=styles.subtitle)
    body.paragraph(context.labels.date(context.as_of))
    if any(finding.severity is Severity.ERROR for finding in context.findings):
        # On the first page: a model with errors is a draft for discussion, not the truth.
        body.paragraph(context.labels.has_errors, bold=True)
    body.page_break()


def contents(body: Body, context: Context, at: int) -> None:
    """The table of contents at ``at``: a field Word updates on opening, pre-filled.

    The field's cached result already lists the headings (without page numbers), so the
    contents read well in viewers that do not update fields (LibreOffice, previews).
    """
    styles = body.styles
    levels = 1 if len(context.org.task_areas) >= TOC_ONE_LEVEL_FROM else 2
    entries: Sequence[Heading] = [h for h in body.headings if h.level <= levels]
    start = ooxml.field_start(f'TOC \\o "1-{levels}" \\h \\z \\u', dirty=True)
    parts = [ooxml.paragraph(ooxml.run(context.labels.contents), style=styles.toc_heading)]
    if not entries:
        parts.append(ooxml.paragraph(start, ooxml.run(context.labels.toc_hint), ooxml.FIELD_END))
    for number, entry in enumerate(entries):
        runs = [ooxml.run(entry.text)]
        if number == 0:
            runs.insert(0, start)
        if number == len(entries) - 1:
            runs.append(ooxml.FIELD_END)
        style = styles.toc1 if entry.level == 1 else styles.toc2
        parts.append(ooxml.paragraph(*runs, style=style))
    parts.append(ooxml.page_break())
    body.insert(at, "".join(parts))
