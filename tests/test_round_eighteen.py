"""Shapes fixed in round eighteen (the older gold sets and the blind wave 120-123), each with its exact records.

Each case is a text and its (kind, person, role, organisation, date, previous role, previous organisation)
records, published 2026-02-01 (so a year-less "1. marts" is 2026-03-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

from record_tuples import Move, moves

PUBLISHED = dt.date(2026, 2, 1)


ROUND_EIGHTEEN: list[tuple[str, list[Move]]] = [
    (  # an inverted vacancy: the organisation between the verb and "ny", the date of the vacancy sentence
        (
            "Fra 1. marts får Tarm Bibliotek ny leder. Det bliver Sanne Krogh, der kommer fra en stilling som"
            " bibliotekar i Skjern."
        ),
        [("new_job", "Sanne Krogh", "leder", "Tarm Bibliotek", "2026-03-01", "bibliotekar", "Skjern")],
    ),
    (  # a vacancy filled by "overtager efter" in the next sentence: the vacancy's post, organisation and date
        (
            "Fra 1. marts får Fjordlys Bolig ny driftschef. Carsten Bom Lauritsen, der i dag er "
            "ejendomsmester i Hyldebærhaven, overtager efter Arne Hessel, som går på efterløn."
        ),
        [
            (
                "new_job",
                "Carsten Bom Lauritsen",
                "driftschef",
                "Fjordlys Bolig",
                "2026-03-01",
                "ejendomsmester",
                "Hyldebærhaven",
            ),
            ("retirement", "Arne Hessel", None, "Fjordlys Bolig", None, None, None),
        ],
    ),
    (  # subjects with a note in brackets: every one joins; a note holding a cue ends the list
        (
            "Ved generalforsamlingen i Holstebro Kammerkor den 12. februar kom Morten Friis (tenor) og Anne "
            "Lykke (sopran 2) ind i bestyrelsen."
        ),
        [
            ("board_appointment", "Morten Friis", None, "Holstebro Kammerkor", "2026-02-12", None, None),
            ("board_appointment", "Anne Lykke", None, "Holstebro Kammerkor", "2026-02-12", None, None),
        ],
    ),
    (  # an adverb before the title is no part of it
        "Jonas Wexøe bliver samtidig bestyrelsens næstformand i Fjordby Forsyning A/S.",
        [("board_appointment", "Jonas Wexøe", "næstformand", "Fjordby Forsyning A/S", None, None, None)],
    ),
    (  # an adverb before the title is no part of it ("også")
        "Louise Holst, der i dag er director, bliver også partner i Kronholm & Weis pr. 1. juli.",
        [("promotion", "Louise Holst", "partner", "Kronholm & Weis", "2026-07-01", "director", None)],
    ),
    (  # the first title wins over a membership joined with "og bliver"
        (
            "Sarah Holmgaard Winther er udnævnt til Chief Commercial Officer i Nordlys Energy A/S og bliver "
            "samtidig medlem af koncernledelsen."
        ),
        [("new_job", "Sarah Holmgaard Winther", "Chief Commercial Officer", "Nordlys Energy A/S", None, None, None)],
    ),
    (  # a plant named by its common noun is no organisation
        (
            "Værket får også ny driftsleder. Efter 19 år går Knud Vesterby på pension 1. maj, og hans afløser"
            " bliver den nuværende driftsassistent Mette Dahl Kirk."
        ),
        [
            ("retirement", "Knud Vesterby", "driftsleder", None, "2026-05-01", None, None),
            ("promotion", "Mette Dahl Kirk", "driftsleder", None, "2026-05-01", "driftsassistent", None),
        ],
    ),
    (  # members named after a colon at the sentence end join the board
        (
            "Byrådet i Fjordby Kommune har den 28. januar udpeget to nye medlemmer til forsyningens "
            "bestyrelse: byrådsmedlem Jonas Wexøe (V) og Grethe Aalbæk."
        ),
        [
            ("board_appointment", "Jonas Wexøe", None, None, "2026-01-28", None, None),
            ("board_appointment", "Grethe Aalbæk", None, None, "2026-01-28", None, None),
        ],
    ),
    (  # a surname in "-s" before "og" and a title owns no title
        (
            "Vi byder velkommen til to nye kolleger i Kontor for Tilsyn, som begge startede 1. oktober: "
            "jurist Amalie Brøns og byggetekniker Hans Christian Kjær."
        ),
        [
            ("new_job", "Amalie Brøns", "jurist", None, "2025-10-01", None, None),
            ("new_job", "Hans Christian Kjær", "byggetekniker", None, "2025-10-01", None, None),
        ],
    ),
    (  # a name after the list's first name is no title
        (
            "Vi vil gerne sige tak til tre trofaste frivillige, som i år har 10-års jubilæum som besøgsven i "
            "Lundbæk Frivilligcenter: Ester Boe, Helmer Krogh og Anni Stausholm."
        ),
        [
            ("anniversary", "Ester Boe", "besøgsven", "Lundbæk Frivilligcenter", None, None, None),
            ("anniversary", "Helmer Krogh", "besøgsven", "Lundbæk Frivilligcenter", None, None, None),
            ("anniversary", "Anni Stausholm", "besøgsven", "Lundbæk Frivilligcenter", None, None, None),
        ],
    ),
    (  # another person's "bliver" clause does not give the subject's title
        (
            "Samtidig er nyhedschef Frederik Baun forfremmet til redaktionschef i Dagbladet Nordkysten, mens "
            "journalist Hanne Mølbæk bliver ny politisk redaktør."
        ),
        [
            ("promotion", "Frederik Baun", "redaktionschef", "Dagbladet Nordkysten", None, "nyhedschef", None),
            ("promotion", "Hanne Mølbæk", "politisk redaktør", "Dagbladet Nordkysten", None, None, None),
        ],
    ),
    (  # a department that gets a new head is no employer; the page names it
        (
            "Sygehus Vestkyst\n\nFra 1. oktober får Ortopædkirurgisk Afdeling ny ledende overlæge. Det bliver "
            "Kasper Ravn, der i dag er overlæge samme sted."
        ),
        [("promotion", "Kasper Ravn", "ledende overlæge", "Sygehus Vestkyst", "2026-10-01", "overlæge", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_EIGHTEEN, ids=[t[:40] for t, _ in ROUND_EIGHTEEN])
def test_round_eighteen(text: str, expected: list[Move]) -> None:
    assert moves(text, PUBLISHED) == expected
