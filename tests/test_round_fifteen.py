"""Shapes fixed in round fifteen (blind gold sets 96-99), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01, told in the past tense 2025-03-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt
from navnenyt.normalise import normalise
from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_FIFTEEN: list[tuple[str, list[Move]]] = [
    (  # two names before a cue of several words ("ønskede ikke genvalg"): both leave
        "Michael Toft og Pernille Aagaard ønskede ikke genvalg.",
        [
            ("departure", "Michael Toft", None, None, None, None, None),
            ("departure", "Pernille Aagaard", None, None, None, None, None),
        ],
    ),
    (  # "gik" is a verb after a list of names as "går" is
        "Michael Toft og Pernille Aagaard gik på pension.",
        [
            ("retirement", "Michael Toft", None, None, None, None, None),
            ("retirement", "Pernille Aagaard", None, None, None, None, None),
        ],
    ),
    (  # "til bestyrelsen" after "genopstille" is where one does not stand again: no board post
        "Michael Toft ønskede ikke at genopstille til bestyrelsen.",
        [("departure", "Michael Toft", None, None, None, None, None)],
    ),
    (  # an honorary membership is an award (cues.yaml aeresmedlem)
        "Palle Thygesen blev hyldet med stående bifald og udnævnt til foreningens første æresmedlem.",
        [("award", "Palle Thygesen", None, None, None, None, None)],
    ),
    (  # the meeting's own organisation named after its definite noun, for a board post dated in its own sentence
        "Generalforsamlingen i Vestjysk Familielandbrug blev holdt tirsdag den 3. marts.\n\n"
        "Bestyrelsen konstituerede sig efterfølgende den 3. marts med Mads Thomsen som næstformand.",
        [("board_appointment", "Mads Thomsen", "næstformand", "Vestjysk Familielandbrug", "2025-03-03", None, None)],
    ),
    (  # ... and not the place after the indefinite noun, but the holder before "holdt" (round 22)
        "Vestjysk Familielandbrug holdt generalforsamling i Tvedmose Forsamlingshus tirsdag den 3. marts.\n\n"
        "Bestyrelsen konstituerede sig efterfølgende den 3. marts med Mads Thomsen som næstformand.",
        [("board_appointment", "Mads Thomsen", "næstformand", "Vestjysk Familielandbrug", "2025-03-03", None, None)],
    ),
]


ROUND_FIFTEEN += [
    (  # a list under an intro naming the board and a weak election verb
        "Til hovedbestyrelsen blev desuden valgt:\n- Khalid Mansour, Ravnsbjerg\n- Maibritt Lunde, Fjordby",
        [
            ("board_appointment", "Khalid Mansour", None, None, None, None, None),
            ("board_appointment", "Maibritt Lunde", None, None, None, None, None),
        ],
    ),
    (  # briefs in one line after a heading part and before a closing part
        "NAVNE | Ny regionschef i Erhvervsforeningen Sydkysten: Malene Fogh tiltræder 15. juni | Mogens Thrane, "
        "formand for Grundejerforeningen Strandhaverne, fylder 70 år den 9. juni | Dorte Ahlgren er indtrådt i "
        "bestyrelsen for Boligkontoret Fjordparken | Send dine navnenyheder til os",
        [
            ("new_job", "Malene Fogh", "regionschef", "Erhvervsforeningen Sydkysten", "2026-06-15", None, None),
            ("birthday", "Mogens Thrane", "formand", "Grundejerforeningen Strandhaverne", "2026-06-09", None, None),
            ("board_appointment", "Dorte Ahlgren", None, "Boligkontoret Fjordparken", None, None, None),
        ],
    ),
    (  # an anniversary list item with a colon between the name and the years
        "Jubilarer\n– Bogholder Vivi Andersen: 25 år den 2. marts\n– Turneringsleder Finn Kragh: 10 år den 15. marts",
        [
            ("anniversary", "Vivi Andersen", "Bogholder", None, "2026-03-02", None, None),
            ("anniversary", "Finn Kragh", "Turneringsleder", None, "2026-03-15", None, None),
        ],
    ),
    (  # the successor named after "af" is no organisation of the records about its person
        "Ny formand blev den hidtidige næstformand, revisor Jytte Kamp. Hun afløses som næstformand af Arne Vedsted.",
        [
            ("board_appointment", "Jytte Kamp", "næstformand", None, None, "revisor", None),
            ("new_job", "Arne Vedsted", "næstformand", None, None, None, None),
        ],
    ),
    (  # a board noun beside a departure cue names the board left
        "Efter 16 år i bestyrelsen havde Gurli Søndergaard meddelt, at hun ikke ønskede genvalg.",
        [("departure", "Gurli Søndergaard", None, None, None, None, None)],
    ),
    (  # an election table: the post column, the elected, a note; re-elected rows are no news; the meeting's date
        "Resultater af valg – Årsmødet 28. januar 2026\n\nPost | Valgt | Bemærkning\n"
        "Formand | Susanne Thorlund | genvalgt, 2 år\nNæstformand | Claus Ibsgaard | ny (afløser Vagn Rønnow)\n"
        "Revisor | Ulla Stengaard | genvalgt",
        [("board_appointment", "Claus Ibsgaard", "Næstformand", None, "2026-01-28", None, None)],
    ),
    (  # the meeting's later paperwork ("inden 15. april") does not hide the day of the meeting reported
        "Årsmødet den 28. januar 2026 valgte nye folk.\n\nSom ny næstformand valgtes Claus Ibsgaard.\n\n"
        "Referat af årsmødet lægges på hjemmesiden inden 15. april.",
        [("board_appointment", "Claus Ibsgaard", "næstformand", None, "2026-01-28", None, None)],
    ),
]


ROUND_FIFTEEN += [
    (  # an address after the name in a board's constitution list is no part of the item
        "Bestyrelsen har på sit første møde efter generalforsamlingen den 24. januar konstitueret sig således:\n\n"
        "Formand: Jonas Winding, nr. 14, 2. tv.\nKasserer: Nadia Khalil, nr. 3, 3. th.",
        [
            ("board_appointment", "Jonas Winding", "Formand", None, "2026-01-24", None, None),
            ("board_appointment", "Nadia Khalil", "Kasserer", None, "2026-01-24", None, None),
        ],
    ),
    (  # undated items under a years heading in a section of anniversaries
        "Jubilarer 1. kvartal 2026\n\n40 år\nSygeplejerske Birthe Kolding, Regionshospitalet Nordå\n"
        "Portør Jørgen Ravn, Serviceafdelingen",
        [
            ("anniversary", "Birthe Kolding", "Sygeplejerske", "Regionshospitalet Nordå", None, None, None),
            ("anniversary", "Jørgen Ravn", "Portør", None, None, None, None),
        ],
    ),
    (  # one word after the name that names an organisation (org_endings: "-skolen") is the workplace, no home
        "Skolebetjent Kaj Bertelsen, Bakkeskolen, kan 1. november fejre 25 års jubilæum.",
        [("anniversary", "Kaj Bertelsen", "Skolebetjent", "Bakkeskolen", "2026-11-01", None, None)],
    ),
    (  # "fortsætter i bestyrelsen": a member carrying on, no board post
        "Som ny formand valgtes Jette Lind. Mads Ulriksen fortsætter i bestyrelsen.",
        [("board_appointment", "Jette Lind", "formand", None, None, None, None)],
    ),
    (  # the end of "året" is this year's, whatever the tense of the sentence around it
        "Bjarne Kirkeby genopstillede ikke og udtræder af bestyrelsen ved udgangen af året.",
        [("departure", "Bjarne Kirkeby", None, None, "2026-12-31", None, None)],
    ),
    (  # a table under "Runde dage": its "År" column counts years of age
        "Runde dage i marts\nDato | Navn | År | Bopæl\n3. marts | Hans Lauritsen | 70 | Vestå\n"
        "8. marts | Bodil Krag | 60 | Holmå",
        [
            ("birthday", "Hans Lauritsen", None, None, "2026-03-03", None, None),
            ("birthday", "Bodil Krag", None, None, "2026-03-08", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_FIFTEEN, ids=[t[:40] for t, _ in ROUND_FIFTEEN])
def test_round_fifteen(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected


AGE_SECTIONS = (
    "Mærkedage i december\n\nJubilæer\n\n40 år\n1. december: Lars Mikkelsen, erhvervskundechef, Sparekassen Hvidkær\n\n"
    "25 år\n3. december: Birgit Holm, advokatsekretær, Advokatfirmaet Skov & Ravn\n\n"
    "Fødselsdage\n\n60 år\n5. december: Torben Gammeltoft, partner, Gammeltoft & Lau Advokater\n"
)


def test_age_headings_under_a_section_heading_across_blank_lines() -> None:
    records = navnenyt.extract(AGE_SECTIONS, published=dt.date(2025, 11, 25))
    assert [(r.kind.value, r.person, r.role, r.organisation, str(r.date)) for r in records] == [
        ("anniversary", "Lars Mikkelsen", "erhvervskundechef", "Sparekassen Hvidkær", "2025-12-01"),
        ("anniversary", "Birgit Holm", "advokatsekretær", "Advokatfirmaet Skov & Ravn", "2025-12-03"),
        ("birthday", "Torben Gammeltoft", "partner", "Gammeltoft & Lau Advokater", "2025-12-05"),
    ]


MARKUP = (
    "<h2>Nyt fra Forsikringsselskabet Vendelbo</h2>\n<h3>Ny bestyrelsespost</h3>\n"
    "<p>Direktør i Vendelbo Annette <em>Lykkegaard</em> er indtrådt i bestyrelsen for Brancheforeningen "
    "Skadesforsikring Vest som næstformand.</p><!-- teaser --><script>var x = 1;</script>"
)


def test_html_markup_in_a_text_is_read_as_its_text_and_offsets_index_the_input() -> None:
    [record] = navnenyt.extract(MARKUP, published=PUBLISHED)
    assert (record.kind.value, record.person, record.role, record.organisation, record.label) == (
        "board_appointment",
        "Annette Lykkegaard",
        "næstformand",
        "Brancheforeningen Skadesforsikring Vest",
        "Ny bestyrelsespost",
    )
    assert MARKUP[record.start : record.end] == record.text
    assert "<p>" not in record.text and "næstformand." in record.text


def test_markup_pass_keeps_plain_angle_brackets_and_maps_offsets() -> None:
    assert normalise("Pris <100 kr. for <Navn> og a > b").text == "Pris <100 kr. for <Navn> og a > b"
    norm = normalise("<p>Eva <b>Holm</b> er ny CFO.</p>")
    assert norm.text == "Eva Holm er ny CFO."
    start = norm.text.index("Eva")
    assert norm.span_to_original(start, start + len("Eva Holm")) == (3, 14)  # "Eva <b>Holm"


def test_a_label_over_one_notice_before_the_next_heading_and_a_table_dated_two_blank_lines_below() -> None:
    text = (
        "Forfremmelse\n\nMads Overgaard er forfremmet til projektdirektør i Vestjysk Byggeri A/S med virkning fra 15. "
        "marts 2026.\n\nFlere nye medarbejdere\n\nNavn | Ny stilling | Kommer fra\n"
        "Line Dyrberg | Byggeleder, Vestjysk Byggeri A/S | Esbjerg Entreprise A/S\n\n\n"
        "Alle skift træder i kraft 1. april 2026."
    )
    records = navnenyt.extract(text, published=PUBLISHED)
    assert [(r.kind.value, r.person, r.label, str(r.date)) for r in records] == [
        ("promotion", "Mads Overgaard", "Forfremmelse", "2026-03-15"),
        ("new_job", "Line Dyrberg", None, "2026-04-01"),
    ]
