"""Why the organisation exists and what it stands for: purpose and core values."""

from __future__ import annotations

import attrs

from vcm.model import _convert as c
from vcm.model import _validators as v

__all__ = ["Purpose", "Value"]


@attrs.frozen(kw_only=True)
class Purpose:
    """Vision, mission and a one-line statement of why the organisation exists."""

    vision: str = attrs.field(converter=c.to_text, validator=v.text)
    mission: str = attrs.field(converter=c.to_text, validator=v.text)
    statement: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )


@attrs.frozen(kw_only=True)
class Value:
    """A core value (kernwaarde), made observable through behaviours; it has no levels."""

    id: str = attrs.field(converter=c.to_text, validator=v.identifier)
    name: str = attrs.field(converter=c.to_text, validator=v.text)
    description: str | None = attrs.field(
        default=None, converter=c.to_optional_text, validator=v.optional_text
    )
    behaviours: tuple[str, ...] = attrs.field(default=(), converter=c.as_texts, validator=v.texts)
    counter_behaviours: tuple[str, ...] = attrs.field(
        default=(), converter=c.as_texts, validator=v.texts
    )
