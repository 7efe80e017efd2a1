"""Save one face of a TrueType collection (.ttc) as a single-face TrueType file (.ttf).

Used once to make resources/fonts/wqy-microhei.ttf from face 0 of Debian 12's
``fonts-wqy-microhei`` (``/usr/share/fonts/truetype/wqy/wqy-microhei.ttc``, WenQuanYi Micro Hei
0.2.0-beta): the app and the PDF handouts only use face 0 ("WenQuanYi Micro Hei"), and Qt had
fontconfig compute the character set of both faces at every start (see resources/fonts/README.md and
docs/PERFORMANCE.md).

Every table of the face is copied byte for byte (outlines, metrics, hinting, cmap, layout tables),
except two: ``name`` gets a line in its description (name ID 10) saying the file was changed, how and
when (the font's Apache-2.0 and GPL-3 licences ask a modified file to say so), and ``head`` gets the
new file's checksum adjustment. The script checks that once the file is written (and fails if not).

    python scripts/font_face.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc 0 \\
        resources/fonts/wqy-microhei.ttf --note "Face 0 of wqy-microhei.ttc (Debian 12 \\
        fonts-wqy-microhei 0.2.0-beta-3.1), saved alone as a TrueType file by the Handbook team, \\
        2026-12-06 (scripts/font_face.py of the Bone metastasis handbook); outlines, metrics, \\
        hinting and character map unchanged."

(The note as one line; the same input and note give the same file, byte for byte.)

Needs fontTools (``pip install fonttools``; pinned with the developer tools in pyproject.toml).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

DESCRIPTION = 10  # name ID of the font's description
KEPT_HEAD = slice(0, 8), slice(12, None)  # every byte of 'head' but checkSumAdjustment (offset 8, 4 bytes)


def extract(source: Path, index: int, target: Path, note: str) -> None:
    font = TTFont(str(source), fontNumber=index, lazy=True, recalcBBoxes=False, recalcTimestamp=False)
    original = {tag: font.reader[tag] for tag in font.reader.tables}
    names = font["name"]
    for record in list(names.names):
        if record.nameID == DESCRIPTION:
            text = f"{record.toUnicode()} {note}".strip()
            names.setName(text, DESCRIPTION, record.platformID, record.platEncID, record.langID)
    font.save(str(target), reorderTables=True)
    font.close()
    check(original, target)


def check(original: dict[str, bytes], target: Path) -> None:
    """Every table of ``target`` is the face's own, but the description and the checksum adjustment."""
    written = TTFont(str(target), lazy=True)
    tags = set(written.reader.tables)
    if tags != set(original):
        raise SystemExit(f"tables differ: {sorted(tags ^ set(original))}")
    for tag in sorted(tags):
        old, new = original[tag], written.reader[tag]
        if tag == "head":
            same = all(old[part] == new[part] for part in KEPT_HEAD)
        elif tag == "name":
            continue
        else:
            same = old == new
        if not same:
            raise SystemExit(f"table {tag!r} changed")
    written.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the TrueType collection (.ttc)")
    parser.add_argument("index", type=int, help="the face to keep (0 is the first)")
    parser.add_argument("target", type=Path, help="the single-face TrueType file to write (.ttf)")
    parser.add_argument("--note", required=True, help="appended to the font's description (name ID 10)")
    args = parser.parse_args(argv)
    extract(args.source, args.index, args.target, args.note)
    print(f"{args.target}: face {args.index} of {args.source.name}, {args.target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
