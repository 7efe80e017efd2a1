"""The wheel's build hook (the project's metadata is in pyproject.toml).

``build_py`` also puts what the app reads at run time into the package, under ``handbook/_data/``:
the content, the bundled fonts and styles, the prebuilt search index and compiled content when they
have been built, and the UI translations compiled from their ``.ts`` sources with ``lrelease`` from
PySide6 (a build requirement), so ``pip install .`` gives the UI in all six languages.
``handbook.resources`` finds ``_data`` first. An editable install (``make setup``) reads the source
tree instead and is left as it is.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: resources/ folders copied as they are, when present (index and compiled are built by make setup)
RESOURCE_FOLDERS = ("fonts", "styles", "icons", "index", "compiled", "search")
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'lrelease'; lrelease()"


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        data = Path(self.build_lib) / "handbook" / "_data"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(ROOT / "content", data / "content")
        for folder in RESOURCE_FOLDERS:
            source = ROOT / "resources" / folder
            if source.is_dir():
                shutil.copytree(source, data / "resources" / folder, ignore=shutil.ignore_patterns("*.lock"))
        self.compile_translations(data / "resources" / "translations")

    def compile_translations(self, target: Path) -> None:
        target.mkdir(parents=True, exist_ok=True)
        sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
        if not sources:
            raise SystemExit("build: no .ts translation sources in resources/translations")
        for ts in sources:
            qm = target / f"{ts.stem}.qm"
            done = subprocess.run(
                [sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
            )
            if done.returncode != 0 or not qm.is_file():
                raise SystemExit(f"build: lrelease could not compile {ts.name}: {done.stderr.strip()}")


setup(cmdclass={"build_py": BuildWithData})
