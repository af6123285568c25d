"""Shapes fixed in round sixteen (blind gold sets 101 and 104-107), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01, told in the past tense 2025-03-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_SIXTEEN: list[tuple[str, list[Move]]] = [
    (  # "modtog ikke genvalg" decides the kind (cues.yaml: decisive), though "modtog" alone is an award's verb
        "Helle Gravesen modtog ikke genvalg.",
        [("departure", "Helle Gravesen", None, None, None, None, None)],
    ),
    (  # "var" after a name is a subject's verb ("Helle Gravesen var på valg og ..."), as "er" is
        "Helle Gravesen var på valg og modtog ikke genvalg. Som ny formand valgtes Rasmus Kjeldsen.",
        [
            ("departure", "Helle Gravesen", None, None, None, None, None),
            ("board_appointment", "Rasmus Kjeldsen", "formand", None, None, None, None),
        ],
    ),
    (  # "afgående" before a title and a name tells a departure (cues.yaml: titled) ...
        "Afgående formand Lisbeth Qvist blev efter otte år på posten hyldet med stående bifald.",
        [("departure", "Lisbeth Qvist", "formand", None, None, None, None)],
    ),
    (  # ... after "Den" and before a comma, without taking "Den" for the organisation left
        "Den afgående formand, Lisbeth Qvist, blev hyldet.",
        [("departure", "Lisbeth Qvist", "formand", None, None, None, None)],
    ),
    (  # ... but not before a title without a name, nor before any other noun
        "Adm. direktør Birgitte Lynge takker den afgående formand: »Aksel Toft har sikret mejeriet en stabil kurs.«",
        [],
    ),
    (
        "Det afgående tog til Aarhus var forsinket, oplyser DSB-chef Mogens Hald.",
        [],
    ),
    (  # "modtager genvalg" is re-election, not an award (cues.yaml modtager, modtog: not_before)
        "Formand Erik Stampe modtager genvalg.",
        [],
    ),
    (  # a table of ranks: "Ny grad" is a promotion's new role, "Nuv. grad" the previous one, "Enhed" the
        # organisation; the intro "Med virkning fra ... er følgende forfremmet:" dates every row
        "FORFREMMELSER\nMed virkning fra 1. november 2025 er følgende forfremmet:\n\n"
        "Nuv. grad | Navn | Enhed | Ny grad\n"
        "Kaptajn | Søren Bak Thygesen | Sønderhede Ingeniørregiment | Major\n"
        "Premierløjtnant | Camilla Rønn | Kongsbjerg Signalregiment | Kaptajn",
        [
            ("promotion", "Søren Bak Thygesen", "Major", "Sønderhede Ingeniørregiment", "2025-11-01", "Kaptajn", None),
            (
                "promotion",
                "Camilla Rønn",
                "Kaptajn",
                "Kongsbjerg Signalregiment",
                "2025-11-01",
                "Premierløjtnant",
                None,
            ),
        ],
    ),
    (  # a team list with English titles (one with a comma, one whose last word is no title) and long notes, dated
        # by the line after it
        "Den nye nordiske ledelse ser således ud:\n\n"
        "Nordic Managing Director: Jens Ulrik Bech (forfremmet, senest Country Manager Denmark)\n"
        "Head of People, Nordics: Rikke Salomonsen (ny, kommer fra Veltra Group A/S)\n"
        "Chief of Staff: Mads Kjær Holmgren (ny)\n\n"
        "Ændringerne træder i kraft 1. oktober.",
        [
            (
                "promotion",
                "Jens Ulrik Bech",
                "Nordic Managing Director",
                None,
                "2026-10-01",
                "Country Manager Denmark",
                None,
            ),
            ("new_job", "Rikke Salomonsen", "Head of People", None, "2026-10-01", None, "Veltra Group A/S"),
            ("new_job", "Mads Kjær Holmgren", "Chief of Staff", None, "2026-10-01", None, None),
        ],
    ),
    (  # a table of graduates with a grade column, under a paragraph that names the exam, the school and the day
        "Mandag den 16. juni bestod disse elever svendeprøven som frisør ved Sydhavns Tekniske Skole. Vi ønsker dem "
        "tillykke.\n\nNavn                  Salon                       Karakter\n"
        "Emma Kjærsgaard       Salon Klip & Krøl           12\n"
        "Oliver Brandt         Frisør Nordlys              10",
        [
            ("completed_education", "Emma Kjærsgaard", None, None, "2026-06-16", None, None),
            ("completed_education", "Oliver Brandt", None, None, "2026-06-16", None, None),
        ],
    ),
    (  # "siger vi tillykke til X" / "siger vi tak til X" are greetings, no reported speech (greeting_objects)
        "Og så siger vi et stort tillykke til Sarah Bjørn, der er forfremmet fra Backend Developer til Engineering "
        "Manager 💪",
        [("promotion", "Sarah Bjørn", "Engineering Manager", None, None, "Backend Developer", None)],
    ),
    (
        "Vi siger samtidig tak til Maria Thygesen, som udtræder af skolebestyrelsen til sommer efter fire år.",
        [("departure", "Maria Thygesen", None, None, None, None, None)],
    ),
    (  # "går ikke på pension": negated, no news (cues.yaml paa_pension: not_after)
        "Kirsten Holm og personalet siger tak for 40 gode år – og nej, vi går ikke på pension endnu!",
        [],
    ),
    (  # a list's relative clause after its last name tells about every name of the list ...
        "Vi byder velkommen til Maria Thygesen og Lars Dyhr, som begynder som lærere 1. august.",
        [
            ("new_job", "Maria Thygesen", "lærer", None, "2026-08-01", None, None),
            ("new_job", "Lars Dyhr", "lærer", None, "2026-08-01", None, None),
        ],
    ),
    (  # ... a farewell's retirement as well
        "Vi siger farvel til Maria Thygesen og Lars Dyhr, som går på pension.",
        [
            ("retirement", "Maria Thygesen", None, None, None, None, None),
            ("retirement", "Lars Dyhr", None, None, None, None, None),
        ],
    ),
    (  # a person's name after "til" is no role of the next person in the list
        "Vi siger samtidig tak til Maria Thygesen og Lars Dyhr, som udtræder af skolebestyrelsen til sommer.",
        [
            ("departure", "Maria Thygesen", None, None, None, None, None),
            ("departure", "Lars Dyhr", None, None, None, None, None),
        ],
    ),
    (  # "Sct." keeps its full stop (tokenizer_exceptions.yaml); a farewell whose clause tells a new post as "kantor"
        "Vi siger farvel til kirkesanger Lone Ibsen, der efter otte år i Vesterbølle Kirke har fået nyt job som "
        "kantor i Sct. Mortens Kirke i Holmby.",
        [("new_job", "Lone Ibsen", "kantor", "Sct. Mortens Kirke", None, "kirkesanger", None)],
    ),
    (  # "gik på pension" is told in the past: last March, not the next (cues.yaml gik_paa_pension)
        "Jesper Koch gik på pension i marts.",
        [("retirement", "Jesper Koch", None, None, "2025-03-01", None, None)],
    ),
    (  # ... but the replaced person's past tense does not date the successor's start in the past
        "Jonas Lykke er ansat som sognepræst i Nørre Tvede Sogn. Han indsættes søndag den 6. september og afløser "
        "sognepræst Aksel Brink, der gik på pension 31. juli.",
        [
            ("new_job", "Jonas Lykke", "sognepræst", "Nørre Tvede Sogn", "2026-09-06", None, None),
            ("retirement", "Aksel Brink", "sognepræst", "Nørre Tvede Sogn", "2025-07-31", None, None),
        ],
    ),
    (  # a title owned by a firm in the genitive, then the name in apposition
        "Tjekit ApS' CTO, Ditte Vang Kragelund, fratræder med udgangen af april 2026.",
        [("departure", "Ditte Vang Kragelund", "CTO", "Tjekit ApS", "2026-04-30", None, None)],
    ),
    (
        "Hvidsten Forsikrings finansdirektør, Dorthe Vang Overgaard, forlader selskabet.",
        [("departure", "Dorthe Vang Overgaard", "finansdirektør", "Hvidsten Forsikring", None, None, None)],
    ),
    (  # the post told before the name is the one held when the next sentence tells the new one
        "Generalsekretær i Landsforeningen Grønne Kolonihaver, Morten Hviid Skov, har fået nyt job. Pr. 1. juli "
        "bliver han direktør i Boligselskabet Egebo.",
        [
            (
                "new_job",
                "Morten Hviid Skov",
                "direktør",
                "Boligselskabet Egebo",
                "2026-07-01",
                "Generalsekretær",
                "Landsforeningen Grønne Kolonihaver",
            )
        ],
    ),
    (  # "har meddelt, at han ikke genopstiller": the teller's own departure (cues.yaml ikke_genopstiller)
        "Bestyrelsesformand Lars Heide har meddelt bestyrelsen, at han ikke genopstiller på selskabets ordinære "
        "generalforsamling den 9. april 2026.",
        [("departure", "Lars Heide", "Bestyrelsesformand", None, "2026-04-09", None, None)],
    ),
    (  # "en afløser" is a noun: no succession (cues.yaml afloeser: not_after)
        "Bagermester Ole Kornbeck glæder sig over at have fundet en afløser med erfaring fra både café og butik.",
        [],
    ),
    (  # a staff page that closes with a job ad keeps its news (the page never addresses the reader as "du") ...
        "Efter 35 år går beredskabschef Poul Kragh på pension fredag den 30. oktober.\n\n"
        "Vi søger ny viceberedskabschef\nVi søger en erfaren leder. Ansøgningsfrist: 3. november. Læs mere på "
        "jobportalen.",
        [("retirement", "Poul Kragh", "beredskabschef", None, "2026-10-30", None, None)],
    ),
    (  # ... a job ad that does is the ad itself: its people are no news
        "Du bliver en del af et team på fem, og du refererer til økonomichef Lars Nørgaard, der er ny i "
        "afdelingen.\n\nVi søger en lønbogholder. Ansøgningsfrist: 3. november.",
        [],
    ),
    (  # the candidates of an election are no news ...
        "På valg er formand Erik Stampe (modtager genvalg) og bestyrelsesmedlem Tove Rix.",
        [],
    ),
    (  # ... but a candidate's own departure is
        "På valg var Jørgen Kvist, der ikke ønskede genvalg efter 12 år som formand, og Henning Skov.",
        [("departure", "Jørgen Kvist", "formand", None, None, None, None)],
    ),
    (  # an intranet's "Hvem / Hvad / Hvornår" blocks (fact_boxes.yaml); a department ending in "-afdelingen" is no
        # organisation
        "Hvem: Adam Krogh\nHvad: Starter som jurist i Skadesafdelingen. Kommer fra Advokatkontoret Brink & Hald\n"
        "Hvornår: 18. august",
        [("new_job", "Adam Krogh", "jurist", None, "2026-08-18", None, "Advokatkontoret Brink & Hald")],
    ),
    (  # Markdown bold marks around a "Mærkedage" heading (normalise pass 7)
        "MÆRKEDAGE\n\n**90 år**\nSøndag 17. maj: Ingeborg Kjærsgaard, Bøgely 4, Tranekær Mark.\n\n**60 år**\n"
        "Tirsdag 19. maj: Poul Erik Mathiasen, Hvidsten.",
        [
            ("birthday", "Ingeborg Kjærsgaard", None, None, "2026-05-17", None, None),
            ("birthday", "Poul Erik Mathiasen", None, None, "2026-05-19", None, None),
        ],
    ),
    (  # the replaced person took another post before: old news, no record of theirs
        "Lene Holm er ny direktør. Lene Holm afløser Torben Kjeldsen, der i efteråret blev direktør for Region "
        "Sydkysts psykiatri.",
        [("new_job", "Lene Holm", "direktør", None, None, None, None)],
    ),
    (  # background after "siden", and the one who tells, are no news
        "Stillingen har været ledig, siden Jørgen Vestergaard gik på pension i februar.",
        [],
    ),
    (
        "Og der var klapsalver, da dirigent Bjarke Thorsen kunne konstatere, at bestyrelsens kandidat var valgt uden "
        "modkandidat.",
        [],
    ),
    (  # a name after "Med" opening the sentence is not its subject; the next sentence names the one who retires
        "Med Jan Holst Pedersen stopper også en anden veteran. Brandmester Ole Kvist, der har 41 år på stationen "
        "bag sig, går samme dag på pension.",
        [("retirement", "Ole Kvist", "Brandmester", None, None, None, None)],
    ),
    (  # a birthday table: "Alder" makes each row a birthday, "Dag" its date (tables.yaml)
        "Runde fødselsdage i uge 12\n\nNavn | Alder | Dag | By\nHenning Lauritsen | 75 | tirsdag 17. marts | "
        "Rødkilde Kær\nTage Vinkel | 85 | fredag 20. marts | Rødkilde Kær",
        [
            ("birthday", "Henning Lauritsen", None, None, "2026-03-17", None, None),
            ("birthday", "Tage Vinkel", None, None, "2026-03-20", None, None),
        ],
    ),
    (  # briefs in one sentence separated by semicolons, each opening with a name
        "Lars Brink er ny CFO i Ravnsholt Energi A/S; Maja Holt er forfremmet til partner i Advokatfirmaet "
        "Stenlund; Søren Bay er fratrådt som direktør i Gulbjerg Vand efter uenighed med bestyrelsen.",
        [
            ("new_job", "Lars Brink", "CFO", "Ravnsholt Energi A/S", None, None, None),
            ("promotion", "Maja Holt", "partner", "Advokatfirmaet Stenlund", None, None, None),
            ("departure", "Søren Bay", "direktør", "Gulbjerg Vand", None, None, None),
        ],
    ),
    (  # numbered items "1. NAME, title, ..." under an intro; a numbered headline ("2. X bliver ...") is no item
        "Direktionen har ansat følgende:\n\n1. Karen Sønderskov, overlæge, Ortopædkirurgisk Afdeling – kommer fra "
        "Sygehus Lyngbjerg\n2. Yasmin Haddad, overlæge, Akutmodtagelsen – kommer fra Privathospitalet Strandhøj",
        [
            ("new_job", "Karen Sønderskov", "overlæge", None, None, None, "Sygehus Lyngbjerg"),
            ("new_job", "Yasmin Haddad", "overlæge", None, None, None, "Privathospitalet Strandhøj"),
        ],
    ),
    (  # a departure joined to the new post by "og": a new job, the post left the previous one
        "Frederik Aagaard Lunde forlader Salt & Tang og bliver køkkenchef på Hotel Klitgården.",
        [("new_job", "Frederik Aagaard Lunde", "køkkenchef", "Hotel Klitgården", None, None, "Salt & Tang")],
    ),
    (
        "Jens Bay fratræder som CFO i Lunde A/S og tiltræder som CFO i Vestbo ApS.",
        [("new_job", "Jens Bay", "CFO", "Vestbo ApS", None, "CFO", "Lunde A/S")],
    ),
    (  # "afløst" is no role
        "Karin Holm går på pension og bliver afløst af Bo Ravn.",
        [
            ("retirement", "Karin Holm", None, None, None, None, None),
            ("new_job", "Bo Ravn", None, None, None, None, None),
        ],
    ),
    (  # "Nyhedsbrev fra O" names the issuer (releases.yaml markers); its numbered new colleagues work there
        "Nyhedsbrev fra Kystbanken – februar 2026\n\nVi byder velkommen til tre nye kolleger, som alle begynder 1. "
        "marts 2026:\n\n1. Amalie Rask, kundeansvarlig, Erhverv – kommer fra Jyske Bank",
        [("new_job", "Amalie Rask", "kundeansvarlig", "Kystbanken", "2026-03-01", None, "Jyske Bank")],
    ),
    (  # a board member elected in one sentence takes the title the board's constitution gives later: one record
        "Ved generalforsamlingen den 3. februar 2026 blev Anders Klit og Mette Riis nyvalgt til bestyrelsen. "
        "Efterfølgende konstituerede bestyrelsen sig med Anders Klit som formand og Jørgen Vad som næstformand.",
        [
            ("board_appointment", "Anders Klit", "formand", None, "2026-02-03", None, None),
            ("board_appointment", "Mette Riis", None, None, "2026-02-03", None, None),
            ("board_appointment", "Jørgen Vad", "næstformand", None, "2026-02-03", None, None),
        ],
    ),
    (  # a death notice's name on a line of its own, its sentence going on below it
        "Vores kære mor\nInger Marie Thomsen\ner stille sovet ind den 30. januar 2026.",
        [("obituary", "Inger Marie Thomsen", None, None, "2026-01-30", None, None)],
    ),
    (  # a list under "Følgende er udnævnt til partnere:": the intro's title is the new post, an item's own title the
        # previous one, and a firm's own people made partners are promoted
        "Følgende er pr. 1. januar 2026 udnævnt til partnere:\n\n1. Anna Holm, advokat – kommer fra "
        "Kammeradvokaten\n2. Bo Brask, advokat",
        [
            ("new_job", "Anna Holm", "partner", None, "2026-01-01", "advokat", "Kammeradvokaten"),
            ("promotion", "Bo Brask", "partner", None, "2026-01-01", "advokat", None),
        ],
    ),
    (  # ... but "velkommen til følgende nye medarbejdere:" names no title
        "Vi byder velkommen til følgende nye medarbejdere i Hedeby Kommune:\n\n• Sofie Kragh Lund, sagsbehandler, "
        "Ydelsesteamet – starter 2. marts",
        [("new_job", "Sofie Kragh Lund", "sagsbehandler", "Hedeby Kommune", "2026-03-02", None, None)],
    ),
    (  # a dialogue dash after a sentence opens the quote: the notice before it stays an entry
        "Søndag den 8. november kan tømrer Kasper Ravn fejre 25-års jubilæum hos Tømrerfirmaet Brdr. Holmsted ApS. "
        "– Kasper er typen, der altid har en ekstra blyant bag øret, siger mester Torben Holmsted.",
        [("anniversary", "Kasper Ravn", "tømrer", "Tømrerfirmaet Brdr. Holmsted ApS", "2026-11-08", None, None)],
    ),
    (  # "fastansat" is a hire; a later mention without the middle name is the same person
        "Mette Lindholm Ravn er fra 1. oktober fastansat som ledende overlæge på Vestdal Sygehus. Mette Ravn har "
        "været konstitueret i stillingen siden marts.",
        [("new_job", "Mette Lindholm Ravn", "ledende overlæge", "Vestdal Sygehus", "2026-10-01", None, None)],
    ),
    (  # a priest "indsat" (installed) after the vacancy sentence; not soldiers "indsat i Irak"
        "Hvolbæk-Ulvkær Pastorat har fået ny sognepræst. Simon Bang Nyholm blev indsat søndag den 4. maj 2025 og "
        "kommer fra en stilling som hospitalspræst på Skårup Sygehus.",
        [
            (
                "new_job",
                "Simon Bang Nyholm",
                "sognepræst",
                "Hvolbæk-Ulvkær Pastorat",
                "2025-05-04",
                "hospitalspræst",
                "Skårup Sygehus",
            )
        ],
    ),
    ("Soldaterne blev indsat i Irak i 2004, fortæller major Jens Holm.", []),
]


def test_graduate_table_takes_the_exam_and_school_of_the_paragraph_above() -> None:
    text = next(t for t, _ in ROUND_SIXTEEN if "svendeprøven som frisør" in t)
    educations = [r.education for r in navnenyt.extract(text, published=PUBLISHED)]
    assert [(e.programme, e.institution) for e in educations if e is not None] == [
        ("frisør", "Sydhavns Tekniske Skole"),
        ("frisør", "Sydhavns Tekniske Skole"),
    ]


@pytest.mark.parametrize(("text", "expected"), ROUND_SIXTEEN, ids=[t[:40] for t, _ in ROUND_SIXTEEN])
def test_round_sixteen(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected
