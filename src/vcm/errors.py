"""Every error vcm raises for bad input: one base, :class:`VcmError`, with the place named.

``file``, ``path`` (``task_areas[0].matrix[2].level``) and ``line`` say where; ``reason`` what.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vcm._words.errors import in_language
from vcm.model._errors import InvalidModelError, VcmError

if TYPE_CHECKING:
    from vcm.checks import Finding, Report

__all__ = [
    "ExportError",
    "FileFormatError",
    "InconsistentModelError",
    "InvalidModelError",
    "LimitExceededError",
    "MissingDependencyError",
    "NotFoundError",
    "PluginError",
    "UnknownFormatError",
    "UnsupportedVersionError",
    "VcmError",
    "in_language",
]


class FileFormatError(VcmError, ValueError):
    """A model file (YAML, JSON, workbook) cannot be read as a model: syntax, types, keys."""


class UnsupportedVersionError(FileFormatError):
    """The file says ``vcm: N`` for a version this vcm does not know (written by a newer vcm)."""


class LimitExceededError(FileFormatError):
    """The input is beyond a configured bound: size, alias expansion, rows, columns."""


class NotFoundError(VcmError, KeyError):
    """A caller named an id the model does not have (a task area, a result, a value).

    The message names the id, the nearest known one and the known ones.
    """


class UnknownFormatError(VcmError, LookupError):
    """No exporter or importer is registered for the asked format or suffix."""


class MissingDependencyError(VcmError, ImportError):
    """A plugin needs an optional dependency; the message names the extra to install."""


class PluginError(VcmError):
    """A plugin failed to load or broke its contract."""


class ExportError(VcmError):
    """An export could not be written; the target is left as it was."""


class InconsistentModelError(ExportError):
    """An export refused: the model's structure is wrong (findings VCM100 to VCM104).

    Duplicate ids, references to unknown ids, levels off the scale, a broken scale or
    readings that do not fit their rule make an export show wrong data, so nothing is
    written. ``report`` is the whole :func:`vcm.check` report of what would have been
    exported, ``findings`` the errors that refused it (the message lists the first ones
    with code, place and message). Pass ``allow_errors=True`` to export anyway.

    Errors of the method (VCM200 to VCM207) do not refuse an export, nor do warnings.
    :class:`~vcm.InvalidModelError` keeps its own meaning: a bad value at load or
    construction.
    """

    def __init__(
        self,
        reason: str,
        *,
        report: Report,
        findings: tuple[Finding, ...],
        file: str | None = None,
        path: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(reason, file=file, path=path, line=line)
        self.report = report
        self.findings = findings

    def __reduce__(self) -> tuple[object, ...]:
        # Pickles (multiprocessing) keep the report, as the constructor needs it by keyword.
        return (_inconsistent, (self.reason, self.report, self.findings), self.__dict__)


def _inconsistent(
    reason: str, report: Report, findings: tuple[Finding, ...]
) -> InconsistentModelError:
    return InconsistentModelError(reason, report=report, findings=findings)
