# NoticeDigest: the two commands of the README, and the tooling around them.
SHELL := /bin/bash
APT_PACKAGES := libgmime-3.0-dev libcmark-dev libpcre2-dev zlib1g-dev libxml2-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SAMPLE := samples/2026-11/notices.mbox
SAMPLE_MONTH := 2026-11
OUT := output

.PHONY: run test deps browser pydeps mta install build release lint sample bench eval model fuzz screenshots clean

## run: install what is missing, build in release mode, digest the bundled sample month into output/
run: deps release
	.build/release/notice-digest build --input $(SAMPLE) --month $(SAMPLE_MONTH) --timezone UTC --out $(OUT)
	@echo "Open: $(abspath $(OUT)/$(SAMPLE_MONTH)/index.html)"

## test: install what is missing (Chromium too, for the browser test), build with warnings as errors, run every test, lint
test: deps browser pydeps mta
	swift build --build-tests -Xswiftc -warnings-as-errors
	swift test --skip-build --parallel
	swift format lint --strict --recursive Sources Tests Package.swift

## deps: the C libraries and pkg-config, through apt-get, only when missing
deps:
	@if ! pkg-config --exists gmime-3.0 libcmark libpcre2-8 zlib libxml-2.0 2>/dev/null; then \
		echo "Installing $(APT_PACKAGES) with apt-get"; \
		$(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(APT_PACKAGES); \
	fi

## browser: Chromium from Debian's packages, for the browser test, only when missing
browser:
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then \
		echo "Installing chromium with apt-get"; \
		$(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
	fi

build: deps
	swift build

release: deps
	swift build -c release

## bench: notice-digest against the Python peer and GMime's bare parse (MESSAGES=10000|100000|1000000)
MESSAGES ?= 10000
bench: deps
	bench/run.sh $(MESSAGES)

## eval: judgement scores on the corpus's tune and score halves and, when present, ../shared/data/real-notices
eval: deps release
	python3 scripts/eval.py $(if $(MISSES),--misses $(MISSES))

## model: retrain the learned model (Sources/DigestClassify/Resources/learned-model.json) on the corpus's
## tuned half, Tests/Fixtures/Resources/training/*.mbox and the validation batches (validation/*/*.mbox); needs scikit-learn (installed with pip when missing)
model: deps release
	@python3 -c 'import sklearn' 2>/dev/null || python3 -m pip install -q --break-system-packages scikit-learn 2>/dev/null || python3 -m pip install -q scikit-learn
	python3 scripts/train-model.py --cv
	python3 scripts/train-model.py

## fuzz: libFuzzer over Ingest and Classify (fuzz/), seeded with the fixtures; FUZZ_SECONDS=600 by default
FUZZ_SECONDS ?= 600
fuzz: deps
	# SwiftPM gives libFuzzer's coverage only to the executable; the library modules under test get it here.
	swift build --package-path fuzz -c debug --sanitize=fuzzer --sanitize=address --scratch-path .build-fuzz \
		-Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
	mkdir -p .build-fuzz/corpus .build-fuzz/crashes
	cp -n Tests/Fixtures/Resources/eml/*.eml Tests/Fixtures/Resources/mbox/*.mbox Tests/Fixtures/Resources/corpus/*.eml .build-fuzz/corpus/ 2>/dev/null || true
	.build-fuzz/debug/FuzzIngestClassify .build-fuzz/corpus -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=2048 -timeout=20 -artifact_prefix=.build-fuzz/crashes/ -print_final_stats=1

## screenshots: the sample month's pages in headless Chromium (desktop and phone, en and ja); fails on console errors or scripts
screenshots: deps
	scripts/screenshots.sh

## pydeps: the Python parsers the output tests read the files back with (icalendar, jsonschema)
pydeps:
	@if ! python3 -c 'import icalendar, jsonschema' 2>/dev/null; then \
		python3 -m pip --version >/dev/null 2>&1 || { $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-pip; }; \
		python3 -m pip install -q --break-system-packages icalendar jsonschema 2>/dev/null || python3 -m pip install -q icalendar jsonschema; \
	fi

## mta: a real MTA for the delivery tests: Debian's postfix on loopback only (sendmail and SMTP on port 25, through curl), delivering to the local mailbox of a user digest-test
mta:
	@command -v postfix >/dev/null 2>&1 || { $(SUDO) apt-get update -q && echo "postfix postfix/main_mailer_type select Local only" | $(SUDO) debconf-set-selections && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postfix; }
	@command -v curl >/dev/null 2>&1 || $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q curl
	@id digest-test >/dev/null 2>&1 || $(SUDO) useradd -m digest-test
	@$(SUDO) postconf -e 'inet_interfaces = loopback-only' 'inet_protocols = ipv4' 'myhostname = localhost' \
		'mydestination = localhost, localhost.localdomain' 'mail_spool_directory = /var/mail' 'home_mailbox =' \
		'relayhost =' 'recipient_delimiter = +' 'default_transport = error:this test MTA delivers locally only'
	@$(SUDO) postfix status >/dev/null 2>&1 && $(SUDO) postfix reload >/dev/null 2>&1 || $(SUDO) postfix start >/dev/null 2>&1 || true
	@$(SUDO) postfix status >/dev/null 2>&1 || { echo "mta: postfix did not start"; exit 1; }

## install: the release binary, its resources (rules, service catalogue, templates) and a man page under PREFIX (default /usr/local)
PREFIX ?= /usr/local
install: deps release
	install -d $(DESTDIR)$(PREFIX)/lib/notice-digest $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 .build/release/notice-digest $(DESTDIR)$(PREFIX)/lib/notice-digest/notice-digest
	for bundle in .build/release/*.resources; do \
		rm -rf "$(DESTDIR)$(PREFIX)/lib/notice-digest/$$(basename $$bundle)"; cp -RL "$$bundle" $(DESTDIR)$(PREFIX)/lib/notice-digest/; \
	done
	ln -sfn ../lib/notice-digest/notice-digest $(DESTDIR)$(PREFIX)/bin/notice-digest
	mkdir -p .build/man
	swift package --allow-writing-to-directory .build/man generate-manual --output-directory .build/man --date 2026-12-01 >/dev/null
	install -m 644 .build/man/notice-digest.1 $(DESTDIR)$(PREFIX)/share/man/man1/notice-digest.1
	@echo "Installed: $(PREFIX)/bin/notice-digest ($$($(DESTDIR)$(PREFIX)/bin/notice-digest --version)); man notice-digest"

## lint: swift-format in strict mode
lint:
	swift format lint --strict --recursive Sources Tests Package.swift

## sample: regenerate the bundled sample month (deterministic)
sample:
	python3 samples/generate.py

clean:
	rm -rf .build $(OUT)/*/ $(OUT)/index.html
