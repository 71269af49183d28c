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
set +e
python -m pytest -p no:cacheprovider -q -rfE "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then echo "pytest: no tests were collected" >&2; exit 1; fi
exit "$rc"
