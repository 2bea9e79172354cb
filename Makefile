# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,parquet]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sec-exhibits batch samples --out out --overwrite  # a re-run replaces the last demo
	$(BIN)/sec-exhibits parse samples/qwest-kmc-mgs-amendment-1.txt

test: $(STAMP)
	$(BIN)/ruff check extractor grammars tests benchmarks fuzz
	$(BIN)/mypy extractor grammars
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check extractor grammars tests benchmarks fuzz
	$(BIN)/mypy extractor grammars

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

# Coverage-guided fuzzing of the whole pipeline for 10 minutes (not in CI); crashes land in fuzz/work/.
fuzz: $(STAMP)
	mkdir -p fuzz/work
	cd fuzz/work && ../../$(BIN)/python ../fuzz_parse.py -max_total_time=600 -max_len=8192 \
		-rss_limit_mb=2048 . ../seeds

clean:
	rm -rf $(VENV) out build *.egg-info
