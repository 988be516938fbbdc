# One entry point for developers, the README and CI.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: install check build serve preview test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or run make PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

check: install
	$(BIN)/policy check

build: check
	rm -rf public
	$(BIN)/policy build --site-dir public

serve: build
	@echo "Serving http://127.0.0.1:8000/ (Ctrl-C to stop)"
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory public 8000

# Live preview of one language while editing: make preview lang=en
preview: install
	$(BIN)/mkdocs serve -a 127.0.0.1:8000 -f $(if $(lang),mkdocs.$(lang).yml,mkdocs.yml)

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf public site $(VENV)
