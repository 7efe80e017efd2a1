"""``handbook check`` compares every language with English: topics, numbers and brand names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from handbook import content
from handbook.content import Handbook, check
from handbook.i18n import LANGUAGES


@pytest.fixture
def with_copy_language(content_copy: Path) -> Path:
    """The content with an extra language folder 'es' that is an exact copy of English."""
    shutil.rmtree(content_copy / "es", ignore_errors=True)
    shutil.copytree(content_copy / "en", content_copy / "es")
    for lang in LANGUAGES:
        if lang not in ("en", "es"):
            shutil.rmtree(content_copy / lang, ignore_errors=True)
    return content_copy


def _problems(root: Path) -> list[str]:
    return [str(p) for p in check(content.load(root)) if "language '" not in p.message]


def test_a_faithful_copy_is_clean(with_copy_language: Path) -> None:
    assert _problems(with_copy_language) == []


def test_a_missing_translation_is_named(with_copy_language: Path) -> None:
    (with_copy_language / "es" / "denosumab.md").unlink()
    problems = _problems(with_copy_language)
    assert (
        f"{with_copy_language / 'es' / 'denosumab.md'}:1: es: missing translation of treatment 'denosumab'" in problems
    )


def test_a_missing_glossary_term_is_named(with_copy_language: Path) -> None:
    path = with_copy_language / "es" / "glossary.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: osteoclast")
    end = text.index("\n- id:", start + 1)
    path.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    assert any(
        "glossary.yaml:1: es: missing translation of glossary 'osteoclast'" in p for p in _problems(with_copy_language)
    )


def test_an_extra_topic_is_named(with_copy_language: Path) -> None:
    source = (with_copy_language / "es" / "about.md").read_text(encoding="utf-8")
    (with_copy_language / "es" / "extra-page.md").write_text(
        source.replace("id: about", "id: extra-page"), encoding="utf-8"
    )
    assert any("es: extra topic 'extra-page'" in p and "extra-page.md" in p for p in _problems(with_copy_language))


def test_a_changed_number_is_named(with_copy_language: Path) -> None:
    path = with_copy_language / "es" / "support.md"
    path.write_text(path.read_text(encoding="utf-8").replace("1-800-227-2345", "1-800-227-2346"), encoding="utf-8")
    problems = _problems(with_copy_language)
    assert any("es: 'support' lacks the number(s) 2345" in p and "es/support.md" in p for p in problems), problems
    assert any("es: 'support' has number(s) 2346" in p for p in problems)


def test_a_lost_brand_name_is_named(with_copy_language: Path) -> None:
    path = with_copy_language / "es" / "denosumab.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Xgeva", "Exgeva"), encoding="utf-8")
    assert any("es: 'denosumab' lacks the name 'Xgeva'" in p for p in _problems(with_copy_language))


def test_arabic_indic_digits_count_as_the_same_number(with_copy_language: Path) -> None:
    path = with_copy_language / "es" / "support.md"
    path.write_text(path.read_text(encoding="utf-8").replace("1-800-227-2345", "١-٨٠٠-٢٢٧-٢٣٤٥"), encoding="utf-8")
    assert _problems(with_copy_language) == []


def test_a_missing_language_is_named(with_copy_language: Path) -> None:
    problems = [str(p) for p in check(content.load(with_copy_language))]
    assert any("language 'zh' is missing" in p for p in problems)


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_language_has_every_topic(handbook: Handbook, lang: str) -> None:
    english = {t.id for t in handbook.topics("en")}
    own = set(handbook.pack(lang).topics)
    assert own == english, f"{lang}: missing {sorted(english - own)[:5]}, extra {sorted(own - english)[:5]}"
