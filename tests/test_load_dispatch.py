"""``vcm.load`` reads YAML and JSON itself and any other format through importer plugins."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import vcm
from vcm import plugins

IMPORTER = """
from vcm import Organisation, Purpose

class LinesImporter:
    name = "lines"
    suffixes = (".lines",)
    description = "The organisation's name on the first line."

    def read(self, stream):
        name = stream.read().decode().splitlines()[0]
        return Organisation(id="from-lines", name=name, purpose=Purpose(vision="V", mission="M"))

importer = LinesImporter()
"""


@pytest.fixture
def lines_importer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An importer for ``.lines`` files, registered through an entry point on sys.path."""
    site = tmp_path / "site"
    info = site / "lines_plugin-1.0.dist-info"
    info.mkdir(parents=True)
    (site / "lines_plugin.py").write_text(IMPORTER, encoding="utf-8")
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: lines-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[vcm.importers]\nlines = lines_plugin:importer\n")
    monkeypatch.syspath_prepend(str(site))
    plugins.clear_cache()
    yield
    sys.modules.pop("lines_plugin", None)
    plugins.clear_cache()


def test_load_uses_the_importer_for_the_suffix(lines_importer: None, tmp_path: Path) -> None:
    """A ``.lines`` file is read by the plugin registered for it."""
    path = tmp_path / "model.lines"
    path.write_text("Harbour Home Care\n", encoding="utf-8")
    assert "Harbour Home Care" == vcm.load(path).name


def test_load_with_an_importer_format_name(lines_importer: None, tmp_path: Path) -> None:
    """``format=`` names an importer whatever the suffix."""
    path = tmp_path / "model.txt"
    path.write_text("Named\n", encoding="utf-8")
    assert "Named" == vcm.load(path, format="lines").name


def test_an_unknown_suffix_names_what_can_be_read(tmp_path: Path) -> None:
    """Without an importer for the suffix the error lists vcm's own suffixes."""
    path = tmp_path / "model.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(vcm.UnknownFormatError) as raised:
        vcm.load(path)
    assert str(path) == raised.value.file
    assert "'.pdf'" in raised.value.reason
    assert ".yaml, .yml, .json" in raised.value.reason
