"""What changed between two versions of a model: :func:`diff` and its :class:`Change` records.

A works council consents to changes in an appraisal scheme, and a consultant revisits the
matrix every year: both ask what changed since the last version. :func:`diff` answers with
a sequence of :class:`Change` records, each naming its element by name and place, the field
and the old and new value.

Elements are matched by what identifies them, never by position where something better
exists: by id where they have one; matrix rows by competence; a row's behaviours by value;
a competence's indicators by level; scale levels by number; texts in a list (a value's
behaviours, an indicator's behaviours) by their text; authorities by position within their
responsibility; observations by date, assessments by date and competence, development
actions by competence, and then by position among equals. An element whose id was renamed
has nothing to match, so it shows as removed plus added. A list whose matched elements
stand in another order gives one ``moved`` change per element that left its place.

People (assessments, development) are personal data: they are compared only with
``include_people=True``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import json
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Final

import attrs

from vcm.model import (
    Assessment,
    Authority,
    Behaviour,
    Competence,
    DevelopmentAction,
    Indicator,
    Language,
    Level,
    MonitoringRule,
    Observation,
    Organisation,
    Person,
    Purpose,
    Requirement,
    Responsibility,
    Result,
    Scale,
    TaskArea,
    Value,
)
from vcm.vocabulary import DiffWords, lookup, words

__all__ = ["Change", "ChangeKind", "describe", "diff", "to_json", "to_markdown", "to_text"]


class ChangeKind(enum.Enum):
    """What happened to an element or a field."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    MOVED = "moved"


#: A plain value as a change carries it: what the file format would write.
Plain = str | int | float | bool | None | list[Any]


@attrs.frozen(kw_only=True)
class Change:
    """One change between two models.

    ``element`` names the kind of element (``requirement``, ``monitoring_rule``, ...);
    ``trail`` the way to it from the organisation as pairs of element kind and name (the
    human place, see :meth:`place`); ``path`` the machine path in the model it lives in
    (the new one, the old one for a removed element); ``id`` its id where it has one;
    ``field`` the changed field for ``changed`` (``None`` otherwise); ``old`` and ``new``
    the values as the file format writes them (for ``moved``: the old and new position,
    counted from 0; for ``added`` and ``removed``: ``None``).
    """

    kind: ChangeKind
    element: str
    name: str
    trail: tuple[tuple[str, str], ...]
    path: str
    id: str | None = None
    field: str | None = None
    old: Plain = None
    new: Plain = None

    def place(self, language: Language | str = Language.EN) -> str:
        """Where the element is, in words: ``District North › Matrix › Listening``."""
        parts: list[str] = []
        for element, name in self.trail:
            section = _section(element, language)
            if element in _INLINE and section is not None:
                parts.append(f"{section} {name}")
                continue
            if section is not None:
                parts.append(section)
            parts.append(name)
        return " › ".join(parts)

    def to_dict(self) -> dict[str, Plain]:
        """The change as plain values (the JSON contract of ``vcm diff --format json``)."""
        return {
            "kind": self.kind.value,
            "element": self.element,
            "id": self.id,
            "name": self.name,
            "place": self.place(Language.EN),
            "path": self.path,
            "field": self.field,
            "old": self.old,
            "new": self.new,
        }


def diff(
    old: Organisation, new: Organisation, *, include_people: bool = False
) -> tuple[Change, ...]:
    """The changes that turn ``old`` into ``new``, in the order of the models.

    Empty exactly when the two models are equal (ignoring people without
    ``include_people``).

    >>> import attrs
    >>> from vcm import examples
    >>> from vcm.changes import diff
    >>> old = examples.load("library")
    >>> new = attrs.evolve(old, name="Riverside Public Library")
    >>> [(c.kind.value, c.field, c.old, c.new) for c in diff(old, new)]
    [('changed', 'name', 'Riverside Library', 'Riverside Public Library')]
    """
    walker = _Walker(old, new)
    walker.compare(old, new, element="organisation", trail=(), path="", skip=_skip(include_people))
    return tuple(walker.changes)


def _skip(include_people: bool) -> frozenset[str]:
    return frozenset() if include_people else frozenset({"people"})


# How the elements of each list are matched: (class of the owner, field) -> key of an item.
# Keys repeat where the method allows it (two readings on one day); equal keys are then
# matched in order, so the n-th of a key in the old list meets the n-th in the new.
_Key = Callable[[Any, int], Hashable]
_LISTS: Final[dict[tuple[type, str], tuple[str, _Key]]] = {
    (Organisation, "values"): ("value", lambda item, _: item.id),
    (Organisation, "competences"): ("competence", lambda item, _: item.id),
    (Organisation, "task_areas"): ("task_area", lambda item, _: item.id),
    (Organisation, "people"): ("person", lambda item, _: item.id),
    (Scale, "levels"): ("level", lambda item, _: item.level),
    (Competence, "indicators"): ("indicator", lambda item, _: item.level),
    (TaskArea, "results"): ("result", lambda item, _: item.id),
    (TaskArea, "responsibilities"): ("responsibility", lambda item, _: item.id),
    (TaskArea, "matrix"): ("requirement", lambda item, _: item.competence),
    (TaskArea, "monitoring"): ("monitoring_rule", lambda item, _: item.id),
    (Responsibility, "authorities"): ("authority", lambda _, position: position),
    (Requirement, "behaviours"): ("behaviour", lambda item, _: item.value),
    (MonitoringRule, "observations"): ("observation", lambda item, _: item.date),
    (Person, "assessments"): ("assessment", lambda item, _: (item.date, item.competence)),
    (Person, "development"): ("development_action", lambda item, _: item.competence),
}

# Lists of prose whose entries are elements of their own, matched by their text.
_TEXTS: Final[dict[tuple[type, str], str]] = {
    (Value, "behaviours"): "value_behaviour",
    (Value, "counter_behaviours"): "counter_behaviour",
    (Indicator, "behaviours"): "indicator_behaviour",
}

_PATH_FIELD: Final[dict[type, str]] = {Scale: "scale", Purpose: "purpose"}


class _Walker:
    def __init__(self, old: Organisation, new: Organisation) -> None:
        self.changes: list[Change] = []
        # Names of what rows refer to by id: the new model's first, the old one's for
        # what was removed.
        self._names: dict[str, dict[str, str]] = {"value": {}, "competence": {}}
        for org in (new, old):
            for value in org.values:
                self._names["value"].setdefault(value.id, value.name)
            for competence in org.competences:
                self._names["competence"].setdefault(competence.id, competence.name)

    def compare(
        self,
        old: Any,
        new: Any,
        *,
        element: str,
        trail: tuple[tuple[str, str], ...],
        path: str,
        skip: frozenset[str] = frozenset(),
    ) -> None:
        owner = type(new)
        name = trail[-1][1] if trail else self.name(element, new)
        for field in attrs.fields(owner):
            if field.name in skip:
                continue
            before, after = getattr(old, field.name), getattr(new, field.name)
            here = f"{path}.{field.name}" if path else field.name
            listed = _LISTS.get((owner, field.name))
            if listed is not None:
                self.compare_list(before, after, listed, trail=trail, path=here)
            elif (owner, field.name) in _TEXTS:
                self.compare_texts(
                    before, after, _TEXTS[(owner, field.name)], trail=trail, path=here
                )
            elif attrs.has(type(after)) and type(before) is type(after):
                sub = _PATH_FIELD.get(type(after), field.name)
                self.compare(before, after, element=sub, trail=trail, path=here)
            elif before != after:
                self.changes.append(
                    Change(
                        kind=ChangeKind.CHANGED,
                        element=element,
                        name=name,
                        trail=trail,
                        path=path,
                        id=_id(new),
                        field=field.name,
                        old=_plain(before),
                        new=_plain(after),
                    )
                )

    def compare_list(
        self,
        old: Sequence[Any],
        new: Sequence[Any],
        listed: tuple[str, _Key],
        *,
        trail: tuple[tuple[str, str], ...],
        path: str,
    ) -> None:
        element, key = listed
        old_keys, new_keys = _occurrences(old, key), _occurrences(new, key)
        old_at = {k: i for i, k in enumerate(old_keys)}
        new_at = {k: i for i, k in enumerate(new_keys)}
        for i, k in enumerate(old_keys):
            if k not in new_at:
                self.record(ChangeKind.REMOVED, element, old[i], trail, f"{path}[{i}]")
        kept = [k for k in new_keys if k in old_at]
        moved = _moved([old_at[k] for k in kept])
        for j, k in enumerate(new_keys):
            item = new[j]
            here = f"{path}[{j}]"
            if k not in old_at:
                self.record(ChangeKind.ADDED, element, item, trail, here)
                continue
            i = old_at[k]
            inner = (*trail, (element, self.name(element, item)))
            if i in moved:
                self.record(ChangeKind.MOVED, element, item, trail, here, old=i, new=j)
            self.compare(old[i], item, element=element, trail=inner, path=here)

    def compare_texts(
        self,
        old: Sequence[str],
        new: Sequence[str],
        element: str,
        *,
        trail: tuple[tuple[str, str], ...],
        path: str,
    ) -> None:
        def same(text: str, _: int) -> Hashable:
            return text

        old_keys, new_keys = _occurrences(old, same), _occurrences(new, same)
        old_at = {k: i for i, k in enumerate(old_keys)}
        new_at = set(new_keys)
        for i, k in enumerate(old_keys):
            if k not in new_at:
                self.record(ChangeKind.REMOVED, element, old[i], trail, f"{path}[{i}]")
        moved = _moved([old_at[k] for k in new_keys if k in old_at])
        for j, k in enumerate(new_keys):
            here = f"{path}[{j}]"
            if k not in old_at:
                self.record(ChangeKind.ADDED, element, new[j], trail, here)
            elif old_at[k] in moved:
                self.record(ChangeKind.MOVED, element, new[j], trail, here, old=old_at[k], new=j)

    def record(
        self,
        kind: ChangeKind,
        element: str,
        item: Any,
        trail: tuple[tuple[str, str], ...],
        path: str,
        *,
        old: Plain = None,
        new: Plain = None,
    ) -> None:
        name = self.name(element, item)
        self.changes.append(
            Change(
                kind=kind,
                element=element,
                name=name,
                trail=(*trail, (element, name)),
                path=path,
                id=_id(item),
                old=old,
                new=new,
            )
        )

    def name(self, element: str, item: Any) -> str:
        """What a person calls the element: its name, description or what it refers to."""
        if isinstance(item, str):  # an entry of a list of prose is its own name
            return item
        if isinstance(item, Organisation | Value | Competence | TaskArea | Result | Person | Level):
            return item.name
        if isinstance(item, Responsibility | Authority):
            return item.description
        if isinstance(item, MonitoringRule):
            return item.indicator
        if isinstance(item, Requirement | DevelopmentAction):
            return self._names["competence"].get(item.competence, item.competence)
        if isinstance(item, Behaviour):
            return self._names["value"].get(item.value, item.value)
        if isinstance(item, Assessment):
            competence = self._names["competence"].get(item.competence, item.competence)
            return f"{competence} ({item.date.isoformat()})"
        if isinstance(item, Observation):
            return item.date.isoformat()
        if isinstance(item, Indicator):
            return str(item.level)
        return element


def _id(item: Any) -> str | None:
    ident = getattr(item, "id", None)
    return ident if isinstance(ident, str) else None


def _occurrences(items: Sequence[Any], key: _Key) -> list[Hashable]:
    # The n-th item of a key is (key, n): equal keys are matched in their order.
    seen: dict[Hashable, int] = {}
    keys: list[Hashable] = []
    for position, item in enumerate(items):
        k = key(item, position)
        n = seen.get(k, 0)
        seen[k] = n + 1
        keys.append((k, n))
    return keys


def _moved(old_positions: Sequence[int]) -> frozenset[int]:
    """The old positions of the items that left their place: all but a longest ascending run.

    ``old_positions`` lists, in new order, where each kept item stood in the old list; the
    longest increasing subsequence stayed in order relative to each other, the rest moved.
    """
    if not old_positions:
        return frozenset()
    tails: list[int] = []  # tails[k]: index into old_positions ending a run of length k+1
    ends: list[int] = []  # ends[k] = old_positions[tails[k]], kept for bisect
    before: list[int] = [-1] * len(old_positions)
    for index, value in enumerate(old_positions):
        at = bisect.bisect_left(ends, value)
        if at > 0:
            before[index] = tails[at - 1]
        if at == len(tails):
            tails.append(index)
            ends.append(value)
        else:
            tails[at] = index
            ends[at] = value
    stayed: set[int] = set()
    index = tails[-1]
    while index >= 0:
        stayed.add(old_positions[index])
        index = before[index]
    return frozenset(set(old_positions) - stayed)


def _plain(value: Any) -> Plain:
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


# --- words: the diff group of the language table -----------------------------------------


def _words(language: Language | str) -> DiffWords:
    return words(language).diff


def _word(language: Language | str, key: str, fallback: str) -> str:
    try:
        return lookup(_words(language), key)
    except KeyError:
        return fallback


def _section(element: str, language: Language | str) -> str | None:
    found = getattr(_words(language), f"section_{element}", None)
    return found if isinstance(found, str) else None


# Sections shown with the name in one part: "Level 2", not "Level › 2".
_INLINE: Final = frozenset({"indicator"})


def _say(key: str, language: Language | str, **values: object) -> str:
    return lookup(_words(language), key).format(**values)


def _shown(change: Change, value: Plain, language: Language | str) -> str:
    """A value as a person reads it: words for enum values, dates in their language."""
    if value is None or value == []:
        return _say("empty", language)
    if isinstance(value, list):
        return ", ".join(_shown(change, item, language) for item in value)
    said = words(language)
    if isinstance(value, bool):
        return _say("yes" if value else "no", language)
    if isinstance(value, int | float):
        return said.number(value)
    if change.field in {"date", "due", "valid_until"}:
        try:
            return said.date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if change.field in {"kind", "frequency", "direction", "status", "language"}:
        return said.word(value)
    return value


def _positions(change: Change, language: Language | str) -> str:
    # Positions are counted from 0 in the record and from 1 for a person.
    old = change.old if isinstance(change.old, int) else 0
    new = change.new if isinstance(change.new, int) else 0
    return _say("position", language, old=old + 1, new=new + 1)


def _field(change: Change, language: Language | str) -> str:
    field = change.field or ""
    return _word(language, f"field_{field}", field)


def _element(change: Change, language: Language | str) -> str:
    return _word(language, f"element_{change.element}", change.element)


def _kind(kind: ChangeKind, language: Language | str) -> str:
    return _say(f"kind_{kind.value}", language)


def describe(change: Change, language: Language | str = Language.EN) -> str:
    """One line for a person: what happened, where, and from what to what."""
    what = _element(change, language)
    kind = _kind(change.kind, language)
    place = change.place(language)
    if change.kind is ChangeKind.CHANGED:
        field = _field(change, language)
        old, new = _shown(change, change.old, language), _shown(change, change.new, language)
        return f"{kind.capitalize()}: {place or what}: {field} {old} → {new}"
    if change.kind is ChangeKind.MOVED:
        return f"{kind.capitalize()}: {place} ({what}, {_positions(change, language)})"
    return f"{kind.capitalize()}: {place} ({what})"


def to_text(changes: Sequence[Change], language: Language | str = Language.EN) -> str:
    """The changes as lines for a terminal, in ``language``; a closing count."""
    if not changes:
        return _say("none", language)
    lines = [describe(change, language) for change in changes]
    count = (
        _say("one", language) if len(changes) == 1 else _say("count", language, count=len(changes))
    )
    return "\n".join([*lines, "", count])


def to_json(changes: Sequence[Change], *, indent: int | None = 2) -> str:
    """``{"changes": [...]}``, each change as :meth:`Change.to_dict` (a documented contract)."""
    return json.dumps(
        {"changes": [change.to_dict() for change in changes]}, ensure_ascii=False, indent=indent
    )


def to_markdown(
    changes: Sequence[Change],
    *,
    organisation: str,
    old_label: str,
    new_label: str,
    language: Language | str = Language.EN,
) -> str:
    """A document for a works council: a title, then a table of the changes per kind.

    ``organisation`` names whose model it is; ``old_label`` and ``new_label`` say which two
    versions were compared (a file name, a date).
    """
    lines = [
        f"# {_say('title', language, organisation=_escape(organisation))}",
        "",
        _say("compared", language, old=_escape(old_label), new=_escape(new_label)),
        "",
    ]
    if not changes:
        return "\n".join([*lines, _say("none", language).capitalize(), ""])
    for kind in ChangeKind:
        of_kind = [change for change in changes if change.kind is kind]
        if not of_kind:
            continue
        lines += [f"## {_kind(kind, language).capitalize()} ({len(of_kind)})", ""]
        header = [_say("what", language), _say("where", language)]
        if kind is ChangeKind.CHANGED:
            header += [_say("before", language), _say("after", language)]
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        for change in of_kind:
            what = _element(change, language)
            if kind is ChangeKind.CHANGED:
                what = _field(change, language)
            cells = [what, change.place(language)]
            if kind is ChangeKind.CHANGED:
                cells += [
                    _shown(change, change.old, language),
                    _shown(change, change.new, language),
                ]
            elif kind is ChangeKind.MOVED:
                cells[1] += f" ({_positions(change, language)})"
            lines.append("| " + " | ".join(_escape(cell) for cell in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def _escape(text: str) -> str:
    # A table cell is one line; a pipe would end it.
    return " ".join(text.split()).replace("|", "\\|")
