"""Comparison: treatments named in any language, the same rows for each, in the reader's language."""

from __future__ import annotations

import pytest

from handbook.compare import compare, resolve
from handbook.content import COMPARE_KEYS, Handbook
from handbook.errors import NotFoundError

# (name as a person might type it, the treatment it means, the language that word comes from)
NAMES = [
    ("Zometa", "bisphosphonates", "en"),
    ("XGEVA", "denosumab", "en"),
    ("zoledronic acid", "bisphosphonates", "en"),
    ("radium 223", "radiopharmaceuticals", "en"),
    ("Denosumab (Xgeva, Prolia)", "denosumab", "en"),
    ("bisfosfonatos", "bisphosphonates", "es"),
    ("radioterapia", "radiation", "es"),
    ("地舒单抗", "denosumab", "zh"),
    ("放疗", "radiation", "zh"),
    ("دينوسوماب", "denosumab", "ar"),
    ("بيسفوسفونات", "bisphosphonates", "ar"),
]


@pytest.mark.parametrize(("name", "treatment", "lang"), NAMES)
def test_names_in_any_language_resolve(handbook: Handbook, name: str, treatment: str, lang: str) -> None:
    if lang not in handbook.packs:
        pytest.skip(f"no {lang} content yet")
    assert resolve(handbook, name) == treatment


@pytest.mark.parametrize("lang", ["en", "es", "zh", "vi", "ar", "ko"])
def test_table_is_in_the_readers_language_with_equal_rows(handbook: Handbook, lang: str) -> None:
    if lang not in handbook.packs:
        pytest.skip(f"no {lang} content yet")
    table = compare(handbook, ["zometa", "xgeva", "xofigo", "hifu"], lang)
    assert [t.id for t in table.treatments] == ["bisphosphonates", "denosumab", "radiopharmaceuticals", "ablation"]
    assert all(t.lang == lang for t in table.treatments)
    assert [r.key for r in table.rows] == list(COMPARE_KEYS)
    assert len({r.label for r in table.rows}) == len(COMPARE_KEYS)
    assert all(len(r.values) == 4 and all(v.strip() for v in r.values) for r in table.rows)
    if lang != "en":
        assert table.rows[0].label != compare(handbook, ["zometa", "xgeva"], "en").rows[0].label


@pytest.mark.parametrize(
    "names", [["zometa"], ["zometa", "zometa"], ["a", "b"], [], ["zometa", "xgeva", "sbrt", "hifu", "rfa"]]
)
def test_bad_choices_raise_a_clear_error(handbook: Handbook, names: list[str]) -> None:
    with pytest.raises(NotFoundError):
        compare(handbook, names, "en")
