"""``python -m walletapp_tools.bundle``: the same CLI as ``walletapp-bundle``."""

import sys

from ._cli import main

sys.exit(main())
