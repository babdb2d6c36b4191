"""The error types of vcm: every error raised for bad input is a :class:`VcmError`.

They live in the domain (the model raises them from its validators); the adapters
(io, plugins, exporters) add the file, the path and the line they know of.
"""

from __future__ import annotations

__all__ = ["InvalidModelError", "VcmError"]


class VcmError(Exception):
    """Base of every error vcm raises for bad input.

    ``reason`` says what is wrong; ``file``, ``path`` (``task_areas[0].matrix[2].level``)
    and ``line`` (1-based, where known) say where.
    """

    def __init__(
        self,
        reason: str,
        *,
        file: str | None = None,
        path: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.file = file
        self.path = path
        self.line = line

    place_words: tuple[str, str] = ("line", "at")
    """The words :attr:`location` says ``line`` and ``at`` with (``vcm.errors.in_language``)."""

    @property
    def location(self) -> str:
        """The place as a person reads it: ``model.yaml, line 12, at task_areas[0].id``."""
        line_word, at_word = self.place_words
        parts: list[str] = []
        if self.file:
            parts.append(self.file)
        if self.line is not None:
            parts.append(f"{line_word} {self.line}")
        where = ", ".join(parts)
        if self.path:
            where = f"{where}, {at_word} {self.path}" if where else f"{at_word} {self.path}"
        return where

    def __str__(self) -> str:
        where = self.location
        return f"{where}: {self.reason}" if where else self.reason

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.reason!r}, file={self.file!r}, "
            f"path={self.path!r}, line={self.line!r})"
        )

    def located(
        self, *, file: str | None = None, path: str | None = None, line: int | None = None
    ) -> VcmError:
        """Return a copy of this error with the location filled in where still unknown.

        A path given here is the outer path; the error's own path (relative to the object
        that raised it) is appended to it.
        """
        joined = self.path
        if path:
            if not self.path:
                joined = path
            elif self.path.startswith("["):
                joined = path + self.path
            else:
                joined = f"{path}.{self.path}"
        new = type(self).__new__(type(self))
        VcmError.__init__(
            new,
            self.reason,
            file=self.file or file,
            path=joined,
            line=self.line if self.line is not None else line,
        )
        new.__dict__.update({k: v for k, v in self.__dict__.items() if k not in _LOCATION})
        return new


_LOCATION = frozenset({"reason", "file", "path", "line"})


class InvalidModelError(VcmError, ValueError):
    """A model object was given a value that breaks a local invariant.

    Raised at construction by the attrs validators, with ``path`` naming the field.
    """


# Tracebacks, reprs and pickles name the public module users import them from.
VcmError.__module__ = InvalidModelError.__module__ = "vcm.errors"
