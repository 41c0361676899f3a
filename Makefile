# Tend's two everyday commands are `make run` and `make test`; both install
# the system packages they need first (Debian/Ubuntu), so they work on a
# fresh machine with Go.
GO ?= go
STATICCHECK = honnef.co/go/tools/cmd/staticcheck@v0.8.2
export CGO_ENABLED = 1

.PHONY: run test deps vet lint unit deckcheck window-test bench fuzz build

run: deps
	$(GO) run ./cmd/tend

build: deps
	$(GO) build -o tend ./cmd/tend

deps:
	@bash scripts/deps.sh

test: deps vet lint unit deckcheck window-test

vet:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	$(GO) vet -tags ci ./...

lint:
	$(GO) run $(STATICCHECK) ./...
	$(GO) run $(STATICCHECK) -tags ci ./...

# Unit and UI tests; UI tests use Fyne's in-memory driver (-tags ci), and the
# fuzz seed corpus runs as ordinary tests.
unit:
	$(GO) test -race -tags ci ./...

deckcheck:
	CGO_ENABLED=0 $(GO) run ./cmd/deckcheck

window-test:
	bash scripts/window-test.sh

bench: deps
	bash scripts/bench.sh

fuzz:
	$(GO) test ./decks -run '^$$' -fuzz FuzzParse -fuzztime 60s
