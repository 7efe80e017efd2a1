"""A soak run: many visitors through the real kiosk, or many actions in the desktop window, and the memory the
process keeps (``python -m handbook.ui.soak kiosk|desktop [--cycles N]``).

The soak test (``tests/ui/test_soak.py``) and the benchmark (``python -m handbook.bench.soak``) run this in a fresh
process, so only the app's own memory is measured: its private memory (its heap, which other programs on the machine
do not change), with the resident set beside it (see :class:`Report`). Visitors vary: queries made of the content's
own words in every language (some misspelt, some never typed before), results and contents entries tapped, glossary
words explained, comparisons, find in page, larger text, the handout dialog (sometimes a handout printed to a
folder), the admin dialog with a wrong passphrase, the language buttons. No wall clock: the kiosk's idle timer is
fired by hand and its countdown reads a fake clock, so a cycle lasts only as long as its work.

First every topic of every language is searched for and opened, so what the content itself fills (an analysed page
per topic, a speller per language) is full before anything is measured; then ``--warmup`` cycles, then ``--cycles``
measured ones. Prints one JSON line: private and resident memory every ``--every`` cycles (after a full garbage
collection), the growth after warm-up, KB per cycle, the kinds of Python and Qt objects that grew, and any Qt
warning or error. ``--leak-kb N`` keeps N KB more after each measured cycle: a leak made on purpose, which the soak
test uses to show that its limit catches one.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handbook import health

if TYPE_CHECKING:
    from handbook.ui.kiosk import Kiosk
    from handbook.ui.main_window import MainWindow

#: A query's words come from the content of its language (all six).
_WORD = re.compile(r"\w{3,}")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


@dataclass
class Report:
    """What a soak run measured: ``cycles`` after ``warmup`` cycles; ``samples`` are (cycles done, private
    KB: the process's own heap, ``health.private_kb``), ``rss_samples`` (cycles done, resident KB).

    The growth is that of the private memory: the resident set also counts the pages of mapped files,
    once per mapping, and Qt maps a font file again for each FreeType face it makes (the same pages of
    the page cache: a 5 MB CJK font mapped six times counts as 20 MB more); both are reported.
    """

    mode: str
    cycles: int
    warmup: int
    seconds: float = 0.0
    samples: list[tuple[int, int]] = field(default_factory=list)
    rss_samples: list[tuple[int, int]] = field(default_factory=list)
    qt_warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    objects_before: dict[str, int] = field(default_factory=dict)
    objects_after: dict[str, int] = field(default_factory=dict)

    def _after_warmup(self, samples: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        return [s for s in (self.samples if samples is None else samples) if s[0] >= self.warmup]

    @staticmethod
    def _growth(after: list[tuple[int, int]]) -> int:
        """The memory kept: the end minus the start, each the median of its three samples once there
        are six or more (a leak keeps growing; one sample that the allocator happened to take at a
        high point, at either end, is not memory kept), else the last sample minus the first."""
        if len(after) < 2:
            return 0
        if len(after) < 6:
            return after[-1][1] - after[0][1]
        return int(statistics.median(y for _, y in after[-3:]) - statistics.median(y for _, y in after[:3]))

    @property
    def growth_kb(self) -> int:
        """Private memory at the end minus at the end of the warm-up (see ``_growth``)."""
        return self._growth(self._after_warmup())

    @property
    def rss_growth_kb(self) -> int:
        """Resident memory at the end minus at the end of the warm-up (see ``_growth``)."""
        return self._growth(self._after_warmup(self.rss_samples))

    @property
    def kb_per_cycle(self) -> float:
        """The least-squares slope of private memory over the cycles after warm-up."""
        points = self._after_warmup()
        if len(points) < 2:
            return 0.0
        n = len(points)
        mean_x = sum(x for x, _ in points) / n
        mean_y = sum(y for _, y in points) / n
        var = sum((x - mean_x) ** 2 for x, _ in points)
        return sum((x - mean_x) * (y - mean_y) for x, y in points) / var if var else 0.0

    def object_growth(self) -> dict[str, int]:
        """The kinds of objects more numerous at the end than after warm-up (most grown first)."""
        grown = {
            kind: count - self.objects_before.get(kind, 0)
            for kind, count in self.objects_after.items()
            if count > self.objects_before.get(kind, 0)
        }
        return dict(sorted(grown.items(), key=lambda kv: -kv[1])[:20])

    def to_json(self) -> dict[str, Any]:
        after = self._after_warmup()
        rss_after = self._after_warmup(self.rss_samples)

        def mb(samples: list[tuple[int, int]], i: int) -> float:
            return round(samples[i][1] / 1024, 1) if samples else 0.0

        return {
            "mode": self.mode,
            "cycles": self.cycles,
            "warmup": self.warmup,
            "seconds": round(self.seconds, 1),
            "private_start_mb": mb(self.samples, 0),
            "private_warm_mb": mb(after, 0),
            "private_end_mb": mb(self.samples, -1),
            "growth_mb": round(self.growth_kb / 1024, 2),
            "kb_per_cycle": round(self.kb_per_cycle, 2),
            "rss_warm_mb": mb(rss_after, 0),
            "rss_end_mb": mb(self.rss_samples, -1),
            "rss_growth_mb": round(self.rss_growth_kb / 1024, 2),
            "object_growth": self.object_growth(),
            "qt_warnings": self.qt_warnings[:20],
            "errors": self.errors[:20],
            "samples": self.samples,
            "rss_samples": self.rss_samples,
        }


def object_counts() -> dict[str, int]:
    """Live Python objects by type, and live Qt objects by class (every top-level widget's tree)."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    counts: Counter[str] = Counter(type(o).__name__ for o in gc.get_objects())
    app = QApplication.instance()
    if app is not None:
        seen: set[int] = set()
        stack: list[QObject] = [app, *QApplication.topLevelWidgets()]
        while stack:
            obj = stack.pop()
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            counts[f"Qt:{obj.metaObject().className()}"] += 1
            stack.extend(obj.children())
    return dict(counts)


def _settle() -> None:
    """Deliver posted events, deleteLater included."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(2):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def draw_all_of(view: Any) -> None:
    """Scroll a text view from top to bottom, drawing each screenful, and back to the top."""
    bar = view.verticalScrollBar()
    step = max(1, bar.pageStep())
    value = 0
    while True:
        bar.setValue(value)
        view.viewport().repaint()
        if value >= bar.maximum():
            break
        value += step
    bar.setValue(0)


class FakeClock:
    """A steady clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Visitor:
    """Does what a person at the screen does, with varied words and choices (one seeded generator)."""

    def __init__(self, window: MainWindow, seed: int) -> None:
        from handbook.i18n import LANGUAGES

        self.window = window
        self.rng = random.Random(seed)
        self.words: dict[str, list[str]] = {}
        for lang in LANGUAGES:
            found: set[str] = set()
            for topic in window.handbook.topics(lang):
                text = topic.words()
                found.update(w for w in _WORD.findall(text) if not w.isdigit())
                for run in _CJK.findall(text):
                    found.update(run[i : i + 2] for i in range(0, len(run) - 1, 2))
            self.words[lang] = sorted(found)
        self.serial = 0

    def query(self, lang: str) -> str:
        """One to three of the language's words; some misspelt, some never seen before."""
        rng = self.rng
        words = [rng.choice(self.words[lang]) for _ in range(rng.randint(1, 3))]
        roll = rng.random()
        if roll < 0.25 and len(words[0]) > 3:
            i = rng.randrange(len(words[0]))
            words[0] = words[0][:i] + rng.choice("aeiouxnrst") + words[0][i + 1 :]
        elif roll < 0.35:
            self.serial += 1
            words.append(f"{rng.choice(self.words[lang])}{self.serial}")
        return " ".join(words)

    # ------------------------------------------------------------------------------ actions

    def type_into(self, box: Any, text: str) -> None:
        """Type over what the box holds: real key presses for ASCII text; other text is set at once
        (key clicks with it abort)."""
        from PySide6.QtGui import QKeySequence
        from PySide6.QtTest import QTest

        box.setFocus()
        if text.isascii():
            QTest.keySequence(box, QKeySequence(QKeySequence.StandardKey.SelectAll))
            QTest.keyClicks(box, text)
        else:
            box.setText(text)

    def tap(self, widget: Any, where: Any = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if where is None:
            where = widget.rect().center()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)

    def search(self) -> None:
        """Type a question; the results show (what the 150 ms timer does); often tap one."""
        w = self.window
        self.type_into(w.search.box, self.query(w.lang))
        w.search.run_search()
        if w.search.hits and self.rng.random() < 0.8:
            results = w.search.results
            item = results.item(self.rng.randrange(results.count()))
            results.scrollToItem(item)
            self.tap(results.viewport(), results.visualItemRect(item).center())

    def open_from_contents(self) -> None:
        w = self.window
        w.search.clear()
        tree = w.contents
        group = tree.topLevelItem(self.rng.randrange(tree.topLevelItemCount()))
        if group is not None and group.childCount():
            group.setExpanded(True)
            item = group.child(self.rng.randrange(group.childCount()))
            if item is None:
                return
            tree.scrollToItem(item)
            self.tap(tree.viewport(), tree.visualItemRect(item).center())

    def explain_a_word(self) -> None:
        """A glossary word on the page, as a tap on it would (the popup opens)."""
        from handbook.ui.markup import TERM_SCHEME

        reader = self.window.reader
        terms = [href for href, _ in reader.view.anchors() if href.startswith(TERM_SCHEME)]
        if terms:
            where = reader.mapToGlobal(reader.rect().center())
            reader.view.termLinkActivated.emit(self.rng.choice(terms).removeprefix(TERM_SCHEME), where)

    def compare(self) -> None:
        """Open the comparison and tap 2 to 4 treatments."""
        w = self.window
        w.actions_.compare.trigger()
        choices = w.compare_view.choices
        rows = self.rng.sample(range(choices.count()), min(choices.count(), self.rng.randint(2, 4)))
        for row in rows:
            item = choices.item(row)
            choices.scrollToItem(item)
            self.tap(choices.viewport(), choices.visualItemRect(item).center())

    def find_in_page(self) -> None:
        w = self.window
        w.actions_.find.trigger()
        self.type_into(w.find_bar.box, self.rng.choice(self.words[w.lang]))

    def visit_everything(self, choose_language: Callable[[str], None]) -> None:
        """Every language: every topic searched for by its title, opened and drawn from top to bottom,
        a misspelt word, a comparison.

        Qt keeps each glyph it has drawn, per font and size (its glyph caches); drawing every page
        once fills them as far as the content can, so what grows later is what visitors leave.
        """
        from handbook.i18n import LANGUAGES

        w = self.window
        for lang in LANGUAGES:
            choose_language(lang)
            for topic in w.handbook.topics(lang):
                w.search.set_query(topic.title)
                _settle()
                w.open_topic(topic.id)
                draw_all_of(w.reader.view)
            w.search.set_query(self.query(lang) + "x")
            self.compare()
            draw_all_of(w.compare_view.view)
        choose_language(LANGUAGES[0])


class KioskVisitors:
    """Visitor after visitor at a kiosk, each forgotten by the idle reset."""

    def __init__(self, seed: int, handout_folder: Path) -> None:
        from handbook import content
        from handbook.config import KioskConfig
        from handbook.ui.kiosk import start_kiosk
        from handbook.ui.startup import application

        self.folder = handout_folder
        config = KioskConfig(output_folder=handout_folder)
        self.kiosk: Kiosk = start_kiosk(application(long_running=True), content.load_cached(), config, "en", 120, 20)
        self.clock = FakeClock()
        self.kiosk.idle.clock = self.clock
        self.visitor = Visitor(self.kiosk.window, seed)
        self.rng = self.visitor.rng

    def warm_up(self) -> None:
        """Every page and language once, and a handout in each language (the PDF fonts load once)."""
        from handbook.i18n import LANGUAGES

        self.visitor.visit_everything(self.kiosk.choose_language)
        for lang in LANGUAGES:
            self.kiosk.choose_language(lang)
            self.print_handout(everything=True)
        self.walk_away()

    def visit(self) -> None:
        from handbook.i18n import LANGUAGES

        kiosk, visitor, rng = self.kiosk, self.visitor, self.rng
        if rng.random() < 0.5:
            visitor.tap(kiosk.bar.buttons[rng.choice(LANGUAGES)])
        for _ in range(rng.randint(1, 3)):
            visitor.search()
        if rng.random() < 0.3:
            visitor.open_from_contents()
        if rng.random() < 0.4:
            visitor.explain_a_word()
        if rng.random() < 0.3:
            visitor.find_in_page()
        if rng.random() < 0.5:
            visitor.compare()
        if rng.random() < 0.2:
            kiosk.window.actions_.zoom_in.trigger()
        roll = rng.random()
        if roll < 0.04:
            self.print_handout()
        elif roll < 0.2:
            kiosk.window.actions_.handout.trigger()  # left open: the reset closes it
        elif roll < 0.25:
            dialog = kiosk.ask_passphrase()
            visitor.type_into(dialog.box, "not the passphrase")
            dialog.try_unlock()
        _settle()

    def print_handout(self, everything: bool = False) -> None:
        """The handout dialog's "Print" (to the handout folder): the page read, or every section and
        a comparison of four (the largest handout: the PDF worker's memory reaches its peak)."""
        dialog = self.kiosk.window.open_export_dialog()
        if everything:
            dialog.all_button.click()
            dialog.set_treatments(tuple(t.id for t in self.kiosk.window.handbook.treatments())[:4])
        elif not dialog.request().sections:
            dialog.set_sections((self.rng.choice(self.kiosk.window.handbook.treatments()).id,))
        dialog.print_button.click()
        self.kiosk.window.runner.wait()
        _settle()
        for made in self.folder.glob("*.pdf"):
            made.unlink()

    def walk_away(self) -> None:
        """Nobody touches anything: the idle timer fires, the countdown runs out on the fake clock."""
        idle = self.kiosk.idle
        idle.idle_timer.timeout.emit()
        self.clock.now += idle.countdown_seconds + 1
        idle.tick_timer.timeout.emit()

    def close(self) -> None:
        self.kiosk.uninstall()
        self.kiosk.window.close()


def _sample(report: Report, cycle: int) -> None:
    memory = health.memory_kb()
    report.samples.append((cycle, health.private_kb(memory)))
    report.rss_samples.append((cycle, memory.get("VmRSS", 0)))


def _run(report: Report, one_cycle: Callable[[], None], every: int, leak_kb: int = 0) -> None:
    """``report.warmup`` cycles, then ``report.cycles`` measured ones; ``leak_kb``: a leak made on purpose,
    that many KB kept after each measured cycle (to show that the test's gate catches one)."""
    kept: list[bytearray] = []
    object_counts()  # the first count makes Python types for Qt classes seen only now: not growth
    gc.collect()
    _sample(report, 0)
    started = time.perf_counter()
    last = report.warmup + report.cycles
    for cycle in range(1, last + 1):
        one_cycle()
        if leak_kb and cycle > report.warmup:
            kept.append(bytearray(b"\x01") * (leak_kb * 1024))
        if cycle % every == 0 or cycle == report.warmup or cycle == last:
            _settle()
            if cycle == report.warmup:
                # before the sample: counting makes a Python wrapper for every Qt object it walks
                # (some 2 MB the first time), which would otherwise show as growth after the warm-up
                report.objects_before = object_counts()
            gc.collect()
            _sample(report, cycle)
    report.seconds = time.perf_counter() - started
    report.objects_after = object_counts()


def run_kiosk(cycles: int, warmup: int, seed: int, every: int = 10, leak_kb: int = 0) -> Report:
    report = Report("kiosk", cycles, warmup)
    with tempfile.TemporaryDirectory(prefix="handbook-soak-") as folder:
        visitors = KioskVisitors(seed, Path(folder))
        visitors.warm_up()

        def one_cycle() -> None:
            before = visitors.kiosk.resets
            visitors.visit()
            visitors.walk_away()
            if visitors.kiosk.resets != before + 1:
                report.errors.append(f"no reset after visitor {before + 1}")
            if visitors.kiosk.window.banner.isVisible():
                report.errors.append(f"an error shown to visitor {before + 1}: {visitors.kiosk.window.banner.message}")

        _run(report, one_cycle, every, leak_kb)
        visitors.close()
    return report


def run_desktop(cycles: int, warmup: int, seed: int, every: int = 10, leak_kb: int = 0) -> Report:
    """Each cycle: two searches, a topic from the contents, a comparison, a language switch, a glossary
    word and find in page, in a random order."""
    from handbook import content
    from handbook.i18n import LANGUAGES
    from handbook.ui.prefs import Prefs
    from handbook.ui.startup import application, build_window

    window = build_window(application(), content.load_cached(), Prefs(), "en")
    window.show()
    visitor = Visitor(window, seed)
    rng = visitor.rng
    report = Report("desktop", cycles, warmup)
    actions: list[Callable[[], None]] = [
        visitor.search,
        visitor.search,
        visitor.open_from_contents,
        visitor.compare,
        lambda: window.set_language(rng.choice(LANGUAGES)),
        visitor.explain_a_word,
        visitor.find_in_page,
    ]
    visitor.visit_everything(window.set_language)

    def one_cycle() -> None:
        for action in rng.sample(actions, len(actions)):
            action()
            _settle()
        window.reader.popup.close()
        if window.banner.isVisible():
            report.errors.append(f"an error shown: {window.banner.message}")

    _run(report, one_cycle, every, leak_kb)
    window.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handbook.ui.soak", description=__doc__)
    parser.add_argument("mode", choices=("kiosk", "desktop"))
    parser.add_argument("--cycles", type=int, default=300, help="cycles measured, after the warm-up (300)")
    parser.add_argument("--warmup", type=int, default=30, help="cycles before the measure (30)")
    parser.add_argument("--every", type=int, default=10, help="measure every N cycles (10)")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--leak-kb", type=int, default=0, help="keep this many KB after each measured cycle (a test)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not message.startswith("This plugin does not support"):
            warnings.append(message)

    qInstallMessageHandler(on_message)
    run = run_kiosk if args.mode == "kiosk" else run_desktop
    report = run(args.cycles, args.warmup, args.seed, args.every, args.leak_kb)
    report.qt_warnings = warnings
    sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
