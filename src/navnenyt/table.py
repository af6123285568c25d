"""Readable table output of records for the terminal (rich)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from navnenyt.records import DatePrecision, Entry

PIPE_WIDTH = 160  # characters per line when stdout is not a terminal


def _position(role: str | None, organisation: str | None) -> str:
    """ "role, organisation" with the parts that are present."""
    return ", ".join(part for part in (role, organisation) if part)


def _date(entry: Entry) -> str:
    """The date in ISO 8601 to the precision printed in the text: "2026-04-01", "2026-04" or "2026"."""
    if entry.date is None:
        return ""
    text = entry.date.isoformat()
    if entry.date_precision is DatePrecision.month:
        return text[:7]
    if entry.date_precision is DatePrecision.year:
        return text[:4]
    return text


def _details(entry: Entry) -> str:
    """What the other columns lack: age and years ("60 år"), the award's name, the education's parts."""
    parts: list[str] = []
    if entry.age is not None:
        parts.append(f"{entry.age} år")
    if entry.years is not None:
        parts.append(f"{entry.years} år")
    if entry.award:
        parts.append(entry.award)
    if entry.education is not None:
        education = entry.education
        parts.extend(part for part in (education.programme, education.specialisation, education.institution) if part)
    return ", ".join(parts)


def print_table(records: Sequence[Entry], console: Console | None = None) -> None:
    """Print ``records`` as a table, one row per record, to stdout unless ``console`` is given.

    Columns: kind, person, role and organisation, date (ISO 8601, cut to the precision printed: "2026-04" for
    "i april"), previous position, details (age or years of an anniversary as "N år", the award's name, the
    education's programme, specialisation and institution), label. ``--json`` gives every field.
    """
    console = console or Console(width=None if Console().is_terminal else PIPE_WIDTH)
    if not records:
        console.print("No people-news entries found.")
        return
    table = Table("kind", "person", "role, organisation", "date", "previous", "details", "label", show_lines=False)
    for entry in records:
        table.add_row(
            entry.kind.value,
            entry.person,
            _position(entry.role, entry.organisation),
            _date(entry),
            _position(entry.previous_role, entry.previous_organisation),
            _details(entry),
            entry.label or "",
        )
    console.print(table)
