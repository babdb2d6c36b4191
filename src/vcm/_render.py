"""Text for people in a terminal: findings, gaps, the guide card, the formats list.

English and Dutch. Machines get JSON or CSV from the CLI instead; this text may change.
"""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from vcm._words import lookup
from vcm.vocabulary import number, word, words

if TYPE_CHECKING:
    from vcm.checks import Report
    from vcm.model import Organisation


def label(key: str, language: str) -> str:
    """The word ``key`` of the command line in ``language`` (English when it is unknown)."""
    return lookup(words(language).cli, key)


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 140))


def report(report: Report, *, source: str, as_of: dt.date, language: str) -> str:
    """Findings grouped by severity: the code and the place in names, the message under it.

    Places and messages name names, which can be long; each finding is a short block::

        VCM203  Wijkteam Noord › Resultaten › Zorg op het afgesproken moment
                resultaat 'Zorg op het afgesproken moment' in taakgebied ...
    """
    column = words(language)
    lines = [f"{source} ({label('as_of', language)} {column.date(as_of)})", ""]
    findings = report.findings
    if not findings:
        lines.append(label("clean", language))
    width = _width()
    for severity in ("error", "warning", "info"):
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        lines.append(f"{label(severity, language)} ({len(group)})")
        for finding in group:
            head = f"  {finding.code}  "
            indent = " " * len(head)
            for text, first in (
                (finding.place(column.language), head),
                (finding.text(language), indent),
            ):
                lines.extend(
                    textwrap.wrap(
                        text,
                        width=width,
                        initial_indent=first,
                        subsequent_indent=indent,
                        break_on_hyphens=False,
                    )
                )
        lines.append("")
    lines.append(counts(report, language))
    return "\n".join(lines)


def counts(report: Report, language: str) -> str:
    """The check in one line: ``0 error(s), 1 warning(s), 1 note(s): ok``."""
    found = {
        "errors": len(report.errors),
        "warnings": len(report.warnings),
        "infos": len(report.infos),
    }
    verdict = label("ok" if report.ok else "not_ok", language)
    return f"{label('summary', language).format(**found)}: {verdict}"


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain aligned table; numbers right-aligned."""
    body = [["" if cell is None else str(cell) for cell in row] for row in rows]
    widths = [len(h) for h in header]
    for row in body:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    numeric = [
        all(row[i].lstrip("-").isdigit() or row[i] == "" for row in body) and bool(body)
        for i in range(len(header))
    ]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(w) if right else cell.ljust(w)
            for cell, w, right in zip(cells, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out.extend(line(row) for row in body)
    return "\n".join(out)


def gaps(found: Sequence[Any], *, org: Organisation, language: str) -> str:
    """Gaps as an aligned table, with competence names, then a count."""
    if not found:
        return label("no_gaps", language)
    names = {c.id: c.name for c in org.competences}

    def current(gap: Any) -> str:
        if gap.current is not None:
            return str(gap.current)
        return word(gap.state, language)

    rows = [
        (
            gap.person_name,
            names.get(gap.competence, gap.competence),
            gap.required,
            current(gap),
            gap.gap,
            gap.priority,
            len(gap.open_actions),
        )
        for gap in found
    ]
    header = [
        label(key, language)
        for key in ("person", "competence", "required", "current", "gap", "priority", "actions")
    ]
    open_gaps = sum(1 for gap in found if gap.gap)
    summary = label("gaps_summary", language).format(count=len(found), open=open_gaps)
    return f"{table(header, rows)}\n\n{summary}"


def coverage(found: Sequence[Any], *, org: Organisation, language: str) -> str:
    """Bench strength per task area and required competence, now and projected, then a count."""
    w = words(language)
    areas = {area.id: area.name for area in org.task_areas}
    names = {c.id: c.name for c in org.competences}
    rows = [
        (
            areas.get(row.task_area, row.task_area),
            names.get(row.competence, row.competence),
            row.required,
            row.members,
            row.bench,
            row.projected_bench,
            "" if row.projected_by is None else w.date(row.projected_by),
        )
        for area in found
        for row in area.rows
    ]
    header = [
        label(key, language)
        for key in ("task_area", "competence", "required", "members", "now", "projected", "by")
    ]
    every = [row for area in found for row in area.rows]
    summary = label("coverage_summary", language).format(
        rows=len(every),
        single=sum(row.single_person for row in every),
        uncovered=sum(row.uncovered for row in every),
        uncovered_later=sum(not row.projected for row in every),
    )
    return f"{table(header, rows)}\n\n{summary}"


def status(found: Sequence[Any], *, org: Organisation, language: str) -> str:
    """Each monitoring rule's status with its last reading, then a count per status."""
    if not found:
        return label("no_rules", language)
    w = words(language)
    areas = {area.id: area.name for area in org.task_areas}

    def reading(state: Any) -> str:
        seen = state.observation
        if seen is None:
            return ""
        shown = w.word(seen.status) if seen.value is None else w.number(seen.value)
        unit = state.rule.unit if seen.value is not None and state.rule.unit else ""
        # "95%" but "19 dagen": a unit that is a word stands apart.
        if unit[:1].isalnum():
            unit = f" {unit}"
        return f"{w.date(seen.date)}: {shown}{unit}"

    rows = [
        (
            areas.get(state.task_area, state.task_area),
            state.rule.indicator,
            w.word(state.rule.frequency),
            state.rule.owner,
            w.word(state.status),
            reading(state),
        )
        for state in found
    ]
    header = [
        label(key, language)
        for key in ("task_area", "rule", "frequency", "owner", "status", "reading")
    ]
    counted: dict[str, int] = {}
    for state in found:
        counted[w.word(state.status)] = counted.get(w.word(state.status), 0) + 1
    counts = ", ".join(f"{count} {name}" for name, count in counted.items())
    summary = label("status_summary", language).format(rules=len(found), counts=counts)
    return f"{table(header, rows)}\n\n{summary}"


def formats(found: Sequence[Any]) -> str:
    """The formats vcm knows, with their state."""
    rows = [
        (f.name, f.kind, " ".join(f.suffixes), f.state, f.detail or f.description) for f in found
    ]
    rows[:0] = [
        ("yaml", "built in", ".yaml .yml", "ready", "the model file format, read and written"),
        ("json", "built in", ".json", "ready", "the model file format, read and written"),
    ]
    return table(["format", "kind", "suffixes", "state", "description"], rows)


class _Card:
    """Wrapped lines under a title: headings in capitals, indented and bulleted items."""

    def __init__(self, title: str, language: str) -> None:
        self._width = min(_width(), 100)
        self._language = language
        self._lines = [title, "=" * len(title)]

    def say(self, text: str, indent: int = 0, bullet: str = "") -> None:
        self._lines.extend(
            textwrap.wrap(
                text,
                width=self._width,
                initial_indent=" " * indent + bullet,
                subsequent_indent=" " * (indent + len(bullet)),
                break_on_hyphens=False,
            )
            or [""]
        )

    def heading(self, key: str) -> None:
        self._lines.extend(["", label(key, self._language).upper()])

    def text(self) -> str:
        return "\n".join(self._lines)


def guide(card: Any, *, org: Organisation, language: str) -> str:
    """The card a team member reads before meeting a client: values, TVB, escalation, rules."""
    out = _Card(f"{card.organisation} — {card.task_area_name}", language)
    say, heading = out.say, out.heading
    purpose = card.purpose.statement or card.purpose.mission
    say(f"{label('purpose', language)}: {purpose}")

    heading("results")
    for result in card.results:
        say(f"{result.name} ({label('client', language)}: {result.client})", 2, "• ")

    heading("values")
    for guidance in card.values:
        say(guidance.value.name, 2)
        for behaviour in guidance.behaviours:
            say(behaviour, 4, f"{label('in_general', language)}: ")
        for behaviour in guidance.counter_behaviours:
            say(behaviour, 4, f"{label('is_not', language)}: ")
        for cell in guidance.matrix:
            level_name = card.scale.name_of(cell.required, language) or ""
            level = f"{label('level', language)} {cell.required} {level_name}".strip()
            say(f"{cell.name} ({level}): {cell.text}", 4, "→ ")

    heading("responsible")
    for responsibility in card.responsibilities:
        say(responsibility.description, 2, "• ")

    heading("may_decide")
    authorities = card.authorities
    if not authorities:
        say(label("none", language), 2)
    for authority in authorities:
        details = [word(authority.kind, language)]
        if authority.limit:
            details.append(f"{label('limit', language)}: {authority.limit}")
        say(f"{authority.description} ({'; '.join(details)})", 2, "• ")
        # Each limit has its own way beyond it: a time-out goes to the behavioural
        # scientist on duty, an extra hour of care to the team leader.
        if authority.escalate_to:
            say(f"{label('beyond_limit', language)} {authority.escalate_to}", 4, "→ ")

    heading("watched")
    states = {state.rule.id: state for state in card.states}
    for rule in card.rules:
        line = f"{rule.indicator} — {rule.owner}, {word(rule.frequency, language)}"
        state = states.get(rule.id)
        if state is not None:
            line += f": {word(state.status, language).upper()}"
            if state.observation is not None:
                reading = state.observation
                shown = reading.note if reading.value is None else number(reading.value, language)
                unit = f" {rule.unit}" if rule.unit and reading.value is not None else ""
                line += f" ({words(language).date(reading.date)}: {shown or ''}{unit})"
        say(line, 2, "• ")
    return out.text()


def explanation(found: Any, *, org: Organisation, language: str) -> str:
    """A rule at risk and who can act: what it watches, who carries it, who can grow."""
    w = words(language)
    out = _Card(f"{org.name} — {found.task_area_name}", language)
    say, heading = out.say, out.heading
    rule = found.state.rule
    line = f"{label('rule', language)}: {rule.indicator} — {rule.owner}, {w.word(rule.frequency)}"
    line += f": {w.word(found.state.status).upper()}"
    reading = found.state.observation
    if reading is not None:
        shown = reading.note if reading.value is None else w.number(reading.value)
        unit = rule.unit if rule.unit and reading.value is not None else ""
        # "95%" but "19 dagen", as in the status table.
        if unit[:1].isalnum():
            unit = f" {unit}"
        line += f" ({w.date(reading.date)}: {shown or ''}{unit})"
    say(line)
    say(f"({label('as_of', language)} {w.date(found.as_of)})")

    heading("explain_watches")
    for result in found.results:
        say(result.name, 2, "• ")
    heading("explain_carried")
    descriptions = {r.id: r.description for r in found.responsibilities}
    for responsibility in found.responsibilities:
        say(responsibility.description, 2, "• ")
    heading("explain_asks")
    for competence in found.competences:
        needed = "; ".join(descriptions.get(r, r) for r in competence.responsibilities)
        say(f"{competence.name} ({label('explain_needed_for', language)}: {needed})", 2)
        if not competence.gaps:
            say(label("explain_no_gap", language), 4, "– ")
        for gap in competence.gaps:
            level = label("explain_level", language).format(
                current=gap.current, required=gap.required
            )
            say(f"{gap.person_name}: {level}", 4, "• ")
            for action in gap.open_actions:
                due = f" ({label('due', language)} {w.date(action.due)})" if action.due else ""
                say(f"{action.description} — {w.word(action.status)}{due}", 6, "→ ")
    return out.text()
