"""The words of the report in English and Dutch: headings, column heads and vocabularies.

Model text is never translated; only what the report itself says. Dates and numbers are
written the way a reader of the language expects (``29 November 2026`` / ``29 november
2026``, ``93.5`` / ``93,5``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from vcm import vocabulary as shared
from vcm.model import Language

__all__ = ["EN", "NL", "Labels", "labels_for"]


@attrs.frozen(kw_only=True)
class Labels:
    """Every word the report writes itself, in one language."""

    language: Language
    default_title: str
    contents: str
    toc_hint: str
    purpose: str
    vision: str
    mission: str
    statement: str
    values: str
    behaviours: str
    counter_behaviours: str
    scale: str
    level: str
    name: str
    description: str
    competences: str
    competence: str
    realises: str
    results: str
    result: str
    client: str
    serves: str
    tvb: str
    responsibility: str
    authorities: str
    limit: str
    escalate_to: str
    matrix: str
    matrix_intro: str
    required_level: str
    monitoring: str
    indicator: str
    how: str
    norm: str
    target: str
    threshold: str
    on_a_miss: str
    status: str
    status_intro: str
    none: str
    people: str
    member_of: str
    gaps: str
    required: str
    current: str
    gap: str
    priority: str
    open_actions: str
    no_gaps: str
    development: str
    action: str
    target_level: str
    due: str
    no_development: str
    findings: str
    findings_intro: str
    findings_people_left_out: str
    has_errors: str
    severity: str
    code: str
    where: str
    message: str
    months: tuple[str, ...]
    vocabulary: Mapping[str, str]
    """Enum values (kinds, frequencies, statuses, severities) as the reader says them."""

    def date(self, day: dt.date) -> str:
        """A date as a reader of this language writes it: ``29 November 2026``."""
        return f"{day.day} {self.months[day.month - 1]} {day.year}"

    def number(self, value: float) -> str:
        """A number without a needless ``.0``, with this language's decimal separator."""
        return shared.number(value, self.language)

    def word(self, value: str) -> str:
        """An enum value (``on_track``, ``delegated``, ``warning``) in this language."""
        return self.vocabulary.get(str(value), str(value).replace("_", " "))


def _words(language: Language) -> dict[str, str]:
    # The method's words come from vcm.vocabulary, so terminal, workbook and report agree.
    return {key: shared.word(key, language) for key in shared.WORDS}


EN = Labels(
    language=Language.EN,
    default_title="Values-competence matrix",
    contents="Contents",
    toc_hint="Word updates this table of contents when the document is opened.",
    purpose="Purpose",
    vision="Vision",
    mission="Mission",
    statement="Why we exist",
    values="Core values",
    behaviours="Behaviours",
    counter_behaviours="What it is not",
    scale="Scale",
    level="Level",
    name="Name",
    description="Description",
    competences="Competences",
    competence="Competence",
    realises="Realises",
    results="Results",
    result="Result",
    client="Client",
    serves="Serves",
    tvb="Responsibilities and authorities (TVB)",
    responsibility="Responsibility",
    authorities="Authorities",
    limit="limit",
    escalate_to="escalate to",
    matrix="Values-competence matrix",
    matrix_intro="How each required competence shows the core values in this task area.",
    required_level="Required level",
    monitoring="Monitoring",
    indicator="Indicator",
    how="How, how often, by whom",
    norm="Norm",
    target="target",
    threshold="threshold",
    on_a_miss="On a miss",
    status="Status",
    status_intro="Status as of {date}.",
    none="—",
    people="People",
    member_of="Member of",
    gaps="Competences and gaps",
    required="Required",
    current="Current",
    gap="Gap",
    priority="Priority",
    open_actions="Open actions",
    no_gaps="No competences required.",
    development="Development plan (POP)",
    action="Action",
    target_level="Target level",
    due="Due",
    no_development="No development actions.",
    findings="Appendix: findings",
    findings_intro="The check of the model as of {date}: {summary}.",
    has_errors="Draft: the model has {errors} error(s); the appendix lists the findings.",
    findings_people_left_out=(
        "Findings about people (VCM400-VCM404) are left out: this report does not include people."
    ),
    severity="Severity",
    code="Code",
    where="Where",
    message="Finding",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    vocabulary={
        **_words(Language.EN),
        "errors": "{count} error(s)",
        "warnings": "{count} warning(s)",
        "infos": "{count} note(s)",
    },
)

NL = Labels(
    language=Language.NL,
    default_title="Waarden-competentiematrix",
    contents="Inhoud",
    toc_hint="Word werkt deze inhoudsopgave bij wanneer het document wordt geopend.",
    purpose="Bedoeling",
    vision="Visie",
    mission="Missie",
    statement="Waarom we er zijn",
    values="Kernwaarden",
    behaviours="Gedrag",
    counter_behaviours="Wat het niet is",
    scale="Schaal",
    level="Niveau",
    name="Naam",
    description="Omschrijving",
    competences="Competenties",
    competence="Competentie",
    realises="Realiseert",
    results="Resultaten",
    result="Resultaat",
    client="Klant",
    serves="Dient",
    tvb="Taken, verantwoordelijkheden en bevoegdheden (TVB)",
    responsibility="Verantwoordelijkheid",
    authorities="Bevoegdheden",
    limit="grens",
    escalate_to="escaleren naar",
    matrix="Waarden-competentiematrix",
    matrix_intro="Hoe elke vereiste competentie de kernwaarden zichtbaar maakt in dit taakgebied.",
    required_level="Vereist niveau",
    monitoring="Bewaking",
    indicator="Indicator",
    how="Hoe, hoe vaak, door wie",
    norm="Norm",
    target="doel",
    threshold="drempel",
    on_a_miss="Bij een misser",
    status="Status",
    status_intro="Status per {date}.",
    none="—",
    people="Medewerkers",
    member_of="Lid van",
    gaps="Competenties en tekorten",
    required="Vereist",
    current="Huidig",
    gap="Tekort",
    priority="Prioriteit",
    open_actions="Open acties",
    no_gaps="Geen competenties vereist.",
    development="Persoonlijk ontwikkelplan (POP)",
    action="Actie",
    target_level="Doelniveau",
    due="Uiterlijk",
    no_development="Geen ontwikkelacties.",
    findings="Bijlage: bevindingen",
    findings_intro="De controle van het model per {date}: {summary}.",
    has_errors="Concept: het model bevat {errors} fout(en); de bijlage noemt de bevindingen.",
    findings_people_left_out=(
        "Bevindingen over medewerkers (VCM400-VCM404) zijn weggelaten: dit rapport bevat geen"
        " medewerkers."
    ),
    severity="Ernst",
    code="Code",
    where="Plaats",
    message="Bevinding",
    months=(
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    vocabulary={
        **_words(Language.NL),
        "errors": "{count} fout(en)",
        "warnings": "{count} waarschuwing(en)",
        "infos": "{count} opmerking(en)",
    },
)

# A StrEnum member hashes like its value, so "nl" and Language.NL find the same labels.
_BY_LANGUAGE: dict[str, Labels] = {Language.EN: EN, Language.NL: NL}


def labels_for(language: Language | str) -> Labels:
    """The labels of ``language`` (``en`` or ``nl``); English for anything else."""
    return _BY_LANGUAGE.get(language, EN)
