"""``python -m walletapp_tools.overlay``: the same CLI as ``walletapp-overlay``."""

import sys

from ._cli import main

sys.exit(main())
