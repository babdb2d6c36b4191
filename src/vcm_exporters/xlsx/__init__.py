"""The Excel workbook exporter (``xlsx``), built on openpyxl.

For the consultant who works in Excel: an overview, the values-competence matrix of each
task area with its results, TVB and monitoring, and data sheets (Excel tables) that hold
every field of the model, so that the workbook can be read back. Registered as the entry
point ``xlsx`` in the group ``vcm.exporters``; use it through :func:`vcm.export`.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Mapping
from typing import BinaryIO

from vcm.errors import ExportError, VcmError
from vcm.model import Organisation
from vcm.plugins import ExportOptions
from vcm_exporters.xlsx.cells import find_unwritable_text
from vcm_exporters.xlsx.reading import DEFAULT_LIMITS, Limits, WorkbookError, read_workbook
from vcm_exporters.xlsx.workbook import write_workbook

__all__ = ["Limits", "WorkbookError", "XlsxExporter", "XlsxImporter", "exporter", "importer"]


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


class XlsxImporter:
    """Reads a workbook vcm wrote (in English or Dutch) back into an organisation.

    ``limits`` bound what is read (:class:`Limits`: unpacked size, rows, columns, problems
    listed); ``XlsxImporter(Limits(max_uncompressed=...)).read(stream)`` reads with others.
    Every problem is a :class:`vcm.VcmError`; problems in cells come together in one
    :class:`WorkbookError` naming each cell (``'Beoordelingen'!D7``).
    """

    name = "xlsx"
    suffixes = (".xlsx",)
    description = "Excel workbook made by vcm, edited by a team"

    def __init__(self, limits: Limits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        self._places: weakref.WeakKeyDictionary[Organisation, Mapping[str, str]] = (
            weakref.WeakKeyDictionary()
        )

    def read(self, stream: BinaryIO) -> Organisation:
        """The organisation in the workbook ``stream`` holds."""
        org, places = read_workbook(stream, self.limits)
        with contextlib.suppress(TypeError):  # an organisation that cannot be referenced
            self._places[org] = places
        return org

    def places(self, org: Organisation) -> Mapping[str, str]:
        """Where each element of ``org`` (read by this importer) came from.

        Maps a model path (``task_areas[0].matrix[2]``) to its cell (``'Noord'!A7``).
        """
        return self._places.get(org, {})


importer = XlsxImporter()
"""The importer object the ``xlsx`` entry point names."""
