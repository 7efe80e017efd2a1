#!/usr/bin/env bash
# Set up everything the handbook needs on a fresh Debian machine with Python 3.11:
# the Debian libraries Qt and the tests need (installed only when missing, and said so on screen),
# a virtual environment in .venv with the Python packages, the built UI translations (.qm)
# and the prebuilt search index.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
VENV=.venv

# Qt offscreen + X11 (xcb) + Wayland plugins, poppler (PDF text checks in tests), Xvfb (kiosk test on a real X server),
# CUPS with the cups-pdf queue (printing tests start their own print server), lintian, desktop-file-utils
# and appstream (the .deb test).
SYSTEM_PACKAGES=(
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 libxrender1 libxi6
  poppler-utils xvfb xauth xdotool
  libwayland-client0 libwayland-cursor0 libwayland-egl1
  cups cups-client printer-driver-cups-pdf lintian desktop-file-utils appstream
)

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system libraries the app and tests need: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup: please install them as root: apt-get install ${missing[*]}" >&2; exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "setup: system libraries installed"
fi

stamp="$VENV/.installed"
if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating the virtual environment $VENV with $PYTHON"
  "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python packages (pyproject.toml)"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e '.[dev]'
  touch "$stamp"
fi

# UI translations: .ts sources are committed, .qm files are built here.
if compgen -G "resources/translations/*.ts" >/dev/null; then
  for ts in resources/translations/*.ts; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
    fi
  done
fi

# The shipped compiled content and search index (rebuilt only when the content changed).
if "$VENV/bin/python" -c "import handbook.content" 2>/dev/null; then
  "$VENV/bin/handbook" compile --shipped >/dev/null || echo "setup: could not compile the content; it will be compiled on first use"
fi

if "$VENV/bin/python" -c "import handbook.search" 2>/dev/null; then
  "$VENV/bin/handbook" index --shipped >/dev/null || echo "setup: could not prebuild the search index; it will be built on first use"
fi
echo "setup: ready"
