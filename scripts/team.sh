#!/usr/bin/env bash
# The team server on one machine: the page (everyone signs in) and the batch workers, on the team's
# PostgreSQL and Redis. README "Team server" says what to set up first.
#
#   RESEARCH_DATABASE_URL=postgresql://research:PASSWORD@db-host:5432/research \
#   RESEARCH_REDIS_URL=redis://:PASSWORD@redis-host:6379/0 \
#   RESEARCH_USERS_FILE=/etc/research/users.toml \
#   bash scripts/team.sh                  # the page on :8501 and 2 worker processes
#
# WORKERS=4 (worker processes; 0: the page only), PAGE=0 (workers only: another machine sharing the
# backlog), PORT=8501, ADDRESS=0.0.0.0 (where the page listens). Stops both on Ctrl-C or SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${RESEARCH_DATABASE_URL:?set RESEARCH_DATABASE_URL=postgresql://user:password@host:5432/database}"
: "${RESEARCH_REDIS_URL:?set RESEARCH_REDIS_URL=redis://:password@host:6379/0}"
WORKERS=${WORKERS:-2}
PAGE=${PAGE:-1}
if [ "$PAGE" = 1 ] && [ -z "${RESEARCH_USERS_FILE:-}" ] && ! grep -qs '^\[auth' .streamlit/secrets.toml; then
  echo "team.sh: nobody could sign in: set RESEARCH_USERS_FILE (python -m research users add LOGIN)" >&2
  echo "         or configure the company's identity provider in .streamlit/secrets.toml [auth]" >&2
  exit 2
fi
bash scripts/setup.sh requirements.txt
.venv/bin/python -m research db migrate   # once, whoever else starts now (an advisory lock)
pids=()
stop() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  # Dramatiq's workers can hang on their way out when the whole process group is sent SIGTERM at once
  # (systemd's default stop): after 30 s they and their worker processes are killed. Nothing is lost;
  # a batch's unfinished items are sent again by running its command again.
  for _ in $(seq 30); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 1
  done
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      pkill -KILL -P "$pid" 2>/dev/null || true
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  wait
}
trap stop EXIT INT TERM
if [ "$WORKERS" -gt 0 ]; then
  .venv/bin/python -m research worker --processes "$WORKERS" &
  pids+=($!)
fi
if [ "$PAGE" = 1 ]; then
  .venv/bin/python -m streamlit run app.py --server.headless true \
    --server.address "${ADDRESS:-0.0.0.0}" --server.port "${PORT:-8501}" &
  pids+=($!)
fi
wait -n  # one of them ended: stop the other rather than run half a server
