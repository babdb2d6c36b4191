"""The Word template the report is built on, and the styles the report uses from it.

``template.docx`` ships with the package (made by ``tools/make_docx_template.py`` from
python-docx's default template): A4, a page number in the footer, and every style below.
A template of one's own (a house style) works when it defines the same style names; a
missing one is reported by name before anything is written.
"""

from __future__ import annotations

import io
from functools import cache
from importlib import resources

import attrs
import docx
from docx.document import Document

from vcm.errors import VcmError
from vcm_exporters.docx.ooxml import R, W

__all__ = [
    "STYLE_NAMES",
    "PageLayout",
    "StyleIds",
    "default_template",
    "open_template",
    "require_usual_prefixes",
]

STYLE_NAMES: dict[str, str] = {
    "title": "Title",
    "subtitle": "Subtitle",
    "heading1": "heading 1",
    "heading2": "heading 2",
    "heading3": "heading 3",
    "toc_heading": "TOC Heading",
    "toc1": "toc 1",
    "toc2": "toc 2",
    "bullet": "List Bullet",
    "quote": "Intense Quote",
    "table": "Table Grid",
    "table_text": "Table Text",
}
"""Every style the report uses: its role in the report -> the style's name in the template.

Word keeps the built-in names in lower case (``heading 1``) and shows them capitalised;
names are matched without regard to case.
"""


@attrs.frozen(kw_only=True)
class StyleIds:
    """The style ids (what the markup refers to) of the styles in :data:`STYLE_NAMES`."""

    title: str
    subtitle: str
    heading1: str
    heading2: str
    heading3: str
    toc_heading: str
    toc1: str
    toc2: str
    bullet: str
    quote: str
    table: str
    table_text: str

    @classmethod
    def of(cls, document: Document) -> StyleIds:
        """Look the styles up in ``document``; a missing one is a :class:`vcm.VcmError`."""
        ids: dict[str, str] = {}
        for style in document.styles.element.iterchildren(f"{{{W}}}style"):
            name = style.find(f"{{{W}}}name")
            style_id = style.get(f"{{{W}}}styleId")
            if name is not None and style_id:
                ids.setdefault(str(name.get(f"{{{W}}}val", "")).casefold(), style_id)
        missing = [name for name in STYLE_NAMES.values() if name.casefold() not in ids]
        if missing:
            raise VcmError(
                "the Word template lacks the style(s) the report uses: " + ", ".join(missing)
            )
        return cls(**{role: ids[name.casefold()] for role, name in STYLE_NAMES.items()})

    def heading(self, level: int) -> str:
        """The style id of a heading of ``level`` 1, 2 or 3."""
        return (self.heading1, self.heading2, self.heading3)[min(max(level, 1), 3) - 1]


@attrs.frozen(kw_only=True)
class PageLayout:
    """The page of the template's (last) section, in twips: what a table may span."""

    width: int
    height: int
    left: int
    right: int

    @classmethod
    def of(cls, document: Document) -> PageLayout:
        """The layout of the template's last section (A4 portrait when it says nothing)."""
        section = document.sections[-1]
        emu_per_twip = 635
        return cls(
            width=(section.page_width or 7560310) // emu_per_twip,
            height=(section.page_height or 10692130) // emu_per_twip,
            left=(section.left_margin or 720090) // emu_per_twip,
            right=(section.right_margin or 720090) // emu_per_twip,
        )

    @property
    def text_width(self) -> int:
        """The width between the margins on a portrait page."""
        return max(self.width - self.left - self.right, 1440)

    @property
    def landscape_text_width(self) -> int:
        """The width between the margins on the same page turned to landscape."""
        return max(max(self.width, self.height) - self.left - self.right, 1440)


@cache
def default_template() -> bytes:
    """The bytes of the template shipped with the package."""
    return resources.files(__package__).joinpath("template.docx").read_bytes()


def require_usual_prefixes(document: Document) -> None:
    """Refuse a document whose root does not bind ``w:`` and ``r:`` as Word does."""
    # The body's markup is written with Word's own prefixes; a template (made by some
    # other tool) that binds them to something else would make that markup mean nothing.
    names = document.element.nsmap
    if names.get("w") != W or names.get("r") != R:
        raise VcmError(
            "the Word template's document does not use the prefixes w: and r: as Word does"
        )


def open_template(source: bytes) -> Document:
    """A fresh python-docx document from template bytes; a bad file is a VcmError."""
    try:
        return docx.Document(io.BytesIO(source))
    except Exception as error:  # python-docx raises a variety of errors for a bad package
        raise VcmError(f"the Word template cannot be read: {error}") from error
