"""What ``check`` returns: findings and the report that orders and counts them."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Iterator
from typing import Any

import attrs

from vcm._checks.codes import CODES, Severity
from vcm._checks.messages import Reader, Text
from vcm._checks.places import Names
from vcm._words import words
from vcm.model import Language, VcmError

__all__ = ["Finding", "Report"]


def _to_severity(value: Any) -> Any:
    # "error" as written in JSON or by hand becomes the member; the validator judges the rest.
    if isinstance(value, str) and not isinstance(value, Severity):
        try:
            return Severity(value)
        except ValueError:
            return value
    return value


def _as_tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


@attrs.frozen(kw_only=True)
class Finding:
    """One problem ``check`` found: what (``code``), how bad, where (``path``), and why.

    The machine fields: ``path`` and ``ids`` name the place and the objects by id;
    ``message`` (English) and ``message_nl`` (Dutch) name ids and write ISO dates, the same
    for every run (the JSON contract). People read :meth:`text` and :meth:`place`: names
    instead of ids, dates as their language writes them.
    """

    code: str
    severity: Severity = attrs.field(
        converter=_to_severity, validator=attrs.validators.instance_of(Severity)
    )
    path: str
    message: str
    message_nl: str
    ids: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple)
    _said: tuple[Text, Names] | None = attrs.field(default=None, eq=False, repr=False, alias="said")
    """What ``check`` said, kept to write it for people; None for a finding made by hand."""

    def text(self, language: Language | str = Language.EN) -> str:
        """The message for a person in ``language``: names, and dates in words.

        A finding made by hand or read from JSON has only ``message`` and ``message_nl``.
        """
        member = _language(language)
        if self._said is not None:
            text, names = self._said
            return text.to(Reader(words(member), names))
        return self.message_nl if member == Language.NL else self.message

    def place(self, language: Language | str = Language.EN) -> str:
        """Where it is, for a person: ``Wijkteam Zuid › Matrix › Palliatieve zorg``.

        A finding made by hand or read from JSON shows its ``path``.
        """
        member = _language(language)
        if self._said is None:
            return self.path
        return self._said[1].place(self.path, words(member))

    def to_dict(self) -> dict[str, Any]:
        """The finding as plain JSON-ready data."""
        return {
            "code": self.code,
            "severity": str(self.severity),
            "path": self.path,
            "message": self.message,
            "message_nl": self.message_nl,
            "ids": list(self.ids),
        }

    def __str__(self) -> str:
        return f"{self.path}: {self.code} {self.severity}: {self.message}"


def _language(language: Language | str) -> Language:
    try:
        return Language(language)
    except ValueError:
        choices = ", ".join(member.value for member in Language)
        raise VcmError(f"no messages in language {language!r}; choose one of {choices}") from None


_NUMBER = re.compile(r"\d+")


def _padded(match: re.Match[str]) -> str:
    return match.group().zfill(12)


def _order_key(finding: Finding) -> str:
    """A sort key: natural path order (``task_areas[2]`` before ``task_areas[10]``), code.

    Zero-padded positions make the path compare naturally as text. Past path and code,
    ids and messages break ties, so that the order depends on the findings alone, never on
    the order the checks added them. One string compares much faster than a tuple; NUL,
    which no id or text of a model may hold, keeps the parts apart and sorts a prefix first.
    """
    return "\x00".join(
        (
            _NUMBER.sub(_padded, finding.path),
            finding.code,
            "\x01".join(finding.ids),
            finding.message,
            finding.message_nl,
        )
    )


def _ordered(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted(findings, key=_order_key))


@attrs.frozen
class Report:
    """The findings of one ``check``, ordered by path (naturally) and then by code.

    A report is a sequence of findings: ``len(report)``, ``for finding in report``.
    """

    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_ordered)

    def __len__(self) -> int:
        return len(self.findings)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def _of(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.severity is severity)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity error."""
        return self._of(Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity warning."""
        return self._of(Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        """The findings of severity info."""
        return self._of(Severity.INFO)

    @property
    def ok(self) -> bool:
        """True when there are no errors: the model is consistent."""
        return not any(finding.severity is Severity.ERROR for finding in self.findings)

    @property
    def ok_strict(self) -> bool:
        """True when there are no errors and no warnings (the strict reading)."""
        return all(finding.severity is Severity.INFO for finding in self.findings)

    def filter(
        self,
        *,
        code: str | Collection[str] | None = None,
        severity: Severity | str | None = None,
    ) -> Report:
        """The findings with this code (or one of these codes) and this severity.

        An unknown code or severity is a :class:`vcm.VcmError`, so that a typo does not
        pass for a clean model.
        """
        codes: frozenset[str] | None = None
        if code is not None:
            codes = frozenset((code,) if isinstance(code, str) else code)
            unknown = sorted(codes - CODES.keys())
            if unknown:
                raise VcmError(
                    f"unknown finding code {', '.join(unknown)}; the codes are VCM100 to VCM502"
                )
        wanted: Severity | None = None
        if severity is not None:
            try:
                wanted = Severity(severity)
            except ValueError:
                raise VcmError(
                    f"unknown severity {severity!r}; choose error, warning or info"
                ) from None
        return Report(
            tuple(
                finding
                for finding in self.findings
                if (codes is None or finding.code in codes)
                and (wanted is None or finding.severity is wanted)
            )
        )

    def to_dict(self) -> dict[str, Any]:
        """``{"ok": ..., "counts": {"error": n, "warning": n, "info": n}, "findings": [...]}``."""
        counts = {str(severity): 0 for severity in Severity}
        for finding in self.findings:
            counts[str(finding.severity)] += 1
        return {
            "ok": self.ok,
            "counts": counts,
            "findings": [finding.to_dict() for finding in self.findings],
        }

    def to_json(self) -> str:
        """The report as stable JSON: sorted keys, two-space indent, UTF-8 text as is."""
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, indent=2)
