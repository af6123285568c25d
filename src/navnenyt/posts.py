"""First-person social-media posts: the author's "jeg" read as the author's name.

A LinkedIn feed copied as text starts each post with the author's name, a headline line and a line with the
post's age and a bullet ("1 t • Redigeret • 🌐"). The post then tells its news in the first person ("Jeg er glad for
at kunne fortælle, at jeg pr. 1. april starter som Head of Regulatory Affairs hos Fyrrehøj Pharma A/S"). The rules
find people by their names, so :func:`read_first_person` writes the author's name over each "jeg" of the post's
body (up to its reactions and comments) in the normalised text; offsets still map to the original, so a record's
``text`` shows the post as written while its ``person`` is the author. Words and units: ``data/da/posts.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from navnenyt.data_files import load_yaml
from navnenyt.normalise import Normalised, rewrite

__all__ = ["Post", "find_post", "read_first_person"]

DATA_FILE = "posts.yaml"
HEADER_LINES = 4
"""Lines from the author's name to the post's age line at most (name, headline, maybe a second headline line)."""
MAX_NAME_WORDS = 4
"""Words of the author's name at most."""
_NAME_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?")


@dataclass(frozen=True)
class Post:
    """A first-person post found in a text.

    Attributes:
        author: the author's name as written on the post's first line.
        body_start, body_end: character offsets of the post's body (after the age line, before the reactions).
    """

    author: str
    body_start: int
    body_end: int


@functools.cache
def _words() -> tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    """(age-line regex, body-ending markers, first-person regex) from posts.yaml."""
    data = load_yaml(DATA_FILE)
    units = "|".join(re.escape(u) for u in sorted(data["time_units"], key=len, reverse=True))
    age = re.compile(rf"^\d{{1,3}} ?(?:{units})(?!\w)\.? *•")
    first = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in data["first_person"]) + r")\b", re.IGNORECASE)
    return age, tuple(m.lower() for m in data["body_enders"]), first


def _is_name(line: str) -> bool:
    """True for a line that is only a person's name: two to four capitalised words."""
    words = line.split()
    return 2 <= len(words) <= MAX_NAME_WORDS and all(_NAME_WORD.fullmatch(w) for w in words)


def find_post(text: str) -> Post | None:
    """Find a social-media post at the start of ``text``.

    Args:
        text: a normalised document.

    Returns:
        The :class:`Post` when the first non-blank line is a name and an age line ("1 t • ...") follows within
        :data:`HEADER_LINES` lines; else None.

    Raises:
        DataError: ``data/da/posts.yaml`` is missing or malformed.
    """
    age, enders, _ = _words()
    lines: list[tuple[int, str]] = []  # (offset, line) of the non-blank lines
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, line.strip()))
        pos += len(line) + 1
        if len(lines) > HEADER_LINES:
            break
    if not lines or not _is_name(lines[0][1]):
        return None
    aged = next((k for k in range(1, len(lines)) if age.match(lines[k][1])), None)
    if aged is None:
        return None
    body_start = text.find("\n", lines[aged][0]) + 1 or len(text)
    body_end = len(text)
    offset = body_start
    for line in text[body_start:].split("\n"):
        if any(marker in line.lower() for marker in enders):
            body_end = offset
            break
        offset += len(line) + 1
    return Post(lines[0][1], body_start, body_end)


def read_first_person(norm: Normalised) -> Normalised:
    """Write the author's name over every "jeg" in the body of a post (:func:`find_post`) in ``norm``.

    Args:
        norm: a normalised document.

    Returns:
        ``norm`` itself when it is no post or its body has no "jeg"; else a :class:`Normalised` whose text has the
        author's name in place of each "jeg" and whose offsets still map to the original text.
    """
    post = find_post(norm.text)
    if post is None:
        return norm
    first = _words()[2]
    edits = [(m.start(), m.end(), post.author) for m in first.finditer(norm.text, post.body_start, post.body_end)]
    return rewrite(norm, edits)
