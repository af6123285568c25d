"""People-news tables in plain text: a header row naming the columns, then one row per person.

Scraped "Navne" and "Personalia" pages often print their news as a table whose cells are cut by "|" (also
Markdown tables with a ``|---|`` rule), by tabs, or by runs of spaces that line the columns up::

    Navn | Ny stilling | Virksomhed | Tiltræder
    Henrik Sørlund | projektdirektør | Teglgaard Entreprise A/S | 1. februar

    Navn              Ny stilling        Kommune/organisation   Tiltræder
    Helle Gram Dyhr   kommunaldirektør   Solbjerg Kommune       1. oktober

A header is recognised by its column names (``data/da/tables.yaml``): it needs a person column and a role,
organisation, programme or note column ("Navn | Anledning | Dato"). Each following line with the same separator is
a row; the first other line ends the table. This module only finds tables (no spaCy); :mod:`navnenyt.rules.tables`
turns their rows into records.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass

from navnenyt.data_files import load_yaml
from navnenyt.errors import DataError
from navnenyt.records import EntryKind

HEADING_MAX_CHARS = 60
"""A line above a table this short (or shorter) may be a heading that sets the kind of the rows."""
_RULE_CELL = re.compile(r":?-{2,}:?")  # a cell of a Markdown table's rule line: "---", ":--:"
_RULE_LINE = re.compile(r"[ \t|+:=-]*-{3,}[ \t|+:=-]*")  # a rule line drawn with "+": "-------+------+---"
_WORD = re.compile(r"\w+")
ALIGNED = "  "
"""The separator name of a table whose columns are lined up with spaces: cells are cut at runs of two or more."""
_GAP = re.compile(r"[ \t]{2,}")  # the gap between two cells of a space-aligned line
ALIGN_SLACK = 2
"""Characters a cell of a space-aligned row may start left of its column's header (a value one space wider)."""


@dataclass(frozen=True)
class Column:
    """What a header cell means: the record field it fills (``person``, ``role``, ``organisation``, ``date``,
    ``previous_role``, ``previous_organisation``, ``programme`` or ``note``) and the kind it implies ("Ny
    stilling"), if any."""

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
        note_kind: the kind the note column's own header names ("Jubilæum": its "40 år" counts years served, not
            an age), else None.
        title: the job title that names the person column ("Region | Regionschef": every row's role), else None.
    """

    start: int
    end: int
    cells: tuple[tuple[str, int, int], ...]
    kind: EntryKind | None
    note_kind: EntryKind | None = None
    title: str | None = None


@dataclass(frozen=True)
class PeopleTable:
    """A people-news table: its span (header line to last row, offsets in the searched text) and its rows."""

    start: int
    end: int
    rows: tuple[TableRow, ...]


@functools.cache
def _tables_data() -> tuple[dict[str, Column], dict[str, EntryKind], dict[str, EntryKind]]:
    """(header name lower-cased -> Column, heading word -> kind, note word -> kind) from tables.yaml (cached).

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
        notes = {word: EntryKind(item["kind"]) for item in data["note_kinds"] for word in item["words"]}
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"malformed tables.yaml: {exc!r}") from exc
    return columns, headings, notes


def note_kinds(note: str) -> list[EntryKind]:
    """The kinds the words of a note cell set, in the note's order ("Fratræder efter 38 år (pension)" -> birthday,
    retirement; tables.yaml ``note_kinds``).

    Raises:
        DataError: tables.yaml is missing or malformed.
    """
    kinds = _tables_data()[2]
    return [kinds[w] for w in _WORD.findall(note.lower()) if w in kinds]


def _cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the trimmed cells of the line ``text[start:end]`` cut at ``sep`` (for
    :data:`ALIGNED`: at runs of two or more spaces); a Markdown line's empty first and last cells ("| a | b |") are
    dropped."""
    if sep == ALIGNED:
        line = text[start:end]
        first, last = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        out, pos = [], first
        for gap in _GAP.finditer(text, first, last):
            out.append((pos, gap.start()))
            pos = gap.end()
        return [*out, (pos, last)]
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
    """The cell separator of a table line: "|" or a tab (at least two), or :data:`ALIGNED` (at least two gaps of
    two or more spaces between words), else None."""
    if line.count("|") >= 2:
        return "|"
    if line.count("\t") >= 2:
        return "\t"
    if "  " in line and len(_GAP.findall(line.strip())) >= 2:
        return ALIGNED
    return None


def _overflow_split(
    text: str, header: list[tuple[int, int]], cells: list[tuple[int, int]], row_start: int, header_start: int
) -> list[tuple[int, int]]:
    """Cut a cell of a space-aligned row that runs over the start of the next column (a value one word too wide
    for its column, then one space: "Anne-Sofie Vrå Mortensen økonomichef") at the space nearest that start."""
    out: list[tuple[int, int]] = []
    starts = [row_start + a - header_start for a, _ in header[1:]]
    for a, b in cells:
        for start in (s for s in starts if a < s < b):
            spaces = [a + k for k, ch in enumerate(text[a:b]) if ch == " "]
            if not spaces:
                break
            cut = min(spaces, key=lambda k: abs(k - start))
            out.append((a, cut))
            a = cut + 1
        out.append((a, b))
    return out


def _aligned(
    header: list[tuple[int, int]], cells: list[tuple[int, int]], row_start: int, header_start: int
) -> list[int] | None:
    """The header column of each cell of a space-aligned row: in order when the row has a cell per column, else
    the column whose header starts at or just left of the cell (None when a cell lies left of the first column)."""
    if len(cells) == len(header):
        return list(range(len(header)))
    starts = [a - header_start for a, _ in header]
    columns: list[int] = []
    for a, _ in cells:
        offset = a - row_start + ALIGN_SLACK
        column = max((k for k, s in enumerate(starts) if s <= offset), default=None)
        if column is None or (columns and column <= columns[-1]):
            return None
        columns.append(column)
    return columns


def _meaning(cell: str, columns: dict[str, Column]) -> Column | None:
    """What a header cell means: the whole cell, else its first known part around "/" ("Kommune/organisation")."""
    name = cell.strip(" :*").casefold()
    if name in columns or "/" not in name:
        return columns.get(name)
    return next((columns[part.strip()] for part in name.split("/") if part.strip() in columns), None)


def _title_cell(cell: str) -> bool:
    """True for a header cell that is one job title ("Butikschef", "Regionschef": ``role_suffixes`` of words.yaml):
    its column holds people."""
    from navnenyt.lexicon import load_lexicon  # (here: the lexicon's scan reads tables through this module)

    word = cell.strip(" :*")
    return word.isalpha() and word[:1].isupper() and word.lower().endswith(load_lexicon().endings("role_suffixes"))


TELLING_SLOTS = frozenset({"role", "organisation", "programme", "note", "award", "club"})
"""Column slots of which a people-news table has one beside its people ("Navn | Stilling", "Pris | Modtager | Klub")."""

MOVE_HEADINGS = frozenset({EntryKind.new_job, EntryKind.promotion})
"""Kinds a sentence announcing a table does not set for its rows (a short heading does): "ugens udnævnelser" are
new jobs and promotions alike."""


def heading_word_kinds(words: Collection[str]) -> list[EntryKind]:
    """The kinds that lower-case ``words`` set as a table's heading does (tables.yaml ``heading_kinds``:
    "ansættelser" -> new_job, "jubilarer" -> anniversary), in no order; [] when none does.

    Raises:
        DataError: tables.yaml is missing or malformed.
    """
    headings = _tables_data()[1]
    return [headings[w] for w in words if w in headings]


def _heading_kind(line: str) -> EntryKind | None:
    """The kind a short heading line, or a line announcing the table with a colon, sets ("Forfremmelser" ->
    promotion; "Vi ønsker tillykke til følgende medlemmer, der har 25 års jubilæum:" -> anniversary), or None."""
    if len(line) > HEADING_MAX_CHARS and not line.endswith(":"):
        return None
    headings = _tables_data()[1]
    return next((headings[w] for w in _WORD.findall(line.lower()) if w in headings), None)


def _seconds(above: list[str]) -> bool:
    """True when ``above`` (the two lines over a table, nearest first) is a sentence of introduction under a heading,
    both with a word of the same kind ("Ugens forfremmelser" / "Hver uge samler vi de interne forfremmelser, vi har
    fået besked om"): the heading tells the rows' kind across the sentence. A sentence with no such word ("Her er et
    udvalg af de topledere, der har fået nye poster") leaves a heading such as "Ugens udnævnelser" unread."""
    if len(above) < 2 or len(above[0]) <= HEADING_MAX_CHARS or "|" in above[0]:
        return False
    headings = _tables_data()[1]
    said = {headings[w] for w in _WORD.findall(above[0].lower()) if w in headings}
    return _heading_kind(above[1]) in said


def find_tables(text: str) -> list[PeopleTable]:
    """Return the people-news tables of ``text``, in text order.

    Args:
        text: a document (normalised text; lines end with "\\n").

    Returns:
        the tables found; [] when there is none (most documents). Linear in ``len(text)``.

    Raises:
        DataError: ``data/da/tables.yaml`` is missing or malformed.
    """
    if "|" not in text and "\t" not in text and "  " not in text:
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
        meanings = [_meaning(text[a:b], columns) for a, b in header]
        titled = None
        named = any(sum(w[:1].isupper() for w in text[a:b].split()) > 1 for a, b in header)  # a row of data: "Sara
        # Winther Dahl | Director | Revision & Assurance", no header
        if not named and not any(m is not None and m.slot == "person" for m in meanings):
            titled = next(
                (n for n, (a, b) in enumerate(header) if meanings[n] is None and _title_cell(text[a:b])), None
            )
        title = text[header[titled][0] : header[titled][1]].strip(" :*") if titled is not None else None
        if titled is not None:  # "Butik | Butikschef | Kommer fra": the title names the column of people
            meanings[titled] = Column("person")
        slots = {m.slot for m in meanings if m is not None} | ({"role"} if title else set())
        if sep is None or "person" not in slots or not slots & TELLING_SLOTS:
            i += 1
            continue
        above = [text[a:b].strip() for a, b in reversed(lines[max(0, i - 4) : i]) if text[a:b].strip()][:2]
        told = above[:2] if above and (above[0].endswith(":") or _seconds(above)) else above[:1]  # "JUBILARER I
        # APRIL" / "Vi ønsker tillykke til følgende medlemmer, der har 25 års jubilæum på deres arbejdsplads:" / the
        # table; "Ugens forfremmelser" / "Hver uge samler vi de interne forfremmelser, ..." / the table
        heading = next((k for k in map(_heading_kind, told) if k is not None), None)
        if heading in MOVE_HEADINGS and above and above[0].endswith(":") and len(above[0]) > HEADING_MAX_CHARS:
            heading = None  # "Her er ugens udnævnelser, som virksomhederne selv har meldt ind:": any move
        kind = heading or next((m.kind for m in meanings if m is not None and m.kind), None)
        inside = "previous_role" in slots and not slots & {"organisation", "previous_organisation"}
        kind = EntryKind.promotion if kind == EntryKind.new_job and inside else kind  # "Ny titel | Hidtil"
        note_kind = next((m.kind for m in meanings if m is not None and m.slot == "note" and m.kind), None)
        rows: list[TableRow] = []
        j = i + 1
        while j < len(lines):
            a, b = lines[j]
            line = text[a:b]
            if _RULE_LINE.fullmatch(line) and not rows:  # "-----------+----------+---" under the header
                j += 1
                continue
            if _separator(line) != sep:
                break
            cells = _cells(text, a, b, sep)
            if len(cells) > len(header):
                break
            if sep == ALIGNED and len(cells) < len(header):  # a cell per column needs no positions
                cells = _overflow_split(text, header, cells, a, start)
            order = _aligned(header, cells, a, start) if sep == ALIGNED else list(range(len(cells)))
            if order is None:
                break
            j += 1
            if all(_RULE_CELL.fullmatch(text[c:d]) or c == d for c, d in cells):
                continue  # "|---|---|"
            found = tuple(
                (meanings[k].slot, c, d)  # type: ignore[union-attr]
                for k, (c, d) in zip(order, cells, strict=True)
                if meanings[k] is not None and c < d
            )
            if any(slot == "person" for slot, _, _ in found):
                rows.append(TableRow(a + len(line) - len(line.lstrip()), b, found, kind, note_kind, title))
        if rows:
            tables.append(PeopleTable(start, rows[-1].end, tuple(rows)))
        i = j
    return tables


def has_table(text: str) -> bool:
    """True when ``text`` holds a people-news table with at least one row (:func:`find_tables`)."""
    return bool(find_tables(text))
