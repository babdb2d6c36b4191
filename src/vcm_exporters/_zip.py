"""One convention for the zip packages every exporter writes (xlsx, docx): same input, same bytes.

Every entry carries one fixed time, midnight of the export's date (``as_of``; clamped to the
times a zip can record, 1980 to 2107), is deflated, and is marked as written on Unix with
mode ``0o644``, whatever the platform. Entries come in a fixed order: the order the writer
gives them, or, when a package is rewritten, the content types and package relationships
first and the rest by name, as Office writes them.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import zipfile
from collections.abc import Callable, Mapping
from typing import IO, Any

__all__ = ["FixedTimeZipFile", "entry", "fixed_moment", "normalised_zip"]

_EARLIEST = dt.datetime(1980, 1, 1)  # the zip format has no earlier time
_LATEST = dt.datetime(2107, 12, 31)
_CHUNK = 1 << 20
_UNIX = 3
_MODE = 0o644 << 16


def fixed_moment(day: dt.date) -> dt.datetime:
    """Midnight of ``day``, within the times a zip file can record."""
    return min(max(dt.datetime(day.year, day.month, day.day), _EARLIEST), _LATEST)


def entry(name: str, moment: dt.datetime) -> zipfile.ZipInfo:
    """A zip entry named ``name`` with the fixed time, compression, system and mode."""
    info = zipfile.ZipInfo(name, date_time=moment.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = _UNIX  # as written on Unix, also when written on Windows
    info.external_attr = _MODE
    return info


class FixedTimeZipFile(zipfile.ZipFile):
    """A zip file whose every entry gets the convention's time and attributes."""

    def __init__(self, file: IO[bytes], moment: dt.datetime) -> None:
        super().__init__(file, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True)
        self._moment = moment

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
        super().writestr(entry(name, self._moment), data)

    def write(  # type: ignore[override]
        self, filename: str | os.PathLike[str], arcname: str | None = None, *args: Any
    ) -> None:
        """Copy a file (a sheet streamed to disk) in as an entry with the fixed time."""
        size = os.path.getsize(filename)
        info = entry(arcname or os.fspath(filename), self._moment)
        with (
            open(filename, "rb") as source,
            self.open(info, "w", force_zip64=size >= zipfile.ZIP64_LIMIT) as target,
        ):
            shutil.copyfileobj(source, target, _CHUNK)


def _order(name: str) -> tuple[int, str]:
    # The content types and package relationships first, as Office writes them.
    first = {"[Content_Types].xml": 0, "_rels/.rels": 1}
    return first.get(name, 2), name


def normalised_zip(
    data: bytes,
    moment: dt.datetime,
    rewrite: Mapping[str, Callable[[bytes], bytes]] | None = None,
) -> bytes:
    """The package ``data`` rewritten to the convention, entries in the fixed order.

    ``rewrite`` maps entry names to functions that change the entry's content on the way.
    """
    rewrite = rewrite or {}
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        FixedTimeZipFile(output, moment) as target,
    ):
        for name in sorted(source.namelist(), key=_order):
            content = source.read(name)
            if name in rewrite:
                content = rewrite[name](content)
            target.writestr(name, content)
    return output.getvalue()
