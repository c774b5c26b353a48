# Folio: `make site` builds the bundled playbook, `make test` runs every test, `make serve` previews.
SWIFT ?= swift
CONFIG ?= release
FOLIO = .build/$(CONFIG)/folio
# Where the checks find folio and folio-pull: the build folder of CONFIG, unless `make test` says its own.
BIN ?= .build/$(CONFIG)
# `make test` builds in a folder of its own (.build/test) without debug info (a failed #expect names its file
# and line from the macro, not from DWARF): 10 % less compile CPU (867 against 962 s, bench/HISTORY.md). The
# index store stays: test discovery on Linux reads it. A folder of its own, so a developer's `swift build` and
# `swift test` in .build keep their flags: neither compiles everything again after the other.
TEST_BUILD = --scratch-path .build/test -debug-info-format none
# $(call ensure-built,PRODUCT): a check builds what it runs, unless its caller built every product already
# (BUILT=1, as `make test` does): then the line expands to nothing and no second SwiftPM run plans a null build.
ensure-built = $(if $(BUILT),,$(SWIFT) build -c $(CONFIG) --product $(1))

.PHONY: all deps build site docs pdf test lint check-content check-site check-search check-pdf fuzz serve clean install folio-pull \
	pull-sample install-pull

all: site

## deps: install the system libraries SwiftPM cannot (libcmark), once, quietly.
deps:
	@bash scripts/install-deps

build: deps
	$(SWIFT) build -c $(CONFIG) --product folio

## site: build the bundled playbook from content/ into site/.
site: build
	$(FOLIO) build --source . --output site

## docs: build Folio's manual (an English Folio site) from docs/content/ into docs/site/, with the folio of this commit.
docs: build
	$(FOLIO) build --source docs --output docs/site

## pdf: build the playbook into site/ and print each language's print edition to site/<lang>/<title>.pdf
## (needs headless Chromium: `apt-get install chromium`; `make site` never does).
pdf: build
	$(FOLIO) pdf --source . --output site

## test: unit and end-to-end tests (fixtures only: they never read content/ or docs/), then the content checks, the
## checks of the bundled site and of the manual (docs/: HTML, links, axe, `folio check --strict`, its reference and
## examples held to the code) and the PDF checks. swift test runs inside scripts/postgres-test-server and
## scripts/clickhouse-test-server, nested: a throwaway PostgreSQL (on a Unix socket) and a throwaway ClickHouse (on
## free loopback ports), each installed if missing, started from a temporary folder, holding the ticket sample of
## Tests/Fixtures/tickets, stopped and removed however the tests end. Their URLs are FOLIO_TEST_POSTGRES_URL and
## FOLIO_TEST_CLICKHOUSE_URL; under CI (CI set) the source tests fail rather than skip without them.
## Everything is built once, up front, in debug (`swift build --build-tests`: every product and test target, in
## .build/test: see TEST_BUILD), and reused: swift test --skip-build, and the checks run that .build/test/debug/folio
## (and folio-pull) with BUILT=1.
## While it compiles, scripts/install-test-tools installs what the tests and checks run (PostgreSQL, ClickHouse,
## Chromium, Java and vnu, LinkChecker, poppler-utils, Selenium, axe-core), so a fresh machine's downloads overlap
## the build.
test: deps lint
	bash scripts/install-test-tools $(SWIFT) build --build-tests $(TEST_BUILD)
	bash scripts/postgres-test-server run bash scripts/clickhouse-test-server run $(SWIFT) test --skip-build $(TEST_BUILD)
	$(MAKE) check-content BIN=.build/test/debug BUILT=1
	$(MAKE) check-site BIN=.build/test/debug BUILT=1
	$(MAKE) check-search BIN=.build/test/debug BUILT=1
	$(MAKE) check-pdf BIN=.build/test/debug BUILT=1

## lint: the house format (.swift-format), checked with the formatter that ships with Swift, and the
## module map (scripts/check-imports: each target imports only its Package.swift dependencies, and no arrow on
## its short list of forbidden ones exists; docs/content/en/architecture/_index.md).
lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift
	bash scripts/check-imports

## check-content: the bundled playbook builds with every chart kind, `folio check --strict` is clean, and every
## claim its text makes about its data holds (scripts/check-content, scripts/check_content.py).
check-content: deps
	$(call ensure-built,folio)
	bash scripts/check-content $(BIN)/folio

## check-site: build the playbook and the manual (docs/) fresh; `folio check --strict` on the manual, its examples
## and reference held to the code (scripts/check_reference.py, which asks folio-pull too), then vnu, LinkChecker,
## axe-core (light/dark), 390 px overflow and screenshots on both sites.
check-site: deps
	$(call ensure-built,folio)
	$(call ensure-built,folio-pull)
	bash scripts/check-site $(BIN)/folio

## check-search: full-text search on the sections-site fixture in headless Chromium, over HTTP and file://.
check-search: deps
	$(call ensure-built,folio)
	bash scripts/check-search $(BIN)/folio

## check-pdf: `folio pdf` twice; pdftotext, pdfinfo and pdftoppm on each language's PDF (scripts/check-pdf).
check-pdf: deps
	$(call ensure-built,folio)
	bash scripts/check-pdf $(BIN)/folio

## fuzz: each libFuzzer target in fuzz/ for FUZZ_SECONDS (default 60); fails on a crash, hang or sanitizer report.
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz

## install: the release binary, stamped with the commit it was built from (folio --version), into $(PREFIX)/bin.
PREFIX ?= /usr/local
install: deps
	bash scripts/stamp-version
	FOLIO_STAMPED=1 $(SWIFT) build -c release --product folio
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/folio $(DESTDIR)$(PREFIX)/bin/folio
	@echo "installed $(DESTDIR)$(PREFIX)/bin/folio: $$($(DESTDIR)$(PREFIX)/bin/folio --version)"

## folio-pull: the database part (`folio pull`, `folio build --pull`: PostgreSQL, ClickHouse), a program of its own so `make site`
## never builds the database client; keep it beside folio (same build folder) or on PATH.
folio-pull: deps
	$(SWIFT) build -c $(CONFIG) --product folio-pull

## pull-sample: load the ticket sample into a throwaway local PostgreSQL and pull the playbook's source queries
## into content/data/snapshots/ (the warehouse source reads FOLIO_WAREHOUSE_URL), then stop the server.
pull-sample: build folio-pull
	FOLIO_TEST_TICKETS=content/data/tickets/tickets.csv bash scripts/postgres-test-server run \
		sh -c 'FOLIO_WAREHOUSE_URL="$$FOLIO_TEST_POSTGRES_URL" $(FOLIO) pull --site .'

install-pull: folio-pull
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/$(CONFIG)/folio-pull $(DESTDIR)$(PREFIX)/bin/folio-pull

serve: build
	$(FOLIO) serve --source . --output site

clean:
	rm -rf .build site docs/site
