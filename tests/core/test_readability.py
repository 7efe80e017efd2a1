"""Every English narrative topic reads at Flesch-Kincaid grade 8 or below (textstat 0.7.3)."""

from __future__ import annotations

import pytest
import textstat

from handbook.content import Handbook, load
from handbook.resources import content_dir

MAX_GRADE = 8.0
NARRATIVE = [t.id for t in load(content_dir()).topics("en") if t.is_narrative]


@pytest.mark.parametrize("topic_id", NARRATIVE)
def test_grade_8_or_below(handbook: Handbook, topic_id: str) -> None:
    topic = handbook.topic(topic_id, "en")
    grade = textstat.flesch_kincaid_grade(topic.body_text())
    assert grade <= MAX_GRADE, f"{topic_id} reads at grade {grade}"


def test_there_are_narrative_topics() -> None:
    assert len(NARRATIVE) >= 14
