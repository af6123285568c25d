"""Typed, cached access to the Danish knowledge in ``data/da/*.yaml``.

Sources are named in each data file's header (labels.yaml, cues.yaml, words.yaml).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from navnenyt.errors import DataError
from navnenyt.pipeline import load_yaml
from navnenyt.records import EntryKind


@dataclass(frozen=True)
class Cue:
    """One trigger phrase: ``id`` (traces a result to its rule), ``cue`` (its role: hire, start, previous, ...),
    ``kind`` (the entry kind it signals, or None), ``phrase`` (lower-case tokens, "#" = number, "*" = any)."""

    id: str
    cue: str
    kind: EntryKind | None
    phrase: str
    example: str
    weak: bool = False
    decisive: bool = False


@dataclass(frozen=True)
class Lexicon:
    """All word lists, as frozensets of lower-case strings unless noted."""

    labels: dict[str, EntryKind]  # label as printed -> kind
    section_headings: frozenset[str]
    cues: tuple[Cue, ...]
    kind_priority: tuple[EntryKind, ...]
    words: dict[str, frozenset[str]]

    def has(self, list_name: str, word: str) -> bool:
        """Return True when ``word`` (compared lower-case, except for ``org_markers``) is in ``list_name``."""
        if list_name == "org_markers":
            return word in self.words[list_name]
        return word.lower() in self.words[list_name]


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
        cues = tuple(
            Cue(
                c["id"],
                c["cue"],
                EntryKind(c["kind"]) if c.get("kind") else None,
                c["phrase"],
                c["example"],
                bool(c.get("weak", False)),
                bool(c.get("decisive", False)),
            )
            for c in cues_doc["cues"]
        )
        words = {
            name: frozenset(w if name == "org_markers" else w.lower() for w in values)
            for name, values in words_doc.items()
            if name != "examples"
        }
        return Lexicon(
            labels={item["label"]: EntryKind(item["kind"]) for item in labels_doc["labels"]},
            section_headings=frozenset(h["heading"].lower() for h in labels_doc["section_headings"]),
            cues=cues,
            kind_priority=tuple(EntryKind(k) for k in cues_doc["kind_priority"]),
            words=words,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"malformed Danish data file: {exc!r}") from exc


NUMERIC_DATE = re.compile(r"\d[./]\d")  # "1/3", "1.3.2026", "01.03.26": a date form, or close enough
WORD = re.compile(r"[^\W\d_]+(?:[-/][^\W\d_]+)*")


def _phrase_regex(phrase: str) -> str:
    """A cue phrase as a regex over lower-case text ("fylder # år" -> ``fylder\\s+\\d+\\s+år``)."""
    parts = [r"\d+" if w == "#" else r"\S+" if w == "*" else re.escape(w) for w in phrase.split()]
    return r"\s+".join(parts)


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    body = "|".join(sorted(set(patterns), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@dataclass(frozen=True)
class Scan:
    """The cheap-first scan's word sets (lower case) and the regexes that confirm a phrase once its first word
    is present: ``strong`` (labels and distinctive triggers), ``weak`` (common trigger words such as "bliver",
    "ny"), ``support`` (previous-position phrases); ``org_markers`` are compared as written ("Skole", not
    "skole")."""

    strong_words: frozenset[str]
    strong: re.Pattern[str]
    weak_words: frozenset[str]
    weak: re.Pattern[str]
    support_words: frozenset[str]
    support: re.Pattern[str]
    role_endings: tuple[str, ...]
    org_markers: frozenset[str]
    month_words: frozenset[str]


@functools.cache
def scan_tables() -> Scan:
    """Build the cheap-first scan from cues.yaml, labels.yaml and words.yaml (cached)."""
    lex = load_lexicon()
    kinded = [c for c in lex.cues if c.kind is not None]
    strong = [c.phrase for c in kinded if not c.weak] + [x.lower() for x in lex.labels]
    weak = [c.phrase for c in kinded if c.weak]
    support = [c.phrase for c in lex.cues if c.cue == "previous"]
    return Scan(
        strong_words=frozenset(p.split()[0] for p in strong),
        strong=_alternation([_phrase_regex(p) for p in strong]),
        weak_words=frozenset(p.split()[0] for p in weak),
        weak=_alternation([_phrase_regex(p) for p in weak]),
        support_words=frozenset(p.split()[0] for p in support),
        support=_alternation([_phrase_regex(p) for p in support]),
        role_endings=tuple(sorted(lex.words["role_suffixes"] | lex.words["award_endings"])),
        org_markers=lex.words["org_markers"],
        month_words=frozenset(
            w for m in load_yaml("dates.yaml")["months"] for w in [*m["names"], *m.get("abbreviations", [])]
        ),
    )


def could_hold_people_news(text: str) -> bool:
    """Cheap-first scan: False when ``text`` cannot hold a people-news entry, so it skips the spaCy pipeline.

    True when the text holds a label or a distinctive trigger phrase, or a common trigger word ("bliver", "ny")
    together with a company form, a role word ("-chef", "-konsulent") or prize name ("-pris"), a
    previous-position phrase ("kommer fra") or a date form. Linear time: one pass collects the words; regexes
    only confirm phrases whose first word is present.
    """
    scan = scan_tables()
    low = text.lower()
    written = set(WORD.findall(text))
    words = {w.lower() for w in written}
    if not words.isdisjoint(scan.strong_words) and scan.strong.search(low):
        return True
    if words.isdisjoint(scan.weak_words) or not scan.weak.search(low):
        return False
    if not written.isdisjoint(scan.org_markers):
        return True
    if not words.isdisjoint(scan.support_words) and scan.support.search(low):
        return True
    if any(word.endswith(scan.role_endings) for word in words):
        return True
    return not words.isdisjoint(scan.month_words) or NUMERIC_DATE.search(text) is not None
