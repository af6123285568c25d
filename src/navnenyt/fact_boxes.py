"""Fact boxes in plain text: "Key: value" lines that tell one person's news without a sentence.

A portrait of a new manager prints a box beside the article, and business columns print a card per person::

    FAKTA                                          Louise Thygesen
    Navn: Tina Rosenkvist                          Ny: Chief Risk Officer, Fjordsikring Gensidig
    Alder: 46 år                                   Kommer fra: Risk Manager, Nordbank Holding A/S
    Aktuel: Tiltræder 1. april som direktør i O    Alder: 41
    CV:                                            Starter: 1. april
    2019-2026: Salgsdirektør, Hedegaard Pumper A/S

A box is a run of key lines without a blank line between them (any short capitalised key counts: "Bor:",
"Familie:"); the keys that matter are in ``data/da/fact_boxes.yaml``. It needs a person (a ``person`` key, or a
line that is only a name right above the run) and a ``news``, ``post`` or ``role`` key; a category label on the
line above a card's name line ("Nyt job" / "Frederik Hvass" / "Titel: ...") is the card's label. A card may print its
post without a key on the line under the name ("Hans Lund" / "Halinspektør, Ravnsbjerg Idrætscenter" / "Kommer fra:
..."). This module
only finds boxes (no spaCy); :mod:`navnenyt.rules.boxes` turns them into records.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from navnenyt.data_files import load_yaml
from navnenyt.errors import DataError
from navnenyt.records import EntryKind

_KEY_LINE = re.compile(r"[ \t]*([^\W\d][^\W\d]*\.?(?:[ \t][^\W\d]+){0,3})[ \t]*:(?:[ \t]+(\S.*?))?[ \t]*")
"""A key line: one to four words before a colon ("Pr.:" may end in a full stop), then the value (empty for a list
key such as "CV:"); a key in lower case counts only when fact_boxes.yaml knows it ("titel: ...")."""
_CV_LINE = re.compile(r"[ \t]*\d{4}[ \t]*(?:[-–][ \t]*(?:\d{4}|\w+)?)?[ \t]*:[ \t]+(\S.*?)[ \t]*")
"""A line of a CV list: "2019-2026: Salgsdirektør, Hedegaard Pumper A/S", "2015-: ...", "2004: ..."."""
_NAME_LINE = re.compile(r"[ \t]*([A-ZÆØÅ][\w.'-]*(?:[ \t]+(?:[a-zæøå]{1,3}[ \t]+)?[A-ZÆØÅ][\w.'-]*){1,4})[ \t]*")
"""A line that is only a person's name: two to five capitalised words (a particle may stand between: "de")."""
_OWN_SUBJECT = re.compile(r"[A-ZÆØÅ]\w+[ \t]+[A-ZÆØÅ]")
"""A value that opens with a name, so it is a sentence with its own subject ("Eva Holm kan den 1. maj fejre ...")."""
NAME_LINE_MAX_CHARS = 60
"""A name line above a card is at most this long."""
_POST_LINE = re.compile(r"[ \t]*[^\s:,][^:\n]{0,60},[ \t]+[A-ZÆØÅ][^:\n]{0,60}(?<![.!?])[ \t]*")
"""A card's post line without a key, between its name line and its key lines: "TITLE, ORGANISATION" with no colon
and no closing full stop ("Halinspektør, Ravnsbjerg Idrætscenter")."""


@dataclass(frozen=True)
class BoxField:
    """One key of a fact box that matters: its ``slot`` (see fact_boxes.yaml), the ``key`` as written, the value's
    character offsets in the searched text, the kind a ``post`` key sets and the verb a ``news`` key puts before its
    value (``lead``: "fejrer")."""

    slot: str
    key: str
    start: int
    end: int
    kind: EntryKind | None = None
    lead: str | None = None


@dataclass(frozen=True)
class FactBox:
    """A fact box: its span (the name line or first key line to the last line; offsets in the searched text), the
    person's name (offsets), its fields in text order, and the label above a card's name line (as printed)."""

    start: int
    end: int
    person: tuple[int, int]
    fields: tuple[BoxField, ...]
    label: str | None = None


Key = tuple[str, EntryKind | None, str | None]
"""What a key means: (slot, kind, lead)."""


@functools.cache
def _keys() -> dict[str, Key]:
    """Key lower-cased -> (slot, kind, lead) from fact_boxes.yaml (cached).

    Raises:
        DataError: fact_boxes.yaml is missing or malformed.
    """
    try:
        return {
            item["key"].casefold(): (
                item["slot"],
                EntryKind(item["kind"]) if item.get("kind") else None,
                item.get("lead"),
            )
            for item in load_yaml("fact_boxes.yaml")["keys"]
        }
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"malformed fact_boxes.yaml: {exc!r}") from exc


@functools.cache
def past_keys() -> frozenset[str]:
    """The date keys of fact_boxes.yaml in the past tense (``past: true``, lower-cased: "tiltrådte"): a year-less date
    after one lies before publication.

    Raises:
        DataError: fact_boxes.yaml is missing or malformed.
    """
    try:
        return frozenset(item["key"].casefold() for item in load_yaml("fact_boxes.yaml")["keys"] if item.get("past"))
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataError(f"malformed fact_boxes.yaml: {exc!r}") from exc


@functools.cache
def _key_line_start() -> re.Pattern[str]:
    """A line that opens with a key of a person, a post, news or a role ("Navn:", "Ny stilling:", "Titel:")."""
    keys = [key for key, (slot, _, _) in _keys().items() if slot in {"person", "news", "post", "role"}]
    alternation = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf"(?im)^[ \t]*(?:{alternation})[ \t]*:")


def may_hold_box(text: str) -> bool:
    """True when ``text`` has a line that opens with a fact-box key that can carry news (the cheap-first scan keeps
    such a text: a card "Frederik Hvass" / "Titel: Senior Data Engineer" has no trigger word).

    Raises:
        DataError: fact_boxes.yaml is missing or malformed.
    """
    return ":" in text and _key_line_start().search(text) is not None


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, without its line break."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_boxes(text: str) -> list[FactBox]:
    """Return the fact boxes of ``text`` in text order ([] for most texts: only a line with a key of
    fact_boxes.yaml before a colon starts the search).

    Args:
        text: normalised page text (``\\n`` line ends).

    Raises:
        DataError: fact_boxes.yaml is missing or malformed.
    """
    if ":" not in text:
        return []
    keys, lines = _keys(), _lines(text)
    boxes: list[FactBox] = []
    n = 0
    while n < len(lines):
        run_end = n
        while run_end < len(lines) and _is_box_line(text, *lines[run_end], in_cv=run_end > n):
            run_end += 1
        if run_end == n:
            n += 1
            continue
        box = _box(text, lines, n, run_end, keys)
        if box is not None:
            boxes.append(box)
        n = run_end
    return boxes


def _is_box_line(text: str, start: int, end: int, *, in_cv: bool) -> bool:
    """True for a key line, or (after the first line of a run) a CV line."""
    key_line = _KEY_LINE.fullmatch(text, start, end)
    if key_line is not None and (key_line.group(1)[0].isupper() or key_line.group(1).casefold() in _keys()):
        return True
    return in_cv and _CV_LINE.fullmatch(text, start, end) is not None


def _box(text: str, lines: list[tuple[int, int]], first: int, end: int, keys: dict[str, Key]) -> FactBox | None:
    """The fact box of the key lines ``lines[first:end]``, or None when they name no person or no news."""
    fields: list[BoxField] = []
    cv = False
    for start, stop in lines[first:end]:
        key_line = _KEY_LINE.fullmatch(text, start, stop)
        if key_line is None or (cv and _CV_LINE.fullmatch(text, start, stop)):
            cv_line = _CV_LINE.fullmatch(text, start, stop)
            if cv and cv_line is not None and not any(f.slot == "cv" for f in fields):
                fields.append(BoxField("cv", "CV", cv_line.start(1), cv_line.end(1)))
            continue
        cv = False
        slot, kind, lead = keys.get(key_line.group(1).casefold(), ("", None, None))
        value = key_line.group(2)
        if slot == "cv" and value is not None:  # "CV: Senest salgsdirektør i Nordic Snacks ApS."
            fields.append(BoxField("cv", key_line.group(1), key_line.start(2), key_line.end(2)))
        elif slot == "cv":
            cv = True  # "CV:" / "2019-2026: Salgsdirektør, O" / ...
        elif slot == "news" and value is not None and _OWN_SUBJECT.match(value):
            continue  # "Jubilæum: Eva Holm kan den 1. maj fejre ...": a labelled notice, not a box line
        elif slot and value is not None:
            fields.append(BoxField(slot, key_line.group(1), key_line.start(2), key_line.end(2), kind, lead))
    person = next(((f.start, f.end) for f in fields if f.slot == "person"), None)
    box_start = lines[first][0]
    label = _label_above(text, lines, first) if person is not None else None  # "Nyt job" / "Navn: X" / ...
    if person is None and first > 0:
        above = _NAME_LINE.fullmatch(text, *lines[first - 1])
        if above is not None and len(above.group(0)) <= NAME_LINE_MAX_CHARS:
            person, box_start = (above.start(1), above.end(1)), lines[first - 1][0]
            label = _label_above(text, lines, first - 1)
    if person is None and first > 1 and _post_line(text[slice(*lines[first - 1])]):
        above = _NAME_LINE.fullmatch(text, *lines[first - 2])  # "Hans Lund" / "Halinspektør, Ravnsbjerg Idrætscenter"
        if above is not None and len(above.group(0)) <= NAME_LINE_MAX_CHARS:  # / "Kommer fra: ...": the post unkeyed
            person, box_start = (above.start(1), above.end(1)), lines[first - 2][0]
            label = _label_above(text, lines, first - 2)
            fields.insert(0, BoxField("post", "", lines[first - 1][0], lines[first - 1][1]))
    if person is None or not any(f.slot in {"news", "post", "role"} for f in fields):
        return None
    return FactBox(box_start, lines[end - 1][1], person, tuple(fields), label)


def _post_line(line: str) -> bool:
    """True for a card's post line without a key ("Halinspektør, Ravnsbjerg Idrætscenter"): :data:`_POST_LINE`, its
    title ending in a title word (words.yaml ``role_suffixes``, "Senior Data Engineer"), not an address ("Havnegade 22,
    Esbjerg")."""
    from navnenyt.lexicon import load_lexicon  # (the lexicon's cheap-first scan imports this module)

    if _POST_LINE.fullmatch(line) is None:
        return False
    title = line.split(",", 1)[0].split()
    return bool(title) and title[-1].lower().endswith(load_lexicon().endings("role_suffixes"))


def _label_above(text: str, lines: list[tuple[int, int]], name: int) -> str | None:
    """The category label (labels.yaml) on the line above a card's name line ("Nyt job" / "Frederik Hvass"), else
    None."""
    from navnenyt.lexicon import labels_by_casefold  # (the lexicon's cheap-first scan imports this module)

    if name == 0:
        return None
    return labels_by_casefold().get(text[slice(*lines[name - 1])].strip().casefold())  # ("NYT JOB": "Nyt job")
