"""The Excel workbook exporter (``xlsx``), built on openpyxl.

For the consultant who works in Excel: an overview, the values-competence matrix of each
task area with its results, TVB and monitoring, and data sheets (Excel tables) that hold
every field of the model, laid out so that an importer can read the workbook back (the
``xlsx`` importer is being built; none ships yet). Registered as the entry point ``xlsx``
in the group ``vcm.exporters``; use it through :func:`vcm.export`.
"""

from __future__ import annotations

from typing import BinaryIO

from vcm.errors import ExportError, VcmError
from vcm.model import Organisation
from vcm.plugins import ExportOptions
from vcm_exporters.xlsx.cells import find_unwritable_text
from vcm_exporters.xlsx.workbook import write_workbook

__all__ = ["XlsxExporter", "exporter"]


class XlsxExporter:
    """Writes the organisation as an Excel workbook (see docs/xlsx.rst for every sheet)."""

    name = "xlsx"
    suffixes = (".xlsx",)
    description = "Excel workbook: a matrix sheet per task area, overview and data tables"

    def export(self, org: Organisation, stream: BinaryIO, options: ExportOptions) -> None:
        """Write ``org`` to ``stream`` as a workbook; the same input gives the same bytes."""
        try:
            write_workbook(org, stream, options)
        except (ValueError, ExportError) as error:
            if isinstance(error, VcmError) and error.path:
                raise
            # A text too long for a cell, or one XML cannot hold (lxml refuses it): name the
            # field it came from rather than the cell or the XML detail.
            problem = find_unwritable_text(org, include_people=options.include_people)
            if problem is None:
                raise
            raise problem from error


exporter = XlsxExporter()
"""The exporter object the ``xlsx`` entry point names."""
