"""Fact boxes in plain text: "Key: value" lines that tell one person's news without a sentence.

A portrait of a new manager prints a box beside the article, and business columns print a card per person::

    FAKTA                                          Louise Thygesen
    Navn: Tina Rosenkvist                          Ny: Chief Risk Officer, Fjordsikring Gensidig
    Alder: 46 år                                   Kommer fra: Risk Manager, Nordbank Holding A/S
    Aktuel: Tiltræder 1. april som direktør i O    Alder: 41
    CV:                                            Starter: 1. april
    2019-2026: Salgsdirektør, Hedegaard Pumper A/S

A box is a run of key lines without a blank line between them (any short capitalised key counts: "Bor:",
"Familie:"); the keys that matter are in ``data/da/fact_boxes.yaml``. It needs a person (a ``person`` key, or a
line that is only a name right above the run) and a ``news`` or ``post`` key. This module only finds boxes (no
spaCy); :mod:`navnenyt.rules.boxes` turns them into records.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from navnenyt.data_files import load_yaml
from navnenyt.errors import DataError
from navnenyt.records import EntryKind

_KEY_LINE = re.compile(r"[ \t]*([A-ZÆØÅ][^\W\d]*(?:[ \t][^\W\d]+){0,3})[ \t]*:(?:[ \t]+(\S.*?))?[ \t]*")
"""A key line: one to four words before a colon, then the value (empty for a list key such as "CV:")."""
_CV_LINE = re.compile(r"[ \t]*\d{4}[ \t]*(?:[-–][ \t]*(?:\d{4}|\w+)?)?[ \t]*:[ \t]+(\S.*?)[ \t]*")
"""A line of a CV list: "2019-2026: Salgsdirektør, Hedegaard Pumper A/S", "2015-: ...", "2004: ..."."""
_NAME_LINE = re.compile(r"[ \t]*([A-ZÆØÅ][\w.'-]*(?:[ \t]+(?:[a-zæøå]{1,3}[ \t]+)?[A-ZÆØÅ][\w.'-]*){1,4})[ \t]*")
"""A line that is only a person's name: two to five capitalised words (a particle may stand between: "de")."""
NAME_LINE_MAX_CHARS = 60
"""A name line above a card is at most this long."""


@dataclass(frozen=True)
class BoxField:
    """One key of a fact box that matters: its ``slot`` (see fact_boxes.yaml), the ``key`` as written, the value's
    character offsets in the searched text, and the kind a ``post`` key sets."""

    slot: str
    key: str
    start: int
    end: int
    kind: EntryKind | None = None


@dataclass(frozen=True)
class FactBox:
    """A fact box: its span (the name line or first key line to the last line; offsets in the searched text), the
    person's name (offsets), and its fields in text order."""

    start: int
    end: int
    person: tuple[int, int]
    fields: tuple[BoxField, ...]


@functools.cache
def _keys() -> dict[str, tuple[str, EntryKind | None]]:
    """Key lower-cased -> (slot, kind) from fact_boxes.yaml (cached).

    Raises:
        DataError: fact_boxes.yaml is missing or malformed.
    """
    try:
        return {
            item["key"].casefold(): (item["slot"], EntryKind(item["kind"]) if item.get("kind") else None)
            for item in load_yaml("fact_boxes.yaml")["keys"]
        }
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"malformed fact_boxes.yaml: {exc!r}") from exc


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, without its line break."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_boxes(text: str) -> list[FactBox]:
    """Return the fact boxes of ``text`` in text order ([] for most texts: only a line with a key of
    fact_boxes.yaml before a colon starts the search).

    Args:
        text: normalised page text (``\\n`` line ends).

    Raises:
        DataError: fact_boxes.yaml is missing or malformed.
    """
    if ":" not in text:
        return []
    keys, lines = _keys(), _lines(text)
    boxes: list[FactBox] = []
    n = 0
    while n < len(lines):
        run_end = n
        while run_end < len(lines) and _is_box_line(text, *lines[run_end], in_cv=run_end > n):
            run_end += 1
        if run_end == n:
            n += 1
            continue
        box = _box(text, lines, n, run_end, keys)
        if box is not None:
            boxes.append(box)
        n = run_end
    return boxes


def _is_box_line(text: str, start: int, end: int, *, in_cv: bool) -> bool:
    """True for a key line, or (after the first line of a run) a CV line."""
    return _KEY_LINE.fullmatch(text, start, end) is not None or (
        in_cv and _CV_LINE.fullmatch(text, start, end) is not None
    )


def _box(
    text: str, lines: list[tuple[int, int]], first: int, end: int, keys: dict[str, tuple[str, EntryKind | None]]
) -> FactBox | None:
    """The fact box of the key lines ``lines[first:end]``, or None when they name no person or no news."""
    fields: list[BoxField] = []
    cv = False
    for start, stop in lines[first:end]:
        key_line = _KEY_LINE.fullmatch(text, start, stop)
        if key_line is None or (cv and _CV_LINE.fullmatch(text, start, stop)):
            cv_line = _CV_LINE.fullmatch(text, start, stop)
            if cv and cv_line is not None and not any(f.slot == "cv" for f in fields):
                fields.append(BoxField("cv", "CV", cv_line.start(1), cv_line.end(1)))
            continue
        cv = False
        slot, kind = keys.get(key_line.group(1).casefold(), ("", None))
        if slot == "cv":
            cv = True
        elif slot and key_line.group(2) is not None:
            fields.append(BoxField(slot, key_line.group(1), key_line.start(2), key_line.end(2), kind))
    person = next(((f.start, f.end) for f in fields if f.slot == "person"), None)
    box_start = lines[first][0]
    if person is None and first > 0:
        above = _NAME_LINE.fullmatch(text, *lines[first - 1])
        if above is not None and len(above.group(0)) <= NAME_LINE_MAX_CHARS:
            person, box_start = (above.start(1), above.end(1)), lines[first - 1][0]
    if person is None or not any(f.slot in {"news", "post"} for f in fields):
        return None
    return FactBox(box_start, lines[end - 1][1], person, tuple(fields))
