"""Sentence and list shapes fixed in round fourteen (blind gold sets 84-87 and the known misses of round thirteen),
each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01 and a past "november" is 2025-11).
"""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_FOURTEEN: list[tuple[str, list[Move]]] = [
    (  # the post held now, told after a promotion with "samme sted": the previous role, no previous organisation
        "Niels Holm er forfremmet til vagtchef hos Securia A/S pr. 1. marts. Han er i dag vagtleder samme sted.",
        [("promotion", "Niels Holm", "vagtchef", "Securia A/S", "2026-03-01", "vagtleder", None)],
    ),
    (  # the adverbs of "now" before the copula and the pronoun
        "Lene Vinter bliver ny direktør i Aabo Energi A/S fra 1. juni. I dag er hun økonomichef i Ravnkilde Forsyning.",
        [("new_job", "Lene Vinter", "direktør", "Aabo Energi A/S", "2026-06-01", "økonomichef", "Ravnkilde Forsyning")],
    ),
    (  # an emoji after the last word closes the sentence as a full stop does (no headline)
        "I dag kan vores lagerchef Birgitte Saaby fejre 25-års jubilæum hos Hestbjerg Tømmerhandel 🎉",
        [("anniversary", "Birgitte Saaby", "lagerchef", "Hestbjerg Tømmerhandel", "2026-02-01", None, None)],
    ),
    (  # an emoji ends a role
        "Katrine Aalbæk er ny eksportchef i Fenbo Maskiner A/S fra 1. marts 😉",
        [("new_job", "Katrine Aalbæk", "eksportchef", "Fenbo Maskiner A/S", "2026-03-01", None, None)],
    ),
    (  # "sin sidste arbejdsdag"; the new post told after it with the first name after the verb (no date of its own:
        # the last day's)
        "Fredag den 27. februar har kvalitetschef Lone Brixen sin sidste arbejdsdag hos Østerå Mejeri. Efter ni år på "
        "mejeriet skal Lone fremover være QA Manager i Grønnegaard Foods ApS.",
        [
            (
                "new_job",
                "Lone Brixen",
                "QA Manager",
                "Grønnegaard Foods ApS",
                "2026-02-27",
                "kvalitetschef",
                "Østerå Mejeri",
            )
        ],
    ),
    (  # a departure's date is the last day; the new post told after it takes its own
        "Hanne Aagaard forlader Havbryn Data A/S den 28. februar. Hun tiltræder 1. april som partner i Bramsted "
        "Capital K/S.",
        [("new_job", "Hanne Aagaard", "partner", "Bramsted Capital K/S", "2026-04-01", None, "Havbryn Data A/S")],
    ),
    (  # the last working day before a pension told in a clause of the same sentence: a retirement
        "Den 27. februar har Knud Erik Bisgaard sin sidste arbejdsdag hos Harboøre Maskinsnedkeri A/S, inden han går "
        "på pension.",
        [("retirement", "Knud Erik Bisgaard", None, "Harboøre Maskinsnedkeri A/S", "2026-02-27", None, None)],
    ),
    (  # an organisation in the genitive before "nye R" and "hedder" tell the post before the person
        "Skovlund Kommunes nye vejchef hedder Henriette Zahle. Hun begynder mandag den 2. marts og kommer fra "
        "Nordkyst Forsyning, hvor hun var anlægschef.",
        [
            (
                "new_job",
                "Henriette Zahle",
                "vejchef",
                "Skovlund Kommune",
                "2026-03-02",
                "anlægschef",
                "Nordkyst Forsyning",
            )
        ],
    ),
    (  # "tidl." before a title is dropped as "fhv." is
        "Tage Bundgaard, tidl. kirkesanger i Vorupkær Kirke, fylder 80 år den 3. marts.",
        [("birthday", "Tage Bundgaard", "kirkesanger", "Vorupkær Kirke", "2026-03-03", None, None)],
    ),
    (  # a board constituting itself: each line under the intro is a board post with the intro's organisation and
        # date, whatever the title; lines with another title next to "Kasserer" belong to the list
        "Efter valget har Vorupkær Sogns Menighedsråd holdt konstituerende møde den 26. januar. Rådet har konstitueret "
        "sig således:\n\nFormand: Anna Kirstine Bro\nKasserer: Poul Skovsgaard\nKirkeværge: Inge Madsen\n",
        [
            (
                "board_appointment",
                "Anna Kirstine Bro",
                "Formand",
                "Vorupkær Sogns Menighedsråd",
                "2026-01-26",
                None,
                None,
            ),
            (
                "board_appointment",
                "Poul Skovsgaard",
                "Kasserer",
                "Vorupkær Sogns Menighedsråd",
                "2026-01-26",
                None,
                None,
            ),
            ("board_appointment", "Inge Madsen", "Kirkeværge", "Vorupkær Sogns Menighedsråd", "2026-01-26", None, None),
        ],
    ),
    (  # the same list is no news when its intro says the posts are unchanged
        "Bestyrelsen i Vorupkær Sogns Menighedsråd har konstitueret sig således (posterne er uændrede):\n\nFormand: "
        "Anna Kirstine Bro\nKasserer: Poul Skovsgaard\n",
        [],
    ),
    (  # a letter signed after a closing greeting: its "jeg" is the signer; "her på skolen" is the same place; "kan
        # fortælle, at Y ..." tells Y's news; years in the clause of the one replaced are hers
        "Kære forældre\n\nFra 1. august er jeg ny skoleleder på Bækkebo Skole, hvor jeg afløser Hanne Krog, der går "
        "på pension efter 14 år som skoleleder.\n\nJeg kan samtidig fortælle, at Ib Rasmussen, der i dag er "
        "udskolingsleder her på skolen, bliver ny viceskoleleder fra samme dato.\n\nVenlig hilsen\nMaja Thorsen\n"
        "Kommende skoleleder, Bækkebo Skole",
        [
            ("new_job", "Maja Thorsen", "skoleleder", "Bækkebo Skole", "2026-08-01", None, None),
            ("retirement", "Hanne Krog", "skoleleder", "Bækkebo Skole", None, None, None),
            ("promotion", "Ib Rasmussen", "viceskoleleder", "Bækkebo Skole", "2026-08-01", "udskolingsleder", None),
        ],
    ),
    (  # a verb of telling before ", at" and a date between the name and its verb; "vores nye" before an English
        # title
        "Vi er glade for at kunne meddele, at Mette Vinding Aagaard pr. 1. marts bliver vores nye Head of Operations.",
        [("new_job", "Mette Vinding Aagaard", "Head of Operations", None, "2026-03-01", None, None)],
    ),
    (  # "er vores nye R"
        "Rasmus Kjeldgaard Holm er vores nye lagerchef.",
        [("new_job", "Rasmus Kjeldgaard Holm", "lagerchef", None, None, None, None)],
    ),
    (  # a staff table aligned with spaces: a note in brackets after the name ("(ny)", "(forfremmet)", "(fortsætter)")
        # is no part of it and says what changed; "som bekendt" in the past tense is known news
        "Her er staben i den kommende sæson. Ændringerne trådte i kraft 1. januar.\n\n"
        "Funktion           Navn                          Kommer fra\n"
        "Cheftræner         Thomas Vinter (ny)            Assistenttræner, Kærby BK\n"
        "Assistenttræner    Jonas Ebbesen (forfremmet)    U19-træner, Mølleå FC\n"
        "Målmandstræner     Per Aalund (fortsætter)       –\n\n"
        "Den hidtidige cheftræner, Bo Kirkeby, blev som bekendt fritstillet i november.",
        [
            ("new_job", "Thomas Vinter", "Cheftræner", None, "2026-01-01", "Assistenttræner", "Kærby BK"),
            ("promotion", "Jonas Ebbesen", "Assistenttræner", None, "2026-01-01", "U19-træner", None),
        ],
    ),
    (  # a list of prizes announced by "... gik til:"; the agent with a comment clause is no winner
        "Arbejdslegater på 50.000 kr. gik til:\n• Maja Thorup, forfatter\n• Emil Sand, billedhugger\n\n"
        "Legaterne blev overrakt af fondens formand, Birthe Lykke, der kaldte dem vigtige stemmer.",
        [
            ("award", "Maja Thorup", "forfatter", None, None, None, None),
            ("award", "Emil Sand", "billedhugger", None, None, None, None),
        ],
    ),
    (  # briefs in one line separated by " | ", none with a full stop
        "Henriette Sloth er tiltrådt som økonomichef i Vejlbo Emballage A/S | Kasper Rye Holm (29) er udnævnt til "
        "afdelingsleder samme sted | Marianne Dahl fejrer 25 års jubilæum i Sparekassen Østerlund 1. februar",
        [
            ("new_job", "Henriette Sloth", "økonomichef", "Vejlbo Emballage A/S", None, None, None),
            ("promotion", "Kasper Rye Holm", "afdelingsleder", "Vejlbo Emballage A/S", None, None, None),
            ("anniversary", "Marianne Dahl", None, "Sparekassen Østerlund", "2026-02-01", None, None),
        ],
    ),
    (  # a page of labelled notices with a job listing beside them: the notices stay, the listing gives none
        "KARRIERE\nNyt job\nSigne Brix Holm er pr. 1. februar ansat som Head of Data hos Lunebo Software ApS.\n"
        "---\nJOB\nSenior backend-udvikler – Hyllested Data. Vi søger en erfaren udvikler. Ansøgningsfrist 15. "
        "februar\nAnnonce",
        [("new_job", "Signe Brix Holm", "Head of Data", "Lunebo Software ApS", "2026-02-01", None, None)],
    ),
    (  # a team list dated by the line above its intro; a note's detail after its comma tells where one comes from
        # or the post held now
        "Grønlund Energi etablerer en ny koncernledelse. Alle ændringer træder i kraft 1. januar 2027.\n\n"
        "Den nye koncernledelse:\n\nCEO: Karsten Wedel (fortsætter)\nCFO: Maja Holmboe (ny, kommer fra Nordlys "
        "Forsyning A/S)\nCOO: Rune Abildgaard (forfremmet, i dag driftsdirektør)\n",
        [
            ("new_job", "Maja Holmboe", "CFO", "Grønlund Energi", "2027-01-01", None, "Nordlys Forsyning A/S"),
            ("promotion", "Rune Abildgaard", "COO", "Grønlund Energi", "2027-01-01", "driftsdirektør", None),
        ],
    ),
    (  # "Som nye medlemmer valgtes A og B": board posts without a title; the meeting held "i dag" dates them
        "Fjordbyg Holding A/S har i dag afholdt ordinær generalforsamling. Som nye medlemmer af bestyrelsen valgtes "
        "Anders Hjortshøj Winther og Camilla Brix Nørgaard.",
        [
            ("board_appointment", "Anders Hjortshøj Winther", None, "Fjordbyg Holding A/S", "2026-02-01", None, None),
            ("board_appointment", "Camilla Brix Nørgaard", None, "Fjordbyg Holding A/S", "2026-02-01", None, None),
        ],
    ),
    (  # the source after a speech tag is no subject; a year after "valgt" on a board page is no news
        "46 medarbejdere er varslet afskediget, oplyser direktør Ib Kronborg.\n\nBestyrelse\nEllen Frederiksen, "
        "formand (valgt 2019)",
        [],
    ),
    (  # a place fronted by "Hos" is no subject
        "Hos Kattegat Linjen er havnechef Morten Klit rykket op som driftsdirektør.",
        [("promotion", "Morten Klit", "driftsdirektør", "Kattegat Linjen", None, "havnechef", None)],
    ),
    (  # a field after the title ("professor i organisk syntese") keeps "rykker op som R" a new post without an
        # organisation; a month after "i" is no field ("hospitalsdirektør i april")
        "Instituttets lektor Mads Ebbesen rykker op som professor i organisk syntese fra 1. marts.",
        [("promotion", "Mads Ebbesen", "professor i organisk syntese", None, "2026-03-01", "lektor", None)],
    ),
    (  # "sagt goddag til" announces new colleagues, each with the title in brackets
        "Vi har sagt goddag til tre nye undervisere: Amalie Friis (adjunkt), Oliver Brandt (lektor) og Sara Holm "
        "(adjunkt).",
        [
            ("new_job", "Amalie Friis", "adjunkt", None, None, None, None),
            ("new_job", "Oliver Brandt", "lektor", None, None, None, None),
            ("new_job", "Sara Holm", "adjunkt", None, None, None, None),
        ],
    ),
    (  # from the new-user check: a signed post whose news follows a first sentence, the signer's name written out
        # after the verb ("bliver Jakob Thorsen økonomichef": no "Thorsen" in the role)
        "Jeg har fået nyt job! Fra 1. marts bliver jeg økonomichef i Odense Emballage ApS.\n\nVenlig hilsen\n"
        "Jakob Thorsen",
        [("new_job", "Jakob Thorsen", "økonomichef", "Odense Emballage ApS", "2026-03-01", None, None)],
    ),
    (  # a title of two words after an inverted subject
        "Fra 1. marts bliver Jakob Thorsen kommerciel direktør i Odense Emballage ApS.",
        [("new_job", "Jakob Thorsen", "kommerciel direktør", "Odense Emballage ApS", "2026-03-01", None, None)],
    ),
    (  # from the new-user check: a board's constitution after the sentence that elected two of its members (their
        # names in the intro are the list's own news; "Bestyrelsen" alone names no organisation)
        "Ny bestyrelse i Andelsboligforeningen Lærkehaven\n\nPå generalforsamlingen den 24. januar blev Poul Brandt "
        "og Susanne Dahl nyvalgt til bestyrelsen. Bestyrelsen har efterfølgende konstitueret sig således:\n\n"
        "Formand: Poul Brandt\nNæstformand: Grethe Vinther\nKasserer: Susanne Dahl\n",
        [
            (
                "board_appointment",
                "Poul Brandt",
                "Formand",
                "Andelsboligforeningen Lærkehaven",
                "2026-01-24",
                None,
                None,
            ),
            (
                "board_appointment",
                "Susanne Dahl",
                "Kasserer",
                "Andelsboligforeningen Lærkehaven",
                "2026-01-24",
                None,
                None,
            ),
            (
                "board_appointment",
                "Grethe Vinther",
                "Næstformand",
                "Andelsboligforeningen Lærkehaven",
                "2026-01-24",
                None,
                None,
            ),
        ],
    ),
    (  # a "Kommer fra" cell that names no post held ("nyuddannet fra DTU") is no previous organisation
        "Navn | Ny stilling | Kommer fra | Tiltræder\nAnders Lykke Holm | Projektleder | Rambøll | 1. marts 2026\n"
        "Mia Frost Jeppesen | Juniorkonsulent | nyuddannet fra DTU | 7. marts 2026\n",
        [
            ("new_job", "Anders Lykke Holm", "Projektleder", None, "2026-03-01", None, "Rambøll"),
            ("new_job", "Mia Frost Jeppesen", "Juniorkonsulent", None, "2026-03-07", None, None),
        ],
    ),
    (  # an acting title after an inverted subject and its apposition: the apposition is the post held before
        "Indtil en ny kommunaldirektør er på plads, bliver Pia Hedegaard Kirk, direktør for Børn og Unge, "
        "konstitueret kommunaldirektør.",
        [
            (
                "promotion",
                "Pia Hedegaard Kirk",
                "konstitueret kommunaldirektør",
                None,
                None,
                "direktør for Børn og Unge",
                None,
            )
        ],
    ),
    (  # a department named as the workplace is no organisation; the page's company is
        "Nyt fra Brøndholt Emballage A/S\n\nSofie Kragelund Bech er pr. 1. marts startet hos os i Økonomi som "
        "bogholder.",
        [("new_job", "Sofie Kragelund Bech", "bogholder", "Brøndholt Emballage A/S", "2026-03-01", None, None)],
    ),
    (  # a table of anniversaries aligned with spaces: a column "År" counts years served; "Afdeling" is no
        # organisation
        "Nyhedsbrev fra Hvidkilde Mejeri a.m.b.a.\n\nJubilarer i marts\n\n"
        "Dato        Navn                   Afdeling        År\n"
        "3. marts    Bent Overgaard         Ostelageret     25\n"
        "12. marts   Mette Skriver Holm     Kvalitet        10\n",
        [
            ("anniversary", "Bent Overgaard", None, "Hvidkilde Mejeri a.m.b.a", "2026-03-03", None, None),
            ("anniversary", "Mette Skriver Holm", None, "Hvidkilde Mejeri a.m.b.a", "2026-03-12", None, None),
        ],
    ),
    (  # a table whose header is underlined by a rule drawn with "+" ("-------+-------")
        "Navn                   | Ny stilling                 | Kommer fra               | Tiltræder\n"
        "-----------------------+-----------------------------+--------------------------+-----------\n"
        "Henrik Ostenfeld       | Klinikchef, Psykiatrien Vest | Overlæge, Kildeby Sygehus | 1. marts\n",
        [
            (
                "new_job",
                "Henrik Ostenfeld",
                "Klinikchef",
                "Psykiatrien Vest",
                "2026-03-01",
                "Overlæge",
                "Kildeby Sygehus",
            )
        ],
    ),
    (  # "i øjeblikket" is an adverb of "now", not part of the role
        "Lene Vinter bliver ny direktør i Aabo Energi A/S fra 1. juni. Hun er i øjeblikket økonomichef i Ravnkilde "
        "Forsyning.",
        [("new_job", "Lene Vinter", "direktør", "Aabo Energi A/S", "2026-06-01", "økonomichef", "Ravnkilde Forsyning")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_FOURTEEN, ids=[t[:40] for t, _ in ROUND_FOURTEEN])
def test_round_fourteen(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


APPRENTICES: list[tuple[str, tuple[str, str | None, str, str | None]]] = [
    (  # the firm after the trade is the organisation; a month after the trade ends the programme
        "Simon Lund har bestået svendeprøven som tømrer i november hos Byg & Tag ApS.",
        ("Simon Lund", "Byg & Tag ApS", "tømrer", None),
    ),
    (  # the firm told in the next sentence ("i lære hos"), not a previous organisation; a grade ends the programme
        "Amalie Strøm (20), Dronninglund, har bestået sin svendeprøve som frisør med bronzemedalje. Hun har været i "
        "lære hos Salon Klippestuen ApS i Hjallerup.",
        ("Amalie Strøm", "Salon Klippestuen ApS", "frisør", None),
    ),
    (  # "hos" in another clause is no training firm (the post held since), and a later job keeps its own firm
        "Mikkel Brandstrup har afsluttet sin uddannelse som cand.polyt. ved Kystby Tekniske Universitet og er ansat "
        "som ingeniør hos Vesthavn Forsyning A/S.",
        ("Mikkel Brandstrup", "Vesthavn Forsyning A/S", "cand.polyt", "Kystby Tekniske Universitet"),
    ),
]


def test_a_degree_of_several_words_after_kalde_mig() -> None:
    """ "kan nu officielt kalde mig Master i Organisationspsykologi": the degree read over its words."""
    (record,) = navnenyt.extract(
        "Louise Kragh Nørby\nHR Business Partner\n2 d • 🌐\n\nI fredags forsvarede jeg mit afgangsprojekt, og jeg "
        "kan nu officielt kalde mig Master i Organisationspsykologi fra Sjællands Universitet.",
        published=PUBLISHED,
    )
    assert record.education is not None
    assert (record.person, record.education.programme) == ("Louise Kragh Nørby", "Master i Organisationspsykologi")


def test_a_degree_named_after_kalde_sig_is_the_programme() -> None:
    """ "forsvarede sit speciale og kan nu kalde sig cand.merc.aud. fra O": the degree after "kalde sig"; the
    abbreviation's full stop before a lower-case word ends no sentence, so the institution stays."""
    (record,) = navnenyt.extract(
        "I fredags forsvarede Frederik Hald Winther sit speciale og kan nu kalde sig cand.merc.aud. fra "
        "Handelshøjskolen i Nordby.",
        published=PUBLISHED,
    )
    assert record.kind.value == "completed_education" and record.education is not None
    assert (record.education.programme, record.education.institution) == ("cand.merc.aud", "Handelshøjskolen i Nordby")


def test_a_graduate_list_takes_the_programme_its_intro_names() -> None:
    """From the new-user check: "Følgende har færdiggjort uddannelsen som finansøkonom ved O:" gives every item under
    it the programme as well as the institution."""
    records = navnenyt.extract(
        "Følgende har den 27. januar færdiggjort uddannelsen som finansøkonom ved Erhvervsakademi Sydvest:\n\n"
        "Jonas Kjær Pedersen, Esbjerg\nMette Lund, Varde\n",
        published=PUBLISHED,
    )
    assert [(r.person, r.education.programme if r.education else None) for r in records] == [
        ("Jonas Kjær Pedersen", "finansøkonom"),
        ("Mette Lund", "finansøkonom"),
    ]
    assert {r.education.institution for r in records if r.education} == {"Erhvervsakademi Sydvest"}


@pytest.mark.parametrize(("text", "expected"), APPRENTICES, ids=[t[:40] for t, _ in APPRENTICES])
def test_training_firm(text: str, expected: tuple[str, str | None, str, str | None]) -> None:
    (record,) = navnenyt.extract(text, published=PUBLISHED)
    assert record.kind.value == "completed_education"
    assert record.education is not None
    got = (record.person, record.organisation, record.education.programme, record.education.institution)
    assert got == expected
    assert record.previous_organisation is None
