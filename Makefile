# Tend's two everyday commands are `make run` and `make test`; both install
# the system packages they need first (Debian/Ubuntu), so they work on a
# fresh machine with Go.
GO ?= go
STATICCHECK = honnef.co/go/tools/cmd/staticcheck@v0.8.2
GOI18N = github.com/nicksnyder/go-i18n/v2/goi18n@v2.7.0
export CGO_ENABLED = 1
# Each part of make test runs through scripts/step.sh: it prints how long the
# part took and stops one that hangs at its limit in minutes (STEP name limit).
STEP = bash scripts/step.sh $@

.PHONY: run test deps vet lint unit deckcheck i18n-check window-test bench fuzz build \
	i18n-extract i18n-merge translator-kit reliability soak

run: deps
	$(GO) run ./cmd/tend

build: deps
	$(GO) build -o tend ./cmd/tend

deps:
	@bash scripts/deps.sh

test: deps tidy-check vet lint unit deckcheck i18n-check window-test reliability package-test

vet:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(STEP) 15 $(GO) vet ./...
	$(STEP) 10 $(GO) vet -tags ci ./...

lint:
	$(STEP) 15 $(GO) run $(STATICCHECK) ./...
	$(STEP) 10 $(GO) run $(STATICCHECK) -tags ci ./...

# Unit and UI tests; UI tests use Fyne's in-memory driver (-tags ci), and the
# fuzz seed corpus runs as ordinary tests.
unit:
	$(STEP) 25 $(GO) test -race -tags ci ./...

# Every deck and message file well formed, every built-in language complete
# and up to date.
deckcheck:
	CGO_ENABLED=0 $(STEP) 5 $(GO) run ./cmd/deckcheck

# locales/active.en.toml must be what goi18n extracts from ui/messages.go.
i18n-check:
	@tmp=$$(mktemp -d) && $(GO) run $(GOI18N) extract -format toml -sourceLanguage en -outdir $$tmp ./ui && \
	  diff -u locales/active.en.toml $$tmp/active.en.toml && rm -rf $$tmp || \
	  { echo "locales/active.en.toml is out of date: run make i18n-extract"; exit 1; }
	@echo "i18n-check: locales/active.en.toml matches ui/messages.go"

# Rewrite locales/active.en.toml from the messages defined in ui/messages.go.
i18n-extract:
	$(GO) run $(GOI18N) extract -format toml -sourceLanguage en -outdir locales ./ui

# Fold translated locales/translate.*.toml into active.*.toml, and write a
# translate.<lang>.toml for every language still missing messages (with
# source hashes and that language's plural forms). Run it after
# i18n-extract, hand the translate files to translators, run it again.
i18n-merge:
	cd locales && $(GO) run $(GOI18N) merge -format toml -sourceLanguage en -outdir . active.*.toml $$(ls translate.*.toml 2>/dev/null)

# What a translator needs without Go: the checker for each system, named
# plainly (deckcheck on Linux, windows/deckcheck.exe, macos/deckcheck), a
# Linux build of Tend to see the files in the app, and TRANSLATING.md.
KIT = build/translator-kit
translator-kit: deps
	rm -rf $(KIT) && mkdir -p $(KIT)/windows $(KIT)/macos $(KIT)/macos-intel
	CGO_ENABLED=0 GOOS=linux GOARCH=amd64 $(GO) build -o $(KIT)/deckcheck ./cmd/deckcheck
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 $(GO) build -o $(KIT)/windows/deckcheck.exe ./cmd/deckcheck
	CGO_ENABLED=0 GOOS=darwin GOARCH=arm64 $(GO) build -o $(KIT)/macos/deckcheck ./cmd/deckcheck
	CGO_ENABLED=0 GOOS=darwin GOARCH=amd64 $(GO) build -o $(KIT)/macos-intel/deckcheck ./cmd/deckcheck
	GOOS=linux GOARCH=amd64 $(GO) build -o $(KIT)/tend ./cmd/tend
	cp TRANSLATING.md $(KIT)/
	@echo "translator kit in $(KIT):" && cd $(KIT) && find . -type f | sort

window-test:
	$(STEP) 10 bash scripts/window-test.sh

bench: deps
	bash scripts/bench.sh

fuzz:
	$(GO) test ./decks -run '^$$' -fuzz FuzzParse -fuzztime 60s
	$(GO) test ./locales -run '^$$' -fuzz FuzzParseFile -fuzztime 60s
	$(GO) test ./decks/session -run '^$$' -fuzz FuzzParsePlan -fuzztime 60s
	$(GO) test ./decks/browse -run '^$$' -fuzz FuzzSearch -fuzztime 60s

# The short reliability harness (a few minutes): no network, only kept files
# written, 20 kill -9s while saving, broken user files, read-only folder, full
# disk, hostile deck folders. See docs/RELIABILITY.md.
reliability:
	$(STEP) 15 bash scripts/reliability.sh short

# The long runs: 200 kill -9s, stress, every fuzz target for FUZZTIME each,
# and the in-memory key stress test with its goroutine count.
FUZZTIME ?= 5m
soak: deps
	bash scripts/reliability.sh soak
	TEND_SOAK=1 $(GO) test -tags ci -run 'TestKeyStress' -v ./ui/
	bash scripts/fuzz.sh $(FUZZTIME)

# go.mod and go.sum as `go mod tidy` would leave them, for Tend and for the
# module that pins Fyne's packager; -diff changes nothing, it only reports.
tidy-check:
	$(STEP) 5 $(GO) mod tidy -diff || { echo "go.mod/go.sum are not tidy: run go mod tidy"; exit 1; }
	$(GO) -C scripts/packaging/fynetool mod tidy -diff || { echo "scripts/packaging/fynetool is not tidy: run go mod tidy there"; exit 1; }

# Release packages under build/ (scripts/package.sh): a .tar.xz made by Fyne's
# packager and a .deb for Linux, and a .zip with tend.exe for Windows.
PACKAGE_DEPS = dpkg-dev xz-utils zip gcc-mingw-w64-x86-64
# package-test also validates them and starts them (wine for tend.exe).
PACKAGE_TEST_DEPS = $(PACKAGE_DEPS) desktop-file-utils appstream lintian file unzip wine wine64

package:
	@bash scripts/deps.sh $(PACKAGE_DEPS)
	bash scripts/package.sh

package-test:
	@bash scripts/deps.sh $(PACKAGE_TEST_DEPS)
	$(STEP) 30 bash scripts/package-test.sh

# A release build with its menu entry, icons and man page for one person
# (PREFIX=~/.local) or, with PREFIX=/usr/local and root, for everyone.
PREFIX ?= $(HOME)/.local

install: deps
	bash scripts/install.sh install "$(PREFIX)"

uninstall:
	bash scripts/install.sh uninstall "$(PREFIX)"

# Sizes of the release artefacts against a plain Fyne window (docs/BENCHMARKS.md).
sizes: deps
	@bash scripts/deps.sh $(PACKAGE_DEPS)
	@bash scripts/sizes.sh

.PHONY: tidy-check package package-test install uninstall sizes
