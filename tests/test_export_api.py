"""vcm.export as an application embeds it: refused models, streams, model files, formats."""

from __future__ import annotations

import datetime as dt
import io
import pickle
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from docx import Document
from openpyxl import load_workbook

import vcm
from vcm import examples
from vcm import plugins as p
from vcm.cli import main
from vcm.errors import ExportError, InconsistentModelError, UnknownFormatError, VcmError

AS_OF = dt.date(2026, 11, 29)


def org() -> vcm.Organisation:
    return examples.load()


def duplicate_person() -> vcm.Organisation:
    """Two people share an id (VCM100): the gap heat map would mix them up."""
    model = org()
    twin = attrs.evolve(model.people[1], id=model.people[0].id)
    return attrs.evolve(model, people=(*model.people, twin))


def dangling_reference() -> vcm.Organisation:
    """A matrix row names a competence the catalogue lacks (VCM101), no people involved."""
    model = org()
    area = model.task_areas[0]
    row = attrs.evolve(area.matrix[0], competence="no-such-competence")
    area = attrs.evolve(area, matrix=(row, *area.matrix[1:]))
    return attrs.evolve(model, task_areas=(area, *model.task_areas[1:]))


def method_errors_only() -> vcm.Organisation:
    """A draft: a task area without results yet (VCM200), structure sound."""
    model = org()
    extra = vcm.TaskArea(id="new-team", name="New team")
    return attrs.evolve(model, task_areas=(*model.task_areas, extra))


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


# --- refused models ---------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".json", ".yaml"])
def test_a_duplicate_id_refuses_the_export_and_writes_nothing(tmp_path: Path, suffix: str) -> None:
    """VCM100 refuses every export; the error lists code, place and message; no file."""
    target = tmp_path / f"out{suffix}"
    with pytest.raises(InconsistentModelError) as caught:
        vcm.export(duplicate_person(), target, include_people=True, as_of=AS_OF)
    error = caught.value
    assert isinstance(error, VcmError)
    assert ["VCM100"] == [finding.code for finding in error.findings]
    assert "VCM100 at people[9].id" in str(error)
    assert error.findings[0].message in str(error)
    assert "allow_errors=True" in str(error)
    assert error.findings[0] in error.report.errors
    assert not target.exists()
    assert [] == list(tmp_path.iterdir())


def test_a_refused_export_leaves_an_existing_file_and_a_stream_untouched(tmp_path: Path) -> None:
    """Nothing is written: not over an old file, not into a stream."""
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    stream = io.BytesIO()
    for where in (target, stream):
        with pytest.raises(InconsistentModelError):
            vcm.export(dangling_reference(), where, format="xlsx")
    assert b"old" == target.read_bytes()
    assert b"" == stream.getvalue()


def test_a_dangling_reference_refuses_an_export_without_people(tmp_path: Path) -> None:
    """VCM101 in a matrix refuses the export; the report carries every finding."""
    with pytest.raises(InconsistentModelError) as caught:
        vcm.export(dangling_reference(), tmp_path / "m.docx", as_of=AS_OF)
    assert {"VCM101"} == {finding.code for finding in caught.value.findings}
    assert caught.value.report == vcm.check(
        attrs.evolve(dangling_reference(), people=()), as_of=AS_OF
    )


def test_people_left_out_of_the_export_do_not_refuse_it() -> None:
    """Without include_people, a duplicate person is not in the export: nothing wrong shows."""
    stream = vcm.export(duplicate_person(), io.BytesIO(), format="xlsx", as_of=AS_OF)
    assert stream.getvalue()[:2] == b"PK"


def test_allow_errors_exports_anyway(tmp_path: Path) -> None:
    """allow_errors=True writes the export, and its first page says the model has errors."""
    target = vcm.export(
        duplicate_person(), tmp_path / "m.xlsx", include_people=True, allow_errors=True
    )
    assert "Dit model bevat nog fouten" in _first_sheet_text(target)
    assert "Concept: het model bevat 1 fout(en)" in _sheet_text(target, "Overzicht")


def test_the_error_survives_pickling() -> None:
    """Worker processes can pass the refusal back with its report."""
    with pytest.raises(InconsistentModelError) as caught:
        vcm.export(dangling_reference(), io.BytesIO(), format="json")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (str(caught.value), caught.value.report) == (str(copy), copy.report)


def test_method_errors_do_not_refuse_and_the_first_page_says_so(tmp_path: Path) -> None:
    """A matrix still being designed exports for discussion, marked as a draft up front."""
    model = method_errors_only()
    assert {"VCM200"} <= {finding.code for finding in vcm.check(model).errors}
    xlsx = vcm.export(model, tmp_path / "m.xlsx", language="en", as_of=AS_OF)
    assert "This model still has errors" in _first_sheet_text(xlsx)
    assert "Draft: the model has" in _sheet_text(xlsx, "Overview")
    docx = vcm.export(model, tmp_path / "r.docx", language="nl", as_of=AS_OF)
    first_page = _title_page(docx)
    assert any(text.startswith("Dit model bevat nog fouten") for text in first_page)


def test_a_model_without_errors_has_no_draft_line(tmp_path: Path) -> None:
    """Warnings never block and never mark the export as a draft."""
    model = org()
    assert vcm.check(model, as_of=AS_OF).warnings
    xlsx = vcm.export(model, tmp_path / "m.xlsx", language="en", as_of=AS_OF)
    assert "has errors" not in _first_sheet_text(xlsx)
    assert "Draft" not in _sheet_text(xlsx, "Overview")
    docx = vcm.export(model, tmp_path / "r.docx", language="en", as_of=AS_OF)
    assert not any("has errors" in text for text in _title_page(docx))


def _first_sheet_text(path: Path) -> str:
    return _sheet_text(path, None)


def _sheet_text(path: Path, name: str | None) -> str:
    book = load_workbook(path, read_only=True)
    sheet = book.worksheets[0] if name is None else book[name]
    return "\n".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell)


def _title_page(path: Path) -> list[str]:
    texts = []
    for paragraph in Document(str(path)).paragraphs:
        texts.append(paragraph.text)
        if 'w:br w:type="page"' in paragraph._p.xml:
            break
    return texts


def test_the_cli_exits_1_for_a_refused_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """vcm export: 1 for a refused model (as validate for errors), 0 with --allow-errors."""
    model = tmp_path / "model.yaml"
    vcm.dump(duplicate_person(), model)
    out = tmp_path / "m.xlsx"
    assert 1 == run("export", str(model), str(out), "--include-people")[0]
    err = capsys.readouterr().err
    assert "VCM100 at people[9].id" in err
    assert "--allow-errors" in err
    assert "Traceback" not in err
    assert not out.exists()
    assert 0 == run("export", str(model), str(out), "--include-people", "--allow-errors")[0]
    assert out.exists()


def test_the_cli_exits_2_for_bad_input(tmp_path: Path) -> None:
    """Bad input stays exit code 2."""
    model = tmp_path / "model.yaml"
    model.write_text("vcm: 1\norganisation: [", encoding="utf-8")
    assert 2 == run("export", str(model), str(tmp_path / "m.xlsx"))[0]


# --- streams and model files -----------------------------------------------------------


def test_export_to_a_bytes_stream_returns_it_open(tmp_path: Path) -> None:
    """A BytesIO gets the same bytes a file gets; it is returned and left open."""
    stream = io.BytesIO()
    assert stream is vcm.export(org(), stream, format="xlsx", as_of=AS_OF)
    assert not stream.closed
    path = vcm.export(org(), tmp_path / "m.xlsx", as_of=AS_OF)
    assert path == tmp_path / "m.xlsx"
    assert path.read_bytes() == stream.getvalue()


def test_export_to_an_open_file_uses_its_name_and_leaves_it_open(tmp_path: Path) -> None:
    """An open file's suffix picks the format; the caller closes it."""
    with open(tmp_path / "r.docx", "wb") as file:
        assert file is vcm.export(org(), file, as_of=AS_OF)
        assert not file.closed
        file.write(b"")  # still the caller's to use
    assert (tmp_path / "r.docx").read_bytes()[:2] == b"PK"


class _ResponseBody:
    """A web framework's response body: write-only, not seekable, no name."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> int:
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def test_export_to_a_write_only_stream(tmp_path: Path) -> None:
    """A stream that can neither seek nor tell still gets a whole workbook."""
    body = _ResponseBody()
    vcm.export(org(), body, format="xlsx", as_of=AS_OF)  # type: ignore[arg-type]
    target = tmp_path / "from-body.xlsx"
    target.write_bytes(b"".join(body.chunks))
    assert org().name in _first_sheet_text(target)


def test_a_nameless_stream_needs_the_format() -> None:
    """Without a name nothing tells the format: a VcmError saying to give it."""
    with pytest.raises(UnknownFormatError, match="give the format"):
        vcm.export(org(), io.BytesIO())


@pytest.mark.parametrize(
    ("target", "message"),
    [(io.StringIO(), "binary stream"), (42, "not to a int")],
)
def test_a_wrong_target_is_a_vcm_error(target: object, message: str) -> None:
    """A text stream or something else entirely is an ExportError, not a TypeError."""
    with pytest.raises(ExportError, match=message):
        vcm.export(org(), target, format="xlsx")  # type: ignore[arg-type]


@pytest.mark.parametrize("suffix", [".json", ".yaml", ".yml", ".JSON"])
def test_a_model_file_target_writes_the_model_without_people_by_default(
    tmp_path: Path, suffix: str
) -> None:
    """``.json``/``.yaml``/``.yml``: the model file; people only with include_people."""
    model = org()
    assert model.people
    target = vcm.export(model, tmp_path / f"m{suffix}")
    assert vcm.load(target, format=suffix[1:].lower()) == attrs.evolve(model, people=())
    vcm.export(model, target, include_people=True)
    assert vcm.load(target, format=suffix[1:].lower()) == model


def test_a_model_file_to_a_stream_by_format_name() -> None:
    """format='JSON' (any case) writes the model's JSON to a stream."""
    stream = vcm.export(org(), io.BytesIO(), format="JSON", include_people=True)
    assert stream.getvalue().decode("utf-8") == vcm.dumps(org(), "json")


def test_the_cli_exports_a_model_file(tmp_path: Path) -> None:
    """vcm export model.yaml out.json writes the JSON model file (no people by default)."""
    model = tmp_path / "model.yaml"
    vcm.dump(org(), model)
    assert 0 == run("export", str(model), str(tmp_path / "out.json"))[0]
    assert vcm.load(tmp_path / "out.json").people == ()


def test_format_names_are_case_blind(tmp_path: Path) -> None:
    """format='XLSX' is the xlsx exporter, as the suffix .XLSX is."""
    assert vcm.export(org(), tmp_path / "a.out", format="XLSX").read_bytes()[:2] == b"PK"
    assert p.get_exporter("Docx").name == "docx"


# --- an exporter that closes the stream ----------------------------------------------------

CLOSING = """
    class Closing:
        name = "closing"
        suffixes = (".closing",)
        description = "Closes the stream it is given, against the rules."

        def export(self, org, stream, options):
            with stream:
                stream.write(org.name.encode())

    exporter = Closing()
"""


@pytest.fixture
def closing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "closing_plugin.py").write_text(textwrap.dedent(CLOSING), encoding="utf-8")
    info = site / "closing_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: closing-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[vcm.exporters]\nclosing = closing_plugin:exporter\n")
    monkeypatch.syspath_prepend(str(site))
    p.clear_cache()
    yield
    sys.modules.pop("closing_plugin", None)
    p.clear_cache()


@pytest.mark.usefixtures("closing")
def test_an_exporter_that_closes_the_stream_is_told_the_rule(tmp_path: Path) -> None:
    """The caller's stream stays open; the error names the exporter and the rule."""
    stream = io.BytesIO()
    with pytest.raises(ExportError, match="the closing exporter closed the stream") as caught:
        vcm.export(org(), stream, format="closing")
    assert "never closes the stream" in str(caught.value)
    assert not stream.closed
    target = tmp_path / "m.closing"
    with pytest.raises(ExportError, match="never closes the stream"):
        vcm.export(org(), target)
    assert not target.exists()
