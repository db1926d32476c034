# Sourced by every script: run from the repo root, with the project's venv and node tools.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="${VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
BIN="$VENV/bin"
NODE_BIN="$ROOT/node_modules/.bin"
