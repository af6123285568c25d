"""Shapes fixed in round seventeen (blind gold sets 101, 109 and 111), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_SEVENTEEN: list[tuple[str, list[Move]]] = [
    (  # past background in a relative clause: neither dates the news in the past nor gives its role
        (
            "Lektor Nadia Qvist Rahbek, der i 2009 forsvarede sin ph.d.-afhandling med Ebbesen som vejleder, "
            "er pr. 1. marts udnævnt til professor i marin geologi."
        ),
        [("promotion", "Nadia Qvist Rahbek", "professor i marin geologi", None, "2026-03-01", "Lektor", None)],
    ),
    (  # "en del af gruppen" is no post
        (
            "Adjunkt Mikkel Sand Iversen, der har været en del af gruppen siden 2021, er ansat som lektor "
            "ved Vestlund Universitet fra 1. marts."
        ),
        [("promotion", "Mikkel Sand Iversen", "lektor", "Vestlund Universitet", "2026-03-01", "Adjunkt", None)],
    ),
    (  # an organisation after a descriptor of four words; a one-word genitive owner with an adjective before the title
        (
            "Midtpostens ansvarshavende chefredaktør, Peter Kragh Laursen, forlader avisen til sommer. Fra "
            "1. august bliver han direktør og chefredaktør for det nystartede regionale netmedie Nordlys "
            "Nyt. Han kom til Midtposten i 2017."
        ),
        [
            (
                "new_job",
                "Peter Kragh Laursen",
                "direktør og chefredaktør",
                "Nordlys Nyt",
                "2026-08-01",
                "ansvarshavende chefredaktør",
                "Midtposten",
            )
        ],
    ),
    (  # a genitive common noun at the start owns the title without being an organisation
        "Bestyrelsens formand, Peter Kragh Laursen, går på pension.",
        [("retirement", "Peter Kragh Laursen", "formand", None, None, None, None)],
    ),
    (  # ... nor a possessive pronoun
        "Vores varmemester, Leif Bonde, går på pension 1. november.",
        [("retirement", "Leif Bonde", "varmemester", None, "2026-11-01", None, None)],
    ),
    (  # "Adm. direktør i O, X," : the title with its abbreviation before the name
        (
            "Adm. direktør i Mølholm Emballage A/S, Pia Fenger, fylder 60 år onsdag den 11. marts. Pia "
            "Fenger er desuden formand for brancheforeningen Dansk Emballageteknik."
        ),
        [("birthday", "Pia Fenger", "Adm. direktør", "Mølholm Emballage A/S", "2026-03-11", None, None)],
    ),
    (  # ... kept when the person leaves for no named employer
        (
            "Adm. direktør i Kornmoen Maskinfabrik A/S, Steen Aalund Petersen, fratræder med udgangen af "
            "april for at blive selvstændig bestyrelsesrådgiver."
        ),
        [
            (
                "departure",
                "Steen Aalund Petersen",
                "Adm. direktør",
                "Kornmoen Maskinfabrik A/S",
                "2026-04-30",
                None,
                None,
            )
        ],
    ),
    (  # the full name repeated as the subject of "er i dag R": the previous post, inside the firm
        (
            "Bestyrelsen i Kvikmarked A/S har udpeget Signe Hauge Brodersen som ny administrerende direktør "
            "fra 1. april 2026. Signe Hauge Brodersen er i dag kommerciel direktør i koncernen og har været "
            "en del af direktionen siden 2021."
        ),
        [
            (
                "promotion",
                "Signe Hauge Brodersen",
                "administrerende direktør",
                "Kvikmarked A/S",
                "2026-04-01",
                "kommerciel direktør",
                None,
            )
        ],
    ),
    (  # a post held now told in a later sentence of its own: hired from there, not a move inside it
        (
            "Bestyrelsen har udpeget Kasper Nørholm Lind som ny kunstnerisk leder fra 1. august 2026. Han er "
            "i dag chefdirigent for Halmstrup Kammerorkester."
        ),
        [
            (
                "new_job",
                "Kasper Nørholm Lind",
                "kunstnerisk leder",
                None,
                "2026-08-01",
                "chefdirigent",
                "Halmstrup Kammerorkester",
            )
        ],
    ),
    (  # "har været en del af huset" places the person inside: a promotion
        (
            "Camilla Roed bliver fra 1. januar 2026 ny Chief Operating Officer i Hvidsten Logistik A/S. "
            "Camilla har været en del af huset siden 2014 og har de seneste fire år stået i spidsen for "
            "vores lagerdrift som Head of Warehouse Operations."
        ),
        [
            (
                "promotion",
                "Camilla Roed",
                "Chief Operating Officer",
                "Hvidsten Logistik A/S",
                "2026-01-01",
                "Head of Warehouse Operations",
                None,
            )
        ],
    ),
    (  # a later paragraph about the same hire does not repeat it as a promotion
        (
            "Holmsted Kommune har ansat Yasmin Kadir Friis som kommunens første Chief Digital Officer. Hun "
            "begynder 1. august.\n\nSom Chief Digital Officer får Yasmin Kadir Friis ansvar for kommunens "
            "it-drift og bliver en del af direktionen."
        ),
        [("new_job", "Yasmin Kadir Friis", "Chief Digital Officer", "Holmsted Kommune", "2026-08-01", None, None)],
    ),
    (  # "ifølge bestyrelsesformand X" names a teller, no board post
        "Bo Ravnkilde har ifølge bestyrelsesformand Claus Hvam sat et stærkt aftryk på kæden.",
        [],
    ),
    (  # "takkede af" with a name of three words, or before "som"
        "Efter ni år som formand takkede Poul Erik Staun af.",
        [("departure", "Poul Erik Staun", "formand", None, None, None, None)],
    ),
    (  # "takkede af" with a name of three words, or before "som"
        "Poul Erik Staun takkede af som formand for Vestre Fjord IF efter ni år.",
        [("departure", "Poul Erik Staun", "formand", "Vestre Fjord IF", None, None, None)],
    ),
    (  # a board that got new members / new forces: a board post each (also "Fondens bestyrelse")
        "Bestyrelsen i Vestre Fjord IF fik i øvrigt to nye kræfter: Rasmus Holt og Anja Steffensen.",
        [
            ("board_appointment", "Rasmus Holt", None, "Vestre Fjord IF", None, None, None),
            ("board_appointment", "Anja Steffensen", None, "Vestre Fjord IF", None, None, None),
        ],
    ),
    (  # a board that got new members / new forces: a board post each (also "Fondens bestyrelse")
        (
            "Fondens bestyrelse har samtidig fået to nye medlemmer: Jette Bonde og Michael Thygesen. De "
            "indtræder i bestyrelsen fra 1. januar 2026."
        ),
        [
            ("board_appointment", "Jette Bonde", None, None, "2026-01-01", None, None),
            ("board_appointment", "Michael Thygesen", None, None, "2026-01-01", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_SEVENTEEN, ids=[t[:40] for t, _ in ROUND_SEVENTEEN])
def test_round_seventeen(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected
