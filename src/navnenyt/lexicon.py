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
            Cue(c["id"], c["cue"], EntryKind(c["kind"]) if c.get("kind") else None, c["phrase"], c["example"])
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


@functools.cache
def prefilter_regex() -> re.Pattern[str]:
    """Return a regex that finds any trigger word or label (lower-case text).

    Text with no match cannot hold people-news and skips the spaCy pipeline (cheap-first scan).
    """
    lex = load_lexicon()
    words = {c.phrase.split()[0] for c in lex.cues if c.kind is not None and c.phrase.split()[0] not in "#*"}
    words |= {c.phrase.split()[-1] for c in lex.cues if c.kind is not None and c.phrase.split()[-1] not in "#*"}
    words |= {label.lower() for label in lex.labels}
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
