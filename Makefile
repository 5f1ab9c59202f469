# mediabot — the two commands of the README:
#   make run    set up whatever is missing, then start actions + Rasa + gateway (http://localhost:8080)
#   make test   set up whatever is missing, then run the whole test suite
# Both are idempotent: the virtualenvs, the catalog, the item embeddings and the Rasa model are
# rebuilt only when their inputs change.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
RASA_VENV := .venv-rasa
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help venvs browser model setup run test bench clean

help:
	@echo "make run   - set up and start mediabot (web chat at http://localhost:8080)"
	@echo "make test  - set up and run all tests"
	@echo "make bench - recommender benchmark (bundled catalog + 1M synthetic items)"

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "mediabot needs Python 3.11+ as python3 (or PYTHON=...)"'
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q torch==2.13.0
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

$(RASA_VENV)/.installed: requirements-rasa.txt nlu/requirements.txt contract/pyproject.toml
	@PY310=$$(scripts/find-python310.sh) || exit 1; \
	  test -x $(RASA_VENV)/bin/python || $$PY310 -m venv $(RASA_VENV)
	$(RASA_VENV)/bin/pip install -q 'pip<24.1'
	$(RASA_VENV)/bin/pip install -q -r requirements-rasa.txt pytest==8.4.2 pytest-asyncio==0.23.8
	$(RASA_VENV)/bin/pip install -q -e ./contract
	touch $@

venvs: $(VENV)/.installed $(RASA_VENV)/.installed

# Browser tests drive Debian's Chromium (never a test tool's own download).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get install -y -q chromium chromium-driver >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null; }; \
	  else echo "browser tests need Chromium: sudo apt-get install chromium chromium-driver"; fi; }

model: venvs
	@$(VENV)/bin/python -c 'from mediabot.rasa_model import ensure_model; print(ensure_model())'

setup: venvs
	$(VENV)/bin/mediabot setup

run: venvs
	$(VENV)/bin/mediabot up

# The gateway runtime's part runs on TEST_WORKERS pytest-xdist workers (one per core on the 2-core CI):
# a stack turn keeps about one core busy, so two workers, each with its own stack, halve its time.
# --dist loadfile keeps a module on one worker, so a module's own stack starts once.
TEST_WORKERS ?= 2

test: model browser
	$(RASA_VENV)/bin/python -m pytest -q tests/nlu tests/actions tests/conversations
	$(VENV)/bin/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile tests --ignore=tests/nlu --ignore=tests/actions --ignore=tests/conversations

bench: setup
	$(VENV)/bin/mediabot bench recommender

clean:
	rm -rf var models
