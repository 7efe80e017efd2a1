#!/usr/bin/env bash
# Start the desktop app, or, where there is no display, say so and show what works headless.
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
  cat <<'MSG'
No display was found, so the handbook window cannot open here.
What works without a display (from this folder):
  .venv/bin/handbook gui --screenshot window.png --view search:pain   # the window, as a picture
  .venv/bin/handbook export --all --lang es -o handbook-es.pdf        # a PDF handout
  .venv/bin/handbook search "my bones hurt"                           # search
  .venv/bin/handbook list                                             # every topic
To see the window, run `make run` on a desktop (or under Xvfb: xvfb-run make run).
MSG
  echo "Rendering the home page to window.png as an example..."
  QT_QPA_PLATFORM=offscreen .venv/bin/handbook gui --screenshot window.png && echo "Wrote window.png"
  exit 0
fi
exec .venv/bin/handbook gui "$@"
