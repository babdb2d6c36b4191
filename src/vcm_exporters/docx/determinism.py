"""Byte-identical reports for identical input: fixed properties, fixed zip entries.

python-docx stamps every zip entry with the time of saving, and a template's core
properties carry whoever made it. Here the document's dates come from the report's date,
nothing names an author, and the zip is rewritten with a fixed entry time and order.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Mapping

from docx.document import Document

__all__ = ["ZIP_TIME", "normalised_zip", "set_properties"]

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""The time every zip entry carries: the earliest a zip can say."""


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


def _order(name: str) -> tuple[int, str]:
    # The content types and package relationships first, as Office writes them.
    first = {"[Content_Types].xml": 0, "_rels/.rels": 1}
    return first.get(name, 2), name


def normalised_zip(
    data: bytes, rewrite: Mapping[str, Callable[[bytes], bytes]] | None = None
) -> bytes:
    """The same package with entries in a fixed order, each with a fixed time and mode.

    ``rewrite`` maps entry names to functions that change the entry's content on the way.
    """
    rewrite = rewrite or {}
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for name in sorted(source.namelist(), key=_order):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            # The creating system and file mode default to the platform's; fix both.
            info.create_system = 0
            info.external_attr = 0
            content = source.read(name)
            if name in rewrite:
                content = rewrite[name](content)
            target.writestr(info, content)
    return output.getvalue()
