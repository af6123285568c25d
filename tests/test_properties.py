"""Properties of ``navnenyt.extract`` on any text (hypothesis) and its time bound on adversarial input."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import navnenyt
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


TRIGGER = "Mads Krog er pr. 1. april 2026 ansat som indkøbschef i "
MEGABYTE = 1_000_000


def repeat(unit: str) -> str:
    return (unit * (MEGABYTE // len(unit) + 1))[:MEGABYTE]


@pytest.mark.parametrize(
    "line",
    [
        TRIGGER + "A" * MEGABYTE,
        TRIGGER + repeat("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ "),
        TRIGGER + "." * MEGABYTE,
        TRIGGER + repeat("A.B.C.D. "),
        TRIGGER + "/" * MEGABYTE,
        TRIGGER + repeat("a/b/c/"),
        TRIGGER + "1" * MEGABYTE,
        TRIGGER + repeat("1.2.3.4. "),
        TRIGGER + repeat("A/S "),
        # real notices, one every 74 characters: 1 MB would be 13,500 entries (a throughput figure, measured by
        # benchmarks/extract_speed.py); here the first 100 KB
        repeat(TRIGGER + "Lunde A/S A/S A/S. ")[: MEGABYTE // 10],
        repeat("Mads Krog Hansen Jensen Nielsen er ansat som chef i Lunde A/S "),
        repeat("Mads Krog er ansat i &amp;&#248;&oslash;&"),
        repeat("JÃ¸rgen Ã˜stergÃ¥rd er ansat i KlÃ¸vermark "),
    ],
    ids=[
        "capitals", "capital-words", "dots", "initials", "slashes", "paths", "digits", "dotted-digits", "a-s",
        "notices-a-s", "names", "entities", "mojibake",
    ],
)  # fmt: skip
def test_a_megabyte_of_adversarial_text_in_one_line_finishes_in_5_seconds(line: str) -> None:
    navnenyt.extract("Mads Krog er ansat.")  # load the pipeline outside the timing
    start = time.perf_counter()
    navnenyt.extract(line)
    assert time.perf_counter() - start < 5.0
