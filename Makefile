# Headset: the two commands in the README are `make demo` and `make test`.
SWIFT ?= swift

.PHONY: deps build demo test bench clean

# Installs missing system libraries (as root via apt-get; otherwise prints what to install).
deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product headset

# Builds in release mode and runs the main job: the demo centre in SQLite, exported to a workbook.
demo: build
	./.build/release/headset demo --database headset-demo.sqlite --xlsx headset-demo.xlsx

# Runs every test.
test: deps
	$(SWIFT) test

# Release-build benchmarks that print figures (see README, "Benchmarks").
bench: deps
	$(SWIFT) build -c release --product headset-bench
	./.build/release/headset-bench workbook --rows 1000000 --columns 10
	./.build/release/headset-bench staffing
	./.build/release/headset-bench forecast
	./.build/release/headset-bench organization
	./.build/release/headset-bench scheduling
	./.build/release/headset-bench quality

clean:
	rm -rf .build headset-demo.xlsx headset-demo.sqlite
