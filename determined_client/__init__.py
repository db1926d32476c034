"""determined-client: the hand-written layer over the generated Determined API client."""

__version__ = "0.38.1"
