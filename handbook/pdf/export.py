"""PDF handouts: the sections a person picks, or a comparison, in any language, written safely.

``export_pdf`` checks the request and the output folder first, builds the whole PDF in memory, then
writes it to a temporary file in the target folder and moves it into place: a failure leaves no
partial file and never replaces a good file with a broken one.
"""

from __future__ import annotations

import datetime
import errno
import logging
import os
import tempfile
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path

from handbook import __version__
from handbook.config import Clinic
from handbook.content import Handbook
from handbook.errors import ExportError
from handbook.handout import handout_contents
from handbook.i18n import LOCALE_TAGS, check_language
from handbook.my_questions import MyQuestions
from handbook.pdf.flow import Typesetter
from handbook.pdf.fonts import export_lock
from handbook.pdf.sheet import ANSWER_LINES, MAX_PAGES
from handbook.pdf.story import Selection, build_story

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HandoutRequest:
    """What to put in a handout: every section, some sections, or a comparison of 2 to 4 treatments."""

    lang: str = "en"
    all_sections: bool = False
    sections: tuple[str, ...] = ()
    compare: tuple[str, ...] = ()
    large_print: bool = False
    #: the clinic whose name and numbers go on the cover and every page
    clinic: Clinic | None = None
    #: a bilingual handout: every block beside its translation in this language
    second_lang: str | None = None
    #: a "My questions" sheet (with or without sections)
    my_questions: MyQuestions | None = None


def today() -> datetime.date:
    """Today, or the day of ``SOURCE_DATE_EPOCH`` when set (reproducible builds; ReportLab honours
    it for the PDF's creation date too)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.UTC).date()
    return datetime.date.today()


def export_pdf(handbook: Handbook, request: HandoutRequest, output: Path) -> Path:
    """Write the handout ``request`` asks for to ``output``; return the path written.

    Raises ``NotFoundError`` for an unknown language, section or treatment and ``ExportError`` when
    the request is empty or the file cannot be written, each with one plain line.
    """
    check_language(request.lang)
    output = Path(output)
    check_output(output)
    selection = handout_contents(handbook, request)
    data = render(handbook, selection, request.large_print)
    write_atomically(data, output)
    log.info("wrote %s (%d bytes)", output, len(data))
    return output


def render(handbook: Handbook, selection: Selection, large_print: bool) -> bytes:
    """The handout as PDF bytes; a "My questions" sheet gets as many answer lines as let it fit on
    two pages (``ExportError`` if even one line each does not)."""
    if not selection.my_questions:
        return _render(handbook, selection, large_print)[0]
    alone = replace(selection, narratives=(), glossary=(), questions=(), comparison=None, sources=(), citations=())
    for lines in ANSWER_LINES:
        data, pages = _render(handbook, alone, large_print, lines)
        if pages <= MAX_PAGES:
            return data if selection.sheet_only else _render(handbook, selection, large_print, lines)[0]
    raise ExportError(f"the questions do not fit on {MAX_PAGES} pages: choose fewer or shorter ones")


def _render(handbook: Handbook, selection: Selection, large_print: bool, answer_lines: int = 3) -> tuple[bytes, int]:
    """The PDF's bytes and its number of pages."""
    lang = selection.lang
    ui = handbook.ui(lang)
    out = BytesIO()
    with export_lock():
        setter = Typesetter(lang)
        second = Typesetter(selection.second.lang) if selection.second is not None else None
        doc, story = build_story(handbook, selection, setter, large_print, today(), out, second, answer_lines)
        doc.title = ui.get("handbook_title", "Handbook")
        doc.subject = selection.subject
        doc.author = ui.get("author", "Patient handbook")
        doc.creator = f"handbook {__version__}"
        doc.keywords = list(selection.keywords)
        doc.lang = LOCALE_TAGS[lang]
        doc.build(story)
    return out.getvalue(), int(doc.page)


# ------------------------------------------------------------------------------------ writing


def check_output(output: Path) -> None:
    """Fail early, in plain words, if ``output`` cannot be written (nothing is created here)."""
    if output.name in ("", ".", ".."):
        raise ExportError(f"'{output}' is not a file name: give a file such as handout.pdf")
    try:
        if b"\0" in os.fsencode(output):
            raise ValueError("embedded null byte")
    except ValueError:  # a NUL, or a character the file system's encoding cannot hold
        raise ExportError(f"'{output}' is not a file name this computer can use: choose another") from None
    try:
        _check_places(output)
    except OSError as err:  # e.g. a name too long for the file system
        raise ExportError(_write_error(output, err)) from None


def _check_places(output: Path) -> None:
    folder = output.parent
    if not folder.exists():
        raise ExportError(f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder")
    if output.is_dir():
        raise ExportError(f"{output} is a folder: give a file name such as {output / 'handout.pdf'}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write to the folder {folder} (permission denied)")
    if output.exists() and not os.access(output, os.W_OK):
        raise ExportError(f"cannot replace {output} (permission denied)")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_atomically(data: bytes, output: Path) -> None:
    """Write ``data`` to a temporary file beside ``output``, then rename it over ``output``."""
    folder = output.parent
    try:
        # a short prefix: the temporary name must fit where the longest allowed name fits
        fd, temp_name = tempfile.mkstemp(prefix=f".{output.name[:40]}.", suffix=".part", dir=folder)
    except OSError as err:
        raise ExportError(_write_error(output, err)) from None
    temp = Path(temp_name)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(temp, _mode_for(output))
        os.replace(temp, output)
        _sync_folder(folder)
    except OSError as err:
        temp.unlink(missing_ok=True)
        raise ExportError(_write_error(output, err)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (best effort)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _mode_for(output: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (0666 less the umask)."""
    try:
        return output.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _write_error(output: Path, err: OSError) -> str:
    if err.errno == errno.ENOSPC:
        return f"not enough disk space to write {output}"
    if err.errno in (errno.EACCES, errno.EPERM):
        return f"cannot write {output} (permission denied)"
    if err.errno == errno.EROFS:
        return f"cannot write {output}: the disk is read-only"
    return f"cannot write {output}: {err.strerror or err}"
