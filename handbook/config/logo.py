"""A clinic's logo as ReportLab draws it: a PNG as it is, an SVG read by svglib (once per file)."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@lru_cache(maxsize=8)
def _svg(path: str, mtime_ns: int) -> Any:
    from svglib.svglib import svg2rlg

    try:
        return svg2rlg(path)
    except Exception as err:  # svglib and lxml raise many kinds of error for a file they cannot read
        log.info("cannot read the SVG logo %s: %s", path, err)
        return None


def svg_drawing(path: Path) -> Any:
    """The SVG at ``path`` as a ReportLab Drawing (None if it cannot be read)."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return None
    return _svg(str(path), mtime)
