"""vcm: the values-competence matrix as one checked model.

``import vcm`` gives the model classes, the error types and (as they land) ``load``,
``dump``, ``check``, ``export`` and the analysis functions.
"""

from vcm._version import __version__
from vcm.errors import *  # noqa: F403
from vcm.errors import __all__ as _errors_all
from vcm.model import *  # noqa: F403
from vcm.model import __all__ as _model_all

__all__ = ["__version__", *_model_all, *(n for n in _errors_all if n not in _model_all)]
