"""docs/format.rst lists every key of the file, required or optional, as the schema does."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

FORMAT = Path(__file__).resolve().parent.parent / "docs" / "format.rst"
SCHEMA = json.loads(resources.files("vcm").joinpath("schema.json").read_text(encoding="utf-8"))
ROW = re.compile(r"^   \* - ``(\w+)``\n     - (.+)$", re.M)


def _tables() -> dict[str, list[tuple[str, str]]]:
    """The key tables of the page: per mapping, each key with its "required?" cell."""
    parts = re.split(r"^\.\. vcm-keys: (\w+)\n", FORMAT.read_text(encoding="utf-8"), flags=re.M)
    tables = {}
    for name, text in zip(parts[1::2], parts[2::2], strict=True):
        table = text.split("\n\n.. list-table::")[1].split("\n\n\n")[0].split("\n\n.. ")[0]
        tables[name] = ROW.findall(table)
    return tables


def _mapping(name: str) -> dict[str, Any]:
    if name == "document":
        return SCHEMA  # type: ignore[no-any-return]
    if name == "organisation":
        return SCHEMA["properties"]["organisation"]  # type: ignore[no-any-return]
    return SCHEMA["$defs"][name]  # type: ignore[no-any-return]


def test_every_mapping_of_the_file_has_a_table() -> None:
    """Each kind of mapping the schema knows is described on the page."""
    mappings = {name for name, schema in SCHEMA["$defs"].items() if "properties" in schema}
    assert mappings | {"document", "organisation"} == set(_tables())


def test_every_key_is_in_its_table_as_required_or_optional() -> None:
    """A table lists exactly the keys of its mapping, "required" exactly where they are, and
    the default of an optional key that has one. (A new key of the file belongs in
    docs/format.rst, in the table of its mapping.)"""
    for name, rows in _tables().items():
        schema = _mapping(name)
        properties = schema["properties"]
        assert list(properties) == [key for key, _ in rows], name
        required = {key for key, cell in rows if cell == "required"}
        assert set(schema.get("required", ())) == required, name
        for key, cell in rows:
            default = properties[key].get("default")
            if default is not None:
                assert f"``{json.dumps(default).strip(chr(34))}``" in cell, (name, key)
