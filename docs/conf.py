"""Sphinx configuration: plain reStructuredText, autodoc for the API, doctest for examples."""

from vcm import __version__

project = "vcm"
author = "The vcm developers"
copyright = "2026, the vcm developers"
version = release = __version__

extensions = ["sphinx.ext.autodoc", "sphinx.ext.doctest"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
exclude_patterns = ["_build"]
html_theme = "alabaster"
html_static_path: list[str] = []
suppress_warnings = ["ref.python"]
