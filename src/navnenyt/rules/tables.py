"""Records from the rows of people-news tables (:mod:`navnenyt.people_tables`).

A row's cells are already cut, so each known column fills its slot directly: the person, role, organisation,
previous role and organisation as written in their cells (a "Kommer fra" cell "ROLE, ORGANISATION" gives both; "ROLE,
samme sted" makes a promotion; a person cell "Jette Kold, sygeplejerske" or "Overlæge Frank Hemmingsen" gives the
title as the role when there is no role column), a degree's programme ("Fag": the trade of a journeyman), the date
from the date column (else from the note).
The kind is, in this order: a cue in the row's note ("forfremmet, pr. 1. januar", "går på pension 30/11",
"ny"; a departure with the word "pension" is a retirement) or a kind word of the note ("pension"; tables.yaml
``note_kinds``), the heading above the table or a kind column ("Ny stilling"), else ``new_job`` (a table of people
and their positions on a people-news page lists new positions).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from navnenyt.dates import find_cell_dates, find_dates
from navnenyt.lexicon import load_lexicon, scan_words
from navnenyt.people_tables import TableRow, note_kinds
from navnenyt.records import EntryKind
from navnenyt.rules.cues import cues_in, main_kind
from navnenyt.rules.entry import Draft, same_employer_inside
from navnenyt.rules.frames import strip_lead_role
from navnenyt.rules.runs import is_cap, name_run, names_org
from navnenyt.rules.slots import comma_position, text_of, title_word

SPAN_SLOTS = {"role": "role", "organisation": "org", "previous_role": "previous_role",
              "previous_organisation": "previous_org"}  # fmt: skip
"""Table column slot -> :class:`navnenyt.rules.entry.Draft` attribute holding its span."""


def _unchanged(note: str) -> bool:
    """True when a note cell tells a re-election or an unchanged post ("genvalgt, 2 år", "fortsætter", "uændret":
    ``reelection_words`` and ``table_notes_unchanged`` of words.yaml), not a new one ("ny (afløser Y)")."""
    words = load_lexicon().words
    low = note.lower().strip()
    return not scan_words(low).isdisjoint(words["reelection_words"]) or low.startswith(
        tuple(words["table_notes_unchanged"])
    )


def row_drafts(doc: Doc, row: TableRow) -> list[Draft]:
    """Return the draft record of one table row ([] when its person cell is not a name).

    Args:
        doc: the row's line (``text[row.start:row.end]``, then a line with ``row.title`` when the table has one)
            processed by the navnenyt pipeline (cue spans).
        row: the row, its cell offsets in the searched text.
    """
    spans: dict[str, Span] = {}
    for slot, start, end in row.cells:
        span = doc.char_span(start - row.start, end - row.start, alignment_mode="expand")
        if span is not None and slot not in spans and any(ch.isalnum() for ch in span.text):
            spans[slot] = span  # (not an empty cell: "–")
    if row.title is not None and "role" not in spans:  # "Region | Regionschef": the title after the row's line
        at = row.end - row.start + 1
        title = doc.char_span(at, at + len(row.title))
        if title is not None:
            spans["role"] = title
    person = spans.get("person")
    if person is None or not any(ch.isalpha() for ch in person.text):
        return []
    lex = load_lexicon()
    person, bracket = _bracket_note(doc, person)  # "Thomas Vinter (ny)", "Per Aalund (fortsætter)"
    if bracket is not None and any(w in bracket.lower() for w in lex.words["team_notes_unchanged"]):
        return []  # a post that did not change is no news
    promoted = bracket is not None and any(w in bracket.lower() for w in lex.words["team_notes_promoted"])
    person, title, org = _person_cell(doc, person)  # "Jette Kold, sygeplejerske" / "Overlæge Frank Hemmingsen"
    if title is not None and "role" not in spans:
        spans["role"] = title
    if org is not None and "organisation" not in spans:
        spans["organisation"] = org
    note = spans.get("note")
    if note is not None and _unchanged(note.text):
        return []  # "Formand | Susanne Thorlund | genvalgt, 2 år": a post that did not change is no news
    found = main_kind(cues_in(doc, note.start, note.end)) if note is not None else None
    kind, past = (found[0], found[1].past) if found else (row.kind or EntryKind.new_job, False)
    told = note_kinds(note.text) if note is not None else []
    if not found and told and not (row.note_kind == EntryKind.anniversary and set(told) == {EntryKind.birthday}):
        # "Årsag: pension"; "30 år som selvstændig": "år" alone is a birthday, but not in a "Jubilæum" column
        kind = next((k for k in told if k != EntryKind.birthday), told[0])
    elif kind == EntryKind.departure and EntryKind.retirement in told:
        kind = EntryKind.retirement  # "Fratræder efter 38 år (pension)"
    draft = Draft(kind=kind, person=person, rule=f"table:{found[1].id if found else 'column'}", past=past)
    for slot, attribute in SPAN_SLOTS.items():
        if slot in spans:
            setattr(draft, attribute, spans[slot])
    if "award" in spans:  # "Navn | Stilling | Virksomhed | Pris": the prize's name
        draft.award = text_of(spans["award"])
    if "programme" in spans:  # "Navn | Fag | Lærested": a trade passed, the training firm
        draft.education = {"programme": text_of(spans["programme"])}
    taken = spans.get("role")
    if taken is not None and "organisation" not in spans and any(t.text == "," for t in taken):
        pos = comma_position(doc, taken)  # "Ny stilling: Chief Risk Officer, Sparekassen Limfjordsegn"
        if pos.role is not None and pos.org is not None:
            draft.role, draft.org = pos.role, pos.org
    if draft.kind == EntryKind.new_job and draft.role is not None and _board_title(draft.role):
        draft.kind = EntryKind.board_appointment  # "Bestyrelsesmedlem, Fonden Vestkystens Sparefond"
    if "club" in spans and draft.org is None and draft.kind != EntryKind.board_appointment:
        draft.org = spans["club"]  # "Pris | Modtager | Klub": the winner's club (not a board member's)
    held = spans.get("previous_role")
    if held is not None and "previous_organisation" not in spans and any(t.text == "," for t in held):
        spans["previous_organisation"] = held  # "Hidtil: Director, samme firma": read below as "Kommer fra"
        draft.previous_role = None
    came = spans.get("previous_organisation")
    if came is not None and load_lexicon().has("internal_cells", came.text):
        draft.previous_org = came = None  # "Kommer fra: Intern": a move inside
        if draft.kind == EntryKind.new_job:
            draft.kind = EntryKind.promotion
    if came is not None and came[0].is_lower and not any(title_word(t.text) for t in came):
        draft.previous_org = came = None  # "Kommer fra: nyuddannet fra DTU": no post held, no employer
    if came is not None and draft.previous_role is None and (any(t.text == "," for t in came) or _titled(came)):
        pos = comma_position(doc, came)  # "Kommer fra: Head of Engineering, Kodeværk A/S" / "Director, samme sted" /
        # "U19-cheftræner i klubben"
        draft.previous_role, draft.previous_org = pos.role, pos.org
        if (pos.internal or (pos.role is not None and pos.org is None)) and draft.kind == EntryKind.new_job:
            draft.kind = EntryKind.promotion  # "Kommer fra: økonomichef": a title alone is held at the same employer
    same_employer_inside(draft)  # "Porteføljechef, Fjordkysten Pension" to "Investeringsdirektør, Fjordkysten Pension"
    if promoted and draft.kind == EntryKind.new_job:  # "Jonas Ebbesen (forfremmet)": a move inside, whose previous
        draft.kind, draft.previous_org = EntryKind.promotion, None  # organisation is the same (SCHEMA.md convention 4)
    for slot in ("date", "note"):
        if slot in spans and draft.date is None:
            read = find_cell_dates if slot == "date" else find_dates  # (a date column's bare "1.4.")
            dates = [d for d in read(spans[slot].text) if d.valid]
            draft.date = dates[0] if dates else None
    count = _count_pattern().search(note.text) if note is not None else None  # "70 år", "25 års jubilæum"
    if count is not None and draft.kind == EntryKind.birthday:
        draft.age = int(count.group(1))
    elif count is not None and draft.kind == EntryKind.anniversary:
        draft.years = int(count.group(1))
    elif note is not None and note.text.isdigit() and draft.kind == EntryKind.anniversary:
        draft.years = int(note.text)  # a column "År" of years served: "25"
    return [draft]


def _bracket_note(doc: Doc, cell: Span) -> tuple[Span, str | None]:
    """A person cell without the note in brackets that ends it ("Thomas Vinter (ny)" -> "Thomas Vinter", "ny"; the
    notes of words.yaml ``team_notes_*`` tell what it means), else the cell and None."""
    if len(cell) < 4 or cell[-1].text != ")":
        return cell, None
    opening = next((t.i for t in reversed(cell[:-1]) if t.text == "("), None)
    if opening is None or opening == cell.start:
        return cell, None
    return doc[cell.start : opening], doc[opening + 1 : cell.end - 1].text


def _board_title(role: Span) -> bool:
    """True when ``role`` is a board title of words.yaml ``board_roles`` ("Bestyrelsesmedlem", "formand")."""
    return role.text.lower() in load_lexicon().words["board_roles"]


@functools.cache
def _count_pattern() -> re.Pattern[str]:
    """A number of years in an occasion cell: "70 år" (an age), "25 års jubilæum", "25-års jubilæum" (years served);
    the nouns are ``year_nouns`` of words.yaml."""
    years = "|".join(re.escape(w) for w in sorted(load_lexicon().words["year_nouns"], key=len, reverse=True))
    return re.compile(rf"\b(\d{{1,3}})\s*-?\s*(?:{years})\b")


def _person_cell(doc: Doc, cell: Span) -> tuple[Span, Span | None, Span | None]:
    """A person cell's name, the title printed with it and an organisation after the title: "Jette Kold,
    sygeplejerske" (after a comma), "Overlæge Frank Hemmingsen" (before the name), "Jette Holm, skolesekretær,
    Lindbjerg Skole" (a third part that names an organisation; a town there, "Ejner Skov, fhv. mejeribestyrer,
    Hvidkær", is no organisation, and "fhv." is no part of the title); the whole cell and None, None when it holds
    no name run that ends it or its comma."""
    comma = next((t.i for t in cell if t.text == ","), cell.end)
    for k in range(cell.start, comma - 1):
        run = name_run(doc, k, comma)
        if run is None or run.end != comma:
            continue
        run = strip_lead_role(doc, run)
        if run.start > cell.start:
            return run, doc[cell.start : run.start], None
        if comma + 1 >= cell.end:
            return run, None, None
        pos = comma_position(doc, doc[comma + 1 : cell.end])
        title = pos.role if pos.role is not None and pos.org is not None else doc[comma + 1 : cell.end]
        if len(title) == 1 and is_cap(title[0]) and title_word(title[0].text) is None:
            return run, None, None  # "Svend Erik Laursen, Skjern": a town, no title
        lex = load_lexicon()
        start = title.start
        while start < title.end - 1 and lex.has("former", doc[start].text):
            start += 1  # "fhv. mejeribestyrer"
        org = pos.org if pos.org is not None and names_org(doc, pos.org.start, pos.org.end) else None
        return run, doc[start : title.end], org
    return cell, None, None


def _titled(cell: Span) -> bool:
    """True when a "Kommer fra" cell opens with a job title not followed by a name ("U19-cheftræner i klubben"; not
    the shop "Købmand Hjorth i Tørring")."""
    return title_word(cell[0].text) is not None and (len(cell) == 1 or not is_cap(cell[1]))
