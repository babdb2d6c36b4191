"""The Word report (``docx``): the values-competence matrix for the people it is for.

Title page, contents, purpose, core values, the scale and the competences; per task area
its results, TVB, values-competence matrix and monitoring plan with the current status;
with ``include_people`` each person's gaps and development plan; an appendix of findings.
English or Dutch labels; byte-identical output for identical input.

>>> import vcm
>>> from vcm_exporters.docx import exporter
>>> exporter.name, exporter.suffixes
('docx', ('.docx',))
"""

from __future__ import annotations

import os
from typing import BinaryIO

from vcm.errors import VcmError
from vcm.model import Organisation
from vcm.plugins import ExportOptions
from vcm_exporters.docx.report import render
from vcm_exporters.docx.template import StyleIds, open_template, require_usual_prefixes

__all__ = ["DocxExporter", "exporter"]


class DocxExporter:
    """Writes the Word report; ``template`` is a .docx whose styles the report uses.

    The default template ships with the package. A house template must define the styles
    of :data:`vcm_exporters.docx.template.STYLE_NAMES`; one that does not (or that is no
    Word document) is refused here, with a :class:`vcm.VcmError` naming what is wrong.
    """

    name = "docx"
    suffixes = (".docx",)
    description = "Word report: purpose, values, TVB, matrix and monitoring per task area"

    def __init__(self, template: str | os.PathLike[str] | bytes | None = None) -> None:
        if template is None or isinstance(template, bytes):
            self._template = template
        else:
            try:
                with open(template, "rb") as file:
                    self._template = file.read()
            except OSError as error:
                reason = f"cannot read the Word template: {error.strerror or error}"
                raise VcmError(reason, file=os.fspath(template)) from error
        if self._template is not None:
            document = open_template(self._template)
            require_usual_prefixes(document)
            StyleIds.of(document)

    def export(self, org: Organisation, stream: BinaryIO, options: ExportOptions) -> None:
        """Write the report of ``org`` to the binary ``stream``."""
        stream.write(render(org, options, self._template))


exporter = DocxExporter()
"""The exporter the ``docx`` entry point names."""
