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
from navnenyt.fact_boxes import BoxField, FactBox, past_keys
from navnenyt.lexicon import load_lexicon
from navnenyt.records import EntryKind
from navnenyt.rules.entry import Draft, extract_drafts, same_employer_inside
from navnenyt.rules.runs import names_org
from navnenyt.rules.slots import Position, comma_position, education_slots

_NUMBER = re.compile(r"\d{1,3}")


MOVE_KINDS = frozenset({EntryKind.new_job, EntryKind.promotion})
"""Kinds whose record takes a box's previous post ("Kommer fra:", "Tidligere:", the newest CV line)."""


def box_drafts(box: FactBox, text: str, parse: Callable[[str], Doc]) -> list[tuple[Draft, str | None]]:
    """Return the record of one fact box with its label ([] when the box tells no news).

    Args:
        box: the box, offsets in ``text``.
        text: the searched text.
        parse: the navnenyt pipeline without its NER (tokenizer, sentencizer, cue ruler): text -> Doc.

    Returns:
        [(draft, label)]: one draft at most; the label is a recorded category word (labels.yaml) printed above the
        card or used as its ``post`` key ("Ny bestyrelsespost"), else None.
    """
    doc = parse(text[box.start : box.end])

    def span(field: BoxField | tuple[int, int] | None) -> Span | None:
        if field is None:
            return None
        start, end = (field.start, field.end) if isinstance(field, BoxField) else field
        return doc.char_span(start - box.start, end - box.start, alignment_mode="expand")

    person = span(box.person)
    if person is None:
        return []
    fields = {f.slot: f for f in reversed(box.fields)}  # the first of each slot
    lex = load_lexicon()
    label = box.label if box.label in lex.recorded_labels else None
    card_kind = lex.labels.get(box.label) if box.label else None
    post, news, role = span(fields.get("post")), fields.get("news"), span(fields.get("role"))
    draft = None
    owned = fields.get("organisation") is not None  # the card names the employer on a line of its own
    if post is not None:  # "Ny: Chief Risk Officer, Fjordsikring Gensidig"
        pos = _value_position(doc, post, owned)
        draft = Draft(kind=fields["post"].kind or card_kind or EntryKind.new_job, person=person, rule="box:post")
        draft.role, draft.org = pos.role, pos.org
        label = fields["post"].key if fields["post"].key in lex.recorded_labels else label
    elif news is not None:  # "Aktuel: Tiltræder 1. april som R i O"
        draft = _news(person, text[news.start : news.end], news.lead, parse)
    elif role is not None:  # "Titel: Senior Data Engineer" / "Arbejdsplads: Kvantia A/S"
        pos = _value_position(doc, role, owned)
        draft = Draft(kind=card_kind or EntryKind.new_job, person=person, rule="box:role", role=pos.role)
        draft.org, draft.internal = pos.org, pos.internal
    if draft is None:
        return []
    draft.person = person
    draft.org = span(fields.get("organisation")) or draft.org
    if card_kind == EntryKind.completed_education and fields.get("programme") is not None:
        _degree(doc, draft, span(fields.get("programme")), fields.get("institution"), text)
    previous = span(fields.get("previous") or fields.get("cv"))
    if previous is not None and draft.kind in MOVE_KINDS:
        pos = _value_position(doc, previous, _says_internal(doc, previous))
        draft.previous_role = draft.previous_role or pos.role
        draft.previous_org = None if pos.internal else draft.previous_org or pos.org
        if pos.internal and draft.kind == EntryKind.new_job:
            draft.kind = EntryKind.promotion  # "Kommer fra: Director, samme sted"
    same_employer_inside(draft)  # "Teamleder, Fjordlys Energi A/S" / "Kommer fra: Projektleder, Fjordlys Energi A/S"
    if (date := fields.get("date")) is not None and draft.date is None:
        draft.date = next((d for d in find_dates(text[date.start : date.end]) if d.valid), None)
        draft.past = draft.past or date.key.casefold() in past_keys()  # "Tiltrådte: 1. november"
    if (age := fields.get("age")) is not None and (number := _NUMBER.search(text, age.start, age.end)) is not None:
        draft.age = int(number.group(0))
    return [(draft, label)]


def _value_position(doc: Doc, value: Span, owned: bool) -> Position:
    """:func:`navnenyt.rules.slots.comma_position` of a card's value; when the employer is told elsewhere (``owned``:
    its own "Virksomhed:" line, or "(samme sted)") and the words after the comma name no organisation, they are the
    title's field ("Senior Director, Pharmacovigilance", "Teamleder, Fill & Finish") and the whole value is the
    role."""
    pos = comma_position(doc, value)
    if not owned or pos.org is None or pos.role is None or names_org(doc, pos.org.start, pos.org.end):
        return pos
    return Position(role=doc[pos.role.start : pos.org.end], internal=pos.internal or _says_internal(doc, value))


def _says_internal(doc: Doc, value: Span) -> bool:
    """True when a bracket in ``value`` says the post was at the same place ("Director, X (samme sted)":
    ``internal_phrases`` of words.yaml)."""
    text = doc[value.start : value.end].text.lower()
    return any(f"({phrase})" in text for phrase in load_lexicon().words["internal_phrases"])


def _degree(doc: Doc, draft: Draft, degree: Span | None, place: BoxField | None, text: str) -> None:
    """A card under "Færdiggjort uddannelse": the degree of its "Uddannelse:" value ("Master i IT, linjen i X") and
    the institution of "Uddannelsessted:" make the record a completed education."""
    draft.kind = EntryKind.completed_education
    draft.education = education_slots(doc, degree.start, degree.end) if degree is not None else None
    if draft.education is not None and place is not None:
        draft.education["institution"] = draft.education.get("institution") or text[place.start : place.end]


def _news(person: Span, value: str, lead: str | None, parse: Callable[[str], Doc]) -> Draft | None:
    """The draft of a ``news`` value read as a sentence with ``person`` as its subject ("Tiltræder 1. april som R i
    O" -> "NAME tiltræder 1. april som R i O."; "Ny R på O" -> "NAME er ny R på O." with the copula of words.yaml
    ``present_copulas``; after the key's ``lead``: "25 år som tekniker" -> "NAME fejrer 25 år som tekniker."), or
    None."""
    lex = load_lexicon()
    first, _, rest = value.partition(" ")
    copula = min(lex.words["present_copulas"])
    verb = lead or ("" if lex.has("subject_verbs", first.lower()) else copula)
    first = first if lead else f"{first[:1].lower()}{first[1:]}"  # (the value's verb opens no sentence here)
    words = " ".join(w for w in (person.text, verb, first, rest) if w)
    sentence = words.rstrip(" .") + "."
    own = [d for d in extract_drafts(parse(sentence), None) if d.person.text == person.text]
    return own[0] if own else None
