"""Ranking: the topic that answers the question comes first, measured next to SQLite FTS5.

The shared sample (``ranking_queries.json``) must score success@1 >= 0.90 in every language; our own
cases (``tests/data/ranking_own.json``, written before the ranking was tuned: lay words, typos, brand
names, questions, intent words, no accents, Korean endings, Chinese without spaces, Arabic clitics)
are held to what they score, well ahead of FTS5. Each run prints the table (``pytest -s``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook import search
from handbook.bench import ranking
from handbook.content import Handbook, check, load
from handbook.search import SearchIndex


@pytest.fixture(scope="module")
def index(handbook: Handbook) -> SearchIndex:
    return search.memory_index(handbook)


def _table(title: str, results: dict[str, dict[str, ranking.Scores]]) -> str:
    return ranking.table(title, results)


def test_the_sample_puts_the_right_topic_first_in_every_language(index: SearchIndex, handbook: Handbook) -> None:
    cases = ranking.ranked(ranking.load_cases(ranking.SAMPLE_FILE), "")
    results = ranking.compare(handbook, index, cases)
    print("\n" + _table("shared sample", results))
    assert set(results) == set(search.indexed_languages(handbook))
    for lang, found in results.items():
        assert found["ours"].success_at_1 >= 0.9, (lang, found["ours"].misses)
        assert found["ours"].success_at_1 >= found["fts5"].success_at_1


def test_our_own_cases_rank_well_ahead_of_fts5(index: SearchIndex, handbook: Handbook) -> None:
    cases = ranking.ranked(ranking.load_cases(ranking.OWN_FILE), but=ranking.URGENT)
    assert all(sum(c.lang == lang for c in cases) >= 20 for lang in search.indexed_languages(handbook))
    results = ranking.compare(handbook, index, cases)
    print("\n" + _table("own cases", results))
    for lang, found in results.items():
        ours = found["ours"]
        assert ours.success_at_1 >= 0.8, (lang, ours.misses)
        assert ours.success_at_3 >= 0.9, (lang, ours.misses)
    assert ranking.overall(results, "ours") >= 0.85
    assert ranking.overall(results, "ours") >= ranking.overall(results, "fts5") + 0.25


@pytest.mark.parametrize(
    ("path", "size", "first", "third", "whole"),
    [
        (ranking.HELDOUT_FILE, 10, 0.85, 0.95, 0.92),
        (ranking.HELDOUT2_FILE, 10, 0.85, 0.85, 0.95),
        (ranking.HELDOUT3_FILE, 10, 0.9, 0.9, 0.95),
        (ranking.HELDOUT4_FILE, 5, 0.8, 0.8, 0.95),
        (ranking.HELDOUT5_FILE, 3, 0.66, 0.66, 0.95),
        (ranking.HELDOUT6_FILE, 6, 0.6, 0.85, 0.85),
    ],
    ids=["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"],
)
def test_held_out_patient_queries_keep_their_figures(
    index: SearchIndex, handbook: Handbook, path: Path, size: int, first: float, third: float, whole: float
) -> None:
    """Sets of patient queries written before they were first run (warning signs, comparisons,
    brands as each language writes them, no accents, lay words; sets 3 to 5: dental work with and
    without a drug's name, and questions about the drug alone): held a little under what they score
    (set 1: 0.92 to 1.00 by language, 0.96 overall; set 2: 0.91 to 1.00, 0.98; set 3: 0.92 to 1.00,
    0.99; sets 4 and 5, a few queries a language: 1.00; set 6, loose teeth and other signs typed as
    a verb and comparisons of two drugs: 0.67 to 1.00, 0.89), so a regression fails."""
    cases = ranking.ranked(ranking.load_cases(path))
    assert all(sum(c.lang == lang for c in cases) >= size for lang in search.indexed_languages(handbook))
    results = ranking.compare(handbook, index, cases)
    print("\n" + _table(path.stem, results))
    for lang, found in results.items():
        ours = found["ours"]
        assert ours.success_at_1 >= first, (lang, ours.misses)
        assert ours.success_at_3 >= third, (lang, ours.misses)
    assert ranking.overall(results, "ours") >= whole
    assert ranking.overall(results, "ours") >= ranking.overall(results, "fts5") + 0.25


def test_what_the_handbook_does_not_cover_is_said_and_help_offered(index: SearchIndex, handbook: Handbook) -> None:
    """ "cost", "hospice": never a "did you mean" to an unrelated word; the words are named as not
    covered and the care-team and support topics offered (where the language lets us tell)."""
    cases = [c for c in ranking.load_cases(ranking.OWN_FILE) if c.kind == ranking.UNCOVERED]
    assert cases
    told = []
    for case in cases:
        results = index.search(case.query, case.lang)
        assert results.suggestion is None, (case.query, results.suggestion)
        if results.unknown:
            assert {h.id for h in results.help} == {"support", "care-team"}, case.query
            told.append(case.query)
    # Vietnamese is written in syllables that each occur somewhere ("bảo hiểm" is "bảo" and
    # "hiểm"), and a word can be in the handbook in another sense ("cuesta", as in "le cuesta
    # caminar"): a word the handbook lacks is not always seen as one.
    assert len(told) >= 0.75 * len(cases), sorted({c.query for c in cases} - set(told))


def test_warning_sign_words_put_the_urgent_topic_near_the_top(index: SearchIndex, handbook: Handbook) -> None:
    """Symptom words ("my legs are weak", "can't pee", "fever after Xofigo") put the topic on getting
    help right away first, in every language that has it (the synonym groups of the term list, which
    say ``first``): all do; one miss a language is let through."""
    cases = ranking.present(handbook, ranking.ranked(ranking.load_cases(ranking.OWN_FILE), ranking.URGENT))
    if not cases:
        pytest.skip("no language has the warning-signs topic yet")
    results = ranking.compare(handbook, index, cases)
    print("\n" + _table("warning signs", results))
    for lang, found in results.items():
        assert found["ours"].success_at_1 >= 0.8, (lang, found["ours"].misses)


# ------------------------------------------------------------- a group names the topic that answers it

JAW = "jaw-osteonecrosis"
#: dental work or teeth typed with a bone drug's name: the jaw topic says what to do before and during
#: dental work, so it comes first; the drug's topic next
DENTAL_WITH_A_DRUG = {
    "en": ["can i get my teeth cleaned while on xgeva", "dentist says i need a filling, i get zometa"],
    "es": ["me van a hacer un empaste y me ponen xgeva", "cirugía de encías con prolia"],
    "zh": ["打Prolia期间能拔智齿吗", "用择泰可以做种植牙吗"],
    "vi": ["đang dùng prolia có trám răng được không", "nhổ răng khi truyền axit zoledronic"],
    "ar": ["حشو الأسنان مع Xgeva", "زيارة طبيب الأسنان وأنا على Prolia"],
    "ko": ["프롤리아 맞는 중 충치 치료", "엑스지바 맞기 전에 치과 검진"],
}
#: questions about the drug alone: what it is, its side effects, which is better
ABOUT_THE_DRUG = {
    "en": ["what is prolia", "xgeva side effects", "zometa or xgeva which is better"],
    "es": ["qué es el xgeva", "efectos secundarios del prolia", "zometa o xgeva"],
    "zh": ["Prolia是什么", "唑来膦酸的副作用", "Xgeva和Prolia有什么不同"],
    "vi": ["prolia là gì", "tác dụng phụ của xgeva", "zometa và prolia khác nhau thế nào"],
    "ar": ["ما هو Prolia", "الآثار الجانبية لـ Xgeva", "الفرق بين Xgeva و Prolia"],
    "ko": ["프롤리아가 뭐예요", "엑스지바 부작용", "조메타랑 엑스지바 차이"],
}
DRUG_TOPICS = {"bisphosphonates", "denosumab", "zoledronic-acid", "denosumab-drug"}


@pytest.mark.parametrize(
    ("lang", "query"), [(lang, q) for lang, queries in DENTAL_WITH_A_DRUG.items() for q in queries]
)
def test_dental_work_with_a_drug_puts_the_jaw_topic_first(index: SearchIndex, lang: str, query: str) -> None:
    ids = [h.id for h in index.search(query, lang).hits]
    assert ids[0] == JAW, ids[:3]
    assert DRUG_TOPICS & set(ids[1:3]), "the drug's topic comes next"


@pytest.mark.parametrize(("lang", "query"), [(lang, q) for lang, queries in ABOUT_THE_DRUG.items() for q in queries])
def test_a_question_about_the_drug_alone_is_not_taken_over(index: SearchIndex, lang: str, query: str) -> None:
    ids = [h.id for h in index.search(query, lang).hits]
    assert ids[0] != JAW, ids[:3]
    assert DRUG_TOPICS & set(ids[:3]), ids[:3]


@pytest.mark.parametrize(
    ("lang", "query", "first"),
    [
        # a warning sign stays ahead of the topic that answers the dental words
        ("en", "loose tooth after a filling on xgeva", "urgent-signs"),
        ("es", "se me mueve un diente después del empaste y uso prolia", "urgent-signs"),
        # what to ask is the treatment's list of questions
        ("en", "questions to ask about dental work on xgeva", "questions-denosumab"),
        # the word a definition question asks about
        ("en", "what is dental work", "dental-work"),
        ("ko", "발치가 뭐예요", "dental-work"),
        ("zh", "拔牙是什么意思", "dental-work"),
    ],
)
def test_what_stays_ahead_of_the_answering_topic(index: SearchIndex, lang: str, query: str, first: str) -> None:
    ids = [h.id for h in index.search(query, lang).hits]
    assert ids[0] == first, ids[:3]
    assert JAW in ids[:3]


def _set_answers(path: Path, answers: dict[str, str | None]) -> None:
    """Point (or, with None, no longer point) each listed group of a term list to a topic."""
    out, current = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("- id: "):
            current = line[len("- id: ") :]
        if current in answers and line.startswith("  answered_by: "):
            target = answers[current]
            if target is None:
                continue
            line = f"  answered_by: {target}"
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def test_the_answering_topic_is_the_term_lists_not_the_codes(content_copy: Path) -> None:
    """The ranking names no topic: pointed elsewhere (the bisphosphonates topic, for a query that
    names Prolia), the dental-work group leads there; without
    ``answered_by``, the dentures group leads nowhere and the drug's topic is first again. (The
    check says that the other languages now differ from English.)"""
    _set_answers(content_copy / "en" / "terms.yaml", {"dental-work": "bisphosphonates", "dentures": None})
    copy = load(content_copy)
    differ = [p.message for p in check(copy) if "answered by" in p.message]
    for lang in ("es", "zh", "vi", "ar", "ko"):
        assert f"{lang}: term 'dental-work' is answered by '{JAW}' but in English by 'bisphosphonates'" in differ
        assert f"{lang}: term 'dentures' is answered by '{JAW}' but in English by 'no topic'" in differ
    index = search.memory_index(copy)
    assert _first(index, "tooth pulled on prolia", "en") == "bisphosphonates"
    assert _first(index, "new dentures while on prolia", "en") == "denosumab"
    # the other languages keep their own term lists
    assert _first(index, "sacar una muela con prolia", "es") == JAW


def _first(index: SearchIndex, query: str, lang: str) -> str:
    return index.search(query, lang).hits[0].id


#: Questions that ask how two treatments differ (written before the comparison words were added).
COMPARISONS = {
    "en": ["what's the difference between prolia and zometa", "xgeva versus zometa"],
    "es": ["diferencias entre el zometa y el xgeva", "qué es mejor, prolia o zometa"],
    "zh": ["择泰和安加维有什么区别", "Prolia跟Zometa有啥不同"],
    "vi": ["zometa và xgeva khác nhau thế nào", "zometa với xgeva khác nhau", "so sánh prolia với zometa"],
    "ar": ["ما الفرق بين زوميتا وبروليا", "مقارنة Zometa و Xgeva"],
    "ko": ["조메타와 프롤리아 차이점", "엑스지바랑 조메타 뭐가 다른가요"],
}


@pytest.mark.parametrize(("lang", "query"), [(lang, q) for lang, queries in COMPARISONS.items() for q in queries])
def test_a_comparison_puts_a_compared_treatment_first(index: SearchIndex, lang: str, query: str) -> None:
    """Not "Other treatments", which names both drugs in passing (and whose Vietnamese title has
    "khác", the word of "khác nhau")."""
    assert _first(index, query, lang) in {"bisphosphonates", "denosumab"}


@pytest.mark.parametrize(
    ("lang", "query"),
    [("vi", "các cách điều trị khác"), ("en", "other treatments"), ("es", "otros tratamientos"), ("ko", "다른 치료")],
)
def test_other_treatments_are_still_found(index: SearchIndex, lang: str, query: str) -> None:
    assert _first(index, query, lang) == "other-treatments"
