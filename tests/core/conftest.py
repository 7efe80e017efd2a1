"""Fixtures for core tests: the real content, and broken copies of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from handbook import content
from handbook.content import Handbook
from handbook.resources import content_dir


@pytest.fixture(scope="session")
def handbook() -> Handbook:
    return content.load(content_dir())


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled content, to break on purpose."""
    target = tmp_path / "content"
    shutil.copytree(content_dir(), target)
    return target
