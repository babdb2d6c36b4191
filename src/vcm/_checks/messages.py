"""Every message of the catalogue, in English and Dutch, kept side by side.

A template names its fields; :func:`say` fills them in both languages. A field that is a
:class:`Text` (a kind of object, a status, a list) is itself bilingual; numbers get a
decimal comma in Dutch; dates are ISO 8601 in both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

import vcm.vocabulary as vocabulary
from vcm.model import Language

__all__ = ["TEMPLATES", "Text", "kind", "levels", "number", "say", "series"]


class Text(NamedTuple):
    """A fragment of a message in English and in Dutch."""

    en: str
    nl: str


# Templates by key: the key starts with the finding code; the part after a dot tells
# variants of one code apart. Messages start in lower case: they follow a path or a code.
TEMPLATES: Mapping[str, tuple[str, str]] = {
    "VCM100.id": (
        "{kind} id '{id}' is already used at {first}",
        "{kind}-id '{id}' is al gebruikt bij {first}",
    ),
    "VCM100.row": (
        "competence '{competence}' is already in the matrix of task area '{area}', at {first}",
        "competentie '{competence}' staat al in de matrix van taakgebied '{area}', bij {first}",
    ),
    "VCM100.behaviour": (
        "value '{value}' already has a behaviour in the row of competence '{competence}'"
        " in task area '{area}', at {first}",
        "kernwaarde '{value}' heeft al gedrag in de regel van competentie '{competence}'"
        " in taakgebied '{area}', bij {first}",
    ),
    "VCM100.indicator": (
        "competence '{competence}' already has indicators for level {level}, at {first}",
        "competentie '{competence}' heeft al indicatoren voor niveau {level}, bij {first}",
    ),
    "VCM101.unknown": (
        "{owner} refers to {kind} '{id}', which does not exist",
        "{owner} verwijst naar {kind} '{id}', maar die id bestaat niet",
    ),
    "VCM101.foreign_result": (
        "responsibility '{responsibility}' in task area '{area}' takes up result '{result}'"
        " of task area '{other}': a responsibility takes up results of its own task area",
        "verantwoordelijkheid '{responsibility}' in taakgebied '{area}' pakt resultaat"
        " '{result}' van taakgebied '{other}' op: een verantwoordelijkheid pakt resultaten"
        " van het eigen taakgebied op",
    ),
    "VCM101.foreign_watch": (
        "monitoring rule '{rule}' in task area '{area}' watches result '{result}'"
        " of task area '{other}': a rule watches results of its own task area",
        "bewakingsregel '{rule}' in taakgebied '{area}' bewaakt resultaat '{result}'"
        " van taakgebied '{other}': een bewakingsregel bewaakt resultaten van het eigen"
        " taakgebied",
    ),
    "VCM102.row": (
        "task area '{area}' requires competence '{competence}' at level {level},"
        " which is not on the scale ({levels})",
        "taakgebied '{area}' vraagt competentie '{competence}' op niveau {level},"
        " dat niet op de schaal staat ({levels})",
    ),
    "VCM102.assessment": (
        "an assessment of person '{person}' on competence '{competence}' gives level {level},"
        " which is not on the scale ({levels})",
        "een beoordeling van medewerker '{person}' op competentie '{competence}' geeft"
        " niveau {level}, dat niet op de schaal staat ({levels})",
    ),
    "VCM102.development": (
        "a development action of person '{person}' on competence '{competence}' targets"
        " level {level}, which is not on the scale ({levels})",
        "een ontwikkelactie van medewerker '{person}' voor competentie '{competence}' mikt op"
        " niveau {level}, dat niet op de schaal staat ({levels})",
    ),
    "VCM102.indicator": (
        "competence '{competence}' has indicators for level {level},"
        " which is not on the scale ({levels})",
        "competentie '{competence}' heeft indicatoren voor niveau {level},"
        " dat niet op de schaal staat ({levels})",
    ),
    "VCM103.order": (
        "the scale's levels are numbered {numbers}; they must be numbered 1 to {count} in order",
        "de niveaus van de schaal zijn genummerd {numbers}; dat moet 1 tot en met {count} zijn,"
        " op volgorde",
    ),
    "VCM103.empty": (
        "the scale has no levels: it needs at least level 1",
        "de schaal heeft geen niveaus: er is minstens niveau 1 nodig",
    ),
    "VCM104.status": (
        "the observation of {date} on quantitative rule '{rule}' in task area '{area}'"
        " holds a status, not a number",
        "de meting van {date} bij kwantitatieve bewakingsregel '{rule}' in taakgebied '{area}'"
        " bevat een status in plaats van een getal",
    ),
    "VCM104.value": (
        "the observation of {date} on qualitative rule '{rule}' in task area '{area}'"
        " holds a number, not a status",
        "de meting van {date} bij kwalitatieve bewakingsregel '{rule}' in taakgebied '{area}'"
        " bevat een getal in plaats van een status",
    ),
    "VCM200": (
        "task area '{area}' has no results: what does the client need?",
        "taakgebied '{area}' heeft geen resultaten: wat heeft de klant nodig?",
    ),
    "VCM201": (
        "result '{result}' in task area '{area}' is taken up by no responsibility",
        "resultaat '{result}' in taakgebied '{area}' wordt door geen verantwoordelijkheid opgepakt",
    ),
    "VCM202": (
        "responsibility '{responsibility}' in task area '{area}' has no authority:"
        " responsibility must come with matching authority",
        "verantwoordelijkheid '{responsibility}' in taakgebied '{area}' heeft geen bevoegdheid:"
        " bij verantwoordelijkheid hoort een passende bevoegdheid",
    ),
    "VCM203": (
        "result '{result}' in task area '{area}' is watched by no monitoring rule:"
        " how is it watched?",
        "resultaat '{result}' in taakgebied '{area}' wordt door geen bewakingsregel bewaakt:"
        " hoe wordt het bewaakt?",
    ),
    "VCM204": (
        "quantitative rule '{rule}' in task area '{area}' lacks {missing}",
        "kwantitatieve bewakingsregel '{rule}' in taakgebied '{area}' mist {missing}",
    ),
    "VCM205.higher": (
        "the threshold {threshold} of rule '{rule}' in task area '{area}' lies above its"
        " target {target}, while higher is better: it must be at or below the target",
        "de drempelwaarde {threshold} van bewakingsregel '{rule}' in taakgebied '{area}' ligt"
        " boven de streefwaarde {target}, terwijl hoger beter is: de drempel hoort op of onder"
        " de streefwaarde",
    ),
    "VCM205.lower": (
        "the threshold {threshold} of rule '{rule}' in task area '{area}' lies below its"
        " target {target}, while lower is better: it must be at or above the target",
        "de drempelwaarde {threshold} van bewakingsregel '{rule}' in taakgebied '{area}' ligt"
        " onder de streefwaarde {target}, terwijl lager beter is: de drempel hoort op of boven"
        " de streefwaarde",
    ),
    "VCM206": (
        "responsibility '{responsibility}' in task area '{area}' needs competence"
        " '{competence}', which the task area's matrix does not require",
        "verantwoordelijkheid '{responsibility}' in taakgebied '{area}' vraagt competentie"
        " '{competence}', die niet in de matrix van het taakgebied staat",
    ),
    "VCM207": (
        "value '{value}' has no behaviours: it cannot be observed",
        "kernwaarde '{value}' heeft geen gedrag: ze is niet waar te nemen",
    ),
    "VCM300": (
        "value '{value}' shows in no row of the matrix of task area '{area}'",
        "kernwaarde '{value}' is in geen regel van de matrix van taakgebied '{area}' zichtbaar",
    ),
    "VCM301": (
        "result '{result}' in task area '{area}' serves no value: it is not traced to the purpose",
        "resultaat '{result}' in taakgebied '{area}' dient geen kernwaarde: het is niet"
        " herleid tot de bedoeling",
    ),
    "VCM302": (
        "task area '{area}' requires competence '{competence}', but none of its"
        " responsibilities needs it",
        "taakgebied '{area}' vraagt competentie '{competence}', maar geen van zijn"
        " verantwoordelijkheden heeft haar nodig",
    ),
    "VCM303": (
        "competence '{competence}' is required by no task area",
        "competentie '{competence}' wordt door geen taakgebied gevraagd",
    ),
    "VCM304": (
        "responsibility '{responsibility}' in task area '{area}' needs no competence",
        "verantwoordelijkheid '{responsibility}' in taakgebied '{area}' vraagt geen enkele"
        " competentie",
    ),
    "VCM305": (
        "competence '{competence}' realises no value",
        "competentie '{competence}' draagt aan geen enkele kernwaarde bij",
    ),
    "VCM400": (
        "person '{person}' has never been assessed on competence '{competence}',"
        " required at level {level} in task area '{area}'",
        "medewerker '{person}' is nooit beoordeeld op competentie '{competence}',"
        " vereist op niveau {level} in taakgebied '{area}'",
    ),
    "VCM401": (
        "person '{person}' is at level {current} of competence '{competence}' where task area"
        " '{area}' requires level {level}, and has no open development action for it",
        "medewerker '{person}' staat op niveau {current} van competentie '{competence}' waar"
        " taakgebied '{area}' niveau {level} vraagt, en heeft daarvoor geen open ontwikkelactie",
    ),
    "VCM402": (
        "the development action of person '{person}' on competence '{competence}' was due on"
        " {due} and is still {status}",
        "de ontwikkelactie van medewerker '{person}' voor competentie '{competence}' had klaar"
        " moeten zijn op {due} en is nog {status}",
    ),
    "VCM403": (
        "responsibility '{responsibility}' in task area '{area}' needs competence"
        " '{competence}' at level {level}, which no member of the task area reaches",
        "verantwoordelijkheid '{responsibility}' in taakgebied '{area}' vraagt competentie"
        " '{competence}' op niveau {level}, dat geen lid van het taakgebied haalt",
    ),
    "VCM404": (
        "only one member of task area '{area}' reaches level {level} of competence"
        " '{competence}': a single-person dependency",
        "maar één lid van taakgebied '{area}' haalt niveau {level} van competentie"
        " '{competence}': afhankelijk van één medewerker",
    ),
    "VCM500": (
        "monitoring rule '{rule}' in task area '{area}' is overdue: its latest observation,"
        " of {date}, is more than {days} days old ({frequency})",
        "bewakingsregel '{rule}' in taakgebied '{area}' is niet op tijd gemeten: de laatste"
        " meting, van {date}, is meer dan {days} dagen oud ({frequency})",
    ),
    "VCM501": (
        "monitoring rule '{rule}' in task area '{area}' is off track: {reading}",
        "bewakingsregel '{rule}' in taakgebied '{area}' is uit koers: {reading}",
    ),
    "VCM502": (
        "monitoring rule '{rule}' in task area '{area}' is at risk: {reading}",
        "bewakingsregel '{rule}' in taakgebied '{area}' loopt risico: {reading}",
    ),
    # Fragments that other templates take as fields.
    "owner.competence": ("competence '{competence}'", "competentie '{competence}'"),
    "owner.result": (
        "result '{result}' in task area '{area}'",
        "resultaat '{result}' in taakgebied '{area}'",
    ),
    "owner.responsibility": (
        "responsibility '{responsibility}' in task area '{area}'",
        "verantwoordelijkheid '{responsibility}' in taakgebied '{area}'",
    ),
    "owner.matrix": ("the matrix of task area '{area}'", "de matrix van taakgebied '{area}'"),
    "owner.row": (
        "the row of competence '{competence}' in the matrix of task area '{area}'",
        "de regel van competentie '{competence}' in de matrix van taakgebied '{area}'",
    ),
    "owner.rule": (
        "monitoring rule '{rule}' in task area '{area}'",
        "bewakingsregel '{rule}' in taakgebied '{area}'",
    ),
    "owner.person": ("person '{person}'", "medewerker '{person}'"),
    "owner.assessment": (
        "an assessment of person '{person}'",
        "een beoordeling van medewerker '{person}'",
    ),
    "owner.development": (
        "a development action of person '{person}'",
        "een ontwikkelactie van medewerker '{person}'",
    ),
    "reading.quantity": ("{value} on {date}", "{value} op {date}"),
    "reading.target": ("target {target}", "streefwaarde {target}"),
    "reading.threshold": ("threshold {threshold}", "drempelwaarde {threshold}"),
    "reading.judged": ("judged so on {date}", "zo beoordeeld op {date}"),
}

_KINDS = {
    "value": Text("value", "kernwaarde"),
    "competence": Text("competence", "competentie"),
    "task_area": Text("task area", "taakgebied"),
    "result": Text("result", "resultaat"),
    "responsibility": Text("responsibility", "verantwoordelijkheid"),
    "rule": Text("monitoring rule", "bewakingsregel"),
    "person": Text("person", "medewerker"),
    # Fields of a quantitative rule (VCM204), with the file's key for Dutch readers.
    "unit": Text("a unit", "een eenheid (unit)"),
    "direction": Text("a direction", "een richting (direction)"),
    "target": Text("a target", "een streefwaarde (target)"),
    "threshold": Text("a threshold", "een drempelwaarde (threshold)"),
}


def kind(word: str) -> Text:
    """A word of the model (``"task_area"``, ``"planned"``, ``"monthly"``) in both languages."""
    found = _KINDS.get(word)
    if found is not None:
        return found
    # Enum words (development status for VCM402, frequency for VCM500) come from the
    # shared vocabulary, so a message says them as the exports do.
    return Text(vocabulary.word(word, Language.EN), vocabulary.word(word, Language.NL))


def number(value: float, unit: str | None = None) -> Text:
    """A number as people write it: ``93.5`` / ``93,5``, ``95`` not ``95.0``, unit after it."""
    en, nl = vocabulary.number(value, Language.EN), vocabulary.number(value, Language.NL)
    if unit:
        return Text(f"{en} {unit}", f"{nl} {unit}")
    return Text(en, nl)


def series(items: Sequence[Text]) -> Text:
    """``a, b and c`` / ``a, b en c``."""
    return Text(_joined([item.en for item in items], "and"), _joined([i.nl for i in items], "en"))


def _joined(words: list[str], conjunction: str) -> str:
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def levels(numbers: Iterable[int]) -> Text:
    """``levels 1, 2, 3, 4`` / ``niveaus 1, 2, 3, 4``."""
    listed = ", ".join(str(level) for level in numbers)
    return Text(f"levels {listed}", f"niveaus {listed}")


def _render(value: object, language: str) -> str:
    if isinstance(value, Text):
        return value.en if language == "en" else value.nl
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return _render(number(value), language)
    return str(value)


def say(key: str, **fields: object) -> Text:
    """The template ``key`` filled in with ``fields``, in both languages."""
    en, nl = TEMPLATES[key]
    in_en: dict[str, str] = {}
    in_nl: dict[str, str] = {}
    for name, value in fields.items():
        # Ids and levels, the common fields, read the same in both languages.
        if isinstance(value, str):
            in_en[name] = in_nl[name] = value
        elif type(value) is int:
            in_en[name] = in_nl[name] = str(value)
        else:
            in_en[name], in_nl[name] = _render(value, "en"), _render(value, "nl")
    return Text(en.format_map(in_en), nl.format_map(in_nl))
