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
from navnenyt.lexicon import genitive, load_lexicon
from navnenyt.normalise import Normalised, rewrite
from navnenyt.releases import names_organisation

__all__ = ["Post", "find_posts", "read_first_person"]

DATA_FILE = "posts.yaml"
HEADER_LINES = 4
"""Lines from the author's name to the post's age line at most (name, headline, maybe a second headline line)."""
MAX_NAME_WORDS = 4
"""Words of the author's name at most."""
_NAME_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?")


@dataclass(frozen=True)
class Post:
    """A first-person post (or a comment under one) found in a text.

    Attributes:
        author: the author's name as written on the post's first line.
        body_start, body_end: character offsets of the post's body (after its header, before its reactions or
            the next post).
        organisation: True for a company page's post ("Nordvind Software ApS" / "Software • 1.234 følgere"):
            its "vi" and "hos os" are the company, which is the organisation of the records it tells.
        letter: True for the body of a signed letter ("Venlig hilsen" / "Maja Thorsen"), not a feed's post: the
            page around it may still name the organisation of its records.
    """

    author: str
    body_start: int
    body_end: int
    organisation: bool = False
    letter: bool = False


@functools.cache
def _words() -> tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    """(age-line regex, body-ending markers, first-person regex) from posts.yaml; the first-person regex's group
    ``own`` holds a possessive before a word the genitive owns ("min sidste arbejdsdag": ``genitive_heads`` of
    words.yaml; not "mit speciale", whose programme would take the name, nor "havde jeg min første dag", whose
    "jeg" already names the author)."""
    data = load_yaml(DATA_FILE)
    units = "|".join(re.escape(u) for u in sorted(data["time_units"], key=len, reverse=True))
    age = re.compile(rf"^\d{{1,3}} ?(?:{units})(?!\w)\.?(?: *•|\s*$| {{2,}})")
    subject = "|".join(re.escape(w) for w in data["first_person"])
    own = "|".join(re.escape(w) for w in data["first_person_possessive"])
    heads = "|".join(re.escape(w) for w in load_lexicon().words["genitive_heads"])
    first = re.compile(rf"\b(?:{subject}|(?<!jeg )(?P<own>{own})(?= (?:{heads})\b))\b", re.IGNORECASE)
    return age, tuple(m.lower() for m in data["body_enders"]), first


@functools.cache
def _closings() -> frozenset[str]:
    """The closing greetings of a letter from posts.yaml, lower case."""
    return frozenset(g.lower() for g in load_yaml(DATA_FILE)["closing_greetings"])


@functools.cache
def _degree() -> re.Pattern[str]:
    """A network degree after an author's name ("Mette Holm • 2.", "Kristian Holt • 3.+"), or the mark of the
    reader's own post ("Sofie Kjeldsen • Du": ``own_post_marks`` of posts.yaml)."""
    own = "|".join(re.escape(w) for w in load_yaml(DATA_FILE)["own_post_marks"])
    return re.compile(rf"\s*•\s*(?:\d\.\+?|{own})$")


def _author(line: str) -> tuple[str, bool] | None:
    """(name, has a network degree) when ``line`` is only a person's name (two to four capitalised words),
    maybe with a degree; else None."""
    degree = _degree().search(line)
    name = line[: degree.start()] if degree else line
    words = name.split()
    if 2 <= len(words) <= MAX_NAME_WORDS and all(_NAME_WORD.fullmatch(w) for w in words):
        return name.strip(), degree is not None
    return None


def _degreed(line: str) -> bool:
    """True when ``line`` is a person's name with a network degree ("Søren Vedel Holst • Du": :func:`_author`)."""
    found = _author(line)
    return found is not None and found[1]


def _company(line: str) -> str | None:
    """The name when ``line`` is only an organisation's name (capitalised words with an organisation word: "Nordvind
    Software ApS"), else None."""
    name = line.strip()
    words = name.split()
    capitalised = all(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in words)
    if 2 <= len(words) <= MAX_COMPANY_WORDS and capitalised and names_organisation(name):
        return name
    return None


MAX_COMPANY_WORDS = 6
"""Words of a company page's name at most."""


def find_posts(text: str) -> list[Post]:
    """Find the posts and comments of a social-media feed copied as text, or the body of a signed letter.

    A post starts at a line that is only a name (maybe with a network degree, "• 2.") followed within
    :data:`HEADER_LINES` lines by an age line ("1 t • 🌐", "2 d • Redigeret"); a comment starts at a name with a
    degree and a headline line. Its body runs from after that header to the next post or comment, or to a line
    with reactions ("58 kommentarer", "Synes godt om"). A text with no feed may be a letter signed by a person
    ("Venlig hilsen" / "Maja Thorsen": :func:`_signed_letter`): its body is one post by the signer.

    Args:
        text: a normalised document.

    Returns:
        The posts in text order ([] when the text is no feed and no signed letter).

    Raises:
        DataError: ``data/da/posts.yaml`` is missing or malformed.
    """
    low = text.lower()
    if "•" not in text and not any(greeting in low for greeting in _closings()):
        return []  # every feed has a bullet in its age lines or network degrees, every signed letter a greeting
    age, enders, _ = _words()
    lines: list[tuple[int, int, str]] = []  # (start, end, stripped line) of the non-blank lines
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    if "•" not in text:
        letter = _signed_letter(lines)
        return [letter] if letter is not None else []
    heads: list[tuple[int, str, int, bool]] = []  # (line of the name, author, first body line, a company's)
    for k, (_, _, line) in enumerate(lines):
        if heads and k < heads[-1][2]:
            continue  # (a headline "Partner Manager" inside the header before is no author)
        company = _company(line)
        found = _author(line) if company is None else (company, False)
        if found is None:
            continue
        name, degree = found
        aged = next((m for m in range(k + 1, min(len(lines), k + HEADER_LINES)) if age.match(lines[m][2])), None)
        if aged is not None and not degree and any(_degreed(lines[m][2]) for m in range(k + 1, aged)):
            continue  # ("Opslag   Kommentarer   Billeder" / "Søren Vedel Holst • Du" / headline / age: a name with
            # a network degree nearer the age line is the author)
        if aged is not None and (aged <= k + 2 or not degree):
            heads.append((k, name, aged + 1, company is not None))  # a post: name, [headline,] age line, text
        elif degree and company is None and k + 2 < len(lines):
            heads.append((k, name, k + 2, False))  # a comment: name, headline, text, then its age and buttons
    posts = []
    for n, (_, name, body, organisation) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        end = next((m for m in range(body, stop) if any(e in lines[m][2].lower() for e in enders)), stop)
        if body < end:
            posts.append(Post(name, lines[body][0], lines[end - 1][1], organisation))
    return posts


def _signed_letter(lines: list[tuple[int, int, str]]) -> Post | None:
    """A letter signed by a person: its last closing greeting line ("Venlig hilsen": ``closing_greetings`` of
    posts.yaml) with a name on the line after it; the body runs from the text's start to the greeting. None when
    the text ends with no such signature.

    Args:
        lines: (start, end, stripped text) of the text's non-blank lines.
    """
    closings = _closings()
    for k in range(len(lines) - 2, -1, -1):
        if lines[k][2].lower().rstrip(",!. ") in closings:
            signer = _author(lines[k + 1][2])
            if signer is None or signer[1]:
                return None
            return Post(signer[0], lines[0][0], lines[k][0], letter=True)
    return None


def read_first_person(norm: Normalised, posts: list[Post] | None = None) -> Normalised:
    """Write each person's post's author over every "jeg" in its body in ``norm``, and the author's genitive over
    a "min" before ``genitive_heads`` ("min sidste arbejdsdag" -> "Thomas Ravnkildes sidste arbejdsdag").

    Args:
        norm: a normalised document.
        posts: its posts (:func:`find_posts` of ``norm.text``; found here when None).

    Returns:
        ``norm`` itself when it holds no post or no "jeg" in one; else a :class:`Normalised` whose text has the
        authors' names in place of each "jeg" and whose offsets still map to the original text.
    """
    first = _words()[2]
    edits = [
        (m.start(), m.end(), genitive(post.author) if m.group("own") else post.author)
        for post in (find_posts(norm.text) if posts is None else posts)
        if not post.organisation
        for m in first.finditer(norm.text, post.body_start, post.body_end)
    ]
    return rewrite(norm, edits)
