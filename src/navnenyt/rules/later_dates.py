"""Dates told after a notice: "Vestdal Posten har udnævnt Anne-Mette Krusborg til ny chefredaktør. ... Krusborg
overtager posten 1. marts 2026." gives the record of the first sentence the date of the later one.

A record with no date takes the day date of a later sentence of the document (within :data:`REACH` characters of
the record's start) whose subject is the record's person or a noun of its news, and that holds a cue of the
record's kind next to the date; a completed education still undated takes the day of the ceremony the document
reports ("Lørdag den 24. januar blev 31 nye svende fejret ved svendegildet"; an award's prize-giving is
:func:`navnenyt.rules.document.find_ceremony`'s, applied before). The words are Danish knowledge in
``data/da/later_dates.yaml``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import NamedTuple

from navnenyt.data_files import load_yaml
from navnenyt.dates import DateMatch, find_dates, find_relative_dates
from navnenyt.errors import DataError
from navnenyt.lexicon import load_lexicon, scan_words
from navnenyt.records import DatePrecision, Entry, EntryKind
from navnenyt.rules.document import LEAVING_KINDS, SENTENCE_BREAK
from navnenyt.rules.entry import MOVE_KINDS

DATA_FILE = "later_dates.yaml"
REACH = 1500
"""Characters after a record's start in which a later sentence may date it."""
CUE_REACH = 40
"""Characters between a cue and its date at most ("tiltræder som sportschef i Ravnsø BK 1. januar")."""


class Group(NamedTuple):
    """One group of ``later_dates.yaml``: the record kinds it serves, its cue regex (group ``cue``), the cues told in
    the past tense, and the nouns that stand for the news as a subject."""

    kinds: frozenset[EntryKind]
    cues: re.Pattern[str]
    past: frozenset[str]
    nouns: frozenset[str]


class Event(NamedTuple):
    """One ceremony of ``later_dates.yaml`` ``events``: the record kinds it dates and the words that name it."""

    kinds: frozenset[EntryKind]
    words: frozenset[str]


class Tables(NamedTuple):
    """The parsed ``later_dates.yaml``: the pronoun subjects, the groups and the ceremonies."""

    subjects: frozenset[str]
    groups: tuple[Group, ...]
    events: tuple[Event, ...]


@functools.cache
def tables() -> Tables:
    """Load ``data/da/later_dates.yaml`` (cached).

    Raises:
        DataError: the file is missing or malformed (a missing key, an unknown kind).
    """
    data = load_yaml(DATA_FILE)
    try:
        groups = []
        for item in data["groups"]:
            forms = sorted((str(c).lower() for c in item["cues"]), key=len, reverse=True)
            alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
            groups.append(
                Group(
                    frozenset(EntryKind(k) for k in item["kinds"]),
                    re.compile(rf"(?<!\w)(?P<cue>{alternation})(?!\w)", re.IGNORECASE),
                    frozenset(str(p).lower() for p in item["past"]),
                    frozenset(str(n).lower() for n in item["nouns"]),
                )
            )
        events = tuple(
            Event(frozenset(EntryKind(k) for k in item["kinds"]), frozenset(str(w).lower() for w in item["words"]))
            for item in data["events"]
        )
        return Tables(frozenset(str(s).lower() for s in data["subjects"]), tuple(groups), events)
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"malformed data file {DATA_FILE}: {type(exc).__name__}: {exc}") from exc


def later_dates(text: str, entries: list[Entry], anchor: dt.date) -> list[Entry]:
    """Give each record of ``entries`` that has no date the date a later sentence of ``text`` tells for it, then the
    day of the ceremony the document reports (:func:`_event_dated`) and the start date of its headline
    (:func:`_headline_dated`).

    Near-linear in the records and sentences: each record reads only the sentences and the records' names within
    :data:`REACH` characters after (and, for a pronoun, before) it.

    Args:
        text: the document's original text (the records' ``start`` offsets index it).
        entries: the document's records in text order (:func:`navnenyt.rules.document.resolve_document`).
        anchor: the publication date (year-less dates resolve against it, SCHEMA.md convention 1).

    Returns:
        The records, each a copy with ``date`` and ``date_precision`` set when a later sentence dates it; the
        others unchanged.

    Raises:
        DataError: ``later_dates.yaml`` is missing or malformed.
    """
    if all(e.date is not None for e in entries):
        return entries
    sentences = list(_sentences(text))  # (then the ceremonies: :func:`_event_dated`)
    starts = [start for start, _ in sentences]
    by_start = sorted(entries, key=lambda e: e.start)
    entry_starts = [e.start for e in by_start]
    out = []
    cued: dict[tuple[int, int], tuple[DateMatch, str] | None] = {}  # (sentence, group) -> its cued date, read once
    for entry in entries:
        group = next((g for g in tables().groups if entry.kind in g.kinds), None)
        if entry.date is not None or group is None:
            out.append(entry)
            continue
        lo, hi = bisect.bisect_right(starts, entry.start), bisect.bisect_right(starts, entry.start + REACH)
        near = by_start[
            bisect.bisect_left(entry_starts, entry.start - REACH) : bisect.bisect_right(
                entry_starts, entry.start + REACH
            )
        ]
        found = _dating_sentence(text, sentences, range(lo, hi), entry, near, group, cued)
        same = _same_day_before(sentences, starts, entry) if found is None else None
        date, cue = found or same or (None, "")
        day = date.resolve(anchor, past=entry.kind == EntryKind.obituary or cue in group.past) if date else None
        if same is not None and date is not None:  # (the day told before, in whatever tense: the nearest one)
            days = [d for d in (date.resolve(anchor), date.resolve(anchor, past=True)) if d is not None]
            day = min(days, key=lambda d: abs((d - anchor).days), default=None)
        if date is None or day is None or (date.new_year and entry.kind in LEAVING_KINDS):  # ("stopper ved nytår": 31
            out.append(entry)  # December or 1 January)
            continue
        out.append(entry.model_copy(update={"date": day, "date_precision": DatePrecision(date.precision)}))
    return _headline_dated(text, _event_dated(sentences, out, anchor), anchor)


def _event_dated(sentences: list[tuple[int, str]], entries: list[Entry], anchor: dt.date) -> list[Entry]:
    """``entries`` with the day of their ceremony (``events`` of ``later_dates.yaml``) for each undated record of the
    ceremony's kinds, when the document's sentences outside every record that name the ceremony give one day (the one
    nearest to ``anchor``: reported just before or after it); the others unchanged."""
    out = entries
    day_cues = {None, load_yaml("dates.yaml")["day_article"]["cue"]}  # a ceremony's day: no cue or "den" ("lørdag den
    # 24. januar"); "fra", "til", "siden" date something else
    spans = _merged((e.start, e.end) for e in entries)
    span_starts = [a for a, _ in spans]
    for event in tables().events:
        if not any(e.date is None and e.kind in event.kinds for e in out):
            continue
        days: set[dt.date] = set()
        for start, sentence in sentences:
            k = bisect.bisect_right(span_starts, start) - 1
            if (k >= 0 and start < spans[k][1]) or event.words.isdisjoint(scan_words(sentence.lower())):
                continue  # (a record's own sentence dates its own prize: "Prisen blev overrakt den 28. august")
            for date in find_dates(sentence):
                if date.valid and date.precision == "day" and date.cue in day_cues:  # (not "frem til 1. oktober")
                    options = [d for d in (date.resolve(anchor), date.resolve(anchor, past=True)) if d is not None]
                    if options:
                        days.add(min(options, key=lambda d: abs((d - anchor).days)))
        if len(days) != 1:
            continue
        day = days.pop()
        update = {"date": day, "date_precision": DatePrecision.day}
        out = [e.model_copy(update=update) if e.date is None and e.kind in event.kinds else e for e in out]
    return out


def _same_day_before(sentences: list[tuple[int, str]], starts: list[int], entry: Entry) -> tuple[DateMatch, str] | None:
    """The one day date of the nearest sentence before the sentence of ``entry``'s text that names its person and
    dates it as "samme dag", "samme dato" (words.yaml ``sameness_words`` and ``same_day_nouns``: "Onsdag den 1.
    oktober er det 50 år siden, at O blev grundlagt. Samme dag kan tre af vores medarbejdere fejre 25 års jubilæum:
    lagerchef X, ..."), within :data:`REACH` characters; else None. (A record before with a date gives its own:
    navnenyt.rules.document.)"""
    words = load_lexicon().words
    k = bisect.bisect_right(starts, entry.start) - 1  # (``starts``: the sentences' start offsets)
    for j in range(max(k, 0), len(sentences)):
        start, sentence = sentences[j]
        if start >= entry.end:
            return None
        low = sentence.lower().split()
        same = any(a in words["sameness_words"] and b.strip(",.") in words["same_day_nouns"] for a, b in pairwise(low))
        if same and entry.person in sentence:  # (the record's own sentence: not "Fra samme dato ... Y" above it)
            for i in range(j - 1, -1, -1):
                if sentences[i][0] < start - REACH:
                    return None
                dates = [d for d in find_dates(sentences[i][1]) if d.valid and d.precision == "day"]
                if len(dates) == 1:
                    return dates[0], ""
                if dates:
                    return None
            return None
    return None


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (start, end) sorted and merged where they overlap, for a binary search of the offsets they cover."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    """The sentences of ``text`` with their start offsets (cut after ".!?" before a capital, and at line breaks)."""
    start = 0
    for match in SENTENCE_BREAK.finditer(text):
        if match.start() > start:
            yield start, text[start : match.start()]
        start = match.end()
    if start < len(text):
        yield start, text[start:]


def _dating_sentence(
    text: str,
    sentences: list[tuple[int, str]],
    indices: range,
    entry: Entry,
    near: list[Entry],
    group: Group,
    cued: dict[tuple[int, int], tuple[DateMatch, str] | None],
) -> tuple[DateMatch, str] | None:
    """The date and cue of the first sentence of ``sentences[indices]`` (those after ``entry``'s first one, within
    :data:`REACH`) that dates it, else None; ``near`` are the records within :data:`REACH` of it, by start;
    ``cued`` holds each (sentence index, group) read so far (:func:`_cued_date` reads a sentence once per document)."""
    for k in indices:
        sentence = sentences[k][1]
        if group.cues.search(sentence) is not None and _about(text, sentences, k, entry, near, group):
            key = (k, id(group))
            if key not in cued:
                cued[key] = _cued_date(sentence, group)
            if cued[key] is not None:
                return cued[key]
    return None


def _about(text: str, sentences: list[tuple[int, str]], k: int, entry: Entry, near: list[Entry], group: Group) -> bool:
    """True when sentence ``k`` opens with ``entry``'s person (full name, first names, surname, also in the
    genitive), with a pronoun whose subject is that person (:func:`_subject_before`), or with a noun of the news of
    ``group`` while ``entry`` is the last record of the group's kinds before it."""
    start, sentence = sentences[k]
    first = _first_word(sentence)
    if any(_opens_with(sentence, form) for form in _forms(entry.person)):
        return True
    if first in tables().subjects:
        return _subject_before(sentences, k, near, text, group) == entry.person
    if not group.nouns.isdisjoint(w.strip(",.:;").lower() for w in sentence.split()[:NOUN_WORDS]):
        before = [e for e in near if e.kind in group.kinds and e.start < start]
        return bool(before) and before[-1] is entry
    return False


NOUN_WORDS = 3
"""Words that open a sentence in which a noun of the news is its subject ("Den formelle overdragelse sker ...")."""


def _first_word(sentence: str) -> str:
    """The first word of ``sentence``, lower case, without punctuation ("" for a blank one)."""
    return sentence.split(maxsplit=1)[0].strip(",.:;").lower() if sentence.strip() else ""


def _subject_before(sentences: list[tuple[int, str]], k: int, near: list[Entry], text: str, group: Group) -> str | None:
    """The person a pronoun opening sentence ``k`` stands for, among the records ``near`` of the kinds of the cue's
    ``group``: the person that opens the sentence right before it ("Signe Wahl afløser Torben Ask, der gik på pension.
    Hun begynder 1. februar." is Signe Wahl), else the person named last before it within :data:`REACH` characters
    ("Katrine Lund Agerskov afløser Torsten Bay, der ... Han fratræder med udgangen af april.": the cue of leaving
    fits only Torsten Bay's record); None when nobody is."""
    start = sentences[k][0]
    candidates = []
    if k > 0:
        before = sentences[k - 1][1]
        candidates.append(next((e.person for e in near if any(_opens_with(before, f) for f in _forms(e.person))), None))
    window = text[max(0, start - REACH) : start]
    best, last = -1, None
    for entry in near:
        for form in _forms(entry.person):
            at = _rfind_word(window, form)
            if at > best:
                best, last = at, entry.person
    candidates.append(last)
    fitting = {e.person for e in near if e.kind in group.kinds}
    return next((person for person in candidates if person in fitting), None)


def _rfind_word(text: str, word: str) -> int:
    """The offset of the last whole-word occurrence of ``word`` in ``text`` (also in the genitive), else -1."""
    end = len(text)
    while True:
        at = text.rfind(word, 0, end)
        if at < 0:
            return -1
        after = text[at + len(word) : at + len(word) + 1]
        if (at == 0 or not text[at - 1].isalnum()) and not (after.isalnum() and after != "s"):
            return at
        end = at + len(word) - 1


def _forms(person: str) -> list[str]:
    """The ways a later sentence names ``person``: the full name, the first names, the first name, the surname (for
    a name of two or more words)."""
    parts = person.split()
    if len(parts) < 2:
        return [person]
    return [person, " ".join(parts[:-1]), parts[0], parts[-1]]


def _opens_with(sentence: str, form: str) -> bool:
    """True when ``sentence`` opens with ``form`` as whole words, or with its genitive ("Poul Kjeldgaards"), and no
    capitalised word follows it ("Anders Dam kan fejre ..." opens with another Anders, not "Anders Lund")."""
    if not sentence.startswith(form):
        return False
    rest = sentence[len(form) :]
    whole = not rest[:1].isalnum() or (rest[:1] == "s" and not rest[1:2].isalnum())
    following = rest.split(maxsplit=1)[:1] if rest[:1].isspace() else []
    return whole and not (following and following[0][:1].isupper())


HEAD_LINES = 8
"""Non-blank lines at the top of a document read for a headline that dates its moves."""
HEADLINE_WORDS = 12
"""Words of a headline at most (a longer line, or one ending with a full stop, is a sentence)."""


def _headline_dated(text: str, entries: list[Entry], anchor: dt.date) -> list[Entry]:
    """``entries`` with the start date of the document's headline for each undated new job or promotion the headline
    names (:func:`_headline_names`: "Ny kommunaldirektør fra nytår", "Regionsrådsformand fra 1. januar: Lars Ploug
    Mikkelsen", "Nye ledere pr. 1. april" over a skoleleder and a pædagogisk leder). A headline is one of the first
    :data:`HEAD_LINES` lines, of at most :data:`HEADLINE_WORDS` words, not ending with a full stop, holding one day
    date after an effective cue (words.yaml ``date_cues_effective``) or the turn of the year ("fra nytår")."""
    if not any(e.date is None and e.kind in MOVE_KINDS for e in entries):
        return entries
    effective = load_lexicon().words["date_cues_effective"]
    lines = [line.strip() for line in text.split("\n") if line.strip()][:HEAD_LINES]
    for line in lines:
        if len(line.split()) > HEADLINE_WORDS or line.endswith((".", "!", "?")):
            continue
        dates = [d for d in find_dates(line) if d.valid and d.precision == "day"]
        if len(dates) != 1 or not (dates[0].cue in effective or dates[0].new_year):
            continue
        day = dates[0].resolve(anchor)
        if day is None:
            continue
        update = {"date": day, "date_precision": DatePrecision.day}
        named = [e.date is None and e.kind in MOVE_KINDS and _headline_names(line, e) for e in entries]
        return [e.model_copy(update=update) if n else e for e, n in zip(entries, named, strict=True)]
    return entries


MIN_TITLE_STEM = 4
"""Letters of a headline's title word at least to name a record's title ("leder" of "skoleleder")."""


def _headline_names(line: str, entry: Entry) -> bool:
    """True when the headline ``line`` names ``entry``'s person, or a title its title ends with, in the singular or
    the plural (words.yaml ``plural_title_endings``: "partnere" names "partner", "ledere" names "pædagogisk leder")."""
    if entry.person in line:
        return True
    if not entry.role:
        return False
    title = entry.role.split()[-1].lower()
    endings = load_lexicon().words["plural_title_endings"]
    for word in scan_words(line.lower()):
        stems = [word] + [word[: -len(e)] for e in endings if word.endswith(e)]
        if any(len(stem) >= MIN_TITLE_STEM and title.endswith(stem) for stem in stems):
            return True
    return False


def _cued_date(sentence: str, group: Group) -> tuple[DateMatch, str] | None:
    """The day or month date of ``sentence`` nearest to a cue of ``group`` (within :data:`CUE_REACH` characters and
    no comma between them: "overtager posten efter Y, der i oktober blev fritaget" dates Y's clause; not after an
    ignored cue such as "siden"), with the cue in lower case; else None."""
    ignored = load_lexicon().words["date_cues_ignored"]
    dates = [d for d in find_dates(sentence) if d.valid and d.precision in ("day", "month") and d.cue not in ignored]
    dates += [d for d in find_relative_dates(sentence) if d.relative_days is not None or d.last]  # "døde i søndags"
    if not dates:
        return None
    best: tuple[int, DateMatch, str] | None = None
    for match in group.cues.finditer(sentence):
        cue = " ".join(match.group("cue").lower().split())
        for date in dates:
            after = date.start >= match.start()  # (the date's own cue may end the phrase: "har virkning fra")
            gap = max(0, date.start - match.end()) if after else match.start() - date.end
            between = sentence[match.end() : date.start] if after else sentence[date.end : match.start()]
            if 0 <= gap <= CUE_REACH and "," not in between and (best is None or gap < best[0]):  # (one clause)
                best = (gap, date, cue)
    return (best[1], best[2]) if best is not None else None
