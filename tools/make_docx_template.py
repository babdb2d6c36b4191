"""Make the Word report's template from python-docx's default template.

The result is ``src/vcm_exporters/docx/template.docx``, committed with the package; run this
again only to change the template::

    python tools/make_docx_template.py [OUT]

What it changes in python-docx's default: A4 pages with 2 cm margins; a centred page
number in the footer, not on the title page; the styles the report needs that the default
lacks (``Table Text`` for table cells, ``toc 1`` and ``toc 2`` for the contents); no
thumbnail of a blank page, no author, a neutral ``app.xml``; only the table styles used (the
others stay available in Word as latent styles), no Word 2010 copy of the styles. The
built-in styles (Title, Heading 1-3, List Bullet, Table Grid, ...) stay as they are, so
Word's navigation pane and its table of contents work as in any Word document.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Twips

from vcm_exporters.docx.determinism import ZIP_TIME, normalised_zip, set_properties
from vcm_exporters.docx.ooxml import NSDECLS

OUT = Path(__file__).resolve().parent.parent / "src" / "vcm_exporters" / "docx" / "template.docx"

KEEP_TABLES = frozenset({"TableNormal", "TableGrid"})
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

A4 = (11906, 16838)
MARGIN = 1134  # 2 cm
EDGE = 567  # 1 cm from the paper's edge to the footer

STYLES = f"""
<w:styles {NSDECLS}>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText">
    <w:name w:val="Table Text"/>
    <w:basedOn w:val="Normal"/>
    <w:uiPriority w:val="1"/>
    <w:qFormat/>
    <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
    <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:styleId="TOC1">
    <w:name w:val="toc 1"/>
    <w:basedOn w:val="Normal"/>
    <w:next w:val="Normal"/>
    <w:uiPriority w:val="39"/>
    <w:unhideWhenUsed/>
    <w:pPr><w:spacing w:before="120" w:after="40"/></w:pPr>
    <w:rPr><w:b/></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:styleId="TOC2">
    <w:name w:val="toc 2"/>
    <w:basedOn w:val="Normal"/>
    <w:next w:val="Normal"/>
    <w:uiPriority w:val="39"/>
    <w:unhideWhenUsed/>
    <w:pPr><w:spacing w:after="20"/><w:ind w:left="284"/></w:pPr>
  </w:style>
</w:styles>
"""

APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Template>Normal.dotm</Template><Application>vcm</Application>"
    b"<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)

PAGE_NUMBER = (
    f'<w:fldSimple {NSDECLS} w:instr=" PAGE "><w:r><w:rPr><w:noProof/></w:rPr>'
    "<w:t>1</w:t></w:r></w:fldSimple>"
)


def build() -> bytes:
    """The template's bytes."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Twips(A4[0]), Twips(A4[1])
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Twips(MARGIN))
    section.header_distance = section.footer_distance = Twips(EDGE)

    section.different_first_page_header_footer = True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer._p.append(parse_xml(PAGE_NUMBER))
    section.first_page_footer.paragraphs[0].text = ""

    styles = document.styles.element
    for style in styles.iterchildren(qn("w:style")):
        # Dozens of table styles nobody asked for make every report 300 kB of XML larger
        # to write and compress; Word still offers them all (they are latent styles).
        if style.get(qn("w:type")) == "table" and style.get(qn("w:styleId")) not in KEEP_TABLES:
            styles.remove(style)
    for style in parse_xml(STYLES):
        styles.append(style)

    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[key]
    for key, relationship in list(document.part.rels.items()):
        # Word 2010's copy of the styles and a sample bibliography: not needed, not used.
        if relationship.reltype in (STYLES_WITH_EFFECTS, RELATIONSHIP_TYPE.CUSTOM_XML):
            del document.part.rels[key]

    set_properties(document, title="", subject="", language="en-GB", day=dt.date(2026, 1, 1))
    buffer = io.BytesIO()
    document.save(buffer)
    return _with_app_properties(normalised_zip(buffer.getvalue()))


def _with_app_properties(data: bytes) -> bytes:
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = APP_XML if info.filename == "docProps/app.xml" else source.read(info)
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            target.writestr(entry, content)
    return output.getvalue()


def main(argv: list[str]) -> int:
    """Write the template to the path given, or over the packaged one."""
    out = Path(argv[0]) if argv else OUT
    out.write_bytes(build())
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
