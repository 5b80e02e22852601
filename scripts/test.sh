#!/usr/bin/env bash
# Set up (first time) and run the whole test suite, lint and type checks included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh requirements-dev.txt
.venv/bin/python -m ruff check .
.venv/bin/python -m ruff format --check .
.venv/bin/python -m mypy
# pytest exits 5 when it collects no tests: that is a failure here, as any other non-zero code.
.venv/bin/python -m pytest "$@"
