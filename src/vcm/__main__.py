"""``python -m vcm`` runs the ``vcm`` command."""

import sys

from vcm.cli import main

sys.exit(main())
