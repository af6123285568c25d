"""Readable table output of records for the terminal (rich)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from navnenyt.records import Entry

COLUMNS = ("kind", "person", "organisation", "role", "date", "previous_role", "previous_organisation")


def print_table(records: Sequence[Entry], console: Console | None = None) -> None:
    """Print ``records`` as a table with one row per record (to stdout unless ``console`` is given)."""
    console = console or Console()
    if not records:
        console.print("No people-news entries found.")
        return
    table = Table(*COLUMNS, show_lines=False)
    for entry in records:
        row = entry.model_dump(mode="json")
        table.add_row(*[str(row[col]) if row[col] is not None else "" for col in COLUMNS])
    console.print(table)
