"""Byte-identical reports for identical input: fixed properties.

A template's core properties carry whoever made it. Here the document's dates come from the
report's date and nothing names an author; the zip entries follow the exporters' one
convention (:mod:`vcm_exporters._zip`).
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document

__all__ = ["set_properties"]


def set_properties(
    document: Document, *, title: str, subject: str, language: str, day: dt.date
) -> None:
    """Core properties that depend only on the report: no author, dates from ``day``."""
    moment = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
    properties = document.core_properties
    properties.title = _property(title)
    properties.subject = _property(subject)
    properties.language = language
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.keywords = ""
    properties.category = ""
    properties.revision = 1
    properties.created = moment
    properties.modified = moment
    properties.last_printed = moment


# python-docx refuses a core property longer than this; the full text stays on the title page.
_PROPERTY_LIMIT = 255


def _property(text: str) -> str:
    if len(text) <= _PROPERTY_LIMIT:
        return text
    cut = text[: _PROPERTY_LIMIT - 1]
    # Do not leave half of a character pair (an emoji with a modifier, a flag) at the end.
    while cut and not cut[-1].isprintable():
        cut = cut[:-1]
    return cut + "…"
