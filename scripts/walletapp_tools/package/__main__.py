"""``python -m walletapp_tools.package``: the same CLI as ``make packages`` runs."""

import sys

from ._cli import main

sys.exit(main())
