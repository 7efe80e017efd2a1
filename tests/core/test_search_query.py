"""Query understanding in every language: asking words never score, words inside words are found,
intent words pick a treatment's comparison row or its questions, "did you mean" only helps."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from handbook import search
from handbook.content import Handbook
from handbook.errors import SearchError
from handbook.search import SearchIndex, analysis, cues, lexicon, morph


@pytest.fixture(scope="module")
def index(handbook: Handbook) -> SearchIndex:
    return search.memory_index(handbook)


def _content(index: SearchIndex, query: str, lang: str) -> list[str]:
    plan = index._plan(search.clean_query(query), lang)
    return [t.text for t in plan.parsed.content]


@pytest.mark.parametrize(
    ("lang", "query", "words"),
    [
        ("en", "who can I call for help", ["call", "help"]),
        ("en", "what should I do about my bone pain?", ["bone", "pain"]),
        ("es", "¿qué puedo hacer para el dolor?", ["dolor"]),
        ("es", "a quien puedo llamar", ["llamar"]),
        ("zh", "我可以吃什么止痛药吗", ["止痛药"]),
        ("zh", "骨头因为癌症断了怎么办", ["骨头", "癌症", "断"]),
        ("vi", "tôi có thể gọi cho ai", ["goi"]),
        ("vi", "có cần đi nha sĩ không", ["nha", "si"]),
        ("ar", "هل يمكنني أن آخذ بروليا", ["بروليا"]),
        ("ar", "بمن يمكنني الاتصال", ["الاتصال"]),
        ("ko", "누구에게 전화하면 되나요", ["전화"]),
        # (아파 is a stem the handbook uses: the term list's warning signs write 턱이 아파, 허리가 아파)
        ("ko", "뼈가 너무 아파요", ["뼈", "아파"]),
    ],
)
def test_question_and_filler_words_do_not_score(
    index: SearchIndex, handbook: Handbook, lang: str, query: str, words: list[str]
) -> None:
    assert _content(index, query, lang) == words


@pytest.mark.parametrize(
    ("lang", "query", "words"),
    [
        ("en", "what's the difference between zometa and xgeva", ["zometa", "xgeva"]),
        ("es", "en qué se diferencian el zometa y el prolia", ["zometa", "prolia"]),
        ("zh", "择泰和安加维有什么区别", ["择泰", "安加维"]),
        ("vi", "zometa với prolia khác nhau thế nào", ["zometa", "prolia"]),
        ("vi", "zometa và xgeva có gì khác nhau", ["zometa", "xgeva"]),
        ("ar", "ما الفرق بين زوميتا وبروليا", ["زوميتا", "بروليا"]),
        ("ko", "조메타랑 프롤리아 차이점", ["조메타", "프롤리아"]),
    ],
)
def test_words_that_ask_how_things_differ_do_not_score(
    index: SearchIndex, lang: str, query: str, words: list[str]
) -> None:
    """vi "khác" is also "other" (the title "Những cách điều trị khác"): asking how two drugs differ
    must not make the query about other treatments."""
    assert _content(index, query, lang) == words


def test_other_is_still_a_word_where_it_asks_no_comparison(index: SearchIndex) -> None:
    assert "khac" in _content(index, "những cách điều trị khác", "vi")
    assert _content(index, "difference", "en") == ["difference"]  # alone, it is what is asked


def test_a_query_of_asking_words_only_is_still_searched(index: SearchIndex) -> None:
    assert _content(index, "side effects", "en") == ["side", "effects"]
    assert index.search("side effects", "en").hits[0].id == "side-effect"
    assert index.search("什么", "zh").hits  # a word is a word, when it is all there is


@pytest.mark.parametrize(
    ("word", "stem"),
    [("병원에", "병원"), ("뼈가", "뼈"), ("맞아도", "맞"), ("칼슘이", "칼슘"), ("치과", "치과"), ("치과에", "치과")],
)
def test_korean_particles_and_endings_match_their_stems(index: SearchIndex, word: str, stem: str) -> None:
    assert _content(index, word, "ko") == [stem]


def test_korean_strips_one_particle_or_several_endings() -> None:
    assert morph.korean_strips("전이가") == ["전이", "전이가"]  # 이가 is not two particles
    assert morph.korean_strips("맞았어요")[0] == "맞"


def test_chinese_is_cut_into_words_with_the_term_list_as_user_dictionary(index: SearchIndex) -> None:
    plan = index._plan("关于椎体后凸成形术要问的问题", "zh")
    words = [t.text for t in plan.parsed.tokens]
    assert "椎体后凸成形术" in words  # jieba alone cuts it into four
    assert plan.parsed.intent == cues.QUESTIONS
    assert [t.text for t in plan.parsed.content] == ["椎体后凸成形术"]
    assert "安加维" in _content(index, "安加维多久打一次", "zh")  # a brand of the term list


@pytest.mark.parametrize(
    ("query", "bare"),
    [("لبروليا", "بروليا"), ("بالكورتيزون", "الكورتيزون"), ("وراديوم", "راديوم"), ("وبالإشعاع", "الإشعاع")],
)
def test_arabic_clitics_are_taken_off_where_the_handbook_knows_the_word(
    index: SearchIndex, query: str, bare: str
) -> None:
    def terms(text: str) -> list[tuple[str, ...]]:
        return [unit.terms for unit in index._plan(text, "ar").units]

    assert terms(query) == terms(bare)


def test_arabic_clitics_find_the_same_topics(index: SearchIndex) -> None:
    bare = [h.id for h in index.search("بروليا", "ar").hits[:3]]
    assert [h.id for h in index.search("لبروليا", "ar").hits[:3]] == bare
    assert index.search("وبروليا", "ar").hits[0].id == bare[0]


def test_vietnamese_marks_tell_filler_words_from_content_words(index: SearchIndex) -> None:
    assert _content(index, "có", "vi") == ["co"]  # alone, it is what is asked
    assert _content(index, "xương có đau không", "vi") == ["xuong", "dau"]


@pytest.mark.parametrize(
    ("lang", "query", "topic", "row"),
    [
        ("en", "side effects of prolia", "denosumab", "common_side_effects"),
        ("en", "how often do I get zometa", "bisphosphonates", "how_often"),
        ("en", "who should not have denosumab", "denosumab", "who_may_not"),
        ("es", "efectos secundarios de prolia", "denosumab", "common_side_effects"),
        ("es", "cada cuánto se pone el xgeva", "denosumab", "how_often"),
        ("zh", "普罗力的副作用", "denosumab", "common_side_effects"),
        ("zh", "哪些人不能用地舒单抗", "denosumab", "who_may_not"),
        ("vi", "tác dụng phụ của prolia", "denosumab", "common_side_effects"),
        ("vi", "bao lâu tiêm xgeva một lần", "denosumab", "how_often"),
        ("ar", "الآثار الجانبية لبروليا", "denosumab", "common_side_effects"),
        ("ar", "كم مرة آخذ زوميتا", "bisphosphonates", "how_often"),
        ("ko", "프롤리아 부작용", "denosumab", "common_side_effects"),
        ("ko", "조메타는 얼마나 자주 맞아요", "bisphosphonates", "how_often"),
    ],
)
def test_intent_words_pick_the_treatments_comparison_row(
    index: SearchIndex, handbook: Handbook, lang: str, query: str, topic: str, row: str
) -> None:
    best = index.search(query, lang).hits[0]
    assert (best.id, best.row) == (topic, row)
    label = handbook.ui(lang)["compare_rows"][row]
    assert best.snippet.replace("**", "").startswith(label)  # the row itself is shown


@pytest.mark.parametrize(
    ("lang", "query", "topic"),
    [
        ("en", "questions about radiation", "questions-radiation"),
        ("en", "what should I ask about steroids", "questions-corticosteroids"),
        ("es", "preguntas sobre el denosumab", "questions-denosumab"),
        ("zh", "关于放疗要问医生什么", "questions-radiation"),
        ("vi", "câu hỏi về xạ trị", "questions-radiation"),
        ("ar", "أسئلة عن العلاج الإشعاعي", "questions-radiation"),
        ("ko", "방사선 치료 질문", "questions-radiation"),
    ],
)
def test_asking_what_to_ask_picks_the_treatments_questions(
    index: SearchIndex, lang: str, query: str, topic: str
) -> None:
    assert index.search(query, lang).hits[0].id == topic


def test_a_definition_puts_the_glossary_first_and_other_queries_the_topic(index: SearchIndex) -> None:
    assert index.search("what is PSA", "en").hits[0].id == "psa"
    assert index.search("ONJ", "en").hits[0].id == "onj"
    assert index.search("PSA가 뭐예요", "ko").hits[0].id == "psa"
    assert index.search("side effects of prolia", "en").hits[0].id == "denosumab"
    assert index.search("i broke a bone because of the cancer", "en").hits[0].id == "bone-problems"


def test_glossary_hits_are_grouped_apart(index: SearchIndex) -> None:
    results = index.search("i broke a bone because of the cancer", "en")
    groups = dict(results.groups())
    assert next(g for g, _hits in results.groups()) == search.TOPICS
    assert "fracture" in [h.id for h in groups[search.WORDS]]
    assert all(h.kind == "glossary" for h in groups[search.WORDS])
    assert all(h.kind != "glossary" for h in groups[search.TOPICS])
    assert next(g for g, _hits in index.search("what is PSA", "en").groups()) == search.WORDS


# ----------------------------------------------------------------------------- did you mean


@pytest.mark.parametrize("lang", ["en", "es", "zh", "vi", "ar", "ko"])
def test_did_you_mean_never_offers_a_stop_or_filler_word(handbook: Handbook, lang: str) -> None:
    speller = lexicon.speller_for(handbook, lang)
    never = analysis.stopwords(lang) | {analysis.normalize_text(w, lang) for w in cues.load(lang).filler}
    assert not never & set(speller.counts)


@pytest.mark.parametrize(
    ("lang", "query"),
    [("en", "cost"), ("en", "hospice"), ("es", "seguro"), ("ar", "التكلفة"), ("ar", "التأمين"), ("en", "cast")],
)
def test_did_you_mean_never_offers_a_word_unrelated_in_meaning(index: SearchIndex, lang: str, query: str) -> None:
    results = index.search(query, lang)
    assert results.suggestion is None
    assert results.unknown == (query,)
    assert [h.id for h in results.help] == list(search.HELP_TOPICS)


def test_a_query_covered_in_part_names_what_is_missing(index: SearchIndex) -> None:
    results = index.search("hospice and bone pain", "en")
    assert results.hits and results.unknown == ("hospice",)


@pytest.mark.parametrize(
    ("lang", "query", "unknown"),
    [
        ("zh", "临终关怀", ("临终关怀",)),
        ("en", "hospice cost", ("hospice cost",)),
        ("en", "hospice and cost", ("hospice", "cost")),
    ],
)
def test_unknown_words_typed_together_are_named_as_typed(
    index: SearchIndex, lang: str, query: str, unknown: tuple[str, ...]
) -> None:
    """Words typed next to each other stay one phrase ("临终关怀", not "临终 关怀" as segmented)."""
    assert index.search(query, lang).unknown == unknown


@pytest.mark.parametrize("lang", ["en", "es", "zh", "vi", "ar", "ko"])
def test_each_languages_asking_words_are_well_formed(lang: str) -> None:
    path = cues.cues_dir() / f"{lang}.json"
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), cues.SCHEMA)
    data = cues.load(lang)
    assert data.filler and data.definition and {i for i, _p in data.intents} == set(cues.INTENTS)


def test_a_broken_words_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "en.json").write_text('{"filler": "what", "definition": [], "intents": {}}', encoding="utf-8")
    monkeypatch.setattr(cues, "cues_dir", lambda: tmp_path)
    cues.load.cache_clear()
    try:
        with pytest.raises(SearchError, match=r"en\.json"):
            cues.load("en")
    finally:
        cues.load.cache_clear()
