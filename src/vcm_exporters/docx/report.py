"""The report from front to back: compose the body, put it into the template, save."""

from __future__ import annotations

import io

import attrs
from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from vcm.errors import VcmError
from vcm.model import Language, Organisation
from vcm.plugins import ExportOptions
from vcm_exporters._shown import overview
from vcm_exporters._zip import fixed_moment, normalised_zip
from vcm_exporters.docx import ooxml
from vcm_exporters.docx.body import Body, SectionBreaks
from vcm_exporters.docx.context import Context
from vcm_exporters.docx.determinism import set_properties
from vcm_exporters.docx.labels import labels_for
from vcm_exporters.docx.sections import findings, front, people, purpose, task_area
from vcm_exporters.docx.sections import summary as summary_section
from vcm_exporters.docx.template import (
    PageLayout,
    StyleIds,
    default_template,
    open_template,
    require_usual_prefixes,
)

__all__ = ["compose", "render"]

_W = f"{{{ooxml.W}}}"
# Not a WordprocessingML element: it exists only between saving and filling in the body.
_PLACEHOLDER_TAG = "w:vcmReportBody"
_PLACEHOLDER = f"<{_PLACEHOLDER_TAG}/>".encode()
_LANGUAGE_TAGS = {Language.EN: "en-GB", Language.NL: "nl-NL"}

# Settings that come after w:updateFields in the schema's fixed order (CT_Settings).
_AFTER_UPDATE_FIELDS = frozenset(
    {
        "hdrShapeDefaults",
        "footnotePr",
        "endnotePr",
        "compat",
        "docVars",
        "rsids",
        "mathPr",
        "attachedSchema",
        "themeFontLang",
        "clrSchemeMapping",
        "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures",
        "forceUpgrade",
        "captions",
        "readModeInkLockDown",
        "smartTagType",
        "schemaLibrary",
        "shapeDefaults",
        "doNotEmbedSmartTags",
        "decimalSymbol",
        "listSeparator",
    }
)


def compose(org: Organisation, options: ExportOptions, document: Document) -> Body:
    """Write the whole report's body for ``document`` (a template opened by python-docx).

    Without ``include_people`` the report is composed from the organisation without its
    people: no part of it can then show personal data, whatever it looks up.
    """
    labels = labels_for(options.language_for(org))
    as_of = options.date()
    counted, shown = overview(org, options, as_of)
    context = Context(
        org=org if options.include_people else attrs.evolve(org, people=()),
        labels=labels,
        as_of=as_of,
        include_people=options.include_people,
        people_left_out=bool(org.people) and not options.include_people,
        title=options.title or labels.default_title,
        scale=org.scale.localised(labels.language),
        summary=counted,
        findings=shown,
    )
    body = Body(
        StyleIds.of(document),
        PageLayout.of(document),
        SectionBreaks.of(document.element.body.get_or_add_sectPr()),
    )
    front.title_page(body, context)
    contents_at = body.mark()
    summary_section.summary(body, context)
    purpose.purpose(body, context)
    purpose.core_values(body, context)
    purpose.scale(body, context)
    purpose.competences(body, context)
    for position, area in enumerate(context.org.task_areas):
        task_area.task_area(body, context, area, position)
    if options.include_people:
        people.people(body, context)
    findings.findings(body, context)
    front.contents(body, context, contents_at)
    return body


def render(org: Organisation, options: ExportOptions, template: bytes | None = None) -> bytes:
    """The report as the bytes of a .docx file; the same input gives the same bytes."""
    document = open_template(default_template() if template is None else template)
    require_usual_prefixes(document)
    body = compose(org, options, document)
    _leave_room_for_body(document, first_section_only=not body.sections_ended)
    language = options.language_for(org)
    _set_language(document, _LANGUAGE_TAGS[language])
    _update_fields_on_open(document)
    set_properties(
        document,
        title=options.title or labels_for(language).default_title,
        subject=org.name,
        language=_LANGUAGE_TAGS[language],
        day=options.date(),
    )
    buffer = io.BytesIO()
    document.save(buffer)
    markup = body.markup().encode("utf-8")

    def fill_in(xml: bytes) -> bytes:
        if xml.count(_PLACEHOLDER) != 1:
            raise VcmError("the Word template's body could not be replaced")
        return xml.replace(_PLACEHOLDER, markup)

    return normalised_zip(
        buffer.getvalue(),
        fixed_moment(options.date()),
        {document.part.partname.lstrip("/"): fill_in},
    )


def _leave_room_for_body(document: Document, *, first_section_only: bool) -> None:
    # The body is written as text and put in place of a placeholder when the file is saved:
    # parsing and then moving a large body between lxml documents walks every node twice,
    # which took longer than writing the whole report. The template's last section
    # properties (page, margins, footer) stay at the end and close the last section.
    body = document.element.body
    section = body.get_or_add_sectPr()
    for child in list(body):
        if child is not section:
            body.remove(child)
    if not first_section_only:
        # The title page's "no number on the first page" belongs to the first section only.
        for title_page in section.findall(f"{_W}titlePg"):
            section.remove(title_page)
    section.addprevious(OxmlElement(_PLACEHOLDER_TAG))


def _set_language(document: Document, tag: str) -> None:
    # Spelling and hyphenation follow the document's default language.
    defaults = document.styles.element.find(f"{_W}docDefaults")
    if defaults is None:
        return
    for lang in defaults.iter(f"{_W}lang"):
        lang.set(f"{_W}val", tag)


def _update_fields_on_open(document: Document) -> None:
    # Word then offers to update the table of contents (and page numbers in it) on opening.
    settings = document.settings.element
    for old in settings.findall(f"{_W}updateFields"):
        settings.remove(old)
    update = OxmlElement("w:updateFields", {qn("w:val"): "true"})
    for child in settings:
        if isinstance(child.tag, str) and child.tag.rpartition("}")[2] in _AFTER_UPDATE_FIELDS:
            child.addprevious(update)
            return
    settings.append(update)
