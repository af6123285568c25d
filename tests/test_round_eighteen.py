"""Shapes fixed in round eighteen (the older gold sets and the blind wave 120-123), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_EIGHTEEN: list[tuple[str, list[Move]]] = [
    (  # an inverted vacancy: the organisation between the verb and "ny", the date of the vacancy sentence
        (
            "Fra 1. marts får Tarm Bibliotek ny leder. Det bliver Sanne Krogh, der kommer fra en stilling som"
            " bibliotekar i Skjern."
        ),
        [("new_job", "Sanne Krogh", "leder", "Tarm Bibliotek", "2026-03-01", "bibliotekar", "Skjern")],
    ),
    (  # a vacancy filled by "overtager efter" in the next sentence: the vacancy's post, organisation and date
        (
            "Fra 1. marts får Fjordlys Bolig ny driftschef. Carsten Bom Lauritsen, der i dag er "
            "ejendomsmester i Hyldebærhaven, overtager efter Arne Hessel, som går på efterløn."
        ),
        [
            (
                "new_job",
                "Carsten Bom Lauritsen",
                "driftschef",
                "Fjordlys Bolig",
                "2026-03-01",
                "ejendomsmester",
                "Hyldebærhaven",
            ),
            ("retirement", "Arne Hessel", None, "Fjordlys Bolig", None, None, None),
        ],
    ),
    (  # subjects with a note in brackets: every one joins; a note holding a cue ends the list
        (
            "Ved generalforsamlingen i Holstebro Kammerkor den 12. februar kom Morten Friis (tenor) og Anne "
            "Lykke (sopran 2) ind i bestyrelsen."
        ),
        [
            ("board_appointment", "Morten Friis", None, "Holstebro Kammerkor", "2026-02-12", None, None),
            ("board_appointment", "Anne Lykke", None, "Holstebro Kammerkor", "2026-02-12", None, None),
        ],
    ),
    (  # an adverb before the title is no part of it
        "Jonas Wexøe bliver samtidig bestyrelsens næstformand i Fjordby Forsyning A/S.",
        [("board_appointment", "Jonas Wexøe", "næstformand", "Fjordby Forsyning A/S", None, None, None)],
    ),
    (  # an adverb before the title is no part of it ("også")
        "Louise Holst, der i dag er director, bliver også partner i Kronholm & Weis pr. 1. juli.",
        [("promotion", "Louise Holst", "partner", "Kronholm & Weis", "2026-07-01", "director", None)],
    ),
    (  # the first title wins over a membership joined with "og bliver"
        (
            "Sarah Holmgaard Winther er udnævnt til Chief Commercial Officer i Nordlys Energy A/S og bliver "
            "samtidig medlem af koncernledelsen."
        ),
        [("new_job", "Sarah Holmgaard Winther", "Chief Commercial Officer", "Nordlys Energy A/S", None, None, None)],
    ),
    (  # a plant named by its common noun is no organisation
        (
            "Værket får også ny driftsleder. Efter 19 år går Knud Vesterby på pension 1. maj, og hans afløser"
            " bliver den nuværende driftsassistent Mette Dahl Kirk."
        ),
        [
            ("retirement", "Knud Vesterby", "driftsleder", None, "2026-05-01", None, None),
            ("promotion", "Mette Dahl Kirk", "driftsleder", None, "2026-05-01", "driftsassistent", None),
        ],
    ),
    (  # members named after a colon at the sentence end join the board
        (
            "Byrådet i Fjordby Kommune har den 28. januar udpeget to nye medlemmer til forsyningens "
            "bestyrelse: byrådsmedlem Jonas Wexøe (V) og Grethe Aalbæk."
        ),
        [
            ("board_appointment", "Jonas Wexøe", None, None, "2026-01-28", None, None),
            ("board_appointment", "Grethe Aalbæk", None, None, "2026-01-28", None, None),
        ],
    ),
    (  # a surname in "-s" before "og" and a title owns no title
        (
            "Vi byder velkommen til to nye kolleger i Kontor for Tilsyn, som begge startede 1. oktober: "
            "jurist Amalie Brøns og byggetekniker Hans Christian Kjær."
        ),
        [
            ("new_job", "Amalie Brøns", "jurist", None, "2025-10-01", None, None),
            ("new_job", "Hans Christian Kjær", "byggetekniker", None, "2025-10-01", None, None),
        ],
    ),
    (  # a name after the list's first name is no title
        (
            "Vi vil gerne sige tak til tre trofaste frivillige, som i år har 10-års jubilæum som besøgsven i "
            "Lundbæk Frivilligcenter: Ester Boe, Helmer Krogh og Anni Stausholm."
        ),
        [
            ("anniversary", "Ester Boe", "besøgsven", "Lundbæk Frivilligcenter", None, None, None),
            ("anniversary", "Helmer Krogh", "besøgsven", "Lundbæk Frivilligcenter", None, None, None),
            ("anniversary", "Anni Stausholm", "besøgsven", "Lundbæk Frivilligcenter", None, None, None),
        ],
    ),
    (  # another person's "bliver" clause does not give the subject's title
        (
            "Samtidig er nyhedschef Frederik Baun forfremmet til redaktionschef i Dagbladet Nordkysten, mens "
            "journalist Hanne Mølbæk bliver ny politisk redaktør."
        ),
        [
            ("promotion", "Frederik Baun", "redaktionschef", "Dagbladet Nordkysten", None, "nyhedschef", None),
            ("promotion", "Hanne Mølbæk", "politisk redaktør", "Dagbladet Nordkysten", None, None, None),
        ],
    ),
    (  # a department that gets a new head is no employer; the page names it
        (
            "Sygehus Vestkyst\n\nFra 1. oktober får Ortopædkirurgisk Afdeling ny ledende overlæge. Det bliver "
            "Kasper Ravn, der i dag er overlæge samme sted."
        ),
        [("promotion", "Kasper Ravn", "ledende overlæge", "Sygehus Vestkyst", "2026-10-01", "overlæge", None)],
    ),
    (  # the previous post after "har i N år været"
        (
            "Lunde & Kragelund har ansat Helle Marstrand som administrerende direktør. Helle har i 10 år "
            "været COO i rådgivningshuset Ostenfeld Group og tiltræder 1. september."
        ),
        [
            (
                "new_job",
                "Helle Marstrand",
                "administrerende direktør",
                "Lunde & Kragelund",
                "2026-09-01",
                "COO",
                "Ostenfeld Group",
            )
        ],
    ),
    (  # an item that is "ny i huset" keeps its counted title
        (
            "Lunde & Kragelund har udnævnt tre nye partnere med virkning fra 1. juli:\n\n🔹 Camilla Ravn (39) – "
            "Fast ejendom. Camilla har været hos os siden 2016.\n🔹 Asger Toft (44) – M&A. Asger er ny i huset."
        ),
        [
            ("promotion", "Camilla Ravn", "partner", None, "2026-07-01", None, None),
            ("promotion", "Asger Toft", "partner", None, "2026-07-01", None, None),
        ],
    ),
    (  # an award winner's post from "har i N år været"
        ("Tove Brink Ravn har modtaget Ejstrup IF's lederpris. Hun har i 20 år været ungdomstræner i Ejstrup IF."),
        [("award", "Tove Brink Ravn", "ungdomstræner", "Ejstrup IF", None, None, None)],
    ),
    (  # no title from "har været nogle af de bedste"
        (
            "Henrik Brøndum stopper som filialdirektør i Fjordbanken Sydvest. De sidste seks år som "
            "filialdirektør har været nogle af de bedste i hans arbejdsliv."
        ),
        [("departure", "Henrik Brøndum", "filialdirektør", "Fjordbanken Sydvest", None, None, None)],
    ),
    (  # a new job told before the last working day
        (
            "Vores køkkenassistent Peter Hald har fået nyt job som kok på Ravnholt Plejecenter og har sidste "
            "arbejdsdag hos os lige før påske."
        ),
        [("new_job", "Peter Hald", "kok", "Ravnholt Plejecenter", None, "køkkenassistent", None)],
    ),
    (  # an intro above a table that dates every row
        (
            "Vi byder velkommen til disse nye kolleger, som alle starter mandag den 3. august:\n\nNavn | "
            "Stilling | Kommer fra\nAhmad Nouri | matematiklærer | Solsikkeskolen\nSune Bach | skolesekretær | "
            "Tarpholm Kommune"
        ),
        [
            ("new_job", "Ahmad Nouri", "matematiklærer", None, "2026-08-03", None, "Solsikkeskolen"),
            ("new_job", "Sune Bach", "skolesekretær", None, "2026-08-03", None, "Tarpholm Kommune"),
        ],
    ),
    (  # a page flattened into one line, its byline dated
        (
            "Techbladet.dk Forside Nyheder Karriere Navnenyt Events Job Log ind Forside › Karriere › Navnenyt"
            " Ugens navne Redaktionen · 14. april 2026 Del på LinkedIn Nyt job Rasmus Holt Fenger er ansat "
            "som product owner i Tidevand Software A/S. Han kommer fra Krogholm Datacenter, hvor han var "
            "business analyst. Forfremmelse Ida Schou Kvist er forfremmet til Director of Engineering i "
            "Pixelfjord ApS."
        ),
        [
            (
                "new_job",
                "Rasmus Holt Fenger",
                "product owner",
                "Tidevand Software A/S",
                None,
                "business analyst",
                "Krogholm Datacenter",
            ),
            ("promotion", "Ida Schou Kvist", "Director of Engineering", "Pixelfjord ApS", None, None, None),
        ],
    ),
    (  # "kommer til os som R": "os" is no title
        "Mads Overgaard kommer til os som partner fra Nordvig Advokater, hvor han har været partner i syv år.",
        [("new_job", "Mads Overgaard", "partner", None, None, "partner", None)],
    ),
    (  # "skifter fra jobbet som R1 i O1 til en stilling som R2 hos O2"
        (
            "Pr. 1. marts skifter Morten Aaby fra jobbet som indkøbschef i Vestergaard Stål til en stilling "
            "som indkøbsdirektør hos Kornum Facader A/S."
        ),
        [
            (
                "new_job",
                "Morten Aaby",
                "indkøbsdirektør",
                "Kornum Facader A/S",
                "2026-03-01",
                "indkøbschef",
                "Vestergaard Stål",
            )
        ],
    ),
    (  # "skifter fra O1 til en stilling som R2 hos O2"
        "Morten Aaby skifter fra Vestergaard Stål til en stilling som indkøbsdirektør hos Kornum Facader A/S.",
        [("new_job", "Morten Aaby", "indkøbsdirektør", "Kornum Facader A/S", None, None, "Vestergaard Stål")],
    ),
    (  # "forfremmet fra R1 til R2": titles, not names
        "Sara Bundgaard er pr. 15.5.2026 forfremmet fra Scrum Master til Agile Coach i Odense Rejsekort I/S.",
        [("promotion", "Sara Bundgaard", "Agile Coach", "Odense Rejsekort I/S", "2026-05-15", "Scrum Master", None)],
    ),
    (  # "skifter fra stillingen som R1 af O1 til at være R2 for O2"
        (
            "Dorthe Lyngby Christensen skifter pr. 1. marts fra stillingen som leder af Plejecenter Solbakken"
            " til at være områdeleder for Hjemmeplejen Vest."
        ),
        [
            (
                "new_job",
                "Dorthe Lyngby Christensen",
                "områdeleder",
                "Hjemmeplejen Vest",
                "2026-03-01",
                "leder",
                "Plejecenter Solbakken",
            )
        ],
    ),
    (  # a departure joined to a new post by "og" and a date: the new post and its date
        (
            "Chef for Borgerservice Anja Rosenkvist fratræder med udgangen af juni og fra 1. juli bliver "
            "sekretariatschef i Indkøbsfællesskabet Midtdanmark."
        ),
        [
            (
                "new_job",
                "Anja Rosenkvist",
                "sekretariatschef",
                "Indkøbsfællesskabet Midtdanmark",
                "2026-07-01",
                None,
                None,
            )
        ],
    ),
    (  # "O ledes af R X": the organisation the person leads
        (
            "→ Plejecenter Solbakken ledes indtil videre af souschef Brian Lauridsen, der er konstitueret som"
            " forstander."
        ),
        [("promotion", "Brian Lauridsen", "forstander", "Plejecenter Solbakken", None, "souschef", None)],
    ),
    (  # an acting post held since earlier is no news
        (
            "Hun afløser Kim Abildgaard. Siden har vicedirektør Anja Wöhlk været konstitueret "
            "hospitalsdirektør på Nordkyst Hospital."
        ),
        [],
    ),
    (  # a departure whose relative clause tells a retirement is a retirement
        "Samtidig stopper afdelingens kasserer, Poul Søgaard, der går på pension 31. december.",
        [("retirement", "Poul Søgaard", "kasserer", None, "2026-12-31", None, None)],  # (title: round nineteen)
    ),
    (  # made permanent after an acting post
        (
            "Samtidig har udvalget besluttet at fastansætte Susanne Bak, der siden foråret har været "
            "konstitueret direktør for Teknik og Miljø, i stillingen som teknisk direktør i Sønderlund "
            "Kommune."
        ),
        [
            (
                "promotion",
                "Susanne Bak",
                "teknisk direktør",
                "Sønderlund Kommune",
                None,
                "konstitueret direktør for Teknik og Miljø",
                None,
            )
        ],
    ),
    (  # a reception is no news
        (
            "Kurt Bendixen går på pension med udgangen af september. Der bliver holdt reception for Kurt "
            "Bendixen fredag den 26. september i afdelingens lokaler på Havnegade 8."
        ),
        [("retirement", "Kurt Bendixen", None, None, "2026-09-30", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_EIGHTEEN, ids=[t[:40] for t, _ in ROUND_EIGHTEEN])
def test_round_eighteen(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


def test_a_name_in_another_persons_clause_is_no_title() -> None:
    text = (
        "Vi siger farvel til lærer Birgit Wedel, der flytter til Ravnsted med sin familie, og til Henning Bruun, som "
        "efter 31 år som lærer på Egeskov går på pension."
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [r.person for r in records] == ["Birgit Wedel", "Henning Bruun"]
    assert [r.role for r in records] == [None, None]  # (was "Henning Bruun" for Birgit Wedel)
