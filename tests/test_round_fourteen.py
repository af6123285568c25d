"""Sentence and list shapes fixed in round fourteen (blind gold sets 84-87 and the known misses of round thirteen),
each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01 and a past "november" is 2025-11).
"""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_FOURTEEN: list[tuple[str, list[Move]]] = [
    (  # the post held now, told after a promotion with "samme sted": the previous role, no previous organisation
        "Niels Holm er forfremmet til vagtchef hos Securia A/S pr. 1. marts. Han er i dag vagtleder samme sted.",
        [("promotion", "Niels Holm", "vagtchef", "Securia A/S", "2026-03-01", "vagtleder", None)],
    ),
    (  # the adverbs of "now" before the copula and the pronoun
        "Lene Vinter bliver ny direktør i Aabo Energi A/S fra 1. juni. I dag er hun økonomichef i Ravnkilde Forsyning.",
        [("new_job", "Lene Vinter", "direktør", "Aabo Energi A/S", "2026-06-01", "økonomichef", "Ravnkilde Forsyning")],
    ),
    (  # "i øjeblikket" is an adverb of "now", not part of the role
        "Lene Vinter bliver ny direktør i Aabo Energi A/S fra 1. juni. Hun er i øjeblikket økonomichef i Ravnkilde "
        "Forsyning.",
        [("new_job", "Lene Vinter", "direktør", "Aabo Energi A/S", "2026-06-01", "økonomichef", "Ravnkilde Forsyning")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_FOURTEEN, ids=[t[:40] for t, _ in ROUND_FOURTEEN])
def test_round_fourteen(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


APPRENTICES: list[tuple[str, tuple[str, str | None, str, str | None]]] = [
    (  # the firm after the trade is the organisation; a month after the trade ends the programme
        "Simon Lund har bestået svendeprøven som tømrer i november hos Byg & Tag ApS.",
        ("Simon Lund", "Byg & Tag ApS", "tømrer", None),
    ),
    (  # the firm told in the next sentence ("i lære hos"), not a previous organisation; a grade ends the programme
        "Amalie Strøm (20), Dronninglund, har bestået sin svendeprøve som frisør med bronzemedalje. Hun har været i "
        "lære hos Salon Klippestuen ApS i Hjallerup.",
        ("Amalie Strøm", "Salon Klippestuen ApS", "frisør", None),
    ),
    (  # "hos" in another clause is no training firm (the post held since), and a later job keeps its own firm
        "Mikkel Brandstrup har afsluttet sin uddannelse som cand.polyt. ved Kystby Tekniske Universitet og er ansat "
        "som ingeniør hos Vesthavn Forsyning A/S.",
        ("Mikkel Brandstrup", "Vesthavn Forsyning A/S", "cand.polyt", "Kystby Tekniske Universitet"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPRENTICES, ids=[t[:40] for t, _ in APPRENTICES])
def test_training_firm(text: str, expected: tuple[str, str | None, str, str | None]) -> None:
    (record,) = navnenyt.extract(text, published=PUBLISHED)
    assert record.kind.value == "completed_education"
    assert record.education is not None
    got = (record.person, record.organisation, record.education.programme, record.education.institution)
    assert got == expected
    assert record.previous_organisation is None
