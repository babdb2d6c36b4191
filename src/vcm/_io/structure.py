"""Document tree -> model: the document's own rules, and errors as paths a person can follow.

The document (format.md) wraps the model: ``vcm: 1``, an ``organisation:`` header whose id,
name and language the model keeps on :class:`~vcm.model.Organisation` itself, and the body.
Whatever does not fit comes out as :class:`Misfit`: each error with the path where it
happened, so that the caller can add the file and, for YAML, the line.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from typing import Any, Final

from cattrs.errors import AttributeValidationNote, IterableValidationNote

from vcm._io.converter import (
    CONVERTER,
    Path,
    Segment,
    as_mapping,
    at,
    describe,
    refuse_unknown,
)
from vcm._io.fast import Seen, Unusual, build_organisation
from vcm.errors import FileFormatError, UnsupportedVersionError, VcmError
from vcm.model import Organisation

__all__ = [
    "FORMAT_VERSION",
    "Misfit",
    "Path",
    "Segment",
    "render_path",
    "structure_document",
]

FORMAT_VERSION: Final = 1
"""The version of format.md this vcm reads and writes (``vcm: 1``)."""

# The document's own keys; the header's keys are the Organisation's id, name and language.
_DOCUMENT_KEYS: Final = (
    "vcm",
    "organisation",
    "purpose",
    "values",
    "scale",
    "competences",
    "task_areas",
    "people",
)
_HEADER_KEYS: Final = ("id", "name", "language")
_DOCUMENT_SET: Final = frozenset(_DOCUMENT_KEYS)
_HEADER_SET: Final = frozenset(_HEADER_KEYS)
_ORGANISATION: Final = CONVERTER.get_structure_hook(Organisation)


class Misfit(Exception):
    """A document tree that does not fit the model.

    ``problems`` holds each error (without a location) with the path where it happened, in
    the order the tree was walked; the caller picks the one to report.
    """

    def __init__(self, problems: list[tuple[Path, VcmError]]) -> None:
        super().__init__(problems[0][1])
        self.problems = problems


# --- the document ---------------------------------------------------------------------


def _check_version(tree: Mapping[Any, Any]) -> None:
    if "vcm" not in tree:
        raise Misfit(
            [(("vcm",), FileFormatError("the key 'vcm: 1' is missing: is this a vcm model?"))]
        )
    version = tree["vcm"]
    if type(version) is int and version > FORMAT_VERSION:
        error: VcmError = UnsupportedVersionError(
            f"this file was written by a newer vcm (format version {version}); "
            f"this vcm reads version {FORMAT_VERSION}: upgrade vcm to read it"
        )
        raise Misfit([(("vcm",), error)])
    if type(version) is not int or version < 1:
        error = FileFormatError(
            f"must be the format version {FORMAT_VERSION}, not {describe(version)}"
        )
        raise Misfit([(("vcm",), error)])


def structure_document(document: Any) -> Organisation:
    """The organisation a document tree (format.md) describes; :class:`Misfit` if none."""
    if not isinstance(document, Mapping):
        reason = (
            f"the document must be a mapping (vcm: 1, organisation: ...), not {describe(document)}"
        )
        raise Misfit([((), FileFormatError(reason))])
    _check_version(document)
    try:
        if not frozenset(_DOCUMENT_KEYS).issuperset(document):
            refuse_unknown(document, _DOCUMENT_KEYS)
        if "organisation" not in document:
            raise at(FileFormatError("the required key 'organisation' is missing"), "organisation")
        try:
            header = as_mapping(document["organisation"])
            if not frozenset(_HEADER_KEYS).issuperset(header):
                refuse_unknown(header, _HEADER_KEYS)
        except Exception as error:
            raise at(error, "organisation") from None
    except Exception as error:
        raise Misfit(list(_problems(error, ()))) from None
    flat = dict(header)
    flat.update(
        (key, value) for key, value in document.items() if key not in ("vcm", "organisation")
    )
    try:
        return build_organisation(flat)
    except Unusual:  # anything unusual is the careful path's to judge and to name
        pass
    return structure_carefully(flat)


def structure_fast(document: Any) -> tuple[Organisation, int, int] | None:
    """The organisation of a plain, well-formed document tree, with the keys of every mapping
    in it and the colons of every text in it counted; None when anything is unusual (the
    caller then takes :func:`structure_document`, which names the problem)."""
    if type(document) is not dict or type(document.get("vcm")) is not int:
        return None
    header = document.get("organisation")
    if (
        document["vcm"] != FORMAT_VERSION
        or type(header) is not dict
        or not _DOCUMENT_SET.issuperset(document)
        or not _HEADER_SET.issuperset(header)
    ):
        return None
    flat = dict(header)
    flat.update(
        (key, value) for key, value in document.items() if key not in ("vcm", "organisation")
    )
    seen = Seen()
    try:
        org = build_organisation(flat, seen)
    except Unusual:
        return None
    # The flattened body was counted; the document and its header are what the file holds.
    keys = seen.keys - len(flat) + len(document) + len(header)
    return org, keys, seen.colons


def structure_carefully(flat: dict[Any, Any]) -> Organisation:
    """The organisation of a document's flattened body, on the careful path (cattrs hooks and
    the model's validators); :class:`Misfit` naming every problem, if there are any."""
    try:
        return _ORGANISATION(flat, Organisation)  # type: ignore[no-any-return]
    except Exception as error:
        problems = [(_in_file(where), problem) for where, problem in _problems(error, ())]
        raise Misfit(problems) from None


def _in_file(where: Path) -> Path:
    # The model keeps the header (id, name, language) on the Organisation itself.
    if where and where[0] in _HEADER_KEYS:
        return ("organisation", *where)
    return where


_MODEL_PATH: Final = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _parse_model_path(path: str | None) -> Path:
    if not path:
        return ()
    return tuple(int(index) if index else name for name, index in _MODEL_PATH.findall(path))


def _problems(error: BaseException, where: Path) -> Iterator[tuple[Path, VcmError]]:
    """Every leaf error under ``error`` with its path; anything not ours is re-raised."""
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            yield from _problems(inner, where + _noted(inner))
        return
    if isinstance(error, VcmError):
        bare = copy.copy(error)
        bare.path = None
        yield where + _parse_model_path(error.path), bare
    elif isinstance(error, KeyError) and error.args:
        # Raised by a generated hook looking up a required key; its note named the key.
        yield where, FileFormatError(f"the required key {error.args[0]!r} is missing")
    else:
        raise error


def _noted(error: BaseException) -> Path:
    steps: list[Segment] = []
    for note in getattr(error, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            steps.append(note.name)
        elif isinstance(note, IterableValidationNote):
            steps.append(note.index)
    return tuple(steps)


_PLAIN_KEY: Final = re.compile(r"[^\s.\[\]'\"]+")


def render_path(where: Path) -> str | None:
    """``task_areas[0].matrix[2].level`` for ``("task_areas", 0, "matrix", 2, "level")``."""
    text = ""
    for step in where:
        if isinstance(step, int):
            text += f"[{step}]"
        elif _PLAIN_KEY.fullmatch(step):
            text += f".{step}" if text else step
        else:
            text += f"[{step!r}]"
    return text or None
