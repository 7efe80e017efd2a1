"""PDF handouts (ReportLab): the sections a person picks, or a comparison, in any of the six languages.

- :class:`HandoutRequest` says what goes in (every section, some sections, or 2 to 4 treatments side
  by side; large print); :func:`export_pdf` writes it atomically (a failure leaves no partial file);
- :func:`today` is the date a handout carries (``SOURCE_DATE_EPOCH`` when set).

Inside: ``export`` (the request and safe writing), ``story`` (what each page holds, from
:mod:`handbook.handout`), ``layout`` (page furniture, styles, tables), ``flow`` (paragraphs set line by
line), ``text`` (shaped, right-to-left and CJK line breaking) and ``fonts`` (embedded TrueType faces).
"""

from __future__ import annotations

from handbook.pdf.export import HandoutRequest, export_pdf, today

__all__ = ["HandoutRequest", "export_pdf", "today"]
