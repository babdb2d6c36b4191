"""The plugin contract: exporters and importers, found through entry points.

Entry-point groups ``vcm.exporters`` and ``vcm.importers``; the entry point's name is the
format name (``xlsx``, ``docx``). The built-ins register the same way as anyone's plugin.

Listing (:func:`exporters`, :func:`importers`) reads entry-point names only and imports no
plugin; a plugin is imported on first use and kept. A plugin that fails to load is reported
by name with its reason and leaves the others working. :func:`export` and :func:`read` pick
the plugin by the file's suffix and turn every failure into a :class:`vcm.VcmError`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, BinaryIO, Protocol, cast, runtime_checkable

import attrs

from vcm._atomic import write_atomically
from vcm._plugins.registry import Registry
from vcm.errors import (
    ExportError,
    FileFormatError,
    MissingDependencyError,
    PluginError,
    UnknownFormatError,
    VcmError,
)
from vcm.model import Language, Organisation
from vcm.model import _validators as v
from vcm.model._convert import to_language

__all__ = [
    "EXPORTERS",
    "IMPORTERS",
    "ExportOptions",
    "Exporter",
    "FormatInfo",
    "Importer",
    "PluginKind",
    "PluginState",
    "clear_cache",
    "export",
    "exporters",
    "formats",
    "get_exporter",
    "get_importer",
    "importers",
    "read",
    "read_stream",
]

EXPORTERS = "vcm.exporters"
"""The entry-point group of exporters."""
IMPORTERS = "vcm.importers"
"""The entry-point group of importers."""


@attrs.frozen(kw_only=True)
class ExportOptions:
    """What every exporter is told.

    ``language`` defaults to the organisation's; ``include_people`` is False so that
    personal data leaves only when asked; ``as_of`` (statuses, findings) defaults to today;
    ``min_group_size`` (5) keeps counts about people out of small teams' summaries.
    """

    language: Language | None = attrs.field(
        default=None, converter=to_language, validator=attrs.validators.optional(v.choice(Language))
    )
    include_people: bool = attrs.field(default=False, validator=v.flag)
    as_of: dt.date | None = attrs.field(default=None, validator=v.optional_day)
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    min_group_size: int = attrs.field(default=5, validator=v.level)
    """Without ``include_people``: the smallest task area whose counts about people (coverage,
    single-person dependencies, open actions) are shown; in a smaller team a count can point
    to a person."""

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


class PluginKind(StrEnum):
    """Which way a plugin converts."""

    EXPORTER = "exporter"
    IMPORTER = "importer"


class PluginState(StrEnum):
    """Whether a plugin can be used, as :func:`formats` finds it."""

    READY = "ready"
    MISSING_DEPENDENCY = "missing dependency"
    FAILED = "failed to load"


@attrs.frozen(kw_only=True)
class FormatInfo:
    """One format as ``vcm formats`` lists it.

    ``detail`` says why a plugin is not ready (with the ``pip install`` line for a missing
    dependency); ``suffixes`` and ``description`` are empty when the plugin could not load.
    """

    name: str
    kind: PluginKind
    state: PluginState
    suffixes: tuple[str, ...] = ()
    description: str = ""
    detail: str | None = None


_EXPORTERS: Registry[Exporter] = Registry(EXPORTERS, PluginKind.EXPORTER.value, "export")
_IMPORTERS: Registry[Importer] = Registry(IMPORTERS, PluginKind.IMPORTER.value, "read")


def exporters() -> tuple[str, ...]:
    """The names of the registered exporters, sorted; imports no plugin."""
    return _EXPORTERS.names()


def importers() -> tuple[str, ...]:
    """The names of the registered importers, sorted; imports no plugin."""
    return _IMPORTERS.names()


def get_exporter(name: str) -> Exporter:
    """The exporter registered as ``name``, imported on first use.

    Raises :class:`~vcm.UnknownFormatError` (listing the known names) for an unknown name,
    :class:`~vcm.MissingDependencyError` (naming the extra to install) or
    :class:`~vcm.PluginError` when the plugin cannot be used.
    """
    return _EXPORTERS.get(name)


def get_importer(name: str) -> Importer:
    """The importer registered as ``name``; fails like :func:`get_exporter`."""
    return _IMPORTERS.get(name)


def formats() -> tuple[FormatInfo, ...]:
    """Every exporter and importer with its state; exporters first, each kind sorted by name.

    Unlike :func:`exporters` this loads each plugin, to tell whether it is ready.
    """
    return tuple(
        _info(registry, kind, name)
        for registry, kind in ((_EXPORTERS, PluginKind.EXPORTER), (_IMPORTERS, PluginKind.IMPORTER))
        for name in registry.names()
    )


def clear_cache() -> None:
    """Forget discovered and loaded plugins, e.g. after installing one while running."""
    _EXPORTERS.clear()
    _IMPORTERS.clear()


def export(
    org: Organisation, path: str | os.PathLike[str], format: str | None = None, **options: Any
) -> Path:
    """Write ``org`` to ``path`` with the exporter for ``format`` or for the path's suffix.

    ``options`` are the fields of :class:`ExportOptions` (``language``, ``include_people``,
    ``as_of``, ``title``). The file is written to a temporary file in the target's folder and
    renamed over the target only when the export succeeded: on any failure an existing file
    is left untouched, no temporary file remains, and the error is a :class:`vcm.VcmError`
    (:class:`~vcm.ExportError` wrapping an unexpected exception, which stays its cause).
    Returns the path written.
    """
    target = Path(path)
    export_options = _export_options(options)
    exporter = get_exporter(format) if format is not None else _EXPORTERS.for_path(target)

    def write(stream: BinaryIO) -> None:
        exporter.export(org, stream, export_options)

    write_atomically(target, write, producer=f"the {exporter.name} exporter")
    return target


def read(path: str | os.PathLike[str], format: str | None = None) -> Organisation:
    """Read an organisation with the importer for ``format`` or for the path's suffix.

    Every failure is a :class:`vcm.VcmError` naming the file.
    """
    source = Path(path)
    importer = get_importer(format) if format is not None else _IMPORTERS.for_path(source)
    org = _guarded(source, f"the {importer.name} importer", lambda: _read_file(importer, source))
    if not isinstance(org, Organisation):
        raise PluginError(
            f"the {importer.name} importer returned a {type(org).__name__}, not an Organisation",
            file=str(source),
        )
    return org


def read_stream(
    stream: IO[Any], format: str | None = None, *, file: str | None = None
) -> Organisation:
    """Read an organisation from an open binary stream with the importer for ``format``.

    Without ``format`` the importer is chosen by the suffix of ``file`` (the stream's name).
    Every failure is a :class:`vcm.VcmError`, naming ``file`` where given.
    """
    if format is not None:
        importer = get_importer(format)
    elif file:
        importer = _IMPORTERS.for_path(Path(file))
    else:
        raise UnknownFormatError("cannot tell the format of a stream without a name: give format=")
    where = Path(file) if file else None

    def run() -> Organisation:
        if isinstance(stream, io.TextIOBase):
            raise FileFormatError(
                f"the {importer.name} importer reads bytes: open the file in binary mode ('rb')"
            )
        return importer.read(cast(BinaryIO, stream))

    org = _guarded(where, f"the {importer.name} importer", run)
    if not isinstance(org, Organisation):
        raise PluginError(
            f"the {importer.name} importer returned a {type(org).__name__}, not an Organisation",
            file=file,
        )
    return org


def _read_file(importer: Importer, source: Path) -> Organisation:
    with source.open("rb") as stream:
        return importer.read(stream)


def _guarded(source: Path | None, producer: str, run: Callable[[], Organisation]) -> Organisation:
    name = None if source is None else str(source)
    try:
        return run()
    except VcmError as error:
        error.file = error.file or name
        raise
    except OSError as error:
        reason = f"cannot read the file: {error.strerror}"
        raise FileFormatError(reason, file=name) from error
    except Exception as error:
        # A plugin's own bug must still reach the user as one clear VcmError.
        raise FileFormatError(
            f"{producer} failed: {type(error).__name__}: {error}", file=name
        ) from error


_OPTION_NAMES = tuple(field.name for field in attrs.fields(ExportOptions))


def _export_options(options: dict[str, Any]) -> ExportOptions:
    unknown = sorted(set(options) - set(_OPTION_NAMES))
    if unknown:
        name = unknown[0]
        close = difflib.get_close_matches(name, _OPTION_NAMES, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ExportError(
            f"unknown export option {name!r}{hint}; the options are: {', '.join(_OPTION_NAMES)}"
        )
    try:
        return ExportOptions(**options)
    except VcmError as error:
        raise ExportError(f"export option {error.path}: {error.reason}") from error


def _info(registry: Registry[Any], kind: PluginKind, name: str) -> FormatInfo:
    try:
        plugin = registry.get(name)
    except VcmError as error:
        missing = isinstance(error, MissingDependencyError)
        return FormatInfo(
            name=name,
            kind=kind,
            state=PluginState.MISSING_DEPENDENCY if missing else PluginState.FAILED,
            detail=error.reason,
        )
    return FormatInfo(
        name=name,
        kind=kind,
        state=PluginState.READY,
        suffixes=tuple(plugin.suffixes),
        description=plugin.description,
    )
