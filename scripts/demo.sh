#!/usr/bin/env bash
# The README's first command: set up on first use, then run the console on the embedded default
# (a local server on SQLite + a simulated caller), no PBX needed. Extra arguments go to agent-console.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/agent-console --demo "$@"
