"""Shapes fixed in round twenty (the blind wave 132-135 and the older gold sets), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01). The texts are new: none is copied from a
gold set.
"""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_TWENTY: list[tuple[str, list[Move]]] = [
    (  # a university's unit, a comma, then the university: the employer
        (
            "Lektor Karsten Ebbe er fra 1. marts udnævnt til professor i folkesundhed ved Institut for Folkesundhed, "
            "Sydhavn Universitet."
        ),
        [
            (
                "promotion",
                "Karsten Ebbe",
                "professor i folkesundhed",
                "Sydhavn Universitet",
                "2026-03-01",
                "Lektor",
                None,
            )
        ],
    ),
    (  # a hospital department, a comma, then a hospital named by its ending ("-hospitalet"), also as the previous one
        (
            "Maja Lerche tiltræder 1. april som ledende overlæge på Sygehus Vestermark. Hun kommer fra en stilling som "
            "overlæge på Kirurgisk Afdeling, Regionshospitalet Nordlyng."
        ),
        [
            (
                "new_job",
                "Maja Lerche",
                "ledende overlæge",
                "Sygehus Vestermark",
                "2026-04-01",
                "overlæge",
                "Regionshospitalet Nordlyng",
            )
        ],
    ),
    (  # the list intro names the organisation of the post every item gets
        (
            "Vi kan med glæde fortælle, at følgende medarbejdere pr. 1. januar er udnævnt til partner i Bakke & Lund "
            "Advokatpartnerselskab:\n\n– Mia Skaarup, Erhvervsret, Odense\n– Jonas Fenger, Skat, Vejle"
        ),
        [
            ("promotion", "Mia Skaarup", "partner", "Bakke & Lund Advokatpartnerselskab", "2027-01-01", None, None),
            ("promotion", "Jonas Fenger", "partner", "Bakke & Lund Advokatpartnerselskab", "2027-01-01", None, None),
        ],
    ),
    (  # "skifter fra" tells the post left; "skifter fra 1/3 til O" is a date, and "kommer fra" still reads
        (
            "Birgit Toft tiltræder den 1. marts som salgschef i Holmsland Biler A/S. Hun skifter fra en stilling som "
            "bilsælger hos Ringkøbing Auto ApS.\n\nThomas Ravn skifter fra 1/3 til Lunde A/S, hvor han bliver CFO. "
            "Han kommer fra en stilling som controller hos Fjordsoft A/S."
        ),
        [
            (
                "new_job",
                "Birgit Toft",
                "salgschef",
                "Holmsland Biler A/S",
                "2026-03-01",
                "bilsælger",
                "Ringkøbing Auto ApS",
            ),
            ("new_job", "Thomas Ravn", "CFO", "Lunde A/S", "2026-03-01", "controller", "Fjordsoft A/S"),
        ],
    ),
    (  # a title ends before a verb ("trådte") and before "uden"; the new chair is a board post of the same association
        (
            "Efter ti år som formand trådte Svend Aage Lillelund ud af bestyrelsen for Grundejerforeningen Bakkely. "
            "Karin Bro blev valgt som ny formand uden modkandidat."
        ),
        [
            ("departure", "Svend Aage Lillelund", "formand", "Grundejerforeningen Bakkely", None, None, None),
            ("board_appointment", "Karin Bro", "formand", "Grundejerforeningen Bakkely", None, None, None),
        ],
    ),
    (  # any verb between a title and the name after it ends the title (from the second new-user check)
        "Efter 11 år som formand ønskede Bent Thygesen ikke genvalg i Skovlund Roklub.",
        [("departure", "Bent Thygesen", "formand", "Skovlund Roklub", None, None, None)],
    ),
    (  # a relative clause nested in the new chair's relative clause is the one replaced's, not the chair's
        (
            "Ny formand for Vejby Skakklub blev Per Kolind, der afløser Grethe Lund, som efter ni år som formand ikke "
            "genopstillede."
        ),
        [
            ("board_appointment", "Per Kolind", "formand", "Vejby Skakklub", None, None, None),
            ("departure", "Grethe Lund", "formand", "Vejby Skakklub", None, None, None),
        ],
    ),
    (  # a successor whose own clause names no title takes the post of the one replaced (third new-user check)
        (
            "Skoleleder Henning Damsgaard, Egebjerg Skole, går på pension 30. april. Han afløses af viceskoleleder "
            "Trine Holm Vestergaard, som tiltræder 1. maj."
        ),
        [
            ("retirement", "Henning Damsgaard", "Skoleleder", "Egebjerg Skole", "2026-04-30", None, None),
            (
                "promotion",
                "Trine Holm Vestergaard",
                "Skoleleder",
                "Egebjerg Skole",
                "2026-05-01",
                "viceskoleleder",
                None,
            ),
        ],
    ),
    (  # a person's name right after a one-word organisation ("-skolen") is no part of it
        "Tidligere skoleinspektør på Nørrevangskolen Arne Møller Bech er død den 3. januar, 88 år gammel.",
        [("obituary", "Arne Møller Bech", "skoleinspektør", "Nørrevangskolen", "2026-01-03", None, None)],
    ),
    (  # the years at a firm told in the sentence before the move are the post left
        (
            "Efter otte gode år hos Skovhus Byg A/S er det tid til at sige farvel. Johan Riis starter den 1. marts som "
            "projektchef hos Vesterlund Entreprise A/S."
        ),
        [
            (
                "new_job",
                "Johan Riis",
                "projektchef",
                "Vesterlund Entreprise A/S",
                "2026-03-01",
                None,
                "Skovhus Byg A/S",
            )
        ],
    ),
    (  # a pronoun's clause is not about the person named in the next clause
        (
            "Formand Ebbe Holt aflagde sin sidste beretning. Han ønskede ikke genvalg efter otte år på posten, og i "
            "stedet blev Karen Lykke Dam valgt som formand."
        ),
        [("board_appointment", "Karen Lykke Dam", "formand", None, None, None, None)],
    ),
    (  # the years at a firm told in the sentence after the move
        (
            "Johan Riis starter den 1. marts som projektchef hos Vesterlund Entreprise A/S. Efter otte gode år som "
            "byggeleder i Skovhus Byg A/S var det tid til noget nyt."
        ),
        [
            (
                "new_job",
                "Johan Riis",
                "projektchef",
                "Vesterlund Entreprise A/S",
                "2026-03-01",
                "byggeleder",
                "Skovhus Byg A/S",
            )
        ],
    ),
    (  # the years of one who retires are no anniversary without "jubilæum"
        (
            "Ole Krarup, der går på pension med udgangen af marts, har været i virksomheden i 29 år, heraf de seneste "
            "ti som værkfører."
        ),
        [("retirement", "Ole Krarup", "værkfører", None, "2026-03-31", None, None)],
    ),
    (  # the same hire told again from the post held now is one record, with the start date told with it
        (
            "Jens Kold bliver ny butikschef for Brugsen i Tarm. Han afløser Bent Vang, der går på pension den 28. "
            "februar.\n\nJens Kold, der i dag er souschef i Føtex Skjern, tiltræder som butikschef den 1. marts."
        ),
        [
            ("new_job", "Jens Kold", "butikschef", "Brugsen i Tarm", "2026-03-01", "souschef", "Føtex Skjern"),
            ("retirement", "Bent Vang", None, "Brugsen i Tarm", "2026-02-28", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_TWENTY, ids=[t[:40] for t, _ in ROUND_TWENTY])
def test_round_twenty(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


@pytest.mark.parametrize("separator", ["|", "–", ":"])
def test_a_label_before_a_bar_or_a_dash_opens_its_entry(separator: str) -> None:
    text = (
        f"Jubilæum {separator} Den 1. marts kan Ulla Vinkel fejre 25 års jubilæum i Brødrene Haahr A/S, hvor hun i dag "
        f"er lagerchef.\n\nFærdiggjort uddannelse {separator} Ib Lauge, controller i Vejby Kommune, har afsluttet "
        "Diplomuddannelsen i ledelse ved Professionshøjskolen Sydvest."
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.kind.value, r.label, r.person) for r in records] == [
        ("anniversary", "Jubilæum", "Ulla Vinkel"),
        ("completed_education", "Færdiggjort uddannelse", "Ib Lauge"),
    ]
    assert records[1].education is not None
    assert records[1].education.programme == "Diplomuddannelsen i ledelse"


def test_a_list_intro_gives_every_graduate_the_line_of_the_programme() -> None:
    text = (
        "Tre af vores medarbejdere har afsluttet HD på linjen i Regnskab ved Handelshøjskolen i Fjordby. Stort "
        "tillykke til:\n\n• Lone Mikkelsen, kasserer, Vejle\n• Per Nørby, rådgiver, Kolding"
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.person, r.role) for r in records] == [("Lone Mikkelsen", "kasserer"), ("Per Nørby", "rådgiver")]
    assert [(r.education.programme, r.education.specialisation) for r in records if r.education] == [
        ("HD", "Regnskab"),
        ("HD", "Regnskab"),
    ]


def test_a_board_list_intro_leaves_out_the_members_day_jobs() -> None:
    text = (
        "Ved generalforsamlingen i Vandværket Søby den 12. marts 2026 blev Hans Olsen valgt som formand.\n\n"
        "Som nye medlemmer af bestyrelsen valgtes:\n- Rikke Dam, lærer, Søby Skole\n- Bo Krogh, landmand"
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.kind.value, r.person, r.role, r.organisation, str(r.date)) for r in records] == [
        ("board_appointment", "Hans Olsen", "formand", "Vandværket Søby", "2026-03-12"),
        ("board_appointment", "Rikke Dam", None, "Vandværket Søby", "2026-03-12"),
        ("board_appointment", "Bo Krogh", None, "Vandværket Søby", "2026-03-12"),
    ]


@pytest.mark.parametrize(
    ("text", "programme", "specialisation", "institution"),
    [
        (  # an exam named before its programme
            "Emil Haahr har bestået den sidste eksamen på HD i Finansiering ved Handelshøjskolen i Vejby.",
            "HD i Finansiering",
            None,
            "Handelshøjskolen i Vejby",
        ),
        (  # "fra linjen i X" ends the programme and names its line
            "Sara Kold er blevet færdig som cand.merc. fra linjen i innovation ved Vejby Universitet.",
            "cand.merc",
            "innovation",
            "Vejby Universitet",
        ),
    ],
)
def test_programme_shapes(text: str, programme: str, specialisation: str | None, institution: str) -> None:
    (record,) = navnenyt.extract(text, published=PUBLISHED)
    assert record.education is not None
    assert (record.education.programme, record.education.specialisation, record.education.institution) == (
        programme,
        specialisation,
        institution,
    )


def test_the_defence_as_a_noun_is_no_degree() -> None:
    text = "Sygeplejerske Ane Lind forsvarer fredag sin ph.d.-afhandling. Forsvaret foregår i Auditorium 3, Bygning B."
    assert navnenyt.extract(text, published=PUBLISHED) == []


def test_a_card_prints_its_post_without_a_key_under_the_name() -> None:
    text = (
        "KARRIERE\n\nNYT JOB\nMarie Holst\nKlubchef, Vejby Golfklub\nKommer fra: Økonomiansvarlig, Søby Tennisklub\n"
        "Tiltræder: 1. marts\n\nFORFREMMELSE\nKarl Emil Dahl\nAfdelingsleder, Vejby Svømmehal\n"
        "Kommer fra: Livredder, samme sted\nTiltrådte: 15. januar\n\nKontakt Vejby Sport\nHavnegade 22, Vejby\n"
        "Åbningstider: man-fre 9-15"
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [
        (r.kind.value, r.label, r.person, r.role, r.organisation, str(r.date), r.previous_role, r.previous_organisation)
        for r in records
    ] == [
        (
            "new_job",
            "Nyt job",
            "Marie Holst",
            "Klubchef",
            "Vejby Golfklub",
            "2026-03-01",
            "Økonomiansvarlig",
            "Søby Tennisklub",
        ),
        (
            "promotion",
            "Forfremmelse",
            "Karl Emil Dahl",
            "Afdelingsleder",
            "Vejby Svømmehal",
            "2026-01-15",
            "Livredder",
            None,
        ),
    ]


def test_graduate_items_with_a_town_a_dash_and_a_keyed_training_firm() -> None:
    text = (
        "Følgende har bestået svendeprøven ved Sydvest Erhvervsskole:\n\n"
        "• Oliver Bak, Hvide Sande – tømrer. Lærested: Fjordens Tømrer og Snedker I/S\n"
        "• Nanna Lind, Tarm – smed. Læreplads: Tarm Maskinfabrik A/S"
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.person, r.organisation) for r in records] == [
        ("Oliver Bak", "Fjordens Tømrer og Snedker I/S"),
        ("Nanna Lind", "Tarm Maskinfabrik A/S"),
    ]
    assert [(r.education.programme, r.education.institution) for r in records if r.education] == [
        ("tømrer", "Sydvest Erhvervsskole"),
        ("smed", "Sydvest Erhvervsskole"),
    ]


def test_a_graduate_item_naming_the_line_of_the_programme() -> None:
    text = (
        "Følgende har afsluttet uddannelsen som agrarøkonom ved Vejby Landbrugsskole:\n\n"
        "Anders Thomsen, Give – linjen i planteproduktion\nSigne Hjort, Vildbjerg – linjen i husdyrproduktion"
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.person, r.education.specialisation if r.education else None) for r in records] == [
        ("Anders Thomsen", "planteproduktion"),
        ("Signe Hjort", "husdyrproduktion"),
    ]


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        (  # "og kan nu ..." opens a new clause: the programme ends before it
            "Jonas Riis har bestået revisoreksamen og kan nu kalde sig statsautoriseret revisor.",
            "revisoreksamen",
        ),
        (  # "og er nu DEGREE": the degree is the programme, not the thesis
            "Sara Holm forsvarede den 28. november sin afhandling om kvælstof og er nu ph.d. i biovidenskab.",
            "ph.d. i biovidenskab",
        ),
    ],
)
def test_a_programme_ends_where_a_new_clause_begins(text: str, programme: str) -> None:
    (record,) = navnenyt.extract(text, published=PUBLISHED)
    assert record.education is not None
    assert record.education.programme == programme


def test_a_table_row_filled_from_inside_is_a_promotion() -> None:
    text = (
        "Navn | Stilling | Virksomhed | Kommer fra\n"
        "Signe Lauge | Salgsdirektør | Fyrtårn Pension A/S | Nordsø Forsikring A/S\n"
        "Kristian Borg | Chef for kapitalforvaltning | Fyrtårn Pension A/S | Intern"
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.kind.value, r.person, r.previous_organisation) for r in records] == [
        ("new_job", "Signe Lauge", "Nordsø Forsikring A/S"),
        ("promotion", "Kristian Borg", None),
    ]


def test_a_card_whose_previous_post_is_at_the_same_organisation_is_a_promotion() -> None:
    text = (
        "NYT JOB\nSigne Ravn Holst\nTeamleder, Fjordlys Energi A/S\nKommer fra: Projektleder, Fjordlys Energi A/S\n"
        "Tiltræder: 1. marts"
    )
    (record,) = navnenyt.extract(text, published=PUBLISHED)
    assert (
        record.kind.value,
        record.role,
        record.organisation,
        record.previous_role,
        record.previous_organisation,
    ) == (
        "promotion",
        "Teamleder",
        "Fjordlys Energi A/S",
        "Projektleder",
        None,
    )


def test_an_exclamation_above_bulleted_graduates_is_their_intro() -> None:
    text = (
        "Nye svende\nTo unge fra byen har netop bestået svendeprøven på Sydkystens Tekniske Skole. Avisen ønsker "
        "tillykke!\n\n• Oliver Mark, Taastrup – tømreruddannelsen – lærested: Kærgaard Byg ApS\n"
        "• Freja Lund, Hedehusene – frisøruddannelsen – lærested: Salon Lykke"
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.person, r.organisation) for r in records] == [
        ("Oliver Mark", "Kærgaard Byg ApS"),
        ("Freja Lund", "Salon Lykke"),
    ]
    assert [(r.education.programme, r.education.institution) for r in records if r.education] == [
        ("tømreruddannelsen", "Sydkystens Tekniske Skole"),
        ("frisøruddannelsen", "Sydkystens Tekniske Skole"),
    ]


def test_people_listed_after_a_colon_take_the_employer_of_the_staff_named_before_it() -> None:
    text = (
        "To medarbejdere i Lindholm & Kjær Revision P/S har bestået revisoreksamen og kan nu kalde sig "
        "statsautoriserede revisorer: Jonas Fogh og Katrine Bisgaard."
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.person, r.organisation, r.education.programme if r.education else None) for r in records] == [
        ("Jonas Fogh", "Lindholm & Kjær Revision P/S", "revisoreksamen"),
        ("Katrine Bisgaard", "Lindholm & Kjær Revision P/S", "revisoreksamen"),
    ]


def test_a_list_of_prizes_under_an_intro_gives_an_award_per_line() -> None:
    text = (
        "Vejby IF holdt generalforsamling torsdag aften.\n\nAftenens hædersbevisninger:\n"
        "Årets leder: Ungdomstræner Dorthe Kjems\nÅrets frivillige: Bjarne Nyholm, kioskansvarlig gennem 20 år\n"
        "Årets spiller: Mathias Fjord, 1. senior"
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.kind.value, r.person, r.role) for r in records] == [
        ("award", "Dorthe Kjems", "Ungdomstræner"),
        ("award", "Bjarne Nyholm", "kioskansvarlig"),
        ("award", "Mathias Fjord", None),
    ]
