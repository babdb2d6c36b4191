"""vcm: the values-competence matrix as one checked model.

``import vcm`` gives the model classes, the error types and (as they land) ``load``,
``dump``, ``check``, ``export`` and the analysis functions.
"""

from vcm._version import __version__
from vcm.model import *  # noqa: F403
from vcm.model import __all__ as _model_all

__all__ = ["__version__", *_model_all]
