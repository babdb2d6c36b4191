"""Plugin discovery, lazy loading, isolation of broken plugins, and atomic export."""

from __future__ import annotations

import datetime as dt
import os
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from vcm import Organisation, Purpose
from vcm import plugins as p
from vcm.errors import (
    ExportError,
    FileFormatError,
    MissingDependencyError,
    PluginError,
    UnknownFormatError,
    VcmError,
)

ORG = Organisation(id="harbour", name="Harbour Home Care", purpose=Purpose(vision="V", mission="M"))

DEMO_EXPORTER = """
    class DemoExporter:
        name = "demo"
        suffixes = (".demo",)
        description = "A demonstration format: the organisation's name and options."

        def export(self, org, stream, options):
            stream.write(f"{org.name}|{options.language_for(org)}|{options.as_of}".encode())

    exporter = DemoExporter()
"""

FAILING_EXPORTER = """
    class FailingExporter:
        name = "failing"
        suffixes = (".fail",)
        description = "Writes half a file, then breaks."

        def export(self, org, stream, options):
            stream.write(b"half a file")
            raise RuntimeError("disk on fire")

    exporter = FailingExporter()
"""

DEMO_IMPORTER = """
    from vcm import Organisation, Purpose

    class DemoImporter:
        name = "demo"
        suffixes = (".demo",)
        description = "Reads the organisation's name from the first line."

        def read(self, stream):
            name = stream.read().decode().splitlines()[0]
            return Organisation(id="read", name=name, purpose=Purpose(vision="V", mission="M"))

    importer = DemoImporter()
"""


class Site:
    """A folder on sys.path where tests install plugin distributions without pip."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.modules: list[str] = []
        monkeypatch.syspath_prepend(str(root))

    def install(
        self,
        module: str,
        source: str,
        *,
        entry_points: str,
        requires: tuple[str, ...] = (),
        distribution: str | None = None,
    ) -> None:
        """Write ``module.py`` and a ``<dist>-1.0.dist-info`` that registers its entry points."""
        dist = distribution or f"{module}_dist"
        (self.root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = self.root / f"{dist}-1.0.dist-info"
        info.mkdir()
        metadata = [
            "Metadata-Version: 2.1",
            f"Name: {dist.replace('_', '-')}",
            "Version: 1.0",
            *(f"Requires-Dist: {line}" for line in requires),
        ]
        (info / "METADATA").write_text("\n".join(metadata) + "\n", encoding="utf-8")
        (info / "entry_points.txt").write_text(textwrap.dedent(entry_points), encoding="utf-8")
        self.modules.append(module)
        p.clear_cache()


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """A plugin site for this test; its modules and the plugin cache are forgotten afterwards."""
    folder = tmp_path / "site"
    folder.mkdir()
    installed = Site(folder, monkeypatch)
    yield installed
    for module in installed.modules:
        sys.modules.pop(module, None)
    p.clear_cache()


@pytest.fixture
def demo(site: Site) -> Site:
    """A site with the demo exporter and importer installed."""
    site.install(
        "demo_plugin", DEMO_EXPORTER, entry_points="[vcm.exporters]\ndemo = demo_plugin:exporter\n"
    )
    site.install(
        "demo_reader", DEMO_IMPORTER, entry_points="[vcm.importers]\ndemo = demo_reader:importer\n"
    )
    return site


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_a_third_party_exporter_is_listed_without_being_imported(demo: Site) -> None:
    """Listing names the demo plugin next to the built-ins and imports none of them."""
    names = p.exporters()

    assert {"demo", "xlsx", "docx"} <= set(names)
    assert list(names) == sorted(names)
    assert ("demo", "xlsx") == p.importers()
    assert "demo_plugin" not in sys.modules
    assert "demo_reader" not in sys.modules


def test_a_third_party_exporter_is_used_by_export_like_a_built_in(
    demo: Site, tmp_path: Path
) -> None:
    """export() picks the demo exporter by suffix and passes the validated options."""
    target = tmp_path / "out.demo"

    written = p.export(ORG, target, language="nl", as_of=dt.date(2026, 11, 29))

    assert target == written
    assert b"Harbour Home Care|nl|2026-11-29" == target.read_bytes()
    assert "demo_plugin" in sys.modules


def test_export_with_a_format_ignores_the_suffix(demo: Site, tmp_path: Path) -> None:
    """An explicit format wins over the suffix."""
    target = tmp_path / "out.txt"

    p.export(ORG, target, format="demo")

    assert target.read_bytes().startswith(b"Harbour Home Care|en|")


def test_the_suffix_is_matched_whatever_its_case(demo: Site, tmp_path: Path) -> None:
    """OUT.DEMO is a demo file too."""
    target = tmp_path / "OUT.DEMO"

    p.export(ORG, target)

    assert target.read_bytes().startswith(b"Harbour Home Care")


def test_formats_reports_state_suffixes_and_description(demo: Site) -> None:
    """formats() describes a ready plugin with its suffixes and description."""
    found = {(info.kind, info.name): info for info in p.formats()}

    expected = p.FormatInfo(
        name="demo",
        kind=p.PluginKind.EXPORTER,
        state=p.PluginState.READY,
        suffixes=(".demo",),
        description="A demonstration format: the organisation's name and options.",
    )
    assert expected == found[("exporter", "demo")]
    assert p.PluginState.READY == found[("importer", "demo")].state


def test_a_plugin_that_raises_on_import_is_reported_and_isolated(
    demo: Site, tmp_path: Path
) -> None:
    """A broken plugin shows up by name with its error; listing and other formats still work."""
    demo.install(
        "broken_plugin",
        'raise RuntimeError("the plugin is broken")\n',
        entry_points="[vcm.exporters]\nbroken = broken_plugin:exporter\n",
    )

    assert {"broken", "demo"} <= set(p.exporters())
    info = {i.name: i for i in p.formats() if i.kind == "exporter"}["broken"]
    assert p.PluginState.FAILED == info.state
    assert "the exporter 'broken' failed to load: RuntimeError: the plugin is broken" == info.detail
    with pytest.raises(PluginError) as raised:
        p.get_exporter("broken")
    assert "the exporter 'broken' failed to load: RuntimeError: the plugin is broken" == str(
        raised.value
    )
    assert isinstance(raised.value.__cause__, RuntimeError)
    p.export(ORG, tmp_path / "still.demo")
    assert (tmp_path / "still.demo").exists()


def test_asking_twice_for_a_broken_plugin_gives_the_same_error(demo: Site) -> None:
    """The failure is remembered, not retried and not stacked."""
    demo.install(
        "twice_broken",
        'raise RuntimeError("once")\n',
        entry_points="[vcm.exporters]\ntwice = twice_broken:exporter\n",
    )
    messages = []
    for _ in range(2):
        with pytest.raises(PluginError) as raised:
            p.get_exporter("twice")
        messages.append(str(raised.value))

    assert ["the exporter 'twice' failed to load: RuntimeError: once"] * 2 == messages


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("exporter = 42\n", "it has no name, suffixes, description, export"),
        (
            "class exporter:\n    name = 'odd'\n",
            "the entry point names a class; it must name an object",
        ),
        (
            "class E:\n    name = 'other'\n    suffixes = ('.odd',)\n    description = ''\n"
            "    def export(self, org, stream, options): pass\nexporter = E()\n",
            "its name is 'other', not 'odd' as its entry point says",
        ),
        (
            "class E:\n    name = 'odd'\n    suffixes = ['odd']\n    description = ''\n"
            "    def export(self, org, stream, options): pass\nexporter = E()\n",
            "suffixes must be a tuple like ('.xlsx',), not ['odd']",
        ),
    ],
)
def test_a_wrong_object_breaks_the_contract_by_name(site: Site, source: str, problem: str) -> None:
    """An entry point naming something that is not an exporter says what is wrong with it."""
    site.install("odd_plugin", source, entry_points="[vcm.exporters]\nodd = odd_plugin:exporter\n")

    with pytest.raises(PluginError) as raised:
        p.get_exporter("odd")

    expected = f"the exporter 'odd' (odd_plugin:exporter) breaks the plugin contract: {problem}"
    assert expected == str(raised.value)


def test_a_missing_plugin_module_is_a_failure_not_a_missing_dependency(site: Site) -> None:
    """An entry point to a module that is not there is the plugin's fault."""
    site.install(
        "ghost_dist", "", entry_points="[vcm.exporters]\nghost = no_such_module:exporter\n"
    )

    info = {i.name: i for i in p.formats()}["ghost"]

    assert p.PluginState.FAILED == info.state
    expected = (
        "the exporter 'ghost' failed to load: ModuleNotFoundError: No module named 'no_such_module'"
    )
    assert expected == info.detail


def test_unknown_format_lists_the_known_ones(demo: Site) -> None:
    """Asking for a format nobody registered names the ones that exist."""
    with pytest.raises(UnknownFormatError) as raised:
        p.get_exporter("pdf")

    assert f"no exporter called 'pdf'; the known formats are: {', '.join(p.exporters())}" == str(
        raised.value
    )


def test_unknown_suffix_lists_the_known_formats(demo: Site, tmp_path: Path) -> None:
    """A suffix that no exporter claims is an UnknownFormatError, and nothing is written."""
    with pytest.raises(UnknownFormatError) as raised:
        p.export(ORG, tmp_path / "out.pdf")

    assert str(raised.value).startswith("no exporter for '.pdf' files; the known formats are: ")
    assert "demo" in str(raised.value)
    assert [] == _files(tmp_path)[1:]  # only the site folder


def test_a_path_without_suffix_asks_for_the_format(demo: Site, tmp_path: Path) -> None:
    """Without suffix or format the export cannot guess."""
    with pytest.raises(UnknownFormatError) as raised:
        p.export(ORG, tmp_path / "matrix")

    assert "cannot tell the format of 'matrix' without a suffix; give the format" in str(
        raised.value
    )


MISSING_OPENPYXL = 'raise ModuleNotFoundError("openpyxl")\n'


def test_a_missing_dependency_names_the_extra_of_the_plugins_distribution(site: Site) -> None:
    """The install hint comes from the plugin's own metadata (Requires-Dist with an extra)."""
    site.install(
        "sheet_plugin",
        MISSING_OPENPYXL,
        entry_points="[vcm.exporters]\nsheet = sheet_plugin:exporter\n",
        requires=('openpyxl>=3.1; extra == "all"', 'openpyxl>=3.1; extra == "sheets"'),
        distribution="sheet_tools",
    )

    with pytest.raises(MissingDependencyError) as raised:
        p.get_exporter("sheet")

    expected = (
        "the exporter 'sheet' needs openpyxl, which is not installed; "
        'install it with: pip install "sheet-tools[sheets]"'
    )
    assert expected == str(raised.value)
    info = {i.name: i for i in p.formats()}["sheet"]
    assert (p.PluginState.MISSING_DEPENDENCY, expected) == (info.state, info.detail)


def test_a_missing_dependency_without_metadata_falls_back_to_vcms_extra(site: Site) -> None:
    """openpyxl missing and no extra declared: the advice is vcm's own xlsx extra."""
    site.install(
        "bare_plugin",
        MISSING_OPENPYXL,
        entry_points="[vcm.exporters]\nbare = bare_plugin:exporter\n",
    )

    with pytest.raises(MissingDependencyError) as raised:
        p.get_exporter("bare")

    assert str(raised.value).endswith('install it with: pip install "vcm[xlsx]"')
    assert isinstance(raised.value, ImportError)


def test_a_missing_dependency_of_the_suffixs_plugin_is_raised_by_export(
    site: Site, tmp_path: Path
) -> None:
    """Exporting to .bare when the bare plugin lacks openpyxl says so, not 'unknown format'."""
    site.install(
        "bare_plugin",
        MISSING_OPENPYXL,
        entry_points="[vcm.exporters]\nbare = bare_plugin:exporter\n",
    )

    with pytest.raises(MissingDependencyError, match=r'pip install "vcm\[xlsx\]"'):
        p.export(ORG, tmp_path / "out.bare")


@pytest.fixture
def failing(site: Site) -> Site:
    """A site with an exporter that writes half a file and then raises."""
    site.install(
        "failing_plugin",
        FAILING_EXPORTER,
        entry_points="[vcm.exporters]\nfailing = failing_plugin:exporter\n",
    )
    return site


def test_a_failing_export_leaves_the_old_file_and_no_debris(failing: Site, tmp_path: Path) -> None:
    """The existing target stays byte-identical; no temporary file remains; the cause is kept."""
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "matrix.fail"
    target.write_bytes(b"the consultant's previous export")

    with pytest.raises(ExportError) as raised:
        p.export(ORG, target)

    assert b"the consultant's previous export" == target.read_bytes()
    assert ["matrix.fail"] == _files(folder)
    assert f"{target}: the failing exporter failed: RuntimeError: disk on fire" == str(raised.value)
    assert isinstance(raised.value.__cause__, RuntimeError)


def test_a_failing_export_to_a_new_file_creates_nothing(failing: Site, tmp_path: Path) -> None:
    """No target and no temporary file after a failed first export."""
    folder = tmp_path / "out"
    folder.mkdir()

    with pytest.raises(ExportError):
        p.export(ORG, folder / "matrix.fail")

    assert [] == _files(folder)


def test_a_vcm_error_from_an_exporter_passes_through_with_the_file(
    site: Site, tmp_path: Path
) -> None:
    """An exporter's own VcmError is not rewrapped; it learns which file it was about."""
    site.install(
        "picky_plugin",
        """
        from vcm.errors import ExportError

        class Picky:
            name = "picky"
            suffixes = (".picky",)
            description = "Refuses everything."

            def export(self, org, stream, options):
                raise ExportError("text too long for a cell", path="values[0].name")

        exporter = Picky()
        """,
        entry_points="[vcm.exporters]\npicky = picky_plugin:exporter\n",
    )
    target = tmp_path / "x.picky"

    with pytest.raises(ExportError) as raised:
        p.export(ORG, target)

    assert f"{target}, at values[0].name: text too long for a cell" == str(raised.value)
    assert raised.value.__cause__ is None


def test_a_successful_export_replaces_the_file_and_keeps_its_mode(
    demo: Site, tmp_path: Path
) -> None:
    """The new content replaces the old; the file's permissions stay as the user set them."""
    target = tmp_path / "out.demo"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)

    p.export(ORG, target)

    assert target.read_bytes().startswith(b"Harbour Home Care")
    assert 0o640 == target.stat().st_mode & 0o777
    assert ["out.demo", "site"] == _files(tmp_path)


def test_export_writes_through_a_symbolic_link(demo: Site, tmp_path: Path) -> None:
    """A link to the target stays a link and the file it points to gets the new content."""
    real = tmp_path / "real.demo"
    real.write_bytes(b"old")
    link = tmp_path / "link.demo"
    link.symlink_to(real)

    p.export(ORG, link)

    assert link.is_symlink()
    assert real.read_bytes().startswith(b"Harbour Home Care")


def test_export_into_a_missing_folder_is_a_clear_error(demo: Site, tmp_path: Path) -> None:
    """The folder must exist; nothing is created on the way."""
    target = tmp_path / "nowhere" / "out.demo"

    with pytest.raises(ExportError) as raised:
        p.export(ORG, target)

    assert f"{target}: the folder {str(target.parent)!r} does not exist" == str(raised.value)


def test_export_onto_a_folder_is_a_clear_error(demo: Site, tmp_path: Path) -> None:
    """A folder named like the target is not overwritten."""
    target = tmp_path / "out.demo"
    target.mkdir()

    with pytest.raises(ExportError, match="this is a folder, not a file"):
        p.export(ORG, target)


def test_an_unknown_option_is_a_clear_error(demo: Site, tmp_path: Path) -> None:
    """A misspelt option is refused with the right spelling and the list of options."""
    with pytest.raises(ExportError) as raised:
        p.export(ORG, tmp_path / "out.demo", lang="nl")

    expected = (
        "unknown export option 'lang' (did you mean 'language'?); "
        "the options are: language, include_people, as_of, title, min_group_size"
    )
    assert expected == str(raised.value)
    assert ["site"] == _files(tmp_path)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"language": "fr"}, "export option language: must be one of en, nl, not 'fr'"),
        (
            {"include_people": "yes"},
            "export option include_people: must be true or false, not 'yes'",
        ),
        ({"as_of": "2026-11-29"}, "export option as_of: must be a date, not str"),
    ],
)
def test_a_bad_option_value_is_a_clear_error(
    demo: Site, tmp_path: Path, options: dict[str, object], message: str
) -> None:
    """Option values are validated by ExportOptions before anything is written."""
    with pytest.raises(ExportError) as raised:
        p.export(ORG, tmp_path / "out.demo", **options)

    assert message == str(raised.value)


def test_read_uses_the_importer_for_the_suffix(demo: Site, tmp_path: Path) -> None:
    """read() finds the importer by suffix and returns its organisation."""
    source = tmp_path / "in.demo"
    source.write_text("Read Home Care\n", encoding="utf-8")

    org = p.read(source)

    assert "Read Home Care" == org.name


def test_read_of_a_missing_file_is_a_vcm_error(demo: Site, tmp_path: Path) -> None:
    """A missing file is reported with its name, as a VcmError."""
    source = tmp_path / "absent.demo"

    with pytest.raises(FileFormatError) as raised:
        p.read(source)

    assert f"{source}: cannot read the file: No such file or directory" == str(raised.value)


def test_read_wraps_an_importers_bug(demo: Site, tmp_path: Path) -> None:
    """An importer crashing on odd input still gives one VcmError naming the file."""
    source = tmp_path / "empty.demo"
    source.write_bytes(b"")

    with pytest.raises(VcmError) as raised:
        p.read(source)

    assert f"{source}: the demo importer failed: IndexError: list index out of range" == str(
        raised.value
    )


def test_clear_cache_forgets_a_loaded_plugin(demo: Site) -> None:
    """After clear_cache the same name is loaded again from its entry point."""
    first = p.get_exporter("demo")
    p.clear_cache()
    sys.modules.pop("demo_plugin")

    second = p.get_exporter("demo")

    assert first is not second
    assert "demo" == second.name
