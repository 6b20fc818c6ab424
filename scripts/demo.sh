#!/usr/bin/env bash
# The main job for now: replay the readiness lesson on the simulated cluster, then lint the
# course's example manifests and the typical mistakes from the lecture notes.
# Usage: scripts/demo.sh PATH-TO-lab
set -uo pipefail
lab=${1:?usage: scripts/demo.sh PATH-TO-lab}
cd "$(dirname "$0")/.."

echo "== lab sim run Labs/scenarios/readiness-rollout.yaml   (seed 001 on the simulated cluster)"
"$lab" sim run Labs/scenarios/readiness-rollout.yaml || exit 1
echo
echo "== lab lint --verbose Labs/examples/seeds   (the lecture notes' manifests)"
"$lab" lint --verbose Labs/examples/seeds || exit 1
echo
echo "== lab lint Labs/examples/mistakes   (mistakes students make pasting them; exits 1 on purpose)"
"$lab" lint Labs/examples/mistakes
status=$?
if ((status != 1)); then
    echo "demo: expected exit 1 for the mistakes, got $status" >&2
    exit 1
fi
echo "(exit $status: errors found, as expected)"
