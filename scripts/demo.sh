#!/usr/bin/env bash
# The main job: a student's first lab, end to end. `lab check hpa` on the reference solution
# (the report and the whole timeline), then the same lab as a student does it in a scratch
# workspace: start it, check the starter (fails), write the answer, check again (passes and is
# recorded in git), see the progress.
# Usage: scripts/demo.sh PATH-TO-lab
set -uo pipefail
lab=${1:?usage: scripts/demo.sh PATH-TO-lab}
lab="$(cd "$(dirname "$lab")" && pwd)/$(basename "$lab")"
cd "$(dirname "$0")/.."
course=$(pwd)

# Runs a command that must exit with the given status.
expect_status() {
    local want=$1
    shift
    "$@"
    local got=$?
    if ((got != want)); then
        echo "demo: expected exit $want from: $*, got $got" >&2
        exit 1
    fi
}

echo "== lab list"
expect_status 0 "$lab" list
echo
echo "== lab check hpa --dir Solutions/hpa --verbose   (the reference answer: report + timeline)"
expect_status 0 "$lab" check hpa --dir Solutions/hpa --verbose

scratch=$(mktemp -d "${TMPDIR:-/tmp}/labkit-demo.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
echo
echo "== cd $scratch && lab start hpa"
expect_status 0 "$lab" start hpa
cd hpa || exit 1
echo
echo "== lab check   (the starter as given: fails, exit 1, on purpose)"
expect_status 1 "$lab" check
echo
echo "== cp Solutions/hpa/*.yaml hpa/ && lab check   (the answer: passes, recorded in git)"
cp "$course"/Solutions/hpa/*.yaml .
expect_status 0 "$lab" check
echo
echo "== lab status"
expect_status 0 "$lab" status
echo
echo "== lab log hpa"
expect_status 0 "$lab" log hpa
