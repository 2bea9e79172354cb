# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,parquet]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sec-exhibits batch samples --out out
	$(BIN)/sec-exhibits parse samples/qwest-kmc-mgs-amendment-1.txt

test: $(STAMP)
	$(BIN)/ruff check extractor grammars tests benchmarks fuzz
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check extractor grammars tests benchmarks fuzz

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out build *.egg-info
