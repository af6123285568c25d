"""Shapes fixed in round twenty-five (the blind waves 216-219 and the older gold sets), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01). The texts are new: none is copied from a
gold set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from navnenyt.api import Extractor
from navnenyt.normalise import normalise
from navnenyt.segment import segment
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_TWENTY_FIVE: list[tuple[str, list[Move]]] = [
    (  # bulleted items told as sentences without a full stop: each an entry, not a headline
        "Tillykke til vores kolleger med nye roller!\n\n"
        "• Sara Bjerg er forfremmet til seniorrådgiver\n"
        "• Ole Kamp er udnævnt til teamleder i Holmvang Rådgivning A/S\n"
        "• Lis Dahl rykker op som projektchef efter fire år som projektleder",
        [
            ("promotion", "Sara Bjerg", "seniorrådgiver", None, None, None, None),
            ("new_job", "Ole Kamp", "teamleder", "Holmvang Rådgivning A/S", None, None, None),
            ("promotion", "Lis Dahl", "projektchef", None, None, "projektleder", None),
        ],
    ),
    (  # ... but the bulleted headlines under "Læs også" link to other pages
        "Ny havn i Bøgely\n\nHavnen får en ny kran.\n\nLæs også\n"
        "• Lis Dahl rykker op som projektchef i Holmvang Rådgivning A/S\n"
        "• Ny cykelsti åbner i maj",
        [],
    ),
    (  # ... and a signature line under a quotation is no item
        "»Et godt kursus.«\n– Ole Kamp, bestyrelsesformand, Holmvang Rådgivning A/S",
        [],
    ),
    (  # a promotion whose verb and particle stand apart around the date
        "Rikke Bach rykker pr. 1. marts op som salgschef i Vejlby Plast A/S.",
        [("promotion", "Rikke Bach", "salgschef", "Vejlby Plast A/S", "2026-03-01", None, None)],
    ),
    (  # a post held before "i filialen": at the same bank, so a promotion
        "Jonas Winge bliver ny filialdirektør i Sparekassen Vestlund. Han har i seks år været kunderådgiver i "
        "filialen.",
        [("promotion", "Jonas Winge", "filialdirektør", "Sparekassen Vestlund", None, "kunderådgiver", None)],
    ),
    (  # the last sentence of the line above a bulleted list dates every item ("Alle ...")
        "Tillykke til vores kolleger! Alle ændringer gælder fra 1. marts.\n\n"
        "• Sara Bjerg er forfremmet til seniorrådgiver\n"
        "• Ole Kamp rykker op som teamleder",
        [
            ("promotion", "Sara Bjerg", "seniorrådgiver", None, "2026-03-01", None, None),
            ("promotion", "Ole Kamp", "teamleder", None, "2026-03-01", None, None),
        ],
    ),
    (  # a headline "NOUN i O: ..." names O after its preposition, in full when the page writes its form
        "Direktørskifte i Vejlby Fødevarer: Datteren overtager\n\nKarl Vejlby går af som direktør 1. marts. "
        "Vejlby Fødevarer A/S har 40 ansatte.",
        [("departure", "Karl Vejlby", "direktør", "Vejlby Fødevarer A/S", "2026-03-01", None, None)],
    ),
    (  # an industry word ends a company's name: "Ny HR-chef i Havnsø Varmeværk" over its notice
        "Ny HR-chef i Havnsø Varmeværk\nPia Aaby har fået job som HR-chef. Hun starter 1. marts.",
        [("new_job", "Pia Aaby", "HR-chef", "Havnsø Varmeværk", "2026-03-01", None, None)],
    ),
    (  # a site's name over the page and its company form in the footer: the full name
        "Aabro Elektro\nEl · VVS · Service\n\nJubilæum\nServicetekniker Bo Lind kan den 1. marts fejre 40 års "
        "jubilæum i firmaet.\n\nAabro Elektro ApS · Jernbanegade 12 · 6200 Aabenraa",
        [("anniversary", "Bo Lind", "Servicetekniker", "Aabro Elektro ApS", "2026-03-01", None, None)],
    ),
    (  # "Nye ansigter ...:" announces new hires; "NAME – title, O A/S" gives the organisation after the comma
        "Nye ansigter i branchen siden sidste nummer:\n\n"
        "• Sune Krag – salgsdirektør, Vestlund Emballage A/S (kommer fra Pakhuset ApS)\n"
        "• Ida Bing – supply chain manager, Nordby Fragt ApS",
        [
            ("new_job", "Sune Krag", "salgsdirektør", "Vestlund Emballage A/S", None, None, "Pakhuset ApS"),
            ("new_job", "Ida Bing", "supply chain manager", "Nordby Fragt ApS", None, None, None),
        ],
    ),
    (  # an ordinal before a board title: "1. suppleant" is a board post
        "Generalforsamling i Vejlby Håndboldklub tirsdag den 20. januar 2026.\n\n"
        "Louise Bak blev valgt som 1. suppleant og Rasmus Thor som 2. suppleant.",
        [
            ("board_appointment", "Louise Bak", "1. suppleant", "Vejlby Håndboldklub", "2026-01-20", None, None),
            ("board_appointment", "Rasmus Thor", "2. suppleant", "Vejlby Håndboldklub", "2026-01-20", None, None),
        ],
    ),
    (  # a fronted board title without "ny": "Som 1. suppleant valgtes X" (found by the new-user check)
        "Generalforsamling i Vejlby Håndboldklub tirsdag den 20. januar 2026.\n\n"
        "Som 1. suppleant valgtes Jonas Bech. Som suppleant til udvalget valgtes Helle Skov.",
        [
            ("board_appointment", "Jonas Bech", "1. suppleant", "Vejlby Håndboldklub", "2026-01-20", None, None),
            ("board_appointment", "Helle Skov", "suppleant", "Vejlby Håndboldklub", "2026-01-20", None, None),
        ],
    ),
    (  # ... and two fronted titles in one sentence: each clause's own
        "Generalforsamling i Vejlby Håndboldklub tirsdag den 20. januar 2026.\n\n"
        "Som 1. suppleant valgtes Jonas Bech, og som 2. suppleant valgtes Helle Skov.",
        [
            ("board_appointment", "Jonas Bech", "1. suppleant", "Vejlby Håndboldklub", "2026-01-20", None, None),
            ("board_appointment", "Helle Skov", "2. suppleant", "Vejlby Håndboldklub", "2026-01-20", None, None),
        ],
    ),
    (  # "..., der samtidig går på pension": the one retiring leaves on the successor's date (new-user check)
        "Pr. 1. april overtager Jeppe Holm posten som direktør i Lindby Ventilation efter sin far, Kaj Holm, der "
        "samtidig går på pension.",
        [
            ("new_job", "Jeppe Holm", "direktør", "Lindby Ventilation", "2026-04-01", None, None),
            ("retirement", "Kaj Holm", None, "Lindby Ventilation", "2026-04-01", None, None),
        ],
    ),
    (  # appointed, with a post held before at no other organisation: a promotion ...
        "Henrik Dons er udnævnt til teamleder for Kundeservice. Han har siden 2019 været kundeservicemedarbejder.",
        [("promotion", "Henrik Dons", "teamleder for Kundeservice", None, None, "kundeservicemedarbejder", None)],
    ),
    (  # ... but one who "kommer fra" a post elsewhere is hired
        "Henrik Dons er udnævnt til teamleder. Han kommer fra en stilling som konsulent i Ravn A/S.",
        [("new_job", "Henrik Dons", "teamleder", None, None, "konsulent", "Ravn A/S")],
    ),
    (  # a possessive before the title of an inverted subject: "kan vores værkfører X fejre"
        "Den 15. marts kan vores værkfører Ole Brun fejre 40 års jubilæum hos os. Ole startede som lærling i 1986.",
        [("anniversary", "Ole Brun", "værkfører", None, "2026-03-15", None, None)],
    ),
    (  # "Følgende er blevet færdige som R:" announces a list of graduates, each item a name and a town
        "Fem studerende dimitterede fredag den 23. januar fra Erhvervsakademi Kystland.\n\n"
        "Følgende er blevet færdige som bygningskonstruktør:\n- Anders Bisgaard, Kærsø\n- Julie Tang, Gravslev",
        [
            ("completed_education", "Anders Bisgaard", None, None, "2026-01-23", None, None),
            ("completed_education", "Julie Tang", None, None, "2026-01-23", None, None),
        ],
    ),
    (  # a table's "Arbejdssted" column names the employer
        "Nye ledere\n\nNavn | Stilling | Arbejdssted | Tiltræder\n"
        "Mia Holt | Klinikchef | Regionshospitalet Vestlund | 1. marts",
        [("new_job", "Mia Holt", "Klinikchef", "Regionshospitalet Vestlund", "2026-03-01", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_TWENTY_FIVE, ids=[t[:40] for t, _ in ROUND_TWENTY_FIVE])
def test_round_twenty_five(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


def test_a_bulleted_line_under_a_links_heading_is_no_list_item() -> None:
    items = "\n• Lis Dahl rykker op som projektchef\n• Ny cykelsti"
    under_links = normalise("Læs også" + items).text
    under_news = normalise("Nyt fra HR" + items).text
    assert [s.bullet for s in segment(under_links)] == [False, False, False]
    assert [s.bullet for s in segment(under_news)] == [False, True, True]


def test_a_table_row_keeps_the_label_its_type_column_prints() -> None:
    text = (
        "Navn | Stilling | Virksomhed | Type\nLasse Brun | Økonomichef | Odby Stål A/S | Nyt job\n"
        "Trine Skaar | Partner | Hviid & Juul P/S | Forfremmelse"
    )
    entries = Extractor(use_model=False).extract(text, published=PUBLISHED)
    assert [(e.kind.value, e.person, e.label) for e in entries] == [
        ("new_job", "Lasse Brun", "Nyt job"),
        ("promotion", "Trine Skaar", "Forfremmelse"),
    ]
