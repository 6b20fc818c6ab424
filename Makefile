# The README's two commands are `make demo` and `make test`; both install what is missing first.
SWIFT ?= swift
FUZZ_ITERATIONS ?= 200000

.PHONY: setup demo test format-lint fuzz fuzz-cov bench install uninstall

# Where `make install` puts `lab` (bin/), the course (share/labkit/) and shell completions.
PREFIX ?= /usr/local
CONFIGURATION ?= release
BINDIR = $(DESTDIR)$(PREFIX)/bin
COURSEDIR = $(DESTDIR)$(PREFIX)/share/labkit
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

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

## install: `lab` in $(PREFIX)/bin, the course (Labs/ and Solutions/) in $(PREFIX)/share/labkit,
## where `lab` looks beside its own folder, and bash, zsh and fish completions.
install: setup
	$(SWIFT) build -c $(CONFIGURATION) --product lab
	@bin="$$($(SWIFT) build -c $(CONFIGURATION) --show-bin-path)/lab"; set -e; \
	mkdir -p "$(BINDIR)" "$(COURSEDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"; \
	install -m 755 "$$bin" "$(BINDIR)/lab"; \
	rm -rf "$(COURSEDIR)/Labs" "$(COURSEDIR)/Solutions"; \
	cp -R Labs Solutions "$(COURSEDIR)/"; \
	"$$bin" --generate-completion-script bash > "$(BASHDIR)/lab"; \
	"$$bin" --generate-completion-script zsh > "$(ZSHDIR)/_lab"; \
	"$$bin" --generate-completion-script fish > "$(FISHDIR)/lab.fish"; \
	echo "installed $(BINDIR)/lab, the course in $(COURSEDIR) and completions"

## uninstall: removes what `make install` put under $(PREFIX), and nothing else.
uninstall:
	rm -f "$(BINDIR)/lab" "$(BASHDIR)/lab" "$(ZSHDIR)/_lab" "$(FISHDIR)/lab.fish"
	rm -rf "$(COURSEDIR)"
