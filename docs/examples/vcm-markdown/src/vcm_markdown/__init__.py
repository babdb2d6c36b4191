"""The values-competence matrix of every task area as Markdown tables, for a wiki or a README."""

from __future__ import annotations

from typing import BinaryIO

from vcm import Organisation
from vcm.plugins import ExportOptions
from vcm.vocabulary import words

__all__ = ["MarkdownExporter", "exporter"]


class MarkdownExporter:
    """One table per task area: a row per required competence, a column per core value."""

    name = "markdown"
    suffixes = (".md", ".markdown")
    description = "The values-competence matrix of every task area as Markdown tables."

    def export(self, org: Organisation, stream: BinaryIO, options: ExportOptions) -> None:
        said = words(options.language_for(org))
        values = {value.id: value.name for value in org.values}
        competences = {competence.id: competence.name for competence in org.competences}
        lines = [f"# {_cell(org.name)}", ""]
        for area in org.task_areas:
            lines += [f"## {_cell(area.name)}", ""]
            header = [said.report.competence, said.report.required_level, *values.values()]
            lines.append("| " + " | ".join(_cell(text) for text in header) + " |")
            lines.append("|" + "---|" * len(header))
            for row in area.matrix:
                cells = [competences.get(row.competence, row.competence), str(row.level)]
                cells += [row.behaviour_for(value_id) or "" for value_id in values]
                lines.append("| " + " | ".join(_cell(text) for text in cells) + " |")
            lines.append("")
        # Bytes to the stream it was given; vcm opened it, and vcm closes it.
        stream.write("\n".join(lines).encode("utf-8"))


def _cell(text: str) -> str:
    # A table cell is one line, and a pipe would end it.
    return " ".join(text.split()).replace("|", "\\|")


exporter = MarkdownExporter()
