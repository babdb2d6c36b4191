"""Atomic writing: a temporary file beside the target, renamed over it only on success.

Used by export, dump and init: a failure leaves an existing file byte-identical and no
debris in the folder.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from vcm.errors import ExportError, VcmError

__all__ = ["write_atomically"]

_ATTEMPTS = 16


def write_atomically(target: Path, write: Callable[[BinaryIO], object], *, producer: str) -> None:
    """Call ``write`` with a binary stream whose bytes replace ``target`` only if it returns.

    Every failure is raised as a :class:`vcm.VcmError` naming the target: a ``VcmError`` from
    ``write`` as it is, anything else as :class:`~vcm.ExportError` with the original as cause.
    """
    # Write through a symbolic link, so the link stays a link to the new content.
    real = target.resolve() if target.is_symlink() else target
    if real.is_dir():
        raise ExportError("this is a folder, not a file", file=str(target))
    folder = real.parent
    if not folder.is_dir():
        raise ExportError(f"the folder {str(folder)!r} does not exist", file=str(target))
    descriptor, temporary = _create_temporary(real, target)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        _keep_mode(real, temporary)
        os.replace(temporary, real)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, VcmError):
            error.file = error.file or str(target)
            raise
        if isinstance(error, OSError):
            raise ExportError(f"cannot write the file: {error}", file=str(target)) from error
        if isinstance(error, Exception):
            raise ExportError(
                f"{producer} failed: {type(error).__name__}: {error}", file=str(target)
            ) from error
        raise  # KeyboardInterrupt and friends: the temporary file is gone, let them through


def _create_temporary(real: Path, target: Path) -> tuple[int, Path]:
    # os.open with mode 0o666 lets the umask decide, as for any new file (mkstemp gives 0o600).
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_ATTEMPTS):
        temporary = real.with_name(f".{real.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
        except OSError as error:
            raise ExportError(
                f"cannot write in the folder {str(real.parent)!r}: {error.strerror}",
                file=str(target),
            ) from error
    raise ExportError("cannot find a free temporary name in the folder", file=str(target))


def _keep_mode(real: Path, temporary: Path) -> None:
    # Replacing a file keeps its permissions, as saving over it in an editor would.
    with contextlib.suppress(OSError):
        os.chmod(temporary, stat.S_IMODE(os.stat(real).st_mode))
