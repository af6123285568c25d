"""Records from fact boxes (:mod:`navnenyt.fact_boxes`).

A ``post`` value ("Chief Risk Officer, Fjordsikring Gensidig") and a ``previous`` value ("Risk Manager, Nordbank
Holding A/S", "Leder af Hospice Ådalen (2019-2025), ...") are a role and an organisation, cut at the first comma
or read as "ROLE i|hos|af ORGANISATION"; "samme sted" makes the move internal. A ``news`` value is a clause without
its subject ("Tiltræder 1. april som direktør i O", "Ny hospitalsdirektør på O fra 1. januar", "Valgt som formand
for O"): it is read by the sentence rules as a sentence whose subject is the box's person. The first line of a CV
list is the previous post when no ``previous`` key gives one; ``age`` and ``date`` keys fill their fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from navnenyt.dates import find_dates
from navnenyt.fact_boxes import BoxField, FactBox
from navnenyt.lexicon import load_lexicon
from navnenyt.records import EntryKind
from navnenyt.rules.entry import Draft, extract_drafts
from navnenyt.rules.runs import token_texts
from navnenyt.rules.slots import Position, role_and_org

_NUMBER = re.compile(r"\d{1,3}")


def box_drafts(box: FactBox, text: str, parse: Callable[[str], Doc]) -> list[tuple[Draft, str | None]]:
    """Return the record of one fact box with its label ([] when the box's news gives none).

    Args:
        box: the box, offsets in ``text``.
        text: the searched text.
        parse: the navnenyt pipeline without its NER (tokenizer, sentencizer, cue ruler): text -> Doc.

    Returns:
        [(draft, label)]: one draft at most; the label is the ``post`` key when it is a recorded label ("Ny
        bestyrelsespost"), else None.
    """
    doc = parse(text[box.start : box.end])

    def span(field: BoxField | tuple[int, int]) -> Span | None:
        start, end = (field.start, field.end) if isinstance(field, BoxField) else field
        return doc.char_span(start - box.start, end - box.start, alignment_mode="expand")

    person = span(box.person)
    if person is None:
        return []
    fields = {f.slot: f for f in reversed(box.fields)}  # the first of each slot
    draft, label = None, None
    post, news = fields.get("post"), fields.get("news")
    if post is not None and (value := span(post)) is not None:
        pos = _position(doc, value)
        draft = Draft(kind=post.kind or EntryKind.new_job, person=person, rule="box:post", role=pos.role, org=pos.org)
        label = post.key if post.key in load_lexicon().recorded_labels else None
    elif news is not None:
        draft = _news(person, text[news.start : news.end], parse)
    if draft is None:
        return []
    draft.person = person
    previous = fields.get("previous") or fields.get("cv")
    if (
        previous is not None
        and (value := span(previous)) is not None
        and draft.kind
        in {
            EntryKind.new_job,
            EntryKind.promotion,
        }
    ):
        pos = _position(doc, value)
        draft.previous_role = draft.previous_role or pos.role
        draft.previous_org = None if pos.internal else draft.previous_org or pos.org
        if pos.internal and draft.kind == EntryKind.new_job:
            draft.kind = EntryKind.promotion  # "Kommer fra: Director, samme sted"
    if (date := fields.get("date")) is not None and draft.date is None:
        draft.date = next((d for d in find_dates(text[date.start : date.end]) if d.valid), None)
    if (age := fields.get("age")) is not None and (number := _NUMBER.search(text, age.start, age.end)) is not None:
        draft.age = int(number.group(0))
    return [(draft, label)]


def _position(doc: Doc, value: Span) -> Position:
    """A role and organisation: "ROLE, ORGANISATION" cut at the first comma (before any bracket), else "ROLE i|hos|af
    ORGANISATION" as the sentence rules read it; "samme sted" after the comma is internal."""
    texts = token_texts(doc)
    end = next((k for k in range(value.start, value.end) if texts[k] == "("), value.end)
    comma = next((k for k in range(value.start, end) if texts[k] == ","), None)
    if comma is None or comma == value.start:
        return role_and_org(doc, value.start, end)
    rest = doc[comma + 1 : end]
    nxt = next((k for k in range(rest.start, rest.end) if texts[k] == ","), rest.end)  # "R, O, R2 i O2 ...": O
    org = doc[rest.start : nxt]
    internal = " ".join(t.lower_ for t in org) in load_lexicon().words["internal_phrases"]
    return Position(role=doc[value.start : comma], org=None if internal else org, internal=internal)


def _news(person: Span, value: str, parse: Callable[[str], Doc]) -> Draft | None:
    """The draft of a ``news`` value read as a sentence with ``person`` as its subject ("Tiltræder 1. april som R i
    O" -> "NAME tiltræder 1. april som R i O."; "Ny R på O" -> "NAME er ny R på O."), or None."""
    first, _, rest = value.partition(" ")
    verb = load_lexicon().has("subject_verbs", first.lower())
    sentence = f"{person.text}{' ' if verb else ' er '}{first[:1].lower()}{first[1:]} {rest}".rstrip(" .") + "."
    own = [d for d in extract_drafts(parse(sentence), None) if d.person.text == person.text]
    return own[0] if own else None
