# The two commands (see README): `make run` and `make test`. Each sets everything up first.
.PHONY: setup run test lint typecheck bench app deb icons clean screenshots

VENV := .venv
BIN := $(VENV)/bin

setup:
	@bash scripts/setup.sh

run: setup
	@bash scripts/run.sh

lint: setup
	$(BIN)/ruff check handbook benchmarks tests
	$(BIN)/ruff format --check handbook benchmarks tests

typecheck: setup
	$(BIN)/mypy

test: setup
	$(BIN)/ruff check handbook benchmarks tests
	$(BIN)/ruff format --check handbook benchmarks tests
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q $(PYTEST_ARGS)

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m handbook.bench

app: setup
	$(BIN)/pyinstaller --noconfirm --clean build_app.spec
	@du -sh dist/handbook

# The Debian package of the app: dist/handbook_<version>_amd64.deb (see scripts/make_deb.sh).
deb: app
	bash scripts/make_deb.sh dist/handbook dist

# Re-render the icon files (PNG sizes, .ico, .icns) from resources/icons/handbook.svg.
icons: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make_icons.py

clean:
	rm -rf build dist .mypy_cache .pytest_cache .ruff_cache resources/index resources/translations/*.qm

screenshots: setup
	mkdir -p docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/handbook gui --lang en --screenshot docs/screenshots/section-en.png --view section:denosumab
	QT_QPA_PLATFORM=offscreen $(BIN)/handbook gui --lang ar --screenshot docs/screenshots/compare-ar.png --view compare:zometa,xgeva
	QT_QPA_PLATFORM=offscreen $(BIN)/handbook gui --lang zh --screenshot docs/screenshots/search-zh.png --view search:骨痛
	QT_QPA_PLATFORM=offscreen $(BIN)/handbook gui --lang vi --screenshot docs/screenshots/home-vi.png --view home
	QT_QPA_PLATFORM=offscreen $(BIN)/handbook gui --lang es --screenshot docs/screenshots/search-es.png --view "search:huesos rotos"
	QT_QPA_PLATFORM=offscreen $(BIN)/handbook gui --lang ko --screenshot docs/screenshots/section-ko.png --view section:radiopharmaceuticals
