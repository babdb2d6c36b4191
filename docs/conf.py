"""Sphinx configuration: reStructuredText, autodoc for the API, doctest for the examples.

The build needs no network: intersphinx reads the inventories of Python, attrs, cattrs and
hypothesis from docs/_inventories (tools/make_inventories.py says where they come from).
Every cross-reference must resolve (nitpicky); docs/_ext/vcm_names.py lets the short public
names (``vcm.Organisation``) resolve and warns of a public name no page documents.
"""

import sys
from pathlib import Path

from vcm import __version__

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "vcm"
author = "The vcm developers"
copyright = "2026, the vcm developers"
version = release = __version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "vcm_names",
]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
exclude_patterns = ["_build", "_inventories"]
nitpicky = True
# Private names in signatures (type variables, classes of private modules) have no page.
nitpick_ignore_regex = [("py:class", r"vcm\..*\._[A-Za-z]\w*"), ("py:class", r"vcm\._\w+\..*")]
nitpick_ignore = [
    # A private detail of Finding's signature (what its text is written from), and the type
    # variable of read_words: neither is a public name a reader could look up.
    ("py:class", "Names"),
    ("py:class", "Text"),
    ("py:class", "vcm.vocabulary.E"),
]

_INVENTORIES = Path(__file__).parent / "_inventories"
intersphinx_mapping = {
    # Each inventory comes with the documentation of one version; links go to that version.
    "python": ("https://docs.python.org/3.11", str(_INVENTORIES / "python.inv")),
    "attrs": ("https://www.attrs.org/en/22.2.0", str(_INVENTORIES / "attrs.inv")),
    "cattrs": ("https://catt.rs/en/stable", str(_INVENTORIES / "cattrs.inv")),
    "hypothesis": (
        "https://hypothesis.readthedocs.io/en/hypothesis-python-6.67.1",
        str(_INVENTORIES / "hypothesis.inv"),
    ),
}

html_theme = "furo"
html_title = f"vcm {release}"
html_static_path: list[str] = []
