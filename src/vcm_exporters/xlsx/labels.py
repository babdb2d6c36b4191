"""The words of the workbook in English and Dutch: sheet names, column heads, vocabularies.

Model text is never translated. Keys are stable; the importer maps a header it reads back
to its key through :data:`ENGLISH` and :data:`DUTCH`, so a workbook reads back in either
language. Enum values in the data sheets stay the words of the file format (``delegated``,
``monthly``); only the matrix sheets and the overview say them in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from vcm import vocabulary
from vcm.model import Language

__all__ = ["DUTCH", "ENGLISH", "Labels", "labels_for"]

ENGLISH: Mapping[str, str] = MappingProxyType(
    {
        # sheets
        "sheet.overview": "Overview",
        "sheet.organisation": "Organisation",
        "sheet.values": "Values",
        "sheet.value_behaviours": "Value behaviours",
        "sheet.scale": "Scale",
        "sheet.competences": "Competences",
        "sheet.indicators": "Indicators",
        "sheet.references": "References",
        "sheet.task_areas": "Task areas",
        "sheet.results": "Results",
        "sheet.responsibilities": "Responsibilities",
        "sheet.authorities": "Authorities",
        "sheet.matrix": "Matrix",
        "sheet.monitoring": "Monitoring",
        "sheet.observations": "Observations",
        "sheet.findings": "Findings",
        "sheet.people": "People",
        "sheet.assessments": "Assessments",
        "sheet.development": "Development",
        "sheet.gaps": "Gap heatmap",
        "sheet.task_area": "Task area",
        # column heads of the data sheets
        "field": "Field",
        "value": "Value",
        "id": "Id",
        "name": "Name",
        "description": "Description",
        "kind": "Kind",
        "position": "#",
        "text": "Text",
        "level": "Level",
        "competence": "Competence",
        "values": "Values",
        "reference": "Reference",
        "task_area": "Task area",
        "sheet": "Sheet",
        "client": "Client",
        "results": "Results",
        "competences": "Competences",
        "responsibility": "Responsibility",
        "limit": "Limit",
        "escalate_to": "Escalate to",
        "matrix_row": "Matrix row",
        "behaviour": "Behaviour",
        "rule": "Rule",
        "indicator": "Indicator",
        "method": "Method",
        "frequency": "Frequency",
        "owner": "Owner",
        "unit": "Unit",
        "direction": "Direction",
        "target": "Target",
        "threshold": "Threshold",
        "response": "Response",
        "status": "Status",
        "date": "Date",
        "note": "Note",
        "code": "Code",
        "severity": "Severity",
        "path": "Path",
        "message": "Message",
        "ids": "Ids",
        "person": "Person",
        "task_areas": "Task areas",
        "observable": "Observable",
        "assessor": "Assessor",
        "evidence": "Evidence",
        "target_level": "Target level",
        "due": "Due",
        # fields of the organisation sheet
        "field.vcm": "Format version",
        "field.id": "Id",
        "field.name": "Name",
        "field.language": "Language",
        "field.vision": "Vision",
        "field.mission": "Mission",
        "field.statement": "Statement",
        # the overview
        "title": "Values-competence matrix",
        "organisation": "Organisation",
        "purpose": "Purpose",
        "vision": "Vision",
        "mission": "Mission",
        "statement": "Why we exist",
        "as_of": "Statuses and findings as of",
        "people_data": "Personal data",
        "people_included": "included (people, assessments, development, gap heatmap)",
        "people_left_out": "not included; findings about people are left out",
        "scale": "Scale",
        "task_areas_heading": "Task areas",
        "findings": "Findings",
        "no_findings": "No findings: the model is consistent.",
        "has_errors": "Draft: the model has {errors} error(s); see the findings below.",
        "findings_summary": "{errors} error(s), {warnings} warning(s), {infos} note(s)",
        "findings_see": "Every finding with its path is on the sheet {sheet}.",
        "reading_guide": (
            "One matrix sheet per task area; the data sheets (Excel tables) hold every field "
            "of the model and can be filtered."
        ),
        # the matrix sheets
        "matrix_hint": "Rows: required competences and level; columns: core values.",
        "results_heading": "Results",
        "tvb_heading": "Responsibilities and authorities (TVB)",
        "monitoring_heading": "Monitoring",
        "result": "Result",
        "authorities": "Authorities",
        "how": "How, how often, by whom",
        "norm": "Norm",
        "latest": "Latest reading",
        "limit_word": "limit",
        "escalate_word": "escalate to",
        "target_word": "target",
        "threshold_word": "threshold",
        # the gap heatmap
        "gap_unassessed": "?",
        "gap_not_observable": "n/o",
        "gaps_legend": (
            "Gap = required level minus current level; blank: not required; "
            "?: not assessed; n/o: not observable."
        ),
        # data validation
        "choose_title": "Choose from the list",
        "choose_level": "Choose a level of the scale (sheet {sheet}).",
        "choose_id": "Choose an id from sheet {sheet}.",
        "choose_word": "Choose one of: {words}.",
    }
)

DUTCH: Mapping[str, str] = MappingProxyType(
    {
        "sheet.overview": "Overzicht",
        "sheet.organisation": "Organisatie",
        "sheet.values": "Kernwaarden",
        "sheet.value_behaviours": "Gedrag per waarde",
        "sheet.scale": "Schaal",
        "sheet.competences": "Competenties",
        "sheet.indicators": "Indicatoren",
        "sheet.references": "Referenties",
        "sheet.task_areas": "Taakgebieden",
        "sheet.results": "Resultaten",
        "sheet.responsibilities": "Verantwoordelijkheden",
        "sheet.authorities": "Bevoegdheden",
        "sheet.matrix": "Matrix",
        "sheet.monitoring": "Bewaking",
        "sheet.observations": "Metingen",
        "sheet.findings": "Bevindingen",
        "sheet.people": "Medewerkers",
        "sheet.assessments": "Beoordelingen",
        "sheet.development": "Ontwikkeling",
        "sheet.gaps": "Tekorten",
        "sheet.task_area": "Taakgebied",
        "field": "Veld",
        "value": "Waarde",
        "id": "Id",
        "name": "Naam",
        "description": "Omschrijving",
        "kind": "Soort",
        "position": "Nr.",
        "text": "Tekst",
        "level": "Niveau",
        "competence": "Competentie",
        "values": "Kernwaarden",
        "reference": "Referentie",
        "task_area": "Taakgebied",
        "sheet": "Werkblad",
        "client": "Klant",
        "results": "Resultaten",
        "competences": "Competenties",
        "responsibility": "Verantwoordelijkheid",
        "limit": "Grens",
        "escalate_to": "Escaleren naar",
        "matrix_row": "Matrixregel",
        "behaviour": "Gedrag",
        "rule": "Regel",
        "indicator": "Indicator",
        "method": "Methode",
        "frequency": "Frequentie",
        "owner": "Eigenaar",
        "unit": "Eenheid",
        "direction": "Richting",
        "target": "Doel",
        "threshold": "Drempel",
        "response": "Bij een misser",
        "status": "Status",
        "date": "Datum",
        "note": "Toelichting",
        "code": "Code",
        "severity": "Ernst",
        "path": "Plaats",
        "message": "Bevinding",
        "ids": "Ids",
        "person": "Medewerker",
        "task_areas": "Taakgebieden",
        "observable": "Waarneembaar",
        "assessor": "Beoordelaar",
        "evidence": "Onderbouwing",
        "target_level": "Doelniveau",
        "due": "Uiterlijk",
        "field.vcm": "Formaatversie",
        "field.id": "Id",
        "field.name": "Naam",
        "field.language": "Taal",
        "field.vision": "Visie",
        "field.mission": "Missie",
        "field.statement": "Waarom we er zijn",
        "title": "Waarden-competentiematrix",
        "organisation": "Organisatie",
        "purpose": "Bedoeling",
        "vision": "Visie",
        "mission": "Missie",
        "statement": "Waarom we er zijn",
        "as_of": "Status en bevindingen per",
        "people_data": "Persoonsgegevens",
        "people_included": "opgenomen (medewerkers, beoordelingen, ontwikkeling, tekorten)",
        "people_left_out": "niet opgenomen; bevindingen over medewerkers zijn weggelaten",
        "scale": "Schaal",
        "task_areas_heading": "Taakgebieden",
        "findings": "Bevindingen",
        "no_findings": "Geen bevindingen: het model is consistent.",
        "has_errors": "Concept: het model bevat {errors} fout(en); zie de bevindingen hieronder.",
        "findings_summary": "{errors} fout(en), {warnings} waarschuwing(en), {infos} opmerking(en)",
        "findings_see": "Elke bevinding met haar plaats staat op het werkblad {sheet}.",
        "reading_guide": (
            "Eén matrixblad per taakgebied; de gegevensbladen (Excel-tabellen) bevatten elk "
            "veld van het model en zijn te filteren."
        ),
        "matrix_hint": "Rijen: vereiste competenties en niveau; kolommen: kernwaarden.",
        "results_heading": "Resultaten",
        "tvb_heading": "Taken, verantwoordelijkheden en bevoegdheden (TVB)",
        "monitoring_heading": "Bewaking",
        "result": "Resultaat",
        "authorities": "Bevoegdheden",
        "how": "Hoe, hoe vaak, door wie",
        "norm": "Norm",
        "latest": "Laatste meting",
        "limit_word": "grens",
        "escalate_word": "escaleren naar",
        "target_word": "doel",
        "threshold_word": "drempel",
        "gap_unassessed": "?",
        "gap_not_observable": "n.w.",
        "gaps_legend": (
            "Tekort = vereist niveau min huidig niveau; leeg: niet vereist; "
            "?: niet beoordeeld; n.w.: niet waarneembaar."
        ),
        "choose_title": "Kies uit de lijst",
        "choose_level": "Kies een niveau van de schaal (werkblad {sheet}).",
        "choose_id": "Kies een id uit werkblad {sheet}.",
        "choose_word": "Kies een van: {words}.",
    }
)


class Labels:
    """The workbook's words in one language: ``labels["sheet.values"]``, ``labels.word(x)``."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self._texts = DUTCH if language == Language.NL else ENGLISH

    def __getitem__(self, key: str) -> str:
        return self._texts[key]

    def word(self, value: str) -> str:
        """An enum value (``on_track``, ``monthly``) as the reader says it."""
        return vocabulary.word(value, self.language)


def labels_for(language: Language | str) -> Labels:
    """The labels of ``language``; English for anything but Dutch."""
    return Labels(Language.NL if language == Language.NL else Language.EN)
