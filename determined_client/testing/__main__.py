"""``python -m determined_client.testing``: serve the packaged contract (see ``_cli``)."""

import sys

from determined_client.testing._cli import main

sys.exit(main())
