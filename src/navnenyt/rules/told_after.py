"""Posts held before, told in a sentence of their own after a table or list: "Navn | Stilling | Virksomhed / Rikke
Sønderskov | Projektchef | Hjortø Entreprise A/S" ... "Rikke Sønderskov, 41, kommer fra en stilling som senior
projektleder i Strand & Holt Rådgivning ApS." gives the table's record its previous role and organisation.

A sentence outside the record's own text that opens with the name of a new job's or promotion's person (in full, or by a
first name no other record shares: "Signe kommer fra Sølund Kommune, hvor hun var budgetmedarbejder") and holds a
cue of a post held before (``cue: previous`` in cues.yaml: "kommer fra", "har tidligere været") fills those fields
when the record has neither. The reading is :func:`navnenyt.rules.slots.previous_position`'s, as inside an entry.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc

from navnenyt.records import Entry, EntryKind
from navnenyt.rules.cues import cues_in
from navnenyt.rules.document import SENTENCE_BREAK
from navnenyt.rules.entry import MOVE_KINDS
from navnenyt.rules.runs import names_org
from navnenyt.rules.slots import org_text, previous_position, role_text

MAX_SENTENCE_CHARS = 400
"""Characters of a sentence that may tell a post held before, at most."""

Post = tuple[str | None, str | None, bool]
"""A post held before: (role, organisation, held at the organisation of the record: "på afdelingen")."""


def previous_posts(text: str, entries: list[Entry], parse: Callable[[str], Doc]) -> list[Entry]:
    """Give each new job or promotion of ``entries`` without a previous post the one a later sentence tells.

    Args:
        text: the document (the offsets of ``entries`` index it); a record's own text is not looked at again.
        entries: the document's records, in text order.
        parse: the pipeline without its NER (tokenizer, sentencizer, cue ruler) for one sentence.

    Returns:
        ``entries`` with ``previous_role`` and ``previous_organisation`` filled where such a sentence names them;
        the other records unchanged. Linear in ``len(text)``: only sentences that open with a wanting record's
        person are parsed.
    """
    wanting = [
        e for e in entries if e.kind in MOVE_KINDS and e.previous_role is None and e.previous_organisation is None
    ]
    if not wanting:
        return entries
    firsts = Counter(e.person.split()[0] for e in entries)
    names: dict[str, list[Entry]] = {}  # the names a sentence about the person may open with
    for entry in wanting:
        first = entry.person.split()[0]
        for name in {entry.person, first} if firsts[first] == 1 else {entry.person}:
            names.setdefault(name, []).append(entry)
    longest = max(len(name.split()) for name in names)
    found: dict[str, tuple[int, Post]] = {}  # name -> (sentence start, post)
    read: dict[str, Post | None] = {}  # sentence -> its post (a page may repeat a line)
    start = 0
    for cut in [*SENTENCE_BREAK.finditer(text), None]:
        end = cut.start() if cut is not None else len(text)
        at, sentence = start, text[start:end].strip()
        start = cut.end() if cut is not None else len(text)
        if len(sentence) > MAX_SENTENCE_CHARS:
            continue  # (no sentence of a notice is that long: a run of text without full stops)
        words = sentence.split(maxsplit=longest)
        for k in range(min(longest, len(words)), 0, -1):
            name = " ".join(words[:k]).rstrip(",")
            if name not in names or name in found:
                continue
            if sentence not in read:
                read[sentence] = _previous_in(parse(sentence))
            post = read[sentence]
            if post is not None and any(not e.start <= at < e.end for e in names[name]):
                found[name] = (at, post)  # (not only the record's own text, read with it)
            break
    out = []
    for entry in entries:
        first = entry.person.split()[0]
        hit = found.get(entry.person) or (found.get(first) if firsts[first] == 1 else None)
        if (
            hit is not None
            and entry.kind in MOVE_KINDS
            and entry.previous_role is None
            and entry.previous_organisation is None
        ):
            at, (role, org, internal) = hit
            own = entry.organisation
            if org is not None and own is not None and (own == org or own.startswith(org + " ")):
                org, internal = None, True  # "Greenfjord" of "Greenfjord Power A/S": held at the same organisation
            if not entry.start <= at < entry.end and (role is not None or org is not None):
                kind = EntryKind.promotion if internal and role is not None else entry.kind  # "har været ansat på
                # afdelingen siden 2010, de seneste seks år som overlæge": promoted from within
                entry = entry.model_copy(update={"previous_role": role, "previous_organisation": org, "kind": kind})
        out.append(entry)
    return out


def _previous_in(doc: Doc) -> Post | None:
    """The post after the first cue of a post held before in ``doc`` (one sentence), else None."""
    for span, cue in cues_in(doc, 0, len(doc)):
        if cue.cue != "previous":
            continue
        pos = previous_position(doc, span.end, len(doc))
        role, org = role_text(pos.role), None if pos.internal else org_text(pos.org)
        if role is not None or org is not None:  # ("i rederiet Nordsøfærgen A/S, senest som driftsdirektør": a
            return role, org, pos.internal and not names_org(doc, span.end, len(doc))  # name, not "på afdelingen")
    return None
