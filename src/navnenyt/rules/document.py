"""Document context: what an entry's neighbours say about its record.

- a later mention of the same person and kind adds to the first record instead of repeating it (a headline
  "Erik Holm er død" and the notice below it; "X afløser Y" after X's appointment);
- "Samtidig ..." without a date takes the date of the entry before;
- an internal move ("i samme virksomhed") or a board post without an organisation ("blev valgt som næstformand")
  takes the organisation of the entry before;
- "X afløser Y, der går på pension" gives Y's record X's organisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from navnenyt.records import Entry, EntryKind
from navnenyt.rules.entry import Draft

MERGED_FIELDS = ("organisation", "role", "date", "date_precision", "previous_role", "previous_organisation",
                 "education", "years", "age", "award", "label")  # fmt: skip


@dataclass
class Found:
    """A record with the draft it came from (its rule id and flags)."""

    entry: Entry
    draft: Draft


def resolve_document(found: list[Found]) -> list[Entry]:
    """Apply document context to the records of one document, in text order; returns the final records."""
    kept: list[Found] = []
    for item in found:
        item = Found(item.entry.model_copy(update=_context(item, kept)), item.draft)
        same = next((k for k in kept if (k.entry.person, k.entry.kind) == (item.entry.person, item.entry.kind)), None)
        if same is None:
            kept.append(item)
            continue
        fill = {f: getattr(item.entry, f) for f in MERGED_FIELDS if getattr(same.entry, f) is None}
        same.entry = same.entry.model_copy(update={k: v for k, v in fill.items() if v is not None})
    return [k.entry for k in kept]


def _context(item: Found, kept: list[Found]) -> dict[str, Any]:
    entry, draft = item.entry, item.draft
    before = kept[-1].entry if kept else None
    update: dict[str, Any] = {}
    if before is None:
        return update
    if entry.date is None and draft.same_time and before.date is not None:
        update["date"], update["date_precision"] = before.date, before.date_precision
    continues = draft.internal or (entry.kind == before.kind == EntryKind.board_appointment)
    if entry.organisation is None and continues:
        update["organisation"] = before.organisation
    if entry.organisation is None and draft.successor_of is not None:
        holder = next((k.entry for k in reversed(kept) if k.entry.person == draft.successor_of), None)
        if holder is not None:
            update["organisation"] = holder.organisation
    return update
