"""The architecture's import boundaries hold: data flows one way, file -> io -> model -> ...

The rules are read from the source (every ``import`` statement, also those inside functions),
so ``import vcm`` pulling in the whole library does not hide a model module importing yaml.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
STDLIB = set(sys.stdlib_module_names) | {"__future__"}


def _imports(module: Path) -> set[str]:
    """The absolute module names a source file imports (relative imports resolved)."""
    package = ".".join(module.relative_to(SRC).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                names.add(".".join([*base, node.module or ""]).rstrip("."))
            else:
                names.add(node.module or "")
    return names


def _sources(package: str) -> list[Path]:
    return sorted((SRC / package.replace(".", "/")).rglob("*.py"))


def _within(name: str, packages: set[str]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def _breaches(sources: list[Path], allowed: set[str]) -> dict[str, list[str]]:
    """Per source file, the imports outside the standard library and ``allowed``."""
    found = {}
    for source in sources:
        bad = {
            name
            for name in _imports(source)
            if name.split(".")[0] not in STDLIB and not _within(name, allowed)
        }
        if bad:
            found[str(source.relative_to(SRC))] = sorted(bad)
    return found


def test_the_model_imports_only_attrs_and_the_standard_library() -> None:
    """vcm.model imports nothing but attrs, the standard library and itself."""
    assert {} == _breaches(_sources("vcm.model"), {"attr", "attrs", "vcm.model"})


def test_checks_and_analysis_read_only_the_model() -> None:
    """Checks and analyses depend on the model, never on files, plugins or exporters."""
    sources = [SRC / "vcm/checks.py", SRC / "vcm/analysis.py"]
    sources += _sources("vcm._checks") + _sources("vcm._analysis")
    allowed = {"attr", "attrs", "vcm.model", "vcm.errors", "vcm.vocabulary", "vcm.checks"}
    allowed |= {"vcm.analysis"}
    allowed |= {"vcm._checks", "vcm._analysis", "vcm._words"}
    assert {} == _breaches(sources, allowed)


def test_vcm_never_imports_the_exporters() -> None:
    """Only entry points connect vcm to vcm_exporters."""
    found = {
        str(source.relative_to(SRC))
        for source in _sources("vcm")
        if any(_within(name, {"vcm_exporters"}) for name in _imports(source))
    }
    assert set() == found


def _modules_after(statement: str) -> set[str]:
    # A fresh interpreter: this one has long imported everything.
    code = f"{statement}; import json, sys; print(json.dumps(sorted(sys.modules)))"
    run = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return set(json.loads(run.stdout.splitlines()[-1]))


def test_import_vcm_loads_no_optional_dependency() -> None:
    """``import vcm`` needs only the core dependencies: no openpyxl, docx or hypothesis."""
    modules = _modules_after("import vcm")
    tops = {name.split(".")[0] for name in modules}
    assert set() == tops & {"openpyxl", "docx", "hypothesis", "vcm_exporters", "lxml"}
