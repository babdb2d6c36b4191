"""Hypothesis strategies for valid and deliberately broken vcm models.

This module needs `hypothesis <https://hypothesis.works>`_, which vcm itself does not
depend on: install it with the ``test`` extra (``pip install "vcm[test]"``). Importing
:mod:`vcm` never imports this module.

The strategies return model objects only (never file trees), so they serve a test of any
layer: ``io`` round trips, exporters, checks, analysis or another tool's import.

>>> from datetime import date
>>> from hypothesis import given
>>> from vcm.checks import check
>>> from vcm.testing import broken_organisations, organisations
>>> @given(organisations(as_of=date(2026, 11, 29)))
... def test_clean(org):
...     assert not check(org, as_of=date(2026, 11, 29))
>>> @given(broken_organisations("VCM203"))
... def test_unwatched(org):
...     assert "VCM203" in {f.code for f in check(org, as_of=date(2026, 11, 29))}

- :func:`texts` and :func:`identifiers`: text and ids the model accepts and readers and
  writers get wrong (markup, formula prefixes, YAML look-alikes, emoji, Dutch diacritics).
- :func:`organisations`: valid organisations; with ``as_of``, ones on which nothing at all
  is found as of that date.
- :func:`broken_organisations`: organisations that break exactly one rule of the finding
  catalogue; :func:`codes` lists the codes and :func:`companions` what may come along.
"""

from __future__ import annotations

from vcm._testing._broken import DEFAULT_AS_OF, broken_organisations, codes, companions
from vcm._testing._text import identifiers, texts
from vcm._testing._valid import organisations

__all__ = [
    "DEFAULT_AS_OF",
    "broken_organisations",
    "codes",
    "companions",
    "identifiers",
    "organisations",
    "texts",
]
