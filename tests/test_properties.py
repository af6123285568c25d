"""Properties of ``navnenyt.extract`` on any text (hypothesis) and on megabytes of adversarial input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import navnenyt
from adversarial_cases import EXTRACT_LINES
from navnenyt.normalise import normalise

FIRST = ["Mads", "Nanna", "Søren", "Åse", "Jørgen", "Eva", "Laurits", "Bjørg"]
LAST = ["Krog", "Bech", "Ærø", "Bøgh", "Østergård", "Moos", "Brink", "Lund"]
ROLES = ["jurist", "tømrer", "indkøbschef", "salgschef", "partner", "tekniker"]
ORGS = ["Lunde A/S", "Åkjær Byg ApS", "Holm Advokater", "Kløvermark ApS", "Korsør & Co. A/S"]
MONTHS = ["januar", "maj", "juni", "august", "december"]
NOISE = ["", "\u00ad", "\u200b", "\u00a0", "\r\n", "\n", "  ", "&amp;", "’", "A\u030a", "JÃ¸"]


@st.composite
def notices(draw: st.DrawFn) -> str:
    """A few Danish people-news sentences with random names, and random noise characters inserted."""
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        sentence = (
            f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))} er pr. {draw(st.integers(1, 28))}. "
            f"{draw(st.sampled_from(MONTHS))} 2026 ansat som {draw(st.sampled_from(ROLES))} i "
            f"{draw(st.sampled_from(ORGS))}."
        )
        sentences.append(sentence)
    text = draw(st.sampled_from([" ", "\n", "\r\n", "\n\n"])).join(sentences)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(NOISE)) + text[at:]
    return text


ANY_TEXT = st.one_of(st.text(max_size=300), notices())
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(ANY_TEXT)
def test_extract_never_raises_and_records_are_consistent(text: str) -> None:
    for record in navnenyt.extract(text):
        assert 0 <= record.start <= record.end <= len(text)
        assert record.text == text[record.start : record.end]
        clean = normalise(record.text).text.replace("\n", " ")  # a hard-wrapped line's break reads as a space
        for value in (record.person, record.organisation, record.role):
            if value is not None:
                assert value in clean, (value, clean)


@SETTINGS
@given(ANY_TEXT)
def test_extract_is_deterministic(text: str) -> None:
    first = [r.model_dump(mode="json") for r in navnenyt.extract(text)]
    assert [r.model_dump(mode="json") for r in navnenyt.extract(text)] == first


def test_generated_notices_do_give_records() -> None:
    # guards the property tests above against testing only empty results
    text = (
        "Mads Krog er pr. 1. maj 2026 ansat som jurist i Lunde A/S.\r\n"
        "Åse Bøgh er pr. 2. juni 2026 ansat som tømrer i Holm Advokater."
    )
    assert [r.person for r in navnenyt.extract(text)] == ["Mads Krog", "Åse Bøgh"]


#: How many records each megabyte line of :data:`EXTRACT_LINES` gives: its first notice's (Mads Krog's), or
#: none where the junk after "i" leaves no organisation, and 1,350 for 100 KB of notices.
EXTRACT_COUNTS = {"initials": 1, "notices-a-s": 1350}


@pytest.mark.timeout(120)  # a hang guard (about 50 times the usual time); figures: benchmarks/adversarial_speed.py
@pytest.mark.parametrize("case", list(EXTRACT_LINES))
def test_a_megabyte_of_adversarial_text_in_one_line_gives_its_records(case: str) -> None:
    records = navnenyt.extract(EXTRACT_LINES[case])
    assert len(records) == EXTRACT_COUNTS.get(case, 0)
    assert {r.person for r in records} <= {"Mads Krog"}
