"""Write docs/_inventories/*.inv: the intersphinx inventories the docs link with, offline.

The docs build has no network, so the inventories of Python, attrs, hypothesis and cattrs are
kept in the repository. Run this script again (from the repository root, in the dev virtual
environment) to renew them:

- python, attrs, hypothesis: copied from Debian's documentation packages, which ship the
  projects' own objects.inv (``apt-get install python3.11-doc python-attr-doc
  python-hypothesis-doc``). docs/conf.py links them to the documentation of the same versions.
- cattrs: Debian's python-cattrs-doc (22.2) only knows the old ``cattr`` names, so this
  inventory is made by Sphinx itself: autodoc of the installed cattrs on pages named like the
  cattrs API pages (cattrs.html, cattrs.gen.html), so that the links land on catt.rs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path("docs/_inventories")
DEBIAN = {
    "python": "/usr/share/doc/python3.11/html/objects.inv",
    "attrs": "/usr/share/doc/python-attr-doc/html/objects.inv",
    "hypothesis": "/usr/share/doc/python-hypothesis-doc/html/objects.inv",
}
CATTRS_PAGES = {
    "cattrs": [
        "Converter",
        "BaseConverter",
        "structure",
        "unstructure",
        "ClassValidationError",
        "IterableValidationError",
        "ForbiddenExtraKeysError",
        "BaseValidationError",
    ],
    "cattrs.gen": ["make_dict_structure_fn", "make_dict_unstructure_fn", "override"],
}


def cattrs_inventory(target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp)
        (src / "conf.py").write_text(
            'project = "cattrs"\nextensions = ["sphinx.ext.autodoc"]\n', encoding="utf-8"
        )
        index = ["cattrs\n======\n\n.. toctree::\n"]
        for page, names in CATTRS_PAGES.items():
            index.append(f"   {page}\n")
            body = [f"{page}\n{'=' * len(page)}\n\n.. module:: {page}\n\n"]
            body += [
                f".. autoclass:: {page}.{name}\n   :no-members:\n\n"
                for name in names
                if name[0].isupper()
            ]
            body += [
                f".. autofunction:: {page}.{name}\n\n" for name in names if not name[0].isupper()
            ]
            (src / f"{page}.rst").write_text("".join(body), encoding="utf-8")
        (src / "index.rst").write_text("".join(index), encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(src), str(src / "_build")],
            check=True,
        )
        shutil.copyfile(src / "_build" / "objects.inv", target)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, path in DEBIAN.items():
        shutil.copyfile(path, OUT / f"{name}.inv")
    cattrs_inventory(OUT / "cattrs.inv")


if __name__ == "__main__":
    main()
