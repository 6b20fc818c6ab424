# The README's two commands are `make demo` and `make test`; both install what is missing first.
SWIFT ?= swift
FUZZ_ITERATIONS ?= 200000

.PHONY: setup demo test format-lint fuzz fuzz-cov bench

setup:
	@scripts/setup.sh

## demo: build `lab` and run the main job end to end.
demo: setup
	@$(SWIFT) build --product lab
	@scripts/demo.sh "$$($(SWIFT) build --show-bin-path)/lab"

## test: the whole test suite, the formatting lint and a short fuzz run (what CI runs).
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory format-lint

format-lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests Benchmarks Fuzz

## fuzz: a long run of the loader's seeded fuzz test (CI runs a short one inside `make test`).
fuzz:
	LABKIT_FUZZ_ITERATIONS=$(FUZZ_ITERATIONS) $(SWIFT) test --filter LoaderFuzzTests

## fuzz-cov: coverage-guided fuzzing of every decoder with libFuzzer (docs/fuzzing.md);
## FUZZ_RUNS executions per harness, FUZZ_HARNESSES to choose (its own .build-fuzz folder).
fuzz-cov: setup
	SWIFT=$(SWIFT) scripts/fuzz-cov.sh
