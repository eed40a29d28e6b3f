# Set-up, sample and tests for handout. `make sample` and `make test` install what is missing first.
SHELL := /bin/bash
DEBIAN_PACKAGES := pkg-config libcairo2-dev libharfbuzz-dev libfreetype-dev libcmark-gfm-dev \
	libcmark-gfm-extensions-dev libhyphen-dev hyphen-en-gb poppler-utils qpdf \
	chromium chromium-driver
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
SWIFT_FLAGS ?=

.PHONY: setup build release sample test clean

## Install the Debian packages that are missing (needs root or sudo).
setup:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing:" $$missing; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

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

clean:
	rm -rf .build out
