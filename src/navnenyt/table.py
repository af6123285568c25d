"""Readable table output of records for the terminal (rich)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from navnenyt.records import Entry

PIPE_WIDTH = 160  # characters per line when stdout is not a terminal


def _position(role: str | None, organisation: str | None) -> str:
    """ "role, organisation" with the parts that are present."""
    return ", ".join(part for part in (role, organisation) if part)


def print_table(records: Sequence[Entry], console: Console | None = None) -> None:
    """Print ``records`` as a table, one row per record, to stdout unless ``console`` is given.

    Columns: kind, person, role and organisation, date (ISO 8601), previous position, label.
    """
    console = console or Console(width=None if Console().is_terminal else PIPE_WIDTH)
    if not records:
        console.print("No people-news entries found.")
        return
    table = Table("kind", "person", "role, organisation", "date", "previous", "label", show_lines=False)
    for entry in records:
        table.add_row(
            entry.kind.value,
            entry.person,
            _position(entry.role, entry.organisation),
            entry.date.isoformat() if entry.date else "",
            _position(entry.previous_role, entry.previous_organisation),
            entry.label or "",
        )
    console.print(table)
