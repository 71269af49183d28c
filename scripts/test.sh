#!/usr/bin/env bash
# The README's test command and the body of .ci/run: set up, lint, type-check, run every test
# (slow end-to-end ones included: they start Kamailio, baresip, PostgreSQL, PulseAudio and Xvfb
# themselves through scripts/services/*). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff"; ruff check .
echo "== mypy"; mypy
echo "== pytest"
# Three workers on the two cores: most end-to-end tests wait on timers and peers, not the CPU.
# Each worker starts its own services on free ports. Tests marked `serial` change the machine for
# every process on it (the .deb installs system-wide), so they run alone afterwards, reusing the
# frozen app the parallel run built.
set +e
python -m pytest -p no:cacheprovider -q -rfE -n "${PYTEST_WORKERS:-3}" --dist loadgroup -m "not serial" \
  --durations=15 "$@"
rc=$?
frozen="$PWD/build/pyinstaller/dist/agent-console"
if [ -x "$frozen/agent-console" ] && [ -z "${AC_FROZEN_APP:-}" ]; then export AC_FROZEN_APP="$frozen"; fi
python -m pytest -p no:cacheprovider -q -rfE -m serial "$@"
rc2=$?
set -e
if [ "$rc" -eq 5 ]; then echo "pytest: no tests were collected" >&2; exit 1; fi
[ "$rc2" -eq 5 ] && rc2=0   # a selection without serial tests
[ "$rc" -ne 0 ] && exit "$rc"
exit "$rc2"
