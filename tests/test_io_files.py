"""Files and streams: formats by suffix, streams of bytes or text, and atomic dumps."""

from __future__ import annotations

import io as stdio
import os
import stat
from pathlib import Path

import attrs
import pytest

from vcm import Behaviour, InvalidModelError, Organisation, Requirement, TaskArea, io
from vcm.errors import (
    ExportError,
    FileFormatError,
    LimitExceededError,
    UnknownFormatError,
    VcmError,
)

DATA = Path(__file__).parent / "data" / "io"


@pytest.fixture
def org() -> Organisation:
    """The hand-written sparse model."""
    return io.load(DATA / "sparse.yaml")


def test_load_from_str_path_and_pathlike(org: Organisation) -> None:
    """A path may be text or a PathLike."""
    assert (org, org) == (io.load(str(DATA / "sparse.yaml")), io.load(DATA / "sparse.yaml"))


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_load_from_binary_and_text_streams(org: Organisation, fmt: str) -> None:
    """A stream of bytes or of text is read in the format given."""
    text = io.dumps(org, fmt)
    binary = io.load(stdio.BytesIO(text.encode()), format=fmt)
    assert (org, org) == (binary, io.load(stdio.StringIO(text), format=fmt))


def test_a_stream_is_yaml_unless_said_otherwise(org: Organisation) -> None:
    """Without a format or a named suffix, a stream is read as YAML."""
    assert org == io.load(stdio.BytesIO(io.dumps(org).encode()))


def test_an_open_file_is_read_by_its_suffix(org: Organisation, tmp_path: Path) -> None:
    """An open file's name gives the format and names the file in errors."""
    path = tmp_path / "model.json"
    path.write_text(io.dumps(org, "json"), encoding="utf-8")
    with open(path, "rb") as stream:
        assert org == io.load(stream)
    path.write_text('{"vcm": 2}', encoding="utf-8")
    with open(path, "rb") as stream, pytest.raises(VcmError) as caught:
        io.load(stream)
    assert str(path) == caught.value.file


def test_errors_name_the_path(tmp_path: Path) -> None:
    """Errors from load name the file as given."""
    path = tmp_path / "model.yaml"
    path.write_text("vcm: 1\norganisation: {id: x}\npurpose: {vision: v, mission: m}\n")
    with pytest.raises(FileFormatError) as caught:
        io.load(path)
    assert (str(path), "organisation.name", 2) == (
        caught.value.file,
        caught.value.path,
        caught.value.line,
    )


def test_streams_are_read_only_up_to_the_limit() -> None:
    """A long stream is refused after max_bytes + 1 bytes, without reading it all."""
    stream = stdio.BytesIO(b"#" * 10_000)
    with pytest.raises(LimitExceededError):
        io.load(stream, max_bytes=100)
    assert 101 == stream.tell()


@pytest.mark.parametrize(
    ("suffix", "fmt"), [(".yaml", "yaml"), (".YML", "yaml"), (".json", "json")]
)
def test_dump_by_suffix(org: Organisation, tmp_path: Path, suffix: str, fmt: str) -> None:
    """The suffix picks the format."""
    path = tmp_path / f"model{suffix}"
    io.dump(org, path)
    assert io.dumps(org, fmt) == path.read_text(encoding="utf-8")


def test_dump_with_a_format(org: Organisation, tmp_path: Path) -> None:
    """format= overrides the suffix."""
    path = tmp_path / "model.txt"
    io.dump(org, path, format="json")
    assert org == io.load(path, format="json")


def test_dump_refuses_an_unknown_suffix(org: Organisation, tmp_path: Path) -> None:
    """An unknown suffix is refused before anything is written."""
    with pytest.raises(UnknownFormatError):
        io.dump(org, tmp_path / "model.xml")
    assert [] == list(tmp_path.iterdir())


def _unwritable(org: Organisation) -> Organisation:
    # The model allows two behaviours for one value in a row; the file format cannot hold them.
    twice = (Behaviour(value="v", text="a"), Behaviour(value="v", text="b"))
    area = TaskArea(
        id="t", name="T", matrix=(Requirement(competence="c", level=1, behaviours=twice),)
    )
    return attrs.evolve(org, task_areas=(area,))


def test_an_unwritable_model_is_refused_with_its_path(org: Organisation) -> None:
    """A model the format cannot hold is refused, naming where."""
    with pytest.raises(InvalidModelError) as caught:
        io.dumps(_unwritable(org))
    assert ("task_areas[0].matrix[0].behaviours", True) == (
        caught.value.path,
        "same value" in caught.value.reason,
    )


@pytest.mark.parametrize("failing", ["dumps", "fsync", "replace"])
def test_a_failed_dump_leaves_the_old_file(
    org: Organisation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """Whatever fails, the old file stays byte-identical and no temporary file is left."""
    path = tmp_path / "model.yaml"
    path.write_bytes(b"old content\n")
    target = org

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    if failing == "dumps":
        target = _unwritable(org)
    else:
        monkeypatch.setattr(os, failing, broken)
    # A failing disk is reported as vcm's ExportError naming the file; the cause is kept.
    with pytest.raises((ExportError, InvalidModelError)):
        io.dump(target, path)
    assert ([path.name], b"old content\n") == (os.listdir(tmp_path), path.read_bytes())


def test_a_dump_keeps_the_mode_of_the_file_it_replaces(org: Organisation, tmp_path: Path) -> None:
    """The replaced file's permissions are kept (a model holds personal data)."""
    path = tmp_path / "model.yaml"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o600)
    io.dump(org, path)
    assert (0o600, org) == (stat.S_IMODE(path.stat().st_mode), io.load(path))


def test_a_dump_through_a_link_replaces_the_file_it_points_to(
    org: Organisation, tmp_path: Path
) -> None:
    """A symbolic link stays a link; the file it points to gets the model."""
    real = tmp_path / "real.yaml"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    io.dump(org, link)
    assert (True, org) == (link.is_symlink(), io.load(real))


def test_a_file_that_cannot_be_read_is_a_vcm_error(tmp_path: Path) -> None:
    """A missing file or a folder is a FileFormatError naming it, as every other failure."""
    missing = tmp_path / "absent.yaml"
    with pytest.raises(FileFormatError) as caught:
        io.load(missing)
    assert f"{missing}: cannot read the file: No such file or directory" == str(caught.value)
    folder = tmp_path / "model.yaml"
    folder.mkdir()
    with pytest.raises(FileFormatError) as caught:
        io.load(folder)
    assert str(folder) == caught.value.file
