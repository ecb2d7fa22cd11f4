"""``python -m walletapp_tools.generate``: what `make generate` runs."""

import sys

from ._cli import main

sys.exit(main())
