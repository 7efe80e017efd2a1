"""`handbook gui --screenshot FILE.png --view V`: the real window, rendered offscreen, then exit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from handbook.cli import main

SIZE = (1280, 800)


@pytest.mark.parametrize(
    ("lang", "view"),
    [
        ("en", "home"),
        ("en", "section:denosumab"),
        ("es", "search:dolor de huesos"),
        ("ar", "compare:zometa,xgeva"),
        ("zh", "section:radiation"),
    ],
)
def test_screenshot_renders_the_window(qtbot: QtBot, tmp_path: Path, lang: str, view: str) -> None:
    out = tmp_path / "window.png"
    assert main(["gui", "--lang", lang, "--screenshot", str(out), "--view", view]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == SIZE
    colours = {image.pixel(x, y) for x in range(0, SIZE[0], 16) for y in range(0, SIZE[1], 16)}
    assert len(colours) > 20  # a real window with text, not an empty rectangle


@pytest.mark.parametrize(
    ("view", "words"),
    [
        ("section:no-such-topic", "no-such-topic"),
        ("compare:zometa,nonsense", "nonsense"),
        ("compare:zometa", "2 to 4"),
        ("sideways", "unknown view"),
    ],
    ids=["unknown-topic", "unknown-treatment", "one-treatment", "unknown-view"],
)
def test_a_bad_view_is_one_clear_line_and_a_failure(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str], view: str, words: str
) -> None:
    out = tmp_path / "window.png"
    assert main(["gui", "--screenshot", str(out), "--view", view]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert words in err
    assert not out.exists()


@pytest.mark.parametrize(("name", "words"), [("missing/window.png", "does not exist"), ("window.jpg", ".png")])
def test_a_bad_screenshot_path_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, words: str
) -> None:
    assert main(["gui", "--screenshot", str(tmp_path / name)]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and words in err
