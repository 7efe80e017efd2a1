"""The import rules (``[tool.importlinter]`` in pyproject.toml), checked by import-linter.

The real tree keeps every contract; a copy of the tree with one rule broken on purpose makes
``lint-imports`` report that contract broken, so the check is known to bite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
CONTRACTS = {
    "core-no-qt": "The core never imports Qt (PySide6) nor handbook.ui",
    "layers": "Packages import only downward",
    "faces": "Others import a package from its face, never its inner modules",
    "no-circles": "No import circles anywhere in handbook",
    "kiosk-layer": "The main window knows nothing of the kiosk",
}


def lint_imports(tree: Path, *contracts: str) -> subprocess.CompletedProcess[str]:
    """Run ``lint-imports`` on the ``handbook`` package found in ``tree``, with the project's contracts."""
    args = [sys.executable, "-c", LINT, str(ROOT / "pyproject.toml"), "--no-cache", "--no-logo"]
    for contract in contracts:
        args += ["--contract", contract]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(args, cwd=tree, env=env, capture_output=True, text=True, timeout=300, check=False)


def copy_tree(target: Path) -> Path:
    shutil.copytree(ROOT / "handbook", target / "handbook", ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_the_tree_keeps_every_contract() -> None:
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in CONTRACTS.values():
        assert f"{name} KEPT" in done.stdout
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in done.stdout


BREAKS = [
    pytest.param("core-no-qt", "handbook/search/scorer.py", "import PySide6.QtCore", id="core-imports-qt"),
    pytest.param("core-no-qt", "handbook/pdf/story.py", "import handbook.ui", id="core-imports-ui"),
    pytest.param("layers", "handbook/content/loading.py", "import handbook.search", id="content-imports-search"),
    pytest.param("layers", "handbook/config/settings.py", "import handbook.compare", id="config-imports-compare"),
    pytest.param("faces", "handbook/cli.py", "from handbook.search.engine import SearchIndex", id="inner-module"),
    pytest.param("faces", "handbook/bench/pdf.py", "from handbook.pdf import story", id="inner-module-by-name"),
    pytest.param("no-circles", "handbook/ui/theme.py", "import handbook.ui.find_bar", id="circle-in-ui"),
    pytest.param("no-circles", "handbook/content/model.py", "import handbook.content.files", id="circle-in-content"),
    pytest.param("kiosk-layer", "handbook/ui/main_window.py", "from handbook.ui import kiosk_idle", id="window-kiosk"),
]


@pytest.mark.parametrize(("contract", "module", "line"), BREAKS)
def test_a_broken_rule_is_reported(tmp_path: Path, contract: str, module: str, line: str) -> None:
    tree = copy_tree(tmp_path)
    kept = lint_imports(tree, contract)
    assert kept.returncode == 0, kept.stdout + kept.stderr  # the copy as it is keeps the contract
    with (tree / module).open("a", encoding="utf-8") as source:
        source.write(f"\n{line}  # broken on purpose\n")
    broken = lint_imports(tree, contract)
    assert broken.returncode != 0
    assert f"{CONTRACTS[contract]} BROKEN" in broken.stdout
    culprit = module.removesuffix(".py").replace("/", ".")
    named = culprit if contract != "no-circles" else f".{culprit.rsplit('.', 1)[1]} -> "  # relative there
    assert named in broken.stdout
