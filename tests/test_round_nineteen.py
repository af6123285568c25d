"""Shapes fixed in round nineteen (the older gold sets and the blind wave 128-131), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_NINETEEN: list[tuple[str, list[Move]]] = [
    (  # an area of two words after "for" stays in the title before the employer ("teknik" ends no organisation here)
        "Henrik Lassen er ansat som direktør for Teknik og Miljø i Silkeborg Kommune fra 1. marts.",
        [("new_job", "Henrik Lassen", "direktør for Teknik og Miljø", "Silkeborg Kommune", "2026-03-01", None, None)],
    ),
    (  # a department of two area words is no organisation: the employer named elsewhere is
        (
            "Økonomiudvalget i Egholm Kommune har godkendt ansættelsen: Jurist Sara Guldager er udnævnt til "
            "teamleder i Byggesag og Miljø."
        ),
        [("promotion", "Sara Guldager", "teamleder", None, None, "Jurist", None)],
    ),
    (  # a hospital department of several words is no organisation
        (
            "Overlæge Johanne Bak, Medicinsk Afdeling M2, har fået nyt job som ledende overlæge på Sygehus "
            "Sønderkyst og begynder 1. maj."
        ),
        [("new_job", "Johanne Bak", "ledende overlæge", "Sygehus Sønderkyst", "2026-05-01", "Overlæge", None)],
    ),
    (  # a rank before the name of a career-move line is no part of the name
        (
            "Kaptajnløjtnant Morten Aas: Næstkommanderende, Inspektionsskibet Nordlyset → Chef, "
            "Patruljefartøjet Stormsvalen"
        ),
        [
            (
                "new_job",
                "Morten Aas",
                "Chef",
                "Patruljefartøjet Stormsvalen",
                None,
                "Næstkommanderende",
                "Inspektionsskibet Nordlyset",
            )
        ],
    ),
    (  # a job title before a listed subject is no part of the name
        ("Kunstforeningen Palet har fået ny formand: Billedkunstner Hans Grønbech overtager posten efter Eva Lykke."),
        [("board_appointment", "Hans Grønbech", "formand", "Kunstforeningen Palet", None, None, None)],
    ),
    (  # a graduate's item with a town before the trade
        (
            "Disse har bestået svendeprøven på Vesterå Tekniske Skole:\nKasper Holm Vestergaard, Løgstrup, "
            "elektriker – Nørre Vium El-Service ApS\nLine Bach Andersen, frisør – Salon Hårfint"
        ),
        [
            ("completed_education", "Kasper Holm Vestergaard", None, "Nørre Vium El-Service ApS", None, None, None),
            ("completed_education", "Line Bach Andersen", None, "Salon Hårfint", None, None, None),
        ],
    ),
    (  # adjectives between the number and the years of a previous post
        (
            "Efter fire lærerige år som Data Engineer i Kvistgaard Forsikring er Rasmus Holm startet som "
            "Senior Data Engineer hos Tangbro Analytics."
        ),
        [
            (
                "new_job",
                "Rasmus Holm",
                "Senior Data Engineer",
                "Tangbro Analytics",
                None,
                "Data Engineer",
                "Kvistgaard Forsikring",
            )
        ],
    ),
    (  # a post held now, told in a sentence of its own, is the one left
        (
            "Tina Frost bliver ny skoleleder på Lyngbakkeskolen. Hun starter 1. august. Hun er 46 år og i dag"
            " viceskoleleder på Kildedal Skole i Kærsted."
        ),
        [("new_job", "Tina Frost", "skoleleder", "Lyngbakkeskolen", "2026-08-01", "viceskoleleder", "Kildedal Skole")],
    ),
    (  # a post held now in another sentence does not make the new post a move inside it
        (
            "Fra 1. oktober er det Sanne Kjærgaard, der er ny indehaver af Garnstuen. Hun er i dag souschef i"
            " Tøjhuset Nørreport i Esbjerg."
        ),
        [("new_job", "Sanne Kjærgaard", "indehaver", "Garnstuen", "2026-10-01", "souschef", "Tøjhuset Nørreport")],
    ),
    (  # the post held now, told in a sentence of its own, is an anniversary's role
        (
            "Kurt Vestergaard kan den 14. april fejre 25 års jubilæum i Thyregod Maskinfabrik A/S. Han er i "
            "dag værkfører på fabrikken i Thyregod."
        ),
        [("anniversary", "Kurt Vestergaard", "værkfører", "Thyregod Maskinfabrik A/S", "2026-04-14", None, None)],
    ),
    (  # a bulleted item with a date and no full stop is no headline
        (
            "Vi har hele tre jubilarer i september og oktober:\n• Offsettrykker Brian Sørensen har 25 års "
            "jubilæum den 22. september\n• Kirsten Halling, bogholder, kan fejre 10 år hos os den 1. oktober"
        ),
        [
            ("anniversary", "Brian Sørensen", "Offsettrykker", None, "2026-09-22", None, None),
            ("anniversary", "Kirsten Halling", "bogholder", None, "2026-10-01", None, None),
        ],
    ),
    (  # a date told before ("fra samme dato") between "bliver" and the title
        (
            "Mathilde Krogsgaard bliver ny chefdirigent fra 1. august 2026. Koncertmester Ulla Bisgaard "
            "bliver fra samme dato kunstnerisk rådgiver for orkestret."
        ),
        [
            ("new_job", "Mathilde Krogsgaard", "chefdirigent", None, "2026-08-01", None, None),
            ("promotion", "Ulla Bisgaard", "kunstnerisk rådgiver", None, "2026-08-01", "Koncertmester", None),
        ],
    ),
    (  # a post held "på kanalen" is held at the same employer: a promotion
        (
            "I samme ombæring bliver Thomas Krag ny programchef på Radio Klitlandet. Han har siden 2019 været"
            " sportsredaktør på kanalen og tiltræder den nye stilling 1. marts."
        ),
        [("promotion", "Thomas Krag", "programchef", "Radio Klitlandet", "2026-03-01", "sportsredaktør", None)],
    ),
    (  # one hire told twice, first with the bare head of its title: one record with the full title
        (
            "Beredskab Vestkysten har fundet sin nye direktør. Valget faldt på Niels Otto Kirkegaard, der i "
            "dag er vicedirektør i Beredskab Nordkyst.\nBestyrelsen besluttede mandag at ansætte Niels Otto "
            "Kirkegaard som ny beredskabsdirektør. Han tiltræder 1. juni."
        ),
        [
            (
                "new_job",
                "Niels Otto Kirkegaard",
                "beredskabsdirektør",
                "Beredskab Vestkysten",
                "2026-06-01",
                "vicedirektør",
                "Beredskab Nordkyst",
            )
        ],
    ),
    (  # "som bekendt" names no title
        (
            "I Lundhøj Kommune er Karen Aagaard Husted konstitueret kommunaldirektør, efter at "
            "kommunaldirektør Ib Rask og kommunalbestyrelsen som bekendt gik hver til sit."
        ),
        [("promotion", "Karen Aagaard Husted", "konstitueret kommunaldirektør", "Lundhøj Kommune", None, None, None)],
    ),
    (  # an inverted vacancy whose organisation has three words
        (
            "Pr. 1. juni får Nordkyst Software ApS ny landechef. Det bliver Julie Bramsen Krag, som kommer "
            "fra en stilling som salgsdirektør hos Vibe & Holm Consulting."
        ),
        [
            (
                "new_job",
                "Julie Bramsen Krag",
                "landechef",
                "Nordkyst Software ApS",
                "2026-06-01",
                "salgsdirektør",
                "Vibe & Holm Consulting",
            )
        ],
    ),
    (  # "for at" opens no field of the title
        "Kristoffer Lunde stopper som vært for at koncentrere sig om sit arbejde som forfatter.",
        [("departure", "Kristoffer Lunde", "vært", None, None, None, None)],
    ),
    (  # a programme ends at a dash and after "uddannelsen til"
        (
            "Hos Krogsgaard Auto har Emil Bæk bestået svendeprøven som personvognsmekaniker – som den første "
            "lærling i værkstedets historie. Lone Bisgaard har bestået uddannelsen til juridisk sekretær."
        ),
        [
            ("completed_education", "Emil Bæk", None, "Krogsgaard Auto", None, None, None),
            ("completed_education", "Lone Bisgaard", None, None, None, None, None),
        ],
    ),
    (  # a title with its area between commas before the name, after an inverted verb
        (
            "Samtidig går afdelingschef for Park og Vej, Henrik Bjerre, på pension med udgangen af januar "
            "2026 efter 31 år i Hvidbjerg Kommune."
        ),
        [
            (
                "retirement",
                "Henrik Bjerre",
                "afdelingschef for Park og Vej",
                "Hvidbjerg Kommune",
                "2026-01-31",
                None,
                None,
            )
        ],
    ),
    (  # a title with its area between commas before the name at the sentence start
        ("Afdelingschef for Park og Vej i Hvidbjerg Kommune, Henrik Bjerre, går på pension med udgangen af januar."),
        [
            (
                "retirement",
                "Henrik Bjerre",
                "Afdelingschef for Park og Vej",
                "Hvidbjerg Kommune",
                "2027-01-31",
                None,
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_NINETEEN, ids=[t[:40] for t, _ in ROUND_NINETEEN])
def test_round_nineteen(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


def test_graduate_items_with_a_town_take_the_trade_and_the_intros_school() -> None:
    text = (
        "Disse har bestået svendeprøven på Vesterå Tekniske Skole:\n"
        "Kasper Holm Vestergaard, Løgstrup, elektriker – Nørre Vium El-Service ApS\n"
        "Oliver Skov Nygaard, Nørre Hvidmose, smed – Hvidmose Stål & Maskiner"
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.person, r.organisation) for r in records] == [
        ("Kasper Holm Vestergaard", "Nørre Vium El-Service ApS"),
        ("Oliver Skov Nygaard", "Hvidmose Stål & Maskiner"),
    ]
    assert [(r.education.programme, r.education.institution) for r in records if r.education] == [
        ("elektriker", "Vesterå Tekniske Skole"),
        ("smed", "Vesterå Tekniske Skole"),
    ]


def test_a_table_of_journeymen_reads_the_masters_firm_as_the_organisation() -> None:
    text = (
        "BESTÅEDE SVENDEPRØVER (MARTS)\n"
        "Navn | Fag | Læremester | Resultat\n"
        "Anton Lind Brask | Tømrer | Brask & Holm Byg ApS | Bestået med ros\n"
        "Sara Juul Kristensen | Maler | Malerfirmaet Kolind | Bestået"
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.kind.value, r.person, r.organisation) for r in records] == [
        ("completed_education", "Anton Lind Brask", "Brask & Holm Byg ApS"),
        ("completed_education", "Sara Juul Kristensen", "Malerfirmaet Kolind"),
    ]


def test_a_came_from_cell_with_a_title_alone_is_a_move_inside() -> None:
    text = (
        "Trænerteamet er på plads. Alle tiltræder 1. juli.\n"
        "Funktion | Navn | Kommer fra\n"
        "Cheftræner | Morten Kildegaard | U19-cheftræner i klubben\n"
        "Assistenttræner | Nanna Bech | Ungdomstræner, Skjoldborg HK"
    )
    assert [m[:2] + m[5:] for m in moves(text, PUBLISHED)] == [
        ("promotion", "Morten Kildegaard", "U19-cheftræner", None),
        ("new_job", "Nanna Bech", "Ungdomstræner", "Skjoldborg HK"),
    ]


def test_an_html_headline_gives_its_organisation_without_the_closing_tag() -> None:
    text = (
        "<h2>Organisationsændringer i Fjordlys Energi A/S</h2>\n<table>\n"
        "<tr><th>Navn</th><th>Ny stilling</th><th>Kommer fra</th></tr>\n"
        "<tr><td>Camilla Brandt</td><td>økonomidirektør</td><td>CTO, Skybro Data ApS</td></tr>\n</table>\n"
        "<p>Alle ændringer træder i kraft 1. juni.</p>"
    )
    assert [r.organisation for r in navnenyt.extract(text, published=PUBLISHED)] == ["Fjordlys Energi A/S"]


def test_a_programme_ends_at_a_dash_and_after_uddannelsen_til() -> None:
    text = (
        "Hos Krogsgaard Auto har Emil Bæk bestået svendeprøven som personvognsmekaniker – som den første lærling i "
        "værkstedets historie. Lone Bisgaard har bestået uddannelsen til juridisk sekretær."
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.person, r.education.programme if r.education else None) for r in records] == [
        ("Emil Bæk", "personvognsmekaniker"),
        ("Lone Bisgaard", "juridisk sekretær"),
    ]


def test_a_shop_named_by_a_house_word_is_no_person() -> None:
    text = "Møbelhuset Skovgaard fylder 50 år!\n– og det fejrer vi med dig hele weekenden med kaffe og kage."
    assert navnenyt.extract(text, published=PUBLISHED) == []


def test_a_childcare_house_is_the_organisation() -> None:
    text = "Janni Fuglsang er pr. 1. november ansat som leder af Børnehuset Mælkebøtten."
    assert [r.organisation for r in navnenyt.extract(text, published=PUBLISHED)] == ["Børnehuset Mælkebøtten"]


def test_a_venue_in_a_clubs_menu_is_not_the_clubs_name() -> None:
    text = (
        "Hjem | Senior | Ungdom | Klubhuset | Sponsorer | Kontakt\n\n"
        "Lerbæk IF holdt torsdag den 26. februar generalforsamling i klubhuset.\n\n"
        "Ny formand blev Maria Dalsgaard Krogh, der hidtil har været ungdomsformand."
    )
    assert [r.organisation for r in navnenyt.extract(text, published=PUBLISHED)] == ["Lerbæk IF"]
