"""``python -m walletapp_tools.breaking``: the same CLI as ``walletapp-breaking``."""

import sys

from ._cli import main

sys.exit(main())
