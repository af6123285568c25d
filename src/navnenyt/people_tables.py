"""People-news tables in plain text: a header row naming the columns, then one row per person.

Scraped "Navne" and "Personalia" pages often print their news as a table whose cells are cut by "|" (also
Markdown tables with a ``|---|`` rule) or by tabs::

    Navn | Ny stilling | Virksomhed | Tiltræder
    Henrik Sørlund | projektdirektør | Teglgaard Entreprise A/S | 1. februar

A header is recognised by its column names (``data/da/tables.yaml``): it needs a person column and a role or
organisation column. Each following line with the same separator is a row; the first other line ends the table.
This module only finds tables (no spaCy); :mod:`navnenyt.rules.tables` turns their rows into records.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from navnenyt.data_files import load_yaml
from navnenyt.errors import DataError
from navnenyt.records import EntryKind

HEADING_MAX_CHARS = 60
"""A line above a table this short (or shorter) may be a heading that sets the kind of the rows."""
_RULE_CELL = re.compile(r":?-{2,}:?")  # a cell of a Markdown table's rule line: "---", ":--:"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Column:
    """What a header cell means: the record field it fills (``person``, ``role``, ``organisation``, ``date``,
    ``previous_role``, ``previous_organisation`` or ``note``) and the kind it implies ("Ny stilling"), if any."""

    slot: str
    kind: EntryKind | None = None


@dataclass(frozen=True)
class TableRow:
    """One row of a people-news table.

    Attributes:
        start, end: character offsets of the row's line in the searched text.
        cells: (slot, start, end) of each non-empty cell under a known column, offsets in the searched text.
        kind: the kind the heading above the table or a kind column sets (None: decided by the row's note or
            the default).
    """

    start: int
    end: int
    cells: tuple[tuple[str, int, int], ...]
    kind: EntryKind | None


@dataclass(frozen=True)
class PeopleTable:
    """A people-news table: its span (header line to last row, offsets in the searched text) and its rows."""

    start: int
    end: int
    rows: tuple[TableRow, ...]


@functools.cache
def _tables_data() -> tuple[dict[str, Column], dict[str, EntryKind]]:
    """(header name lower-cased -> Column, heading word -> kind) from tables.yaml (cached).

    Raises:
        DataError: tables.yaml is missing or malformed.
    """
    data = load_yaml("tables.yaml")
    try:
        columns = {
            header.casefold(): Column(item["slot"], EntryKind(item["kind"]) if item.get("kind") else None)
            for item in data["columns"]
            for header in item["headers"]
        }
        headings = {word: EntryKind(item["kind"]) for item in data["heading_kinds"] for word in item["words"]}
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"malformed tables.yaml: {exc!r}") from exc
    return columns, headings


def _cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the trimmed cells of the line ``text[start:end]`` cut at ``sep``; a Markdown
    line's empty first and last cells ("| a | b |") are dropped."""
    cells: list[tuple[int, int]] = []
    pos = start
    for part in text[start:end].split(sep):
        lead = len(part) - len(part.lstrip())
        cells.append((pos + lead, pos + len(part.rstrip()) if part.strip() else pos + lead))
        pos += len(part) + 1
    if sep == "|" and cells and cells[0][0] == cells[0][1]:
        cells = cells[1:]
    if sep == "|" and cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells


def _separator(line: str) -> str | None:
    """The cell separator of a table line: "|" or a tab (at least two), else None."""
    if line.count("|") >= 2:
        return "|"
    if line.count("\t") >= 2:
        return "\t"
    return None


def _heading_kind(line: str) -> EntryKind | None:
    """The kind a short heading line sets ("Forfremmelser" -> promotion), or None."""
    if len(line) > HEADING_MAX_CHARS:
        return None
    headings = _tables_data()[1]
    return next((headings[w] for w in _WORD.findall(line.lower()) if w in headings), None)


def find_tables(text: str) -> list[PeopleTable]:
    """Return the people-news tables of ``text``, in text order.

    Args:
        text: a document (normalised text; lines end with "\\n").

    Returns:
        the tables found; [] when there is none (most documents). Linear in ``len(text)``.

    Raises:
        DataError: ``data/da/tables.yaml`` is missing or malformed.
    """
    if "|" not in text and "\t" not in text:
        return []
    columns = _tables_data()[0]
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    tables: list[PeopleTable] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        sep = _separator(text[start:end])
        header = _cells(text, start, end, sep) if sep else []
        meanings = [columns.get(text[a:b].strip(" :*").casefold()) for a, b in header]
        slots = {m.slot for m in meanings if m is not None}
        if sep is None or "person" not in slots or not slots & {"role", "organisation"}:
            i += 1
            continue
        above = next((text[a:b].strip() for a, b in reversed(lines[max(0, i - 2) : i]) if text[a:b].strip()), "")
        kind = _heading_kind(above) or next((m.kind for m in meanings if m is not None and m.kind), None)
        rows: list[TableRow] = []
        j = i + 1
        while j < len(lines):
            a, b = lines[j]
            line = text[a:b]
            if _separator(line) != sep:
                break
            cells = _cells(text, a, b, sep)
            if len(cells) > len(header):
                break
            j += 1
            if all(_RULE_CELL.fullmatch(text[c:d]) or c == d for c, d in cells):
                continue  # "|---|---|"
            found = tuple(
                (m.slot, c, d) for m, (c, d) in zip(meanings, cells, strict=False) if m is not None and c < d
            )
            if any(slot == "person" for slot, _, _ in found):
                rows.append(TableRow(a + len(line) - len(line.lstrip()), b, found, kind))
        if rows:
            tables.append(PeopleTable(start, rows[-1].end, tuple(rows)))
        i = j
    return tables


def has_table(text: str) -> bool:
    """True when ``text`` holds a people-news table with at least one row (:func:`find_tables`)."""
    return bool(find_tables(text))
