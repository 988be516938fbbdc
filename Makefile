# One entry point for developers, the README and CI.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
E2E    := tests/e2e
AXE    := $(E2E)/node_modules/.package-lock.json
LIGHTHOUSE := bench/node_modules/.package-lock.json
# The port `make serve` and `make preview` serve on (127.0.0.1 only): make serve port=8001
port   ?= 8000

.PHONY: install check build serve preview lint test bench clean

install: $(STAMP)

# After pip, byte-compile our own sources as pip does the dependencies': each build and `policy check` then
# skips compiling them, also where PYTHONDONTWRITEBYTECODE is set (a file edited later is compiled in memory).
$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or run make PYTHON=/path/to/python3.11"; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(not (3, 11, 5) <= sys.version_info[:3] < (3, 12))' || { echo "error: $(PYTHON) is Python $$($(PYTHON) -c 'import platform; print(platform.python_version())'): the pinned packages need Python 3.11.5 or a later 3.11; run make PYTHON=/path/to/that/python3.11"; exit 1; }
	.ci/system-packages build
	test -x $(BIN)/python || $(PYTHON) -P -m venv $(VENV)
	$(BIN)/python -P -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -P -m compileall -q src hooks
	rm -f $(VENV)/.installed-*
	touch $@

check: install
	$(BIN)/policy check $(if $(format),--format $(format))

# The archive as served: publish onto the local gh-pages branch every dated version of git history
# not yet on it (the branch is created if need be), then export the branch into public/.
build: check
	$(BIN)/policy history
	$(BIN)/policy export --site-dir public

# As a site `policy init` made serves (policysite.serving): a port another program holds is one `error:` line, not
# http.server's or MkDocs' traceback. Another port: make serve port=8001
serve: build
	@$(BIN)/python -P -m policysite.serving --directory public "$(port)"

# Live preview of one language while editing: make preview lang=en
preview: install
	$(BIN)/policy check --configuration
	$(BIN)/python -P -m policysite.serving --preview "$(port)" -- serve --no-strict -a "127.0.0.1:$(port)" -f $(if $(lang),mkdocs.$(lang).yml,mkdocs.yml)

# Lint (ruff's rule set and mypy, both configured in pyproject.toml), then every test.
lint: install
	$(BIN)/ruff check src hooks tests bench
	$(BIN)/mypy

# Three workers on two cores: the browser tests wait on Chromium and the server, a third file fills that time.
test: lint $(AXE)
	.ci/system-packages test
	$(BIN)/python -m pytest -n 3 --dist loadfile

# axe-core for the browser tests, exactly as pinned in tests/e2e/package-lock.json. Without npm
# the browser tests are skipped on a developer's machine (and fail in CI).
$(AXE): $(E2E)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then cd $(E2E) && npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: browser tests will be skipped (install Node.js and npm)"; fi

# Benchmarks print figures and assert nothing: every bench/bench_*.py, each on its own.
# make bench LARGE=1: the archive's benchmarks at 10, 100 and 1,000 versions (about 1 hour more on two cores)
bench: install $(LIGHTHOUSE)
	@for script in bench/bench_*.py; do echo "== $$script"; case $$script in \
	  *bench_history.py) args="$(if $(LARGE),--sizes 10 50 100 1000)";; \
	  *bench_archive_size.py) args="$(if $(LARGE),--sizes 10 100 1000)";; \
	  *bench_weight.py) args="$(if $(LARGE),--versions 1000)";; *) args="";; esac; \
	  $(BIN)/python $$script $$args || exit 1; done

# Lighthouse for bench/bench_lighthouse.py, exactly as pinned in bench/package-lock.json; it drives
# Debian's Chromium (no browser download). Without npm that benchmark is skipped.
$(LIGHTHOUSE): bench/package-lock.json
	@if command -v npm >/dev/null 2>&1; then cd bench && npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: bench_lighthouse.py will be skipped (install Node.js and npm)"; fi

clean:
	rm -rf public site $(VENV) $(E2E)/node_modules bench/node_modules
