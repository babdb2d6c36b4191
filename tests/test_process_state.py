"""vcm changes no process-wide state: the garbage collector stays the application's."""

from __future__ import annotations

import gc
import threading
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from vcm import Organisation, VcmError, examples, io, plugins
from vcm._io import json_text

_TEXT = io.dumps(examples.load("library"), "json")


@pytest.fixture
def collector_state() -> Iterator[None]:
    """Whatever a test does to the collector, the next test finds it as it was."""
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def _load_in_a_thread(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> tuple[Callable[[], None], threading.Event, threading.Event, list[Any]]:
    """A thread that loads ``text`` and pauses halfway, once the text is parsed."""
    halfway, go_on = threading.Event(), threading.Event()
    seen: list[Any] = []
    parse = json_text.parse_unchecked

    def paused(text: str) -> Any:
        seen.append(gc.isenabled())
        tree = parse(text)
        halfway.set()
        go_on.wait(10)
        seen.append(gc.isenabled())
        return tree

    monkeypatch.setattr(json_text, "parse_unchecked", paused)

    def load() -> None:
        try:
            seen.append(io.loads(text, "json"))
        except VcmError as error:
            seen.append(error)

    return load, halfway, go_on, seen


@pytest.mark.usefixtures("collector_state")
@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("text", [_TEXT, _TEXT.replace('"vcm": 1', '"vcm": 1, "bad": 1')])
def test_a_load_in_another_thread_leaves_the_collector_alone(
    monkeypatch: pytest.MonkeyPatch, enabled: bool, text: str
) -> None:
    """While one thread loads (well or badly), the others see the collector as they set it."""
    gc.enable() if enabled else gc.disable()
    load, halfway, go_on, seen = _load_in_a_thread(monkeypatch, text)
    thread = threading.Thread(target=load)
    thread.start()
    try:
        assert halfway.wait(10)
        assert gc.isenabled() is enabled  # this thread, during the other's load
    finally:
        go_on.set()
        thread.join(10)
    assert seen[:2] == [enabled, enabled]  # the loading thread, during its own load
    assert isinstance(seen[2], Organisation | VcmError)
    assert gc.isenabled() is enabled  # and after it


@pytest.mark.usefixtures("collector_state")
@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_load_and_dump_leave_the_collector_as_they_found_it(enabled: bool, fmt: str) -> None:
    """An application that switched the collector off finds it off after vcm; on stays on."""
    gc.enable() if enabled else gc.disable()
    org = io.loads(_TEXT, "json")
    io.loads(io.dumps(org, fmt), fmt)
    with pytest.raises(VcmError):
        io.loads("{}", fmt)
    assert gc.isenabled() is enabled


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_exports_leave_the_warnings_filters_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fmt: str
) -> None:
    """No export silences a warning by changing the filters every thread shares."""
    pytest.importorskip({"xlsx": "openpyxl", "docx": "docx"}[fmt])
    changed: list[str] = []

    def spy(name: str) -> Callable[..., Any]:
        original = getattr(warnings, name)

        def record(*args: Any, **kwargs: Any) -> Any:
            changed.append(name)
            return original(*args, **kwargs)

        return record

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # and no warning either
        for name in ("catch_warnings", "filterwarnings", "simplefilter", "resetwarnings"):
            monkeypatch.setattr(warnings, name, spy(name))
        plugins.export(examples.load("library"), tmp_path / f"out.{fmt}", fmt, include_people=True)
    assert changed == []
