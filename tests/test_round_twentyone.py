"""Shapes fixed in round twenty-one (the blind waves 144-155 and the older gold sets), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01). The texts are new: none is copied from a
gold set. An empty list is a text that tells no people-news (a commenter, a new hip, past prize winners).
"""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt
from navnenyt.lexicon import could_hold_people_news, genitive, genitive_stem
from navnenyt.normalise import normalise
from navnenyt.short_names import read_short_names
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_TWENTY_ONE: list[tuple[str, list[Move]]] = [
    (  # a person who got a new hip got no post: 'fik ny' needs a title
        "Grete Holm fik ny hofte i oktober efter kort ventetid.",
        [],
    ),
    (  # a commenter the NER finds is no subject
        "Cheftræner Jens Bonde roser især forsvaret efter sejren.",
        [],
    ),
    (  # 'Mange tidligere elever' are no previous post; 'var i N år R på O' gives the dead's post
        (
            "Aksel Thyregod, Brædstrup, er død, 88 år.\n\nAksel Thyregod var i 29 år skoleinspektør på "
            "Søndermarksskolen. Mange tidligere elever husker ham."
        ),
        [
            ("obituary", "Aksel Thyregod", "skoleinspektør", "Søndermarksskolen", None, None, None),
        ],
    ),
    (  # past winners ('er tidligere gået til') are no news
        "Prisen er tidligere gået til blandt andre smed Ole Kvist og bager Anne Lund.",
        [],
    ),
    (  # the reader's own post ('• Du') and 'min sidste arbejdsdag'
        (
            "Karen Bisgaard • Du\nSalgschef | Rejser\n2 d • 🌐\n\nDen 30. april er min sidste arbejdsdag som "
            "salgschef hos Rejsehuset Nord ApS.\n\n👏 80 · 12 kommentarer"
        ),
        [
            ("departure", "Karen Bisgaard", "salgschef", "Rejsehuset Nord ApS", "2026-04-30", None, None),
        ],
    ),
    (  # a name in the genitive before 'sidste'
        "Fredag er det Lene Vangs sidste arbejdsdag som bogholder i Vesterby Tømmerhandel A/S.",
        [
            ("departure", "Lene Vang", "bogholder", "Vesterby Tømmerhandel A/S", None, None, None),
        ],
    ),
    (  # 'Vi er stolte af X, R på O, der har bestået ...'
        (
            "Vi er stolte af Mathias Krog, tekniker på Vesthavn Værft, der har bestået Maskinmesteruddannelsen "
            "ved Vestjysk Maskinmesterskole."
        ),
        [
            ("completed_education", "Mathias Krog", "tekniker", "Vesthavn Værft", None, None, None),
        ],
    ),
    (  # a list item's '(tidligere R hos O)' is the post left
        (
            "Nye medarbejdere\n\n• Sara Lind – Art Director (tidligere Designer hos Kreativ Nord ApS)\n• Emil "
            "Bak – Copywriter"
        ),
        [
            ("new_job", "Sara Lind", "Art Director", None, None, "Designer", "Kreativ Nord ApS"),
            ("new_job", "Emil Bak", "Copywriter", None, None, None, None),
        ],
    ),
    (  # a counted intro of new colleagues ('tre nye ansigter ... :') opens a list
        (
            "Hos Tangbjerg Reklame A/S er vi glade for at kunne præsentere tre nye ansigter i vores team:\n\n• "
            "Sara Lind – Art Director\n• Emil Bak – Copywriter"
        ),
        [
            ("new_job", "Sara Lind", "Art Director", "Tangbjerg Reklame A/S", None, None, None),
            ("new_job", "Emil Bak", "Copywriter", "Tangbjerg Reklame A/S", None, None, None),
        ],
    ),
    (  # 'er blevet færdiguddannet som'
        "Jonas Rask, Hover, er blevet færdiguddannet som maskiningeniør fra Syddansk Ingeniørhøjskole.",
        [
            ("completed_education", "Jonas Rask", None, None, None, None, None),
        ],
    ),
    (  # ', mens C blev valgt som næstformand' is C's title alone
        "Ida Borg og Kim Lau er nye i bestyrelsen for Tarp Golfklub, mens Per Juhl blev valgt som næstformand.",
        [
            ("board_appointment", "Ida Borg", None, "Tarp Golfklub", None, None, None),
            ("board_appointment", "Kim Lau", None, "Tarp Golfklub", None, None, None),
            ("board_appointment", "Per Juhl", "næstformand", "Tarp Golfklub", None, None, None),
        ],
    ),
    (  # 'overtager jobbet efter Y, der efter N år som R er gået på pension'
        (
            "Ole Munk er tiltrådt som kirketjener ved Vester Kirke. Han overtager jobbet efter Inger Lau, der "
            "efter 18 år som kirketjener er gået på pension."
        ),
        [
            ("new_job", "Ole Munk", "kirketjener", "Vester Kirke", None, None, None),
            ("retirement", "Inger Lau", "kirketjener", "Vester Kirke", None, None, None),
        ],
    ),
    (  # 'har sagt sin stilling som R i O op'
        "Tove Riis har sagt sin stilling som butikschef i Boghandlen Nørregade op og stopper den 31. marts.",
        [
            ("departure", "Tove Riis", "butikschef", "Boghandlen Nørregade", "2026-03-31", None, None),
        ],
    ),
    (  # a field of two words ('for broer og tunneler')
        "Line Dahl er ansat som afdelingsleder for broer og tunneler i Vejdirektoratet Syd.",
        [
            ("new_job", "Line Dahl", "afdelingsleder for broer og tunneler", "Vejdirektoratet Syd", None, None, None),
        ],
    ),
    (  # one replaced who stays on ('som fortsætter som R') has no record
        (
            "Anna Holt er valgt som ny tillidsrepræsentant hos Fjordkøl A/S. Hun overtager hvervet efter Kurt "
            "Vind, som fortsætter som arbejdsmiljørepræsentant."
        ),
        [
            ("new_job", "Anna Holt", "tillidsrepræsentant", "Fjordkøl A/S", None, None, None),
        ],
    ),
    (  # a board member's day job in an apposition is not the board post
        (
            "På generalforsamlingen blev Eva Kamp valgt som formand for bestyrelsen i Kystbyg A/S, og Ib Hald, "
            "direktør i Nordtag ApS, indtrådte i bestyrelsen."
        ),
        [
            ("board_appointment", "Eva Kamp", "formand", "Kystbyg A/S", None, None, None),
            ("board_appointment", "Ib Hald", None, "Kystbyg A/S", None, None, None),
        ],
    ),
    (  # 'og hun er nu uddannet HD'
        (
            "Den 20. januar bestod Maja Vinter den afsluttende eksamen, og hun er nu uddannet HD på linjen i "
            "Økonomistyring fra Aalborg Handelsskole."
        ),
        [
            ("completed_education", "Maja Vinter", None, None, "2026-01-20", None, None),
        ],
    ),
    (  # 'hotellets mangeårige direktør' is 'direktør'
        (
            "Jens Borg bliver pr. 1. marts ny direktør for Hotel Klitly ApS. Han afløser hotellets mangeårige "
            "direktør, Bodil Sand, der går på pension ved udgangen af februar."
        ),
        [
            ("new_job", "Jens Borg", "direktør", "Hotel Klitly ApS", "2026-03-01", None, None),
            ("retirement", "Bodil Sand", "direktør", "Hotel Klitly ApS", "2026-02-28", None, None),
        ],
    ),
    (  # a town after an institution's name of two words goes
        "Ida Holm, Hammel, er blevet færdig som sygeplejerske fra Professionshøjskolen Vestjylland i Herning.",
        [
            ("completed_education", "Ida Holm", None, None, None, None, None),
        ],
    ),
    (  # 'i rederiet O' names O
        "Knud Bjerg går 31. marts på pension efter 33 år som skibsfører i rederiet Fanø Linjen A/S.",
        [
            ("retirement", "Knud Bjerg", "skibsfører", "Fanø Linjen A/S", "2026-03-31", None, None),
        ],
    ),
    (  # 'hos os i O' names O
        "Velkommen til Rikke Lauge, der fra 1. marts er ansat som projektleder hos os i Turisme Vest.",
        [
            ("new_job", "Rikke Lauge", "projektleder", "Turisme Vest", "2026-03-01", None, None),
        ],
    ),
    (  # a card whose employer has its own line keeps 'Senior Director, Clinical Operations' whole
        (
            "Forfremmelse\nNavn: Asger Holm\nNy stilling: Senior Director, Clinical Operations\nVirksomhed: "
            "Lindholm Pharma A/S\nTidligere: Director, Clinical Operations (samme sted)"
        ),
        [
            (
                "promotion",
                "Asger Holm",
                "Senior Director, Clinical Operations",
                "Lindholm Pharma A/S",
                None,
                "Director, Clinical Operations",
                None,
            ),
        ],
    ),
    (  # 'Ifølge direktør X' is a source
        "Ifølge direktør Hanne Lyng bliver det svært at finde nye smede til virksomheden.",
        [],
    ),
    (  # 'har sejlet som R i O' is the post before
        (
            "Søren Dam bliver ny havnefoged i Hvidby Havn. Søren Dam har de seneste otte år sejlet som "
            "styrmand i Dansk Fragt A/S."
        ),
        [
            ("new_job", "Søren Dam", "havnefoged", "Hvidby Havn", None, "styrmand", "Dansk Fragt A/S"),
        ],
    ),
    (  # 'eksamen som R i sommerens eksamensrunde'
        (
            "Disse medarbejdere har bestået eksamen som statsautoriseret revisor i sommerens eksamensrunde:\n• "
            "Anne Koch, Revisionshuset Vest P/S\n• Bo Lind, Revi-Syd ApS"
        ),
        [
            ("completed_education", "Anne Koch", None, "Revisionshuset Vest P/S", None, None, None),
            ("completed_education", "Bo Lind", None, "Revi-Syd ApS", None, None, None),
        ],
    ),
    (  # an English title before the replaced person's name
        "Per Holm afløser pr. 1. maj den nuværende Technical Manager, Jørgen Kvist, der går på pension 30. april.",
        [
            ("new_job", "Per Holm", "Technical Manager", None, "2026-05-01", None, None),  # the post he takes over
            ("retirement", "Jørgen Kvist", "Technical Manager", None, "2026-04-30", None, None),
        ],
    ),
    (  # a company form before the name ('AB Solsikken')
        "Lone Berg blev valgt som ny formand for AB Solsikken på generalforsamlingen den 3. marts.",
        [
            ("board_appointment", "Lone Berg", "formand", "AB Solsikken", "2026-03-03", None, None),
        ],
    ),
    (  # 'Beboerblad for O' names O
        (
            "Egehus Nyt · Beboerblad for Boligforeningen Egehus · Nr. 2 · Februar 2026\n\nTak for 25 gode "
            "år\nEjendomsmester Karl Dam går på pension 31. marts efter 25 år."
        ),
        [
            ("retirement", "Karl Dam", "Ejendomsmester", "Boligforeningen Egehus", "2026-03-31", None, None),
        ],
    ),
    (  # a person named again by the first name alone
        (
            "Mette Kragh Lund og Søren Vad er pr. 1. marts ansat som rådgivere i Vestbanken A/S.\n\nMette "
            "kommer fra Nordbanken A/S, hvor hun var privatrådgiver, mens Søren kommer fra en stilling som "
            "analytiker hos Sydbank."
        ),
        [
            (
                "new_job",
                "Mette Kragh Lund",
                "rådgiver",
                "Vestbanken A/S",
                "2026-03-01",
                "privatrådgiver",
                "Nordbanken A/S",
            ),
            ("new_job", "Søren Vad", "rådgiver", "Vestbanken A/S", "2026-03-01", "analytiker", "Sydbank"),
        ],
    ),
    (  # a departure and a later new job elsewhere are one move
        (
            "Efter ti sæsoner stopper Anders Kirk som cheftræner i Tarp Håndbold.\n\nAnders tiltræder 1. juli "
            "som sportschef i Lunde IF."
        ),
        [
            ("new_job", "Anders Kirk", "sportschef", "Lunde IF", "2026-07-01", "cheftræner", "Tarp Håndbold"),
        ],
    ),
    (  # 'X, der i dag er R1 i O1, tiltræder ...' tells the post left
        (
            "Tina Hald bliver ny direktør i Vesterby Boligforening.\nTina Hald, der i dag er vicedirektør i "
            "Boligselskabet Øst, tiltræder 1. maj."
        ),
        [
            (
                "new_job",
                "Tina Hald",
                "direktør",
                "Vesterby Boligforening",
                "2026-05-01",
                "vicedirektør",
                "Boligselskabet Øst",
            ),
        ],
    ),
    (  # 'X forventer, at ...' is a comment
        "Skoledirektør Bo Vinther forventer, at den nye skoleleder kan ansættes i 2027.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_TWENTY_ONE, ids=[t[:40] for t, _ in ROUND_TWENTY_ONE])
def test_round_twenty_one(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "programme", "specialisation", "institution"),
    [
        (ROUND_TWENTY_ONE[6][0], "Maskinmesteruddannelsen", None, "Vestjysk Maskinmesterskole"),
        (ROUND_TWENTY_ONE[9][0], "maskiningeniør", None, "Syddansk Ingeniørhøjskole"),
        (ROUND_TWENTY_ONE[16][0], "HD", "Økonomistyring", "Aalborg Handelsskole"),
        (ROUND_TWENTY_ONE[18][0], "sygeplejerske", None, "Professionshøjskolen Vestjylland"),
        (ROUND_TWENTY_ONE[24][0], "statsautoriseret revisor", None, None),
    ],
)
def test_programme_shapes(text: str, programme: str, specialisation: str | None, institution: str | None) -> None:
    records = navnenyt.extract(text, published=PUBLISHED)
    assert records and all(r.education is not None for r in records)
    assert {
        (r.education.programme, r.education.specialisation, r.education.institution) for r in records if r.education
    } == {(programme, specialisation, institution)}


def test_an_intro_ending_with_a_full_stop_announces_the_bullets_below_it() -> None:
    text = (
        "Følgende elever fra Tekniske Skole Vest har i juni bestået svendeprøven. Avisen ønsker tillykke.\n\n"
        "• Emil Vad, tømrer, Kærby Byg ApS, Ulstrup\n• Sara Munk, elektriker, Vestby El-Service A/S"
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [
        (r.kind.value, r.person, r.organisation, r.education.programme, r.education.institution)
        for r in records
        if r.education
    ] == [
        ("completed_education", "Emil Vad", "Kærby Byg ApS", "tømrer", "Tekniske Skole Vest"),
        ("completed_education", "Sara Munk", "Vestby El-Service A/S", "elektriker", "Tekniske Skole Vest"),
    ]


def test_a_name_run_stops_before_the_firm_it_leaves() -> None:
    text = "Efter 22 år forlader Ulrik Steen Ravnsborg Invest A/S, hvor han senest har været investeringsdirektør."
    assert moves(text, PUBLISHED) == [
        ("departure", "Ulrik Steen", "investeringsdirektør", "Ravnsborg Invest A/S", None, None, None)
    ]


@pytest.mark.parametrize(("bullet", "dash", "former"), [("•", "–", "tidl."), ("*", "-", "tidligere")])
def test_list_items_with_a_hyphen_and_an_abbreviated_former_post(bullet: str, dash: str, former: str) -> None:
    text = (
        "Nyt fra Kærsgaard Revision ApS\n\nVi er glade for at kunne præsentere to nye kolleger:\n\n"
        f"{bullet} Kasper Thomsen {dash} Senior manager ({former} Manager hos Holm & Partnere ApS)\n"
        f"{bullet} Sara Juul {dash} Revisorassistent"
    )
    assert moves(text, PUBLISHED) == [
        (
            "new_job",
            "Kasper Thomsen",
            "Senior manager",
            "Kærsgaard Revision ApS",
            None,
            "Manager",
            "Holm & Partnere ApS",
        ),
        ("new_job", "Sara Juul", "Revisorassistent", "Kærsgaard Revision ApS", None, None, None),
    ]


def test_a_last_working_day_joined_to_the_next_post_is_a_new_job() -> None:
    text = (
        "Den 30. april er Sanne Østergaard Bechs sidste arbejdsdag som projektleder hos Nordvest Byg A/S, og fra "
        "1. maj starter hun som byggechef hos Kjærgaard Entreprise ApS."
    )
    assert moves(text, PUBLISHED) == [
        (
            "new_job",
            "Sanne Østergaard Bech",
            "byggechef",
            "Kjærgaard Entreprise ApS",
            "2026-05-01",
            "projektleder",
            "Nordvest Byg A/S",
        )
    ]


def test_an_agenda_item_names_the_post_elected() -> None:
    text = (
        "Referat fra generalforsamlingen i Grundejerforeningen Solbakken\n\nGeneralforsamlingen blev afholdt den "
        "24. februar 2026.\n\n1. Valg af dirigent: Jens Ole Mikkelsen blev valgt.\n\n3. Valg af formand: "
        "Bestyrelsen foreslog Martin Kjeldsen, som blev valgt uden modkandidat."
    )
    assert moves(text, PUBLISHED) == [
        ("board_appointment", "Martin Kjeldsen", "formand", "Grundejerforeningen Solbakken", "2026-02-24", None, None)
    ]


def test_two_inverted_subjects_are_no_part_of_the_programme() -> None:
    text = "Fredag den 27. juni bestod Mikkel Dahl og Sofie Lund svendeprøven på Tech College Vestfjord."
    records = navnenyt.extract(text, published=dt.date(2025, 7, 1))
    assert [(r.person, r.date and r.date.isoformat(), r.education and r.education.institution) for r in records] == [
        ("Mikkel Dahl", "2025-06-27", "Tech College Vestfjord"),
        ("Sofie Lund", "2025-06-27", "Tech College Vestfjord"),
    ]
    assert all(r.education is not None and r.education.programme is None for r in records)  # (not "og Sofie Lund
    # svendeprøven": "svendeprøven" names no trade)


def test_a_later_sentence_about_the_person_gives_the_title() -> None:
    text = "Holmsland Andelskasse har ansat Mette Kragh Lund. Hun bliver kunderådgiver i afdelingen i Ringkøbing."
    assert moves(text, PUBLISHED) == [
        ("new_job", "Mette Kragh Lund", "kunderådgiver", "Holmsland Andelskasse", None, None, None)
    ]


@pytest.mark.parametrize(
    ("text", "published"), [(b"Mette Holm er ansat.", None), ("Mette Holm er ansat.", "2026-02-01")]
)
def test_the_library_refuses_undecoded_text_and_unparsed_dates(text: object, published: object) -> None:
    with pytest.raises(TypeError, match="must be"):
        navnenyt.extract(text, published=published)  # type: ignore[arg-type]


def test_genitive_forms_of_names() -> None:
    assert genitive("Thomas Ravnkilde") == "Thomas Ravnkildes"
    assert genitive("Mads Lars") == "Mads Lars'"
    assert genitive_stem("Bechs") == "Bech"
    assert genitive_stem("Lars'") == "Lars"
    assert genitive_stem("IF's", apostrophe=True) == "IF"
    assert genitive_stem("Sparekasses", apostrophe=True) is None


def test_a_first_name_is_read_as_the_one_full_name_it_opens() -> None:
    norm = normalise("Mette Kragh er ansat som R. Mette kommer fra O.")
    names = {"Mette"}, {"Kragh"}
    out = read_short_names(norm, names[0].__contains__, names[1].__contains__)
    assert out.text == "Mette Kragh er ansat som R. Mette Kragh kommer fra O."
    assert out.original == norm.original  # offsets still map to the text as written


def test_a_first_name_two_people_share_is_left_alone() -> None:
    norm = normalise("Mette Kragh og Mette Lund er ansat. Mette kommer fra O.")
    out = read_short_names(norm, {"Mette"}.__contains__, {"Kragh", "Lund"}.__contains__)
    assert out.text == norm.text


def test_a_counted_intro_of_new_colleagues_passes_the_cheap_first_scan() -> None:
    assert could_hold_people_news(ROUND_TWENTY_ONE[8][0])
    assert not could_hold_people_news(
        "Vi har fået tre nye ansigter i kantinen: kokken, opvaskeren og en kat.".replace(":", ".")
    )
