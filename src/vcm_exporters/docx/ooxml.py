"""WordprocessingML fragments written as text: runs, paragraphs, fields and breaks.

The report's body is built as one string and parsed once; writing the markup directly is
what makes a large report fast (python-docx's object API pays per element and, in tables,
per cell lookup). Every piece of model text goes through :func:`run`, which escapes it and
turns tabs and newlines into ``w:tab`` and ``w:br``.
"""

from __future__ import annotations

import re

__all__ = [
    "FIELD_END",
    "NSDECLS",
    "R",
    "W",
    "clean",
    "escape",
    "field_start",
    "page_break",
    "paragraph",
    "quote",
    "run",
]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECLS = f'xmlns:w="{W}" xmlns:r="{R}"'
"""The namespace declarations a fragment needs to be parsed on its own."""

# Characters XML 1.0 cannot hold at all. The model refuses control characters already; lone
# surrogates and non-characters can still come from a program, and must not break the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("(\t|\n)")


def clean(text: str) -> str:
    """``text`` with characters XML cannot hold replaced by U+FFFD; CR/LF become LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub("\ufffd", text)


def escape(text: str) -> str:
    """``text`` cleaned and escaped for element content."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quote(text: str) -> str:
    """``text`` cleaned and escaped for a double-quoted attribute value."""
    return escape(text).replace('"', "&quot;")


def _run_properties(bold: bool, italic: bool, colour: str | None) -> str:
    if not (bold or italic or colour):
        return ""
    return (
        "<w:rPr>"
        + ("<w:b/>" if bold else "")
        + ("<w:i/>" if italic else "")
        + (f'<w:color w:val="{colour}"/>' if colour else "")
        + "</w:rPr>"
    )


def run(text: str, *, bold: bool = False, italic: bool = False, colour: str | None = None) -> str:
    """One run of text; tabs become ``w:tab`` and newlines ``w:br`` within the run."""
    props = _run_properties(bold, italic, colour)
    if "\t" not in text and "\n" not in text and "\r" not in text:
        return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    pieces: list[str] = []
    for piece in _BREAKS.split(clean(text)):
        if piece == "\t":
            pieces.append("<w:tab/>")
        elif piece == "\n":
            pieces.append("<w:br/>")
        elif piece:
            pieces.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return f"<w:r>{props}{''.join(pieces)}</w:r>"


def paragraph(
    *runs: str,
    style: str | None = None,
    keep_next: bool = False,
    before: int | None = None,
    section: str = "",
) -> str:
    """A paragraph of runs built by :func:`run` (markup, not text).

    ``style`` is a style *id*; ``before`` is the space above it in twentieths of a point;
    ``section`` is a ``w:sectPr`` that ends a section with this paragraph.
    """
    props = ""
    if style or keep_next or before is not None or section:
        props = (
            "<w:pPr>"
            + (f'<w:pStyle w:val="{style}"/>' if style else "")
            + ("<w:keepNext/>" if keep_next else "")
            + (f'<w:spacing w:before="{before}"/>' if before is not None else "")
            + section
            + "</w:pPr>"
        )
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def page_break() -> str:
    """A paragraph holding only a page break."""
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def field_start(instruction: str, *, dirty: bool = False) -> str:
    """The runs that open a complex field up to its cached result; close it with FIELD_END.

    ``dirty`` asks Word to update the field when the document is opened.
    """
    mark = ' w:dirty="true"' if dirty else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"{mark}/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )


FIELD_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
"""The run that closes a field opened by :func:`field_start`."""
