"""The plugin contract: exporters and importers, found through entry points or registered in code.

Entry-point groups ``vcm.exporters`` and ``vcm.importers``; the entry point's name is the
format name (``xlsx``, ``docx``). The built-ins register the same way as anyone's plugin;
:func:`register_exporter` and :func:`register_importer` do it from code. Format names are
compared without regard to case.

Listing (:func:`exporters`, :func:`importers`) reads entry-point names only and imports no
plugin; a plugin is imported on first use and kept. A plugin that fails to load is reported
by name with its reason and leaves the others working. :func:`export` and :func:`read` pick
the plugin by the file's suffix and turn every failure into a :class:`vcm.VcmError`.
"""

from __future__ import annotations

import datetime as dt
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
    InconsistentModelError,
    MissingDependencyError,
    PluginError,
    UnknownFormatError,
    VcmError,
)
from vcm.model import Language, Organisation
from vcm.model import _validators as v
from vcm.model._convert import to_language
from vcm.model._errors import did_you_mean

__all__ = [
    "EXPORTERS",
    "IMPORTERS",
    "STRUCTURE_CODES",
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
    "register_exporter",
    "register_importer",
    "unregister_exporter",
    "unregister_importer",
]

EXPORTERS = "vcm.exporters"
"""The entry-point group of exporters."""
IMPORTERS = "vcm.importers"
"""The entry-point group of importers."""


def _day_of(value: Any) -> Any:
    # A datetime counts as its date, as for every as_of of vcm; the validator judges the rest.
    return value.date() if isinstance(value, dt.datetime) else value


@attrs.frozen(kw_only=True)
class ExportOptions:
    """What every exporter is told.

    ``language`` defaults to the organisation's; ``include_people`` is False so that
    personal data leaves only when asked; ``as_of`` (statuses, findings) defaults to today
    (a :class:`~datetime.datetime` counts as its date); ``min_group_size`` (5) keeps counts
    about people out of small teams' summaries.
    """

    language: Language | None = attrs.field(
        default=None, converter=to_language, validator=attrs.validators.optional(v.choice(Language))
    )
    include_people: bool = attrs.field(default=False, validator=v.flag)
    as_of: dt.date | None = attrs.field(default=None, converter=_day_of, validator=v.optional_day)
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


class _Format(Protocol):
    """What an exporter and an importer both say of their format (read-only attributes)."""

    @property
    def name(self) -> str:
        """The format name: the entry point's name, or the one it is registered as."""

    @property
    def suffixes(self) -> tuple[str, ...]:
        """The file suffixes of the format, each with its dot: ``(".xlsx",)``."""

    @property
    def description(self) -> str:
        """One line for ``vcm formats``."""


@runtime_checkable
class Exporter(_Format, Protocol):
    """Writes an organisation to a binary stream in one format.

    The attributes are read-only in the protocol, so a plain class attribute such as
    ``suffixes = (".md", ".markdown")`` (a ``tuple[str, str]``) satisfies it under
    ``mypy --strict``.
    """

    def export(self, org: Organisation, stream: BinaryIO, options: ExportOptions) -> None:
        """Write ``org`` to ``stream``; raise a :class:`vcm.VcmError` on failure."""


@runtime_checkable
class Importer(_Format, Protocol):
    """Reads an organisation from a binary stream in one format (attributes as for Exporter)."""

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
    """Forget discovered and loaded plugins, e.g. after installing one while running.

    Plugins registered in code stay registered.
    """
    _EXPORTERS.clear()
    _IMPORTERS.clear()


def register_exporter(name: str, exporter: Exporter) -> None:
    """Register ``exporter`` under the format ``name`` from code, beside the entry points.

    For an application's own exporter, or a test's. The same contract is checked as for an
    entry point (an object, not a class, with ``name`` equal to ``name``, ``suffixes`` a
    tuple of suffixes with their dots, ``description`` text, a callable ``export``), and a
    breach is a :class:`~vcm.PluginError`. It takes the place of an entry point of the same
    name (compared without regard to case) until :func:`unregister_exporter`.
    """
    _EXPORTERS.register(name, exporter)


def register_importer(name: str, importer: Importer) -> None:
    """Register ``importer`` under the format ``name`` from code; as :func:`register_exporter`."""
    _IMPORTERS.register(name, importer)


def unregister_exporter(name: str) -> None:
    """Forget the exporter registered in code as ``name``; an entry point shows again."""
    _EXPORTERS.unregister(name)


def unregister_importer(name: str) -> None:
    """Forget the importer registered in code as ``name``; an entry point shows again."""
    _IMPORTERS.unregister(name)


def export(
    org: Organisation,
    target: str | os.PathLike[str] | BinaryIO,
    format: str | None = None,
    *,
    allow_errors: bool = False,
    **options: Any,
) -> Any:
    """Write ``org`` to ``target`` with the exporter for ``format`` or for the target's suffix.

    ``target`` is a path or a binary stream (:class:`io.BytesIO`, a file opened with
    ``"wb"``, a web framework's response body). A stream stays the caller's: vcm writes to
    it and never closes it; a stream without a name needs ``format``. Returns what it wrote
    to: the :class:`~pathlib.Path`, or the stream itself.

    ``.json``, ``.yaml`` and ``.yml`` targets (formats ``json`` and ``yaml``) get the model
    file itself, with the same privacy default as every export: people only with
    ``include_people``. Format names are compared without regard to case.

    ``options`` are the fields of :class:`ExportOptions` (``language``, ``include_people``,
    ``as_of``, ``title``). A model whose structure is wrong (findings VCM100 to VCM104 in
    what would be exported) is refused with :class:`~vcm.errors.InconsistentModelError`
    and nothing is written; ``allow_errors=True`` exports it anyway. Errors of the method
    (VCM200 to VCM207) and warnings never refuse an export: the first page of the workbook
    and of the report says that the model has errors.

    A file is written to a temporary file in the target's folder and renamed over the
    target only when the export succeeded: on any failure an existing file is left
    untouched and no temporary file remains. Every failure is a :class:`vcm.VcmError`
    (:class:`~vcm.ExportError` wrapping an unexpected exception, which stays its cause); a
    stream may then hold part of the output.
    """
    export_options = _export_options(options)
    if isinstance(target, str | os.PathLike):
        path: Path | None = Path(target)
        stream: BinaryIO | None = None
        place: str | None = str(path)
    else:
        path, stream = None, _binary_stream(target)
        name = getattr(stream, "name", None)
        place = name if isinstance(name, str) else None
    write = _writer(org, format, path, place, export_options)
    if not allow_errors:
        _refuse_inconsistent(org, export_options, place)
    if path is not None:
        write_atomically(path, write.into, producer=write.producer)
        return path
    assert stream is not None
    _write_stream(stream, write, place)
    return stream


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


_MODEL_FORMATS = {"json": "json", "yaml": "yaml", "yml": "yaml"}
"""The formats vcm writes itself: the model file (YAML or JSON)."""

_NEVER_CLOSE = (
    "the plugin contract says an exporter never closes the stream it is given "
    "(whoever opened it closes it): remove the close() or the with-block"
)


@attrs.frozen
class _Write:
    """One export's writing: ``into(stream)`` writes the bytes; ``producer`` names who."""

    into: Callable[[BinaryIO], None]
    producer: str


def _writer(
    org: Organisation,
    format: str | None,
    path: Path | None,
    place: str | None,
    options: ExportOptions,
) -> _Write:
    if format is not None:
        model_format = _MODEL_FORMATS.get(format.lower())
    else:
        suffix = Path(place).suffix.lower() if place else ""
        if not suffix:
            raise UnknownFormatError(
                "cannot tell the format of a stream without a name; give the format, "
                f"e.g. format='xlsx'; {_EXPORTERS.known()}"
                if path is None
                else f"cannot tell the format of {path.name!r} without a suffix; "
                f"give the format, {_EXPORTERS.known()}",
                file=place,
            )
        model_format = _MODEL_FORMATS.get(suffix[1:])
    if model_format is not None:
        return _model_file(org, model_format, options)
    if format is not None:
        exporter = get_exporter(format)
    else:
        assert place is not None
        exporter = _EXPORTERS.for_path(Path(place))
    guarded = _guarded_exporter(exporter, org, options)
    return _Write(guarded, f"the {exporter.name} exporter")


def _guarded_exporter(
    exporter: Exporter, org: Organisation, options: ExportOptions
) -> Callable[[BinaryIO], None]:
    def into(stream: BinaryIO) -> None:
        guard = _Unclosable(stream, exporter.name)
        exporter.export(org, guard, options)  # type: ignore[arg-type]
        if guard.closed_by_plugin:
            raise ExportError(f"the {exporter.name} exporter closed the stream; {_NEVER_CLOSE}")

    return into


def _model_file(org: Organisation, format: str, options: ExportOptions) -> _Write:
    # Imported here: the plugin layer is not needed to read or write a model file.
    from vcm.io import dumps

    def into(stream: BinaryIO) -> None:
        shown = org if options.include_people else attrs.evolve(org, people=())
        text = dumps(shown, format)
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError as error:
            reason = f"a text holds {error.object[error.start]!r}, which UTF-8 cannot hold"
            raise ExportError(reason) from None
        stream.write(data)

    return _Write(into, f"the {format} writer")


def _binary_stream(target: object) -> BinaryIO:
    if isinstance(target, io.TextIOBase):
        raise ExportError(
            "export writes bytes: give a binary stream (io.BytesIO, a file opened with 'wb'), "
            "not a text stream"
        )
    if not callable(getattr(target, "write", None)):
        raise ExportError(
            "export writes to a path or a binary stream (io.BytesIO, a file opened with 'wb'), "
            f"not to a {type(target).__name__}"
        )
    if getattr(target, "closed", False) is True:
        raise ExportError("the stream to export to is closed")
    return target  # type: ignore[return-value]


def _write_stream(stream: BinaryIO, write: _Write, place: str | None) -> None:
    try:
        write.into(stream)
        flush = getattr(stream, "flush", None)
        if callable(flush):
            flush()
    except VcmError as error:
        error.file = error.file or place
        raise
    except OSError as error:
        raise ExportError(f"cannot write to the stream: {error}", file=place) from error
    except Exception as error:
        raise ExportError(
            f"{write.producer} failed: {type(error).__name__}: {error}", file=place
        ) from error


class _Unclosable(io.BufferedIOBase):
    """The stream an exporter gets: the caller's, except that closing it only takes note.

    Closing is the caller's (or vcm's) to do; an exporter that closes it anyway is told so
    by name once it returns, instead of the stream's own "flush of closed file".
    """

    def __init__(self, stream: BinaryIO, exporter: str) -> None:
        super().__init__()
        self._stream = stream
        self._exporter = exporter
        self.closed_by_plugin = False

    def _open(self) -> BinaryIO:
        if self.closed_by_plugin:
            raise ExportError(
                f"the {self._exporter} exporter closed the stream and then used it; {_NEVER_CLOSE}"
            )
        return self._stream

    def close(self) -> None:
        self.closed_by_plugin = True

    @property
    def name(self) -> Any:
        return getattr(self._stream, "name", None)

    def readable(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        seekable = getattr(self._stream, "seekable", None)
        return bool(seekable()) if callable(seekable) else False

    def write(self, data: Any) -> int:
        written = self._open().write(data)
        return len(memoryview(data)) if written is None else written

    def flush(self) -> None:
        flush = getattr(self._open(), "flush", None)
        if callable(flush):
            flush()

    def tell(self) -> int:
        return self._open().tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._open().seek(offset, whence)

    def truncate(self, size: int | None = None) -> int:
        return self._open().truncate(size)


def _refuse_inconsistent(org: Organisation, options: ExportOptions, place: str | None) -> None:
    """Raise InconsistentModelError when what would be exported has a wrong structure."""
    # Imported here: checks are not needed to list or load plugins.
    from vcm._checks.context import Context
    from vcm._checks.structure import add_structure
    from vcm.checks import check

    # What is exported: without people, the model without them (as every exporter shows it).
    shown = org if options.include_people else attrs.evolve(org, people=())
    context = Context(shown, options.date())
    add_structure(context)  # the cheap part of the check: nothing else can refuse
    if not context.findings:
        return
    report = check(shown, as_of=options.date())
    refusing = tuple(f for f in report.errors if f.code in STRUCTURE_CODES)
    listed = "\n".join(f"  {f.code} at {f.path}: {f.message}" for f in refusing[:_LISTED])
    more = len(refusing) - _LISTED
    if more > 0:
        listed += f"\n  and {more} more"
    count = len(refusing)
    raise InconsistentModelError(
        f"not exported: the model's structure is wrong ({count} error{'s' * (count != 1)}), "
        "so the export would show wrong data; fix the model (vcm validate lists every "
        f"finding) or export anyway with allow_errors=True:\n{listed}",
        report=report,
        findings=refusing,
        file=place,
    )


STRUCTURE_CODES = frozenset({"VCM100", "VCM101", "VCM102", "VCM103", "VCM104"})
"""The findings that refuse an export: a wrong structure makes it show wrong data."""

_LISTED = 5


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
        raise ExportError(
            f"unknown export option {name!r}{did_you_mean(name, _OPTION_NAMES)}; "
            f"the options are: {', '.join(_OPTION_NAMES)}"
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
