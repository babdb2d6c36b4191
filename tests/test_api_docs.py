"""docs/api.rst tells the truth about what ``import vcm`` gives and what needs its module."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import vcm

API = (Path(__file__).resolve().parent.parent / "docs" / "api.rst").read_text(encoding="utf-8")
MODULES = ("vcm.io", "vcm.model", "vcm.errors", "vcm.checks", "vcm.analysis", "vcm.plugins")
MODULES += ("vcm.changes", "vcm.examples", "vcm.vocabulary", "vcm.testing")


def test_the_page_does_not_claim_everything_is_in_import_vcm() -> None:
    assert "Everything public is reachable from" not in API


def test_every_module_with_names_beyond_import_vcm_is_named() -> None:
    """A public name that ``import vcm`` lacks is in a module the page names for it."""
    head = API.split("have pages of their own")[0]
    named = set(re.findall(r":mod:`(vcm\.\w+)`", head)) | set(re.findall(r"``(vcm\.\w+)``", head))
    for module in MODULES:
        extra = [n for n in importlib.import_module(module).__all__ if n not in vcm.__all__]
        if extra:
            assert module in named, (module, extra)


def test_the_names_import_vcm_is_said_to_give_are_there() -> None:
    for name in ("load", "dump", "check", "gaps", "rows", "diff", "export", "to_rows"):
        assert name in vcm.__all__
