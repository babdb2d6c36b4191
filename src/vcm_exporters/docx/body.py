"""The report's body, written front to back as markup and put into the document in one piece."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import attrs
from docx.oxml.section import CT_SectPr

from vcm_exporters.docx import ooxml
from vcm_exporters.docx.tables import Table, table_xml
from vcm_exporters.docx.template import PageLayout, StyleIds

__all__ = ["Body", "Heading", "SectionBreaks"]

_W = f"{{{ooxml.W}}}"


@attrs.frozen
class Heading:
    """A heading as the table of contents lists it."""

    level: int
    text: str


@attrs.frozen(kw_only=True)
class SectionBreaks:
    """The ``w:sectPr`` markup that ends a section, made from the template's own section.

    Headers, footers and margins stay the template's; only the orientation changes. The
    first section keeps a different first page (the title page has no page number); the
    later ones do not, or every landscape page would lose its number.
    """

    first: str
    portrait: str
    landscape: str

    @classmethod
    def of(cls, section: CT_SectPr) -> SectionBreaks:
        """The breaks for the template's section properties ``section``."""
        return cls(
            first=_variant(section, landscape=False, first=True),
            portrait=_variant(section, landscape=False, first=False),
            landscape=_variant(section, landscape=True, first=False),
        )


def _variant(section: CT_SectPr, *, landscape: bool, first: bool) -> str:
    sect = copy.deepcopy(section)
    for name in list(sect.attrib):
        if name.startswith(f"{_W}rsid"):
            del sect.attrib[name]
    size = sect.find(f"{_W}pgSz")
    if size is not None:
        short, long = sorted(int(size.get(f"{_W}{side}", "0")) for side in ("w", "h"))
        size.set(f"{_W}w", str(long if landscape else short))
        size.set(f"{_W}h", str(short if landscape else long))
        if landscape:
            size.set(f"{_W}orient", "landscape")
        else:
            size.attrib.pop(f"{_W}orient", None)
    if not first:
        for title_page in sect.findall(f"{_W}titlePg"):
            sect.remove(title_page)
    return sect.xml


class Body:
    """Collects the body's markup; headings are remembered for the table of contents."""

    def __init__(self, styles: StyleIds, layout: PageLayout, breaks: SectionBreaks) -> None:
        self.styles = styles
        self.layout = layout
        self.headings: list[Heading] = []
        self._breaks = breaks
        self._parts: list[str] = []
        self._sections_ended = 0
        self._landscape = False
        self._ends_with_table = False

    @property
    def sections_ended(self) -> int:
        """How many section breaks the body holds so far."""
        return self._sections_ended

    def add(self, markup: str) -> None:
        """Append ready markup (one or more block elements, the last not a table)."""
        self._parts.append(markup)
        self._ends_with_table = False

    def mark(self) -> int:
        """A place to :meth:`insert` markup at later (e.g. the table of contents)."""
        return len(self._parts)

    def insert(self, at: int, markup: str) -> None:
        """Insert markup at a place given by :meth:`mark`."""
        self._parts.insert(at, markup)

    def heading(self, text: str, level: int = 1) -> None:
        """A heading of level 1, 2 or 3 (built-in styles: Word's navigation pane lists it)."""
        self.headings.append(Heading(level, text))
        self.add(ooxml.paragraph(ooxml.run(text), style=self.styles.heading(level)))

    def paragraph(
        self,
        text: str = "",
        *,
        style: str | None = None,
        bold: bool = False,
        italic: bool = False,
        keep_next: bool = False,
    ) -> None:
        """A paragraph of text in a style (given by id)."""
        runs = ooxml.run(text, bold=bold, italic=italic) if text else ""
        self.add(ooxml.paragraph(runs, style=style, keep_next=keep_next))

    def bullets(self, items: Iterable[str]) -> None:
        """One bulleted paragraph per item."""
        style = self.styles.bullet
        self.add("".join(ooxml.paragraph(ooxml.run(item), style=style) for item in items))

    def table(self, table: Table) -> None:
        """A table spanning the text width of the current page orientation."""
        width = self.layout.landscape_text_width if self._landscape else self.layout.text_width
        styles = self.styles
        self._parts.append(
            table_xml(table, width=width, style=styles.table, text_style=styles.table_text)
        )
        self._ends_with_table = True

    def page_break(self) -> None:
        """Continue on a new page."""
        self.add(ooxml.page_break())

    def _end_section(self, *, landscape: bool) -> None:
        if self._sections_ended == 0:
            section = self._breaks.first
        else:
            section = self._breaks.landscape if landscape else self._breaks.portrait
        self.add(ooxml.paragraph(section=section))
        self._sections_ended += 1

    @contextmanager
    def landscape(self, wanted: bool = True) -> Iterator[None]:
        """Write what follows on landscape pages (when ``wanted``), then back to portrait."""
        if not wanted or self._landscape:
            yield
            return
        self._end_section(landscape=False)
        self._landscape = True
        try:
            yield
        finally:
            self._landscape = False
            self._end_section(landscape=True)

    def markup(self) -> str:
        """Everything written, in order; never ending in a table, as Word expects."""
        if self._ends_with_table:
            self.add(ooxml.paragraph())
        return "".join(self._parts)
