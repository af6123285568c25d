"""Sentence, list and table shapes fixed in round thirteen (blind gold sets 77-80), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-12-16 (so a year-less "1. juli" is 2027-07-01 and a past "20. januar" is 2026-01-20).
"""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt
from navnenyt.lexicon import could_hold_people_news
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 12, 16)


def _moves(text: str) -> list[Move]:
    """The records of ``text`` published :data:`PUBLISHED`, as tuples."""
    return moves(text, PUBLISHED)


ROUND_THIRTEEN: list[tuple[str, list[Move]]] = [
    (  # a table's new post "Title, Organisation"; the same organisation on both sides is a promotion; a board title
        # is a board post; the line after the table dates every row
        "Navn | Ny stilling | Kommer fra\n"
        "Ida Wernblad | Chief Risk Officer, Sparekassen Limfjordsegn | Risk Manager, Nordhavn Kapital\n"
        "Rasmus Kjeldgaard | Porteføljeforvalter, Ankerhus Invest | Analytiker, Ankerhus Invest\n"
        "Henriette Bisgaard | Bestyrelsesmedlem, Fonden Vestkystens Sparefond | –\n\n"
        "Alle tre tiltræder 1. juli.",
        [
            (
                "new_job",
                "Ida Wernblad",
                "Chief Risk Officer",
                "Sparekassen Limfjordsegn",
                "2027-07-01",
                "Risk Manager",
                "Nordhavn Kapital",
            ),
            (
                "promotion",
                "Rasmus Kjeldgaard",
                "Porteføljeforvalter",
                "Ankerhus Invest",
                "2027-07-01",
                "Analytiker",
                None,
            ),
            (
                "board_appointment",
                "Henriette Bisgaard",
                "Bestyrelsesmedlem",
                "Fonden Vestkystens Sparefond",
                "2027-07-01",
                None,
                None,
            ),
        ],
    ),
    (  # "→ R, Valdemar Pension" is no retirement; the line after the moves dates them all
        "Troels Nøhr: porteføljechef, Skovhøj Kapitalforvaltning → investeringsdirektør, Valdemar Pension\n"
        "Ivan Fisker: kreditchef, Østerlund Landbobank → pension\n\n"
        "Alle skift træder i kraft 1. november.",
        [
            (
                "new_job",
                "Troels Nøhr",
                "investeringsdirektør",
                "Valdemar Pension",
                "2027-11-01",
                "porteføljechef",
                "Skovhøj Kapitalforvaltning",
            ),
            ("retirement", "Ivan Fisker", "kreditchef", "Østerlund Landbobank", "2027-11-01", None, None),
        ],
    ),
    (  # a name, then the firm it leaves ("Sparekassen ...", "Kold & Bjerre ...")
        "Efter 27 år forlader kundedirektør Gitte Hornbæk Sparekassen Skovbjerg. Hun har ikke oplyst, hvad hun skal "
        "lave fremover.",
        [("departure", "Gitte Hornbæk", "kundedirektør", "Sparekassen Skovbjerg", None, None, None)],
    ),
    (
        "Samtidig forlader økonomidirektør Søren Hvid Kold & Bjerre Revision efter otte år. Fra 1. oktober bliver "
        "han CFO i konkurrenten Mørch Revision & Rådgivning.",
        [
            (
                "new_job",
                "Søren Hvid",
                "CFO",
                "Mørch Revision & Rådgivning",
                "2027-10-01",
                "økonomidirektør",
                "Kold & Bjerre Revision",
            )
        ],
    ),
    (  # a place of work before the subject is no subject, even when it ends like a name ("Varde Ådal")
        "Efter 44 år i Sparekassen Varde Ådal går kasserer Ruth Bundgaard på pension den 30. juni.",
        [("retirement", "Ruth Bundgaard", "kasserer", "Sparekassen Varde Ådal", "2027-06-30", None, None)],
    ),
    (  # "Bestyrelsens næstformand, X," and "havde ikke ønsket genvalg"
        "Bestyrelsens næstformand, Jens Otto Riis, havde ikke ønsket genvalg.",
        [("departure", "Jens Otto Riis", "næstformand", None, None, None, None)],
    ),
    (  # "Årets ildsjæl [2025] blev R X"; the one who hands the prize over gets none
        "Årets ildsjæl 2025 blev kasserer Bente Kaae, der i 31 år har holdt styr på regnskabet i Hjortlund IF. "
        'Prisen blev overrakt af formand Jesper Aabo, som kaldte Bente "klubbens hukommelse".',
        [("award", "Bente Kaae", "kasserer", None, None, None, None)],
    ),
    (  # a jury ("bestod af") passes no exam
        "Juryen bestod i år af professor Finn Bech, Vesterhavets Tekniske Universitet, direktør Gitte Holm, "
        "Kystvind Energi A/S, og tømrermester Ole Brandt.",
        [],
    ),
    (  # a count of new staff hires no one named
        "Direktør for Børn og Unge Torben Lykke peger på, at kommunen allerede har ansat 40 nye medarbejdere i "
        "daginstitutionerne siden sommer.",
        [],
    ),
    (  # the intro's title for items whose own words are no title ("matematik og fysik")
        "Følgende er ansat som lektor fra 1. august:\n"
        "– Emil Sandahl, matematik og fysik (kommer fra Kystbyen Gymnasium)\n"
        "– Birgitte Lykke Hvass, dansk og historie",
        [
            ("new_job", "Emil Sandahl", "lektor", None, "2027-08-01", None, "Kystbyen Gymnasium"),
            ("new_job", "Birgitte Lykke Hvass", "lektor", None, "2027-08-01", None, None),
        ],
    ),
    (  # each one's role and date in brackets
        "Velkommen til Amira Haddad (laborant, fra 1. april) og Tobias Kjær (mejerielev, fra 7. april).",
        [
            ("new_job", "Amira Haddad", "laborant", None, "2027-04-01", None, None),
            ("new_job", "Tobias Kjær", "mejerielev", None, "2027-04-07", None, None),
        ],
    ),
    (  # the label "På pension" makes the last working day a retirement
        "På pension\nDriftsmester Jens Ole Brink har sidste arbejdsdag 30. juni efter 33 år på mejeriet.",
        [("retirement", "Jens Ole Brink", "Driftsmester", None, "2027-06-30", None, None)],
    ),
    (  # a job ad: the manager one reports to is no news
        "Vi søger en erfaren økonomichef, der kan tiltræde 1. maj. Du får reference til vores nye CFO, Hanne Koch, og "
        "bliver en del af ledergruppen. Ansøgningsfrist: 15. marts 2026.",
        [],
    ),
    (  # "skiftet" as a noun ("kalder skiftet ventet") is no move
        "Analytiker Jens Moos fra Nordisk IT Research kalder skiftet ventet.",
        [],
    ),
    (  # "kommer fra Solbjerg Vand": where she comes from is no subject
        "Hun kommer fra Solbjerg Vand, hvor hun har været teknisk chef siden 2018, og tiltræder den 1. oktober 2026.",
        [],
    ),
    (  # a team list's last item followed by a newsletter's footer line
        "REDAKTION\nAnsvarshavende chefredaktør: Kasper Nørlund\nRedaktionschef: Dorte Vilhelmsen\nDu modtager "
        "dette nyhedsbrev, fordi du abonnerer på FinansUgen. Afmeld her.",
        [],
    ),
    (  # a couple in the relative clause of a takeover: both retire
        "Den 1. april overtager bagermester Camilla Friis, 36, Mølgaards Bageri som ny ejer. Hun overtager "
        "forretningen fra Hans Mølgaard og hustruen Grete Mølgaard, der går på pension.",
        [
            ("new_job", "Camilla Friis", "ejer", "Mølgaards Bageri", "2027-04-01", None, None),
            ("retirement", "Hans Mølgaard", None, "Mølgaards Bageri", None, None, None),
            ("retirement", "Grete Mølgaard", None, "Mølgaards Bageri", None, None, None),
        ],
    ),
    (  # journeymen "NAME, TRADE – FIRM" under an intro: the trade passed and the training firm; "i juni" in the intro
        # is its date, so none is taken from above
        "Lokalt · 4. juli 2025\n\nDisse bestod i juni svendeprøven på Nordvest Tekniske Skole:\n\n"
        "• Emma Vestergaard, frisør – Salon Sakselyst\n"
        "• Oliver Krag Mikkelsen, elektriker – Hvidmose El-Teknik A/S (bestået med ros)",
        [
            ("completed_education", "Emma Vestergaard", None, "Salon Sakselyst", None, None, None),
            ("completed_education", "Oliver Krag Mikkelsen", None, "Hvidmose El-Teknik A/S", None, None, None),
        ],
    ),
    (  # re-elected members carry on; the new member's title in the other clause is not theirs
        "Kristian Overgaard og Lene Munk blev genvalgt til bestyrelsen, mens Jeppe Bisgaard er nyt bestyrelsesmedlem.",
        [("board_appointment", "Jeppe Bisgaard", "bestyrelsesmedlem", None, None, None, None)],
    ),
    (  # ... but "genvalgt som næstformand" is recorded, with its own title
        "Farid Haddad blev genvalgt som næstformand, mens Trine Lindholm er nyt medlem af hovedbestyrelsen.",
        [
            ("board_appointment", "Farid Haddad", "næstformand", None, None, None, None),
            ("board_appointment", "Trine Lindholm", "medlem", None, None, None, None),
        ],
    ),
    (  # a general meeting's date for the chair who leaves ("Formand gennem 11 år, X,") and the treasurer's post
        "Vester Kølby IF holdt tirsdag den 24. februar 2026 ordinær generalforsamling.\n\nFormand gennem 11 år, "
        "Bjarne Kold, havde meddelt, at han ikke ønskede genvalg.\n\nSom ny formand valgtes Susanne Dahl Winther, der "
        "har været klubbens kasserer. Hendes post som kasserer overtages af Mikkel Brandt.",
        [
            ("departure", "Bjarne Kold", "Formand", "Vester Kølby IF", "2026-02-24", None, None),
            ("board_appointment", "Susanne Dahl Winther", "formand", "Vester Kølby IF", "2026-02-24", "kasserer", None),
            ("board_appointment", "Mikkel Brandt", "kasserer", "Vester Kølby IF", "2026-02-24", None, None),
        ],
    ),
    (  # a successor named in the sentence before: "Hun afløser adm. direktør Y, der fra samme dato bliver R2 i O2"
        "Rikke Sønderby er udnævnt til administrerende direktør for Ådalens Mejeri a.m.b.a. Hun tiltræder 1. april."
        "\n\nHun afløser adm. direktør Claus Overgaard, der fra samme dato bliver direktør i Brandholm Ost.",
        [
            (
                "new_job",
                "Rikke Sønderby",
                "administrerende direktør",
                "Ådalens Mejeri a.m.b.a",
                "2027-04-01",
                None,
                None,
            ),
            (
                "new_job",
                "Claus Overgaard",
                "direktør",
                "Brandholm Ost",
                "2027-04-01",
                "adm. direktør",
                "Ådalens Mejeri a.m.b.a",
            ),
        ],
    ),
    (  # "X, der ..., afløser kommunaldirektør Y, som går på pension": the sentence does not break after "pol.,"
        "Merete Lind, der er 54 år og uddannet cand.scient.pol., afløser kommunaldirektør Jens Otto Fabricius, som "
        "går på pension efter 17 år.",
        [
            ("new_job", "Merete Lind", "kommunaldirektør", None, None, None, None),  # the post she takes over
            ("retirement", "Jens Otto Fabricius", "kommunaldirektør", None, None, None, None),
        ],
    ),
    (  # background ("har været ansat i O siden 2016") and a head count ("har 45 ansatte") are no news; years served are
        "Anette Kjeldsen har været ansat i Sydmose Kommune siden 2016. Hvidmose Mølle har 45 ansatte. Smed Leif Dam "
        "har mandag den 11. maj været ansat hos Rødmose Maskinstation i 40 år.",
        [("anniversary", "Leif Dam", "Smed", "Rødmose Maskinstation", "2027-05-11", None, None)],
    ),
    (  # the employer told in the relative clause of a partner promotion; an organisation is no person
        "Advokat Birgitte Kamp, der har været ansat i Lykke & Strand Advokatpartnerselskab siden 2017, udnævnes pr. "
        "1. januar 2027 til partner. Han kom til os i 2021 fra Advokatfirmaet Lindqvist, hvor han blev optaget i "
        "partnerkredsen.",
        [
            (
                "promotion",
                "Birgitte Kamp",
                "partner",
                "Lykke & Strand Advokatpartnerselskab",
                "2027-01-01",
                "Advokat",
                None,
            )
        ],
    ),
    (  # two names, each with a title between commas, share the verb
        "Camilla Ørum, statsautoriseret revisor, og Jakob Sand, registreret revisor, udnævnes pr. 1. januar 2027 til "
        "partner i Pedersen & Brix Revision P/S.",
        [
            (
                "promotion",
                "Camilla Ørum",
                "partner",
                "Pedersen & Brix Revision P/S",
                "2027-01-01",
                "statsautoriseret revisor",
                None,
            ),
            (
                "promotion",
                "Jakob Sand",
                "partner",
                "Pedersen & Brix Revision P/S",
                "2027-01-01",
                "registreret revisor",
                None,
            ),
        ],
    ),
    (  # "Samtidig er Y ansat ..." opening a sentence is news of its own: no date from the news before; "X fratræder
        # samtidig" is at the same time
        "Stine Holm er pr. 15.12.2026 konstitueret som centerchef i Fjordby Forsyning A/S.\n\nJørgen Rasmussen "
        "fratræder samtidig sin stilling som centerchef i Fjordby Forsyning A/S.\n\nSamtidig er Helle Damsgaard ansat "
        "som afdelingsleder i Fjordby Forsyning A/S.",
        [
            ("promotion", "Stine Holm", "centerchef", "Fjordby Forsyning A/S", "2026-12-15", None, None),
            ("departure", "Jørgen Rasmussen", "centerchef", "Fjordby Forsyning A/S", "2026-12-15", None, None),
            ("new_job", "Helle Damsgaard", "afdelingsleder", "Fjordby Forsyning A/S", None, None, None),
        ],
    ),
    (  # a model-found name runs on into the firm it leaves ("Peter Lundsgaard Hvidemose Software")
        "Efter syv år som CTO forlader Peter Lundsgaard Hvidemose Software. Han har endnu ikke løftet sløret for, "
        "hvad han skal lave fremover.",
        [("departure", "Peter Lundsgaard", "CTO", "Hvidemose Software", None, None, None)],
    ),
    (  # a career's start decades ago is no news
        "Efter 42 år hos Sønderbro Vandværk går driftsleder Jens Peter Aagaard på pension den 31. maj.\n\nJens Peter "
        "startede som lærling i 1984 og har været driftsleder siden 2003.",
        [("retirement", "Jens Peter Aagaard", "driftsleder", "Sønderbro Vandværk", "2027-05-31", None, None)],
    ),
    (  # a member magazine's masthead names the club, not the magazine
        "SIF-NYT · Medlemsblad for Skovlund Idrætsforening · Nr. 2 / marts 2026\n\nNyt fra bestyrelsen\n\n"
        "Nyt bestyrelsesmedlem blev Rasmus Eg fra Fjordbyens Tømrerfirma.",
        [("board_appointment", "Rasmus Eg", "bestyrelsesmedlem", "Skovlund Idrætsforening", None, None, None)],
    ),
    (  # "ikke genopstillede" is past: the meeting's day before publication
        "Formand Kurt Villadsen genopstillede ikke på generalforsamlingen i Havnely A/S den 14. maj.",
        [("departure", "Kurt Villadsen", "Formand", "Havnely A/S", "2026-05-14", None, None)],
    ),
    (  # the one replaced "havde været formand": the title held (pluperfect)
        "På generalforsamlingen den 24. november blev Susanne Elkjær valgt som formand for Grundejerforeningen "
        "Bøgely. Hun afløser Jørgen Tvede, der havde været formand i otte år.",
        [
            ("board_appointment", "Susanne Elkjær", "formand", "Grundejerforeningen Bøgely", "2026-11-24", None, None),
            ("departure", "Jørgen Tvede", "formand", "Grundejerforeningen Bøgely", "2026-11-24", None, None),
        ],
    ),
    (  # an inverted second clause ("og i stedet blev Y valgt") has its own subject, and its kind is not the first's
        "Kasserer Bent Sørensen ønskede ikke genvalg, og i stedet blev Hanne Kruse valgt til bestyrelsen.",
        [
            ("departure", "Bent Sørensen", "Kasserer", None, None, None, None),
            ("board_appointment", "Hanne Kruse", None, None, None, None, None),
        ],
    ),
    (  # "Ud af bestyrelsen træder X": "af" there is no agent
        "Ud af bestyrelsen træder Finn Helsted (DF), der ikke længere er medlem af byrådet.",
        [("departure", "Finn Helsted", None, None, None, None, None)],
    ),
]


TEAM_WITH_DASHES = (
    "Vindeby Tech Group A/S – Nyheder\n\nVindeby Tech Group præsenterer sin nye koncernledelse, der træder i kraft 1. "
    "januar 2026:\n\nCEO: Lasse Brogaard (fortsætter)\nCFO: Dorthe Nissen Kamp (ny) – kommer fra en stilling som "
    "finansdirektør i Ravnsholt Industri\nCOO: Anders Hjortø (ny) – stifter og hidtil adm. direktør for Hjortø "
    "Automation\nCTO: Birgit Lolk (forfremmet) – hidtil udviklingschef\n\nVindeby Tech Group har 650 medarbejdere."
)


def test_a_team_list_reads_the_words_after_a_dash_and_the_intro_date() -> None:
    org = "Vindeby Tech Group A/S"
    assert _moves(TEAM_WITH_DASHES) == [
        ("new_job", "Dorthe Nissen Kamp", "CFO", org, "2026-01-01", "finansdirektør", "Ravnsholt Industri"),
        ("new_job", "Anders Hjortø", "COO", org, "2026-01-01", "adm. direktør", "Hjortø Automation"),
        ("promotion", "Birgit Lolk", "CTO", org, "2026-01-01", "udviklingschef", None),
    ]


def test_a_fact_box_under_a_team_line_tells_no_hire() -> None:
    text = (
        "FAKTA: Kragbo A/S\nAdm. direktør: Mikkel Thrane (siden 2019)\nBestyrelsesformand: Gitte Winther\nAnsatte: 310"
    )
    assert _moves(text) == []


@pytest.mark.parametrize(("text", "expected"), ROUND_THIRTEEN)
def test_round_thirteen_shapes(text: str, expected: list[Move]) -> None:
    assert _moves(text) == expected


def test_a_defended_thesis_is_its_degree_dated_in_the_past() -> None:
    text = (
        'Theis Grønbech forsvarede den 20. januar sin ph.d.-afhandling "Risiko og robusthed i små '
        'pengeinstitutter" på Handelshøjskolen i Vesterby.'
    )
    [record] = navnenyt.extract(text, published=PUBLISHED)
    assert record.kind.value == "completed_education"
    assert record.date == dt.date(2026, 1, 20)  # "forsvarede": before publication, not the coming 20 January
    assert record.education is not None
    assert (record.education.programme, record.education.institution) == ("ph.d", "Handelshøjskolen i Vesterby")


def test_a_jubilee_column_counts_years_served_and_an_occasion_column_ages() -> None:
    served = "Jubilarer i 2. kvartal\n\nNavn | Stilling | Jubilæum | Dato\nKurt Bisgaard | Mejerist | 40 år | 2. april"
    [record] = navnenyt.extract(served, published=PUBLISHED)
    assert (record.kind.value, record.years, record.age) == ("anniversary", 40, None)
    aged = "Runde dage og jubilæer\n\nDato | Navn | Begivenhed\n3. juni | Kim Højgaard | 60 år"
    [record] = navnenyt.extract(aged, published=PUBLISHED)
    assert (record.kind.value, record.age) == ("birthday", 60)


MAERKEDAGE_UNDER_AGE_HEADINGS = (
    "MÆRKEDAGE\n\n80 år\nSøndag 8. marts: Fhv. smedemester Arne Kølbæk, Præstevænget 4, Ravnsø.\n\n70 år\n"
    "Lørdag 7. marts: Inger Marie Thygesen, Bøgelunde.\n\n40 års jubilæum\n1. april: Bodil Hjort, uddeler i Kærby "
    "Brugs siden 1986."
)


def test_mærkedage_lines_under_an_age_heading_take_its_kind_and_count() -> None:
    records = navnenyt.extract(MAERKEDAGE_UNDER_AGE_HEADINGS, published=dt.date(2026, 3, 5))
    assert [(r.kind.value, r.person, r.date, r.age, r.years) for r in records] == [
        ("birthday", "Arne Kølbæk", dt.date(2026, 3, 8), 80, None),
        ("birthday", "Inger Marie Thygesen", dt.date(2026, 3, 7), 70, None),
        ("anniversary", "Bodil Hjort", dt.date(2026, 4, 1), None, 40),
    ]
    assert (records[2].role, records[2].organisation) == ("uddeler", "Kærby Brugs")


def test_age_headings_in_a_section_about_anniversaries_count_years_served() -> None:
    text = (
        "Jubilarer i oktober\nI oktober kan fem medarbejdere fejre jubilæum hos Havbro Stål K/S.\n40 år\n"
        "1. oktober: Vagn Erik Thygesen, klejnsmed\n25 år\n6. oktober: Hanne Mølgaard, lagerchef"
    )
    records = navnenyt.extract(text, published=dt.date(2025, 9, 29))
    assert [(r.kind.value, r.person, r.role, r.years) for r in records] == [
        ("anniversary", "Vagn Erik Thygesen", "klejnsmed", 40),
        ("anniversary", "Hanne Mølgaard", "lagerchef", 25),
    ]


def test_a_graduates_list_takes_the_counted_title_as_programme_and_no_town() -> None:
    text = (
        "Fredag den 27. november blev 4 nye finansøkonomer dimitteret fra Erhvervsakademi Midtvest:\n\n"
        "• Anne Sofie Gravgaard, Struer\n• Mathias Dalsgaard, Kærvig El-service ApS"
    )
    records = navnenyt.extract(text, published=dt.date(2026, 12, 1))
    assert [(r.person, r.role, r.organisation, r.date) for r in records] == [
        ("Anne Sofie Gravgaard", None, None, dt.date(2026, 11, 27)),
        ("Mathias Dalsgaard", None, "Kærvig El-service ApS", dt.date(2026, 11, 27)),
    ]
    for record in records:
        assert record.education is not None
        assert (record.education.programme, record.education.institution) == (
            "finansøkonom",
            "Erhvervsakademi Midtvest",
        )


def test_a_programme_keeps_its_own_brackets() -> None:
    text = (
        "Lærke Ravn, it-chef i Lyngsø Forsyning A/S, har pr. 1. juli 2025 afsluttet Master of Public Administration "
        "(MPA) på Øresundsakademiet."
    )
    [record] = navnenyt.extract(text, published=dt.date(2025, 6, 1))
    assert record.education is not None
    assert record.education.programme == "Master of Public Administration (MPA)"


def test_history_is_dropped_only_against_a_given_publication_date() -> None:
    text = "Mette Holm er pr. 1. marts 2023 ansat som indkøbschef i Lunde A/S."
    assert navnenyt.extract(text, published=dt.date(2026, 12, 1)) == []  # over two years before: history
    [record] = navnenyt.extract(text)  # no publication date (an archive run): the record stays
    assert (record.person, record.date) == ("Mette Holm", dt.date(2023, 3, 1))


def test_board_posts_in_a_later_paragraph_take_the_meeting_date_of_one_organisation() -> None:
    text = (
        "Ny formand for Andelsboligforeningen Lindely\n\nPå den ordinære generalforsamling i Andelsboligforeningen "
        "Lindely den 24. november 2026 blev Susanne Elkjær valgt som ny formand.\n\nBestyrelsen har efterfølgende "
        "konstitueret sig med Mads Overgaard som næstformand og Pia Ravnkilde som kasserer."
    )
    records = navnenyt.extract(text, published=dt.date(2026, 12, 1))
    assert [(r.person, r.role, r.date) for r in records] == [
        ("Susanne Elkjær", "formand", dt.date(2026, 11, 24)),
        ("Mads Overgaard", "næstformand", dt.date(2026, 11, 24)),
        ("Pia Ravnkilde", "kasserer", dt.date(2026, 11, 24)),
    ]


DATED_FROM_ELSEWHERE = [
    (  # a date for every row told in the line above a table
        "Vi har i november fået fire nye medarbejdere. Alle fire begynder mandag den 4. januar.\n\n"
        "Navn | Ny stilling | Kommer fra\nIda Holm | Controller | Revisor, Nordvest Revision\n"
        "Bo Lund | Lagerchef | Lagerformand, Dansk Fragt",
        [("Ida Holm", dt.date(2027, 1, 4)), ("Bo Lund", dt.date(2027, 1, 4))],
    ),
    (  # "med virkning fra samme dato" takes the date before it; a "Samtidig" that opens the sentence alone does not
        "Katrine Holm er ansat som administrerende direktør i Fjordlys Emballage A/S fra 1. februar 2027.\n\n"
        "Samtidig er økonomichef Lene Bach forfremmet til vicedirektør med virkning fra samme dato.\n\n"
        "Samtidig er Bo Hansen ansat som controller.",
        [("Katrine Holm", dt.date(2027, 2, 1)), ("Lene Bach", dt.date(2027, 2, 1)), ("Bo Hansen", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED_FROM_ELSEWHERE)
def test_a_date_told_in_another_line(text: str, expected: list[tuple[str, dt.date | None]]) -> None:
    records = navnenyt.extract(text, published=dt.date(2026, 12, 1))
    assert [(r.person, r.date) for r in records] == expected


def test_a_title_before_the_name_stays_the_role_and_the_words_after_it_are_a_place() -> None:
    text = (
        "MÆRKEDAGE\n\n25 års jubilæum\nMandag 9. marts: Hjemmehjælper Dorthe Kvist, Vendelbo Kommune.\n\n70 år\n"
        "Tirsdag 10. marts: Tidligere sognerådsformand Holger Brask, Ravnsø Mark."
    )
    records = navnenyt.extract(text, published=dt.date(2026, 3, 5))
    assert [(r.person, r.role, r.organisation) for r in records] == [
        ("Dorthe Kvist", "Hjemmehjælper", "Vendelbo Kommune"),
        ("Holger Brask", "sognerådsformand", None),
    ]


def test_a_mærkedage_column_of_age_headings_alone_passes_the_cheap_first_scan() -> None:
    text = (
        "Mærkedage\n\n80 år\nTorsdag 10. december: Inger Marie Dalsgaard, Ringkøbing.\nFredag 11. december: Anders "
        "Bak, sygeplejerske, Hvide Sande.\n\n60 år\nTorsdag 10. december: Inger Dalsgaard, Hvide Sande."
    )
    assert could_hold_people_news(text)
    records = navnenyt.extract(text, published=dt.date(2026, 12, 1))
    assert [(r.person, r.role, r.organisation, r.date, r.age) for r in records] == [
        ("Inger Marie Dalsgaard", None, None, dt.date(2026, 12, 10), 80),
        ("Anders Bak", "sygeplejerske", None, dt.date(2026, 12, 11), 80),
        ("Inger Dalsgaard", None, None, dt.date(2026, 12, 10), 60),  # "Hvide Sande": a town, no role
    ]
    assert not could_hold_people_news("Vejret\n\n20 år\nsiden var der sidst så meget sne.")
