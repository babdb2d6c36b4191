"""The plugin API an application builds on: typing, registering in code, names, sniffing."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

import vcm
from test_plugins import MISSING_OPENPYXL, ORG, Site, site  # noqa: F401 (fixture)
from vcm import Organisation, Purpose
from vcm import plugins as p
from vcm.errors import PluginError, UnknownFormatError, VcmError

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _plugin_example() -> str:
    """The code block of docs/plugins.rst that starts with ``# csv_matrix.py``."""
    text = (DOCS / "plugins.rst").read_text(encoding="utf-8")
    block = re.search(r"\.\. code-block:: python\n\n(   # csv_matrix\.py\n(?:   .*\n|\n)+)", text)
    assert block is not None
    return textwrap.dedent(block.group(1))


def _mypy_strict(source: str, folder: Path) -> subprocess.CompletedProcess[str]:
    module = folder / "plugin_example.py"
    module.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(module)],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
    )


def test_the_documented_plugin_example_passes_mypy_strict(tmp_path: Path) -> None:
    """The example of docs/plugins.rst type-checks against vcm.plugins.Exporter."""
    example = _plugin_example()
    assert 'suffixes = (".csv", ".txt")' in example  # two suffixes: a tuple[str, str]
    assert "exporter: Exporter = CsvMatrix()" in example
    done = _mypy_strict(example, tmp_path)
    assert 0 == done.returncode, done.stdout + done.stderr
    # A wrong attribute type is caught: the check is not vacuous.
    broken = example.replace('suffixes = (".csv", ".txt")', "suffixes = 3")
    assert 0 != _mypy_strict(broken, tmp_path).returncode


# --- registering in code ---------------------------------------------------------------------


class Names:
    name = "names"
    suffixes = (".names", ".NAMES.txt")
    description = "The task areas' names."

    def export(self, org: Organisation, stream: BinaryIO, options: p.ExportOptions) -> None:
        stream.write(org.name.encode())


class Reader:
    name = "names"
    suffixes = (".names",)
    description = "The organisation's name."

    def read(self, stream: BinaryIO) -> Organisation:
        name = stream.read().decode()
        return Organisation(id="read", name=name, purpose=Purpose(vision="V", mission="M"))


@pytest.fixture
def registered() -> Iterator[None]:
    p.register_exporter("names", Names())
    p.register_importer("names", Reader())
    yield
    p.unregister_exporter("names")
    p.unregister_importer("names")


@pytest.mark.usefixtures("registered")
def test_a_plugin_registered_in_code_is_first_class(tmp_path: Path) -> None:
    """Listed, found by name in any case and by suffix, read back by load."""
    assert "names" in p.exporters()
    assert "names" in p.importers()
    assert {"names"} <= {info.name for info in p.formats() if info.state is p.PluginState.READY}
    target = vcm.export(ORG, tmp_path / "org.names")
    assert ORG.name.encode() == target.read_bytes()
    assert b"Harbour" in vcm.export(ORG, io.BytesIO(), format="Names").getvalue()
    assert ORG.name == p.read(target).name
    assert ORG.name == vcm.load(target).name
    assert ORG.name == p.read(target, format="NAMES").name


@pytest.mark.usefixtures("registered")
def test_clear_cache_keeps_what_was_registered_in_code() -> None:
    p.clear_cache()
    assert p.get_exporter("names").name == "names"


@pytest.mark.parametrize(
    ("plugin", "problem"),
    [
        (Names, "names a class"),
        (object(), "it has no name, suffixes, description, export"),
        (type("Other", (Names,), {"name": "other"})(), "its name is 'other', not 'names'"),
        (type("Listy", (Names,), {"suffixes": [".names"]})(), "suffixes must be a tuple"),
    ],
)
def test_registering_checks_the_contract(plugin: object, problem: str) -> None:
    """The same checks as for an entry point; nothing is registered on a breach."""
    with pytest.raises(PluginError, match=re.escape(problem)):
        p.register_exporter("names", plugin)  # type: ignore[arg-type]
    assert "names" not in p.exporters()


def test_unregistering_an_unknown_name_is_a_vcm_error() -> None:
    with pytest.raises(UnknownFormatError):
        p.unregister_exporter("never-registered")


# --- names and suffixes ------------------------------------------------------------------------


def test_format_names_are_case_blind_with_did_you_mean(tmp_path: Path) -> None:
    """XLSX is xlsx everywhere; a misspelt name gets the nearest one."""
    assert p.get_exporter("XLSX") is p.get_exporter("xlsx")
    with pytest.raises(UnknownFormatError, match=r"did you mean 'xlsx'\?"):
        p.get_exporter("xslx")
    with pytest.raises(UnknownFormatError, match=r"did you mean 'docx'\?"):
        vcm.export(ORG, tmp_path / "out.x", format="DOCS")


def test_the_unknown_suffix_error_names_plugins_that_failed_to_load(
    site: Site,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A plugin that cannot load may be the one meant: the error names it with its hint."""
    site.install(
        "sheet_plugin",
        MISSING_OPENPYXL,
        entry_points="[vcm.exporters]\nsheet = sheet_plugin:exporter\n",
    )
    with pytest.raises(UnknownFormatError) as caught:
        vcm.export(ORG, tmp_path / "out.ods")
    message = str(caught.value)
    assert "no exporter for '.ods' files" in message
    assert "could not be loaded: sheet (" in message
    assert 'pip install "vcm[xlsx]"' in message


# --- reading a stream without a name ---------------------------------------------------------


def test_a_nameless_json_stream_is_read_as_json() -> None:
    """The first non-space byte ``{`` says JSON (YAML would misread a large JSON document)."""
    text = b"  \n" + vcm.dumps(ORG, "json").encode()
    assert ORG == vcm.load(io.BytesIO(text))
    assert ORG == vcm.load(io.StringIO(vcm.dumps(ORG, "json")))
    assert ORG == vcm.load(io.BytesIO(vcm.dumps(ORG, "yaml").encode()))


@pytest.mark.usefixtures("registered")
def test_a_nameless_zip_goes_to_the_xlsx_importer() -> None:
    """A zip signature is a workbook: the xlsx importer reads it (or says it is missing)."""
    workbook = vcm.export(ORG, io.BytesIO(), format="xlsx").getvalue()
    if "xlsx" not in p.importers():
        with pytest.raises(UnknownFormatError, match="no importer called 'xlsx'"):
            vcm.load(io.BytesIO(workbook))
        return
    assert ORG.name == vcm.load(io.BytesIO(workbook)).name


def test_a_nameless_zip_is_read_by_whatever_xlsx_importer_is_registered() -> None:
    """The sniffed stream goes to the importer named xlsx, registered in code here."""

    class Sniffed(Reader):
        name = "xlsx"
        suffixes = (".xlsx",)

        def read(self, stream: BinaryIO) -> Organisation:
            assert stream.read(4) == b"PK\x03\x04"
            return ORG

    p.register_importer("xlsx", Sniffed())
    try:
        assert ORG is vcm.load(io.BytesIO(b"PK\x03\x04rest of a zip"))
    finally:
        p.unregister_importer("xlsx")


def test_errors_of_a_sniffed_import_are_vcm_errors() -> None:
    """An importer's crash on a nameless stream is a VcmError without a made-up file name."""

    class Crashing(Reader):
        name = "xlsx"
        suffixes = (".xlsx",)

        def read(self, stream: BinaryIO) -> Organisation:
            raise RuntimeError("bad zip")

    p.register_importer("xlsx", Crashing())
    try:
        with pytest.raises(VcmError, match="the xlsx importer failed: RuntimeError: bad zip") as e:
            vcm.load(io.BytesIO(b"PK\x03\x04"))
        assert e.value.file is None
    finally:
        p.unregister_importer("xlsx")


def test_the_cli_reads_json_on_standard_input() -> None:
    """``vcm validate -`` reads JSON as well as YAML from standard input."""
    done = subprocess.run(
        [sys.executable, "-m", "vcm.cli", "validate", "-"],
        input=vcm.dumps(ORG, "json"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert (0, "") == (done.returncode, done.stderr)
    assert "No findings" in done.stdout


def test_a_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    """vcm.load of a folder says so (the command line no longer checks it itself)."""
    with pytest.raises(VcmError, match="is a folder, not a model file"):
        vcm.load(tmp_path)
