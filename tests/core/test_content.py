"""The bundled content loads, validates and holds what the design asks for."""

from __future__ import annotations

import datetime as dt

import pytest

from handbook.content import COMPARE_KEYS, Handbook, check

REQUIRED_TOPICS = {
    "spread-to-bone": "section",
    "bone-problems": "section",
    "bisphosphonates": "treatment",
    "denosumab": "treatment",
    "jaw-osteonecrosis": "section",
    "corticosteroids": "treatment",
    "radiation": "treatment",
    "radiopharmaceuticals": "treatment",
    "ablation": "treatment",
    "kyphoplasty": "treatment",
    "pain-medicines": "treatment",
    "other-treatments": "section",
    "support": "section",
    "about": "section",
}


def test_content_is_clean(handbook: Handbook) -> None:
    assert [str(p) for p in check(handbook)] == []


@pytest.mark.parametrize(("topic_id", "kind"), sorted(REQUIRED_TOPICS.items()))
def test_required_topic_exists_with_real_text(handbook: Handbook, topic_id: str, kind: str) -> None:
    topic = handbook.topic(topic_id, "en")
    assert topic.kind == kind
    assert len(topic.body_text().split()) >= 80, "a real topic, not a placeholder"
    assert topic.sources and topic.reviewed
    dt.date.fromisoformat(topic.reviewed)


def test_every_treatment_has_every_comparison_row_and_questions(handbook: Handbook) -> None:
    treatments = handbook.treatments("en")
    assert len(treatments) >= 8
    asked = {t.treatment for t in handbook.topics("en") if t.kind == "questions"}
    for treatment in treatments:
        assert set(treatment.compare) == set(COMPARE_KEYS), treatment.id
        assert all(len(v.split()) >= 4 for v in treatment.compare.values()), treatment.id
        assert treatment.id in asked


# Facts of the source that must survive in the English text, with where they belong.
SOURCE_FACTS = [
    ("bisphosphonates", ["Zometa", "3 or 4 weeks", "calcium", "vitamin D", "kidney", "flu-like"]),
    ("denosumab", ["Xgeva", "Prolia", "under the skin", "4 weeks", "6 months", "nausea", "diarrhea"]),
    ("jaw-osteonecrosis", ["floss", "dentures", "blood supply"]),
    ("corticosteroids", ["prednisone", "dexamethasone", "PSA"]),
    ("radiation", ["SBRT", "spinal cord", "paralysis"]),
    ("radiopharmaceuticals", ["strontium-89", "samarium-153", "radium-223", "Xofigo", "lungs", "bleeding"]),
    ("ablation", ["HIFU", "cryoablation", "microwave", "laser", "electroporation", "electric current"]),
    ("kyphoplasty", ["balloon", "cement"]),
    ("pain-medicines", ["regular schedule"]),
    ("other-treatments", ["hormone therapy", "chemotherapy", "targeted", "immunotherapy"]),
    ("support", ["1-800-227-2345", "24/7"]),
    ("bone-problems", ["spinal cord compression", "calcium", "fracture"]),
]


@pytest.mark.parametrize(("topic_id", "facts"), SOURCE_FACTS)
def test_source_facts_are_kept(handbook: Handbook, topic_id: str, facts: list[str]) -> None:
    text = handbook.topic(topic_id, "en").words().casefold()
    missing = [fact for fact in facts if fact.casefold() not in text]
    assert not missing, f"{topic_id} lost: {missing}"


def test_glossary_covers_terms_used(handbook: Handbook) -> None:
    glossary_ids = {t.id for t in handbook.topics("en") if t.kind == "glossary"}
    assert len(glossary_ids) >= 40
    for topic in handbook.topics("en"):
        assert set(topic.glossary) <= glossary_ids, topic.id
