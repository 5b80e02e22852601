#!/usr/bin/env bash
# Create .venv (if needed) and install pinned dependencies. Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
req=${1:-requirements.txt}
stamp=.venv/.installed-$(basename "$req")
if [ ! -f "$stamp" ] || [ "$req" -nt "$stamp" ] || [ requirements.txt -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$req"
  touch "$stamp"
fi
# py3langid's model cut to our languages and stored uncompressed: each process then starts 0.4 s sooner.
.venv/bin/python scripts/langid_model.py
# Our own modules compiled here once, as pip compiles the libraries: each process then starts 0.15 s
# sooner, also where PYTHONDONTWRITEBYTECODE keeps Python from caching them itself. A changed source
# is compiled again in memory (Python checks each file's time), so a stale file costs time, never errors.
.venv/bin/python -m compileall -q -j 0 research ui app.py
