"""Public entry points; the only place that knows the order of the stages.

text -> normalise -> segment into entries -> spaCy Doc per entry -> kind + slots -> pydantic ``Entry`` records.
No printing and no Typer here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Mapping
from functools import partial

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from navnenyt.columns import column_views
from navnenyt.fact_boxes import find_boxes
from navnenyt.lexicon import (
    could_hold_people_news,
    genitive_stem,
    history_year,
    load_lexicon,
    new_titles_intro,
    scan_words,
)
from navnenyt.model_features import has_flag, is_place_word, may_name_person
from navnenyt.normalise import TAG_RE, Normalised, normalise
from navnenyt.people_tables import TableRow, find_tables
from navnenyt.posts import Post, find_posts, read_first_person
from navnenyt.reading import looks_like_html
from navnenyt.records import DatePrecision, Education, Entry, EntryKind
from navnenyt.releases import heading_org, headline_org, issuer
from navnenyt.rules.age_lists import age_drafts, find_age_items
from navnenyt.rules.boxes import box_drafts
from navnenyt.rules.document import (
    LEAVING_KINDS,
    SENTENCE_BREAK,
    TOPIC_KINDS,
    Found,
    fill_missing,
    find_ceremony,
    find_meeting,
    resolve_document,
)
from navnenyt.rules.entry import Draft, extract_drafts, may_need_ner, replaced_by_pronoun
from navnenyt.rules.frames import strip_lead_role
from navnenyt.rules.intros import (
    IntroContext,
    apply_intro,
    apply_item_programme,
    intro_context,
    paragraphs_before,
)
from navnenyt.rules.later_dates import later_dates
from navnenyt.rules.moves import move_line_drafts
from navnenyt.rules.runs import has_org_marker, names_org
from navnenyt.rules.second_news import second_news
from navnenyt.rules.slots import is_area, org_text, role_text
from navnenyt.rules.tables import row_drafts
from navnenyt.rules.teams import find_team_lists, team_drafts
from navnenyt.rules.told_after import previous_posts
from navnenyt.segment import (
    Segment,
    card_above,
    job_ad_span,
    line_above,
    list_closing_date,
    list_context_date,
    prize_name,
    segment,
    table_line_date,
)
from navnenyt.short_names import read_short_names

UNLISTED_DATE_KINDS = frozenset({EntryKind.award, EntryKind.completed_education, EntryKind.obituary})
"""Kinds whose record never takes the date of a list's heading or intro (a prize list's gala, a graduation day
printed above the names are no dates of these records by the gold conventions)."""
DATED_SECTION_KINDS = frozenset({EntryKind.obituary, EntryKind.birthday, EntryKind.anniversary})
"""Kinds of list sections ("Dødsfald", "Jubilæer") whose items tell a date, an age or years: a line under one with
no digit ("Kredsformand Søren Tange, Kreds Syd", a signature) is no item."""
MAX_ENTRY_CHARS = 20_000  # a longer unit is not a people-news entry (and stays far below spaCy's max_length)


class Extractor:
    """Reusable extractor: loads the spaCy pipeline once and extracts from many texts.

    Args:
        use_model: use the bundled NER model when installed (default True).

    Raises:
        ModelError: the bundled model exists but cannot be loaded.
    """

    def __init__(self, *, use_model: bool = True) -> None:
        from navnenyt.pipeline import load_pipeline

        self.nlp = load_pipeline(use_model)
        self.labels = load_lexicon().labels
        self.recorded_labels = load_lexicon().recorded_labels
        self.section_labels = load_lexicon().section_labels
        # The NER model runs only on entries whose person the rules cannot find (it costs most of the time).
        self.ner_pipes = [name for name in ("tok2vec", "ner") if name in self.nlp.pipe_names]

    def extract(self, text: str, *, published: dt.date | None = None) -> list[Entry]:
        """Return the people-news records of ``text`` in text order ([] when there are none).

        Args:
            text: decoded input text (any length); offsets in the records index this string.
            published: publication date that anchors year-less dates; default today (a ``datetime`` counts as its
                date).

        Raises:
            TypeError: ``text`` is not a ``str`` (bytes must be decoded first: :func:`navnenyt.reading.decode_bytes`),
                or ``published`` is not a ``datetime.date`` (a string such as "2026-02-03" must be parsed first:
                ``datetime.date.fromisoformat``).
        """
        published = _checked(text, published)
        norm = normalise(text)
        if not could_hold_people_news(norm.text):
            return []  # cheap-first: no trigger word, label or date form: no spaCy
        views = column_views(norm)  # (a page set in two columns: each column read on its own)
        if views is None:
            return self._extract(text, norm, published)
        left, right, regions = views
        entries = self._extract(text, left, published)
        entries += [e for e in self._extract(text, right, published) if any(a <= e.start < b for a, b in regions)]
        return sorted(entries, key=lambda e: e.start)

    def _extract(self, text: str, norm: Normalised, published: dt.date | None) -> list[Entry]:
        """The records of ``text`` read from its normalised text ``norm`` (:meth:`extract` after the checks)."""
        ad = job_ad_span(norm.text)
        if ad is not None and not _labelled_outside(norm.text, ad):
            return []  # a job ad tells no news (a page's labelled people-news beside a job listing does)
        posts = find_posts(norm.text)  # a feed's posts and comments ([] for most texts)
        plain, norm = norm, read_first_person(norm, posts)  # a post's "jeg" is its author
        posted = norm is not plain
        vocab = self.nlp.vocab
        norm = read_short_names(norm, partial(_flagged, vocab, "first_name"), partial(_flagged, vocab, "surname"))
        # ("Morten Skaarup stopper ... Skaarup tiltræder 1. juli som R i O": the full name)
        anchor = published or dt.date.today()
        tables = find_tables(norm.text)
        boxes = find_boxes(norm.text)
        teams = find_team_lists(norm.text)
        aged = find_age_items(norm.text)  # "80 år" / "Søndag 8. marts: Arne Kølbæk, Ravnsø."
        read_below = [(t.start, t.end) for t in tables] + [(b.start, b.end) for b in boxes]
        read_below += [(item.start, item.end) for item in teams] + [(item.start, item.end) for item in aged]
        segments = [
            s
            for s in segment(norm.text)
            if s.body_end - s.start <= MAX_ENTRY_CHARS
            and not any(a < s.end and s.start < b for a, b in read_below)  # table rows and fact boxes: below
            and (s.label is not None or could_hold_people_news(norm.text[s.start : s.end]))
        ]
        bodies = (s.body(norm.text) for s in segments)
        found: list[Found] = []
        rules_only = self.nlp.pipe(bodies, batch_size=64, disable=self.ner_pipes)
        intros: dict[tuple[int, int] | None, IntroContext] = {  # the list intros' contexts, keyed by their offsets
            s.intro: intro_context(
                self.nlp(norm.text[s.intro[0] : s.intro[1]]),
                paragraphs_before(norm.text, s.intro[0]) if _dated_above(norm.text, s, self.labels) else "",
            )
            for s in segments
            if s.intro
        }
        for seg, doc in zip(segments, rules_only, strict=True):
            found.extend(self._records(text, norm, seg, doc, anchor, intros.get(seg.intro)))
        rows = [(row, table) for table in tables for row in table.rows]
        lines = (norm.text[r.start : r.end] + (f"\n{r.title}" if r.title else "") for r, _ in rows)  # (the title
        # that names the person column is read after the row: every row's role)
        row_docs = self.nlp.pipe(lines, batch_size=64, disable=self.ner_pipes)
        table_intros: dict[int, IntroContext] = {}
        for (row, table), doc in zip(rows, row_docs, strict=True):
            start, end = norm.span_to_original(row.start, row.end)
            drafts = row_drafts(doc, row)
            if any(d.kind == EntryKind.completed_education for d in drafts):  # "Mandag den 16. juni bestod disse
                if table.start not in table_intros:  # elever svendeprøven som frisør ved O." above the table
                    table_intros[table.start] = intro_context(self.nlp(line_above(norm.text, table.start)))
                apply_intro([d for d in drafts if d.kind == EntryKind.completed_education], table_intros[table.start])
            label = _row_label(norm.text, row, self.recorded_labels)
            for draft in drafts:
                if draft.date is None and draft.kind not in UNLISTED_DATE_KINDS:
                    told = table_line_date(norm.text, table.start, table.end)
                    if told is not None:  # "Alle tre tiltræder 1. juli." / "Ændringerne trådte i kraft 1. juli."
                        draft.date, draft.past = told[0], draft.past or told[1]
                found.append(Found(_to_entry(draft, label, text[start:end], start, end, anchor), draft))
        parse = self._parse_rules_only
        for box in boxes:
            start, end = norm.span_to_original(box.start, box.end)
            for draft, label in box_drafts(box, norm.text, parse):
                found.append(Found(_to_entry(draft, label, text[start:end], start, end, anchor), draft))
        for item in teams:
            start, end = norm.span_to_original(item.start, item.end)
            for draft in team_drafts(item, parse):
                found.append(Found(_to_entry(draft, None, text[start:end], start, end, anchor), draft))
        for age_item in aged:
            start, end = norm.span_to_original(age_item.start, age_item.end)
            for draft in age_drafts(age_item, parse):
                found.append(Found(_to_entry(draft, None, text[start:end], start, end, anchor), draft))
        found = [f for f in found if _may_be_person(self.nlp.vocab, f.entry.person)]  # ("Vestkyst Pension har ...")
        if ad is not None:  # (none read from the job listing itself)
            a, b = norm.span_to_original(*ad)
            found = [f for f in found if not a <= f.entry.start < b]
        if published is not None:  # (with today as the default anchor, an archive's old pages would lose theirs)
            found = [_undated(f) if _old_news(f.entry, published) and _dated_apart(f.draft) else f for f in found]
            found = [f for f in found if not _old_news(f.entry, published)]  # ("startede som lærling i 1984")
            found = [f for f in found if not _started_long_ago(f, published)]  # ("startede ... i 1986 og er i dag")
        undated_board = any(  # (or with no organisation: the meeting may name it)
            (f.entry.date is None or f.entry.organisation is None) and f.entry.kind in MEETING_DATED for f in found
        )
        feed = any(not p.letter for p in posts)  # (a signed letter's page may still name its organisation)
        unnamed = not feed and any(f.entry.organisation is None and f.entry.kind in TOPIC_KINDS for f in found)
        undated_award = any(f.entry.date is None and f.entry.kind == EntryKind.award for f in found)
        outside = _outside(text, [f.entry for f in found]) if undated_board or unnamed or undated_award else ""
        meeting = find_meeting(outside, anchor) if undated_board else None
        one_body = len({f.entry.organisation for f in found if f.entry.organisation}) <= 1
        if undated_board and meeting is None and one_body:  # the meeting told in another entry of a document about
            meeting = find_meeting(text, anchor)  # one organisation ("På generalforsamlingen den 24. november blev X
            # valgt ..." / "Bestyrelsen har efterfølgende konstitueret sig med Y som næstformand")
        topic = headline_org(outside, [f.entry.start for f in found], text) if unnamed else None  # (no feed)
        ceremony = find_ceremony(outside, anchor) if undated_award else None
        found.sort(key=lambda f: f.entry.start)
        entries = resolve_document(found, issuer=issuer(norm.text), meeting=meeting, topic=topic, ceremony=ceremony)
        entries = _without_person_orgs(_without_first_names(entries), self.nlp.vocab)
        entries = _company_posts(entries, plain, posts)
        entries = later_dates(text, entries, anchor)  # "... udnævnt X til R. ... X overtager posten 1. marts."
        entries = previous_posts(text, entries, self._parse_rules_only)  # a table, then "X kommer
        # fra en stilling som R0 i O0"
        read = partial(self._read_sentence, published=published)  # "... Samtidig indtræder hun i bestyrelsen for O"
        entries = second_news(text, entries, read, self._parse_rules_only, partial(_flagged, vocab, "first_name"))
        return _one_per_kind(entries) if posted else entries

    def _read_sentence(self, sentence: str, *, published: dt.date | None) -> list[Entry]:
        """The records of one sentence read as a text of its own (:mod:`navnenyt.rules.second_news`)."""
        return self._extract(sentence, normalise(sentence), published)

    def _parse_rules_only(self, text: str) -> Doc:
        """``text`` through the pipeline without its NER (tokenizer, sentencizer, cue ruler)."""
        return self.nlp(text, disable=self.ner_pipes)

    def _records(
        self, text: str, norm: Normalised, seg: Segment, doc: Doc, anchor: dt.date, intro: IntroContext | None
    ) -> Iterator[Found]:
        label_kind = self.labels.get(seg.label) if seg.label else None
        start, end = norm.span_to_original(seg.start, seg.end)
        section = seg.label in self.section_labels  # a list section's kind yields to the item's own verb
        drafts = move_line_drafts(doc)  # "NAME: R1, O1 → R2, O2"
        drafts = drafts or (extract_drafts(doc, None, brief=seg.brief, bullet=seg.bullet) if section else [])
        undated = section and label_kind in DATED_SECTION_KINDS and not any(ch.isdigit() for ch in doc.text)
        undated = undated and (intro is None or intro.date is None)  # ("Tirsdag den 1. april kan fire medarbejdere
        # fejre 25 års jubilæum:" / "Anette Vinkel, pædagog, Børnehuset Solsikken": the intro dates every item)
        drafts = drafts or ([] if undated else extract_drafts(doc, label_kind, brief=seg.brief, bullet=seg.bullet))
        for draft in drafts if section and label_kind == EntryKind.new_job else []:
            if draft.kind == EntryKind.promotion and draft.previous_role is None:  # "Nye medarbejdere" / "X, der
                draft.kind = EntryKind.new_job  # bliver R i afdelingen for ...": a new colleague, not a move inside
        unnamed = not drafts or all(replaced_by_pronoun(d) for d in drafts)  # ("Hun afløser Y": who is "Hun"?)
        if unnamed and self.ner_pipes and may_need_ner(doc):
            drafts = (
                extract_drafts(self.nlp(doc.text), label_kind, brief=seg.brief, bullet=seg.bullet) or drafts
            )  # a name no fixed phrase marks: ask
            # the NER
        label = seg.label if seg.label in self.recorded_labels else None  # "Dødsfald" sets the kind only
        dateless = [d for d in drafts if d.date is None and d.kind not in UNLISTED_DATE_KINDS]
        context = (
            list_context_date(norm.text, seg.start) or list_closing_date(norm.text, seg.start) if dateless else None
        )
        for draft in dateless:  # "Fredag 6. februar" / "50 år: X, ...", "... pr. 1. oktober 2025 ...:" / "• X bliver R"
            draft.date = context
        if intro is not None:  # "... de nyuddannede fra O, der fik deres bevis i fredags:" / "Pædagog: X, Langå"
            apply_item_programme(drafts)
            apply_intro(drafts, intro)
        prizeless = [d for d in drafts if d.kind == EntryKind.award and d.award is None]
        prize = prize_name(line_above(norm.text, seg.start)) if prizeless else None
        for draft in prizeless:  # "Årets Ungdomstræner" / "Camilla Rydahl har ...": the heading names the prize
            draft.award = prize
        card = seg.card_of(norm.text) or card_above(norm.text, seg.start)  # "Camilla Friis Vestergaard" / "Skyvik
        # A/S" under the notice, or "Jens Peter Lunde" / "Overlæge" / "Kærby Sygehus" over it
        headed: list[str | None] = []  # the organisation the notice's own heading names, looked up once
        for draft in drafts:
            entry = _to_entry(draft, label, text[start:end], start, end, anchor)
            if card is not None and entry.organisation is None and entry.person == card[0] != card[1]:
                entry = entry.model_copy(update={"organisation": card[1]})
            if entry.organisation is None and entry.kind in TOPIC_KINDS:
                headed = headed or [_heading_org(self.nlp.vocab, norm.text, seg.start)]
                entry = entry.model_copy(update={"organisation": headed[0]}) if headed[0] else entry
            yield Found(entry, draft)


def _row_label(text: str, row: TableRow, labels: Collection[str]) -> str | None:
    """The category label a table row prints in its note column ("Navn | Stilling | Virksomhed | Type" / "... | Nyt
    job": labels.yaml's recorded labels, compared as written), else None.

    Args:
        text: the normalised text the row's offsets index.
        row: the table row.
        labels: the labels recorded with an entry (:attr:`navnenyt.lexicon.Lexicon.recorded_labels`).
    """
    notes = [text[a:b].strip() for slot, a, b in row.cells if slot == "note"]
    return next((note for note in notes if note in labels), None)


def _heading_org(vocab: Vocab, text: str, start: int) -> str | None:
    """:func:`navnenyt.releases.heading_org` of the entry at ``start``, unless it names only a town or another place
    the gazetteer knows ("Ny direktør i Aarhus")."""
    name = heading_org(text, start)
    place = name is not None and all(is_place_word(vocab, w) for w in name.split())
    return None if place else name


def _person_text(person: Span) -> str:
    """The person's name as a record writes it: without a title before it ("Billedkunstner Hans Grønbech"), and
    without the genitive "-s" of a name owning the word after it ("er Thomas Ravnkildes sidste arbejdsdag":
    ``genitive_heads`` of words.yaml; only for a name of two or more words, so "Mads" stays)."""
    doc = person.doc
    run = strip_lead_role(doc, person)
    text = run.text
    heads = load_lexicon().words["genitive_heads"]
    owns = len(run) >= 2 and run.end < len(doc) and doc[run.end].lower_ in heads and len(run[-1]) > 3
    return (genitive_stem(text) if owns else None) or text


def _checked(text: object, published: object) -> dt.date | None:
    """``published`` as a date after checking both arguments of :meth:`Extractor.extract` (see there for the
    errors)."""
    if not isinstance(text, str):
        hint = "; decode bytes first (navnenyt.reading.decode_bytes)" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"text must be str, not {type(text).__name__}{hint}")
    if isinstance(published, dt.datetime):
        return published.date()
    if published is not None and not isinstance(published, dt.date):
        raise TypeError(
            f"published must be a datetime.date or None, not {type(published).__name__} {published!r}"
            " (parse a string with datetime.date.fromisoformat)"
        )
    return published


def _flagged(vocab: Vocab, column: str, word: str) -> bool:
    """:func:`navnenyt.model_features.has_flag` with the column first, for :func:`functools.partial`."""
    return has_flag(vocab, word, column)


def _dated_above(text: str, seg: Segment, labels: Mapping[str, EntryKind]) -> bool:
    """True when the list intro of ``seg`` may take its day from the paragraphs above it: a list of a kind told after
    the day (``DAY_ABOVE_KINDS``: "Fredag den 23. januar blev der sat huer på ..." / "Her er dimittenderne:"), or an
    intro that only names the new titles ("O udnævner pr. 1. januar tre nye partnere." / "De nye partnere er:")."""
    if labels.get(seg.label or "") in DAY_ABOVE_KINDS:
        return True
    return seg.intro is not None and new_titles_intro(text[seg.intro[0] : seg.intro[1]].lower().split()) is not None


def _trained(draft: Draft) -> bool:
    """True when a degree's role is the degree told as a state ("er blevet uddannet maskinmester": ``trained_words``
    of words.yaml): no post held."""
    role = draft.role
    return (
        draft.kind == EntryKind.completed_education
        and role is not None
        and load_lexicon().has("trained_words", role[0].text)
    )


def _event(draft: Draft) -> bool:
    """True when an award's organisation names an event: a word of it before any "i"/"på" ends as an event noun
    does (``event_endings`` of words.yaml: "ved Erhvervsgallaen i Fjordlund Hallen", "ved Idrættens Aften i Bøgely
    Hallen": where the prize was handed)."""
    org = draft.org
    if org is None or draft.kind != EntryKind.award:
        return False
    lex = load_lexicon()
    head = next((k for k, t in enumerate(org) if lex.has("unit_place_intro", t.text)), len(org))
    return any(t.lower_.endswith(lex.endings("event_endings")) for t in org[:head])


def _department(org: Span | None) -> bool:
    """True when ``org`` is a department of the employer, not the employer: one word of words.yaml
    ``department_words`` or ending as a department does (``department_endings``: "i Anlæg", "Skadesafdelingen"), a
    pair of area words ("i Byggesag og Miljø"), a department word and one more ("i Kundeservice Privat"), or several
    words holding a ``department_heads`` word and no company
    form ("Medicinsk Afdeling M2"). The record then takes the page's organisation, as most annotators do."""
    lex = load_lexicon()
    if org is None:
        return False
    if len(org) == 3 and not org[0].text.endswith("-") and is_area(org.doc, org):
        return True  # "teamleder i Byggesag og Miljø": a pair of area words (:func:`navnenyt.rules.slots.is_area`;
        # "Bolig- og Erhvervspensionen" is one name)
    if len(org) == 2 and lex.has("department_words", org[0].text) and not names_org(org.doc, org.start, org.end):
        return True  # "teamleder i Kundeservice Privat": a department and its part
    if len(org) > 1:  # "Medicinsk Afdeling M2", "Anæstesiologisk Afdeling": a unit's head noun, no company form
        return any(lex.has("department_heads", t.text) for t in org) and not has_org_marker(org)
    return lex.has("department_words", org.text) or org.text.lower().endswith(lex.endings("department_endings"))


def _labelled_outside(text: str, span: tuple[int, int]) -> bool:
    """True when ``text`` holds an entry with a printed category label ("Nyt job", "Forfremmelse") outside ``span``
    (a job listing's offsets), or people-news before the listing in a text that never addresses its reader ("du",
    "dig": words.yaml ``job_ad_reader_words``; "Vi søger ny viceberedskabschef" closing a staff page): a page with a
    job ad beside its notices, not a job ad."""
    a, b = span
    outside = [s for s in segment(text) if s.end <= a or s.start >= b]
    if any(s.label is not None for s in outside):
        return True
    addressed = not scan_words(text.lower()).isdisjoint(load_lexicon().words["job_ad_reader_words"])
    return not addressed and any(s.end <= a and could_hold_people_news(text[s.start : s.end]) for s in outside)


def _without_first_names(entries: list[Entry]) -> list[Entry]:
    """``entries`` without those whose person is the first words of another record's person ("Jens Peter startede
    som lærling i 1984" after "driftsleder Jens Peter Aagaard går på pension"): a later mention by first names tells
    the person's history (no gold document has such a pair)."""
    people = {e.person for e in entries}
    return [e for e in entries if not any(p.startswith(e.person + " ") for p in people)]


OLD_NEWS_DAYS = 730
"""Days before publication beyond which a new post is a career's history, not news ("Jens Peter startede som lærling
i 1984")."""
HISTORY_KINDS = frozenset({EntryKind.new_job, EntryKind.promotion})
"""Kinds that become history when dated over :data:`OLD_NEWS_DAYS` before publication."""


def _dated_apart(draft: Draft) -> bool:
    """True when ``draft``'s date was read outside the sentence that names its person ("X er ansat som R i O. Han blev
    uddannet datamatiker i juni 2012."): a date of the person's past, not of this news, which then stays."""
    date, person = draft.date, draft.person
    if date is None or not person.doc.has_annotation("SENT_START"):
        return False
    sent = person.sent
    return not sent.start_char <= date.start < sent.end_char


def _undated(item: Found) -> Found:
    """``item`` with its record's date removed (see :func:`_dated_apart`)."""
    return Found(item.entry.model_copy(update={"date": None, "date_precision": None}), item.draft)


def _old_news(entry: Entry, published: dt.date) -> bool:
    """True for a new job or promotion dated more than :data:`OLD_NEWS_DAYS` days before the publication date (only
    applied when the publication date is given: an archive run without one anchors at today)."""
    return entry.kind in HISTORY_KINDS and entry.date is not None and (published - entry.date).days > OLD_NEWS_DAYS


def _started_long_ago(found: Found, published: dt.date) -> bool:
    """True for a new job or promotion told by a past-tense cue ("startede", "begyndte") in a sentence that names a
    year more than :data:`OLD_NEWS_DAYS` before publication (:func:`navnenyt.lexicon.history_year`): a career's
    history ("Bodil Nørregaard startede som kontorelev i 1986 og er i dag teamleder"; a day told later is another
    event's), as :func:`_old_news` finds for a dated one."""
    entry = found.entry
    if entry.kind not in HISTORY_KINDS or not found.draft.past:
        return False
    first = entry.person.split()[0]  # ("Line startede hos O som revisorassistent i 2012": the first name alone)
    sentence = next((s for s in SENTENCE_BREAK.split(entry.text) if entry.person in s or first in s), "")
    years = [int(m.group(1)) for m in history_year().finditer(sentence)]
    now = not scan_words(sentence.lower()).isdisjoint(load_lexicon().words["present_start_verbs"])  # ("og bliver R2")
    return bool(years) and not now and (published.year - min(years)) * 365 > OLD_NEWS_DAYS


def _without_person_orgs(entries: list[Entry], vocab: Vocab) -> list[Entry]:
    """``entries`` without an organisation that is the name of a person they are about, one whose first word is a
    listed first name ("Hun afløses som næstformand af Arne Vedsted": "af Arne Vedsted" names the successor)."""
    people = {e.person for e in entries if has_flag(vocab, e.person.split()[0], "first_name")}
    fields = ("organisation", "previous_organisation")
    return [e.model_copy(update={f: None for f in fields if getattr(e, f) in people}) for e in entries]


def _may_be_person(vocab: Vocab, name: str) -> bool:
    """False for a record's person that is an organisation: no listed first name or surname
    (:func:`navnenyt.model_features.may_name_person`), or a first word that is an organisation word ("Advokatfirmaet
    Lindqvist": :meth:`navnenyt.lexicon.Lexicon.org_word`; no gold person starts with one)."""
    return may_name_person(vocab, name) and not load_lexicon().org_word(name.split()[0])


def _company_posts(entries: list[Entry], norm: Normalised, posts: list[Post]) -> list[Entry]:
    """A company page's post ("Nordvind Software ApS" / "1 d • 🌐" / "Vi byder velkommen til X, der ... hos os")
    gives the company as the organisation of its records that name none; ``posts`` index ``norm.text``."""
    spans = [(*norm.span_to_original(p.body_start, p.body_end), p.author) for p in posts if p.organisation]
    out = []
    for entry in entries:
        owner = next((name for start, end, name in spans if start <= entry.start < end), None)
        out.append(entry.model_copy(update={"organisation": owner}) if owner and entry.organisation is None else entry)
    return out


def _one_per_kind(entries: list[Entry]) -> list[Entry]:
    """A post tells one piece of news: its records of one person and kind ("Jeg er færdig som cand.merc. ...",
    "Den 24. juni forsvarede jeg mit speciale") are one record, the first, with fields it lacks from the later; a
    departure beside a new job is the post the new job leaves (its previous role and organisation)."""
    out: dict[tuple[str, EntryKind], Entry] = {}
    for entry in entries:
        key = (entry.person, entry.kind)
        if key not in out:
            out[key] = entry
            continue
        out[key] = fill_missing(out[key], entry)
    for (person, kind), left in list(out.items()):
        new = out.get((person, EntryKind.new_job))
        if kind == EntryKind.departure and new is not None:  # "Pr. 1. oktober tiltræder jeg som R hos O ... siger
            # farvel til O1, hvor jeg senest har været R1": the post left is the new job's previous one
            update = {"previous_role": new.previous_role or left.role}
            update["previous_organisation"] = new.previous_organisation or left.organisation
            out[(person, EntryKind.new_job)] = new.model_copy(update=update)
            del out[(person, kind)]
    return list(out.values())


def _outside(text: str, entries: list[Entry]) -> str:
    """``text`` with the span of every entry blanked (the same length, so sentences outside keep their place)."""
    out = list(text)
    for entry in entries:
        out[entry.start : entry.end] = " " * (entry.end - entry.start)
    blanked = "".join(out)
    if "<" in text and looks_like_html(text):  # "<h2>... i Nordlys Energi A/S</h2>": a tag ends its line
        blanked = TAG_RE.sub(lambda tag: "\n".ljust(len(tag.group())), blanked)
    return blanked


DAY_ABOVE_KINDS = frozenset({EntryKind.completed_education})
"""Kinds of list whose intro without a day of its own takes the one day of the paragraphs above: a graduation told
above its list of graduates ("Fredag fik 45 elever huen på ..."); a list of new colleagues takes no other news's day."""


FUTURE_DATED = frozenset({EntryKind.birthday, EntryKind.anniversary})
"""Kinds whose year-less date is never in the past (SCHEMA.md convention 1), whatever the verb's tense: "Den 3.
november er det 40 år siden, at X blev ansat" is an anniversary on the coming 3 November."""


NEAREST_DATED = frozenset({EntryKind.completed_education})
"""Kinds whose year-less date is the nearest such date to publication, before or after: a degree is reported
close to its completion, either as done ("er blevet cand.scient. den 26. juni", published 2 July) or as of a
coming date ("har pr. 1/9 afsluttet", published in March; dev.json). A past-tense verb ("forsvarede den 20.
januar", published in December) dates it before publication."""


MEETING_DATED = frozenset({EntryKind.board_appointment, EntryKind.departure})
"""Kinds an undated record of which may take the date of the general meeting the document reports."""
RECENT_STARTS = frozenset({EntryKind.new_job, EntryKind.promotion, EntryKind.board_appointment})
"""Kinds whose year-less start date just before publication is that recent start, not next year's (also a board post
elected at a general meeting a few days before)."""
START_GRACE_DAYS = 14
"""Days before publication within which a year-less start date is the recent one ("fra 1. marts", published 2
March). A notice is printed within days of the start it reports; next year's date is never meant."""


def _to_entry(draft: Draft, label: str | None, text: str, start: int, end: int, anchor: dt.date) -> Entry:
    """Validate one draft as an :class:`Entry` (dates resolved against ``anchor``)."""
    past = draft.kind == EntryKind.obituary or (draft.past and draft.kind not in FUTURE_DATED)
    if draft.date is not None and draft.date.new_year and draft.kind in LEAVING_KINDS:
        draft.date = None  # "går på pension ved nytår": the last day of one year or the first of the next
    date = draft.date.resolve(anchor, past=past) if draft.date is not None else None
    weekday = draft.date is not None and draft.date.weekday is not None and draft.date.month is None  # "Fra mandag":
    # the coming Monday, never last week's
    if draft.date is not None and ((draft.kind in NEAREST_DATED and not past) or draft.nearest):
        dates = [d for d in (draft.date.resolve(anchor), draft.date.resolve(anchor, past=True)) if d is not None]
        date = min(dates, key=lambda d: abs((d - anchor).days), default=None)
    elif draft.date is not None and draft.kind in RECENT_STARTS and not past and date is not None and not weekday:
        before = draft.date.resolve(anchor, past=True)  # "er ansat fra 1. marts", published 2 March: this March
        if before is not None and (anchor - before).days <= START_GRACE_DAYS:
            date = before
    if date is not None and draft.kind == EntryKind.anniversary and draft.years:
        date = _anniversary_of(date, draft.years, anchor)
    precision = draft.date.precision if draft.date is not None and date is not None else None
    education = Education(**draft.education) if draft.education is not None else None
    return Entry(
        kind=draft.kind,
        label=label,
        person=_person_text(draft.person),
        organisation=None if _department(draft.org) or _event(draft) else org_text(draft.org),
        role=None if _trained(draft) else role_text(draft.role),
        date=date,
        date_precision=DatePrecision(precision) if precision else None,
        previous_role=role_text(draft.previous_role),
        previous_organisation=None if _department(draft.previous_org) else org_text(draft.previous_org),
        education=education,
        years=draft.years,
        age=draft.age,
        award=draft.award,
        text=text,
        start=start,
        end=end,
    )


def _anniversary_of(date: dt.date, years: int, anchor: dt.date) -> dt.date:
    """The anniversary itself when ``date`` is the start it counts from ("har 40-års jubilæum ... startede den 14.
    april 1986", published 2026 -> 2026-04-14): the start plus ``years`` when that falls within a year of
    ``anchor``; else ``date``."""
    if abs(date.year + years - anchor.year) > 1:
        return date
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # 29 February
        return date.replace(year=date.year + years, day=28)


_default: Extractor | None = None


def extract(text: str, *, published: dt.date | None = None) -> list[Entry]:
    """Extract people-news records from one text with a shared :class:`Extractor`.

    Args:
        text: decoded input text; ``Entry.start``/``end`` are character offsets into it.
        published: publication date anchoring year-less dates (SCHEMA.md convention 1); default today.

    Returns:
        list of :class:`Entry`, in text order; empty when the text holds no people-news.

    Raises:
        TypeError: ``text`` is no ``str`` or ``published`` no ``datetime.date`` (see :meth:`Extractor.extract`).
    """
    global _default
    if _default is None:
        _default = Extractor()
    return _default.extract(text, published=published)
