"""Read and write models as YAML or JSON files (format.md), or as plain trees for embedding.

>>> org = load("model.yaml")                     # doctest: +SKIP
>>> dump(org, "model.json")                      # doctest: +SKIP

Every problem with the input is a :class:`vcm.VcmError` naming the file, the path in the
document (``task_areas[0].matrix[2].level``) and, where known, the line: a
:class:`~vcm.errors.FileFormatError` for what is not a model file (syntax, types, keys), an
:class:`~vcm.errors.InvalidModelError` for a value the model refuses, a
:class:`~vcm.errors.LimitExceededError` for input beyond a bound, and a FileFormatError
naming the file for a file that cannot be read (missing, a folder, no permission).
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any, Final

from vcm._atomic import write_atomically
from vcm._io import json_text, yaml_text
from vcm._io.structure import (
    FORMAT_VERSION,
    Misfit,
    render_path,
    structure_document,
    structure_fast,
)
from vcm._io.tree import plain_tree, yaml_tree
from vcm._io.yaml_text import Locator
from vcm._words.errors import document_language, in_language, text_language
from vcm.errors import (
    FileFormatError,
    InvalidModelError,
    LimitExceededError,
    UnknownFormatError,
    VcmError,
)
from vcm.model import Language, Organisation

__all__ = [
    "DEFAULT_ALIAS_CHARS",
    "DEFAULT_MAX_BYTES",
    "FORMAT_VERSION",
    "dump",
    "dumps",
    "from_dict",
    "load",
    "loads",
    "to_dict",
]

DEFAULT_MAX_BYTES: Final = 256 * 2**20
"""The largest document :func:`load` and :func:`loads` read: 256 MiB, checked before parsing.

The large benchmark model of quality.md (10,000 people with 50 assessments each) is about
100 MiB as indented JSON. Pass ``max_bytes=`` to read more, or to accept less from an
untrusted source.
"""

DEFAULT_ALIAS_CHARS: Final = yaml_text.ALIAS_CHARS
"""The characters of text YAML aliases may add to a small document: 1 MiB (1,048,576).

A larger document may add as many characters as it holds itself, so a model is at most about
twice its file. One long text aliased a thousand times is refused at once, before any of it is
built. Pass ``max_alias_chars=`` to :func:`load` or :func:`loads` to set the bound.
"""

FORMATS: Final = ("yaml", "json")
"""The formats read and written here; others come through importer and exporter plugins."""

_SUFFIXES: Final = {".yaml": "yaml", ".yml": "yaml", ".json": "json"}

Source = str | os.PathLike[str] | IO[bytes] | IO[str]


def load(
    source: Source,
    *,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_alias_chars: int | None = None,
) -> Organisation:
    """The organisation in a model file.

    ``source`` is a path or an open stream (binary or text). The format is ``format`` when
    given, else the suffix (``.yaml``, ``.yml``, ``.json``); a stream without a known suffix
    in its name is read as YAML. At most ``max_bytes`` bytes are read, and YAML aliases may
    add at most ``max_alias_chars`` characters of text (default: as many as the document
    holds, at least :data:`DEFAULT_ALIAS_CHARS`), so that a model is never much larger than
    its file.

    A path in any other format (``.xlsx``, say) is read by the importer plugin registered
    for it (:func:`vcm.plugins.read`).
    """
    file: str | None
    if isinstance(source, str | os.PathLike):
        file = os.fspath(source)
        if not _is_builtin(Path(file), format):
            return _import(Path(file), format)
        fmt = _format_of(Path(file), format)
        try:
            with open(file, "rb") as stream:
                data: bytes | str = stream.read(max_bytes + 1)
        except OSError as error:
            # As vcm.plugins.read says it: one VcmError naming the file, the cause kept.
            reason = f"cannot read the file: {error.strerror or error}"
            raise FileFormatError(reason, file=file) from error
    else:
        name = getattr(source, "name", None)
        file = name if isinstance(name, str) else None
        suffix = Path(file).suffix.lower() if file else ""
        if format is not None and format.lower() not in (*FORMATS, "yml"):
            return _import_stream(source, format, file)
        if format is None and suffix and suffix not in _SUFFIXES:
            return _import_stream(source, None, file)
        fmt = _checked_format(format) if format is not None else _SUFFIXES.get(suffix, "yaml")
        data = source.read(max_bytes + 1)
        if format is None and isinstance(data, bytes) and data.startswith(_ZIP_SIGNATURE):
            # A nameless upload that is a zip package: an Excel workbook.
            return _import_stream(io.BytesIO(data), "xlsx", file)
    return _load_builtin(data, fmt, file, max_bytes=max_bytes, max_alias_chars=max_alias_chars)


def loads(
    text: str | bytes,
    format: str = "yaml",
    *,
    file: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_alias_chars: int | None = None,
) -> Organisation:
    """The organisation in YAML or JSON ``text``; ``file`` names it in error messages.

    ``max_bytes`` and ``max_alias_chars`` bound the input as for :func:`load`.
    """
    return _load_builtin(
        text, _checked_format(format), file, max_bytes=max_bytes, max_alias_chars=max_alias_chars
    )


def dump(
    org: Organisation,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    indent: int | None = 2,
) -> None:
    """Write ``org`` to ``path`` as YAML or JSON (by ``format``, else by the suffix).

    ``indent`` is for JSON, as in :func:`dumps`. The file is replaced atomically: written next
    to the target and renamed over it, so a failure leaves an existing file as it was and no
    temporary file behind.
    """
    target = Path(path)
    text = dumps(org, _format_of(target, format), indent=indent)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:
        reason = f"a text holds {error.object[error.start]!r}, which UTF-8 cannot hold"
        raise InvalidModelError(reason) from None
    write_atomically(target, lambda stream: stream.write(data), producer="dump")


def dumps(org: Organisation, format: str = "yaml", *, indent: int | None = 2) -> str:
    """``org`` as YAML or JSON text: keys in the file format's order, defaults left out.

    JSON is indented by ``indent`` spaces per level; ``indent=None`` gives the compact form,
    one line without spaces (a third to 40 % smaller, for HTTP APIs and caches). YAML is always
    indented by two: another ``indent`` is a :class:`ValueError`.
    """
    if _checked_format(format) == "json":
        return json_text.dumps(plain_tree(org), indent=indent)
    if indent != 2:
        raise ValueError(f"indent={indent!r} is for JSON only: YAML is always indented by 2")
    return yaml_text.dumps(yaml_tree(org))


def to_dict(org: Organisation) -> dict[str, Any]:
    """The document tree of ``org`` (format.md) in JSON types: dates and levels as text."""
    return plain_tree(org)


def from_dict(data: Mapping[str, Any], *, file: str | None = None) -> Organisation:
    """The organisation a document tree describes, as :func:`to_dict` gives it.

    Dates may be :class:`datetime.date` or ISO text; ``file`` names the source in errors.
    """
    try:
        return structure_document(data)
    except Misfit as misfit:
        raise _said(_located(misfit, file, None), data) from None


# --- the built-in formats, for the plugin layer too ----------------------------------


def _load_builtin(
    data: bytes | str,
    format: str,
    file: str | None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_alias_chars: int | None = None,
) -> Organisation:
    """The organisation in ``data``, a YAML or JSON document (``format``) from ``file``.

    Every error comes out located: a :class:`VcmError` naming ``file``, the path and the line.
    """
    text, tree = "", None
    try:
        text = _text(data, max_bytes)
        if not text or text.isspace():  # no stripped copy of a large text
            raise FileFormatError("the file is empty")
        if format == "json":
            # The quick way first: json.loads as it is, the tree built on the fast path, and
            # a key given twice told by counting. Anything else takes the way that names it.
            quick = structure_fast(json_text.parse_unchecked(text))
            if quick is not None and json_text.no_key_twice(text, quick[1], quick[2]):
                return quick[0]
            tree = json_text.parse(text)
        else:
            tree = yaml_text.parse(text, max_alias_chars=max_alias_chars)
        try:
            return structure_document(tree)
        except Misfit as misfit:
            lines = _lines(text, format)
            raise _located(misfit, None, lines) from None
    except VcmError as error:
        raise _said(error.located(file=file), tree, text) from None


def _said(error: VcmError, document: object, text: str = "") -> VcmError:
    """``error`` in the document's language, where its ``organisation.language`` can be read.

    Before the document is read (a YAML or JSON error), its text is looked at instead.
    """
    language = document_language(document) if document is not None else text_language(text)
    return error if language is None or language is Language.EN else in_language(error, language)


def _text(data: bytes | str, max_bytes: int) -> str:
    if isinstance(data, str):
        # Characters are 1-4 bytes in UTF-8: count the bytes only where it can matter
        # (isascii is immediate; encoding 100 MiB just to count is not).
        if len(data) > max_bytes or (
            len(data) * 4 > max_bytes
            and not data.isascii()
            and len(data.encode("utf-8", "surrogatepass")) > max_bytes
        ):
            raise LimitExceededError(_too_large(max_bytes))
        return data.removeprefix("\ufeff")
    if len(data) > max_bytes:
        raise LimitExceededError(_too_large(max_bytes))
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        reason = (
            f"the file is not UTF-8 text: byte 0x{data[error.start]:02x} at offset "
            f"{error.start} cannot be read (save the file as UTF-8)"
        )
        raise FileFormatError(reason, line=line) from None


def _too_large(max_bytes: int) -> str:
    return (
        f"the document is larger than the limit of {max_bytes:,} bytes "
        "(pass max_bytes= to read larger files)"
    )


def _lines(text: str, format: str) -> Locator:
    if format == "json":
        return json_text.line_locator(text)
    return yaml_text.locator(text)


def _located(misfit: Misfit, file: str | None, lines: Locator | None) -> VcmError:
    """The problem to report: the first in the file (by line, where lines are known)."""
    candidates = []
    for order, (where, error) in enumerate(misfit.problems):
        line = lines(where) if lines is not None else None
        candidates.append(((line is None, line or 0, order), where, error, line))
    _, where, error, line = min(candidates, key=lambda candidate: candidate[0])
    return error.located(file=file, path=render_path(where), line=line)


# --- formats and files ---------------------------------------------------------------


def _checked_format(format: str) -> str:
    name = format.lower()
    if name == "yml":
        name = "yaml"
    if name not in FORMATS:
        raise UnknownFormatError(
            f"unknown format {format!r}: vcm.io reads and writes {' and '.join(FORMATS)}"
        )
    return name


def _is_builtin(path: Path, format: str | None) -> bool:
    if format is not None:
        return format.lower() in (*FORMATS, "yml")
    return path.suffix.lower() in _SUFFIXES


_ZIP_SIGNATURE: Final = b"PK\x03\x04"


def _import_stream(stream: IO[Any], format: str | None, file: str | None) -> Organisation:
    from vcm import plugins

    return plugins.read_stream(stream, format, file=file)


def _import(path: Path, format: str | None) -> Organisation:
    # Importers are plugins; imported here so that reading YAML never pays for discovery.
    from vcm import plugins

    try:
        return plugins.read(path, format)
    except UnknownFormatError as error:
        known = ", ".join(_SUFFIXES)
        raise UnknownFormatError(
            f"{error.reason}; vcm itself reads {known}", file=str(path)
        ) from None


def _format_of(path: Path, format: str | None) -> str:
    if format is not None:
        return _checked_format(format)
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(_SUFFIXES)
        raise UnknownFormatError(
            f"cannot tell the format from the suffix {path.suffix or '(none)'!r}: "
            f"vcm.io knows {known} (or pass format='yaml' or 'json')",
            file=str(path),
        )
    return fmt
