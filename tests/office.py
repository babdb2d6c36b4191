"""LibreOffice in the loop: tests that open vcm's files in a real office program.

They skip, with the reason, where ``soffice`` is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


def convert(source: Path, to: str, out: Path) -> Path:
    """``source`` converted by LibreOffice to ``to`` (``pdf``, ``xlsx``) in ``out``.

    Each call has a user profile of its own beside ``out``, so that conversions running at
    the same time do not wait for each other's profile lock.
    """
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{out.parent / (out.name + '-profile')}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out / f"{source.stem}.{to}"
