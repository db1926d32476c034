"""The contract build: compiles openapi.yaml from the real master's API facts (see build.py)."""
