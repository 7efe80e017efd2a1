"""``pip install .`` gives the whole app: a wheel built the way pip builds it (in an isolated build
environment, with setup.py's hook compiling the UI translations), installed in a fresh virtual
environment, shows its UI in all six languages and finds its content.

Marked ``build``: it downloads the build requirements and the app's dependencies (from pip's cache
when they are there), so it takes a minute or two.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

from handbook.resources import base_dir

pytestmark = pytest.mark.build
ROOT = base_dir()
SKIP = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"
)

#: run in the fresh environment: one translated Qt string per language, and the data folder used
CHECK = """
import json, sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from handbook.resources import base_dir
from handbook.ui.language import Translations
app = QApplication([])
translations = Translations(app)
seen = {}
for lang in ("en", "es", "zh", "vi", "ar", "ko"):
    translations.apply(lang)
    seen[lang] = QCoreApplication.translate("MainWindow", "&Quit")
print(json.dumps({"quit": seen, "missing": sorted(translations.missing), "base": str(base_dir())}))
"""


def test_a_wheel_in_a_fresh_environment_has_every_ui_language(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)
    (source / "resources" / "translations").mkdir(exist_ok=True)
    for qm in (source / "resources" / "translations").glob("*.qm"):
        qm.unlink()  # the wheel must make its own
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    built = subprocess.run(
        [str(python), "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "wheels"), str(source)],
        capture_output=True,
        text=True,
        timeout=1200,
        env=env,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next((tmp_path / "wheels").glob("handbook-*.whl"))
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True, timeout=1200, env=env
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    run_env = {**env, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "c")}
    checked = subprocess.run(
        [str(python), "-c", CHECK], capture_output=True, text=True, timeout=300, env=run_env, cwd=tmp_path
    )
    assert checked.returncode == 0, checked.stderr[-3000:]
    result = json.loads(checked.stdout.strip().splitlines()[-1])
    assert result["missing"] == []
    assert Path(result["base"]).is_relative_to(env_dir), result["base"]  # the wheel's data, not the source
    quit_texts = result["quit"]
    assert quit_texts["en"] == "&Quit"
    assert quit_texts["es"] == "&Salir" and quit_texts["zh"] == "退出" and quit_texts["ar"] == "خروج"
    assert len(set(quit_texts.values())) == 6, quit_texts
    handbook_cmd = env_dir / "bin" / "handbook"
    search = subprocess.run(
        [str(handbook_cmd), "search", "zometa", "--json"], capture_output=True, text=True, timeout=300, env=run_env
    )
    assert search.returncode == 0 and "bisphosphonates" in search.stdout, search.stderr
    # a question in a reader's words needs the language's asking words (resources/search) from the wheel
    asked = subprocess.run(
        [str(handbook_cmd), "search", "¿qué es el denosumab?", "--lang", "es", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        env=run_env,
    )
    assert asked.returncode == 0 and "denosumab" in asked.stdout, asked.stderr
