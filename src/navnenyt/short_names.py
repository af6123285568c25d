"""A person named again by the first name only: "Morten Skaarup stopper som cheftræner ... Morten tiltræder 1. juli
som sportschef i Grejsdal IF".

The rules find people by names of two or more words (a listed first name, a listed surname). News told in a
later sentence that opens with only the first name ("Kirsten var i 34 år lærer på Tjele Skole", "..., mens Sofie
kommer fra en stilling som finansøkonom hos O") would be nobody's. :func:`read_short_names` writes the full name
over such a word in the normalised text, as :func:`navnenyt.posts.read_first_person` writes the author over "jeg";
offsets still map to the original, so a record's ``text`` shows the page as written.

Only first names: a surname alone ("Skaarup afløses af Y") is the rules' stand-in for the person of the entry
before, and measured on every gold set, reading surnames as well found less.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from navnenyt.lexicon import load_lexicon
from navnenyt.normalise import Normalised, rewrite

__all__ = ["read_short_names"]

_FULL_NAME = re.compile(r"\b[A-ZÆØÅ][a-zæøåéü]+(?:[ -][A-ZÆØÅ][a-zæøåéü]+){1,3}\b")
"""Two to four capitalised words: a candidate full name ("Morten Skaarup", "Kirsten Lykke Dahl")."""


@functools.cache
def _short_name() -> re.Pattern[str]:
    """One capitalised word opening a sentence, a line or a clause after a comma and a ``clause_conjunctions`` word of
    words.yaml (", mens", ", og"), followed by a lower-case word: "Kirsten var i 34 år ...", "..., mens Sofie kommer
    fra ..."."""
    after = "".join(f"|(?<=, {re.escape(w)} )" for w in load_lexicon().words["clause_conjunctions"])
    return re.compile(
        rf"(?:^|(?<=[.!?] )|(?<=\n){after})[ \t]*(?P<word>[A-ZÆØÅ][a-zæøåéü]+)(?= [a-zæøå])", re.MULTILINE
    )


def read_short_names(
    norm: Normalised, is_first: Callable[[str], bool], is_surname: Callable[[str], bool]
) -> Normalised:
    """Write a person's full name over a later sentence-opening mention by the first name.

    Args:
        norm: a normalised document.
        is_first: True for a listed first name (DST 2023 name lists, via the model's gazetteer).
        is_surname: True for a listed surname (same source).

    Returns:
        ``norm`` itself when nothing is rewritten; else a :class:`Normalised` whose text holds the full names and
        whose offsets still map to the original text. A word is rewritten only when it is the first word of
        exactly one full name of the document (a listed first name and a listed surname), printed before it;
        "Lene" with two Lenes on the page stays.
    """
    text = norm.text
    owners: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for match in _FULL_NAME.finditer(text):
        words = re.split(r"[ -]", match.group())
        if not (is_first(words[0]) and is_surname(words[-1])):
            continue
        name = match.group()
        first_seen.setdefault(name, match.start())
        owners.setdefault(words[0], set()).add(name)
    edits = []
    for match in _short_name().finditer(text):
        names = owners.get(match.group("word"), set())
        if len(names) == 1 and first_seen[(name := next(iter(names)))] < match.start():
            edits.append((match.start("word"), match.end("word"), name))
    return rewrite(norm, edits)
