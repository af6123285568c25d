"""Two-column page layouts in plain text: find them and read each column on its own.

Text taken from a PDF with its layout kept (``pdftotext -layout``, a newsletter or member magazine printed in
columns) puts the lines of two columns side by side: "Mette Lund er pr. 1. april ansat som       Temamøde: Nye
krav til sol-". Read line by line, a notice in the left column runs into the calendar in the right one. A block of
such lines is found by its one wide gap (:data:`MIN_GAP` spaces or more) that opens the right column at the same
character position on at least :data:`MIN_ROWS` lines, with prose filling the left column (an aligned table of
short cells is no block: its cells do not fill their column, and its rows often have several gaps).

:func:`column_views` then gives two views of the text, each a :class:`navnenyt.normalise.Normalised` whose offsets
still map to the original: the left view drops the right column of every block line, the right view drops the
left column. Dropping keeps the offset map monotone, so records read from either view index the original text.
No spaCy: plain lines and character positions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from navnenyt.normalise import Normalised, rewrite

MIN_GAP = 3
"""Spaces between the columns at least."""
MIN_ROWS = 3
"""Lines of a block with text in both columns at least."""
MIN_LEFT_CHARS = 25
"""Character position where the right column starts at least (a narrower left column is a table's cell)."""
FILLED = 0.6
"""Share of the column width the left text of a block's two-column lines fills (their median), at least (prose
wraps near the column's edge; a name cell in an aligned table does not)."""

_GAP = re.compile(rf"\S( {{{MIN_GAP},}})(?=\S)")


@dataclass(frozen=True)
class ColumnBlock:
    """Lines ``[first, last]`` (0-based line numbers) of a text set in two columns; the right column starts at
    character ``column`` of each line."""

    first: int
    last: int
    column: int


def _right_start(line: str) -> int | None:
    """Where the text after the only wide gap of ``line`` starts (None: no gap, or more than one)."""
    if "|" in line or "\t" in line:
        return None  # a table's row ("27. okt.  | Inga Fuglsang       | 80 år")
    gaps = list(_GAP.finditer(line))
    if len(gaps) != 1:
        return None
    return gaps[0].end(1)


def _fits(line: str, column: int) -> bool:
    """True when ``line`` keeps to two columns split at ``column``: blank, left text only (ending before the
    column, a space left), right text only, or both with the one wide gap ending at the column."""
    if len(line.rstrip()) < column - 1 or not line[:column].strip():
        return True
    return _right_start(line) == column


def find_column_blocks(text: str) -> list[ColumnBlock]:
    """Return the two-column blocks of ``text``, in text order ([] for most texts: a cheap check first).

    Args:
        text: a normalised text (lines end with "\\n").

    Returns:
        the blocks found; each has at least :data:`MIN_ROWS` lines with text in both columns, and the left text
        of those lines fills :data:`FILLED` of the column width (median).
    """
    if " " * MIN_GAP not in text:
        return []
    lines = text.split("\n")
    starts = [_right_start(line) for line in lines]
    counts = Counter(s for s in starts if s is not None and s >= MIN_LEFT_CHARS)
    blocks: list[ColumnBlock] = []
    for column, count in counts.most_common():
        if count < MIN_ROWS:
            break
        k = 0
        while k < len(lines):
            if starts[k] != column or any(b.first <= k <= b.last for b in blocks):
                k += 1
                continue
            first = last = k
            while first > 0 and lines[first - 1].strip() and _fits(lines[first - 1], column):
                first -= 1
            while last + 1 < len(lines) and _fits(lines[last + 1], column) and not _ends(lines, last + 1):
                last += 1
            both = sorted(len(lines[m][:column].rstrip()) for m in range(first, last + 1) if starts[m] == column)
            filled = both[len(both) // 2] / column if both else 0.0  # the median (a heading's short line aside)
            if (
                len(both) >= MIN_ROWS
                and filled >= FILLED
                and not any(b.first <= last and first <= b.last for b in blocks)
            ):
                blocks.append(ColumnBlock(first, last, column))
            k = last + 1
    return sorted(blocks, key=lambda b: b.first)


def _ends(lines: list[str], k: int) -> bool:
    """True when line ``k`` is blank and so is the next one, or no line follows: two blank lines end a block."""
    return not lines[k].strip() and (k + 1 >= len(lines) or not lines[k + 1].strip())


def column_views(norm: Normalised) -> tuple[Normalised, Normalised, list[tuple[int, int]]] | None:
    """The left and right views of a text with two-column blocks, or None when it has none.

    Args:
        norm: the normalised text.

    Returns:
        ``(left, right, regions)``: ``left`` without the right column of each block line, ``right`` without the
        left column (text outside the blocks is in both); ``regions`` are the blocks' spans in the original text
        (:attr:`Normalised.original` offsets), for keeping from the right view only what it read in a block.
    """
    blocks = find_column_blocks(norm.text)
    if not blocks:
        return None
    offsets, pos = [], 0
    for line in norm.text.split("\n"):
        offsets.append((pos, pos + len(line)))
        pos += len(line) + 1
    left: list[tuple[int, int, str]] = []
    right: list[tuple[int, int, str]] = []
    regions: list[tuple[int, int]] = []
    for block in blocks:
        for m in range(block.first, block.last + 1):
            start, end = offsets[m]
            cut = min(start + block.column, end)
            kept = len(norm.text[start:cut].rstrip())
            if start + kept < end:
                left.append((start + kept, end, ""))  # the gap and the right column
            if cut > start:
                right.append((start, cut, ""))  # the left column and the gap
        regions.append(norm.span_to_original(offsets[block.first][0], offsets[block.last][1]))
    return rewrite(norm, left), rewrite(norm, right), regions
