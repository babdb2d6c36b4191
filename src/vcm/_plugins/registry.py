"""One entry-point group as a registry: names listed without importing, plugins loaded once.

A plugin that fails to load is remembered with its reason, so asking again is cheap and
gives the same answer, and the other plugins of the group keep working.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Generic, TypeVar

from vcm.errors import MissingDependencyError, PluginError, UnknownFormatError, VcmError
from vcm.model._errors import did_you_mean

__all__ = ["Registry"]

P = TypeVar("P")

# Import name -> distribution name, where the two differ, for the install hint.
_DISTRIBUTION_OF_MODULE = {"docx": "python-docx", "yaml": "PyYAML"}
# The extras of vcm itself: the hint when a plugin's own metadata does not name one.
_VCM_EXTRA_OF_MODULE = {"openpyxl": "xlsx", "defusedxml": "xlsx", "docx": "docx"}
# Extras that bundle others; a specific one is the better advice.
_BUNDLES = frozenset({"all", "dev", "test", "tests", "docs"})

_REQUIREMENT = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_EXTRA_MARKER = re.compile(r"""extra\s*==\s*['"]([^'"]+)['"]""")
_NO_MODULE = re.compile(r"No module named '([^']+)'")
_DOTTED_NAME = re.compile(r"[A-Za-z_][\w.]*")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


class Registry(Generic[P]):
    """The plugins of one entry-point group (``vcm.exporters`` or ``vcm.importers``)."""

    def __init__(self, group: str, kind: str, method: str) -> None:
        self.group = group
        self.kind = kind
        self._method = method
        self._lock = threading.RLock()
        self._points: dict[str, metadata.EntryPoint] | None = None
        self._loaded: dict[str, P] = {}
        self._failed: dict[str, VcmError] = {}
        self._registered: dict[str, P] = {}

    def clear(self) -> None:
        """Forget what was discovered and loaded (what was registered in code stays)."""
        with self._lock:
            self._points = None
            self._loaded.clear()
            self._failed.clear()

    def register(self, name: str, plugin: object) -> None:
        """Register ``plugin`` as ``name`` in code; it takes the place of an entry point."""
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise PluginError(
                f"a {self.kind}'s name is a word of letters, digits, '-' and '_', not {name!r}"
            )
        problem = self._contract_problem(plugin, name)
        if problem:
            raise PluginError(f"the {self.kind} {name!r} breaks the plugin contract: {problem}")
        with self._lock:
            for known in [k for k in self._registered if k.casefold() == name.casefold()]:
                del self._registered[known]
            self._registered[name] = plugin  # type: ignore[assignment]

    def unregister(self, name: str) -> None:
        """Forget the plugin registered in code as ``name`` (entry points are not touched)."""
        with self._lock:
            known = self._canonical(name, self._registered)
            if known not in self._registered:
                raise UnknownFormatError(
                    f"no {self.kind} called {name!r} was registered in code"
                    f"{did_you_mean(name, self._registered)}"
                )
            del self._registered[known]

    def names(self) -> tuple[str, ...]:
        """The registered names, sorted, read from the entry points without importing."""
        with self._lock:
            registered = list(self._registered)
        folded = {name.casefold() for name in registered}
        points = [name for name in self._entry_points() if name.casefold() not in folded]
        return tuple(sorted([*registered, *points]))

    def get(self, name: str) -> P:
        """The plugin registered as ``name`` (in any case), loaded and checked on first use."""
        with self._lock:
            known = self._canonical(name, self._registered)
            if known in self._registered:
                return self._registered[known]
        points = self._entry_points()
        name = self._canonical(name, points)
        point = points.get(name)
        if point is None:
            raise UnknownFormatError(
                f"no {self.kind} called {name!r}{did_you_mean(name, self.names())}; {self.known()}"
            )
        with self._lock:
            if name in self._loaded:
                return self._loaded[name]
            if name not in self._failed:
                try:
                    self._loaded[name] = self._load(point)
                    return self._loaded[name]
                except VcmError as error:
                    self._failed[name] = error
            failure = self._failed[name]
        # A fresh error each time, so tracebacks do not pile up on one cached object.
        raise type(failure)(failure.reason) from failure.__cause__

    def for_path(self, path: Path) -> P:
        """The plugin for the path's suffix: first the one named like it, then any claiming it."""
        suffix = path.suffix.lower()
        if not suffix:
            raise UnknownFormatError(
                f"cannot tell the format of {path.name!r} without a suffix; "
                f"give the format, {self.known()}",
                file=str(path),
            )
        names = self.names()
        alike = self._canonical(suffix[1:], names)
        ordered = ([alike] if alike in names else []) + [n for n in names if n != alike]
        broken: list[str] = []
        for name in ordered:
            try:
                plugin = self.get(name)
            except VcmError as error:
                if name == alike:
                    raise  # the plugin meant for this suffix is broken: say why
                broken.append(f"{name} ({error.reason})")
                continue
            if suffix in (s.lower() for s in getattr(plugin, "suffixes", ())):
                return plugin
        # A plugin that could not load may be the one claiming the suffix: name it and its hint.
        failed = f"; these could not be loaded: {'; '.join(broken)}" if broken else ""
        raise UnknownFormatError(f"no {self.kind} for {suffix!r} files; {self.known()}{failed}")

    @staticmethod
    def _canonical(name: str, known: Iterable[str]) -> str:
        """``name`` as it is spelt among ``known`` (compared without case), else itself."""
        folded = name.casefold()
        return next((word for word in known if word.casefold() == folded), name)

    def known(self) -> str:
        names = self.names()
        if not names:
            return f"no {self.kind}s are installed"
        return f"the known formats are: {', '.join(names)}"

    def _entry_points(self) -> dict[str, metadata.EntryPoint]:
        with self._lock:
            if self._points is None:
                found: dict[str, metadata.EntryPoint] = {}
                for point in metadata.entry_points(group=self.group):
                    # The first on sys.path wins, as for imports.
                    found.setdefault(point.name, point)
                self._points = found
            return self._points

    def _load(self, point: metadata.EntryPoint) -> P:
        what = f"the {self.kind} {point.name!r}"
        try:
            plugin: Any = point.load()
        except ImportError as error:
            missing = _missing_module(error)
            if missing is None or _top(missing) == _top(point.module):
                raise PluginError(f"{what} failed to load: {_describe(error)}") from error
            raise MissingDependencyError(
                f"{what} needs {_top(missing)}, which is not installed; "
                f"install it with: {_install_hint(point, missing)}"
            ) from error
        except Exception as error:
            # Plugin code runs on import and may raise anything: report it, keep the others.
            raise PluginError(f"{what} failed to load: {_describe(error)}") from error
        problem = self._contract_problem(plugin, point.name)
        if problem:
            raise PluginError(f"{what} ({point.value}) breaks the plugin contract: {problem}")
        return plugin  # type: ignore[no-any-return]

    def _contract_problem(self, plugin: Any, name: str) -> str | None:
        if isinstance(plugin, type):
            return "the entry point names a class; it must name an object"
        missing = [
            attribute
            for attribute in ("name", "suffixes", "description", self._method)
            if not hasattr(plugin, attribute)
        ]
        if missing:
            return f"it has no {', '.join(missing)}"
        if not callable(getattr(plugin, self._method)):
            return f"its {self._method} is not callable"
        if plugin.name != name:
            return f"its name is {plugin.name!r}, not {name!r} as its entry point says"
        suffixes = plugin.suffixes
        if not isinstance(suffixes, tuple) or not all(
            isinstance(suffix, str) and suffix.startswith(".") for suffix in suffixes
        ):
            return f"suffixes must be a tuple like ('.xlsx',), not {suffixes!r}"
        if not isinstance(plugin.description, str):
            return "its description is not text"
        return None


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def _top(module: str) -> str:
    return module.split(".", 1)[0]


def _missing_module(error: ImportError) -> str | None:
    if error.name:
        return error.name
    text = str(error)
    match = _NO_MODULE.search(text)
    if match:
        return match.group(1)
    # ModuleNotFoundError("openpyxl"), as some code raises it, names just the module.
    if isinstance(error, ModuleNotFoundError) and _DOTTED_NAME.fullmatch(text):
        return text
    return None


def _normalised(distribution: str) -> str:
    return re.sub(r"[-_.]+", "-", distribution).lower()


def _install_hint(point: metadata.EntryPoint, missing: str) -> str:
    module = _top(missing)
    wanted = _normalised(_DISTRIBUTION_OF_MODULE.get(module, module))
    dist = point.dist
    if dist is not None:
        extras = _extras_requiring(dist, wanted)
        if extras:
            specific = [extra for extra in extras if extra not in _BUNDLES] or extras
            extra = point.name if point.name in specific else specific[0]
            return f'pip install "{dist.name}[{extra}]"'
    if module in _VCM_EXTRA_OF_MODULE:
        return f'pip install "vcm[{_VCM_EXTRA_OF_MODULE[module]}]"'
    return f'pip install "{_DISTRIBUTION_OF_MODULE.get(module, module)}"'


def _extras_requiring(dist: metadata.Distribution, wanted: str) -> list[str]:
    extras: list[str] = []
    for requirement in dist.requires or ():
        name = _REQUIREMENT.match(requirement)
        extra = _EXTRA_MARKER.search(requirement)
        if name and extra and _normalised(name.group(1)) == wanted:
            extras.append(extra.group(1))
    return sorted(dict.fromkeys(extras))
