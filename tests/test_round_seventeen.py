"""Shapes fixed in round seventeen (gold sets 101, 109, 111 and the blind waves 112-115 and 116-119), each with its
exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt
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
    (  # a team list whose items go on after their note: "(ny), kommer fra ...", "(forfremmet), hidtil R1"
        (
            "Ansættelser og udnævnelser\n\nUddannelsesleder: Kristina Dam (ny), kommer fra en stilling som "
            "lektor ved Professionshøjskolen Nordhav\nUddannelsesleder: Ulrik Rye (forfremmet), hidtil lektor "
            "på Læreruddannelsen\nStudiechef: Malou Tang (konstitueret)\n\nAlle ændringer træder i kraft 1. "
            "marts."
        ),
        [
            (
                "new_job",
                "Kristina Dam",
                "Uddannelsesleder",
                None,
                "2026-03-01",
                "lektor",
                "Professionshøjskolen Nordhav",
            ),
            ("promotion", "Ulrik Rye", "Uddannelsesleder", None, "2026-03-01", "lektor", None),
            ("promotion", "Malou Tang", "Studiechef", None, "2026-03-01", None, None),
        ],
    ),
    (  # an age in brackets before more text is a graduate's line, not a team list's note
        (
            "Følgende har bestået svendeprøve fra Erhvervsskolen Vadehav:\n\nTømrer: Mads Kjær Nielsen (21), "
            "Bramming, uddannet hos Brdr. Fogh Byg ApS.\n\nElektriker: Sara Holmgaard (24), Esbjerg, uddannet "
            "hos Vestkyst El-Service A/S – bestået med ros."
        ),
        [
            ("completed_education", "Mads Kjær Nielsen", None, None, None, None, None),
            ("completed_education", "Sara Holmgaard", None, None, None, None, None),
        ],
    ),
    (  # "takker X af" with the name inside; a later sentence tells the retirement
        ("Efter 19 år som rektor for Lindholt Gymnasium takker Ebbe Kronborg af. Han har besluttet at gå på pension."),
        [("retirement", "Ebbe Kronborg", "rektor", "Lindholt Gymnasium", None, None, None)],
    ),
    (  # chosen from outside: the post held now is the previous one, not the new post's organisation
        (
            "Som ny rektor har bestyrelsen valgt Julie Abildgaard, som i dag er uddannelsesleder på "
            "Sønderlund Handelsskole. Hun begynder 1. august."
        ),
        [("new_job", "Julie Abildgaard", "rektor", None, "2026-08-01", "uddannelsesleder", "Sønderlund Handelsskole")],
    ),
    (  # a wedding's anniversary is not recorded
        (
            "Mandag den 16. juni er det 60 år siden, at Bodil Skaarup og Arne Skaarup sagde ja til hinanden "
            "i Vester Egesø Kirke."
        ),
        [],
    ),
    (  # a passive succession with a pronoun owner, on its own
        "Hendes stilling som redaktionschef overtages af seniorredaktør Julie Fabricius.",
        [("promotion", "Julie Fabricius", "redaktionschef", None, None, "seniorredaktør", None)],
    ),
    (  # a quoted paragraph, then news in the same entry
        (
            "»Musikerne spillede, som om de havde kendt hende i årevis,« fortæller orkestrets direktør, "
            "Morten Skaarup.\nHun afløser østrigske Gerhard Pilz, der efter ti sæsoner går på pension som "
            "chefdirigent."
        ),
        [("retirement", "Gerhard Pilz", "chefdirigent", None, None, None, None)],
    ),
    (  # a vacancy told with "får ... ny R", revealed in the next sentence with the post held up to now
        (
            "Akutmodtagelsen på Regionshospitalet Nordby får pr. 1. juni ny ledende overlæge. Det bliver "
            "Kasper Bøgh Winther, som siden 2021 har været overlæge i afdelingen."
        ),
        [
            (
                "promotion",
                "Kasper Bøgh Winther",
                "ledende overlæge",
                "Regionshospitalet Nordby",
                "2026-06-01",
                "overlæge",
                None,
            )
        ],
    ),
    (  # a vacancy told with "får ... ny R", revealed in the next sentence with the post held up to now
        (
            "Samtidig med generationsskiftet får virksomheden en ny værkfører. Det bliver Thomas Brandt, der "
            "i dag er mekaniker hos konkurrenten Holmå Maskinservice, og som starter den 5. marts."
        ),
        [("new_job", "Thomas Brandt", "værkfører", None, "2026-03-05", "mekaniker", "Holmå Maskinservice")],
    ),
    (  # a wire dateline is no organisation; the title told with the name beats the vacancy's word
        (
            "KØBENHAVN (Ritzau) – Pensionsselskabet Velfærdspension får ny topchef. Det bliver Jacob "
            "Munkholm, der tiltræder som adm. direktør 1. oktober."
        ),
        [("new_job", "Jacob Munkholm", "adm. direktør", "Pensionsselskabet Velfærdspension", "2026-10-01", None, None)],
    ),
    (  # a board member's own job in a relative clause is not the board's organisation
        ("Nyvalgt til bestyrelsen blev Kasper Nymand og Fatima Özdemir, der er partner i Krag & Lund Revision P/S."),
        [
            ("board_appointment", "Kasper Nymand", None, None, None, None, None),
            ("board_appointment", "Fatima Özdemir", None, None, None, None, None),
        ],
    ),
    (  # a table of new titles and the titles held so far, without an organisation column: moves inside
        (
            "Tre af vores medarbejdere får nye titler:\n\nNavn                      Afdeling                 "
            "Ny titel    Hidtil\nCamilla Frost Eskildsen   Revision, Ravnsholt      Partner     "
            "Director\nRasmus Holt Vind          Skat og moms, Tornvig    Partner     Senior manager"
        ),
        [
            ("promotion", "Camilla Frost Eskildsen", "Partner", None, None, "Director", None),
            ("promotion", "Rasmus Holt Vind", "Partner", None, None, "Senior manager", None),
        ],
    ),
    (  # an intro that counts the new partners gives each item without a title the post
        (
            "Krogh & Wiberg har udnævnt tre nye partnere med virkning fra 1. januar 2026:\n• Signe Holmgaard "
            "Friis (38) – Fast ejendom og entreprise. Signe har siden 2021 været director.\n• Mathias Brandt "
            "Lauesen (41) – M&A og selskabsret. Mathias har været senioradvokat siden 2019."
        ),
        [
            ("promotion", "Signe Holmgaard Friis", "partner", None, "2026-01-01", "director", None),
            ("promotion", "Mathias Brandt Lauesen", "partner", None, "2026-01-01", "senioradvokat", None),
        ],
    ),
    (  # ... but a counted plural never replaces an item's own title
        (
            "Udvalget har godkendt ansættelsen af to nye ledere:\n\n1) Brian Søgaard bliver skoleleder på "
            "Engtoftskolen. Han er i dag viceskoleleder på Lindevangsskolen.\n2) Ahmad Rashid, pædagogisk "
            "leder i Hedelund Dagtilbud, bliver afdelingsleder på Bakkegårdsskolen.\n\nBegge tiltræder 1. "
            "august."
        ),
        [
            ("new_job", "Brian Søgaard", "skoleleder", "Engtoftskolen", None, "viceskoleleder", "Lindevangsskolen"),
            (
                "new_job",
                "Ahmad Rashid",
                "afdelingsleder",
                "Bakkegårdsskolen",
                "2026-08-01",
                "pædagogisk leder",
                "Hedelund Dagtilbud",
            ),
        ],
    ),
    (  # "bliver TITLE X, UNIT, R": the role after the unit in commas
        (
            "Indtil en ny direktør er ansat, bliver chefsygeplejerske Anne-Mette Quist, Medicinsk Center, "
            "konstitueret sygeplejefaglig direktør fra 1. juni."
        ),
        [
            (
                "promotion",
                "Anne-Mette Quist",
                "konstitueret sygeplejefaglig direktør",
                "Medicinsk Center",
                "2026-06-01",
                "chefsygeplejerske",
                None,
            )
        ],
    ),
    (  # new members of a board announced by "Som nye medlemmer er udpeget:" and a list (round 25: "Ændringerne
        # har virkning fra 1. januar 2026." above the intro dates every item)
        (
            "Byrådet har udpeget medlemmer af bestyrelsen for Hadstrup Forsyning A/S. Ændringerne har "
            "virkning fra 1. januar 2026.\n\nSom nye medlemmer er udpeget:\n- Tove Aggersborg (S)\n- Kasper Fink "
            "(V)"
        ),
        [
            ("board_appointment", "Tove Aggersborg", None, "Hadstrup Forsyning A/S", "2026-01-01", None, None),
            ("board_appointment", "Kasper Fink", None, "Hadstrup Forsyning A/S", "2026-01-01", None, None),
        ],
    ),
    (  # "suppleret med" joins the board a genitive owner opens the sentence with
        (
            "Agri Vestegns bestyrelse er blevet suppleret med Hanne Bredal, der driver svineproduktion ved "
            "Tarmstrup. Hun blev valgt på repræsentantskabsmødet den 24. januar."
        ),
        [("board_appointment", "Hanne Bredal", None, "Agri Vestegn", "2026-01-24", None, None)],
    ),
    (  # a title held then ("daværende") names a figure of the story's past, no news
        (
            "I 1988 startede han som deltidsbrandmand under daværende brandinspektør Kaj Munk-Holm, og siden "
            "2011 har han været chef for hele beredskabet."
        ),
        [],
    ),
    (  # "modtog X ikke genvalg" with the name between the verb and "ikke genvalg"
        (
            "På generalforsamlingen i foreningen Revisorer i Vestdanmark den 16. januar modtog næstformand "
            "Carsten Ib Holst ikke genvalg. I stedet blev Helle Marstrand valgt ind i bestyrelsen."
        ),
        [
            ("departure", "Carsten Ib Holst", "næstformand", "Revisorer i Vestdanmark", "2026-01-16", None, None),
            ("board_appointment", "Helle Marstrand", None, "Revisorer i Vestdanmark", "2026-01-16", None, None),
        ],
    ),
    (  # ... but a candidate who "modtager ikke genvalg" on an agenda is no news yet
        ("På valg er formand Erik Stampe (modtager genvalg) og bestyrelsesmedlem Tove Rix (modtager ikke genvalg)."),
        [],
    ),
    (  # "giver X stafetten videre": steps down
        "Efter 12 år som formand for Egebjerg Lokalråd giver Torben Nøhr stafetten videre.",
        [("departure", "Torben Nøhr", "formand", "Egebjerg Lokalråd", None, None, None)],
    ),
    (  # "blev [DAY] færdiguddannet som R fra SCHOOL"
        ("Frederik Holm Aagaard blev i fredags færdiguddannet som agrarøkonom fra Vestjysk Landbrugsskole."),
        [("completed_education", "Frederik Holm Aagaard", None, None, None, None, None)],
    ),
    (  # a general meeting's own functions are no posts
        "Advokat Pernille Gad blev valgt som dirigent og Niels Gram som referent.",
        [],
    ),
    (  # ... but a choir's conductor is one
        "Kragbæk Kammerkor har ansat Annelise Brogaard som dirigent fra 1. marts.",
        [("new_job", "Annelise Brogaard", "dirigent", "Kragbæk Kammerkor", "2026-03-01", None, None)],
    ),
    (  # a board that constitutes itself "uændret" tells no news
        (
            "Efter generalforsamlingen konstituerede bestyrelsen sig uændret med Gry Hansted som næstformand "
            "og Tobias Lerche som kasserer."
        ),
        [],
    ),
    (  # "give hvervet videre": steps down
        (
            "Gruppeleder Sanne Thorhauge har efter syv år valgt at give hvervet videre. Ny gruppeleder er "
            "Jesper Kirk Laursen, som hidtil har været tropsleder."
        ),
        [
            ("departure", "Sanne Thorhauge", "Gruppeleder", None, None, None, None),
            ("promotion", "Jesper Kirk Laursen", "gruppeleder", None, None, "tropsleder", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_SEVENTEEN, ids=[t[:40] for t, _ in ROUND_SEVENTEEN])
def test_round_seventeen(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


def test_a_prize_owned_by_an_organisation_is_named_with_its_noun() -> None:
    records = navnenyt.extract("Ole Fynbo har modtaget Hammerslev Roklubs ærespris.", published=PUBLISHED)
    assert [(r.kind.value, r.award) for r in records] == [("award", "Hammerslev Roklubs ærespris")]


def test_a_table_whose_person_column_is_named_by_a_title() -> None:
    text = (
        "NY REGIONAL LEDELSE\n| Region | Regionschef |\n| Nord | Thomas Vinter (ny) |\n"
        "| Midt | Anja Bergholt (forfremmet) |\n| Syd | Rune Dahl (fortsætter) |"
    )
    assert moves(text, PUBLISHED) == [
        ("new_job", "Thomas Vinter", "Regionschef", None, None, None, None),
        ("promotion", "Anja Bergholt", "Regionschef", None, None, None, None),
    ]


def test_a_data_row_is_no_header_of_a_titled_column() -> None:
    text = (
        "Navn | Hidtidig titel | Forretningsområde\nSara Winther Dahl | Director | Revision & Assurance\n"
        "Asger Thiim | Senior Manager | Transaktionsrådgivning"
    )
    assert moves(text, PUBLISHED) == []  # (no trigger word and no new-post column: not news by itself; never a
    # record for "Senior Manager")
