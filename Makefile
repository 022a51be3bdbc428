# The handful of commands CI and people run. Each creates the virtual
# environment when it is missing.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin

.PHONY: install demo test lint check-floors bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

lint: install
	$(BIN)/ruff check nkevents tests bench scripts
	$(BIN)/ruff format --check nkevents tests bench scripts
	$(BIN)/mypy

test: install lint
	$(BIN)/pytest -q

demo: install
	$(BIN)/nkevents extract samples/ --summary

clean:
	rm -rf $(VENV) build *.egg-info
