"""The package version, in one place so the User-Agent and metadata agree.

A constant rather than importlib.metadata (which costs import time); a unit test keeps it
equal to pyproject.toml.
"""

__version__ = "0.38.1"
