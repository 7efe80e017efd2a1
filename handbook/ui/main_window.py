"""The main window: command bar, search over the contents list, the reader or the comparison, the
find bar, and a status bar with the text size and a busy indicator.

The state a visitor leaves behind lives in a few clear places (search text, contents selection,
ticked treatments, zoom, the page and its scroll, history): ``reset_to_home`` clears them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from handbook.compare import resolve
from handbook.config import ZOOM_DEFAULT, ZOOM_STEP, Clinic, clamp_zoom
from handbook.content import Handbook
from handbook.errors import ContentError
from handbook.my_questions import MAX_QUESTIONS, MyQuestions
from handbook.ui import theme, typeface
from handbook.ui.actions import CommandBar, make_actions, make_menus
from handbook.ui.compare_view import CompareView
from handbook.ui.contents import ContentsTree
from handbook.ui.errors import ErrorBanner
from handbook.ui.find_bar import FindBar
from handbook.ui.language import Translations
from handbook.ui.prefs import Prefs
from handbook.ui.print_status import CANCELLED, PrintFollower
from handbook.ui.reader import Reader
from handbook.ui.retranslate import Retranslates
from handbook.ui.search_panel import RESULT_LIMIT, SearchPanel
from handbook.ui.window_policy import WindowPolicy

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from handbook.pdf import HandoutRequest
    from handbook.ui.export_dialog import ExportDialog
    from handbook.ui.export_runner import ExportRunner
    from handbook.ui.my_questions_dialog import MyQuestionsDialog

log = logging.getLogger(__name__)

HOME, COMPARE = "", "compare:"


class MainWindow(Retranslates, QMainWindow):
    def __init__(
        self, handbook: Handbook, prefs: Prefs, translations: Translations, lang: str, clinic: Clinic | None = None
    ) -> None:
        super().__init__()
        self.policy = WindowPolicy()  # handouts and closing; a layer (the kiosk) may set its own
        self.handbook = handbook
        self.prefs = prefs
        self.translations = translations
        self.lang = lang
        self.zoom = prefs.zoom
        self.theme_name = prefs.theme
        self.history: list[str] = []
        self.page = HOME
        self._index: Any = None
        self._runner: ExportRunner | None = None
        self.print_follower = PrintFollower(self)
        self.print_follower.news.connect(self._print_news)

        self.actions_ = make_actions(self)
        for action in self.actions_.all():
            self.addAction(action)
        self.menus = make_menus(self.menuBar(), self.actions_)
        self.command_bar = CommandBar(self.actions_, self)
        self.banner = ErrorBanner(self)
        self.contents = ContentsTree(self)
        self.search = SearchPanel(self.contents, self._run_search, lang, self)
        #: the clinic's details (clinic file), on the home page, in some topics and on handouts
        self.clinic = clinic
        self.reader = Reader(handbook, lang, self, clinic)
        #: the questions the reader ticked or wrote (kept in the settings; in memory at a kiosk)
        self.my_questions = prefs.my_questions
        self.reader.mine = self.my_questions
        self._questions_dialog: MyQuestionsDialog | None = None
        self._compare_view: CompareView | None = None  # made on first use (see compare_view)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.reader)
        self.find_bar = FindBar(self)
        self.find_bar.set_target(self.reader.view)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pages, 1)
        right_layout.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search, 1)
        #: under the contents: the reader's own questions (ticked on the question pages)
        self.questions_button = QPushButton(left)
        self.questions_button.clicked.connect(lambda: self.actions_.my_questions.trigger())
        left_layout.addWidget(self.questions_button)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 940])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 0, 10, 6)
        layout.addWidget(self.command_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.zoom_label = QLabel(self)
        self.busy_label = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        for widget in (self.busy_label, self.busy_bar):
            widget.hide()
            self.statusBar().addPermanentWidget(widget)
        self.statusBar().addPermanentWidget(self.zoom_label)

        self._connect()
        self.contents.populate(handbook, lang)
        self.command_bar.language.setCurrentIndex(self.command_bar.language.findData(lang))
        self.setTabOrder(self.search.box, self.contents)
        self.setTabOrder(self.contents, self.reader.view)
        self.resize(1280, 800)
        self.set_theme(self.theme_name)
        self.set_zoom(self.zoom)
        self.retranslate_ui()
        self.go_home()
        self.search.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect(self) -> None:
        a = self.actions_
        a.back.triggered.connect(self.go_back)
        a.home.triggered.connect(self.go_home)
        a.compare.triggered.connect(lambda: self.open_compare())
        a.handout.triggered.connect(self.open_export_dialog)
        a.my_questions.triggered.connect(self.open_my_questions)
        a.find.triggered.connect(self.find_bar.open_bar)
        a.search.triggered.connect(self.focus_search)
        a.zoom_in.triggered.connect(lambda: self.set_zoom(self.zoom + ZOOM_STEP))
        a.zoom_out.triggered.connect(lambda: self.set_zoom(self.zoom - ZOOM_STEP))
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(ZOOM_DEFAULT))
        a.contrast.toggled.connect(lambda on: self.set_theme(theme.HIGH_CONTRAST if on else theme.CALM))
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        self.command_bar.language.currentIndexChanged.connect(
            lambda: self.set_language(str(self.command_bar.language.currentData()))
        )
        self.contents.topicChosen.connect(self.open_topic)
        self.search.topicChosen.connect(self.open_topic)
        self.search.failed.connect(self.report_error)
        self.reader.topicRequested.connect(self.open_topic)
        self.reader.questionToggled.connect(self.toggle_question)

    @property
    def compare_view(self) -> CompareView:
        """The comparison page, made the first time it is needed (a start does not show it), in the
        window's current language, theme and text size."""
        if self._compare_view is None:
            view = CompareView(self.handbook, self.lang, self)
            view.topicChosen.connect(self.open_topic)
            view.failed.connect(self.report_error)
            view.saveRequested.connect(lambda ids: self.make_handout(self._compare_request(ids), "pdf"))
            view.printRequested.connect(lambda ids: self.make_handout(self._compare_request(ids), "print"))
            view.view.set_css(theme.document_css(self.theme_name))
            view.view.set_text_font(self.lang, self.zoom)
            self.pages.addWidget(view)
            self._compare_view = view
        return self._compare_view

    # ------------------------------------------------------------------------------ language

    def retranslate_ui(self) -> None:
        a = self.actions_
        texts = {
            a.back: (self.tr("&Back"), self.tr("Go back to the page before")),
            a.home: (self.tr("H&ome"), self.tr("Go to the start page")),
            a.compare: (self.tr("&Compare treatments"), self.tr("See treatments side by side")),
            a.handout: (self.tr("&Save or print…"), self.tr("Save or print a handout")),
            a.my_questions: (self.tr("My questions"), self.tr("See, add and print the questions you want to ask")),
            a.find: (self.tr("&Find in page"), self.tr("Find a word on this page")),
            a.search: (self.tr("Go to s&earch"), self.tr("Move to the search box")),
            a.zoom_in: (self.tr("&Larger text"), self.tr("Make the text larger")),
            a.zoom_out: (self.tr("S&maller text"), self.tr("Make the text smaller")),
            a.zoom_reset: (self.tr("&Normal text size"), self.tr("Go back to the normal text size")),
            a.contrast: (self.tr("High con&trast"), self.tr("Switch between calm colours and high contrast")),
            a.about: (self.tr("&About Handbook"), self.tr("Version, and whether a translation is missing")),
            a.quit: (self.tr("&Quit"), self.tr("Close the handbook")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
        a.zoom_in.setIconText(self.tr("A+"))
        a.zoom_out.setIconText(self.tr("A−"))
        for menu, title in zip(self.menus, (self.tr("&Handbook"), self.tr("&View")), strict=True):
            menu.setTitle(title)
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        self.command_bar.sync()
        self.questions_button.setText(a.my_questions.text())
        self.questions_button.setAccessibleName(a.my_questions.text())
        self.questions_button.setToolTip(a.my_questions.toolTip())
        self.questions_button.setAccessibleDescription(a.my_questions.toolTip())
        self.command_bar.language_label.setText(self.tr("Language:"))
        self.command_bar.language.setAccessibleName(self.tr("Language"))
        self.command_bar.language.setAccessibleDescription(self.tr("The language of the handbook and its buttons"))
        self.splitter.setAccessibleName(self.tr("Contents and page"))
        self.busy_label.setText(self.tr("Making your handout…"))
        self.busy_bar.setAccessibleName(self.tr("Working, please wait"))
        self._show_zoom()
        self._update_title()

    def set_language(self, lang: str) -> None:
        """Switch the buttons' and the content's language, and the layout's direction."""
        if lang == self.lang and self.translations.lang == lang:
            return
        self.lang = lang
        self.translations.apply(lang)
        self.prefs.language = lang
        combo = self.command_bar.language
        if combo.currentData() != lang:
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(lang))
            combo.blockSignals(False)
        self.contents.populate(self.handbook, lang)
        self.reader.set_content(self.handbook, lang)
        if self._compare_view is not None:
            self._compare_view.set_content(self.handbook, lang)
        self.search.set_language(lang)
        if self._questions_dialog is not None:
            self._questions_dialog.set_questions(self.my_questions, lang)
        self._apply_fonts()
        self.find_bar.refresh()
        self._update_title()
        self.report_content_problems()

    # ------------------------------------------------------------------------------ pages

    def open_topic(self, topic_id: str) -> bool:
        try:
            topic = self.reader.show_topic(topic_id)
        except Exception as err:
            self.report_error(err)
            return False
        self._arrive(topic.id)
        self.pages.setCurrentWidget(self.reader)
        self.contents.select(topic.id)
        return True

    def go_home(self) -> None:
        self.reader.show_home()
        self._arrive(HOME)
        self.pages.setCurrentWidget(self.reader)
        self.contents.select("")

    def open_compare(self, names: tuple[str, ...] | list[str] | None = None) -> None:
        """Show the comparison; ``names`` (ids, names or brand names) are ticked first."""
        self.pages.setCurrentWidget(self.compare_view)
        if names is not None:
            try:
                ids = tuple(resolve(self.handbook, name) for name in names)
            except Exception as err:  # the one error banner
                self.report_error(err)
                return
            self.compare_view.set_selection(ids)
        self._arrive(COMPARE)
        self.pages.setCurrentWidget(self.compare_view)
        self.compare_view.choices.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_back(self) -> None:
        if len(self.history) < 2:
            return
        self.history.pop()
        previous = self.history.pop()
        if previous == COMPARE:
            self.open_compare()
        elif previous == HOME:
            self.go_home()
        else:
            self.open_topic(previous)

    def _arrive(self, page: str) -> None:
        self.page = page
        if not self.history or self.history[-1] != page:
            self.history.append(page)
        self.actions_.back.setEnabled(len(self.history) > 1)
        self.command_bar.sync()
        self.banner.dismiss()
        self.find_bar.set_target(self.compare_view.view if page == COMPARE else self.reader.view)
        self._update_title()

    def _update_title(self) -> None:
        name = self.tr("Patient handbook")
        if self.page == COMPARE:
            page_title = self.handbook.ui(self.lang).get("comparison", "")
        elif self.page:
            page_title = self.handbook.topic(self.page, self.lang).title
        else:
            page_title = ""
        self.setWindowTitle(f"{page_title} – {name}" if page_title else name)

    def focus_search(self) -> None:
        self.search.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.box.selectAll()

    def _run_search(self, query: str, lang: str) -> Any:
        if self._index is None:
            from handbook.search import open_index

            self._index = open_index(self.handbook)
        return self._index.search(query, lang, limit=RESULT_LIMIT)

    def reset_to_home(self) -> None:
        """Forget what the last reader did: search, ticks, zoom, scroll, history, popups."""
        self.search.clear()
        if self._compare_view is not None:
            self._compare_view.clear_selection()
        self.find_bar.close_bar()
        self.banner.dismiss()
        self.reader.reset()
        self.set_my_questions(MyQuestions())
        self.history = []
        self.set_zoom(ZOOM_DEFAULT)
        self.go_home()

    # ------------------------------------------------------------------------------ comfort

    def set_zoom(self, value: int) -> None:
        """Text size in percent (remembered); the text rewraps."""
        self.zoom = clamp_zoom(value)
        self.prefs.zoom = self.zoom
        self._apply_fonts()
        self._show_zoom()

    def _apply_fonts(self) -> None:
        self.reader.view.set_text_font(self.lang, self.zoom)
        if self._compare_view is not None:
            self._compare_view.view.set_text_font(self.lang, self.zoom)
            self._compare_view.relayout()
        side_font = typeface.font(self.lang, typeface.UI_POINT_SIZE * self.zoom / 100)
        for widget in (self.contents, self.search.results):
            widget.setFont(side_font)
        self.search.results.doItemsLayout()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(self.tr("Text size: %1%").replace("%1", str(self.zoom)))
        self.zoom_label.setAccessibleName(self.zoom_label.text())

    def set_theme(self, name: str) -> None:
        self.theme_name = name if name in theme.COLOURS else theme.CALM
        app = QApplication.instance()
        if isinstance(app, QApplication) and theme.apply(app, self.theme_name):
            self._apply_fonts()  # re-styling put back the fonts the widgets had before the text size
        css = theme.document_css(self.theme_name)
        self.reader.view.set_css(css)
        if self._compare_view is not None:
            self._compare_view.view.set_css(css)
        self.find_bar.theme = self.theme_name
        self.find_bar.refresh()
        self.prefs.theme = self.theme_name
        contrast = self.actions_.contrast
        contrast.blockSignals(True)
        contrast.setChecked(self.theme_name == theme.HIGH_CONTRAST)
        contrast.blockSignals(False)
        self.command_bar.sync()

    def set_policy(self, policy: WindowPolicy) -> None:
        """Replace how handouts and closing are treated (the kiosk does, when it wraps the window)."""
        self.policy = policy

    # ------------------------------------------------------------------------------ handouts

    @property
    def runner(self) -> ExportRunner:
        if self._runner is None:
            from handbook.ui.export_runner import ExportRunner

            self._runner = ExportRunner(self.handbook, self)
            self._runner.busyChanged.connect(self._show_busy)
            self._runner.finished.connect(self._handout_done)
            self._runner.failed.connect(self.report_error)
            self._runner.printed.connect(self.print_follower.follow)
        return self._runner

    def open_export_dialog(self) -> ExportDialog:
        """Open the handout dialog (window-modal, not blocking) and return it."""
        from handbook.ui.export_dialog import ExportDialog

        sections = (self.page,) if self.page not in (HOME, COMPARE) else ()
        treatments = self._compare_view.selected() if self._compare_view is not None else ()
        dialog = ExportDialog(self.handbook, self.lang, sections, treatments, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.policy.adapt_export_dialog(dialog)
        dialog.chosen.connect(self.make_handout)
        dialog.open()
        return dialog

    def _compare_request(self, ids: tuple[str, ...]) -> HandoutRequest:
        from handbook.pdf import HandoutRequest

        return HandoutRequest(lang=self.lang, all_sections=False, sections=(), compare=tuple(ids), large_print=False)

    # ------------------------------------------------------------------------------ my questions

    def set_my_questions(self, mine: MyQuestions) -> None:
        """Keep the reader's questions (settings at home, memory at a kiosk) and show them everywhere."""
        self.my_questions = mine
        self.prefs.my_questions = mine
        self.reader.set_questions(mine)
        if self._questions_dialog is not None:
            self._questions_dialog.set_questions(mine)

    def toggle_question(self, topic_id: str, place: int) -> None:
        mine = self.my_questions
        if not mine.is_ticked(topic_id, place) and len(mine) >= MAX_QUESTIONS:
            self.statusBar().showMessage(
                self.tr("Your sheet is full: remove a question in My questions first."), 10_000
            )
            return
        self.set_my_questions(mine.toggled(topic_id, place))

    def open_my_questions(self) -> MyQuestionsDialog:
        """Open the "My questions" dialog (window-modal, not blocking) and return it."""
        from handbook.ui.my_questions_dialog import MyQuestionsDialog

        dialog = MyQuestionsDialog(self.handbook, self.lang, self.my_questions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.policy.adapt_my_questions_dialog(dialog)
        dialog.changed.connect(self.set_my_questions)
        dialog.chosen.connect(self.print_my_questions)
        dialog.destroyed.connect(lambda: setattr(self, "_questions_dialog", None))
        self._questions_dialog = dialog
        dialog.open()
        return dialog

    def print_my_questions(self, action: str) -> None:
        """Make the sheet of the reader's questions, in the reader's language (saved or printed)."""
        from handbook.pdf import HandoutRequest

        if self.my_questions:
            self.make_handout(HandoutRequest(lang=self.lang, my_questions=self.my_questions), action)

    def make_handout(self, request: HandoutRequest, action: str) -> None:
        """Save the handout as a PDF (asking where) or print it (asking which printer)."""
        from dataclasses import replace

        from handbook.ui import export_runner

        request = replace(request, clinic=self.clinic)
        if self.policy.deliver(request):
            return
        if action == "preview":
            from handbook.ui.print_preview import preview_handout

            title = self.tr("Patient handbook")
            preview_handout(self, self.handbook, request, title, self.print_follower.follow, self.report_error)
            return
        if action == "print":
            printer = export_runner.ask_printer(self, self.handbook, request)
            if printer is not None:
                self.runner.print_handout(request, printer, self.tr("Patient handbook"))
            return
        from PySide6.QtCore import QStandardPaths  # (Qt classes a start does not use are imported when used)

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"handbook-{request.lang}.pdf"
        path = export_runner.ask_save_path(self, suggested, self.tr("Save the handout"), self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.runner.save_pdf(request, path)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.banner.dismiss()

    def _handout_done(self, path: str) -> None:
        message = self.tr("Saved: %1").replace("%1", path) if path else self.tr("The handout was sent to the printer.")
        self.statusBar().showMessage(self.policy.done_message(path, message), 15_000)

    def show_about(self) -> QMessageBox:
        from handbook.ui.about import show_about

        return show_about(self, self.lang, self.translations.missing)

    def _print_news(self, kind: str, message: str) -> None:
        text = self.policy.print_news(kind, message)
        if kind == CANCELLED and text:
            from handbook.printing import PrintError

            self.report_error(PrintError(text, kind))
        elif text:
            self.statusBar().showMessage(text, 30_000)

    def report_error(self, err: object) -> None:
        """The one place errors are shown."""
        shown = self.policy.shown_error(err if isinstance(err, BaseException) else RuntimeError(str(err)))
        self.banner.report(shown)

    def report_content_problems(self) -> None:
        """If some content files could not be read, say so (the rest of the handbook still works)."""
        self.handbook.pack(self.lang)
        found = self.handbook.found_problems
        if found:
            self.report_error(ContentError(f"{len(found)} problem(s) in the content, the first: {found[0]}"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.policy.may_close():
            event.ignore()
            return
        if self._runner is not None:
            self._runner.wait()
        self.print_follower.stop()
        self.reader.popup.close()
        super().closeEvent(event)
