"""Shapes fixed in round twenty-eight (the blind waves 256-271), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01). The texts are new: none is copied from a
gold set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_TWENTY_EIGHT: list[tuple[str, list[Move]]] = [
    (  # business areas before an employer are part of the title
        "Jonas Vind er fra 1. marts ansat som direktør for Kultur, Fritid og Borgerservice i Østby Kommune.",
        [
            (
                "new_job",
                "Jonas Vind",
                "direktør for Kultur, Fritid og Borgerservice",
                "Østby Kommune",
                "2026-03-01",
                None,
                None,
            )
        ],
    ),
    (  # ... also a lower-case area with a capitalised word
        "Lis Dahl har fået job som leder af Salg og kundeservice i Brovang A/S.",
        [("new_job", "Lis Dahl", "leder af Salg og kundeservice", "Brovang A/S", None, None, None)],
    ),
    (  # ... and a unit named with its own 'for'
        "Ole Kamp bliver ny chef for kontoret for tilskud og internationalt samarbejde i Styrelsen for Landdistrikter.",
        [
            (
                "new_job",
                "Ole Kamp",
                "chef for kontoret for tilskud og internationalt samarbejde",
                "Styrelsen for Landdistrikter",
                None,
                None,
                None,
            )
        ],
    ),
    (  # a board title's 'for' names the board's organisation, no area
        "Lis Dahl er valgt som formand for Ældrerådet i Østby Kommune.",
        [("board_appointment", "Lis Dahl", "formand", "Ældrerådet i Østby Kommune", None, None, None)],
    ),
    (  # a colon list of titled names: each item's title, the staff's organisation, no unit as employer
        "Tre ledere i Østby Kommune har i januar afsluttet Master of Public Administration ved Fjordby "
        "Universitet: direktør for Skole og Dagtilbud Lis Dahl, afdelingsleder Ole Kamp fra Vej og Park og "
        "institutionsleder Rikke Bach.",
        [
            (
                "completed_education",
                "Lis Dahl",
                "direktør for Skole og Dagtilbud",
                "Østby Kommune",
                "2026-01-01",
                None,
                None,
            ),
            ("completed_education", "Ole Kamp", "afdelingsleder", "Østby Kommune", "2026-01-01", None, None),
            ("completed_education", "Rikke Bach", "institutionsleder", "Østby Kommune", "2026-01-01", None, None),
        ],
    ),
    (  # a unit, a comma and its hospital: the hospital
        "Rikke Bach bliver ny afdelingssygeplejerske i Akutmodtagelsen, Østby Sygehus. Hun tiltræder 1. marts.",
        [("new_job", "Rikke Bach", "afdelingssygeplejerske", "Østby Sygehus", "2026-03-01", None, None)],
    ),
    (  # ... also in an apposition after the title
        "Ole Kamp, professor og overlæge ved Kardiologisk Afdeling, Fjordby Universitetshospital, modtog i går "
        "Hjertefondens pris.",
        [("award", "Ole Kamp", "professor og overlæge", "Fjordby Universitetshospital", "2026-01-31", None, None)],
    ),
    (  # a name ending in 'hus' before a verb is no genitive
        "Efter 30 år på Østby Sygehus går ledende lægesekretær Lis Dahl på pension den 28. februar.",
        [("retirement", "Lis Dahl", "ledende lægesekretær", "Østby Sygehus", "2026-02-28", None, None)],
    ),
    (  # a fixed-day holiday dates a birthday
        "Bogholder Bo Lund, Vejle, fylder 60 år 1. juledag.",
        [("birthday", "Bo Lund", "Bogholder", None, "2026-12-25", None, None)],
    ),
    (  # a bare weekday after 'fra' dates a start: the coming one
        "Fra mandag er Lis Dahl ny leder af kundeservice i Brovang A/S.",
        [("new_job", "Lis Dahl", "leder af kundeservice", "Brovang A/S", "2026-02-02", None, None)],
    ),
    (  # ... also by a verb of a coming start
        "Jonas Vind har fået job som lagermedarbejder hos Brovang A/S og starter på mandag.",
        [("new_job", "Jonas Vind", "lagermedarbejder", "Brovang A/S", "2026-02-02", None, None)],
    ),
    (  # a date column's bare 'd.m.'
        "Navn | Stilling | Virksomhed | Tiltræder\nLis Dahl | projektchef | Brovang A/S | 1.3.",
        [("new_job", "Lis Dahl", "projektchef", "Brovang A/S", "2026-03-01", None, None)],
    ),
    (  # an English title's field joined by '&'
        "Jonas Vind er ansat som Vice President, Sales & Marketing i Brovang A/S.",
        [("new_job", "Jonas Vind", "Vice President, Sales & Marketing", "Brovang A/S", None, None, None)],
    ),
    (  # a department and its part is no employer
        "Rikke Bach er fra 1. marts udnævnt til teamleder i Kundeservice Erhverv i Østby Forsikring A/S.",
        [("new_job", "Rikke Bach", "teamleder", "Østby Forsikring A/S", "2026-03-01", None, None)],
    ),
    (  # a first-name sentence 'er pr. DATE udnævnt til' dates the record
        "Lagerchef Bo Lund går på pension 28. februar. Han afløses af Ole Kamp, der i dag er teamleder på lageret. "
        "Ole er pr. 1. marts udnævnt til lagerchef.",
        [
            ("retirement", "Bo Lund", "Lagerchef", None, "2026-02-28", None, None),
            ("promotion", "Ole Kamp", "Lagerchef", None, "2026-03-01", "teamleder", None),
        ],
    ),
    (  # a profile card over the notice names the organisation
        "Pension\nBo Lund\nOverlæge\nØstby Sygehus\nOverlæge Bo Lund går på pension 28. februar efter 30 år på "
        "afdelingen.",
        [("retirement", "Bo Lund", "Overlæge", "Østby Sygehus", "2026-02-28", None, None)],
    ),
    (  # a plural trade noun before a town opens one registered name
        "Rikke Bach er ansat som klinikchef i Fysioterapeuterne i Brovang I/S.",
        [("new_job", "Rikke Bach", "klinikchef", "Fysioterapeuterne i Brovang I/S", None, None, None)],
    ),
    (  # a list under 'De nye partnere er:' takes the title and the date above, a firm's own title makes promotions
        "Advokatfirmaet Brovang & Dahl P/S udnævner pr. 1. marts to nye partnere.\n\nDe nye partnere er:\n\n- Lis "
        "Dahl (41), der rådgiver om selskabsret.\n- Ole Kamp (39), der arbejder med procedure.",
        [
            ("promotion", "Lis Dahl", "partner", "Brovang & Dahl P/S", "2026-03-01", None, None),
            ("promotion", "Ole Kamp", "partner", "Brovang & Dahl P/S", "2026-03-01", None, None),
        ],
    ),
    (  # an award's 'ved EVENT' is no organisation
        "Bo Lund, direktør i Østby Byg ApS, modtog prisen ved Erhvervsgallaen i Fjordby Hallen.",
        [("award", "Bo Lund", "direktør", "Østby Byg ApS", None, None, None)],
    ),
    (  # a place after the name is no employer, nor someone else for 'Han'
        "Jonas Vind, Nørre Aaby, er blevet færdig som civilingeniør fra Fjordby Universitet. Han har fået job som "
        "projektingeniør hos Brovang A/S fra 1. marts.",
        [
            ("completed_education", "Jonas Vind", None, None, None, None, None),
            ("new_job", "Jonas Vind", "projektingeniør", "Brovang A/S", "2026-03-01", None, None),
        ],
    ),
    (  # kin in apposition are no one else for 'Hun'; the job's organisation stays the job's
        "Lis Dahl, datter af Inge og Peter Dahl, har bestået eksamen som sygeplejerske ved Professionshøjskolen "
        "Østby. Hun er ansat på Østby Sygehus fra 1. marts.",
        [
            ("completed_education", "Lis Dahl", None, None, None, None, None),
            ("new_job", "Lis Dahl", None, "Østby Sygehus", "2026-03-01", None, None),
        ],
    ),
    (  # a board seat after an appointment
        "Rikke Bach er udnævnt til produktionsdirektør i Brovang A/S. Fra samme dato indtræder hun i bestyrelsen "
        "for datterselskabet Brovang Plast ApS.",
        [
            ("new_job", "Rikke Bach", "produktionsdirektør", "Brovang A/S", None, None, None),
            ("board_appointment", "Rikke Bach", None, "Brovang Plast ApS", None, None, None),
        ],
    ),
    (  # a new job after an award
        "Lis Dahl, økonomichef i Brovang A/S, modtog den 20. januar prisen som Årets Økonomichef. Nu skifter hun "
        "job: 1. marts tiltræder hun som CFO i Tovdal ApS.",
        [
            ("award", "Lis Dahl", "økonomichef", "Brovang A/S", "2026-01-20", None, None),
            ("new_job", "Lis Dahl", "CFO", "Tovdal ApS", "2026-03-01", None, None),
        ],
    ),
    (  # the clause after a colon about the one just named
        "Direktør Bo Lund går på pension med udgangen af februar efter 14 år i spidsen for Tovdal Fonden. Bo Lund "
        "fortsætter dog: Fra 1. marts indtræder han i fondens bestyrelse som næstformand.",
        [
            ("retirement", "Bo Lund", "Direktør", "Tovdal Fonden", "2026-02-28", None, None),
            ("board_appointment", "Bo Lund", "næstformand", "Tovdal Fonden", "2026-03-01", None, None),
        ],
    ),
    (  # 'sagt ja til en ny udfordring' opens a move told in the next sentence
        "Efter ti år som rektor for Østby Gymnasium har Lis Dahl sagt ja til en ny udfordring. Hun bliver 1. "
        "august ny direktør for Fjordby Erhvervsskole.",
        [("new_job", "Lis Dahl", "direktør", "Fjordby Erhvervsskole", "2026-08-01", "rektor", "Østby Gymnasium")],
    ),
    (  # a dated new job told in the past after a degree
        "Jonas Vind er blevet færdig som datamatiker fra Erhvervsakademi Østby. Mandag den 26. januar startede han "
        "som udvikler hos Brovang A/S.",
        [
            ("completed_education", "Jonas Vind", None, None, None, None, None),
            ("new_job", "Jonas Vind", "udvikler", "Brovang A/S", "2026-01-26", None, None),
        ],
    ),
    (  # a promotion on the anniversary day
        "Ole Kamp kan torsdag den 5. februar fejre 25 års jubilæum i Brovang A/S, hvor han i dag er salgschef. På "
        "jubilæumsdagen træder han ind i direktionen som salgsdirektør.",
        [
            ("anniversary", "Ole Kamp", "salgschef", "Brovang A/S", "2026-02-05", None, None),
            ("promotion", "Ole Kamp", "salgsdirektør", "Brovang A/S", "2026-02-05", "salgschef", None),
        ],
    ),
    (  # found by the new-user check: a first name inside a firm's name is no one else for "Han"; "uddannet R" is
        # the degree, no role
        "Rasmus Vinther har forsvaret sit speciale og er blevet uddannet civilingeniør fra Fjordby Universitet. "
        "Han har fået job som projektingeniør hos Holm & Friis Rådgivning A/S fra 1. marts.",
        [
            ("completed_education", "Rasmus Vinther", None, None, None, None, None),
            ("new_job", "Rasmus Vinther", "projektingeniør", "Holm & Friis Rådgivning A/S", "2026-03-01", None, None),
        ],
    ),
    (  # wave five: an area of joined words before a town is part of the title; the town is no employer
        "Brovang A/S har udnævnt Lis Dahl til afdelingsleder for Vand og Klima i Aalborg.",
        [("new_job", "Lis Dahl", "afdelingsleder for Vand og Klima", "Brovang A/S", None, None, None)],
    ),
    (  # wave five: a feed's tab line above the author's name is no author ("Opslag   Kommentarer   Billeder")
        "Opslag   Kommentarer   Billeder\n\nSøren Vedel Holst • Du\n"
        "Salgsdirektør hos Kobbervej Software A/S\n6 d • 🌐\n\n"
        "Jeg er glad for at kunne dele, at jeg er startet i en ny stilling som Salgsdirektør hos "
        "Kobbervej Software A/S!",
        [("new_job", "Søren Vedel Holst", "Salgsdirektør", "Kobbervej Software A/S", None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_TWENTY_EIGHT, ids=[t[:40] for t, _ in ROUND_TWENTY_EIGHT])
def test_round_twenty_eight(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected
