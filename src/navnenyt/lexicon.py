"""Typed, cached access to the Danish knowledge in ``data/da/*.yaml``.

Sources are named in each data file's header (labels.yaml, cues.yaml, words.yaml).
"""

from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass, field

from navnenyt.data_files import load_yaml
from navnenyt.errors import DataError
from navnenyt.fact_boxes import may_hold_box
from navnenyt.people_tables import has_table
from navnenyt.records import EntryKind


@dataclass(frozen=True)
class Cue:
    """One trigger phrase: ``id`` (traces a result to its rule), ``cue`` (its role: hire, start, previous, ...),
    ``kind`` (the entry kind it signals, or None), ``phrase`` (lower-case tokens, "#" = number, "*" = any, "^" = a
    capitalised word);
    ``past``: a past-tense verb ("ansatte", "forsvarede"), so a year-less date is the latest one before the
    publication date, not the next one; ``yields``: a list separator ("→") that counts only when no other cue with
    a kind follows it on its line ("X → forfremmet til R": "forfremmet" tells); ``not_before``: lower-case words
    that, right after the phrase, make it another verb ("bestået af": consisted of, not passed; "#" a year: "(valgt
    2019)"); ``not_after``:
    lower-case words that, right before the phrase, make it no news ("rådgiver for bestyrelsen"); ``nearest``: a
    perfect tense ("er pr. 1/9 tiltrådt") whose year-less date is the one nearest the publication date, before or
    after; ``joins``: the person joins the body the sentence opens with ("Bestyrelsen i O er udvidet med X"), so a
    board noun there makes the entry a board post; ``farewell``: a farewell to the person after it ("siger farvel til
    X"), a departure unless the relative clause after X tells a retirement or a new post; ``takes_over``: a takeover
    verb whose object is the organisation taken over ("har X overtaget Salon Klip & Krøller"); ``counted``: a phrase
    that counts only when a number of years follows it in its sentence ("har været ansat hos O i 40 år"); ``titled``:
    a word that counts only before a job title ("afgående formand X", not "det afgående tog")."""

    id: str
    cue: str
    kind: EntryKind | None
    phrase: str
    example: str
    weak: bool = False
    decisive: bool = False
    past: bool = False
    yields: bool = False
    not_before: frozenset[str] = frozenset()
    nearest: bool = False
    joins: bool = False
    not_after: frozenset[str] = frozenset()
    farewell: bool = False
    takes_over: bool = False
    counted: bool = False
    titled: bool = False


@dataclass(frozen=True)
class Lexicon:
    """All word lists, as frozensets of lower-case strings (the lists of :data:`CASED_LISTS` as written)."""

    labels: dict[str, EntryKind]  # label as printed -> kind
    recorded_labels: frozenset[str]  # the labels a record keeps in its `label` field (the others only set kinds)
    section_headings: frozenset[str]
    section_enders: tuple[str, ...]  # page furniture that ends a section ("Læs også"), lower case
    section_labels: frozenset[str]  # list-section headings whose kind every bulleted item under them takes
    cues: tuple[Cue, ...]
    kind_priority: tuple[EntryKind, ...]
    words: dict[str, frozenset[str]]
    word_tuples: dict[str, tuple[str, ...]]  # the same lists, sorted, for str.endswith

    def endings(self, list_name: str) -> tuple[str, ...]:
        """Return word list ``list_name`` as a tuple for ``str.endswith`` ("org_endings", "role_suffixes", ...).

        Built once with the lexicon, so hot loops do not rebuild it per call.
        """
        return self.word_tuples[list_name]

    def org_word(self, word: str) -> bool:
        """True when ``word`` (as written) is a company form or an organisation head word ("A/S", "Kommune") or
        ends like an organisation ("Søndervangskolen", "Regionshospitalet"); words.yaml's ``company_forms``,
        ``org_markers`` and ``org_endings``."""
        forms, markers = self.words["company_forms"], self.words["org_markers"]
        return word in forms or word in markers or word.lower().endswith(self.word_tuples["org_endings"])

    def is_degree(self, text: str) -> bool:
        """True when ``text`` (a role or the words after "blevet") opens with a degree of ``degree_prefixes``
        ("cand.jur.", "student fra ...", "bachelor i ..."); a prefix that ends in a letter must end its word
        ("studentermedhjælper" is no degree)."""
        low = text.lower()
        for prefix in self.word_tuples["degree_prefixes"]:
            if low.startswith(prefix) and (
                not prefix[-1].isalpha() or not low[len(prefix) : len(prefix) + 1].isalpha()
            ):
                return True
        return False

    def has(self, list_name: str, word: str) -> bool:
        """Return True when ``word`` (compared lower-case, except for the lists of :data:`CASED_LISTS`) is in
        ``list_name``."""
        if list_name in CASED_LISTS:
            return word in self.words[list_name]
        return word.lower() in self.words[list_name]


CASED_LISTS = frozenset({"org_markers", "company_forms"})
"""Word lists of words.yaml kept and compared as written ("Skole" and "A/S", not "skole" and "a/s")."""


@functools.cache
def load_lexicon() -> Lexicon:
    """Load and validate the packaged Danish data (cached per process).

    Raises:
        DataError: a data file is missing a key or names an unknown kind.
    """
    try:
        labels_doc = load_yaml("labels.yaml")
        cues_doc = load_yaml("cues.yaml")
        words_doc = load_yaml("words.yaml")
        sections = labels_doc["section_labels"]
        cues = tuple(
            Cue(
                c["id"],
                c["cue"],
                EntryKind(c["kind"]) if c.get("kind") else None,
                c["phrase"],
                c["example"],
                bool(c.get("weak", False)),
                bool(c.get("decisive", False)),
                bool(c.get("past", False)),
                bool(c.get("yields", False)),
                frozenset(c.get("not_before", [])),
                bool(c.get("nearest", False)),
                bool(c.get("joins", False)),
                frozenset(c.get("not_after", [])),
                bool(c.get("farewell", False)),
                bool(c.get("takes_over", False)),
                bool(c.get("counted", False)),
                bool(c.get("titled", False)),
            )
            for c in cues_doc["cues"]
        )
        words = {
            name: frozenset(w if name in CASED_LISTS else w.lower() for w in values)
            for name, values in words_doc.items()
            if name != "examples"
        }
        return Lexicon(
            labels={item["label"]: EntryKind(item["kind"]) for item in [*labels_doc["labels"], *sections]},
            section_labels=frozenset(item["label"] for item in sections),
            recorded_labels=frozenset(i["label"] for i in labels_doc["labels"] if i.get("recorded", True)),
            section_headings=frozenset(h["heading"].lower() for h in labels_doc["section_headings"]),
            section_enders=tuple(e["prefix"].lower() for e in labels_doc["section_enders"]),
            cues=cues,
            kind_priority=tuple(EntryKind(k) for k in cues_doc["kind_priority"]),
            words=words,
            word_tuples={name: tuple(sorted(values)) for name, values in words.items()},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"malformed Danish data file: {exc!r}") from exc


VERB_CUE_ROLES = frozenset({"hire", "start", "move", "departure", "retirement", "successor", "award", "education"})
"""The roles of cues.yaml whose one-word phrases are verbs ("valgte", "tiltrådte", "forfremmes"), not nouns."""

AGE_ITEM = re.compile(r"(?:[^\W\d][^:\n]{0,40}:[ \t]*)?\d{1,3}(?: år|[ -]års jubilæum)[:,][ \t]+[A-ZÆØÅ]")
"""A terse item of a "Mærkedage" list at a line start: an age or a number of years, then the name ("60 år: Peter
Friis Kold, ...", "Søndag den 9. august: 50 år, Kenneth Holm, ...", "25 års jubilæum: Rikke Fogh, ..."): an item of
the list section above it, or a birthday under none unless its own words say otherwise
(:func:`navnenyt.segment.segment`)."""
_AGE_ITEM_LINE = re.compile(r"\n[ \t]*" + AGE_ITEM.pattern)  # searched in "\n" + text: a line start, found fast
NUMERIC_DATE = re.compile(r"\d[./]\d")  # "1/3", "1.3.2026", "01.03.26": a date form, or close enough
#: Characters stripped from the ends of a whitespace-separated token before it is looked up (ASCII punctuation,
#: quotes, dashes, ellipsis, bullets).
PUNCTUATION = string.punctuation + "«»„“”‘’‚‛…–—•·"
_NON_WORD = re.compile(r"\W+")


def _phrase_regex(phrase: str) -> str:
    """A cue phrase as a regex over lower-case text ("fylder # år" -> ``fylder\\s+\\d+\\s+år``; punctuation may touch
    the word before it: "årets ^ :" matches "årets træner:")."""
    out = ""
    for n, w in enumerate(phrase.split()):
        part = r"\d+" if w == "#" else r"\S+" if w == "*" else r"[^\s:;,.]+" if w == "^" else re.escape(w)
        glue = r"\s*" if n and not any(ch.isalnum() for ch in w) else r"\s+"  # "Træner:": no space before ":"
        out += (glue if n else "") + part
    return out


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    """One regex for ``patterns``, longest first, ending at a word end. No look-behind for the word start:
    that would stop ``re`` from jumping to a literal first word (:func:`_search` checks the start)."""
    body = "|".join(sorted(set(patterns), key=len, reverse=True))
    return re.compile(rf"(?:{body})(?!\w)")


def _search(regex: re.Pattern[str], text: str) -> bool:
    """True when ``regex`` matches in ``text`` at a word start (after the text start or a non-word character)."""
    pos = 0
    while (match := regex.search(text, pos)) is not None:
        start = match.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            return True
        pos = start + 1
    return False


def scan_words(text: str) -> frozenset[str]:
    """Return the words of ``text`` as the cheap-first scan sees them.

    Args:
        text: any text; pass it lower-cased to get lower-case words (case is kept as given).

    Returns:
        the set of whitespace-separated tokens with :data:`PUNCTUATION` stripped from their ends, plus the
        ``\\w+`` parts of tokens with inner punctuation ("it-chef" -> "it-chef", "it", "chef"). Linear in
        ``len(text)``.
    """
    words = {token.strip(PUNCTUATION) for token in set(text.split())}
    words.update(part for word in [w for w in words if not w.isalnum()] for part in _NON_WORD.split(word))
    return frozenset(words)


Keyed = dict[str, list[tuple[frozenset[str], re.Pattern[str]]]]
"""Phrases grouped by their key word: ``{key: [(other words the phrase needs, regex of the phrases), ...]}``."""

_OPEN_PARTS = frozenset({"#", "*", "^"})
"""Phrase parts that may touch the word before them ("fylder # år" matches "fylder90 år"): that word need not be a
word of its own in the text."""


def _needed_words(phrase: str) -> frozenset[str]:
    """The alphabetic words of ``phrase`` that every match of its regex (:func:`_phrase_regex`) holds as a word of
    :func:`scan_words`: each one followed by the phrase's end, a space or a punctuation mark, not by an open part
    (:data:`_OPEN_PARTS`)."""
    parts = phrase.split()
    return frozenset(
        w for n, w in enumerate(parts) if w.isalpha() and (n + 1 == len(parts) or parts[n + 1] not in _OPEN_PARTS)
    )


def _keyed(phrases: list[str]) -> Keyed:
    """Group phrases under their longest alphabetic word (the rarest, in practice), or under their symbol when
    they have none ("→"), and within a key by the other words they need (:func:`_needed_words`).

    A phrase can only occur in a text whose :func:`scan_words` hold its key and its needed words, so the scan runs
    just the regexes whose words are all present ("gik ^ til" needs "gik" as well as its key "til").

    Raises:
        DataError: a phrase has no word or symbol to look for (only "#", "*" and "^").
    """
    groups: dict[str, dict[frozenset[str], list[str]]] = {}
    for phrase in phrases:
        words = [w for w in scan_words(phrase) if w.isalpha()]
        words = words or [w for w in scan_words(phrase) if w and not w.isalnum() and w not in _OPEN_PARTS]
        if not words:
            raise DataError(f"cue phrase {phrase!r} has no word to look for")
        key = max(words, key=lambda w: (len(w), w))
        groups.setdefault(key, {}).setdefault(_needed_words(phrase) - {key}, []).append(_phrase_regex(phrase))
    return {
        key: [(needs, _alternation(patterns)) for needs, patterns in by_needs.items()]
        for key, by_needs in groups.items()
    }


def _found(keyed: Keyed, words: frozenset[str], low: str) -> bool:
    """True when a phrase of ``keyed`` whose key and needed words are among ``words`` occurs in ``low``."""
    return any(
        needs <= words and _search(regex, low) for key in words.intersection(keyed) for needs, regex in keyed[key]
    )


DAY_DATED_KINDS = frozenset({EntryKind.birthday, EntryKind.anniversary})
"""Kinds a notice may date by a weekday or "i morgen" alone ("Lørdag fylder X 90 år")."""

TAIL = 3
"""Characters of a word's end looked up in :attr:`Scan.role_tails` (the shortest role ending is this long)."""


@dataclass(frozen=True)
class Scan:
    """The cheap-first scan's tables: trigger phrases as regexes keyed by their rarest word (:func:`_keyed`),
    ``strong`` (labels and distinctive triggers), ``weak`` (common trigger words such as "bliver", "ny"),
    ``support`` (previous-position phrases); role-word endings; organisation markers (keyed by their lower-case
    form as :func:`scan_words` gives it; each key's regex confirms the marker as written: "Skole", not
    "skole"); month names and abbreviations; weekday names and words of days named from publication ("morgen"),
    which support only the common trigger words of birthdays and anniversaries (``day_weak``: "fylder");
    ``colleagues`` and ``new_words`` (``colleague_nouns``, ``new_adjectives``: "nye ansigter" before a colon opens a
    list of new staff).

    ``role_by_tail`` groups the role endings (singular and plural: "træner", "trænere") by their last :data:`TAIL`
    characters: a word whose own last characters are no key cannot end with one, so one look-up rules out most
    words, and ``str.endswith`` then tries only the endings of its own tail. ``no_role_words`` remembers the words
    found to end with none (a cache that grows as texts are scanned, see :func:`_has_role_word`)."""

    strong: Keyed
    weak: Keyed
    support: Keyed
    role_by_tail: dict[str, tuple[str, ...]]
    org_markers: Keyed
    date_words: frozenset[str]
    day_words: frozenset[str]
    day_weak: Keyed
    colleagues: frozenset[str] = frozenset()
    new_words: frozenset[str] = frozenset()
    no_role_words: set[str] = field(default_factory=set)


def genitive(name: str) -> str:
    """The genitive of a person's name: "Thomas Ravnkilde" -> "Thomas Ravnkildes", "Mads Lars" -> "Mads Lars'"
    (an apostrophe after ``genitive_apostrophe_after``, else the ``genitive_endings`` ending; words.yaml).

    Raises:
        DataError: words.yaml is missing or malformed (from :func:`load_lexicon`).
    """
    lex = load_lexicon()
    if name.endswith(lex.endings("genitive_apostrophe_after")):
        return name + lex.word_tuples["genitive_apostrophes"][0]
    return name + lex.word_tuples["genitive_endings"][0]


def genitive_stem(word: str, *, apostrophe: bool = False) -> str | None:
    """``word`` without its genitive ending, else None: "Bechs" -> "Bech", "Lars'" -> "Lars", "IF's" -> "IF"; with
    ``apostrophe`` only an apostrophe's "s" counts ("IF's", not "Sparekasses", whose stem needs checking).

    Raises:
        DataError: words.yaml is missing or malformed (from :func:`load_lexicon`).
    """
    lex = load_lexicon()
    for mark in lex.word_tuples["genitive_apostrophes"]:
        for ending in lex.word_tuples["genitive_endings"]:
            if word.endswith(mark + ending):
                return word[: -len(mark + ending)]
        if word.endswith(mark) and not apostrophe:
            return word[: -len(mark)]
    if apostrophe:
        return None
    return next((word[: -len(e)] for e in lex.word_tuples["genitive_endings"] if word.endswith(e)), None)


@functools.cache
def labels_by_casefold() -> dict[str, str]:
    """labels.yaml's labels and section headings keyed by their case-folded text ("nyt job" -> "Nyt job"), so a label
    printed in capitals ("NYT JOB") is read as labels.yaml writes it (cached).

    Raises:
        DataError: a data file is missing a key or names an unknown kind (from :func:`load_lexicon`).
    """
    return {label.casefold(): label for label in load_lexicon().labels}


@functools.cache
def scan_tables() -> Scan:
    """Build the cheap-first scan from cues.yaml, labels.yaml, words.yaml and dates.yaml (cached)."""
    lex = load_lexicon()
    kinded = [c for c in lex.cues if c.kind is not None]
    strong = [c.phrase for c in kinded if not c.weak] + [x.lower() for x in lex.labels]
    strong += sorted(lex.words["graduate_nouns"])  # "Tillykke til de nyuddannede fra O:" / a list of names
    weak = [c.phrase for c in kinded if c.weak]
    support = [c.phrase for c in lex.cues if c.cue == "previous"]
    markers: dict[str, list[str]] = {}
    for marker in lex.words["org_markers"]:
        markers.setdefault(marker.lower().strip(PUNCTUATION), []).append(re.escape(marker))
    titles = lex.words["role_suffixes"]
    plurals = {title + ending for title in titles for ending in lex.words["plural_title_endings"]}  # "trænere"
    endings = tuple(sorted(titles | plurals | lex.words["award_endings"]))
    if min(map(len, endings)) < TAIL:
        raise DataError(f"role and award endings need at least {TAIL} letters: {[e for e in endings if len(e) < TAIL]}")
    dates = load_yaml("dates.yaml")
    months = [w for m in dates["months"] for w in [*m["names"], *m.get("abbreviations", [])]]
    days = [w for d in dates["weekdays"] for w in d["names"]]  # "Lørdag fylder X 90 år"
    days += [d["scan_word"] for d in dates["relative_days"] if "scan_word" in d]  # "I morgen fylder X 90 år"
    day_dated = [c.phrase for c in kinded if c.weak and c.kind in DAY_DATED_KINDS]
    return Scan(
        strong=_keyed(strong),
        weak=_keyed(weak),
        support=_keyed(support),
        role_by_tail={tail: tuple(e for e in endings if e.endswith(tail)) for tail in {e[-TAIL:] for e in endings}},
        org_markers={key: [(frozenset(), _alternation(forms))] for key, forms in markers.items()},
        date_words=frozenset(w for m in months for w in scan_words(m.lower())),
        day_words=frozenset(w for d in days for w in scan_words(d.lower())),
        day_weak=_keyed(day_dated),
        colleagues=frozenset(lex.words["colleague_nouns"]),
        new_words=frozenset(lex.words["new_adjectives"]),
    )


def _has_role_word(words: frozenset[str], scan: Scan) -> bool:
    """True when a word of ``words`` ends with a role ending (:attr:`Scan.role_by_tail`).

    Only the words not yet seen without one are tested (:attr:`Scan.no_role_words`, a set difference in C): a text's
    common words are known from earlier texts of the process."""
    unseen = words - scan.no_role_words
    by_tail = scan.role_by_tail
    for word in unseen:
        endings = by_tail.get(word[-TAIL:])
        if endings is not None and word.endswith(endings):
            return True
    if len(scan.no_role_words) > NO_ROLE_WORDS_MAX:
        scan.no_role_words.clear()
    scan.no_role_words.update(unseen)
    return False


NO_ROLE_WORDS_MAX = 200_000
"""Words :attr:`Scan.no_role_words` holds at most before it starts again (about 20 MB)."""


@functools.cache
def _age_heading_item() -> re.Pattern[str]:
    """A "Mærkedage" heading that is only a number of years ("80 år", "25 års jubilæum": ``year_nouns`` and
    ``jubilee_nouns`` of words.yaml) and, on the next line, an item that opens with a day and a colon
    (:mod:`navnenyt.rules.age_lists`)."""
    words = load_lexicon().words
    years = "|".join(re.escape(w) for w in sorted(words["year_nouns"], key=len, reverse=True))
    jubilee = "|".join(re.escape(w) for w in sorted(words["jubilee_nouns"], key=len, reverse=True))
    heading = rf"\n[ \t]*\d{{1,3}}[ -]?(?:{years})(?:[ \t]+(?:{jubilee}))?[ \t]*\n"  # searched in "\n" + text
    return re.compile(heading + r"[ \t]*[^:\n]{1,30}\d[^:\n]{0,20}:[ \t]+\S", re.IGNORECASE)


def title_word(word: str) -> str | None:
    """``word`` as a singular job title, or None when it is none: a word ending in a listed title (``role_suffixes``
    of words.yaml: "partner", "sygeplejerske") as printed, else a plural of one without its ending
    (``plural_title_endings``: "partnere" -> "partner", "direktørerne" -> "direktør").

    Raises:
        DataError: words.yaml is missing or malformed (from :func:`load_lexicon`).
    """
    suffixes, low = load_lexicon().endings("role_suffixes"), word.lower()
    if low.endswith(suffixes):
        return word
    ending = next((e for e in _plural_title_endings() if low.endswith(e) and low[: -len(e)].endswith(suffixes)), None)
    return word[: -len(ending)] if ending else None


@functools.cache
def _plural_title_endings() -> tuple[str, ...]:
    """``plural_title_endings`` of words.yaml, longest first ("erne" before "e"); built once."""
    return tuple(sorted(load_lexicon().words["plural_title_endings"], key=len, reverse=True))


def new_titles_intro(words: list[str]) -> int | None:
    """For a list intro "[De] nye TITLES er:" (``new_titles_articles``, ``new_adjectives``, a plural title:
    :func:`title_word`, ``new_titles_verbs`` of words.yaml; "De nye partnere er:", "Nye afdelingsledere bliver:"),
    the index of the title in ``words`` (the line's lower-case words or tokens, the colon last, alone or on the
    verb); else None.

    Raises:
        DataError: words.yaml is missing or malformed (from :func:`load_lexicon`).
    """
    lex = load_lexicon()
    if not words or not words[-1].endswith(":"):
        return None
    words = [w.removesuffix(":") for w in words if w != ":"]
    skip = 1 if words and lex.has("new_titles_articles", words[0]) else 0
    rest = words[skip:]
    if len(rest) != 3 or not lex.has("new_adjectives", rest[0]) or not lex.has("new_titles_verbs", rest[2]):
        return None
    title = title_word(rest[1])
    return skip + 1 if title is not None and title != rest[1] else None  # (a plural: "partnere")


def could_hold_people_news(text: str) -> bool:
    """Cheap-first scan: False when ``text`` cannot hold a people-news entry, so it skips the spaCy pipeline.

    True when the text holds a label, a distinctive trigger phrase or a people-news table
    (:func:`navnenyt.people_tables.has_table`), or a common trigger word ("bliver", "ny")
    together with a company form, a role word ("-chef", "-konsulent") or prize name ("-pris"), a
    previous-position phrase ("kommer fra") or a date form. Role words count in the plural too ("bliver nye
    trænere": ``plural_title_endings``). Linear time: one split collects the words
    (:func:`scan_words`); regexes run only for phrases whose rarest word is present.
    """
    scan = scan_tables()
    low = text.lower()
    words = scan_words(low)
    if _found(scan.strong, words, low):
        return True
    if ("år:" in text or "år," in text) and _AGE_ITEM_LINE.search("\n" + text):
        return True  # "Mærkedage" / "60 år: Peter Friis Kold, adm. direktør, ...": a list item without a verb
    if "\n" in text and _age_heading_item().search("\n" + text):
        return True  # "80 år" / "Torsdag 10. december: Inger Marie Dalsgaard, Ringkøbing.": a heading, a dated line
    if may_hold_box(text):
        return True  # "Frederik Hvass" / "Titel: Senior Data Engineer" / "Arbejdsplads: Kvantia A/S": a card
    if ("|" in text or "\t" in text) and has_table(text):
        return True  # "Navn | Ny stilling | Virksomhed": a people-news table needs no trigger word
    if ":" in text and not words.isdisjoint(scan.colleagues) and not words.isdisjoint(scan.new_words):
        return True  # "... at kunne præsentere tre nye ansigter i vores team:" / "• A – R": a list intro
    if not _found(scan.weak, words, low):
        return False
    if not words.isdisjoint(scan.date_words):
        return True
    # "1/3", "1.3.2026" lie inside one token, which keeps its digits: only tokens with inner punctuation can match
    if any(NUMERIC_DATE.search(word) is not None for word in words if not word.isalnum()):
        return True
    if _found(scan.support, words, low) or _found(scan.org_markers, words, text):
        return True
    if not words.isdisjoint(scan.day_words) and _found(scan.day_weak, words, low):
        return True  # "Lørdag fylder X 90 år": a weekday dates a birthday, not other news ("ny skole på mandag")
    return _has_role_word(words, scan)  # (the costliest test last)


@functools.cache
def history_year() -> re.Pattern[str]:
    """A bare year after one of ``history_year_intros`` of words.yaml ("i 1998", "siden 2022"): when something
    happened, so a sentence with one tells a career's history. Group 1 is the year.

    Raises:
        DataError: words.yaml is missing or malformed.
    """
    intros = "|".join(re.escape(w) for w in sorted(load_lexicon().words["history_year_intros"]))
    return re.compile(rf"\b(?:{intros}) ((?:19|20)\d\d)\b", re.IGNORECASE)
