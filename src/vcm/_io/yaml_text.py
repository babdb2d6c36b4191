"""YAML text <-> document tree: safe, bounded loading that knows lines; block-style dumping.

Loading composes the node tree first (libyaml when present), bounds alias expansion on it, and
only then constructs Python values, with plain YAML types only: mappings, lists, text, numbers,
booleans, null and dates. Lines of errors found later are looked up by walking a path through a
freshly composed node tree, so a file that loads pays nothing for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator
from typing import Any, Final, NoReturn

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from vcm._io.numbers import digits_problem
from vcm._io.structure import Path, render_path
from vcm._io.yaml_emit import SECTIONS, WIDTH, Declined, add_foreign_resolvers, emit
from vcm.errors import FileFormatError, LimitExceededError, VcmError

__all__ = [
    "ALIAS_CHARS",
    "ALIAS_NODES",
    "Locator",
    "alias_budget",
    "dumps",
    "dumps_through_pyyaml",
    "locator",
    "parse",
]

ALIAS_NODES: Final = 100_000
"""Nodes a document may reach through aliases beyond its own size (or up to doubling it)."""
ALIAS_CHARS: Final = 2**20
"""Characters of text aliases may add to a document by default, or as many as it has."""

_YAML: Final = "tag:yaml.org,2002:"
_MERGE: Final = _YAML + "merge"
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Refused(Exception):
    """An error found at a node while constructing; the caller adds its path and line."""

    def __init__(self, error: VcmError, node: Node) -> None:
        super().__init__(error)
        self.error = error
        self.node = node


_DECIMAL: Final = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT: Final = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_NULL: Final = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL: Final = {
    word: word[0] in "tT" for word in ("true", "True", "TRUE", "false", "False", "FALSE")
}
_YAML_11_BOOL: Final = re.compile(r"yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF")
# YAML 1.1's numbers (PyYAML's resolvers): what of them is not plain decimal is refused.
_YAML_11_INT: Final = re.compile(
    r"[-+]?(?:0b[0-1_]+|0[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)"
)
_YAML_11_FLOAT: Final = re.compile(
    r"[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*)"
)
_TIMESTAMP: Final = SafeConstructor.timestamp_regexp

_DECIMAL_ONLY: Final = (
    "YAML 1.1 and YAML 1.2 readers disagree on it: write the number in plain decimal digits "
    "(95, -2, 93.5), or put it in quotes to keep it as text"
)


def _kind(node: Node) -> str:
    if isinstance(node, SequenceNode):
        return "a list"
    return "a mapping" if isinstance(node, MappingNode) else "text"


def _shown(value: str) -> str:
    return repr(value) if len(value) <= 40 else repr(value[:37] + "...")


def _not_a_number(node: Node, value: str, what: str, *yaml_11: re.Pattern[str]) -> NoReturn:
    """Refuse ``value``: a YAML 1.1 form of a number (one of ``yaml_11``), or not ``what``."""
    if any(form.fullmatch(value) for form in yaml_11):
        problem = f"{_shown(value)} is a YAML 1.1 form of a number: {_DECIMAL_ONLY}"
    else:
        problem = f"{_shown(value)} is not {what}"
    raise _Refused(FileFormatError(problem), node)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """The safe loader: plain YAML on which YAML 1.1 and 1.2 readers agree, and nothing else.

    Every constructor checks the node it is given (a tag can be put on any node) and refuses
    what it cannot read with :class:`_Refused`, so that the error names its path and line.
    """

    def _scalar(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode):
            raise _Refused(FileFormatError(f"{what} cannot be {_kind(node)}"), node)
        value: str = node.value
        return value

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):
            error = FileFormatError(f"a mapping (the tag !!map) cannot be {_kind(node)}")
            raise _Refused(error, node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                error = FileFormatError(
                    "the merge key << is YAML 1.1 only and not read: write the keys out "
                    "(an alias, *name, may stand for a whole value)"
                )
                raise _Refused(error, key_node)
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, Hashable):
                error = FileFormatError("a key must be text, not a list or a mapping")
                raise _Refused(error, key_node)
            if key in mapping:
                raise _Refused(FileFormatError(f"the key {key!r} is given twice"), key_node)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_map(self, node: Node) -> Iterator[dict[Any, Any]]:
        data: dict[Any, Any] = {}
        yield data
        data.update(self.construct_mapping(node))

    def construct_yaml_seq(self, node: Node) -> Iterator[list[Any]]:
        if not isinstance(node, SequenceNode):
            raise _Refused(FileFormatError(f"a list (the tag !!seq) cannot be {_kind(node)}"), node)
        data: list[Any] = []
        yield data
        data.extend(self.construct_object(child) for child in node.value)

    def construct_yaml_str(self, node: Node) -> str:
        return self._scalar(node, "text (the tag !!str)")

    def construct_yaml_null(self, node: Node) -> None:
        value = self._scalar(node, "null (the tag !!null)")
        if value not in _NULL:
            raise _Refused(FileFormatError(f"{_shown(value)} is not null (the tag !!null)"), node)

    def construct_yaml_bool(self, node: Node) -> bool:
        value = self._scalar(node, "true or false (the tag !!bool)")
        if value in _BOOL:
            return _BOOL[value]
        if _YAML_11_BOOL.fullmatch(value):
            reason = (
                f"{value} means true or false to YAML 1.1 and the text {value!r} to YAML 1.2 "
                "and JSON: write true or false, or put it in quotes to keep it as text"
            )
        else:
            reason = f"{_shown(value)} is not true or false (the tag !!bool)"
        raise _Refused(FileFormatError(reason), node)

    def construct_yaml_int(self, node: Node) -> int:
        value = self._scalar(node, "a whole number (the tag !!int)")
        if not _DECIMAL.fullmatch(value):
            _not_a_number(node, value, "a whole number (the tag !!int)", _YAML_11_INT)
        problem = digits_problem(value)
        if problem is None:
            return int(value)
        raise _Refused(FileFormatError(problem), node)

    def construct_yaml_float(self, node: Node) -> float:
        value = self._scalar(node, "a number (the tag !!float)")
        if _FLOAT.fullmatch(value):
            # Python reads "inf" and "nan" without YAML's dot.
            return float(value.replace(".", "", 1) if value[-1] in "fFnN" else value)
        _not_a_number(node, value, "a number (the tag !!float)", _YAML_11_INT, _YAML_11_FLOAT)

    def construct_yaml_timestamp(self, node: Node) -> Any:
        value = self._scalar(node, "a date (the tag !!timestamp)")
        if _TIMESTAMP.match(value) is None:
            reason = f"{_shown(value)} is not a date written as YYYY-MM-DD (the tag !!timestamp)"
            raise _Refused(FileFormatError(reason), node)
        try:
            return SafeConstructor.construct_yaml_timestamp(self, node)  # type: ignore[arg-type]
        except ValueError:  # 2026-02-30
            reason = f"{_shown(value)} is not a date in the calendar"
            raise _Refused(FileFormatError(reason), node) from None

    def construct_undefined(self, node: Node) -> Any:
        error = FileFormatError(
            f"the tag {node.tag!r} is not allowed: a model file holds plain YAML only "
            "(mappings, lists, text, numbers, true/false, null and dates)"
        )
        raise _Refused(error, node)


# Plain YAML only: binary, set, omap, pairs, merge, value (and every Python or local tag)
# fall to undefined. No other constructor can be reached.
_Loader.yaml_constructors = {
    _YAML + "null": _Loader.construct_yaml_null,
    _YAML + "bool": _Loader.construct_yaml_bool,
    _YAML + "int": _Loader.construct_yaml_int,
    _YAML + "float": _Loader.construct_yaml_float,
    _YAML + "str": _Loader.construct_yaml_str,
    _YAML + "seq": _Loader.construct_yaml_seq,
    _YAML + "map": _Loader.construct_yaml_map,
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


def _bound_aliases(root: Node, max_chars: int) -> None:
    """Refuse a document whose aliases reach too many nodes ("billion laughs"), too much text
    (one long text aliased a thousand times) or itself.

    Sizes are counted once per distinct node, so even 10**100 expanded nodes take no time.
    """
    sizes: dict[int, tuple[int, int]] = {}  # nodes and characters of text, aliases expanded
    on_path: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    own_chars = 0
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            if isinstance(node, ScalarNode):
                sizes[key] = (1, len(node.value))
                own_chars += len(node.value)
            else:
                parts = [sizes[id(child)] for child in _children(node)]
                sizes[key] = (1 + sum(p[0] for p in parts), sum(p[1] for p in parts))
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise _Refused(LimitExceededError("an alias refers to itself"), node)
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node))
    distinct = len(sizes)
    nodes, chars = sizes[id(root)]
    if nodes - distinct > max(ALIAS_NODES, distinct):
        raise LimitExceededError(
            f"aliases expand this document to {nodes:,} nodes from {distinct:,}: "
            f"refused (at most {max(ALIAS_NODES, distinct):,} nodes may be reached through aliases)"
        )
    if chars - own_chars > max_chars:
        raise LimitExceededError(
            f"aliases expand the text of this document to {chars:,} characters from "
            f"{own_chars:,}: refused (at most {max_chars:,} characters may be added through "
            "aliases; pass max_alias_chars= to read more)"
        )


def alias_budget(text: str, max_alias_chars: int | None) -> int:
    """The characters aliases may add to ``text``: as many as it holds, at least a mebibyte."""
    return max(ALIAS_CHARS, len(text)) if max_alias_chars is None else max_alias_chars


def parse(text: str, *, max_alias_chars: int | None = None) -> Any:
    """The document tree of YAML ``text``; a located :class:`FileFormatError` if there is none.

    Aliases may add at most ``max_alias_chars`` characters of text (:func:`alias_budget`).
    """
    try:
        loader = _Loader(text)
    except UnicodeEncodeError as error:  # a lone surrogate, from text decoded leniently
        raise _unwritable(text, error.start) from None
    root: Node | None = None
    try:
        root = loader.get_single_node()
        if root is None:
            raise FileFormatError("the file is empty")
        # An alias is written "*name": a text without an asterisk has none, and the walk
        # that bounds them (a third of reading a large file) has nothing to find.
        if "*" in text:
            _bound_aliases(root, alias_budget(text, max_alias_chars))
        return loader.construct_document(root)
    except _Refused as refused:
        where = _path_to(root, refused.node) if root is not None else None
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


_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _compose(text: str) -> Node | None:
    """The node tree of ``text`` (a lone surrogate read as U+FFFD), or None if it has none."""
    try:
        loader = _Loader(text)
    except UnicodeEncodeError:
        loader = _Loader(_SURROGATE.sub("\ufffd", text))
    try:
        root: Node | None = loader.get_single_node()
        return root
    except Exception:  # only ever asked about a failing document: then there are no lines
        return None
    finally:
        loader.dispose()


def _unwritable(text: str, position: int) -> FileFormatError:
    """The error for a lone surrogate at ``position``, with the path of the node holding it."""
    reason = f"contains U+{ord(text[position]):04X}, which no model file or export can hold"
    line = text.count("\n", 0, position) + 1
    root = _compose(text)
    if root is None:
        return FileFormatError(reason, line=line)
    holder = root
    while True:  # down to the innermost node around the position
        inner = [
            child
            for child in _children(holder)
            if child.start_mark.index <= position < child.end_mark.index
        ]
        if not inner:
            break
        holder = inner[0]
    where = _path_to(root, holder)
    path = render_path(where) if where is not None else None
    if isinstance(holder, ScalarNode):
        line = holder.start_mark.line + 1
    return FileFormatError(reason, path=path, line=line)


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
                if key_node is target:  # a key: its own place, if it is text
                    return (*where, key_node.value) if isinstance(key_node, ScalarNode) else where
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
    root = _compose(text)
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
    """Block style with lists indented under their key, as docs/format.rst shows them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        # Equal dates or lists shared between objects are written out, never as &id001.
        return True


add_foreign_resolvers(_Dumper)


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
