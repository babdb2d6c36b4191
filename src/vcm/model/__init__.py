"""The pure domain model of the values-competence matrix.

Frozen attrs classes with tuples for collections; local invariants are validators that
raise :class:`InvalidModelError` at construction. Each class lists its fields in the order the
file format writes its keys (the classes are keyword-only, so the order is free). This package
imports nothing but attrs and the standard library (a test keeps it so).
"""

from vcm.model import _enums
from vcm.model._enums import *  # noqa: F403  (the vocabularies: _enums.__all__ lists them)
from vcm.model._errors import InvalidModelError, VcmError
from vcm.model.competence import Competence, Indicator
from vcm.model.organisation import Organisation, OrganisationIndex
from vcm.model.people import Assessment, DevelopmentAction, Person
from vcm.model.purpose import Purpose, Value
from vcm.model.scale import DEFAULT_SCALE, DEFAULT_SCALE_NL, Level, Scale
from vcm.model.task_area import (
    Authority,
    Behaviour,
    MonitoringRule,
    Observation,
    Requirement,
    Responsibility,
    Result,
    TaskArea,
)

__all__ = [
    "DEFAULT_SCALE",
    "DEFAULT_SCALE_NL",
    "Assessment",
    "Authority",
    "Behaviour",
    "Competence",
    "DevelopmentAction",
    "Indicator",
    "InvalidModelError",
    "Level",
    "MonitoringRule",
    "Observation",
    "Organisation",
    "OrganisationIndex",
    "Person",
    "Purpose",
    "Requirement",
    "Responsibility",
    "Result",
    "Scale",
    "TaskArea",
    "Value",
    "VcmError",
]
__all__ += _enums.__all__
