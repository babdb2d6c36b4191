"""The one ordinal proficiency scale of an organisation (schaal / niveaus)."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from vcm.model import _convert as c
from vcm.model import _validators as v
from vcm.model._enums import Language

__all__ = ["DEFAULT_SCALE", "Level", "Scale"]


@attrs.frozen(kw_only=True)
class Level:
    """One step of the scale: its number (1..n), name and description."""

    level: int = attrs.field(converter=c.to_level, validator=v.level)
    name: str = attrs.field(converter=c.to_text, validator=v.text)
    description: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )


@attrs.frozen
class Scale:
    """The levels, in order; ``1..n`` without gaps is a model-wide check (VCM103)."""

    levels: tuple[Level, ...] = attrs.field(converter=c.as_tuple, validator=v.tuple_of(Level))

    def __iter__(self) -> Iterator[Level]:
        return iter(self.levels)

    def __len__(self) -> int:
        return len(self.levels)

    @property
    def numbers(self) -> frozenset[int]:
        """The level numbers on this scale."""
        return frozenset(level.level for level in self.levels)

    @property
    def top(self) -> int:
        """The highest level number (0 for an empty scale)."""
        return max((level.level for level in self.levels), default=0)

    def __contains__(self, number: object) -> bool:
        return any(level.level == number for level in self.levels)

    def name_of(self, number: int, language: Language | str | None = None) -> str | None:
        """The name of level ``number``, in Dutch for the default scale when asked."""
        if language == Language.NL and self == DEFAULT_SCALE:
            return _DUTCH_NAMES.get(number)
        for level in self.levels:
            if level.level == number:
                return level.name
        return None

    def localised(self, language: Language | str | None) -> Scale:
        """This scale with Dutch names and descriptions when it is the default one."""
        if language == Language.NL and self == DEFAULT_SCALE:
            return DEFAULT_SCALE_NL
        return self


def _numbered(*steps: tuple[str, str]) -> Scale:
    """A scale of the given (name, description) steps, numbered from 1."""
    return Scale(
        tuple(
            Level(level=number, name=name, description=description)
            for number, (name, description) in enumerate(steps, 1)
        )
    )


DEFAULT_SCALE = _numbered(
    ("Basic", "Shows the behaviour when prompted or under guidance."),
    ("Independent", "Shows the behaviour on own initiative."),
    ("Guiding", "Helps colleagues show the behaviour."),
    ("Inspiring", "Shapes the behaviour across the organisation."),
)

# The same scale as Dutch teams know it; used for labels only, the model keeps one scale.
DEFAULT_SCALE_NL = _numbered(
    ("Basis", "Laat het gedrag zien als erom gevraagd wordt of onder begeleiding."),
    ("Zelfstandig", "Laat het gedrag uit eigen beweging zien."),
    ("Begeleidend", "Helpt collega's het gedrag te laten zien."),
    ("Inspirerend", "Geeft het gedrag vorm in de hele organisatie."),
)

_DUTCH_NAMES = {level.level: level.name for level in DEFAULT_SCALE_NL}
