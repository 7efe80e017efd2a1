"""The core never imports Qt: only handbook/ui/ may."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import handbook

ROOT = Path(handbook.__file__).parent


def _core_modules() -> list[Path]:
    return [p for p in ROOT.rglob("*.py") if "ui" not in p.relative_to(ROOT).parts]


def test_no_core_module_imports_pyside6() -> None:
    offenders = []
    for path in _core_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")
            ]
    assert offenders == []


def test_no_core_module_keeps_qt_code_as_text() -> None:
    """Qt programs a core module runs in a child process (the start-up benchmark's) live outside the
    core (``benchmarks/``), not as strings in it."""
    qt_import = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.MULTILINE)
    offenders = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in _core_modules()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and qt_import.search(node.value)
    ]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    modules = [
        f"handbook.{p.relative_to(ROOT).with_suffix('').as_posix().replace('/', '.')}"
        for p in _core_modules()
        if p.name not in ("__main__.py",)
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {sorted(m.removesuffix('.__init__') for m in modules)!r}:\n"
        "    importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
