"""Records from career-move lines of trade newsletters: "NAME: R1, O1 → R2, O2" (a name, a colon, the post left,
an arrow, the post taken), with "→ pension" for a retirement.

The post on each side is read like a table cell (:func:`navnenyt.rules.slots.comma_position`: "R, O" or "R i|hos
O"). The new post at the same organisation is a promotion (no previous organisation: SCHEMA.md convention 4),
elsewhere a new job; an arrow to a word of ``note_kinds`` in tables.yaml ("pension") makes that kind, with the post
left as the role and organisation.
"""

from __future__ import annotations

from spacy.tokens import Doc

from navnenyt.dates import find_dates
from navnenyt.normalise import ARROW
from navnenyt.people_tables import note_kinds
from navnenyt.records import EntryKind
from navnenyt.rules.entry import Draft
from navnenyt.rules.frames import strip_lead_role
from navnenyt.rules.runs import name_run, token_texts
from navnenyt.rules.slots import comma_position


def move_line_drafts(doc: Doc) -> list[Draft]:
    """Return the record of a career-move line ``doc`` ("Henrik Aagesen: Produktchef, Vitalink ApS →
    Marketingchef, Orbion Diagnostics"), or [] when ``doc`` is no such line.

    Args:
        doc: one entry (a list item, its bullet already cut) processed by the navnenyt pipeline.
    """
    texts = token_texts(doc)
    if ARROW not in texts:  # (every entry passes here: most leave at once)
        return []
    person = name_run(doc, 0, len(doc))
    if person is None or person.start != 0 or person.end + 1 >= len(doc) or texts[person.end] != ":":
        return []
    person = strip_lead_role(doc, person)  # "Kaptajnløjtnant Morten Aas: ...": the rank is no part of the name
    arrow = next((k for k in range(person.end + 1, len(doc)) if texts[k] == ARROW), None)
    if arrow is None or arrow == person.end + 1 or arrow + 1 >= len(doc) or "\n" in doc[: arrow + 1].text:
        return []
    left = comma_position(doc, doc[person.end + 1 : arrow])
    if left.role is None:
        return []
    right = doc[arrow + 1 :]
    taken = comma_position(doc, right)
    # the note's words outside the organisation: "→ pension", not "→ CFO, Valdemar Pension"
    told = note_kinds(right.text if taken.org is None else right.text.replace(taken.org.text, " "))
    dates = [d for d in find_dates(right.text) if d.valid]  # "→ CFO, O (1. marts)"
    if told and told[0] != EntryKind.birthday:  # "→ pension"
        draft = Draft(kind=told[0], person=person, rule="move_line:note", role=left.role, org=left.org)
    elif taken.role is not None:
        same = left.org is not None and taken.org is not None and left.org.text == taken.org.text
        draft = Draft(kind=EntryKind.promotion if same else EntryKind.new_job, person=person, rule="move_line:arrow")
        draft.role, draft.org, draft.previous_role = taken.role, taken.org, left.role
        draft.previous_org = None if same else left.org
    else:
        return []
    draft.date = dates[0] if dates else None
    return [draft]
