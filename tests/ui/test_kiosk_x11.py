"""The kiosk on a real X server with no window manager (Xvfb), driven like a person with xdotool.

The app runs as ``handbook gui --kiosk --idle-timeout 8 --reset-countdown 3``; pictures of the
X screen come from a second, separate X client. Checked: the window covers the screen, Ctrl+Q,
Escape, Alt+F4, F11 and Ctrl+W leave it running, a search shows, the countdown covers it no sooner
than the idle time after the last key, and no sooner than the countdown after that the screen is the
same as at the start; then the admin passphrase closes it, and nothing was written to the
configuration folder. Skipped where Xvfb or xdotool is missing.

Nothing here relies on the machine being quick: every step waits for what it needs to see (a
window, a picture that changed or settled) with a generous bound. The times checked are bounds
that a loaded machine cannot break: a picture taken late shows a change late, so a change is known
only to lie between the start of the last picture without it and the end of the first picture with
it, and each check takes the widest interval those bounds allow (a countdown that came too early
or ended too soon still fails on a machine quick enough to take pictures often). Xvfb picks a free
display number itself.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from handbook.config import kiosk as kiosk_config

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool (scripts/setup.sh)"
    ),
]

WIDTH, HEIGHT = 1280, 1024
PASSPHRASE = "front desk 42"
IDLE, COUNTDOWN = 8, 3
#: The longest any step may take on a loaded machine (never reached when things work): the kiosk's
#: first window took longer than a minute once, with two suites running under stress-ng.
PATIENCE_S = 300
#: Pixels that may differ between two pictures of the same screen (the search box's blinking cursor).
SAME_SCREEN_PIXELS = 400

#: A separate X client that saves a picture of the whole screen for each path it reads on stdin.
GRABBER = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([sys.argv[0]])
for line in sys.stdin:
    ok = QGuiApplication.primaryScreen().grabWindow(0).save(line.strip(), "PNG")
    print("ok" if ok else "failed", flush=True)
"""


def _x_env(display: str, config_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(config_home))
    return env


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb on a free display number (Xvfb picks it and tells it through a pipe)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + PATIENCE_S
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], 0.2)
        if ready:
            chunk = os.read(read_end, 16)
            if not chunk:
                break
            number += chunk
    os.close(read_end)
    if not number.strip().isdigit():
        server.kill()
        server.wait()
        pytest.fail("Xvfb did not start")
    yield f":{number.decode().strip()}"
    server.terminate()
    server.wait(timeout=PATIENCE_S)


class Screen:
    """xdotool and screen pictures on one X display."""

    def __init__(self, display: str, folder: Path, env: dict[str, str]) -> None:
        self.display = display
        self.folder = folder
        self.env = env
        self.grabber: subprocess.Popen[str] | None = None

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=20, check=False)
        return done.stdout.strip()

    def picture(self, name: str) -> QImage:
        if self.grabber is None:
            self.grabber = subprocess.Popen(
                [sys.executable, "-c", GRABBER],
                env=self.env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
        path = self.folder / f"{name}.png"
        assert self.grabber.stdin is not None and self.grabber.stdout is not None
        self.grabber.stdin.write(f"{path}\n")
        self.grabber.stdin.flush()
        assert self.grabber.stdout.readline().strip() == "ok"
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
        assert (image.width(), image.height()) == (WIDTH, HEIGHT)
        return image

    def close(self) -> None:
        if self.grabber is not None:
            assert self.grabber.stdin is not None and self.grabber.stdout is not None
            self.grabber.stdin.close()
            self.grabber.wait(timeout=10)
            self.grabber.stdout.close()


def differing_pixels(a: QImage, b: QImage) -> int:
    pixels_a = array("I", bytes(a.constBits()))
    pixels_b = array("I", bytes(b.constBits()))
    if pixels_a == pixels_b:
        return 0
    return sum(1 for x, y in zip(pixels_a, pixels_b, strict=True) if x != y)


def until(condition: Callable[[], bool], seconds: float) -> tuple[float, float] | None:
    """When ``condition`` first held, as bounds (monotonic): the start of the last check that failed
    (the change came after it) and the end of the first check that held (it came before); None
    after ``seconds``. Both checks may be slow on a loaded machine: the bounds stay true."""
    deadline = time.monotonic() + seconds
    before = time.monotonic()
    while time.monotonic() < deadline:
        started = time.monotonic()
        if condition():
            return before, time.monotonic()
        before = started
        time.sleep(0.05)
    return None


def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


def visible_windows(screen: Screen) -> list[str]:
    return screen.xdotool("search", "--onlyvisible", "--class", "handbook").split()


def settled(screen: Screen, name: str) -> QImage:
    """A picture of the screen once it has stopped changing (two pictures in a row the same)."""
    picture = screen.picture(name)
    deadline = time.monotonic() + PATIENCE_S
    while time.monotonic() < deadline:
        time.sleep(0.2)
        again = screen.picture(name)
        if differing_pixels(picture, again) <= SAME_SCREEN_PIXELS:
            return again
        picture = again
    pytest.fail(f"the screen never settled ({name})")


def test_the_kiosk_on_x_without_a_window_manager(display: str, tmp_path: Path) -> None:
    config_home = tmp_path / "config-home"
    config_home.mkdir()
    config = tmp_path / "kiosk.ini"
    kiosk_config.set_passphrase(PASSPHRASE, config)
    env = _x_env(display, config_home)
    screen = Screen(display, tmp_path, env)
    log = (tmp_path / "app.log").open("w")
    command = ["gui", "--kiosk", "--idle-timeout", str(IDLE), "--reset-countdown", str(COUNTDOWN)]
    app = subprocess.Popen(
        [sys.executable, "-m", "handbook", *command, "--kiosk-config", str(config)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        windows: list[str] = []

        def window_shown() -> bool:
            windows[:] = visible_windows(screen)
            return bool(windows)

        wait_for(window_shown, PATIENCE_S, "the kiosk window")
        window = windows[0]

        def geometry() -> dict[str, int]:
            lines = screen.xdotool("getwindowgeometry", "--shell", window).splitlines()
            return {k: int(v) for k, v in (line.split("=") for line in lines) if k in ("X", "Y", "WIDTH", "HEIGHT")}

        full = {"X": 0, "Y": 0, "WIDTH": WIDTH, "HEIGHT": HEIGHT}
        wait_for(lambda: geometry() == full, PATIENCE_S, "a full-screen window")
        start = settled(screen, "start")

        for key in ("ctrl+q", "Escape", "alt+F4", "F11", "ctrl+w"):
            screen.xdotool("key", key)
        screen.xdotool("type", "--delay", "40", "bone pain")  # handled after the keys above: X keeps the order
        wait_for(lambda: differing_pixels(start, screen.picture("typing")) > 20_000, PATIENCE_S, "the search")
        assert app.poll() is None, "a key closed the kiosk"
        assert geometry() == full
        # The idle time counts from here: a key that types nothing (it would also take away a countdown
        # that a very slow search let begin).
        typed = time.monotonic()  # the key goes out after this: the idle time starts no sooner
        screen.xdotool("key", "shift")
        searched = settled(screen, "searched")

        shown = until(lambda: differing_pixels(searched, screen.picture("countdown")) > 200_000, PATIENCE_S)
        assert shown is not None, "no countdown covered the screen"
        # the latest the countdown can have come, less the soonest the last key can have gone
        assert shown[1] - typed >= IDLE - 0.3, "the countdown came before the idle time"
        reset = until(lambda: differing_pixels(start, screen.picture("after")) <= SAME_SCREEN_PIXELS, PATIENCE_S)
        assert reset is not None, "the kiosk did not start over"
        # the latest the reset can have come, less the soonest the countdown can have come
        assert reset[1] - shown[0] >= COUNTDOWN - 0.5, "the kiosk started over before the countdown ended"
        print(
            f"countdown {shown[0] - typed:.1f} to {shown[1] - typed:.1f} s and reset {reset[0] - typed:.1f} to "
            f"{reset[1] - typed:.1f} s after the last key"
        )

        screen.xdotool("key", "ctrl+alt+shift+a")
        wait_for(lambda: len(visible_windows(screen)) > 1, PATIENCE_S, "the passphrase dialog")
        settled(screen, "passphrase")
        screen.xdotool("type", "--delay", "30", PASSPHRASE)
        screen.xdotool("key", "Return")
        assert app.wait(timeout=PATIENCE_S) == 0
    finally:
        screen.close()
        if app.poll() is None:
            app.kill()
            app.wait()
        log.close()
    assert list(config_home.rglob("*")) == [], "the kiosk wrote settings"
    output = (tmp_path / "app.log").read_text()
    assert "Traceback" not in output, output
