"""Document context: what an entry's neighbours say about its record.

- a later mention of the same person and kind adds to the first record instead of repeating it (a headline
  "Erik Holm er død" and the notice below it; "X afløser Y" after X's appointment);
- "Samtidig ..." without a date takes the date of the entry before;
- an internal move ("i samme virksomhed") or a board post without an organisation ("blev valgt som næstformand")
  takes the organisation of the entry before;
- "X afløser Y, der går på pension" gives Y's record X's organisation;
- a board post without a date takes the date of the one general meeting the document reports
  (:func:`find_meeting`);
- a job, board post, departure, retirement or anniversary without an organisation takes the organisation the
  document's headline names (:data:`TOPIC_KINDS`, :func:`navnenyt.releases.headline_org`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from navnenyt.dates import find_dates, find_relative_dates
from navnenyt.lexicon import load_lexicon, scan_words
from navnenyt.records import DatePrecision, Entry, EntryKind
from navnenyt.releases import Topic, names_organisation, names_school, opening_name, org_in, unit_name
from navnenyt.rules.entry import Draft, same_org_name

SENTENCE_BREAK = re.compile(r"(?<=[.!?])[ \t]+(?=[A-ZÆØÅ])|\n+")  # not inside "den 26. marts 2026"
"""Where a document's sentences part: after ".!?" before a capital, and at line breaks."""

MERGE_WINDOW = 3  # a mention merges into one of the last few records of the same person and kind
BOARD_WINDOW = 2  # a board post without an organisation takes that of a board post among the last records
MERGED_FIELDS = ("organisation", "role", "date", "date_precision", "previous_role", "previous_organisation",
                 "education", "years", "age", "award", "label")  # fmt: skip


TOPIC_KINDS = frozenset({EntryKind.new_job, EntryKind.promotion, EntryKind.board_appointment, EntryKind.departure,
                         EntryKind.retirement, EntryKind.anniversary})  # fmt: skip
"""Kinds whose record takes the document's topic organisation when it names none: news of a post at an employer or
a body. A birthday, an obituary, a degree or a prize is news of the person, whose employer a headline does not
tell."""


@dataclass
class Found:
    """A record with the draft it came from (its rule id and flags)."""

    entry: Entry
    draft: Draft


@dataclass(frozen=True)
class Meeting:
    """The general meeting a document reports: its date and the organisation holding it (None when unnamed)."""

    date: dt.date
    organisation: str | None
    named: bool = False
    """True when the sentence names the organisation as the meeting's own ("generalforsamlingen i O")."""


PAST_DAYS = frozenset({0, -1})
"""Days relative to publication a meeting is reported on: "i dag", "i går"."""


def find_meeting(text: str, anchor: dt.date) -> Meeting | None:
    """The general meeting a document reports: the day-precise date of its sentences that name a meeting
    (``meeting_nouns`` of words.yaml: "Kildeby Invest A/S har i dag, den 26. marts 2026, afholdt ordinær
    generalforsamling"; with no date printed, "i dag" or "i går" told from ``anchor``), a year-less one the nearest
    such date to ``anchor``, and the organisation with a company
    form those sentences name first; None when there is none or the sentences give different dates. A date after an
    effective or ignored cue (words.yaml ``date_cues_effective``, ``date_cues_ignored``: "fra 1. juli", "siden 2019")
    dates a decision or a past, not the meeting.

    Args:
        text: the document outside its entries (a meeting an entry names is that entry's own).
        anchor: the publication date.
    """
    nouns = load_lexicon().words["meeting_nouns"]
    found: set[dt.date] = set()
    holder: str | None = None
    named: str | None = None  # ("generalforsamlingen i O": the meeting's own organisation, first)
    for day, sentence in _reported_days(text, anchor, lambda words: not nouns.isdisjoint(words)):
        found.add(day)
        named = named or _named_holder(sentence)
        holder = holder or org_in(sentence)
    one = _one_day(found, anchor)
    return Meeting(one, named or holder, named is not None) if one is not None else None


def _one_day(found: set[dt.date], anchor: dt.date) -> dt.date | None:
    """The one day of ``found``, the past ones first when some are past and some later ("Referat af årsmødet lægges
    på hjemmesiden inden 15. april": a later day of the meeting's paperwork, not the meeting reported); None when
    there is none or several."""
    past = {day for day in found if day <= anchor}
    found = past if past and len(past) < len(found) else found
    return next(iter(found)) if len(found) == 1 else None


def find_ceremony(text: str, anchor: dt.date) -> dt.date | None:
    """The day of the one prize-giving or general meeting a document reports, as :func:`find_meeting` finds a
    meeting's: in sentences that name a meeting or a ceremony (``meeting_nouns``, and words ending like
    ``ceremony_endings`` of words.yaml: "Fredag den 21. november blev Erhvervsgallaen i Skovby Hallen afholdt",
    "Åbro Kommune hyldede tirsdag den 27. januar årets sportsfolk"; a later day only when none is past); None when
    there is none or they give different days. A calendar's line ("23/8: Generalforsamling") reports no event.

    Args:
        text: the document outside its entries.
        anchor: the publication date.

    Raises:
        DataError: words.yaml is missing or malformed.
    """
    lex = load_lexicon()
    nouns, endings = lex.words["meeting_nouns"], lex.endings("ceremony_endings")

    def names_event(words: frozenset[str]) -> bool:
        return not nouns.isdisjoint(words) or any(w.endswith(endings) for w in words)

    return _one_day({day for day, _ in _reported_days(text, anchor, names_event)}, anchor)


def _reported_days(
    text: str, anchor: dt.date, names_event: Callable[[frozenset[str]], bool]
) -> Iterator[tuple[dt.date, str]]:
    """The day-precise dates of the sentences of ``text`` whose lower-case words ``names_event`` accepts, each the
    nearest such date to ``anchor`` (with no date printed, "i dag" or "i går" told from ``anchor``; a heading's date
    on the line under it), with their sentence. A date after an effective or ignored cue (words.yaml
    ``date_cues_effective``, ``date_cues_ignored``: "fra 1. juli", "siden 2019") dates a decision or a past, not the
    event."""
    cues = load_lexicon().words["date_cues_effective"] | load_lexicon().words["date_cues_ignored"]
    sentences = SENTENCE_BREAK.split(text)
    for n, sentence in enumerate(sentences):
        if not names_event(scan_words(sentence.lower())):
            continue
        dates = find_dates(sentence) or [d for d in find_relative_dates(sentence) if d.relative_days in PAST_DAYS]
        below = sentences[n + 1] if n + 1 < len(sentences) else ""
        if not dates:  # "Ordinær generalforsamling i O" / "Torsdag den 26. februar 2026 kl. 19.00 i klubhuset": a
            lead = len(below) - len(below.lstrip())  # heading and the date line under it (the date, its weekday
            dates = [d for d in find_dates(below)[:1] if d.start == lead and d.resolve(anchor) != anchor]  # included,
            # opens the line; not the publication day of a byline: "Onsdag d. 19. marts 2025 · Af redaktionen")
        for date in dates:  # ("Fjordbyg Holding A/S har i dag afholdt ordinær generalforsamling": the publication day)
            if date.cue in cues:
                continue  # "Generalforsamlingen godkendte en stigning i boligafgiften fra 1. juli": a decision's date
            if not sentence[: date.start].strip() and sentence[date.end :].lstrip().startswith(":"):
                continue  # "23/8: Generalforsamling i klubhuset": a calendar's coming event, not one reported
            days = [d for d in (date.resolve(anchor), date.resolve(anchor, past=True)) if d is not None]
            if date.precision == "day" and days:
                yield min(days, key=lambda d: abs((d - anchor).days)), sentence


def _named_holder(sentence: str) -> str | None:
    """The organisation a meeting sentence names without a company form: the name after the meeting noun's definite
    form and "i|for|hos" ("Repræsentantskabsmødet i Dansk Kajak- og Surfski Union valgte ..."), or the name before
    a verb of holding (``meeting_holding_verbs``: "da Stenvig IF torsdag den 27. februar holdt ordinær
    generalforsamling"); not the place after the indefinite form ("holdt generalforsamling i Tvedmose
    Forsamlingshus"). Words as in ``meeting_nouns_definite``
    and ``meeting_holder_prepositions`` of words.yaml."""
    words = load_lexicon().words
    tokens = sentence.split()
    low = [t.lower().strip(",.;:!?") for t in tokens]
    for k, word in enumerate(low):
        definite = word in words["meeting_nouns_definite"]  # "årsmødet", "generalforsamlingen"
        if definite and k + 2 < len(tokens) and low[k + 1] in words["meeting_holder_prepositions"]:
            name = opening_name(" ".join(tokens[k + 2 :]))
            if name is not None and (len(name.split()) > 1 or names_organisation(name)):
                return name  # (not "på landsmødet i Odense": a town)
    for k, word in enumerate(low):  # "..., da Stenvig IF torsdag den 27. februar holdt ordinær generalforsamling"
        if word not in words["meeting_holding_verbs"]:
            continue
        for j in range(k - 1, max(-1, k - HOLDER_REACH - 1), -1):
            if tokens[j].endswith(","):
                break  # "Ny formand blev X, da afdelingen holdt ...": the clause before is no holder
            if tokens[j][:1].isupper() and (j == 0 or not tokens[j - 1][:1].isupper()):
                name = opening_name(" ".join(tokens[j:k]))
                if name is not None and (len(name.split()) > 1 or names_organisation(name)):
                    return name
                break
    return None


HOLDER_REACH = 8
"""Words between a meeting's holder and the verb of holding at most ("Stenvig IF torsdag den 27. februar holdt")."""


def resolve_document(
    found: list[Found],
    *,
    issuer: str | None = None,
    meeting: Meeting | None = None,
    topic: Topic | None = None,
    ceremony: dt.date | None = None,
) -> list[Entry]:
    """Apply document context to the records of one document, in text order; returns the final records.

    Repeated entries stay separate records (a page may print the same notice twice); only a mention that adds
    to or is part of an earlier record of the same person and kind is merged into it. A person who has died has
    only the obituary: the posts of their life story are no news.

    Args:
        found: the records of the document's entries, in text order.
        issuer: the organisation issuing the document when it is a press release (:func:`navnenyt.releases.issuer`):
            the organisation of every record that names none.
        meeting: the general meeting the document reports (:func:`find_meeting`): its date is the date of every
            board post (and board member's departure) that has none, its organisation their organisation.
        topic: the organisation the document's headline names (:func:`navnenyt.releases.headline_org`): the
            organisation of every record of :data:`TOPIC_KINDS` that names none (and starts before
            ``topic.until``), when there is no issuer.
        ceremony: the day of the prize-giving the document reports (:func:`find_ceremony`): the date of every award
            that has none.
    """
    kept: list[Found] = []
    by_key: dict[tuple[str, EntryKind], list[Found]] = {}
    people: set[str] = set()
    for item in found:
        item = Found(item.entry.model_copy(update=_context(item, kept)), item.draft)
        if item.draft.rule.endswith(":afloeser") and item.entry.person in people:
            continue  # "X afløser Y" after X's own notice: X's record exists
        leaving = item.entry.kind == EntryKind.departure
        retired = by_key.get((item.entry.person, EntryKind.retirement), []) if leaving else []
        if leaving and not retired and item.entry.date is not None:  # "X afløser Y, der træder ud af direktionen" /
            # "Y fratræder med udgangen af marts": the departure told first gets its date
            left = by_key.get((item.entry.person, EntryKind.departure), [])
            retired = [  # (the earlier leaving record, whether retirement or departure)
                k for k in left if k.entry.date is None and item.entry.organisation in {None, k.entry.organisation}
            ]
        if retired:  # "X afløser Y, der går på pension ..." / "Y har sidste arbejdsdag den 31. marts": one leaving
            retired[-1].entry = fill_missing(retired[-1].entry, item.entry, ("date", "date_precision"))
            continue
        earlier = by_key.setdefault((item.entry.person, item.entry.kind), [])
        candidates = earlier[-MERGE_WINDOW:]
        other = {EntryKind.new_job: EntryKind.promotion, EntryKind.promotion: EntryKind.new_job}.get(item.entry.kind)
        if other is not None:  # "udnævnt til partner" ... "har været ansat hos os siden 2015"; "har ansat X som
            # CDO" ... "Som CDO ... bliver X en del af direktionen": the same move seen from outside and inside
            candidates = by_key.get((item.entry.person, other), [])[-MERGE_WINDOW:] + candidates
        same = next((k for k in candidates if _extends(k.entry, item.entry)), None)
        hired = next((k for k in candidates if _seen_from_before(k.entry, item.entry)), None)
        if same is None and hired is not None:  # "X bliver ny R for O2" ... "X, der i dag er R1 i O1, tiltræder som
            # R den 1. november": the move told again from the post held, not a move inside O1
            update = {"previous_role": item.entry.previous_role, "previous_organisation": item.entry.organisation}
            hired.entry = fill_missing(hired.entry, item.entry.model_copy(update=update))
            if item.entry.date is not None:  # (its start date, told with the post: "tiltræder ... den 1. november")
                hired.entry = hired.entry.model_copy(
                    update={"date": item.entry.date, "date_precision": item.entry.date_precision}
                )
            continue
        once = same is None and item.entry.kind in ONCE_KINDS and bool(earlier)
        if once and _facts(earlier[0].entry) != _facts(item.entry):
            first = earlier[0]  # "X er død" (headline), "Tidligere borgmester i O, X, er død" (notice), "X sov stille
            first.entry = _once(first.entry, item.entry)  # ind søndag ...": one death told three times
            continue
        bare = item.entry.role is None and item.entry.organisation is None and item.entry.previous_role is None
        if same is None and bare and candidates:  # "X indsættes ved en festgudstjeneste søndag": a later mention of
            first = candidates[-1]  # X's news, no news of its own; its date serves only a record that has none
            if first.entry.date is None:
                first.entry = fill_missing(first.entry, item.entry, ("date", "date_precision"))
            continue
        if same is None:
            kept.append(item)
            earlier.append(item)
            people.add(item.entry.person)
            continue
        merged = fill_missing(same.entry, item.entry)
        if same.entry.role and item.entry.role and len(item.entry.role) > len(same.entry.role):
            merged = merged.model_copy(update={"role": item.entry.role})  # "direktør", then "beredskabsdirektør"
        if item.entry.kind == EntryKind.promotion:  # "Helle Bech | konstitueret skoleleder | ..." then "Helle Bech
            merged = merged.model_copy(update={"kind": EntryKind.promotion})  # er i dag viceskoleleder samme sted"
        if len(_facts(item.entry)) > len(_facts(same.entry)):  # a headline, then its notice: the notice's text
            span = {"text": item.entry.text, "start": item.entry.start, "end": item.entry.end}
            merged = merged.model_copy(update=span)
        same.entry = merged
    kept = _left_for_new_post(kept)
    dead = {k.entry.person for k in kept if k.entry.kind == EntryKind.obituary}
    entries = [k.entry for k in kept if k.entry.person not in dead or k.entry.kind == EntryKind.obituary]
    # ("X er død. ... inden han blev valgt ind i kommunalbestyrelsen i 1974": a life told, no news of its own)
    if meeting is not None:
        entries = [_meeting_dated(e, meeting) for e in entries]
    if ceremony is not None:  # "Fredag den 21. november blev Erhvervsgallaen afholdt. ... Årets Leder: X"
        undated = {"date": ceremony, "date_precision": DatePrecision.day}
        entries = [e.model_copy(update=undated) if e.kind == EntryKind.award and e.date is None else e for e in entries]
    if issuer is not None:  # after merging: a later mention without an organisation still joins its record
        return [_issued(e, issuer) for e in entries]
    if topic is not None:
        return [e.model_copy(update={"organisation": topic.name}) if _topical(e, topic) else e for e in entries]
    return entries


def _left_for_new_post(kept: list[Found]) -> list[Found]:
    """One move for a person who leaves one organisation and, later in the document, takes a post at another
    ("X stopper som cheftræner i O1 ... X tiltræder 1. juli som sportschef i O2"): the new job, with the post left as
    its previous role and organisation; the departure record goes (the gold convention: leaving for a post at a named
    employer is a new job).

    Args:
        kept: the document's records so far, in text order.

    Returns:
        ``kept`` without the departures folded into a later new job (the new job updated in place).
    """
    folded: set[int] = set()
    departures: dict[str, list[int]] = {}  # person -> indices of their departures (linear, not a scan per new job)
    for n, item in enumerate(kept):
        if item.entry.kind == EntryKind.departure:
            departures.setdefault(item.entry.person, []).append(n)
    for n, item in enumerate(kept):
        entry = item.entry
        if entry.kind != EntryKind.new_job or entry.previous_role or entry.previous_organisation:
            continue
        left = next(
            (
                m
                for m in reversed(departures.get(entry.person, []))
                if m < n and m not in folded and _other_org(kept[m].entry.organisation, entry.organisation)
            ),
            None,
        )
        if left is not None and entry.organisation is not None:
            old = kept[left].entry
            item.entry = entry.model_copy(update={"previous_role": old.role, "previous_organisation": old.organisation})
            folded.add(left)
    return [item for m, item in enumerate(kept) if m not in folded]


def _other_org(left: str | None, joined: str | None) -> bool:
    """True when both name an organisation and not the same one (:func:`navnenyt.rules.entry.same_org_name`)."""
    return left is not None and joined is not None and not same_org_name(left, joined)


def _topical(entry: Entry, topic: Topic) -> bool:
    """True when ``entry`` names no organisation, is of :data:`TOPIC_KINDS` and starts before ``topic.until``."""
    inside = topic.until is None or entry.start < topic.until
    return entry.organisation is None and entry.kind in TOPIC_KINDS and inside


ONCE_KINDS = frozenset({EntryKind.obituary})
"""Kinds that happen to a person once: every later mention in a document is the same news, even when its fields
differ (a headline, the notice, the funeral paragraph)."""


def _once(entry: Entry, other: Entry) -> Entry:
    """``entry`` with the fields it lacks from ``other``, and ``other``'s organisation when only that one names an
    organisation ("Skovlund Kommune" over the town "Skovlund": :func:`navnenyt.releases.names_organisation`)."""
    merged = fill_missing(entry, other)
    own, theirs = entry.organisation, other.organisation
    if own is not None and theirs is not None and not names_organisation(own) and names_organisation(theirs):
        merged = merged.model_copy(update={"organisation": theirs})
    return merged


def fill_missing(entry: Entry, other: Entry, fields: tuple[str, ...] = MERGED_FIELDS) -> Entry:
    """``entry`` with each of ``fields`` it lacks (None) taken from ``other`` (a later mention of the same news).

    Args:
        entry: the record kept.
        other: the record merged into it.
        fields: the :class:`navnenyt.records.Entry` fields that may be filled (default :data:`MERGED_FIELDS`).

    Returns:
        A copy of ``entry``; ``entry`` itself is not changed.
    """
    fill = {f: getattr(other, f) for f in fields if getattr(entry, f) is None and getattr(other, f) is not None}
    return entry.model_copy(update=fill)


def _issued(entry: Entry, issuer: str) -> Entry:
    """``entry`` with the issuer as its organisation when it names none, or names the issuer by its first words
    ("hos Nordvang" in a release of Nordvang Revision P/S); not a graduate's, when the issuer is a school
    (:func:`navnenyt.releases.names_school`)."""
    own = entry.organisation
    if entry.kind == EntryKind.completed_education and names_school(issuer):
        return entry  # a school's page on its graduates: the school teaches them, it does not employ them
    if own is None or (issuer.startswith(own + " ") and own[:1].isupper()) or unit_name(own):
        return entry.model_copy(update={"organisation": issuer})
    return entry


def _meeting_dated(entry: Entry, meeting: Meeting) -> Entry:
    """``entry`` with the meeting's date (and organisation, when it names none) when it is an undated board post
    or a board member's departure (a board title, or the board named in its text); an undated new post with a board
    title ("kasserer") at the meeting is a board post. A dated board post takes only the organisation the meeting
    sentence names as the meeting's own (:attr:`Meeting.named`)."""
    words = load_lexicon().words
    titled = entry.role is not None and entry.role.lower() in words["board_roles"]
    left = entry.kind == EntryKind.departure and not words["board_nouns"].isdisjoint(scan_words(entry.text.lower()))
    moved = (entry.kind in {EntryKind.departure, EntryKind.new_job} and titled) or left  # ("A og B genopstillede
    # ikke og udtræder af bestyrelsen ved generalforsamlingen": the board named, no title)
    board = entry.kind == EntryKind.board_appointment or moved
    if not board:
        return entry
    if entry.date is not None:  # dated in its own sentence: the meeting names the organisation at most
        named = entry.organisation is None and meeting.named  # (not a firm the sentence names otherwise)
        return entry.model_copy(update={"organisation": meeting.organisation}) if named else entry
    update: dict[str, Any] = {"date": meeting.date, "date_precision": DatePrecision.day}
    if entry.kind == EntryKind.new_job:  # "Hendes post som kasserer overtages af X" at the meeting: a board post
        update["kind"] = EntryKind.board_appointment
    if entry.organisation is None and meeting.organisation is not None:
        update["organisation"] = meeting.organisation
    return entry.model_copy(update=update)


def _extends(old: Entry, new: Entry) -> bool:
    """True when ``new`` and ``old`` are about the same person and kind (a new job and a promotion extend each
    other: the same move seen from outside and inside), never disagree on a field, and one of them says something the
    other does not (a headline and its notice)."""
    promoted = {old.kind, new.kind} == {EntryKind.promotion, EntryKind.new_job}  # (either order: "Som CDO får X
    # ansvar ... og bliver en del af direktionen" after her hire)
    if old.person != new.person or (old.kind != new.kind and not promoted):
        return False
    a, b = (_facts(old), _facts(new))
    agree = all(a[k] == b[k] or (k == "role" and same_role(a[k], b[k])) for k in a.keys() & b.keys())
    return agree and a != b


def _seen_from_before(old: Entry, new: Entry) -> bool:
    """True when ``new`` is a promotion inside the organisation ``old``, a new job of the same person to the same post
    elsewhere, comes from: the same move read from the post held ("X bliver ny filialdirektør for Midtvest
    Andelsbank" ... "X, der i dag er erhvervschef i Ejstrup Sparekasse, tiltræder som filialdirektør")."""
    inside = new.kind == EntryKind.promotion and new.previous_role is not None and new.previous_organisation is None
    moved = old.kind == EntryKind.new_job and old.person == new.person and old.previous_role is None
    elsewhere = None not in (old.organisation, new.organisation) and old.organisation != new.organisation
    told = new.role is None or (old.role is not None and same_role(old.role, new.role))  # ("X, der i dag er R1 i
    # O1, tiltræder 1. maj": the new post not told again)
    return inside and moved and elsewhere and told


MIN_HEAD_CHARS = 4
"""Letters a one-word role has at least to be the head of a compound role ("chef" of "økonomichef")."""


def same_role(a: str, b: str) -> bool:
    """True when two role strings name one post: equal but for case, or for an abbreviated word ("Adm. direktør"
    and "administrerende direktør": a word ending in "." stands for any word it begins), or one word and a compound
    ending in it ("direktør" and "beredskabsdirektør")."""
    x, y = a.casefold().split(), b.casefold().split()
    if len(x) != len(y):
        return False
    if len(x) == 1 and min(len(x[0]), len(y[0])) >= MIN_HEAD_CHARS and (x[0].endswith(y[0]) or y[0].endswith(x[0])):
        return True  # "direktør" and "beredskabsdirektør": the post named without and with its field
    return all(
        u == v or (u.endswith(".") and v.startswith(u[:-1])) or (v.endswith(".") and u.startswith(v[:-1]))
        for u, v in zip(x, y, strict=True)
    )


def _facts(entry: Entry) -> dict[str, Any]:
    return {f: getattr(entry, f) for f in MERGED_FIELDS if getattr(entry, f) is not None}


SAME_DATE_WINDOW = 3
"""Records before one dated "samme dato" within which the date it means is sought, nearest first ("samtidig" takes
the record right before only)."""
LEAVING_KINDS = frozenset({EntryKind.retirement, EntryKind.departure})
"""Kinds of the undated record of someone replaced, which "samme dato" after it looks past."""


def _context(item: Found, kept: list[Found]) -> dict[str, Any]:
    entry, draft = item.entry, item.draft
    before = kept[-1].entry if kept else None
    update: dict[str, Any] = {}
    if before is None:
        return update
    dated = before  # "..., bliver ny viceskoleleder fra samme dato": the date of the record before, past undated
    for k in reversed(kept[-SAME_DATE_WINDOW:-1]):  # leavers ("hvor hun afløser Y, der går på pension": Y's record)
        if dated.date is not None or dated.kind not in LEAVING_KINDS or not draft.same_date:
            break
        dated = k.entry
    if entry.date is None and draft.same_time and dated.date is not None:
        update["date"], update["date_precision"] = dated.date, dated.date_precision
    if entry.organisation is None and draft.internal and entry.label is None:
        update["organisation"] = before.organisation  # (a notice with its own category label is a notice apart)
    board = next((k.entry for k in reversed(kept[-BOARD_WINDOW:]) if k.entry.kind == EntryKind.board_appointment), None)
    if entry.organisation is None and entry.kind == EntryKind.board_appointment and board is not None:
        update["organisation"] = board.organisation  # "X afløser Y, der træder ud. Bestyrelsen konstituerede sig"
    if entry.organisation is None and draft.successor_of is not None:
        named = draft.successor_of  # "Rydahl afløses som R af Y": the surname of an earlier entry's person;
        holder = next((k.entry for k in reversed(kept) if named in (k.entry.person, k.entry.person.split()[-1])), None)
        lex = load_lexicon()  # "Hendes stilling som R besættes af Y": the person of the entry before
        if holder is None and (lex.has("pronouns", named) or lex.has("possessive_pronouns", named)):
            holder = before
            if entry.role is None and holder.role is not None:
                update["role"] = holder.role  # "X bliver ny cheftræner. [¶] Han afløser Y, der blev fritstillet"
        if holder is not None:
            update["organisation"] = holder.organisation
    elif entry.previous_organisation is None and draft.successor_of is not None and draft.rule.startswith("moves_on"):
        lex = load_lexicon()  # "Hun afløser adm. direktør Y, der bliver R2 i O2": Y leaves the post of the entry
        if lex.has("pronouns", draft.successor_of) and before.organisation != entry.organisation:  # before
            update["previous_organisation"] = before.organisation
    return update
