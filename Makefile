# The two commands (see README): `make run` and `make test`. Each sets everything up first.
.PHONY: setup run test lint typecheck bench app clean

VENV := .venv
BIN := $(VENV)/bin

setup:
	@bash scripts/setup.sh

run: setup
	@bash scripts/run.sh

lint: setup
	$(BIN)/ruff check handbook tests
	$(BIN)/ruff format --check handbook tests

typecheck: setup
	$(BIN)/mypy

test: setup
	$(BIN)/ruff check handbook tests
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q $(PYTEST_ARGS)

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m handbook.bench

app: setup
	$(BIN)/pyinstaller --noconfirm --clean build_app.spec
	@du -sh dist/handbook

clean:
	rm -rf build dist .mypy_cache .pytest_cache .ruff_cache resources/index resources/translations/*.qm
