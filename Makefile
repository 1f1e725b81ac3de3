# pledgeparse: the two commands a fresh machine needs are `make demo` and `make test`.
# Both create .venv and install everything themselves.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: demo test install system-deps models schemas regen-golden lint typecheck eval-dev eval-corpus cv bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Install tesseract with its Swedish data (OCR of scanned PDFs) where missing.
system-deps:
	bash scripts/install_system_deps.sh

## Build the spaCy pipeline from the files in the repo into the per-user cache (once per version).
models: $(STAMP)
	$(PY) -m pledgeparse.nlp build

## Install, then parse the bundled corpus into out/demo.
## Exit code 1 (some inputs recorded in failures.parquet) is expected here: corpus/savsjo_2022 is a
## page that only reports a signing, and gives an E201 row by design. Any other code fails the target.
demo: $(STAMP) system-deps models
	$(BIN)/pledgeparse parse corpus --out out/demo || [ $$? -eq 1 ]
	@echo "tables in out/demo:" && ls out/demo
	$(BIN)/pledgeparse report out/demo --html out/demo-report.html

## Install, then run the test suite.
test: $(STAMP) system-deps models
	$(PY) -m pytest -q

## Regenerate schemas/ from the pydantic models.
schemas: $(STAMP)
	$(BIN)/pledgeparse schema --out schemas

## Rewrite corpus/*/expected.json from the current pipeline (review the diff!).
regen-golden: $(STAMP)
	PLEDGEPARSE_REGEN=1 $(PY) -m pytest -q tests/test_golden.py

## Score the development set in ../shared with the project's own eval.
eval-dev: $(STAMP)
	$(BIN)/pledgeparse eval --gold $(SHARED)/gold $(SHARED)/seeds/*.txt

eval-corpus: $(STAMP)
	$(BIN)/pledgeparse eval --gold corpus corpus/*/*.txt corpus/copied_pages/docs/*.txt

## Cross-validate the pledge decision (rules, trained model, both) on corpus/, the seeds and ../shared/realdev.
cv: $(STAMP)
	mkdir -p out
	$(PY) scripts/pledge_training.py --shared $(SHARED) --out out/pledge_training.jsonl
	$(PY) -m pledgeparse.extract.crossval out/pledge_training.jsonl

## Benchmark (not part of the tests): a short-document (1-2 pages) and a long-document corpus of
## 300 PDFs and 300 web pages each through the pipeline, then a crawl of 16 loopback hosts with
## --concurrency 1 and 8; prints the figures and the README table.
bench: $(STAMP) models
	$(PY) scripts/bench.py
	$(PY) scripts/crawl_bench.py

## Lint: ruff's rules, ruff's formatting (checked, never rewritten here) and mypy (config in pyproject.toml).
## Every step runs even when an earlier one fails; the target fails if any did.
lint: $(STAMP)
	status=0; \
	$(BIN)/ruff check src tests scripts || status=1; \
	$(BIN)/ruff format --check --output-format concise src tests scripts || status=1; \
	$(BIN)/mypy || status=1; \
	exit $$status

typecheck: lint

clean:
	rm -rf out bench-out .pytest_cache .mypy_cache .ruff_cache models/pledgeparse_sv
