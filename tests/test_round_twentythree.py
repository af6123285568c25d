"""Shapes fixed in round twenty-three (the blind waves 180-187 and the older gold sets), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01). The texts are new: none is copied from a
gold set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from navnenyt.normalise import normalise
from navnenyt.segment import segment
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_TWENTY_THREE: list[tuple[str, list[Move]]] = [
    (  # the region a post covers between the title and its organisation
        "Lotte Brix er tiltrådt som Country Manager i Sverige for den danske it-virksomhed Datavig A/S.",
        [("new_job", "Lotte Brix", "Country Manager", "Datavig A/S", None, None, None)],
    ),
    (  # a unit of the new employer, then "kommer fra" another: a hire, not a move inside
        "Jonas Holm er ansat som projektleder i afdelingen for anlæg og kommer fra Vejbyg A/S, hvor han var "
        "byggeleder.",
        [("new_job", "Jonas Holm", "projektleder", None, None, "byggeleder", "Vejbyg A/S")],
    ),
    (  # "i firmaets skatteteam": a team of the same firm
        "Pr. 1. marts udnævnes Mette Lund til seniorrådgiver i firmaets skatteteam.",
        [("promotion", "Mette Lund", "seniorrådgiver", None, "2026-03-01", None, None)],
    ),
    (  # a site's short name over its menu, written by its own sentences after "hos"; "runder 40 år i virksomheden"
        "Kragholm Maskinfabrik\nProdukter | Service | Om os | Nyheder | Kontakt\n\n"
        "Den 12. februar kan smed Poul Vinding fejre 25 års jubilæum hos Kragholm Maskinfabrik.\n"
        "Lagerchef Rita Holt runder 40 år i virksomheden den 20. februar.",
        [
            ("anniversary", "Poul Vinding", "smed", "Kragholm Maskinfabrik", "2026-02-12", None, None),
            ("anniversary", "Rita Holt", "Lagerchef", "Kragholm Maskinfabrik", "2026-02-20", None, None),
        ],
    ),
    (  # ... but "runder 70 år i morgen" is a birthday
        "Direktør Svend Berg runder 70 år i morgen.",
        [("birthday", "Svend Berg", "Direktør", None, "2026-02-02", None, None)],
    ),
    (  # a site's short name written in full with its company form by a sentence of the page
        "Dalgaard & Winther\nYdelser   Sager   Om os   Karriere   Nyheder\n\n"
        "Hos Dalgaard & Winther Arkitekter ApS har vi sagt velkommen til en ny kollega.\n\n"
        "Ida Krogh er ansat som arkitekt og kommer fra Tegnestuen Vest.",
        [("new_job", "Ida Krogh", "arkitekt", "Dalgaard & Winther Arkitekter ApS", None, None, "Tegnestuen Vest")],
    ),
    (  # a town's news page is no site of its own: "Bøgely" names no owner
        "Bøgely · Nyheder\n\nCenterchef Lis Vad går på pension 1. marts.\n\nCaféen drives af Bøgely Madhus ApS, som "
        "også har kantinen på rådhuset.",
        [("retirement", "Lis Vad", "Centerchef", None, "2026-03-01", None, None)],
    ),
    (  # profile cards under the notices: after a blank line, and of three lines with a title
        "Karriere\n\nNyt job\nMie Dalby er ansat som controller. Hun kommer fra Lindbo A/S.\n\nMie Dalby\n"
        "Hvidå Foods A/S\n\nForfremmelse\nKarl Aas er forfremmet til salgsdirektør.\nKarl Aas\nSalgsdirektør\n"
        "Torvig Gruppen A/S",
        [
            ("new_job", "Mie Dalby", "controller", "Hvidå Foods A/S", None, None, "Lindbo A/S"),
            ("promotion", "Karl Aas", "salgsdirektør", "Torvig Gruppen A/S", None, None, None),
        ],
    ),
    (  # the headline's short name, written in full in the closing paragraph
        "Vestbæk Ventilation henter ny salgschef\n\nLasse Krog er ansat som salgschef og tiltræder 1. marts. Han "
        "kommer fra Klimahuset A/S.\n\nVestbæk Ventilation ApS har 80 ansatte i Horsens og Vejle.",
        [("new_job", "Lasse Krog", "salgschef", "Vestbæk Ventilation ApS", "2026-03-01", None, "Klimahuset A/S")],
    ),
    (  # ... but not a town inside a longer name
        "Ny uddeler kommer fra Skive\n\nJens Ravn er ansat som uddeler og tiltræder 1. marts. Han kommer fra "
        "Købmandsgården Skive ApS.",
        [("new_job", "Jens Ravn", "uddeler", None, "2026-03-01", None, "Købmandsgården Skive ApS")],
    ),
    (  # "til en stilling som COO i O": the title, then the organisation
        "Anne Ravn skifter 1. april til en stilling som CFO i Sønderlund Mejeri A/S.",
        [("new_job", "Anne Ravn", "CFO", "Sønderlund Mejeri A/S", "2026-04-01", None, None)],
    ),
    (  # list items that open with their own years before a dash
        "Jubilarer i februar\n\nVi ønsker tillykke til to kolleger, der fejrer jubilæum hos Hjortdal Plast A/S:\n\n"
        "40 år – den 3. februar: Bo Lind, maskinarbejder\n25 år – den 17. februar: Tina Sø, laborant",
        [
            ("anniversary", "Bo Lind", "maskinarbejder", "Hjortdal Plast A/S", "2026-02-03", None, None),
            ("anniversary", "Tina Sø", "laborant", "Hjortdal Plast A/S", "2026-02-17", None, None),
        ],
    ),
    (  # a "Kommune" column names the employer
        "Navn | Stilling | Kommune | Tiltræder\nHanne Brix | skolechef | Vesterlund Kommune | 1. marts\n"
        "Ole Dahl | jobcenterchef | Nordå Kommune | 1. april",
        [
            ("new_job", "Hanne Brix", "skolechef", "Vesterlund Kommune", "2026-03-01", None, None),
            ("new_job", "Ole Dahl", "jobcenterchef", "Nordå Kommune", "2026-04-01", None, None),
        ],
    ),
    (  # a university's institute, then the university: the employer
        "Lektor Sara Holm er fra 1. marts udnævnt til professor ved Institut for Geografi ved Nordkyst Universitet.",
        [("promotion", "Sara Holm", "professor", "Nordkyst Universitet", "2026-03-01", "Lektor", None)],
    ),
    (  # a hospital's ward on a hospital
        "Overlæge Birgit Dam, Børneafdelingen på Sydkyst Sygehus, fylder 60 år den 26. februar.",
        [("birthday", "Birgit Dam", "Overlæge", "Sydkyst Sygehus", "2026-02-26", None, None)],
    ),
    (  # "afløser dermed Y": the adverb is no title of the one who leaves
        "Ditte Aagaard blev valgt som ny formand og afløser dermed Jens Bøgh, der ikke genopstillede.",
        [
            ("board_appointment", "Ditte Aagaard", "formand", None, None, None, None),
            ("departure", "Jens Bøgh", None, None, None, None, None),
        ],
    ),
    (  # each notice's own heading: "O: headline" (past a label line), "Ny R i O" (no town: "i Vesterby")
        "Karriere\n\nHolmby Revision P/S: Ny partner\nForfremmelse\nStatsautoriseret revisor Mads Berg er udnævnt til "
        "partner pr. 1. marts.\n\nVindrup Energi A/S: Ny salgsdirektør\nNyt job\nLone Kjær bliver ny salgsdirektør 1. "
        "april. Hun kommer fra Solhav A/S.",
        [
            (
                "promotion",
                "Mads Berg",
                "partner",
                "Holmby Revision P/S",
                "2026-03-01",
                "Statsautoriseret revisor",
                None,
            ),
            ("new_job", "Lone Kjær", "salgsdirektør", "Vindrup Energi A/S", "2026-04-01", None, "Solhav A/S"),
        ],
    ),
    (
        "Personalia\n\nNy formand i Sønderå Landboforening\nGårdejer Ib Hvid blev tirsdag den 27. januar valgt som "
        "formand.\n\nNy direktør i Vesterby\nKaj Holm er ansat som direktør og tiltræder 1. marts.",
        [
            ("board_appointment", "Ib Hvid", "formand", "Sønderå Landboforening", "2026-01-27", None, None),
            ("new_job", "Kaj Holm", "direktør", None, "2026-03-01", None, None),
        ],
    ),
    (  # a company page's footer with its name, form and address under a header that gives the name
        "STUDIO LINDGREN\nArbejde   Ydelser   Journal   Kontakt\n\nVi siger velkommen til Viktor Holm, der er ansat "
        "som grafisk designer.\n\nStudio Lindgren ApS · Jægergade 9 · 8000 Aarhus C · CVR 36 90 12 55",
        [("new_job", "Viktor Holm", "grafisk designer", "Studio Lindgren ApS", None, None, None)],
    ),
    (  # ... but a news site's publisher employs none of the people in its columns
        "FYNS ERHVERVSAVIS\nNyheder  Karriere  Job\nLog ind | Bliv abonnent\n\nKarriere\nViktor Holm er ansat som "
        "grafisk designer.\n\n© Fyns Erhvervsavis ApS · Vestergade 2 · 5000 Odense C",
        [("new_job", "Viktor Holm", "grafisk designer", None, None, None, None)],
    ),
    (  # a stock-exchange announcement's signature names its issuer
        "Selskabsmeddelelse nr. 3/2026\nEsbjerg, 27. januar 2026\n\nBestyrelsen har ansat Tina Bak som "
        "økonomidirektør pr. 1. april.\n\nYderligere oplysninger: Ole Dam, formand, tlf. 40 11 22 33\n\n"
        "Vestkyst Bølgeenergi A/S\nHavnegade 30, 6700 Esbjerg",
        [("new_job", "Tina Bak", "økonomidirektør", "Vestkyst Bølgeenergi A/S", "2026-04-01", None, None)],
    ),
    (  # an article about one company above a "NAVNE" section gives its notices no organisation
        "Årets Ildsjæl: - Jeg deler prisen med holdet\n\nDirektøren for Kløvermark Isolering blev hædret ved "
        "gallafesten.\n\nAf Ida Bro\n\nKløvermark Isolering ApS blev stiftet i 2009.\n\nNAVNE\n\nBent Juhl går på "
        "pension\nEfter 40 år som værkfører går Bent Juhl på pension den 28. februar.",
        [("retirement", "Bent Juhl", "værkfører", None, "2026-02-28", None, None)],
    ),
    (  # "(fra O)" after a list item: where the new colleague comes from
        "Nye i jobbet\nLotte Falk, indkøbschef, Hjemmeliv A/S (fra Boligstil ApS)\nAmir Haddad, e-commerce manager, "
        "Sportigo ApS (fra Løberen Online ApS)",
        [
            ("new_job", "Lotte Falk", "indkøbschef", "Hjemmeliv A/S", None, None, "Boligstil ApS"),
            ("new_job", "Amir Haddad", "e-commerce manager", "Sportigo ApS", None, None, "Løberen Online ApS"),
        ],
    ),
    (  # an organisation's newsletter: "Nyt fra HR" is a unit's news; units in the notices are the issuer's
        "MEDARBEJDERNYT · Vestby Kommune · Nr. 2 · februar 2026\n\nNyt fra HR\nHusk at registrere din ferie.\n\n"
        "MÆRKEDAGE\n\nJubilæum\nLis Holm, sekretær i Borgerservice, kan den 1. marts fejre 25 års jubilæum i Vestby "
        "Kommune.\n\nNYE KOLLEGER\n• Jens Bo er startet som IT-supporter i kommunens IT-afdeling.",
        [
            ("anniversary", "Lis Holm", "sekretær", "Vestby Kommune", "2026-03-01", None, None),
            ("new_job", "Jens Bo", "IT-supporter", "Vestby Kommune", None, None, None),
        ],
    ),
    (  # a hospital's unit between the title and the hospital is no part of the title ...
        "Rasmus Holm er forfremmet fra afdelingslæge til overlæge i Reumatologisk Ambulatorium på Fjordbyens Sygehus.",
        [("promotion", "Rasmus Holm", "overlæge", "Fjordbyens Sygehus", None, "afdelingslæge", None)],
    ),
    (  # ... but "leder af Borgerservice" is the title
        "Mia Dam er ansat som leder af Borgerservice i Nordå Kommune.",
        [("new_job", "Mia Dam", "leder af Borgerservice", "Nordå Kommune", None, None, None)],
    ),
    (  # an e-mail's subject "Nyt fra O" and its signature with the address under the name
        "Emne: Nyt fra Holm & Kjeldsen – februar 2026\n\nKære kunde\n\nVi har ansat Lene Thrane som revisorassistent "
        "pr. 1. marts.\n\nMed venlig hilsen\n\nHolm & Kjeldsen Revision I/S\nTorvegade 3 · 6700 Esbjerg",
        [("new_job", "Lene Thrane", "revisorassistent", "Holm & Kjeldsen Revision I/S", "2026-03-01", None, None)],
    ),
    (  # a site's name before its menu after a gap of spaces
        "Jysk Handelsforening   Nyheder · Medlemsfordele · Kurser · Kontakt\n\nVi har ansat Ida Vang som "
        "kursuskoordinator pr. 1. marts.",
        [("new_job", "Ida Vang", "kursuskoordinator", "Jysk Handelsforening", "2026-03-01", None, None)],
    ),
    (  # a press release's signature names the issuer, not the previous employer in its first lines
        "Pressemeddelelse\nGrenå, 9. februar 2026\n\nSelskabets bestyrelse har udpeget Jens Lund som ny "
        "økonomidirektør. Han tiltræder 1. april og kommer fra en stilling som finanschef i Djurs Mejeri A/S.\n\n"
        "Med venlig hilsen\nBirgitte Holm\nAdm. direktør\nGrenå Fødevarer A/S\nHavnevej 3, 8500 Grenå",
        [
            (
                "new_job",
                "Jens Lund",
                "økonomidirektør",
                "Grenå Fødevarer A/S",
                "2026-04-01",
                "finanschef",
                "Djurs Mejeri A/S",
            )
        ],
    ),
    (  # an inverted second clause of leaving: its subject between commas after the title
        "Den 1. maj tiltræder Karsten Bech som direktør i Brande Plast A/S, og samtidig går den nuværende direktør, "
        "Poul Erik Sand, på pension.",
        [
            ("new_job", "Karsten Bech", "direktør", "Brande Plast A/S", "2026-05-01", None, None),
            ("retirement", "Poul Erik Sand", "direktør", "Brande Plast A/S", None, None, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_TWENTY_THREE, ids=[t[:40] for t, _ in ROUND_TWENTY_THREE])
def test_round_twenty_three(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


def test_a_profile_card_is_kept_with_the_entry_above_it() -> None:
    text = normalise("Nyt job\nMie Dalby er ansat som controller.\n\nMie Dalby\nHvidå Foods A/S\n\nLæs også").text
    cards = [s.card_of(text) for s in segment(text) if s.card is not None]
    assert cards == [("Mie Dalby", "Hvidå Foods A/S")]
