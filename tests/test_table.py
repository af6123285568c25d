"""The readable table of `navnenyt extract` (no --json): every row holds the fields a reader needs."""

from __future__ import annotations

import datetime as dt

from rich.console import Console

from navnenyt.records import DatePrecision, Education, Entry, EntryKind
from navnenyt.table import print_table


def _rows(records: list[Entry]) -> list[list[str]]:
    console = Console(width=300, record=True, color_system=None)
    print_table(records, console=console)
    lines = console.export_text().splitlines()
    rows = [line.replace("┃", "│") for line in lines if line[:1] in "│┃"]
    return [[cell.strip() for cell in row.strip("│").split("│")] for row in rows]


def _entry(**fields: object) -> Entry:
    return Entry.model_validate({"text": "x", "start": 0, "end": 1, **fields})


def test_table_rows_show_age_years_award_education_and_date_precision() -> None:
    records = [
        _entry(
            kind=EntryKind.birthday,
            person="Hans Jensen",
            role="direktør",
            organisation="Ribe Tømrer A/S",
            date=dt.date(2026, 4, 2),
            date_precision=DatePrecision.day,
            age=60,
            label="Mærkedage",
        ),
        _entry(kind=EntryKind.anniversary, person="Ingrid Holm", organisation="Danske Sten A/S", years=25),
        _entry(
            kind=EntryKind.completed_education,
            person="Per Olsen",
            education=Education(programme="cand.merc.", specialisation="finansiering", institution="CBS"),
        ),
        _entry(kind=EntryKind.award, person="Lise Berg", award="Årets Ildsjæl"),
        _entry(
            kind=EntryKind.new_job,
            person="Ole Dam",
            role="direktør",
            organisation="Nordvest A/S",
            date=dt.date(2026, 4, 1),
            date_precision=DatePrecision.month,
            previous_role="salgschef",
            previous_organisation="Vestkyst ApS",
        ),
        _entry(
            kind=EntryKind.retirement, person="Bo Lund", date=dt.date(2026, 1, 1), date_precision=DatePrecision.year
        ),
    ]
    assert _rows(records) == [
        ["kind", "person", "role, organisation", "date", "previous", "details", "label"],
        ["birthday", "Hans Jensen", "direktør, Ribe Tømrer A/S", "2026-04-02", "", "60 år", "Mærkedage"],
        ["anniversary", "Ingrid Holm", "Danske Sten A/S", "", "", "25 år", ""],
        ["completed_education", "Per Olsen", "", "", "", "cand.merc., finansiering, CBS", ""],
        ["award", "Lise Berg", "", "", "", "Årets Ildsjæl", ""],
        ["new_job", "Ole Dam", "direktør, Nordvest A/S", "2026-04", "salgschef, Vestkyst ApS", "", ""],
        ["retirement", "Bo Lund", "", "2026", "", "", ""],
    ]


def test_table_of_no_records_says_so() -> None:
    console = Console(width=100, record=True, color_system=None)
    print_table([], console=console)
    assert console.export_text().strip() == "No people-news entries found."
