"""`python -m walletapp_tools.contract`: the same as `walletapp-contract`."""

import sys

from ._cli import main

sys.exit(main())
