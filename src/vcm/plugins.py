"""The plugin contract: exporters and importers, found through entry points.

Entry-point groups ``vcm.exporters`` and ``vcm.importers``; the entry point's name is the
format name (``xlsx``, ``docx``). The built-ins register the same way as anyone's plugin.
"""

from __future__ import annotations

import datetime as dt
from typing import BinaryIO, Protocol, runtime_checkable

import attrs

from vcm.model import Language, Organisation
from vcm.model import _validators as v
from vcm.model._convert import to_language

__all__ = ["ExportOptions", "Exporter", "Importer"]


@attrs.frozen(kw_only=True)
class ExportOptions:
    """What every exporter is told.

    ``language`` defaults to the organisation's; ``include_people`` is False so that
    personal data leaves only when asked; ``as_of`` (statuses, findings) defaults to today.
    """

    language: Language | None = attrs.field(
        default=None, converter=to_language, validator=attrs.validators.optional(v.choice(Language))
    )
    include_people: bool = attrs.field(default=False, validator=v.flag)
    as_of: dt.date | None = attrs.field(default=None, validator=v.optional_day)
    title: str | None = attrs.field(default=None, validator=v.optional_text)

    def language_for(self, org: Organisation) -> Language:
        """The label language: the one asked for, else the organisation's."""
        return self.language or org.language

    def date(self) -> dt.date:
        """The date statuses and findings are judged on: ``as_of``, else today."""
        return self.as_of or dt.date.today()


@runtime_checkable
class Exporter(Protocol):
    """Writes an organisation to a binary stream in one format."""

    name: str
    suffixes: tuple[str, ...]
    description: str

    def export(self, org: Organisation, stream: BinaryIO, options: ExportOptions) -> None:
        """Write ``org`` to ``stream``; raise a :class:`vcm.VcmError` on failure."""


@runtime_checkable
class Importer(Protocol):
    """Reads an organisation from a binary stream in one format."""

    name: str
    suffixes: tuple[str, ...]
    description: str

    def read(self, stream: BinaryIO) -> Organisation:
        """Read an organisation; raise a :class:`vcm.VcmError` naming the place on bad input."""
