"""The bundled font chains: one per language, and every character of the content has a glyph."""

from __future__ import annotations

import unicodedata

import pytest

from handbook import fonts
from handbook.content import Handbook
from handbook.i18n import LANGUAGES
from handbook.resources import content_dir, fonts_dir

CONTENT_LANGUAGES = sorted(p.name for p in content_dir().iterdir() if p.is_dir() and p.name in LANGUAGES)


def language_text(handbook: Handbook, lang: str) -> str:
    """Everything a reader of ``lang`` may see: every topic's words and every UI string."""
    parts = [t.words() for t in handbook.topics(lang)]
    for value in handbook.ui(lang).values():
        parts.extend(value.values() if isinstance(value, dict) else [str(value)])
    return "\n".join(parts)


@pytest.mark.parametrize("lang", CONTENT_LANGUAGES)
def test_every_character_of_the_content_has_a_glyph(handbook: Handbook, lang: str) -> None:
    text = unicodedata.normalize("NFC", language_text(handbook, lang))
    missing = fonts.covers(lang, text)
    shown = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in sorted(missing))
    assert not missing, f"{lang}: no bundled font has {shown}"


@pytest.mark.parametrize(
    ("lang", "text", "missing"),
    [
        ("en", "Zometa every 3 to 4 weeks", set()),
        ("vi", "Hoại tử xương hàm — điều trị", set()),
        ("ar", "دينوسوماب (Xgeva، Prolia) ٤", set()),
        ("zh", "地舒单抗（Xgeva、Prolia）", set()),
        ("ko", "데노수맙(Xgeva, Prolia)", set()),
        ("en", "tab\tnew line\n and a zero-width joiner \u200d are not drawn", set()),
        ("en", "a Linear B syllable \U00010000 has no glyph", {"\U00010000"}),
        ("ar", "a musical symbol \U0001d11e has no glyph", {"\U0001d11e"}),
    ],
)
def test_covers_names_what_no_face_can_draw(lang: str, text: str, missing: set[str]) -> None:
    assert fonts.covers(lang, text) == missing


@pytest.mark.parametrize(
    ("lang", "first"),
    [
        ("en", "Noto Sans"),
        ("es", "Noto Sans"),
        ("vi", "Noto Sans"),
        ("ar", "Noto Naskh Arabic"),
        ("zh", "WenQuanYi Micro Hei"),
        ("ko", "WenQuanYi Micro Hei"),
    ],
)
def test_each_language_starts_with_its_own_face_and_keeps_every_other_as_fallback(lang: str, first: str) -> None:
    chain = fonts.chain(lang)
    assert chain[0].family == first
    assert {face.key for face in chain} == set(fonts.faces())
    assert fonts.families(lang) == [face.family for face in chain]


@pytest.mark.parametrize("key", sorted(fonts.faces()))
def test_each_face_names_real_files_whose_family_matches(key: str) -> None:
    from reportlab.pdfbase.ttfonts import TTFontFile

    face = fonts.faces()[key]
    for path in face.files:
        assert path.is_file(), path
        parsed = TTFontFile(str(path), subfontIndex=face.subfont_index)
        assert parsed.familyName.decode() == face.family


def test_each_bundled_font_file_holds_one_face() -> None:
    """Qt has fontconfig read every face of a registered file at each start (its character set):
    a collection (.ttc) with a face nobody uses costs a start for nothing."""
    files = [path for path in fonts_dir().iterdir() if path.suffix.lower() in (".ttf", ".otf", ".ttc", ".otc")]
    assert files
    for path in files:
        assert path.read_bytes()[:4] != b"ttcf", f"{path.name} is a font collection"


def test_latin_in_arabic_text_falls_back_to_noto_sans() -> None:
    assert fonts.face_for("ar", "ب") == fonts.faces()["NotoNaskhArabic"]
    assert fonts.face_for("ar", "X") == fonts.faces()["NotoSans"]
    assert fonts.face_for("en", "中") == fonts.faces()["WenQuanYiMicroHei"]
    assert fonts.face_for("vi", "ệ") == fonts.faces()["NotoSans"]


def test_an_unknown_language_is_a_clear_error() -> None:
    from handbook.errors import NotFoundError

    with pytest.raises(NotFoundError, match="unknown language 'xx'"):
        fonts.chain("xx")
