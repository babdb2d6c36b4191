"""The blank starters ``vcm init --blank`` writes: one YAML file per language.

Each holds every section of the file format with short comments, and the schema line on
top for editors. It loads, and ``vcm validate`` on it lists what is still to fill in.
"""

from __future__ import annotations

from importlib import resources

from vcm.model import Language

__all__ = ["text"]


def text(language: Language | str = Language.EN) -> str:
    """The blank starter in ``language`` (its comments and placeholder texts)."""
    name = f"{Language(language).value}.yaml"
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
