"""Records from "Mærkedage" lists under an age or years heading, one person per dated line.

    80 år
    Søndag 8. marts: Fhv. smedemester Arne Kølbæk, Præstevænget 4, Ravnsø.

    25 års jubilæum
    Mandag 9. marts: Kranfører Benny Ulstrup, Sønderlyng Havn.

A heading line is only a number of years (``year_nouns`` of words.yaml, with ``jubilee_nouns`` for years served:
:data:`_HEADING`); the lines under it, up to a blank line or the next heading, that open with a day and a colon
("Søndag 8. marts:", "1. april:", "I dag:") are its items. Each item is read by the sentence rules as the terse item
they already know, with the heading put after the day: "Søndag 8. marts: 80 år, Fhv. smedemester Arne Kølbæk, ..."
(:data:`navnenyt.lexicon.AGE_ITEM`), so the heading gives the kind and the age or years, the line the day and the
person.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from navnenyt.dates import find_dates, find_relative_dates
from navnenyt.lexicon import load_lexicon
from navnenyt.records import EntryKind
from navnenyt.rules.entry import Draft, extract_drafts
from navnenyt.rules.runs import names_org
from navnenyt.rules.slots import title_word

MAX_ITEM_LINE = 200
"""Characters an item line has at most (longer lines are prose, not list items)."""


@dataclass(frozen=True)
class AgeItem:
    """One dated line under an age heading: its span (offsets in the searched text), the heading ("80 år",
    "25 års jubilæum"), the day before the colon, the rest of the line, and the kind: an anniversary under a
    "jubilæum" heading or in a section about anniversaries (:func:`_served`), else a birthday."""

    start: int
    end: int
    heading: str
    day: str
    rest: str
    kind: EntryKind = EntryKind.birthday


@functools.cache
def _heading() -> re.Pattern[str]:
    """A heading line of a number of years: "80 år", "25 års jubilæum", "40-års jubilæum" (``year_nouns`` and
    ``jubilee_nouns`` of words.yaml)."""
    words = load_lexicon().words
    years = "|".join(re.escape(w) for w in sorted(words["year_nouns"], key=len, reverse=True))
    jubilee = "|".join(re.escape(w) for w in sorted(words["jubilee_nouns"], key=len, reverse=True))
    return re.compile(rf"[ \t]*\d{{1,3}}[ -]?(?:{years})(?:[ \t]+(?:{jubilee}))?[ \t]*", re.IGNORECASE)


@functools.cache
def _inline_item() -> re.Pattern[str]:
    """An item line that opens with its own years before a dash: "40 år – den 1. oktober: Ole Riber, maskinarbejder"
    (the heading, the day, the rest)."""
    return re.compile(
        rf"(?P<years>{_heading().pattern})[–—-][ \t]*(?P<day>[^:\n]{{1,30}}?):[ \t]+(?P<rest>[^\n]+?)[ \t]*"
    )


_ITEM = re.compile(r"[ \t]*(?P<day>[^:\n]{1,30}?):[ \t]+(?P<rest>[^\n]+?)[ \t]*")
"""A dated item line: "DAY: REST"."""
_UNDATED_ITEM = re.compile(r"[ \t]*[A-ZÆØÅ][^:\n.!?]{2,80},[ \t]*[^\n:]{2,80}")
"""An undated item line of an anniversaries section: "Portør Jørgen Ravn, Serviceafdelingen" (no colon, no sentence
end before the comma)."""


def find_age_items(text: str) -> list[AgeItem]:
    """Return the dated lines under age and years headings in ``text``, in text order ([] when there are none).

    Args:
        text: normalised page text (``\\n`` line ends).
    """
    words = load_lexicon().words
    if not any(f"{word}\n" in text or f"{word} –" in text for word in words["year_nouns"] | words["jubilee_nouns"]):
        return []  # (fast exit: no line ends like a heading, none opens with one before a dash)
    items: list[AgeItem] = []
    heading: str | None = None
    block, section = 0, None  # where the block since the last blank line starts; whether it is about anniversaries
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            heading, block, section = None, pos, None
        elif (inline := _inline_item().fullmatch(line)) and _dated(inline.group("day")):
            if section is None:  # "Jubilarer i oktober" / "... fejre jubilæum hos O:" / "40 år – den 1. oktober: X"
                section = _served("", text[max(block, start - ABOVE_CHARS) : start])
                section = section or _section_above(text[max(0, start - SECTION_CHARS) : start])
            years = inline.group("years").strip()
            kind = EntryKind.anniversary if section or _served(years, "") else EntryKind.birthday
            day, rest = inline.group("day").strip(), inline.group("rest")
            items.append(AgeItem(start, start + len(line.rstrip()), years, day, rest, kind))
        elif _heading().fullmatch(line):
            heading = line.strip()
            if section is None:  # the block's first heading: the text above it in the block says (a later
                section = _served("", text[max(block, start - ABOVE_CHARS) : start])  # heading, as well), or the
                section = section or _section_above(text[max(0, start - SECTION_CHARS) : start])  # section heading
            served = section or _served(heading, "")
        elif heading is not None and len(line) <= MAX_ITEM_LINE:
            match = _ITEM.fullmatch(line)
            day = match.group("day") if match else ""
            if match and _dated(day):
                kind = EntryKind.anniversary if served else EntryKind.birthday
                items.append(
                    AgeItem(start, start + len(line.rstrip()), heading, day.strip(), match.group("rest"), kind)
                )
            elif served and _UNDATED_ITEM.fullmatch(line):  # "Jubilarer 1. kvartal" / "40 år" / "Portør Jørgen Ravn,
                items.append(
                    AgeItem(start, start + len(line.rstrip()), heading, "", line.strip(), EntryKind.anniversary)
                )
                # Serviceafdelingen": years served, the day untold
    return items


def _dated(day: str) -> bool:
    """True when ``day`` (an item's text before its colon) holds a valid date or a relative day ("I dag")."""
    return bool([d for d in find_dates(day) if d.valid] or find_relative_dates(day))


ABOVE_CHARS = 400
"""Characters above the first heading of a block (text between blank lines) searched for the anniversary words of
its section ("Jubilarer i oktober" / "40 år" / ... / "25 år": every heading of the block counts years served)."""


SECTION_CHARS = 2000
"""Characters above a block searched for the heading of its section (:func:`_section_above`)."""


def _section_above(above: str) -> bool:
    """True when the nearest line of ``above`` that opens with a label of kind anniversary or birthday (labels.yaml)
    is an anniversary's: "Jubilæer" / (blank) / "40 år" / ... / "25 år" / ... / "Fødselsdage" / (blank) / "60 år"."""
    lex = load_lexicon()
    kinds = {label.lower(): kind for label, kind in lex.labels.items() if kind in SECTION_KINDS}
    for line in reversed(above.lower().split("\n")):
        kind = next((k for label, k in kinds.items() if line.strip().startswith(label)), None)
        if kind is not None:
            return kind == EntryKind.anniversary
    return False


SECTION_KINDS = frozenset({EntryKind.anniversary, EntryKind.birthday})
"""Kinds of the section headings an age list may stand under."""


def _served(heading: str, above: str) -> bool:
    """True when the heading's years are years served: "25 års jubilæum", or a heading in a section whose text
    above names anniversaries (the labels of kind anniversary in labels.yaml: "Jubilæum", "Jubilarer", ...)."""
    lex = load_lexicon()
    words = [label.lower() for label, kind in lex.labels.items() if kind == EntryKind.anniversary]
    low = f"{heading} {above}".lower()
    return any(word in low for word in words)


def age_drafts(item: AgeItem, parse: Callable[[str], Doc]) -> list[Draft]:
    """Return the records of one item, of the item's kind: the line read as "DAY: HEADING, REST" ("Søndag 8.
    marts: 80 år, Arne Kølbæk, Ravnsø."); capitalised words after the name that are no title are a home ("Hvide
    Sande": no role) or, when they name one, the organisation.

    Args:
        item: one item of :func:`find_age_items`.
        parse: the navnenyt pipeline without its NER (tokenizer, sentencizer, cue ruler): text -> Doc.
    """
    doc = parse(f"{item.day}: {item.heading}, {item.rest}" if item.day else f"{item.heading}: {item.rest}")
    drafts = [d for d in extract_drafts(doc, item.kind) if d.person.text in item.rest][:1]
    for draft in drafts:
        role = draft.role
        after = role is not None and role.start > draft.person.start  # (not the title before the name)
        if after and role is not None and not role[-1].is_lower and title_word(role[-1].text) is None:
            draft.role = None  # "Inger Dalsgaard, Hvide Sande": a home, no title (a workplace: the organisation)
            if draft.org is None and names_org(doc, role.start, role.end):
                draft.org = role
    return drafts
