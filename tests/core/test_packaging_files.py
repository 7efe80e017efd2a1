"""The files the Debian package and the other builds take: the desktop entry, AppStream data, the
kiosk's service as docs/KIOSK.md shows it, and the icon in every form the builds need."""

from __future__ import annotations

import configparser
import struct
import xml.etree.ElementTree as ET

from handbook.resources import base_dir

ROOT = base_dir()
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
ID = "org.patienthandbook.Handbook"


def _ini(text: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser


def test_the_menu_entry_and_appstream_name_the_same_app_and_icon() -> None:
    entry = _ini((LINUX / f"{ID}.desktop").read_text(encoding="utf-8"))["Desktop Entry"]
    assert entry["Icon"] == ID and entry["Exec"].split()[0] == "handbook" and entry["Type"] == "Application"
    for lang in ("es", "zh_CN", "vi", "ar", "ko"):
        assert entry[f"Name[{lang}]"] and entry[f"Comment[{lang}]"]
    meta = ET.parse(LINUX / f"{ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == ID
    assert meta.find("launchable") is not None and meta.findtext("launchable") == f"{ID}.desktop"
    # what Wayland matches the window to (read as text: the core tests import no Qt)
    assert f'DESKTOP_ID = "{ID}"' in (ROOT / "handbook" / "ui" / "startup.py").read_text(encoding="utf-8")


def test_the_kiosk_service_restarts_and_is_the_one_docs_kiosk_shows() -> None:
    text = (LINUX / "handbook-kiosk.service").read_text(encoding="utf-8")
    unit = _ini(text)
    assert unit["Service"]["Restart"] == "always" and unit["Service"]["RestartSec"]
    assert unit["Service"]["ExecStart"].startswith("/usr/bin/handbook gui --kiosk")
    assert unit["Install"]["WantedBy"] == "graphical-session.target"
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    kiosk_doc = (ROOT / "docs" / "KIOSK.md").read_text(encoding="utf-8")
    shown = kiosk_doc.split("handbook-kiosk.service`:\n\n```ini\n", 1)[1].split("```", 1)[0]
    assert [line for line in shown.splitlines() if line.strip()] == lines
    autostart = _ini((LINUX / "handbook-kiosk.desktop").read_text(encoding="utf-8"))["Desktop Entry"]
    assert autostart["Exec"].startswith("handbook gui --kiosk") and autostart["Exec"] in kiosk_doc


def test_the_icon_is_there_in_every_form_the_builds_take() -> None:
    svg = ET.parse(ICONS / "handbook.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 256 256"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (ICONS / f"handbook-{size}.png").read_bytes()
        assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (size, size)
    ico = (ICONS / "handbook.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (ICONS / "handbook.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    spec = (ROOT / "build_app.spec").read_text(encoding="utf-8")
    assert "handbook.ico" in spec and "handbook.icns" in spec


def test_the_wheel_and_the_app_carry_every_resource_folder() -> None:
    """A folder added to resources/ (as resources/search was) reaches pip installs and the frozen app too:
    setup.py's hook copies it, build_app.spec bundles it (translations are compiled by both instead)."""
    import ast

    setup_tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    wheel_folders: set[str] = set()
    for node in ast.walk(setup_tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "RESOURCE_FOLDERS" for t in node.targets
        ):
            wheel_folders = set(ast.literal_eval(node.value))
    spec = (ROOT / "build_app.spec").read_text(encoding="utf-8")
    folders = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and not p.name.startswith(".")}
    folders |= {"index", "compiled"}  # built by make setup, ignored by git
    for folder in sorted(folders - {"translations"}):
        assert folder in wheel_folders, f"setup.py RESOURCE_FOLDERS lacks resources/{folder}"
        assert f'"{folder}"' in spec or f'/ "{folder}"' in spec, f"build_app.spec lacks resources/{folder}"
