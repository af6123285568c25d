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


@dataclass(frozen=True)
class Lexicon:
    """All word lists, as frozensets of lower-case strings unless noted."""

    labels: dict[str, EntryKind]  # label as printed -> kind
    section_headings: frozenset[str]
    entry_prefixes: tuple[str, ...]  # as printed
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
            entry_prefixes=tuple(p["prefix"] for p in labels_doc["entry_prefixes"]),
            cues=cues,
            kind_priority=tuple(EntryKind(k) for k in cues_doc["kind_priority"]),
            words=words,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"malformed Danish data file: {exc!r}") from exc


def _phrase_regex(phrase: str) -> str:
    """A cue phrase as a regex over lower-case text ("fylder # år" -> ``fylder\\s+\\d+\\s+år``)."""
    parts = [r"\d+" if w == "#" else r"\S+" if w == "*" else re.escape(w) for w in phrase.split()]
    return r"\s+".join(parts)


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    body = "|".join(sorted(set(patterns), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@functools.cache
def scan_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(strong, weak, support) regexes of the cheap-first scan.

    strong: a label or a distinctive trigger phrase (lower-case text); weak: a common trigger word ("bliver",
    "ny"); support: a company form or organisation head noun, a role-word ending ("-chef", "-konsulent") or a
    previous-position phrase ("kommer fra").
    """
    lex = load_lexicon()
    kinded = [c for c in lex.cues if c.kind is not None]
    strong = [_phrase_regex(c.phrase) for c in kinded if not c.weak] + [re.escape(x.lower()) for x in lex.labels]
    weak = [_phrase_regex(c.phrase) for c in kinded if c.weak]
    support = [re.escape(m) for m in lex.words["org_markers"]]
    support += [re.escape(x) + r"(?!\w)" for x in lex.words["role_suffixes"]]  # "chefkonsulent", "CEO" no
    support += [_phrase_regex(c.phrase) for c in lex.cues if c.cue == "previous"]
    return _alternation(strong), _alternation(weak), re.compile("|".join(support))


def could_hold_people_news(text: str) -> bool:
    """Cheap-first scan: False when ``text`` cannot hold a people-news entry, so it skips the spaCy pipeline.

    True when the text holds a label or a distinctive trigger phrase, or a common trigger word ("bliver", "ny")
    together with a company form, a role word, a previous-position phrase or a date form.
    """
    strong, weak, support = scan_regexes()
    low = text.lower()
    if strong.search(low):
        return True
    if not weak.search(low):
        return False
    from navnenyt.dates import find_dates

    return bool(support.search(text) or support.search(low)) or bool(find_dates(text))
