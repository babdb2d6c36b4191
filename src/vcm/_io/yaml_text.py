"""YAML text <-> document tree: safe, bounded loading that knows lines; block-style dumping.

Loading composes the node tree first (libyaml when present), bounds alias expansion on it, and
only then constructs Python values, with plain YAML types only: mappings, lists, text, numbers,
booleans, null and dates. Lines of errors found later are looked up by walking a path through a
freshly composed node tree, so a file that loads pays nothing for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from typing import Any, Final

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from vcm._io.structure import Path, render_path
from vcm._io.yaml_emit import SECTIONS, WIDTH, Declined, emit
from vcm.errors import FileFormatError, LimitExceededError, VcmError

__all__ = ["ALIAS_NODES", "Locator", "dumps", "dumps_through_pyyaml", "locator", "parse"]

ALIAS_NODES: Final = 100_000
"""Nodes a document may reach through aliases beyond its own size (or up to doubling it)."""

_YAML: Final = "tag:yaml.org,2002:"
_MERGE: Final = _YAML + "merge"
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Refused(Exception):
    """An error found at a node while constructing; the caller adds its path and line."""

    def __init__(self, error: VcmError, node: Node, key: object = None) -> None:
        super().__init__(error)
        self.error = error
        self.node = node
        self.key = key


class _Loader(_BaseLoader):  # type: ignore[misc]
    """The safe loader, refusing duplicate keys, custom tags and impossible scalars."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == _MERGE:
                continue
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, Hashable):
                error = FileFormatError("a key must be text, not a list or a mapping")
                raise _Refused(error, key_node)
            if key in seen:
                raise _Refused(FileFormatError(f"the key {key!r} is given twice"), key_node, key)
            seen.add(key)
        return SafeConstructor.construct_mapping(self, node, deep)

    def construct_undefined(self, node: Node) -> Any:
        error = FileFormatError(
            f"the tag {node.tag!r} is not allowed: a model file holds plain YAML only "
            "(mappings, lists, text, numbers, true/false, null and dates)"
        )
        raise _Refused(error, node)

    def construct_yaml_int(self, node: ScalarNode) -> int:
        try:
            return SafeConstructor.construct_yaml_int(self, node)
        except ValueError:  # more digits than Python converts
            reason = f"a number of {len(node.value):,} digits is too long to read"
            raise _Refused(FileFormatError(reason), node) from None

    def construct_yaml_timestamp(self, node: ScalarNode) -> Any:
        try:
            return SafeConstructor.construct_yaml_timestamp(self, node)
        except ValueError:  # 2026-02-30
            reason = f"{node.value!r} is not a date in the calendar"
            raise _Refused(FileFormatError(reason), node) from None


# Plain YAML only: binary, set, omap and pairs (and every Python tag) fall to undefined.
_Loader.yaml_constructors = {
    _YAML + "null": SafeConstructor.construct_yaml_null,
    _YAML + "bool": SafeConstructor.construct_yaml_bool,
    _YAML + "int": _Loader.construct_yaml_int,
    _YAML + "float": SafeConstructor.construct_yaml_float,
    _YAML + "str": SafeConstructor.construct_yaml_str,
    _YAML + "seq": SafeConstructor.construct_yaml_seq,
    _YAML + "map": SafeConstructor.construct_yaml_map,
    _YAML + "timestamp": _Loader.construct_yaml_timestamp,
    None: _Loader.construct_undefined,
}
_Loader.yaml_multi_constructors = {}


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, SequenceNode):
        return node.value  # type: ignore[no-any-return]
    return []


def _bound_aliases(root: Node) -> None:
    """Refuse a document whose aliases reach too many nodes ("billion laughs") or itself.

    Sizes are counted once per distinct node, so even 10**100 expanded nodes take no time.
    """
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise _Refused(LimitExceededError("an alias refers to itself"), node)
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node))
    distinct = len(sizes)
    through_aliases = sizes[id(root)] - distinct
    if through_aliases > max(ALIAS_NODES, distinct):
        raise LimitExceededError(
            f"aliases expand this document to {sizes[id(root)]:,} nodes from {distinct:,}: "
            f"refused (at most {max(ALIAS_NODES, distinct):,} nodes may be reached through aliases)"
        )


def parse(text: str) -> Any:
    """The document tree of YAML ``text``; a located :class:`FileFormatError` if there is none."""
    loader = _Loader(text)
    root: Node | None = None
    try:
        root = loader.get_single_node()
        if root is None:
            raise FileFormatError("the file is empty")
        _bound_aliases(root)
        return loader.construct_document(root)
    except _Refused as refused:
        where = _path_to(root, refused.node) if root is not None else None
        if where is not None and refused.key is not None:
            where = (*where, str(refused.key))
        path = render_path(where) if where is not None else None
        raise refused.error.located(path=path, line=refused.node.start_mark.line + 1) from None
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        character = error.character
        shown = chr(character) if isinstance(character, int) else character
        reason = f"not valid YAML: the character {shown!r} is not allowed in a YAML file"
        raise FileFormatError(reason, line=line) from None
    except yaml.YAMLError as error:
        raise FileFormatError(f"not valid YAML: {error}") from None
    except RecursionError:
        raise LimitExceededError("the document is nested too deeply") from None
    finally:
        loader.dispose()


def _syntax_error(error: yaml.MarkedYAMLError) -> FileFormatError:
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "cannot be read"
    if "exceeded maximum nesting depth" in problem:
        line = None if mark is None else mark.line + 1
        return LimitExceededError("the document is nested too deeply", line=line)
    reason = f"not valid YAML: {problem}"
    if mark is not None:
        reason += f" (column {mark.column + 1})"
    if error.context and error.context_mark is not None and error.context_mark is not mark:
        reason += f", {error.context} that starts on line {error.context_mark.line + 1}"
    return FileFormatError(reason, line=None if mark is None else mark.line + 1)


def _path_to(root: Node, target: Node) -> Path | None:
    """The path from ``root`` to ``target`` (the first found), walking keys and indexes."""
    stack: list[tuple[Node, Path]] = [(root, ())]
    seen: set[int] = set()
    while stack:
        node, where = stack.pop()
        if node is target:
            return where
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            for key_node, value_node in reversed(node.value):
                if key_node is target:
                    return where
                step = key_node.value if isinstance(key_node, ScalarNode) else "?"
                stack.append((value_node, (*where, step)))
        elif isinstance(node, SequenceNode):
            stack.extend((item, (*where, i)) for i, item in reversed(list(enumerate(node.value))))
    return None


Locator = Callable[[Path], int | None]
"""Gives the line of a path in a document (or of the nearest node above it), if known."""


def locator(text: str, *, last: bool = False) -> Locator:
    """A :data:`Locator` for ``text``, composed once; JSON is asked too, being YAML as well.

    With ``last``, a key given twice is found at its second place.
    """
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except Exception:  # only ever asked about a failing document: then there are no lines
        root = None
    finally:
        loader.dispose()
    return lambda where: None if root is None else _line_in(root, where, last)


def _line_in(node: Node, where: Path, last: bool) -> int:
    line: int = node.start_mark.line + 1
    for step in where:
        if isinstance(node, MappingNode):
            pairs = reversed(node.value) if last else node.value
            for key_node, value_node in pairs:
                if isinstance(key_node, ScalarNode) and key_node.value == str(step):
                    line, node = key_node.start_mark.line + 1, value_node
                    break
            else:
                break
        elif isinstance(node, SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            break
    return line


# --- dumping -------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style with lists indented under their key, as format.md writes them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        # Equal dates or lists shared between objects are written out, never as &id001.
        return True


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    # Text with line breaks reads best as a literal block; the emitter quotes any text it
    # would otherwise misread ("yes", "1.0", "2026-01-01", "& x", ": y") by itself.
    style = "|" if "\n" in text else None
    return dumper.represent_scalar(_YAML + "str", str(text), style=style)


_Dumper.add_representer(str, _represent_text)
_Dumper.add_multi_representer(str, _represent_text)

# A blank line before each section, except after a text that ends in a blank line: that
# text is written as a "|+" block, which would keep the added line as part of the text.
_SECTION: Final = re.compile(
    "(?<![\n\x85\u2028\u2029])\n(?=(?:" + "|".join(sorted(SECTIONS)) + "):)"
)


def dumps(tree: Any) -> str:
    """``tree`` as block-style YAML, keys in the given order, with a blank line per section.

    Written by :mod:`vcm._io.yaml_emit`, which gives exactly what :func:`dumps_through_pyyaml`
    gives, several times faster; what it declines (a tree vcm never writes) goes through PyYAML.
    """
    try:
        return emit(tree)
    except Declined:
        return dumps_through_pyyaml(tree)


def dumps_through_pyyaml(tree: Any) -> str:
    """``tree`` written by PyYAML's emitter, as vcm wrote YAML before :mod:`vcm._io.yaml_emit`."""
    text: str = yaml.dump(
        tree,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=WIDTH,
    )
    return _SECTION.sub("\n\n", text)
