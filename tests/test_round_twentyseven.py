"""Shapes fixed in round twenty-seven (the blind waves 240-247 and the older gold sets), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01). The texts are new: none is copied from a
gold set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_TWENTY_SEVEN: list[tuple[str, list[Move]]] = [
    (  # a departure joined to a new job by "og har fået job som": the post left is the previous one
        "Lis Dahl stopper som salgschef i Brovang A/S den 28. februar og har fået job som indkøber hos Tovdal ApS "
        "fra 1. marts.",
        [("new_job", "Lis Dahl", "indkøber", "Tovdal ApS", "2026-03-01", "salgschef", "Brovang A/S")],
    ),
    (  # a role ends before "resten af"
        "Assistenttræner Bo Lund overtager som cheftræner resten af sæsonen.",
        [("promotion", "Bo Lund", "cheftræner", None, None, "Assistenttræner", None)],
    ),
    (  # "gå videre til nye udfordringer" is a departure; the post of the years before is its role
        "Efter fire år som direktør for Østby Erhvervsråd har Lis Dahl valgt at gå videre til nye udfordringer.",
        [("departure", "Lis Dahl", "direktør", "Østby Erhvervsråd", None, None, None)],
    ),
    (  # "besluttet at fritstille" is a departure
        "Bestyrelsen i Østby Ejendomme A/S har besluttet at fritstille direktør Ole Kamp med øjeblikkelig virkning.",
        [("departure", "Ole Kamp", "direktør", "Østby Ejendomme A/S", None, None, None)],
    ),
    (  # a heading over a sentence of introduction that says the same kind tells the rows' kind
        "Ugens forfremmelser\nHer samler vi hver uge de forfremmelser, som virksomhederne selv har sendt til os.\n\n"
        "Navn | Ny stilling | Tidligere stilling | Virksomhed\nLis Dahl | CFO | økonomichef | Brovang A/S",
        [("promotion", "Lis Dahl", "CFO", "Brovang A/S", None, "økonomichef", None)],
    ),
    (  # a post held "på afdelingen", told in a sentence after the notice, makes the appointment a promotion
        "Ole Kamp er udnævnt til ledende overlæge på Østby Sygehus.\n\n"
        "Ole Kamp har været ansat på afdelingen siden 2012, de seneste fem år som overlæge.",
        [("promotion", "Ole Kamp", "ledende overlæge", "Østby Sygehus", None, "overlæge", None)],
    ),
    (  # a town inside a registered name ("X i Town ApS") is no unit and employer
        "Rikke Bach er ansat som klinikchef i Tandlægerne i Kolding ApS.",
        [("new_job", "Rikke Bach", "klinikchef", "Tandlægerne i Kolding ApS", None, None, None)],
    ),
    (  # a second piece of news told by a pronoun: a board seat after a departure
        "Lis Dahl har valgt at fratræde som direktør i Østby Erhvervsråd. Hun stopper 28. februar.\n\n"
        "Samtidig indtræder hun i bestyrelsen for Tovdal Fonden pr. 1. marts.",
        [
            ("departure", "Lis Dahl", "direktør", "Østby Erhvervsråd", "2026-02-28", None, None),
            ("board_appointment", "Lis Dahl", None, "Tovdal Fonden", "2026-03-01", None, None),
        ],
    ),
    (  # ... a retirement "samme dag" as the anniversary, at the same post
        "Chauffør Bo Lund kan lørdag den 14. februar fejre 40 års jubilæum hos Østby Vognmandsforretning I/S. "
        "Samme dag går han på pension.",
        [
            ("anniversary", "Bo Lund", "Chauffør", "Østby Vognmandsforretning I/S", "2026-02-14", None, None),
            ("retirement", "Bo Lund", "Chauffør", "Østby Vognmandsforretning I/S", "2026-02-14", None, None),
        ],
    ),
    (  # ... but where a graduate works is no second record, nor a seat held
        "Rikke Bach er blevet ph.d. i biologi fra Østby Universitet. Hun er ansat som postdoc ved Tovdal Instituttet.",
        [("completed_education", "Rikke Bach", "postdoc", "Tovdal Instituttet", None, None, None)],
    ),
    (
        "Bestyrelsesformand Ole Kamp træder tilbage fra bestyrelsen i Østby Sparekasse. Han har siddet i "
        "bestyrelsen i 18 år.",
        [("departure", "Ole Kamp", "Bestyrelsesformand", "Østby Sparekasse", None, None, None)],
    ),
    (  # ... and a seat taken on the board the leaver leaves ("i bestyrelsen" after a joining verb: that company's)
        "Rikke Bach bliver ny direktør for Østby Møbler A/S. Hun afløser Ole Kamp, der træder tilbage med udgangen "
        "af juli. Ole Kamp indtræder efterfølgende i bestyrelsen som næstformand.",
        [
            ("new_job", "Rikke Bach", "direktør", "Østby Møbler A/S", None, None, None),
            ("departure", "Ole Kamp", None, "Østby Møbler A/S", "2026-07-31", None, None),
            ("board_appointment", "Ole Kamp", "næstformand", "Østby Møbler A/S", None, None, None),
        ],
    ),
    (  # ... but a sentence whose subject is another ("Han indtræder ... i stedet for X") gives X no board seat
        "Bestyrelsen har suppleret sig med Bo Lund. Han indtræder i bestyrelsen i stedet for Lis Dahl, der er "
        "udtrådt efter salget af sin virksomhed.",
        [
            ("board_appointment", "Bo Lund", None, None, None, None, None),
            ("departure", "Lis Dahl", None, None, None, None, None),
        ],
    ),
    (  # "har sagt sit job op" is a departure
        "Dyrlæge Rune Stigsen har sagt sit job op i Østby Dyreklinik ApS.",
        [("departure", "Rune Stigsen", "Dyrlæge", "Østby Dyreklinik ApS", None, None, None)],
    ),
    (  # a one-word descriptor ("Entreprenørvirksomheden") stands for the organisation the heading names
        "NAVNE\nTo nye i bestyrelsen hos Vindrup Byg A/S\nEntreprenørvirksomheden har udvidet bestyrelsen med Lis "
        "Dahl, tidligere direktør i Tovdal ApS.",
        [("board_appointment", "Lis Dahl", None, "Vindrup Byg A/S", None, "direktør", "Tovdal ApS")],
    ),
    (  # an intranet's owner is the organisation of its people
        "Østby Kommune · Intranet\nForside · Nyheder · Personale\n\n"
        "Landinspektør Ole Kamp, Matrikel og GIS, fylder 60 år tirsdag den 10. februar.",
        [("birthday", "Ole Kamp", "Landinspektør", "Østby Kommune", "2026-02-10", None, None)],
    ),
    (  # a "Sidste dag" column dates a departure
        "Stopper\nNavn | Stilling | Virksomhed | Sidste dag\nLis Dahl | Driftsdirektør | Brovang A/S | 31/3",
        [("departure", "Lis Dahl", "Driftsdirektør", "Brovang A/S", "2026-03-31", None, None)],
    ),
    (  # a table of a prize's recipients, dated by the prize-giving the sentence above it tells
        "Mesterprisen 2026: Her er årets modtagere\nØstby Håndværkerforening uddelte fredag den 23. januar "
        "Mesterprisen til to håndværkere. Hver modtager fik et diplom.\nNavn | Stilling | Virksomhed\n"
        "Lis Dahl | Malermester | Dahl Maler ApS\nOle Kamp | Smedemester | Kamp Smedie I/S",
        [
            ("award", "Lis Dahl", "Malermester", "Dahl Maler ApS", "2026-01-23", None, None),
            ("award", "Ole Kamp", "Smedemester", "Kamp Smedie I/S", "2026-01-23", None, None),
        ],
    ),
    (  # "tildele ... til" names the winner
        "Fonden har valgt at tildele Østbyprisen på 100.000 kroner til professor Rikke Bach, Tovdal Universitet.",
        [("award", "Rikke Bach", "professor", "Tovdal Universitet", None, None, None)],
    ),
    (  # "Alle tre startede" dates the list in the past
        "Vi byder velkommen til:\n• Lis Dahl, salgschef, der kommer fra Brovang A/S\n• Ole Kamp, projektleder\n"
        "• Bo Lund, tekniker\nAlle tre startede 15. januar.",
        [
            ("new_job", "Lis Dahl", "salgschef", None, "2026-01-15", None, "Brovang A/S"),
            ("new_job", "Ole Kamp", "projektleder", None, "2026-01-15", None, None),
            ("new_job", "Bo Lund", "tekniker", None, "2026-01-15", None, None),
        ],
    ),
    (  # a start long ago is a career's history, not news
        "Bo Lund startede som elev i 1998 og er i dag værkfører i Østby Stål A/S.",
        [],
    ),
    (  # found by the new-user check: a source in apposition after "Ifølge" is no subject
        "Ifølge kommunens vejchef, Torben Nygaard, bliver der også opsat ny belysning.",
        [],
    ),
    (  # ... and a one-word school name in apposition loses its town, as elsewhere
        "Skoleleder Lis Dahl, Lindebakkeskolen i Ærslev, går på pension den 30. juni.",
        [("retirement", "Lis Dahl", "Skoleleder", "Lindebakkeskolen", "2026-06-30", None, None)],
    ),
    (  # a quotation after the news keeps the news
        "Efter 31 år på Østby Skole går skoleleder Lis Dahl på pension den 28. februar. »Jeg kommer til at savne "
        "børnene,« siger hun.",
        [("retirement", "Lis Dahl", "skoleleder", "Østby Skole", "2026-02-28", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_TWENTY_SEVEN, ids=[t[:40] for t, _ in ROUND_TWENTY_SEVEN])
def test_round_twenty_seven(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected
