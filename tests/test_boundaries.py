"""The architecture's import boundaries hold: the model knows nothing of files or plugins."""

from __future__ import annotations

import json
import subprocess
import sys

THIRD_PARTY_ALLOWED = {"attr", "attrs"}
NEVER_WITH_THE_MODEL = {"cattrs", "yaml", "vcm.io", "vcm._io", "vcm.plugins", "vcm_exporters"}


def _modules_after(statement: str) -> set[str]:
    # A fresh interpreter: this one has long imported everything.
    code = f"{statement}; import json, sys; print(json.dumps(sorted(sys.modules)))"
    run = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return set(json.loads(run.stdout.splitlines()[-1]))


def test_model_imports_only_attrs_and_the_standard_library() -> None:
    """Every module imported with vcm.model is vcm's own, attrs' or the standard library's."""
    # What the interpreter loads by itself (__main__, site hooks) is not the model's doing.
    new = _modules_after("import vcm.model") - _modules_after("pass")
    tops = {name.split(".")[0] for name in new}
    foreign = tops - set(sys.stdlib_module_names) - THIRD_PARTY_ALLOWED - {"vcm"}
    assert set() == foreign


def test_model_does_not_import_io_or_plugins() -> None:
    """Neither vcm.io nor vcm.plugins, cattrs, yaml or an exporter comes with the model."""
    modules = _modules_after("import vcm.model")
    imported = {
        name
        for name in NEVER_WITH_THE_MODEL
        if name in modules or any(module.startswith(name + ".") for module in modules)
    }
    assert set() == imported
