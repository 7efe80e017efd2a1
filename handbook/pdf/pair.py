"""Two languages side by side: a flowable that sets a block and its translation in two columns.

A bilingual handout is a run of such pairs (a heading and its translation, a paragraph and its
translation, ...), so the two texts of each block start level with each other on every page; the
first language takes the start side (the right in an Arabic-first handout). A pair taller than the
room left on a page is split line by line in both columns at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

#: The room between the two columns, in points: wide enough that text extractors keep the columns
#: apart (poppler joins words closer than about twice the type size into one line).
GUTTER = 28.0


def _height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for i, f in enumerate(flowables):
        _w, h = f.wrap(width, 1e9)
        total += h + (f.getSpaceBefore() if i else 0.0) + (f.getSpaceAfter() if i < len(flowables) - 1 else 0.0)
    return total


def _fit(flowables: Sequence[Flowable], width: float, room: float) -> tuple[list[Flowable], list[Flowable]]:
    """What of one column fits in ``room`` points, and the rest (a block may be split)."""
    head: list[Flowable] = []
    used = 0.0
    for i, f in enumerate(flowables):
        gap = f.getSpaceBefore() if head else 0.0
        _w, h = f.wrap(width, room - used - gap)
        if used + gap + h <= room + 0.001:
            head.append(f)
            used += gap + h + f.getSpaceAfter()
            continue
        parts = f.split(width, room - used - gap) if room - used - gap > 0 else []
        if parts:
            head.append(parts[0])
            return head, [*parts[1:], *flowables[i + 1 :]]
        return head, list(flowables[i:])
    return head, []


class SideBySide(Flowable):  # type: ignore[misc]
    """``first`` in the start column, ``second`` in the other; each a list of flowables."""

    def __init__(self, first: Sequence[Flowable], second: Sequence[Flowable], rtl: bool) -> None:
        super().__init__()
        self.first = list(first)
        self.second = list(second)
        self.rtl = rtl  # the first language runs right to left: its column is on the right
        columns = [c for c in (self.first, self.second) if c]
        self.spaceBefore = max((c[0].getSpaceBefore() for c in columns), default=0.0)
        self.spaceAfter = max((c[-1].getSpaceAfter() for c in columns), default=0.0)
        self.keepWithNext = any(getattr(c[-1], "keepWithNext", False) for c in columns)
        self._column = 0.0

    def column_width(self, width: float) -> float:
        return max((width - GUTTER) / 2, 1.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._column = self.column_width(availWidth)
        self.height = max(_height(self.first, self._column), _height(self.second, self._column))
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        column = self.column_width(availWidth)
        head1, tail1 = _fit(self.first, column, availHeight)
        head2, tail2 = _fit(self.second, column, availHeight)
        if not head1 and not head2:
            return []
        if (self.first and not head1) or (self.second and not head2):
            # a column could place nothing here: the pair goes on together to the next page rather
            # than start a translation on the page after its original
            return []
        return [SideBySide(head1, head2, self.rtl), SideBySide(tail1, tail2, self.rtl)]

    def draw(self) -> None:
        column = self._column or self.column_width(self.width)
        start_x, other_x = (column + GUTTER, 0.0) if self.rtl else (0.0, column + GUTTER)
        for flowables, x in ((self.first, start_x), (self.second, other_x)):
            top = self.height
            for i, f in enumerate(flowables):
                if i:
                    top -= f.getSpaceBefore()
                _w, h = f.wrap(column, 1e9)
                f.drawOn(self.canv, x, top - h)
                top -= h + f.getSpaceAfter()


def columns(width: float, rtl: bool) -> tuple[tuple[float, float], tuple[float, float]]:
    """(left, right) edges, in points from the body's left edge, of the first and the second
    language's columns on a body ``width`` points wide."""
    column = (width - GUTTER) / 2
    left, right = (0.0, column), (column + GUTTER, width)
    return (right, left) if rtl else (left, right)
