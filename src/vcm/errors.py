"""Every error vcm raises for bad input: one base, :class:`VcmError`, with the place named.

``file``, ``path`` (``task_areas[0].matrix[2].level``) and ``line`` say where; ``reason`` what.
"""

from __future__ import annotations

from vcm._words.errors import in_language
from vcm.model._errors import InvalidModelError, VcmError

__all__ = [
    "ExportError",
    "FileFormatError",
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
