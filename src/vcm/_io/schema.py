"""The JSON Schema (draft 2020-12) of the model file, generated from the model classes.

The package ships the result as ``vcm/schema.json`` (``vcm schema`` prints it); a test
compares that file with :func:`generate`, so the two cannot drift apart. After a change to
the model, write it anew with ``python -m vcm._io.schema > src/vcm/schema.json``.

What the schema says is what the loader checks for a document's shape: the keys (unknown
ones refused, required ones present), the type of every value, the words of every closed
vocabulary, and the form of ids, texts, levels and dates. What it cannot say is left to
the loader and to ``vcm validate``: an observation holding a value *or* a status, an
assessment holding a level *or* ``observable: false``, and everything found across the
model (unique ids, references that resolve, ...). JSON Schema also cannot tell ``1.0``
from ``1``, which the loader refuses where a whole number belongs.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import types
from enum import Enum
from typing import Any, Final, Union, get_args, get_origin

import attrs

from vcm._io.converter import enum_words
from vcm._io.numbers import LARGEST_WHOLE
from vcm._io.structure import _DOCUMENT_KEYS, _HEADER_KEYS, FORMAT_VERSION
from vcm.model import (
    Competence,
    Level,
    Organisation,
    Requirement,
    Scale,
)
from vcm.model import _validators as v

__all__ = ["DRAFT", "generate", "text"]

DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"

Schema = dict[str, Any]

# Characters as the model's validators judge them (vcm.model._validators), as regex classes.
_CONTROL: Final = r"\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff"
_SPACE: Final = "".join(
    f"\\u{code:04x}" for code in range(0x10000) if chr(code).isspace()
)  # written out: \s differs between Python and the ECMAScript regexes of editors
_TEXT_PATTERN: Final = f"^(?![{_SPACE}]*$)[^{_CONTROL}]*$"
_ID_PATTERN: Final = f"^[^{_SPACE}{_CONTROL}]+$"

_COMMON: Final[dict[str, Schema]] = {
    "text": {
        "description": "Text: not blank, no control characters other than tab and newline.",
        "type": "string",
        "minLength": 1,
        "pattern": _TEXT_PATTERN,
    },
    "id": {
        "description": "An id: no whitespace or control characters; others refer to it by it.",
        "type": "string",
        "minLength": 1,
        "pattern": _ID_PATTERN,
    },
    "level": {
        "description": "A level on the organisation's scale: a whole number, 1 or more.",
        "type": "integer",
        "minimum": 1,
        "maximum": LARGEST_WHOLE,
    },
    "date": {
        "description": "A date, written YYYY-MM-DD.",
        "type": "string",
        "format": "date",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    },
}


def _ref(name: str) -> Schema:
    return {"$ref": f"#/$defs/{name}"}


def _or_null(schema: Schema) -> Schema:
    return {"anyOf": [schema, {"type": "null"}]}


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n")[0].replace("\n", " ")


class _Builder:
    """Walks the model classes once, collecting a ``$defs`` entry per class and vocabulary."""

    def __init__(self) -> None:
        self.defs: dict[str, Schema] = dict(_COMMON)

    def vocabulary(self, enum: type[Enum]) -> Schema:
        name = enum.__name__
        if name not in self.defs:
            self.defs[name] = {
                "description": _first_line(enum.__doc__),
                "enum": list(enum_words(enum)),
            }
        return _ref(name)

    def cls(self, cls: type[Any]) -> Schema:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # taken: a class holding itself must not recurse
            self.defs[name] = self.mapping(cls, attrs.fields(attrs.resolve_types(cls)))
        return _ref(name)

    def mapping(self, cls: type[Any], fields: Any) -> Schema:
        properties: Schema = {}
        required: list[str] = []
        for field in fields:
            properties[field.name] = self.field(cls, field)
            if field.default is attrs.NOTHING:
                required.append(field.name)
        schema: Schema = {"description": _first_line(cls.__doc__), "type": "object"}
        if required:
            schema["required"] = required
        schema["properties"] = properties
        schema["additionalProperties"] = False
        return schema

    def field(self, cls: type[Any], field: attrs.Attribute[Any]) -> Schema:
        if cls is Competence and field.name == "indicators":
            return {
                "description": "The observable behaviours per level: level -> list of behaviours.",
                "type": "object",
                "propertyNames": {"pattern": "^0*[1-9][0-9]*$", "maxLength": 19},
                "additionalProperties": _or_null(self.shape(tuple[str, ...], v.texts)),
            }
        if cls is Requirement and field.name == "behaviours":
            return {
                "description": "How the row's competence shows each value: value id -> text.",
                "type": "object",
                "propertyNames": _ref("id"),
                "additionalProperties": _ref("text"),
            }
        schema = self.shape(field.type, field.validator)
        if field.default is attrs.NOTHING:
            return schema
        # An optional key may also be null: the loader takes that as "left out".
        schema = _or_null(schema)
        default = field.default
        if isinstance(default, Enum):
            schema["default"] = default.value
        elif isinstance(default, bool):
            schema["default"] = default
        return schema

    def shape(self, kind: Any, validator: Any) -> Schema:
        origin = get_origin(kind)
        if origin is Union or isinstance(kind, types.UnionType):
            members = [member for member in get_args(kind) if member is not type(None)]
            if set(members) == {int, float}:
                # Every number beyond 2**53 is whole (a float has no fraction there): refused.
                return {"type": "number", "minimum": -LARGEST_WHOLE, "maximum": LARGEST_WHOLE}
            (kind,) = members
            origin = get_origin(kind)
        if origin is tuple:
            (item, _) = get_args(kind)
            if item is str:
                return {"type": "array", "items": self.shape(str, _item(validator))}
            return {"type": "array", "items": self.cls(item)}
        if kind is str:
            identifier = validator in (v.identifier, v.identifiers)
            return _ref("id") if identifier else _ref("text")
        if kind is bool:
            return {"type": "boolean"}
        if kind is int:
            return _ref("level")
        if kind is dt.date:
            return _ref("date")
        if kind is Scale:
            return {"type": "array", "items": self.cls(Level)}
        if isinstance(kind, type) and issubclass(kind, Enum):
            return self.vocabulary(kind)
        if attrs.has(kind):
            return self.cls(kind)
        raise TypeError(f"the schema has no shape for {kind!r}")  # pragma: no cover


def _item(validator: Any) -> Any:
    # A tuple of ids is checked by v.identifiers, a tuple of texts by v.texts.
    return v.identifier if validator is v.identifiers else v.text


def generate() -> Schema:
    """The JSON Schema of the model file (format version 1), as a dictionary."""
    builder = _Builder()
    fields = {field.name: field for field in attrs.fields(attrs.resolve_types(Organisation))}
    header = builder.mapping(Organisation, [fields[name] for name in _HEADER_KEYS])
    header["description"] = "Who the model is of, and the language people read it in."
    document = builder.mapping(
        Organisation, [fields[name] for name in _DOCUMENT_KEYS if name in fields]
    )
    properties: Schema = {
        "vcm": {
            "description": "The version of the file format.",
            "type": "integer",
            "const": FORMAT_VERSION,
        },
        "organisation": header,
        **document["properties"],
    }
    schema: Schema = {
        "$schema": DRAFT,
        "title": f"vcm model file (format version {FORMAT_VERSION})",
        "description": (
            "One organisation described by the values-competence matrix: purpose, values, "
            "scale, competences, task areas and people. Checked further by `vcm validate`."
        ),
        "type": "object",
        "required": ["vcm", "organisation", *document.get("required", [])],
        "properties": {key: properties[key] for key in _DOCUMENT_KEYS},
        "additionalProperties": False,
    }
    schema["$defs"] = dict(sorted(builder.defs.items()))
    return schema


def text() -> str:
    """The schema as the package ships it: indented JSON, one trailing newline."""
    return json.dumps(generate(), indent=2, ensure_ascii=True) + "\n"


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(text())
