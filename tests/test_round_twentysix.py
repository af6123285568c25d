"""Shapes fixed in round twenty-six (the blind waves 228-235 and the older gold sets), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01). The texts are new: none is copied from a
gold set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from navnenyt.api import Extractor
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_TWENTY_SIX: list[tuple[str, list[Move]]] = [
    (  # a news site's menu item ("Bank") names no site owner: "banken" is the bank the article names
        "Dagsnyt   Børs   Bank   Bolig   Job\n\nLundby Bank skifter direktør\n\n"
        "Direktør Ole Kamp forlader banken. Bestyrelsen i Lundby Bank A/S har udpeget Rikke Bach som ny direktør.",
        [
            ("departure", "Ole Kamp", "Direktør", "Lundby Bank A/S", None, None, None),
            ("new_job", "Rikke Bach", "direktør", "Lundby Bank A/S", None, None, None),
        ],
    ),
    (  # a count of hires announces the list; an item that tells only the past keeps its title as the new post
        "Vindrup Data ApS styrker salget med to ansættelser:\n\n"
        "• Lis Dahl, salgschef, kommer fra Brovang A/S og starter 1. marts.\n"
        "• Ole Kamp, key account manager, har tidligere været ansat hos Tovdal ApS.",
        [
            ("new_job", "Lis Dahl", "salgschef", "Vindrup Data ApS", "2026-03-01", None, "Brovang A/S"),
            ("new_job", "Ole Kamp", "key account manager", "Vindrup Data ApS", None, None, "Tovdal ApS"),
        ],
    ),
    (  # a prize handed "i går" dates the award; the sentence after the winner's may name the day
        "Lærer Sara Bjerg fra Østby Skole modtog i går kommunens undervisningspris.",
        [("award", "Sara Bjerg", "Lærer", "Østby Skole", "2026-01-31", None, None)],
    ),
    (  # a bare weekday dates no award (most gold leaves it), nor "i dag" of a relative clause
        "Lærer Sara Bjerg fra Østby Skole modtog fredag kommunens undervisningspris. Hun leder skolens kor, der i "
        "dag har 80 sangere.",
        [("award", "Sara Bjerg", "Lærer", "Østby Skole", None, None, None)],
    ),
    (  # the day of the one prize-giving the page reports dates its undated awards ("Erhvervsgallaen")
        "Fredag den 23. januar blev Erhvervsgallaen i Østby Hallen afholdt.\n\n"
        "Årets Leder: Henrik Vang, fabrikschef i Østby Stål A/S\n\n"
        "Årets Ildsjæl: Preben Mose, indehaver af Mose Cykler",
        [
            ("award", "Henrik Vang", "fabrikschef", "Østby Stål A/S", "2026-01-23", None, None),
            ("award", "Preben Mose", "indehaver", "Mose Cykler", "2026-01-23", None, None),
        ],
    ),
    (  # ... also when it is told as the prizes handed out, not as the evening ("uddelte ... sine årlige priser")
        "Østby Erhvervsråd uddelte torsdag aften den 29. januar sine årlige priser.\n\n"
        "Talentprisen gik til ingeniør Emil Vang fra Østby Plast A/S.",
        [("award", "Emil Vang", "ingeniør", "Østby Plast A/S", "2026-01-29", None, None)],
    ),
    (  # ... but not a club's calendar: a meeting still to come
        "Klubbens lederpris gik til ungdomsformand Lis Dahl, Østby Boldklub.\n\nKalender\n23/2: Generalforsamling",
        [("award", "Lis Dahl", "ungdomsformand", "Østby Boldklub", None, None, None)],
    ),
    (  # a table's "Pris" column makes its rows awards
        "Årets vindere\n\nNavn | Stilling | Virksomhed | Pris\n"
        "Rikke Bach | direktør | Bach Keramik ApS | Årets Iværksætter\n"
        "Ole Kamp | mester | Kamp Tømrer ApS | Årets Håndværker",
        [
            ("award", "Rikke Bach", "direktør", "Bach Keramik ApS", None, None, None),
            ("award", "Ole Kamp", "mester", "Kamp Tømrer ApS", None, None, None),
        ],
    ),
    (  # an intro naming its list's winners announces awards, though a board chose them ("valgt")
        "Østby Fonden har uddelt sine legater. Bestyrelsen har valgt disse to modtagere:\n\n"
        "• Rikke Bach, stifter af Bach Keramik ApS\n"
        "• Ole Kamp, indehaver af Kamp Tømrer ApS",
        [
            ("award", "Rikke Bach", "stifter", "Bach Keramik ApS", None, None, None),
            ("award", "Ole Kamp", "indehaver", "Kamp Tømrer ApS", None, None, None),
        ],
    ),
    (  # leaving, then moving with a post named: a new job with the post left as the previous one
        "Ole Kamp forlader jobbet som salgschef i Brovang A/S og skifter 1. marts til Tovdal ApS som salgsdirektør.",
        [("new_job", "Ole Kamp", "salgsdirektør", "Tovdal ApS", "2026-03-01", "salgschef", "Brovang A/S")],
    ),
    (  # ... also inverted after a fronted phrase (found by the new-user check)
        "Efter otte år forlader Ole Kamp Brovang A/S og skifter til Tovdal ApS som salgsdirektør.",
        [("new_job", "Ole Kamp", "salgsdirektør", "Tovdal ApS", None, None, "Brovang A/S")],
    ),
    (  # "kåret som årets spiller": the prize, no post (found by the new-user check)
        "Målmand Ole Kamp blev kåret som årets spiller.",
        [("award", "Ole Kamp", "Målmand", None, None, None, None)],
    ),
    (  # ... but a move with no post named stays a departure
        "Ole Kamp stopper som salgschef i Brovang A/S den 28. februar og skifter til Tovdal ApS.",
        [("departure", "Ole Kamp", "salgschef", "Brovang A/S", "2026-02-28", None, None)],
    ),
    (  # a post handed over to someone ("overdrager ledelsen til Y") is Y's new post
        "Direktør Ole Kamp går på pension. Han stopper den 31. marts og overdrager ledelsen til Rikke Bach, som "
        "kommer fra en stilling som salgsdirektør i Tovdal ApS.",
        [
            ("retirement", "Ole Kamp", "Direktør", None, "2026-03-31", None, None),
            ("new_job", "Rikke Bach", "Direktør", None, None, "salgsdirektør", "Tovdal ApS"),
        ],
    ),
    (  # a previous post as a field after a colon: "R, O", "O", and "O, hvor han var R"
        "Lis Dahl er ny CFO i Vindrup Data ApS. Kommer fra: økonomichef, Brovang A/S.\n\n"
        "Ole Kamp er ny CTO i Vindrup Data ApS. Kommer fra: Tovdal ApS, hvor han var udviklingschef.",
        [
            ("new_job", "Lis Dahl", "CFO", "Vindrup Data ApS", None, "økonomichef", "Brovang A/S"),
            ("new_job", "Ole Kamp", "CTO", "Vindrup Data ApS", None, "udviklingschef", "Tovdal ApS"),
        ],
    ),
    (  # a table, then a sentence of its own about one of its people: the post held before
        "Navn | Stilling | Virksomhed\nLis Dahl | CFO | Vindrup Data ApS\nOle Kamp | CTO | Brovang A/S\n\n"
        "Lis Dahl, 44, kommer fra en stilling som økonomichef i Tovdal ApS. Ole kommer fra Lunde Net A/S, hvor han "
        "var udviklingschef.",
        [
            ("new_job", "Lis Dahl", "CFO", "Vindrup Data ApS", None, "økonomichef", "Tovdal ApS"),
            ("new_job", "Ole Kamp", "CTO", "Brovang A/S", None, "udviklingschef", "Lunde Net A/S"),
        ],
    ),
    (  # headings that name prizes over their winners' paragraphs, with no prize verb in them
        "Tak for en dejlig klubfest, hvor to ildsjæle blev hædret.\n\nÅrets Træner\nLis Dahl, ungdomstræner i Østby "
        "IF, har samlet 40 piger på holdet.\n\n"
        "Kulturprisen (10.000 kr.)\nForfatter Ole Kamp har fortalt historier på egnens biblioteker i 20 år.",
        [
            ("award", "Lis Dahl", "ungdomstræner", "Østby IF", None, None, None),
            ("award", "Ole Kamp", "Forfatter", None, None, None, None),
        ],
    ),
    (  # a table of prizes: "Modtager" holds the winners, "Klub" their clubs
        "Pris | Modtager | Klub\nÅrets Leder | Lis Dahl | Østby BTK\nÅrets Træner | Ole Kamp | Vestby BTK",
        [
            ("award", "Lis Dahl", None, "Østby BTK", None, None, None),
            ("award", "Ole Kamp", None, "Vestby BTK", None, None, None),
        ],
    ),
    (  # ... but a board table's "Klub" is the member's own club, not the board's organisation
        "Navn | Post | Klub\nLis Dahl | Næstformand | Østby BTK",
        [("board_appointment", "Lis Dahl", "Næstformand", None, None, None, None)],
    ),
    (  # a previous post named late in the "hvor" clause
        "Rikke Bach tiltræder 1. marts som direktør i Vindrup Data ApS og kommer fra Tovdal ApS, hvor hun i seks "
        "år har stået i spidsen for salget som salgsdirektør.",
        [("new_job", "Rikke Bach", "direktør", "Vindrup Data ApS", "2026-03-01", "salgsdirektør", "Tovdal ApS")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_TWENTY_SIX, ids=[t[:40] for t, _ in ROUND_TWENTY_SIX])
def test_round_twenty_six(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


def test_a_prize_column_names_the_prize() -> None:
    text = "Navn | Stilling | Virksomhed | Pris\nRikke Bach | direktør | Bach Keramik ApS | Årets Iværksætter"
    entries = Extractor(use_model=False).extract(text, published=PUBLISHED)
    assert [(e.kind.value, e.person, e.award) for e in entries] == [("award", "Rikke Bach", "Årets Iværksætter")]


def test_a_prize_heading_names_the_prize_of_the_paragraph_under_it() -> None:
    text = (
        "Tak for en dejlig klubfest, hvor to ildsjæle blev hædret.\n\nÅrets Træner\nLis Dahl, ungdomstræner i Østby "
        "IF, har samlet 40 piger på holdet.\n\nKulturprisen (10.000 kr.)\nForfatter Ole Kamp har fortalt historier."
    )
    entries = Extractor(use_model=False).extract(text, published=PUBLISHED)
    assert [(e.person, e.award) for e in entries] == [("Lis Dahl", "Årets Træner"), ("Ole Kamp", "Kulturprisen")]
