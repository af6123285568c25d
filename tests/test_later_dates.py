"""Dates told outside the notice's own sentence (round 24): a later sentence (data/da/later_dates.yaml), a table's
or list's heading, the turn of the year, days named from publication next to a start, and the meeting's own date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from navnenyt import Extractor
from navnenyt.data_files import load_yaml
from navnenyt.errors import DataError
from navnenyt.rules import later_dates


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def dated(extractor: Extractor, text: str, published: str) -> dict[str, str | None]:
    """person -> ISO date (or None) of each record of ``text``."""
    entries = extractor.extract(text, published=dt.date.fromisoformat(published))
    return {e.person: e.date.isoformat() if e.date else None for e in entries}


def some(found: dict[str, str | None], names: dict[str, Any]) -> dict[str, str | None]:
    """The entries of ``found`` whose person is a key of ``names``."""
    return {k: v for k, v in found.items() if k in names}


DATA = load_yaml("later_dates.yaml")
EXAMPLES = [(g["kinds"], ex) for g in DATA["groups"] + DATA["events"] for ex in g["examples"]]
EXAMPLES += [(["new_job", "promotion"], ex) for ex in DATA["headline_examples"]]


@pytest.mark.parametrize(("kinds", "example"), EXAMPLES, ids=[f"{k[0]}-{n}" for n, (k, _) in enumerate(EXAMPLES)])
def test_data_example_dates_its_record(extractor: Extractor, kinds: list[str], example: dict[str, Any]) -> None:
    entries = extractor.extract(
        example["text"], published=dt.date.fromisoformat(example.get("published", "2025-01-15"))
    )
    assert example["date"] in [e.date.isoformat() for e in entries if e.date and e.kind.value in kinds]


CASES = [
    (  # the pronoun's last named person is the one replaced, not the newcomer
        "Vestdal IF har ansat Rune Hviid som ny cheftræner. Han afløser Claus Bækgaard, der efter fire sæsoner skifter "
        "til lokalrivalerne i Ravnsø BK, hvor "
        "han bliver sportschef.\n\nBækgaard står på sidelinjen for sidste gang søndag den 6. december. Han tiltræder "
        "som sportschef i Ravnsø BK 1. januar.\nHviid får sin første arbejdsdag i Vestdal IF 2. januar.",
        "2026-11-24",
        {"Rune Hviid": "2027-01-02", "Claus Bækgaard": "2027-01-01"},
    ),
    (  # another person of the same first name is not the record's person
        "Anders Lund er ansat som direktør i Lunde A/S.\n\nAnders Dam tiltræder 1. marts som CFO i Brande A/S.",
        "2026-01-10",
        {"Anders Lund": None, "Anders Dam": "2026-03-01"},
    ),
    (  # a date in another clause (after a comma) is not the cue's
        "Ådalen IF har ansat Kenneth Ravn som ny cheftræner. Ravn overtager posten efter Dennis Holm, der i oktober "
        "blev fritaget for sine opgaver.",
        "2026-12-05",
        {"Kenneth Ravn": None},
    ),
    (  # a noun of the news as subject dates the last record of its kinds
        "Louise Thygesen Bak bliver ny partner i Kronborg Revision P/S. Louise har været hos os siden 2014.\n\n"
        "Optagelsen i partnerkredsen har virkning fra 1. januar 2026.",
        "2025-10-01",
        {"Louise Thygesen Bak": "2026-01-01"},
    ),
    (  # the turn of the year starts a post on 1 January, but dates no leaving
        "Carsten Kold skifter til Nordhavn Logistik A/S som driftsdirektør. Han starter fra nytår.",
        "2025-11-05",
        {"Carsten Kold": "2026-01-01"},
    ),
    (
        "Henrik Sloth, forstander på Lundsmark Efterskole, går på pension ved nytår.",
        "2026-11-05",
        {"Henrik Sloth": None},
    ),
    (  # a day named from publication next to a start, or after an effective cue
        "Kasper Ølgaard startede i går som CISO hos Borgenet A/S.",
        "2025-11-20",
        {"Kasper Ølgaard": "2025-11-19"},
    ),
    (
        "Nikolaj Storm er fra i dag ny indkøbschef hos Kranfirmaet Løft ApS.",
        "2025-10-01",
        {"Nikolaj Storm": "2025-10-01"},
    ),
    (  # a meeting told in the past with a day named from publication ("i tirsdags"), not a bare weekday
        "Ved generalforsamlingen i Tørring IF i tirsdags blev Nanna Kirketerp, 34, valgt som ny formand.",
        "2026-04-09",
        {"Nanna Kirketerp": "2026-04-07"},
    ),
    (
        "Efter 14 år valgte Thomas Brandt at stoppe som formand for Kjærby IF, da foreningen tirsdag aften holdt "
        "generalforsamling. Ny formand blev Louise Dahl Pedersen.",
        "2026-03-05",
        {"Louise Dahl Pedersen": None},
    ),
    (  # a date of the person's past read from another sentence is dropped, not the record
        "Thomas Aagaard er ansat som it-chef i Lindholm Logistik A/S. Han blev uddannet datamatiker i juni 2012.",
        "2026-02-03",
        {"Thomas Aagaard": None},
    ),
    (
        "Thomas Aagaard er ansat som it-chef i Lindholm Logistik A/S. Han kom til Vejle Kommune 1. marts 2015.",
        "2026-02-03",
        {"Thomas Aagaard": None},
    ),
    (  # "samme dag" in the notice's sentence: the day told before
        "Onsdag den 1. oktober er det 50 år siden, at Brdr. Agerskov A/S blev grundlagt.\n\nSamme dag kan tre af "
        "vores medarbejdere fejre 25 års jubilæum hos os: lagerchef Bente Winther.",
        "2025-09-22",
        {"Bente Winther": "2025-10-01"},
    ),
    (  # "der i dag er R" tells the present post, not a day
        "Lise Holm, der i dag er økonomichef i Lunde A/S, tiltræder som direktør i Brande A/S.",
        "2025-10-01",
        {"Lise Holm": None},
    ),
    (  # a heading with an effective cue dates the table below it
        "Karriere: Nye ansættelser pr. 1. februar\n\nNavn | Stilling | Virksomhed\n"
        "Jakob Rasmussen | Chief Technology Officer | Nordvind Software A/S\n"
        "Maria Østergaard | Key Account Manager | Logitrans ApS\n",
        "2026-01-22",
        {"Jakob Rasmussen": "2026-02-01", "Maria Østergaard": "2026-02-01"},
    ),
    (  # ... and a numbered list under an intro without a date
        "Tre nye overlæger pr. 1. marts\n\nDirektionen har ansat følgende:\n\n"
        "1. Karen Sønderskov, overlæge, Ortopædkirurgisk Afdeling – kommer fra Sygehus Lyngbjerg\n"
        "2. Yasmin Haddad, overlæge, Akutmodtagelsen – kommer fra Privathospitalet Strandhøj\n",
        "2026-02-05",
        {"Karen Sønderskov": "2026-03-01", "Yasmin Haddad": "2026-03-01"},
    ),
    (  # a decision's date ("fra 1. juli") is not the meeting's
        "På generalforsamlingen i Andelsboligforeningen Søbakken den 24. april blev Lone Friis valgt som formand.\n\n"
        "Nyvalgt til bestyrelsen blev Ahmad Sabri.\n\n"
        "Generalforsamlingen godkendte også en stigning i boligafgiften på 2,5 procent fra 1. juli.",
        "2025-04-28",
        {"Lone Friis": "2025-04-24", "Ahmad Sabri": "2025-04-24"},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_dates_outside_the_notice(extractor: Extractor, text: str, published: str, expected: dict[str, Any]) -> None:
    assert some(dated(extractor, text, published), expected) == expected


def test_malformed_data_raises_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(later_dates, "load_yaml", lambda name: {"subjects": ["han"], "groups": [{"kinds": ["x"]}]})
    later_dates.tables.cache_clear()
    try:
        with pytest.raises(DataError, match=r"later_dates\.yaml"):
            later_dates.tables()
    finally:
        monkeypatch.undo()
        later_dates.tables.cache_clear()
    assert later_dates.tables().groups
