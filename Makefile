# The two commands of the README:
#   make map    create .venv, install geo, map the seed articles into output/
#   make test   create .venv, install geo with its test tools (and Chromium if missing), run the suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: map test lint browser bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@

map: $(STAMP)
	$(BIN)/geo map seeds/ -o output/

# Browser tests need Debian's chromium; install it when missing and we may (root or sudo).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check geo tests benchmarks scripts

test: $(STAMP) browser lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/suite.py

eval: $(STAMP)
	$(BIN)/python ../shared/eval/score.py toponyms ../shared/eval/geowebnews/GWN.xml --cmd "$(BIN)/geo extract {dir} --json"
	$(BIN)/python ../shared/eval/score.py toponyms ../shared/eval/lgl/lgl.xml --cmd "$(BIN)/geo extract {dir} --json"
	$(BIN)/python ../shared/eval/score.py events ../shared/eval/seeds/seeds_gold.jsonl --cmd "$(BIN)/geo extract {dir} --json" --details

clean:
	rm -rf $(VENV) output/*.html output/*.geojson .pytest_cache .ruff_cache
