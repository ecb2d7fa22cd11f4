"""``python -m walletapp_tools.consumers``: the consumer matrix (``make consumers``)."""

import sys

from ._cli import main

sys.exit(main())
