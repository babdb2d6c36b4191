"""Competences: capabilities with behavioural indicators per level and the values they serve."""

from __future__ import annotations

import attrs

from vcm.model import _convert as c
from vcm.model import _validators as v
from vcm.model._enums import CompetenceKind

__all__ = ["Competence", "Indicator"]


@attrs.frozen(kw_only=True)
class Indicator:
    """The observable behaviours of a competence at one level."""

    level: int = attrs.field(converter=c.to_level, validator=v.level)
    behaviours: tuple[str, ...] = attrs.field(converter=c.as_texts, validator=v.texts)


@attrs.frozen(kw_only=True)
class Competence:
    """A capability (competentie) with the values it helps realise."""

    id: str = attrs.field(converter=c.to_text, validator=v.identifier)
    name: str = attrs.field(converter=c.to_text, validator=v.text)
    kind: CompetenceKind = attrs.field(
        converter=c.to_competence_kind, validator=v.choice(CompetenceKind)
    )
    description: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )
    values: tuple[str, ...] = attrs.field(default=(), converter=c.as_texts, validator=v.identifiers)
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), converter=c.as_tuple, validator=v.tuple_of(Indicator)
    )
    references: tuple[str, ...] = attrs.field(default=(), converter=c.as_texts, validator=v.texts)

    def indicators_at(self, level: int) -> tuple[str, ...]:
        """The behaviours described for ``level`` (empty when none are)."""
        for indicator in self.indicators:
            if indicator.level == level:
                return indicator.behaviours
        return ()
