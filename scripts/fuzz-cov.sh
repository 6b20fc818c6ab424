#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (docs/fuzzing.md): builds the harnesses in Fuzz/ with
# -sanitize=fuzzer,address, linked by lld, seeds each corpus from the course, and runs them one
# after the other under `nice`, so other builds keep the CPU.
#
#   make fuzz-cov                                  # every harness, FUZZ_RUNS executions each
#   FUZZ_RUNS=1000000 FUZZ_HARNESSES=Scenario make fuzz-cov
#   FUZZ_RUNS_ManifestLoader=10000000 make fuzz-cov
#   FUZZ_JOBS=2 make fuzz-cov                      # two processes per harness, one corpus
#
# The corpus grows in .build-fuzz/corpus/<harness> from one run to the next; a crash, hang or
# leak is saved in fuzz-artifacts/<harness>/ and stops the run with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
runs=${FUZZ_RUNS:-100000}
# Processes per harness sharing its corpus (each runs FUZZ_RUNS / FUZZ_JOBS): more cores, same
# total.
jobs=${FUZZ_JOBS:-1}
harnesses=${FUZZ_HARNESSES:-"ManifestLoader Scenario LabDefinition WorkspaceRecords BundleImport"}
build=.build-fuzz
# Swift's backtracer would wait on a crash; libFuzzer must see the process end at once.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
# Leaks outside LabKit that it cannot free, each explained in the file.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0}

# libFuzzer links with lld (gold fails); Swift toolchains ship it beside swift.
toolchain=$(dirname "$(readlink -f "$(command -v "$SWIFT")")")
if [[ ! -x $toolchain/ld.lld ]] && ! command -v ld.lld >/dev/null; then
    echo "fuzz-cov: no ld.lld beside $SWIFT or on PATH; install lld (apt-get install lld)" >&2
    exit 1
fi

for harness in $harnesses; do
    LABKIT_FUZZ=1 nice -n 19 "$SWIFT" build -c release --build-path "$build" \
        --product "Fuzz$harness" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
        -Xcc -fsanitize=fuzzer-no-link,address
done
bin=$("$SWIFT" build -c release --build-path "$build" --show-bin-path)

# The seed corpus of a harness: the course's own files of that kind, Fuzz/Seeds/<harness> and
# the inputs of its past findings, Fuzz/Regressions/<harness>.
seed() {
    local harness=$1 folder=$2
    mkdir -p "$folder"
    case $harness in
    ManifestLoader)
        find Labs/*/start Labs/*/mistakes Labs/examples Solutions -type f \
            \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) ;;
    Scenario) find Labs/scenarios -type f -name '*.yaml' ;;
    LabDefinition) find Labs -mindepth 2 -maxdepth 2 -name lab.yaml ;;
    *) true ;;
    esac | while read -r file; do cp "$file" "$folder/$(echo "$file" | tr / _)"; done
    local extra
    for extra in Fuzz/Seeds/"$harness" Fuzz/Regressions/"$harness"; do
        if [[ -d $extra ]]; then cp "$extra"/* "$folder/"; fi
    done
}

options() {
    case $1 in
    ManifestLoader | Scenario) echo "-dict=Fuzz/yaml.dict -max_len=8192" ;;
    LabDefinition) echo "-dict=Fuzz/yaml.dict -max_len=32768" ;;
    BundleImport) echo "-max_len=65536" ;;
    *) echo "-max_len=65536" ;;
    esac
}

summary=()
for harness in $harnesses; do
    corpus=$build/corpus/$harness seeds=$build/seeds/$harness artifacts=fuzz-artifacts/$harness
    rm -rf "$seeds"
    seed "$harness" "$seeds"
    mkdir -p "$corpus" "$artifacts" "$build/logs"
    count_var=FUZZ_RUNS_$harness
    count=${!count_var:-$runs}
    echo "fuzz-cov: $harness, $count executions in $jobs process(es) (logs: $build/logs/$harness.*.log)"
    pids=()
    for ((job = 1; job <= jobs; job++)); do
        # shellcheck disable=SC2046
        nice -n 19 "$bin/Fuzz$harness" -runs="$((count / jobs))" -timeout=10 -rss_limit_mb=3072 \
            -print_final_stats=1 -artifact_prefix="$artifacts/" $(options "$harness") \
            "$corpus" "$seeds" >"$build/logs/$harness.$job.log" 2>&1 &
        pids+=($!)
    done
    failed=0
    for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
    if ((failed)); then
        tail -n 40 "$build"/logs/"$harness".*.log >&2
        echo "fuzz-cov: $harness failed; the input is in $artifacts/" >&2
        exit 1
    fi
    executed=0
    for ((job = 1; job <= jobs; job++)); do
        units=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/logs/$harness.$job.log")
        executed=$((executed + units))
    done
    last=$(grep -hE '^#[0-9]+[[:space:]]+DONE' "$build"/logs/"$harness".*.log | tail -1)
    corpus_files=$(find "$corpus" -type f | wc -l)
    summary+=("$harness: $executed executions; ${last#*DONE }; corpus now $corpus_files files")
done
printf 'fuzz-cov: %s\n' "${summary[@]}"
