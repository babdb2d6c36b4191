"""Byte-identical workbooks: fixed document times, fixed zip entries, a stable order.

openpyxl stamps the current time into ``docProps/core.xml`` and every zip entry. Here the
workbook is saved through openpyxl's own :class:`~openpyxl.writer.excel.ExcelWriter` into a
zip file that follows the exporters' one convention (:mod:`vcm_exporters._zip`): every
entry carries midnight of the day the export is judged on, so the same model and options
give the same bytes, today and tomorrow, here and on a server.
"""

from __future__ import annotations

import datetime as dt
from typing import IO, Any

from openpyxl.writer.excel import ExcelWriter

from vcm_exporters._zip import FixedTimeZipFile, fixed_moment

__all__ = ["fixed_moment", "save"]


def save(workbook: Any, stream: IO[bytes], moment: dt.datetime) -> None:
    """Write ``workbook`` to ``stream`` with ``moment`` as its creation and modification time."""
    properties = workbook.properties
    properties.creator = "vcm"
    properties.lastModifiedBy = None
    properties.created = moment
    properties.modified = moment
    ExcelWriter(workbook, FixedTimeZipFile(stream, moment)).save()
