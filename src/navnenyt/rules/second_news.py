"""A second piece of news about a record's person, told in a later sentence: "Mette Birk Jessen har valgt at fratræde
som generalsekretær ... Samtidig indtræder hun i bestyrelsen for Vandløbsfonden pr. 1. marts 2026." gives a board
post beside the departure; "... kunne bogholder Gitte Mose fejre 25 års jubilæum hos Aabro Revision ApS. Nu går hun
på pension" a retirement beside the anniversary; "Jens Skovbo indtræder efterfølgende i bestyrelsen som næstformand"
after his departure a seat on the board of the company he leaves.

A sentence qualifies when it starts inside a record's text or within :data:`FOLLOW_CHARS` after it, before the next
record of another person, opens no record of its own, quotes no one and names no one else, tells no year of history
(``history_year_intros`` of words.yaml), and names the record's person: by the full name (no pronoun before it), or by
a pronoun (``pronouns`` of words.yaml: "han", "hun") among the first :data:`SUBJECT_REACH` words of its last clause
after a colon, with no other listed first name and capitalised word between the person's last mention and it. Its
cues (cues.yaml, not in the past tense) must hold a kind :data:`SECOND_KINDS` allows after the record's. The sentence
is read as a text of its own, the pronoun replaced by the person's name; a record of that kind for that person
becomes a new record over the sentence. The kinds that go together are those of the gold documents' people with two
records.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc

from navnenyt.dates import find_dates
from navnenyt.lexicon import PUNCTUATION, history_year, load_lexicon, scan_words
from navnenyt.records import Entry, EntryKind
from navnenyt.rules.cues import cues_in
from navnenyt.rules.document import SENTENCE_BREAK

SUBJECT_REACH = 10
"""Words of a sentence within which its pronoun subject stands ("Hun", "Samtidig indtræder hun", "Men inden da kan
han")."""

FOLLOW_CHARS = 400
"""Characters after a record's text within which a sentence may tell more about its person."""

MAX_SENTENCE_CHARS = 300
"""Characters of a sentence that may tell a second piece of news, at most."""

SECOND_KINDS: dict[EntryKind, frozenset[EntryKind]] = {
    EntryKind.departure: frozenset({EntryKind.board_appointment}),
    EntryKind.retirement: frozenset({EntryKind.board_appointment, EntryKind.anniversary, EntryKind.award}),
    EntryKind.anniversary: frozenset({EntryKind.retirement, EntryKind.promotion, EntryKind.new_job}),
    EntryKind.birthday: frozenset({EntryKind.retirement, EntryKind.anniversary, EntryKind.departure}),
    EntryKind.completed_education: frozenset({EntryKind.new_job}),
    EntryKind.new_job: frozenset({EntryKind.board_appointment, EntryKind.completed_education}),
    EntryKind.promotion: frozenset({EntryKind.completed_education, EntryKind.board_appointment}),
    EntryKind.award: frozenset({EntryKind.retirement, EntryKind.departure, EntryKind.new_job}),
}
"""The kinds a later sentence may add after a record of a kind (a departure, then a board seat; an anniversary, then
a retirement)."""

PAST_NEWS = frozenset({EntryKind.award, EntryKind.new_job})
"""Kinds whose news is told in the past tense as well ("Ved en reception fredag modtog hun Hædersprisen"; a new job
only with its date, :data:`DATED_KINDS`: "Mandag den 1. september startede han som backend-udvikler hos O")."""

JOINING_CUES = frozenset({"hire", "start"})
"""Roles of cues (cues.yaml) that tell a post taken: with one, "i bestyrelsen" without a name is the board of the
organisation the record's person leaves."""

SAME_POST_KINDS = frozenset({EntryKind.retirement, EntryKind.anniversary, EntryKind.departure})
"""Kinds of news about the post a person holds: a second one of them keeps the first one's organisation and role
when its sentence names none ("Nu går hun på pension")."""

DATED_KINDS = frozenset({EntryKind.new_job, EntryKind.retirement, EntryKind.anniversary})
"""Kinds whose second record needs a date (or "samme dag"): without one, the sentence tells a state or a past
("Hun er ansat som postdoc ved O", "gik på pension i 2019"), no news."""

_WORD = re.compile(r"\w+")


def second_news(
    text: str,
    entries: list[Entry],
    read: Callable[[str], list[Entry]],
    parse: Callable[[str], Doc],
    first_name: Callable[[str], bool],
) -> list[Entry]:
    """Add the records that a pronoun sentence after a record tells about its person.

    Args:
        text: the document (the offsets of ``entries`` index it).
        entries: the document's records, in text order.
        read: the records of one sentence read as a text of its own (the extractor, with the page's publication
            date).
        parse: the pipeline without its NER (tokenizer, sentencizer, cue ruler) for one sentence.
        first_name: True for a word the name lists give as a first name (the model's gazetteer).

    Returns:
        ``entries`` with the new records inserted in text order (each over its sentence: ``start``, ``end`` and
        ``text`` are the sentence's); ``entries`` itself when none is found, as for most documents. Only sentences
        with a pronoun near their start after a record are parsed.
    """
    if not entries:
        return entries
    lex = load_lexicon()
    pronouns = lex.words["pronouns"]
    by_first: dict[str, set[str]] = {}  # first word -> the people's names (a sentence naming one is read as it stands)
    kinds_of: dict[str, set[EntryKind]] = {}
    for e in entries:
        by_first.setdefault(e.person.split()[0], set()).add(e.person)
        kinds_of.setdefault(e.person, set()).add(e.kind)
    nexts = _next_other_starts(entries)
    starts = {e.start for e in entries}  # (a sentence that opens a record of its own is read already)
    told: dict[str, tuple[set[EntryKind], bool]] = {}  # sentence -> its cues' kinds, a joining verb (a page may
    # repeat a line)
    added: list[Entry] = []
    undated: dict[int, dict[str, object]] = {}  # records whose date or organisation was read from the sentence of
    # the second piece of news: the fields to clear
    for n, (entry, next_start) in enumerate(zip(entries, nexts, strict=True)):
        allowed = SECOND_KINDS.get(entry.kind)
        if allowed is None:
            continue
        stop = min(next_start, entry.end + FOLLOW_CHARS, len(text))
        had = kinds_of[entry.person]
        for start, sentence in _sentences(text, entry.start, stop):
            if start in starts or len(sentence) > MAX_SENTENCE_CHARS or _names_other(sentence, entry.person, by_first):
                continue  # (a sentence that names someone else, "Han afløser Y", is read as it stands)
            if not scan_words(sentence.lower()).isdisjoint(lex.words["quote_verbs"]):
                continue  # ("..., siger han": a quotation)
            clause = sentence.rsplit(": ", 1)[-1]  # "X slipper dog ikke ...: Fra 1. februar indtræder hun i ..."
            words = _WORD.findall(clause)[:SUBJECT_REACH]
            pronoun = next((w for w in words if w.lower() in pronouns), None)
            if pronoun is not None and clause != sentence and entry.person in sentence[: -len(clause)]:
                named = re.sub(rf"\b{pronoun}\b", entry.person, clause, count=1)  # "X fortsætter dog tæt på
                # arbejdet: Fra 1. februar indtræder han i fondens bestyrelse": the clause about the one just named
            elif entry.person in sentence:  # "Jubilæumsdagen bliver også hans sidste arbejdsdag, for X går på pension"
                named = sentence
                before = _WORD.findall(sentence[: sentence.index(entry.person)])
                if any(w.lower() in pronouns for w in before):
                    continue  # "Han indtræder i bestyrelsen i stedet for X": another subject
                if _names_someone(sentence.replace(entry.person, " "), first_name):
                    continue
            elif pronoun is not None:
                named = re.sub(rf"\b{pronoun}\b", entry.person, sentence, count=1)
                since = _last_named(text, entry.start, start, entry.person)
                if since is None or _names_someone(text[since:start] + " " + sentence, first_name):
                    continue  # "... valgte bestyrelsen X som formand. Han har været medlem ...": X's news, not Y's
            else:
                continue
            if history_year().search(sentence):
                continue  # "indtil han stoppede i 2019", "blev uddannet agrarøkonom i 2021": a career's history
            if sentence not in told:
                told[sentence] = _told_kinds(parse(sentence))
            kinds = {k for k in told[sentence][0] if k in allowed and k not in had}
            if not kinds:
                continue
            for found in read(named):
                if found.person != entry.person or found.kind not in kinds:
                    continue
                if found.kind in DATED_KINDS and found.date is None and not _same_day(sentence):
                    continue  # "Hun er ansat som postdoc ved O" after a degree, "gik på pension i 2019": no news
                if found.kind == EntryKind.board_appointment and found.organisation is None:
                    if not told[sentence][1] or entry.organisation is None:
                        continue  # "Han fortsætter dog i bestyrelsen": a seat held, not taken
                    found = found.model_copy(update={"organisation": entry.organisation})  # "X indtræder
                    # efterfølgende i bestyrelsen som næstformand": the board of the company X leaves
                update: dict[str, object] = {"start": start, "end": start + len(sentence), "text": sentence}
                if found.date is None and _same_day(sentence):  # "Samme dag går han på pension."
                    update["date"], update["date_precision"] = entry.date, entry.date_precision
                if found.kind == EntryKind.new_job and entry.kind == EntryKind.anniversary and not found.organisation:
                    update["kind"], update["organisation"] = EntryKind.promotion, entry.organisation  # "På
                    update["previous_role"] = entry.role  # jubilæumsdagen træder han ind i direktionen som R"
                if found.kind in SAME_POST_KINDS and entry.kind in SAME_POST_KINDS | {EntryKind.birthday}:
                    update["organisation"] = entry.organisation or found.organisation  # (the post held: "Hun går
                    update["role"] = entry.role or found.role  # på pension ... og indtræder i bestyrelsen for O2")
                added.append(found.model_copy(update=update))
                had.add(found.kind)
                told_before = text[entry.start : start]
                if found.date is not None and found.date == entry.date and not find_dates(told_before):
                    undated.setdefault(n, {}).update(date=None, date_precision=None)  # "X er blevet cand.polyt.
                    # Han har fået job som R hos O fra 1. august": the date is the job's
                degree = entry.kind == EntryKind.completed_education  # (a departure's company is its board's too)
                if degree and entry.organisation and found.organisation == entry.organisation not in told_before:
                    undated.setdefault(n, {})["organisation"] = None  # "... Hun er ansat på O fra 1. marts": O is
                    # the job's
    if not added:
        return entries
    kept = [e.model_copy(update=undated[n]) if n in undated else e for n, e in enumerate(entries)]
    return sorted([*kept, *added], key=lambda e: e.start)


def _told_kinds(doc: Doc) -> tuple[set[EntryKind], bool]:
    """The kinds of the cues of one sentence ``doc`` that tell news now (no past-tense cue but of a kind of
    :data:`PAST_NEWS` or on the day told before, "samme dag"; an anniversary only with a word of ``jubilee_nouns``:
    "har været ansat der i 20 år" is a fact, no anniversary), and whether a cue of
    joining a post ("indtræder", "valgt": cues.yaml ``hire``/``start``) is among them; with one, a board noun
    (``board_nouns``) tells a board post."""
    lex = load_lexicon()
    now = _same_day(doc.text)  # ("Samme dag blev han udnævnt til teamleder": the day told before)
    cues = [
        c for _, c in cues_in(doc, 0, len(doc)) if c.kind is not None and (not c.past or now or c.kind in PAST_NEWS)
    ]
    kinds = {c.kind for c in cues if c.kind is not None}
    if EntryKind.anniversary in kinds and not any(lex.has("jubilee_nouns", t.text) for t in doc):
        kinds.discard(EntryKind.anniversary)
    joining = any(c.cue in JOINING_CUES for c in cues)
    if joining and any(lex.has("board_nouns", t.text) for t in doc):
        kinds.add(EntryKind.board_appointment)  # "indtræder han i fondens bestyrelse som næstformand"
    return kinds, joining


def _last_named(text: str, begin: int, start: int, person: str) -> int | None:
    """The offset in ``text`` after the last mention of ``person`` (full name, first name or surname) in
    ``text[begin:start]`` (the record's text up to the sentence), else None."""
    ends = [at + len(name) for name in {person, *person.split()} if (at := text.rfind(name, begin, start)) >= 0]
    return max(ends) if ends else None


def _next_other_starts(entries: list[Entry]) -> list[int]:
    """For each of ``entries`` (in text order), the start of the first later record of another person that starts
    after it (the end of the reach of a sentence about its person), else a number past any offset. Linear."""
    out = [2**62] * len(entries)
    for n in range(len(entries) - 2, -1, -1):  # the nearest later one of another person, or that one's own next
        nxt = entries[n + 1]
        if nxt.person != entries[n].person and nxt.start > entries[n].start:
            out[n] = nxt.start
        else:
            out[n] = out[n + 1]
    return out


def _names_other(sentence: str, person: str, by_first: dict[str, set[str]]) -> bool:
    """True when ``sentence`` names a person of ``by_first`` (first word -> full names) other than ``person``."""
    for word in scan_words(sentence):
        for name in by_first.get(word, ()):
            if name != person and name in sentence:
                return True
    return False


def _names_someone(text: str, first_name: Callable[[str], bool]) -> bool:
    """True when ``text`` holds a listed first name before a capitalised word ("Karen Bisgaard"): someone else the
    pronoun after it may stand for. Not a place ("Vester Hassing": ``place_name_starts`` of words.yaml) and not kin
    in a family apposition ("søn af Ulla og Torben Bach,": ``family_words``, up to its comma)."""
    lex = load_lexicon()
    raw = text.split()
    words = [w.strip(PUNCTUATION) for w in raw]  # ("I/S" is one word, no first name "I")
    kin = False
    for n, (a, b) in enumerate(pairwise(words)):
        if lex.has("family_words", a) and b.lower() == "af":
            kin = True
        elif kin and raw[n].endswith(","):
            kin = False
        if kin or lex.has("place_name_starts", a):
            continue
        if len(a) > 1 and first_name(a) and b[:1].isupper() and len(b) > 1 and not _in_org_name(raw, n):
            return True
    return False


def _in_org_name(raw: list[str], n: int) -> bool:
    """True when the capitalised run around word ``n`` of ``raw`` holds an organisation word ("Vestergaard & Friis
    Rådgivning A/S": :meth:`navnenyt.lexicon.Lexicon.org_word`): a firm named after its founders, no person."""
    lex, k = load_lexicon(), n
    while k < len(raw) and (raw[k][:1].isupper() or raw[k] == "&"):
        if lex.org_word(raw[k].strip(PUNCTUATION)) or lex.org_word(raw[k].rstrip(".,;:")):
            return True
        if raw[k][-1:] in ",.;:":
            break
        k += 1
    return False


def _same_day(sentence: str) -> bool:
    """True when ``sentence`` dates its news by the day told before it: "samme dag", "samme dato"
    (``sameness_words`` and ``same_day_nouns`` of words.yaml), "på jubilæumsdagen" (``told_day_nouns``)."""
    words, lex = sentence.lower().split(), load_lexicon()
    if any(lex.has("told_day_nouns", w.strip(PUNCTUATION)) for w in words):
        return True
    return any(lex.has("sameness_words", a) and lex.has("same_day_nouns", b) for a, b in pairwise(words))


def _sentences(text: str, start: int, stop: int) -> list[tuple[int, str]]:
    """The sentences (offset, text) that start in ``text[start:stop]``, but the first, split as
    :data:`navnenyt.rules.document.SENTENCE_BREAK` does."""
    out = []
    at = start
    for cut in SENTENCE_BREAK.finditer(text, start, stop):
        if at != start:
            out.append((at, text[at : cut.start()].strip()))
        at = cut.end()
    if at != start and at < stop:
        end = SENTENCE_BREAK.search(text, at)
        out.append((at, text[at : end.start() if end else len(text)].strip()))
    return [(a, s) for a, s in out if s]
