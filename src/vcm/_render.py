"""Text for people in a terminal: findings, gaps, the guide card, the formats list.

English and Dutch. Machines get JSON or CSV from the CLI instead; this text may change.
"""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vcm.checks import Report
    from vcm.model import Organisation

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "as_of": "as of",
        "error": "Errors",
        "warning": "Warnings",
        "info": "Notes",
        "summary": "{errors} error(s), {warnings} warning(s), {infos} note(s)",
        "ok": "ok",
        "not_ok": "not ok",
        "clean": "No findings: the model is consistent and complete.",
        "person": "Person",
        "competence": "Competence",
        "required": "Required",
        "current": "Current",
        "gap": "Gap",
        "priority": "Priority",
        "actions": "Open actions",
        "unassessed": "not assessed",
        "not_observable": "not observable",
        "no_gaps": "No gaps.",
        "gaps_summary": "{count} row(s), {open} open gap(s)",
    },
    "nl": {
        "as_of": "per",
        "error": "Fouten",
        "warning": "Waarschuwingen",
        "info": "Opmerkingen",
        "summary": "{errors} fout(en), {warnings} waarschuwing(en), {infos} opmerking(en)",
        "ok": "in orde",
        "not_ok": "niet in orde",
        "clean": "Geen bevindingen: het model is consistent en volledig.",
        "person": "Medewerker",
        "competence": "Competentie",
        "required": "Vereist",
        "current": "Huidig",
        "gap": "Gat",
        "priority": "Prioriteit",
        "actions": "Open acties",
        "unassessed": "niet beoordeeld",
        "not_observable": "niet waarneembaar",
        "no_gaps": "Geen competentiegaten.",
        "gaps_summary": "{count} regel(s), {open} open gat(en)",
    },
}


def label(key: str, language: str) -> str:
    """The label ``key`` in ``language`` (English when the language is unknown)."""
    return _LABELS.get(str(language), _LABELS["en"])[key]


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 140))


def report(report: Report, *, source: str, as_of: dt.date, language: str) -> str:
    """Findings grouped by severity, the place first, then a summary line."""
    lines = [f"{source} ({label('as_of', language)} {as_of.isoformat()})", ""]
    findings = report.findings
    if not findings:
        lines.append(label("clean", language))
    place_width = min(max((len(f.path) for f in findings), default=0), 44)
    width = _width()
    for severity in ("error", "warning", "info"):
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        lines.append(f"{label(severity, language)} ({len(group)})")
        for finding in group:
            head = f"  {finding.path:<{place_width}}  {finding.code}  "
            indent = " " * min(len(head), 50)
            if len(head) > 50:
                lines.append(head.rstrip())
                head = indent
            lines.extend(
                textwrap.wrap(
                    finding.text(language),
                    width=width,
                    initial_indent=head,
                    subsequent_indent=indent,
                    break_on_hyphens=False,
                )
            )
        lines.append("")
    counts = {
        "errors": len(report.errors),
        "warnings": len(report.warnings),
        "infos": len(report.infos),
    }
    verdict = label("ok" if report.ok else "not_ok", language)
    lines.append(f"{label('summary', language).format(**counts)}: {verdict}")
    return "\n".join(lines)


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
        return label("not_observable" if gap.state == "not_observable" else "unassessed", language)

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


def formats(found: Sequence[Any]) -> str:
    """The formats vcm knows, with their state."""
    rows = [
        (f.name, f.kind, " ".join(f.suffixes), f.state, f.detail or f.description)
        for f in found
    ]
    return table(["format", "kind", "suffixes", "state", "description"], rows)
