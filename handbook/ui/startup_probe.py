"""A probe for the GUI benchmark (``handbook/bench/gui.py`` runs it in a fresh process).

It starts the real app offscreen, says when the window is usable (shown, home page laid out,
contents filled), then uses it a little (search, a topic, a comparison, a language switch) and
reports the resident memory before and after, as one JSON line on stdout.
"""

from __future__ import annotations

import json
import os
import sys
import time


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str]) -> int:
    started = float(argv[0]) if argv else time.time()
    lang = argv[1] if len(argv) > 1 else "en"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from handbook import content
    from handbook.ui.prefs import Prefs
    from handbook.ui.startup import application, build_window

    app = application()
    window = build_window(app, content.load_cached(), Prefs(), lang)
    window.show()
    QApplication.processEvents()
    ready = time.time()
    rss_ready = _rss_mb()

    search_start = time.perf_counter()
    window.search.set_query("bone pain")
    first_search = time.perf_counter() - search_start
    treatments = [t.id for t in window.handbook.treatments(lang)]
    window.open_topic(treatments[0])
    window.open_compare(treatments[:4])
    window.set_language("ar" if lang != "ar" else "en")
    window.set_zoom(200)
    QApplication.processEvents()
    window.grab()
    result = {
        "start_to_usable_s": round(ready - started, 3),
        "first_search_s": round(first_search, 3),
        "rss_ready_mb": round(rss_ready, 1),
        "rss_after_use_mb": round(_rss_mb(), 1),
    }
    sys.stdout.write(json.dumps(result) + "\n")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
