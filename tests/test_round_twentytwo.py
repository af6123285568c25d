"""Shapes fixed in round twenty-two (the blind waves 164-171 and the older gold sets), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01). The texts are new: none is copied from a
gold set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from navnenyt.columns import column_views, find_column_blocks
from navnenyt.normalise import normalise
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_TWENTY_TWO: list[tuple[str, list[Move]]] = [
    (  # a home place, then the post: the second apposition
        "Mærkedage\n\nGunnar Lykke, Hvidsten, fhv. lagerchef i Fjordvang Tømmer A/S, fylder 75 år den 9. februar.",
        [("birthday", "Gunnar Lykke", "lagerchef", "Fjordvang Tømmer A/S", "2026-02-09", None, None)],
    ),
    (  # ... but no weekday read as a post after the place
        "Mærkedage\n\nGunnar Lykke, Hvidsten, lørdag den 7. februar, fylder 75 år.",
        [("birthday", "Gunnar Lykke", None, None, "2026-02-07", None, None)],
    ),
    (  # the kind of organisation before its name after a fronted "Hos"
        "Hos revisionsfirmaet Dalby & Krogh P/S er Lise Vinther forfremmet til partner.",
        [("promotion", "Lise Vinther", "partner", "Dalby & Krogh P/S", None, None, None)],
    ),
    (  # a person after "af" is no employer
        "Mads Ravn tiltræder som bogholder 1. marts og bliver lært op af Hanne Kjeldsen.",
        [("new_job", "Mads Ravn", "bogholder", None, "2026-03-01", None, None)],
    ),
    (  # an intro with a section noun and a colon above bullets gives the items their kind
        "I februar har vi tre jubilarer. Vi siger tillykke til:\n\n• Ole Brink, smed, 25 år den 3. februar\n"
        "• Eva Holm, laborant, 10 år den 12. februar",
        [
            ("anniversary", "Ole Brink", "smed", None, "2026-02-03", None, None),
            ("anniversary", "Eva Holm", "laborant", None, "2026-02-12", None, None),
        ],
    ),
    (  # a table column "Tidligere" with "R, O" or "R, samme sted"
        "Navn | Stilling | Virksomhed | Tidligere\nIda Krog | CFO | Lindved A/S | Controller, Bøgely ApS\n"
        "Jens Moos | COO | Hedal A/S | Driftschef, samme sted\nPia Dahl | Salgschef | Ravn ApS | –",
        [
            ("new_job", "Ida Krog", "CFO", "Lindved A/S", None, "Controller", "Bøgely ApS"),
            ("promotion", "Jens Moos", "COO", "Hedal A/S", None, "Driftschef", None),
            ("new_job", "Pia Dahl", "Salgschef", "Ravn ApS", None, None, None),
        ],
    ),
    (  # a post held "hos os" or "på bureauet" before: a move inside
        "Vi har udnævnt Sofie Dam til kreativ direktør. Sofie har siden 2019 været art director på bureauet.",
        [("promotion", "Sofie Dam", "kreativ direktør", None, None, "art director", None)],
    ),
    (
        "Holmby Maskiner A/S har udnævnt Karl Bech til driftsdirektør. Karl har siden 2017 været værkfører hos os.",
        [("promotion", "Karl Bech", "driftsdirektør", "Holmby Maskiner A/S", None, "værkfører", None)],
    ),
    (  # a sentence above a table with a colon names its kind ("jubilæum"), a heading above it too
        "JUBILARER\nVi ønsker tillykke til følgende medlemmer, der har 25 års jubilæum på arbejdspladsen:\n\n"
        "Navn | Stilling | Virksomhed | Dato\nKurt Lind | smed | Bøgely Stål A/S | 3. februar",
        [("anniversary", "Kurt Lind", "smed", "Bøgely Stål A/S", "2026-02-03", None, None)],
    ),
    (  # a surname ending in -s is no genitive ("Kim Buus afløser ..."): the succession is read
        "Kim Buus afløser lagerchef Preben Vang, der går på pension ved udgangen af februar.",
        [
            ("new_job", "Kim Buus", "lagerchef", None, None, None, None),  # (the date is the leaver's)
            ("retirement", "Preben Vang", "lagerchef", None, "2026-02-28", None, None),
        ],
    ),
    (  # an age, then the post held before
        "Lars Holt, 44, der siden 2015 har været lektor ved Vesterby Gymnasium, er udnævnt til rektor samme sted.",
        [("promotion", "Lars Holt", "rektor", "Vesterby Gymnasium", None, "lektor", None)],
    ),
    (  # ... but no education read as a post
        "Lars Holt, 44, der er uddannet cand.mag., er ansat som rektor på Vesterby Gymnasium.",
        [("new_job", "Lars Holt", "rektor", "Vesterby Gymnasium", None, None, None)],
    ),
    (  # the holder of the meeting before "holdt" is the organisation of its board posts
        "Der var fuldt hus, da Ravnsø Roklub torsdag den 29. januar holdt ordinær generalforsamling.\n\n"
        "Ny formand blev Dorte Kirk.",
        [("board_appointment", "Dorte Kirk", "formand", "Ravnsø Roklub", "2026-01-29", None, None)],
    ),
    (  # a list in one line after a colon, items separated by semicolons, of the kind the intro tells
        "Døde: Jens Aagaard, Vestby, 88 år; Inga Holm, Kærby, 91 år; Bent Lund, Ulvsted, 79 år.",
        [
            ("obituary", "Jens Aagaard", None, None, None, None, None),
            ("obituary", "Inga Holm", None, None, None, None, None),
            ("obituary", "Bent Lund", None, None, None, None, None),
        ],
    ),
    (
        "Svendeprøve som smed bestået af: Ole Krogh, Bøgely Stål ApS; Anja Vind, Vestby Smedie I/S.",
        [
            ("completed_education", "Ole Krogh", None, "Bøgely Stål ApS", None, None, None),
            ("completed_education", "Anja Vind", None, "Vestby Smedie I/S", None, None, None),
        ],
    ),
    (  # "færdig med" a programme
        "Lone Fisker, afdelingsleder i Gudby Kommune, er blevet færdig med diplomuddannelsen i ledelse.",
        [("completed_education", "Lone Fisker", "afdelingsleder", "Gudby Kommune", None, None, None)],
    ),
    (  # "hvor hun har været ansat som R": the post held before at the same place
        "Julie Dam er pr. 1. marts ny partner i Lind & Holm Advokatpartnerselskab, hvor hun har været ansat som "
        "senioradvokat siden 2019.",
        [
            (
                "promotion",
                "Julie Dam",
                "partner",
                "Lind & Holm Advokatpartnerselskab",
                "2026-03-01",
                "senioradvokat",
                None,
            )
        ],
    ),
    (  # a capitalised compound opens the organisation's name ("Elektro-Huset"), no descriptor
        "Ronni Maag, servicechef i Elektro-Huset Vestby ApS, har bestået svendeprøven som elektriker.",
        [("completed_education", "Ronni Maag", "servicechef", "Elektro-Huset Vestby ApS", None, None, None)],
    ),
    (  # an association's own newsletter names the organisation of its people
        "Ravnsø Spejdergruppe\nNYHEDSBREV · februar 2026\n\nAnders Vejlby stopper som gruppeleder ved udgangen "
        "af februar.",
        [("departure", "Anders Vejlby", "gruppeleder", "Ravnsø Spejdergruppe", "2026-02-28", None, None)],
    ),
    (  # a degree in apposition is no post; the relative clause after it is
        "Line Kjær, cand.jur., der siden 2016 har været senioradvokat i Holst & Vedel P/S, er udnævnt til partner "
        "samme sted.",
        [("promotion", "Line Kjær", "partner", "Holst & Vedel P/S", None, "senioradvokat", None)],
    ),
    (  # "tager X over som R" and "tager over fra Y"
        "Hos Vestby Landinspektører I/S tager partner Rikke Dam fra 1. marts over som daglig leder. Hun tager over "
        "fra Niels Kjeldsen, der har været daglig leder siden 2004 og går på pension med udgangen af februar.",
        [
            ("promotion", "Rikke Dam", "daglig leder", "Vestby Landinspektører I/S", "2026-03-01", "partner", None),
            ("retirement", "Niels Kjeldsen", "daglig leder", "Vestby Landinspektører I/S", "2026-02-28", None, None),
        ],
    ),
    (  # a split verb's particle after the name in commas is no post
        "Samtidig rykker hendes bror, Jakob Dahl, op som produktionschef.",
        [("new_job", "Jakob Dahl", "produktionschef", None, None, None, None)],
    ),
    (  # a "Hidtil" column with "R, samme firma": a move inside
        "Navn | Stilling | Virksomhed | Hidtil\nCamilla Brix | Partner | Nordvest Revision P/S | Director, samme firma",
        [("promotion", "Camilla Brix", "Partner", "Nordvest Revision P/S", None, "Director", None)],
    ),
    (  # a paragraph opening with the person's full name and "kommer fra" goes on with the entry
        "Bestyrelsen i Brande Stål A/S har ansat Lærke Bund som ny direktør.\n\nLærke Bund kommer fra en stilling "
        "som økonomidirektør i Ikast Køl A/S. Inden da var hun i ti år ansat i revisionsbranchen.",
        [("new_job", "Lærke Bund", "direktør", "Brande Stål A/S", None, "økonomidirektør", "Ikast Køl A/S")],
    ),
    (  # an ordinal opens a title; "Ifølge aftalen" is no source of the inverted subject
        "Ifølge aftalen bliver Jonas Friis Madsen 1. viceborgmester.",
        [("new_job", "Jonas Friis Madsen", "1. viceborgmester", None, None, None, None)],
    ),
    (  # committee chairs in a bulleted list under the posts' intro, a party in brackets
        "Formandsposterne i de stående udvalg går til:\n• Formand for Teknik- og Miljøudvalget: Hanne Dam (K)\n"
        "• Formand for Børne- og Skoleudvalget: Signe Lund (S)",
        [
            ("board_appointment", "Hanne Dam", "Formand", "Teknik- og Miljøudvalget", None, None, None),
            ("board_appointment", "Signe Lund", "Formand", "Børne- og Skoleudvalget", None, None, None),
        ],
    ),
    (  # an adjective in "-lig" belongs to the title before the name
        "Faglig sekretær Birgit Holm går på pension 1. maj.",
        [("retirement", "Birgit Holm", "Faglig sekretær", None, "2026-05-01", None, None)],
    ),
    (  # "i vores Esbjerg-kontor": a unit, no organisation
        "Christian Lind starter 1. marts som Head of Commercial i vores Esbjerg-kontor.",
        [("new_job", "Christian Lind", "Head of Commercial", None, "2026-03-01", None, None)],
    ),
    (  # counted new members of a board above bullets
        "Ved søndagens valg kom der fem nye medlemmer i hovedbestyrelsen:\n• Tina Bruun, Nordjylland\n"
        "• Kasper Friis, Fyn",
        [
            ("board_appointment", "Tina Bruun", None, None, None, None, None),
            ("board_appointment", "Kasper Friis", None, None, None, None, None),
        ],
    ),
    (  # a date fronted, then the verb of succession, its subject and its object
        "Pr. 1. april afløser Thomas Krogh lagerchef Bent Vinther, der går på pension ved udgangen af marts.",
        [
            ("new_job", "Thomas Krogh", "lagerchef", None, "2026-04-01", None, None),
            ("retirement", "Bent Vinther", "lagerchef", None, "2026-03-31", None, None),
        ],
    ),
    (  # the date in the relative clause of the one replaced is not the successor's
        "Thomas Krogh afløser lagerchef Bent Vinther, der går på pension ved udgangen af marts.",
        [
            ("new_job", "Thomas Krogh", "lagerchef", None, None, None, None),
            ("retirement", "Bent Vinther", "lagerchef", None, "2026-03-31", None, None),
        ],
    ),
    (  # an organisation's name cut at a line break ("i Aarhus" / "Vandværk A/S.")
        "Louise Krogh er pr. 1. maj ansat som økonomichef i Aarhus\nVandværk A/S.",
        [("new_job", "Louise Krogh", "økonomichef", "Aarhus Vandværk A/S", "2026-05-01", None, None)],
    ),
    (  # an abbreviated first word of a place is a home town, no employer
        "Jørgen Ebbesen, Sdr. Omme, fylder 80 år den 18. februar.",
        [("birthday", "Jørgen Ebbesen", None, None, "2026-02-18", None, None)],
    ),
    (  # the leaver's years in the firm make the successor's new job no move inside
        "Thomas Krogh afløser lagerchef Bent Vinther, der går på pension efter 27 år i virksomheden.",
        [
            ("new_job", "Thomas Krogh", "lagerchef", None, None, None, None),
            ("retirement", "Bent Vinther", "lagerchef", None, None, None, None),
        ],
    ),
    (  # "Brdr." opens the headline's organisation
        "Ny lagerchef hos Brdr. Mølgaard Transport A/S\n\nThomas Krogh afløser pr. 1. marts Bent Vinther, der går "
        "på pension.",
        [
            ("new_job", "Thomas Krogh", None, "Brdr. Mølgaard Transport A/S", "2026-03-01", None, None),
            ("retirement", "Bent Vinther", None, "Brdr. Mølgaard Transport A/S", None, None, None),
        ],
    ),
    (  # a line ending with a comma goes on on the next line, whatever its first letter
        "Nyt fra kredsen\n\nInstallatør Peter Kalmar, Kalmar El ApS,\nVesterby, fylder 60 år den 12. februar.",
        [("birthday", "Peter Kalmar", "Installatør", "Kalmar El ApS", "2026-02-12", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_TWENTY_TWO, ids=[t[:40] for t, _ in ROUND_TWENTY_TWO])
def test_round_twenty_two(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


TWO_COLUMNS = (
    "MEDLEMSBLAD FOR VESTBY SMEDELAUG                                   NR. 2 · FEBRUAR 2026\n"
    "NAVNE                                               KALENDER\n"
    "Ny værkfører hos Bøgely Smedie                      12. februar kl. 19.00\n"
    "Martin Kold er pr. 1. marts ansat som værkfører     Temaaften om svejsning og\n"
    "i Bøgely Smedie ApS. Han kommer fra Lindved         arbejdsmiljø i laugets lokaler.\n"
    "Stål A/S, hvor han har været formand i ni år.\n"
    "                                                    3. marts kl. 17.00\n"
    "Jubilæum i Hedal                                    Generalforsamling i lauget.\n"
    "Smed Lone Fisker kan den 15. februar fejre 25       Tilmelding til sekretariatet.\n"
    "års jubilæum hos Hedal Maskinfabrik A/S.\n"
)


def test_two_columns_are_read_one_at_a_time() -> None:
    blocks = find_column_blocks(normalise(TWO_COLUMNS).text)
    assert [(b.first, b.last, b.column) for b in blocks] == [(1, 9, 52)]
    assert moves(TWO_COLUMNS, PUBLISHED) == [
        ("new_job", "Martin Kold", "værkfører", "Bøgely Smedie ApS", "2026-03-01", "formand", "Lindved Stål A/S"),
        ("anniversary", "Lone Fisker", "Smed", "Hedal Maskinfabrik A/S", "2026-02-15", None, None),
    ]


def test_column_views_keep_offsets_into_the_original() -> None:
    views = column_views(normalise(TWO_COLUMNS))
    assert views is not None
    left, right, regions = views
    assert "Temaaften" not in left.text and "Martin Kold er pr. 1. marts ansat som værkfører\n" in left.text
    assert "Temaaften om svejsning og\narbejdsmiljø" in right.text and "Martin" not in right.text
    start = left.text.index("Martin Kold")
    a, b = left.span_to_original(start, start + len("Martin Kold"))
    assert TWO_COLUMNS[a:b] == "Martin Kold"
    last = "års jubilæum hos Hedal Maskinfabrik A/S."
    assert regions == [(TWO_COLUMNS.index("NAVNE"), TWO_COLUMNS.index(last) + len(last))]


def test_an_aligned_table_is_no_column_block() -> None:
    table = (
        "Navn                Stilling            Virksomhed\n"
        "Lise Dahl           økonomichef         Bøgely ApS\n"
        "Jens Holm           salgschef           Hedal A/S\n"
        "Ole Brink           smed                Vestby Stål A/S\n"
    )
    assert find_column_blocks(table) == []
