"""Byte-identical workbooks: fixed document times, fixed zip entry times, a stable order.

openpyxl stamps the current time into ``docProps/core.xml`` and every zip entry. Here the
workbook is saved through openpyxl's own :class:`~openpyxl.writer.excel.ExcelWriter` into a
zip file whose entries all carry one fixed time, the day the export is judged on, so the
same model and options give the same bytes, today and tomorrow, here and on a server.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import zipfile
from typing import IO, Any

from openpyxl.writer.excel import ExcelWriter

__all__ = ["fixed_moment", "save"]

_EARLIEST = dt.datetime(1980, 1, 1)  # the zip format has no earlier time
_LATEST = dt.datetime(2107, 12, 31)
_CHUNK = 1 << 20


def fixed_moment(day: dt.date) -> dt.datetime:
    """Midnight of ``day``, within the times a zip file can record."""
    return min(max(dt.datetime(day.year, day.month, day.day), _EARLIEST), _LATEST)


class _FixedTimeZipFile(zipfile.ZipFile):
    """A zip file whose every entry gets the same time and attributes, whatever its source."""

    def __init__(self, file: IO[bytes], moment: dt.datetime) -> None:
        super().__init__(file, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True)
        self._date_time = moment.timetuple()[:6]

    def _entry(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self._date_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 3  # as written on Unix, also when written on Windows
        info.external_attr = 0o644 << 16
        return info

    def writestr(  # type: ignore[override]
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: bytes | str,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        """Write ``data`` as an entry with the fixed time."""
        name = (
            zinfo_or_arcname.filename
            if isinstance(zinfo_or_arcname, zipfile.ZipInfo)
            else zinfo_or_arcname
        )
        super().writestr(self._entry(name), data)

    def write(  # type: ignore[override]
        self, filename: str | os.PathLike[str], arcname: str | None = None, *args: Any
    ) -> None:
        """Copy a file (a sheet openpyxl streamed to disk) in as an entry with the fixed time."""
        size = os.path.getsize(filename)
        entry = self._entry(arcname or os.fspath(filename))
        with (
            open(filename, "rb") as source,
            self.open(entry, "w", force_zip64=size >= zipfile.ZIP64_LIMIT) as target,
        ):
            shutil.copyfileobj(source, target, _CHUNK)


def save(workbook: Any, stream: IO[bytes], moment: dt.datetime) -> None:
    """Write ``workbook`` to ``stream`` with ``moment`` as its creation and modification time."""
    properties = workbook.properties
    properties.creator = "vcm"
    properties.lastModifiedBy = None
    properties.created = moment
    properties.modified = moment
    ExcelWriter(workbook, _FixedTimeZipFile(stream, moment)).save()
