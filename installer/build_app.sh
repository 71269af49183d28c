#!/usr/bin/env bash
# The self-contained console: dist/agent-console/ (one folder, PyInstaller) from the project's venv.
#   bash installer/build_app.sh            -> build/pyinstaller/dist/agent-console/agent-console
# Work files and the result stay inside the clone (build/pyinstaller/), nothing is cached elsewhere.
# Needs the build step's outputs (forms, .qm, libacbridge.so): scripts/build_resources.py runs first.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
OUT=${AC_BUILD_DIR:-$ROOT/build/pyinstaller}

"$PY" scripts/build_resources.py
# PyInstaller's own cache (bincache of stripped libraries) goes under the build dir, not ~/.cache.
export PYINSTALLER_CONFIG_DIR="$OUT/config"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/work" installer/agent-console.spec
app="$OUT/dist/agent-console"
echo "build_app: $app built in $(( $(date +%s) - start )) s, $(du -sh "$app" | cut -f1)"
