"""Shapes fixed in round fifteen (blind gold sets 96-99), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01, told in the past tense 2025-03-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt
from navnenyt.normalise import normalise
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_FIFTEEN: list[tuple[str, list[Move]]] = [
    (  # two names before a cue of several words ("ønskede ikke genvalg"): both leave
        "Michael Toft og Pernille Aagaard ønskede ikke genvalg.",
        [
            ("departure", "Michael Toft", None, None, None, None, None),
            ("departure", "Pernille Aagaard", None, None, None, None, None),
        ],
    ),
    (  # "gik" is a verb after a list of names as "går" is
        "Michael Toft og Pernille Aagaard gik på pension.",
        [
            ("retirement", "Michael Toft", None, None, None, None, None),
            ("retirement", "Pernille Aagaard", None, None, None, None, None),
        ],
    ),
    (  # "til bestyrelsen" after "genopstille" is where one does not stand again: no board post
        "Michael Toft ønskede ikke at genopstille til bestyrelsen.",
        [("departure", "Michael Toft", None, None, None, None, None)],
    ),
    (  # an honorary membership is an award (cues.yaml aeresmedlem)
        "Palle Thygesen blev hyldet med stående bifald og udnævnt til foreningens første æresmedlem.",
        [("award", "Palle Thygesen", None, None, None, None, None)],
    ),
    (  # the meeting's own organisation named after its definite noun, for a board post dated in its own sentence
        "Generalforsamlingen i Vestjysk Familielandbrug blev holdt tirsdag den 3. marts.\n\n"
        "Bestyrelsen konstituerede sig efterfølgende den 3. marts med Mads Thomsen som næstformand.",
        [("board_appointment", "Mads Thomsen", "næstformand", "Vestjysk Familielandbrug", "2025-03-03", None, None)],
    ),
    (  # ... and not the place after the indefinite noun
        "Vestjysk Familielandbrug holdt generalforsamling i Tvedmose Forsamlingshus tirsdag den 3. marts.\n\n"
        "Bestyrelsen konstituerede sig efterfølgende den 3. marts med Mads Thomsen som næstformand.",
        [("board_appointment", "Mads Thomsen", "næstformand", None, "2025-03-03", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_FIFTEEN, ids=[t[:40] for t, _ in ROUND_FIFTEEN])
def test_round_fifteen(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


AGE_SECTIONS = (
    "Mærkedage i december\n\nJubilæer\n\n40 år\n1. december: Lars Mikkelsen, erhvervskundechef, Sparekassen Hvidkær\n\n"
    "25 år\n3. december: Birgit Holm, advokatsekretær, Advokatfirmaet Skov & Ravn\n\n"
    "Fødselsdage\n\n60 år\n5. december: Torben Gammeltoft, partner, Gammeltoft & Lau Advokater\n"
)


def test_age_headings_under_a_section_heading_across_blank_lines() -> None:
    records = navnenyt.extract(AGE_SECTIONS, published=dt.date(2025, 11, 25))
    assert [(r.kind.value, r.person, r.role, r.organisation, str(r.date)) for r in records] == [
        ("anniversary", "Lars Mikkelsen", "erhvervskundechef", "Sparekassen Hvidkær", "2025-12-01"),
        ("anniversary", "Birgit Holm", "advokatsekretær", "Advokatfirmaet Skov & Ravn", "2025-12-03"),
        ("birthday", "Torben Gammeltoft", "partner", "Gammeltoft & Lau Advokater", "2025-12-05"),
    ]


MARKUP = (
    "<h2>Nyt fra Forsikringsselskabet Vendelbo</h2>\n<h3>Ny bestyrelsespost</h3>\n"
    "<p>Direktør i Vendelbo Annette <em>Lykkegaard</em> er indtrådt i bestyrelsen for Brancheforeningen "
    "Skadesforsikring Vest som næstformand.</p><!-- teaser --><script>var x = 1;</script>"
)


def test_html_markup_in_a_text_is_read_as_its_text_and_offsets_index_the_input() -> None:
    [record] = navnenyt.extract(MARKUP, published=PUBLISHED)
    assert (record.kind.value, record.person, record.role, record.organisation, record.label) == (
        "board_appointment",
        "Annette Lykkegaard",
        "næstformand",
        "Brancheforeningen Skadesforsikring Vest",
        "Ny bestyrelsespost",
    )
    assert MARKUP[record.start : record.end] == record.text
    assert "<p>" not in record.text and "næstformand." in record.text


def test_markup_pass_keeps_plain_angle_brackets_and_maps_offsets() -> None:
    assert normalise("Pris <100 kr. for <Navn> og a > b").text == "Pris <100 kr. for <Navn> og a > b"
    norm = normalise("<p>Eva <b>Holm</b> er ny CFO.</p>")
    assert norm.text == "\nEva Holm er ny CFO.\n"
    start = norm.text.index("Eva")
    assert norm.span_to_original(start, start + len("Eva Holm")) == (3, 14)  # "Eva <b>Holm"
