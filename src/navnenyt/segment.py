"""Page text -> candidate entry spans.

A page holds articles, job-ad listings, adverts and profile-card captions besides people-news. Segmentation only
cuts the text into units (lines, with hard-wrapped lines joined; several entries on one line split after their
trailing labels) and attaches category labels; the rules later keep a unit only when it holds a person together
with a people-news construction, so captions, job-ad lines and quotes never become entries.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from navnenyt.dates import DateMatch, find_dates
from navnenyt.lexicon import (
    AGE_ITEM,
    VERB_CUE_ROLES,
    could_hold_people_news,
    labels_by_casefold,
    load_lexicon,
    new_titles_intro,
    scan_words,
)
from navnenyt.normalise import ARROW
from navnenyt.people_tables import heading_word_kinds
from navnenyt.records import EntryKind

# A line that looks hard-wrapped: long, no final punctuation; joined with the next line when that one continues it.
WRAP_MIN_CHARS = 30


@dataclass(frozen=True)
class Segment:
    """A candidate entry: ``text[start:end]`` is the entry including its label; ``body_end`` ends the body
    before a trailing label; ``label`` is the category word printed with it (as printed) or None."""

    start: int
    end: int
    body_end: int
    label: str | None
    captions: tuple[tuple[int, int], ...] = ()
    wraps: tuple[int, ...] = ()  # offsets of the line breaks of hard-wrapped lines inside the body
    intro: tuple[int, int] | None = None  # offsets of the sentence that announced the list this item belongs to
    brief: bool = False  # cut from a line of briefs separated by " | ": its end closes it as a full stop does
    bullet: bool = False  # a list item that opened with a bullet: its end too closes it as a full stop does
    card: tuple[tuple[int, int], tuple[int, int]] | None = None  # a profile card after the entry: its name line and
    # its company line ("Camilla Friis Vestergaard" / "Skyvik A/S"), which names the organisation of that person

    def card_of(self, text: str) -> tuple[str, str] | None:
        """The profile card under the entry as (name, organisation), stripped; None without one."""
        if self.card is None:
            return None
        (a, b), (c, d) = self.card
        return text[a:b].strip(), text[c:d].strip()

    def body(self, text: str) -> str:
        """The entry's body in ``text`` (without its trailing label), each caption line inside it blanked with
        spaces and each line break of a hard-wrapped line a space, so that offsets stay those of ``text``."""
        out = text[self.start : self.body_end]
        for start, end in self.captions:
            out = out[: start - self.start] + " " * (end - start) + out[end - self.start :]
        for at in self.wraps:
            out = out[: at - self.start] + " " + out[at - self.start + 1 :]
        return out


@dataclass
class _Unit:
    start: int
    end: int
    blank_before: bool
    label: str | None = None
    body_end: int = -1
    standalone_label: str | None = None
    bullet: bool = False  # the line opened with a list bullet
    intro: tuple[int, int] | None = None  # the list's intro sentence ("... fik deres bevis i fredags:")
    brief: bool = False  # one of a line's briefs separated by " | "


DATED_LABEL = r"[ \t]+[·|•–—-][ \t]+\d{1,2}\.?[ \t]*(?:[^\W\d_]{3,9}\.?|\d{1,2}\.?)[ \t]*\d{4}"
"""A date after a label on its line, as a news list prints it: "Nyt job · 10. marts 2026", "Jubilæum – 16.02.2026"."""


@functools.cache
def _label_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(standalone label line, label after a sentence end (bare or in brackets), label before a colon, a bar or a dash
    at a line's start) regexes from labels.yaml."""
    labels = sorted(load_lexicon().labels, key=len, reverse=True)
    alt = "|".join(re.escape(label) for label in labels)
    standalone = re.compile(rf"(?i)(?:{alt})[ \t]*:?(?:{DATED_LABEL})?")
    trailing = re.compile(rf"(?<=[.!?»\"”)])[ \t]+(?:({alt})|\(({alt})\))(?=[ \t]*$|[ \t]+[A-ZÆØÅ])")
    leading = re.compile(
        rf"({alt})(?:[ \t]*:|[ \t]+[|–—·])[ \t]+(?=[A-ZÆØÅ])"
    )  # "Nyt job: X", "Nyt job | X", "Nyt job – X", "Nyt job · X"
    return standalone, trailing, leading


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """Return (start, end, blank_before) of each non-blank line, whitespace-trimmed."""
    out: list[tuple[int, int, bool]] = []
    blank = True
    pos = 0
    for raw in text.split("\n"):
        line_end = pos + len(raw)
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            out.append((start, start + len(stripped), blank))
            blank = False
        else:
            blank = True
        pos = line_end + 1
    return out


ITEM_HEAD = re.compile(r"(?:\d[\d.]*(?:-\w+)?(?:[ \t]+\w+){0,2}|[A-ZÆØÅ]\w*(?:[ \t]+\w+){0,3}):[ \t]")
"""A list item's or key line's head at a line start ("40 år: ...", "1. oktober: ...", "Årets Leder: ...", "Titel:
..."): that line is no wrapped continuation."""


def _join_wrapped(text: str, lines: list[tuple[int, int, bool]], wraps: list[int]) -> list[tuple[int, int, bool]]:
    """Join hard-wrapped lines: a long line without final punctuation continued by a lower-case start (never a
    line that ends with a category label: "... i Fjordhavn Logistik ApS. Jubilæum" / "70 år"), or by any start
    when it ends with a comma or with a word no paragraph ends with ("... ansat som projektleder hos" / "Brandt &
    Kjær A/S."; words.yaml ``wrap_words``). In a text wrapped at a fixed width (:func:`_wrap_width`: a plain-text
    e-mail), a line that fills the width goes on on the next line too ("... it-chef i Vejen" / "Kommune."), unless
    it ends a sentence before a capital or ends with a colon. The offsets of the joining line breaks are added to
    ``wraps``."""
    trailing = _label_regexes()[1]
    lex = load_lexicon()
    width = _wrap_width(lines)
    bullet = _bullet_regex()
    out: list[tuple[int, int, bool]] = []
    last = 0  # length of the previous physical line
    for start, end, blank in lines:
        if out and not blank:
            p_start, p_end, p_blank = out[-1]
            prev = text[p_start:p_end]
            nxt = text[start:end]
            full = width is not None and last >= width - WRAP_SLACK and nxt[0].isalnum() and bullet.match(nxt) is None
            sentence_end = prev[-1] in ".!?" and not nxt[0].islower()
            named = _NAME_LINE.fullmatch(prev) is not None and nxt[:1].islower()  # a death notice's name line
            # ("Inger Marie Thomsen" / "er stille sovet ind den 30. januar 2026."): the sentence goes on below it
            if (
                (p_end - p_start >= WRAP_MIN_CHARS or named)
                and (prev[-1] not in '.!?:»"”' or (full and not sentence_end and prev[-1] != ":"))
                and " / " not in prev
                and (
                    nxt[0].islower()
                    or nxt[0].isdigit()
                    or lex.has("wrap_words", prev.rsplit(None, 1)[-1])
                    or full
                    or prev[-1] == ","  # "Installatør Per Ulrik Dahl, Dahl El-Teknik ApS," / "Ringkøbing, fylder ..."
                    or _name_goes_on(prev, nxt)
                )
                and ITEM_HEAD.match(nxt) is None  # "40 år: Pedel Keld Juhl, ...": the next list item
                and not (nxt[0].isdigit() and bullet.match(nxt) is not None)  # "2. Frederik Aamand, ...": the next
                and not any(m.end() == len(prev) for m in trailing.finditer(prev))
            ):
                out[-1] = (p_start, end, p_blank)
                wraps.append(text.index("\n", p_end, start))
                last = end - start
                continue
        out.append((start, end, blank))
        last = end - start
    return out


def _name_goes_on(prev: str, nxt: str) -> bool:
    """True when an organisation's name is cut at the line break: ``prev`` ends with ``org_intro`` and a capitalised
    word, and ``nxt`` is a short line (:data:`NAME_TAIL_CHARS`) whose words hold a company form or an organisation
    word ("... ansat som økonomichef i Aarhus" / "Vandværk A/S. Hun kommer ...")."""
    lex = load_lexicon()
    words = prev.rsplit(None, 2)
    if len(words) < 3 or not lex.has("org_intro", words[1]) or not words[2][:1].isupper():
        return False
    head = nxt.split(". ", 1)[0]
    return len(head) <= NAME_TAIL_CHARS and any(lex.org_word(w.rstrip(".,")) for w in head.split())


NAME_TAIL_CHARS = 40
"""Characters of the rest of an organisation's name on the next line at most ("Vandværk A/S")."""

_NAME_LINE = re.compile(r"[A-ZÆØÅ][\w'-]+(?:[ \t]+[A-ZÆØÅ][\w'-]+){1,3}")
"""A line that is only a name of two to four capitalised words ("Inger Marie Thomsen")."""

WRAP_SLACK = 14
"""Characters a wrapped line may fall short of the wrap width (the next word did not fit)."""
WRAP_MAX_WIDTH = 100
"""The widest fixed wrap width recognised (e-mail clients wrap at 66-80 characters)."""


def _wrap_width(lines: list[tuple[int, int, bool]]) -> int | None:
    """The width a text was hard-wrapped at, or None: at least four lines of 40 or more characters, most of them
    within :data:`WRAP_SLACK` below the width, which is the longest line or, past up to :data:`WRAP_OUTLIERS` lines
    :data:`OUTLIER_RATIO` times longer (a masthead), the next longest; never above :data:`WRAP_MAX_WIDTH`."""
    lengths = [end - start for start, end, _ in lines]
    long = sorted((n for n in lengths if n >= 40), reverse=True)
    if len(long) < 4 or long[0] > WRAP_MAX_WIDTH:
        return None
    for k, width in enumerate(long[: WRAP_OUTLIERS + 1]):  # (past a masthead or footer set across two columns)
        if k and long[k - 1] < OUTLIER_RATIO * width:
            return None  # the longer lines are no masthead: the text is not wrapped at this width
        full = sum(width - WRAP_SLACK <= n <= width for n in long)
        if full >= 0.6 * len(long):
            return width
    return None


WRAP_OUTLIERS = 2
"""Lines longer than the wrap width a wrapped text may hold at most (a masthead, a footer)."""
OUTLIER_RATIO = 1.5
"""How much longer than the wrap width such a line is at least (a masthead across two columns of a page)."""


@functools.cache
def _bullet_regex() -> re.Pattern[str]:
    """A list bullet at the start of a line (``list_bullets`` of words.yaml) and the space after it; a dash, or an
    item number ("1. ", "2) "), only before a name and a comma, colon, dash, bracket or (a dash) a lower-case word
    ("- Kasper Friis bliver ny direktør ...", "1. Karen Sønderskov, overlæge, ..."; not "1. marts"); else a dash opens
    dialogue ("- Det glæder mig, siger X": a quote verb keeps such a line out later anyway)."""
    bullets = load_lexicon().words["list_bullets"]
    dashes = "".join(re.escape(b) for b in sorted(bullets) if b in "-–—")
    others = "".join(re.escape(b) for b in sorted(bullets) if b not in "-–—")
    name = r"[A-ZÆØÅ][\w'.-]*(?:[ \t]+[A-ZÆØÅ][\w'.-]*)+(?:[ \t]*[,:–(-]|[ \t]+[a-zæøå])"
    listed = r"[A-ZÆØÅ][\w'.-]*(?:[ \t]+[A-ZÆØÅ][\w'.-]*)+[ \t]*[,:–(-]"  # (a numbered headline is no item: "2.
    # Rasmus Kirk bliver ny direktør i O" under "Mest læste")
    return re.compile(rf"[{others}][ \t]+|[{dashes}][ \t]+(?={name})|\d{{1,2}}[.)][ \t]+(?={listed})")


_DASH_ITEM = re.compile(r"[-–*][ \t]+(?=\S)")
"""A dash or asterisk and the space after it at the start of a line: a list bullet inside a block of such lines."""


def _block_dash(text: str, lines: list[tuple[int, int, bool]], n: int) -> re.Match[str] | None:
    """The dash or asterisk bullet of line ``n`` when the line before or after it (no blank line between) opens with
    the same character: "- Rasmine Holt (38) bliver ..." / "- Frederik Svanholm er ..." is a list, not dialogue
    (a lone "- Det glæder mig, siger X." is); else None."""
    start, end, blank = lines[n]
    mark = _DASH_ITEM.match(text, start, end)
    if mark is None:
        return None
    char = text[start]
    before = n > 0 and not blank and text[lines[n - 1][0]] == char and _DASH_ITEM.match(text, *lines[n - 1][:2])
    after = n + 1 < len(lines) and not lines[n + 1][2] and text[lines[n + 1][0]] == char
    return mark if before or (after and _DASH_ITEM.match(text, *lines[n + 1][:2])) else None


def _split_units(text: str, wraps: list[int]) -> list[_Unit]:
    """Cut lines into units, splitting a line after each trailing label that a new sentence follows; a list
    bullet opening a line is left out of its unit ("• Pia Holm, ..."); the line breaks of joined hard-wrapped
    lines are added to ``wraps``."""
    standalone, trailing, leading = _label_regexes()
    bullet = _bullet_regex()
    units: list[_Unit] = []
    sections = load_lexicon().section_labels
    lines = _join_wrapped(text, _lines(text), wraps)
    for n, (start, end, blank) in enumerate(lines):
        mark = bullet.match(text, start, end) or _block_dash(text, lines, n)
        listed = mark is not None and mark.end() < end
        if listed and mark is not None:
            start = mark.end()
        line = text[start:end]
        if standalone.fullmatch(line):
            units.append(_Unit(start, end, blank, standalone_label=_label_of(line)))
            continue
        if not listed and prize_name(line) is not None:  # "Årets Ungdomstræner" / "Kulturprisen (25.000 kr.)" over the
            units.append(_Unit(start, end, blank, standalone_label=_section_of_kind()[EntryKind.award]))  # winner
            continue
        section = _section_heading(line, sections)
        if section is not None and not listed:  # "Jubilarer i april"
            units.append(_Unit(start, end, blank, standalone_label=section))
            continue
        first = len(units)
        head = leading.match(line)
        if head is not None:  # "Jubilæum: Den 2. januar har Anni Kragh ...": the entry starts after the colon
            tail = next((m for m in trailing.finditer(line) if m.end() == len(line)), None)
            recorded = load_lexicon().recorded_labels
            word = (tail.group(1) or tail.group(2)) if tail is not None else None
            if tail is not None and head.group(1) not in recorded and word in recorded:
                # "Fødselsdag: ... fylder 60 år den 20. juli. Rund fødselsdag": the recorded category word
                units.append(_Unit(start + head.end(), end, blank, word, start + tail.start()))
            else:
                units.append(_Unit(start + head.end(), end, blank, head.group(1)))
            continue
        inline = _leading_labels(line)
        if inline:  # a page flattened into one line: "Navnenyt Nyt job A er tiltrådt ... Forfremmelse B er ..."
            menu = line[: inline[0].start()].strip()
            if menu:
                units.append(_Unit(start, start + len(line[: inline[0].start()].rstrip()), blank))
            for m, nxt in zip(inline, [*inline[1:], None], strict=True):
                body_end = start + len(line[: nxt.start() if nxt else len(line)].rstrip())
                if body_end > start + m.end():
                    units.append(_Unit(start + m.end(), body_end, blank and not menu, m.group(1)))
            continue
        listed_items = _semicolon_items(line)
        if listed_items is not None:  # "Døde: A, Vestby, 91 år; B, Kærby, 68 år; C, Ulvsted, 83 år.": the intro,
            colon, items = listed_items  # then each item as a bulleted one of the intro's kind
            units.append(_Unit(start, start + colon, blank))
            kind = _semicolon_label(line[:colon])
            said = (start, start + colon)  # (the intro's context: "Svendeprøve som elektriker" gives the trade)
            units.extend(_Unit(start + a, start + b, False, kind, bullet=True, intro=said) for a, b in items)
            continue
        briefs = _pipe_briefs(line)
        if briefs:  # "A er tiltrådt som R i O | B (29) er udnævnt til R2 samme sted | C fejrer ...": one per brief
            units.extend(_Unit(start + a, start + b, blank and n == 0, brief=True) for n, (a, b) in enumerate(briefs))
            continue
        cursor = start
        for m in trailing.finditer(line):  # "... 25 års jubilæum. Jubilæum" or "... (Jubilæum)"
            label_end = start + m.end()
            units.append(_Unit(cursor, label_end, blank, m.group(1) or m.group(2), start + m.start()))
            cursor = label_end + (len(text[label_end:end]) - len(text[label_end:end].lstrip()))
            blank = False
        if cursor < end:
            units.append(_Unit(cursor, end, blank))
        for unit in units[first:]:
            unit.bullet = listed
    return units


HEADLINE_MAX_CHARS = 100
"""A headline between a label line and its entry is at most this long."""

PIPE = " | "
SEMICOLON = "; "
MIN_BRIEFS = 3
"""Briefs a line of briefs separated by " | " holds at least."""
MIN_BRIEF_WORDS = 5
"""Words each brief of such a line has at least (a menu's "Forside | Nyheder | Erhverv" has fewer)."""


def _pipe_briefs(line: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``line`` of briefs printed in one line and separated by " | " ("Henriette Sloth er
    tiltrådt som økonomichef i O | Kasper Rye Holm (29) er udnævnt til afdelingsleder samme sted | ..."): at least
    :data:`MIN_BRIEFS` parts of at least :data:`MIN_BRIEF_WORDS` words each, after a short heading part and before a
    short closing part ("NAVNE | ... | ... | ... | Send dine navnenyheder til ..."); also briefs separated by "; "
    when each one opens with a capital ("A er ny CFO i O; B er forfremmet til partner i O2; C er fratrådt som ...");
    [] for any other line (a menu, a table row with short cells, a sentence with semicolons)."""
    for separator in (PIPE, SEMICOLON):
        if line.count(separator) < MIN_BRIEFS - 1:
            continue
        spans, pos = [], 0
        for part in line.split(separator):
            lead = len(part) - len(part.lstrip())
            long = len(part.split()) >= MIN_BRIEF_WORDS and (separator == PIPE or part.lstrip()[:1].isupper())
            spans.append((pos + lead, pos + len(part.rstrip()), long))
            pos += len(part) + len(separator)
        if separator == PIPE and not spans[0][2]:
            spans = spans[1:]  # a heading ("NAVNE")
        if separator == PIPE and spans and not spans[-1][2]:
            spans = spans[:-1]  # a short closing part
        if len(spans) >= MIN_BRIEFS and all(long for _, _, long in spans):
            return [(a, b) for a, b, _ in spans]
    return []


_SEMICOLON_LIST = re.compile(r"([^:;]{3,80}:)[ \t]+([A-ZÆØÅ][^;]*(?:;[ \t]+[A-ZÆØÅ][^;]*)+)")
"""An intro and its colon, then items that open with a capital separated by "; " ("Døde: A, Vestby, 91 år; B, ...")."""


def _semicolon_items(line: str) -> tuple[int, list[tuple[int, int]]] | None:
    """The end of the intro (its colon included) and the (start, end) offsets of the items of a list printed in one
    line after a colon and separated by semicolons ("Svendeprøve som elektriker bestået af: A, O1; B, O2; C, O3."),
    when each item holds a comma (a name, then its place, age or employer); else None."""
    m = _SEMICOLON_LIST.fullmatch(line.rstrip(" ."))
    if m is None:
        return None
    items, pos = [], m.start(2)
    for part in m.group(2).split(";"):
        lead = len(part) - len(part.lstrip())
        items.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    if not all("," in line[a:b] for a, b in items):
        return None
    return m.end(1), items


@functools.cache
def _one_word_cues() -> dict[str, EntryKind]:
    """Every one-word trigger of cues.yaml and its kind, nouns included ("døde", "jubilæum"; cached)."""
    return {c.phrase: c.kind for c in load_lexicon().cues if c.kind is not None and " " not in c.phrase}


def _semicolon_label(intro: str) -> str | None:
    """The list-section heading of the kind an intro before a semicolon list tells: as :func:`_intro_section` reads
    it, or by any one-word trigger of one kind in it ("Døde:"), or a board noun ("Nye i bestyrelsen:"); else None."""
    found = _intro_section(intro)
    if found is not None:
        return found
    lex, words, cued = load_lexicon(), scan_words(intro.lower()), _one_word_cues()
    kinds = {cued[w] for w in words if w in cued}
    if not kinds and any(w.endswith(lex.endings("board_nouns")) for w in words):
        kinds = {EntryKind.board_appointment}
    return _section_of_kind().get(kinds.pop()) if len(kinds) == 1 else None


MIN_INLINE_LABELS = 2
_SENTENCE_STOP = re.compile(r"(?<!\d)[.!?]\s")  # (not a date's "14. april" in a flattened menu and byline)
"""Labels inside one line that make it a flattened page of labelled entries."""


@functools.cache
def _inline_label_regex() -> re.Pattern[str]:
    """A category label as printed (case kept) inside a line, or a birthday page's age heading ("70 år"), before a
    capitalised word ("Nyt job Trine ...", "70 år Aage ..."); group 1 is the label (None for an age heading)."""
    alt = "|".join(re.escape(label) for label in sorted(load_lexicon().labels, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:({alt})|\d{{1,3}} år)[ \t]+(?=[A-ZÆØÅ])")


def _leading_labels(line: str) -> list[re.Match[str]]:
    """The labels of a page flattened into one line with each label before its entry ("Forside Navnenyt Nyt job
    Christian Berg er tiltrådt ... Nyt job Trine Vad er ... Forfremmelse Allan Højer er ...", also "MÆRKEDAGE 70 år
    Aage Brink ... 25 år Fredag kan ..."): at least
    :data:`MIN_INLINE_LABELS` labels, the first before any sentence ends, none ending the line (a page whose
    labels follow their entries, "... Nyt job", reads as before). [] for any other line."""
    if len(line) < HEADLINE_MAX_CHARS:
        return []
    found = list(_inline_label_regex().finditer(line))
    if len(found) < MIN_INLINE_LABELS or _SENTENCE_STOP.search(line, 0, found[0].start()):
        return []
    if any(m.end() == len(line) for m in _label_regexes()[1].finditer(line)):
        return []
    return found


def _headline_over(text: str, unit: _Unit, entry: _Unit) -> bool:
    """True when ``unit`` is a headline right under a label line and over ``entry`` (a short line without a comma or
    a closing full stop, then a longer paragraph that ends a sentence): the label is the entry's."""
    head, body = text[unit.start : unit.end], text[entry.start : entry.end]
    return (
        unit.label is None
        and not unit.blank_before
        and entry.label is None
        and entry.standalone_label is None
        and _heading_shaped(head)
        and body[-1:] in '.!?»"”)'
        and len(body) > len(head)
    )


def _heading_shaped(line: str) -> bool:
    """True for a line shaped like a headline: at most :data:`HEADLINE_MAX_CHARS`, no comma, no closing punctuation
    ("Flere nye medarbejdere", "Kobberholm henter ny afdelingsleder")."""
    return 0 < len(line) <= HEADLINE_MAX_CHARS and "," not in line and line[-1:] not in '.!?:»"”)'


PRIZE_HEADING_WORDS = 4
"""Words of a heading that names a prize ("Årets Spiller (senior)") at most, a bracket after it left out."""


def prize_name(line: str) -> str | None:
    """The prize a heading line names, without a bracket at its end ("Kulturprisen (25.000 kr.)" -> "Kulturprisen"):
    its first word one of ``prize_heading_openers`` ("Årets Ungdomstræner") or its last one ending as
    ``prize_heading_endings`` ("Æresmedlem") in words.yaml, at most :data:`PRIZE_HEADING_WORDS` words; else None.

    Raises:
        DataError: words.yaml is missing or malformed.
    """
    bare = re.sub(r"\s*\([^()]*\)$", "", line.strip())
    words = bare.split()
    if not words or len(words) > PRIZE_HEADING_WORDS or not _heading_shaped(bare) or not bare[:1].isupper():
        return None
    lex = load_lexicon()
    named = lex.has("prize_heading_openers", words[0])
    return bare if named or words[-1].lower().endswith(lex.endings("prize_heading_endings")) else None


def _label_of(line: str) -> str:
    """The label of a standalone label line, without a colon or a date after it ("Nyt job · 10. marts 2026"), as
    labels.yaml writes it ("JUBILÆER", a heading in capitals, is "Jubilæer")."""
    label = re.sub(DATED_LABEL + "$", "", line).rstrip(" \t:")
    return labels_by_casefold().get(label.casefold(), label)


SECTION_EXTRA_WORDS = 3
"""Words that may follow a list-section heading on its line ("Jubilarer i april")."""


def _section_heading(line: str, sections: frozenset[str]) -> str | None:
    """The list-section heading that ``line`` is ("Jubilæer", "Jubilarer i april"), else None."""
    if line[-1:] in ".!?,;" or len(line.split()) > max(len(s.split()) for s in sections) + SECTION_EXTRA_WORDS:
        return None
    low = line.lower()
    return next((s for s in sections if low == s.lower() or low.startswith(s.lower() + " ")), None)


@functools.cache
def _section_of_kind() -> dict[EntryKind, str]:
    """The first list-section heading of each kind in labels.yaml ("Nye svende" for completed_education)."""
    lex = load_lexicon()
    out: dict[EntryKind, str] = {}
    for label, kind in lex.labels.items():  # in labels.yaml's order
        if label in lex.section_labels:
            out.setdefault(kind, label)
    return out


@functools.cache
def _intro_cues() -> dict[str, EntryKind]:
    """One-word trigger verbs that are not weak ("bestod", "ansat", "dimitterede") and their kinds (no nouns such
    as "bestyrelsesformand": "Bestyrelsesformand X siger:" announces a quotation)."""
    return {
        c.phrase: c.kind
        for c in load_lexicon().cues
        if c.kind is not None and not c.weak and " " not in c.phrase and c.cue in VERB_CUE_ROLES
    }


@functools.cache
def _intro_phrases() -> tuple[tuple[str, EntryKind], ...]:
    """Trigger phrases of several plain words and their kinds ("velkommen til", "har ansat"): with a count and
    "nye" they announce a list ("byder vi velkommen til fire nye medarbejdere:")."""
    return tuple(
        (c.phrase, c.kind)
        for c in load_lexicon().cues
        if c.kind is not None and " " in c.phrase and c.cue in VERB_CUE_ROLES and not set(c.phrase) & set("#*^")
    )


def _intro_section(line: str, *, bullets_follow: bool = False) -> str | None:
    """A sentence that announces a list with a trigger verb and a colon ("... lærlingene, der i januar bestod
    svendeprøven på Erhvervsskolen Kattegat. Fire af dem har været i lære hos laugets medlemsvirksomheder:", "Vi
    byder velkommen til:"), or with an exclamation right above bulleted items (``bullets_follow``: "Tre unge har
    netop bestået svendeprøven på O. Avisen ønsker tillykke!" / "• A, Taastrup – tømreruddannelsen"): the
    list-section heading of its kind, which the items under it take like a heading's; else None."""
    end = line.rstrip()[-1:]
    cues, words = _intro_cues(), scan_words(line.lower())
    announced = end == "." and not words.isdisjoint(load_lexicon().words["list_announcing_words"])
    if end != ":" and not (bullets_follow and (end == "!" or announced)):
        return None  # (above bullets also "Følgende elever ... har bestået svendeprøven. Avisen ønsker tillykke.")
    kinds = [cues[w] for w in words if w in cues]
    lex = load_lexicon()
    counted = not words.isdisjoint(lex.words["count_words"]) and not words.isdisjoint(lex.words["new_adjectives"])
    if not kinds and counted:  # "Pr. 1. oktober byder vi velkommen til fire nye medarbejdere på vores kontor:"
        kinds = [kind for phrase, kind in _intro_phrases() if phrase in line.lower()]
    ending = line.lower().rstrip().removesuffix(":").rstrip()
    if not kinds:  # "Vi byder velkommen til:": the phrase ends at the colon, so the list holds its objects
        kinds = [kind for phrase, kind in _intro_phrases() if ending.endswith(" " + phrase) or ending == phrase]
    if not kinds and not words.isdisjoint(lex.words["every_item_words"]):  # "Følgende er blevet færdige som
        kinds = [kind for phrase, kind in _intro_phrases() if f" {phrase} " in f" {ending} "]  # bygningskonstruktør:"
    if not kinds and not words.isdisjoint(lex.words["count_words"] - lex.words["every_item_words"]):
        kinds = heading_word_kinds(words)  # "CloudPeak ApS styrker sin forretning med tre ansættelser:" (not
        # "... har godkendt følgende ansættelser:": its items tell hires and promotions, each with its own verb)
    if not kinds:  # "... i juni har vi hele fire jubilarer at fejre. Vi siger tillykke og tak for indsatsen til:"
        folded = labels_by_casefold()
        kinds = [lex.labels[folded[w]] for w in words if w in folded and folded[w] in lex.section_labels]
    opening = line.lower().split()
    new = [w for w in opening if w in lex.words["new_adjectives"]]
    fronted = opening[:1] == new[:1] == new and len(opening) > 1 and opening[1] in lex.words["colleague_nouns"]
    # ("Nye ansigter i branchen siden sidste nummer:", not "Nye ansigter og nye titler hos ...:": promotions too)
    if not kinds and (counted or fronted) and not words.isdisjoint(lex.words["colleague_nouns"]):
        kinds = [EntryKind.new_job]  # "... at kunne præsentere fire nye ansigter i vores team i København:"
    if not kinds and new_titles_intro(opening) is not None:
        kinds = [EntryKind.new_job]  # "De nye partnere er:" under "O udnævner pr. 1. januar tre nye partnere."
    jubilee = not words.isdisjoint(lex.words["jubilee_nouns"])
    if not kinds and jubilee and not words.isdisjoint(lex.words["count_words"] | lex.words["colleague_nouns"]):
        kinds = [EntryKind.anniversary]  # "Tirsdag den 1. april kan fire medarbejdere fejre 25 års jubilæum i O:"
    board = any(w.endswith(lex.endings("board_nouns")) for w in words)
    board = board or (
        not words.isdisjoint(lex.words["member_nouns"]) and not words.isdisjoint(lex.words["new_adjectives"])
    )
    # ("Som nye medlemmer er udpeget:")
    if not kinds and board and (counted or not words.isdisjoint(lex.words["election_words"])):
        kinds = [EntryKind.board_appointment]  # "Til hovedbestyrelsen blev desuden valgt:" (a weak verb, the board
        # or its new members), "... kom der desuden fem nye medlemmer i hovedbestyrelsen:" (counted new members)
    if set(kinds) <= {EntryKind.board_appointment} and not words.isdisjoint(lex.words["award_list_nouns"]):
        kinds = [EntryKind.award]  # "Aftenens hædersbevisninger:" / "Årets leder: Ungdomstræner X"; "bestyrelsen har
        # valgt disse seks modtagere:" (a foundation's board chose the winners)
    if set(kinds) <= {EntryKind.award} and not words.isdisjoint(load_lexicon().words["graduate_nouns"]):
        kinds = [EntryKind.completed_education]  # "Blandt dimittenderne var fem unge fra området:" ("fik overrakt
        # eksamensbeviset": the certificate handed over, no prize)
    return _section_of_kind().get(kinds[0]) if len(set(kinds)) == 1 else None


_NAMED_ITEM = re.compile(r"[^\W\d_][^\s,]*(?: [^\W\d_][^\s,]*){1,5}, [^\n]{2,80}?, \w")
"""A list item of an official list after an intro: "Politikommissær Henrik Vad, Nordby Politi, til politiinspektør"."""

_SUBHEADING = re.compile(r"[^\W\d][\w -]{0,40}:(?:[ \t]+[^.!?]*)?")
"""A heading inside a list section: "Specialisering: Dagtilbudspædagogik", "Tømrere:"."""


def segment(text: str) -> list[Segment]:
    """Cut ``text`` into candidate entries with their labels.

    A label on a line of its own goes to the entry it touches: the one before it when that entry has no label and
    the label line follows it without a blank line while a blank line or a labelled entry comes after it;
    otherwise the entry right after it, unless a blank line follows the label and more than that one entry comes
    before the next label line or the text's end (then it heads a section and is no entry's label). A label
    before a colon at the start of a line ("Jubilæum: ...") is that line's label.

    Args:
        text: normalised page text (``\\n`` line ends).

    Returns:
        Segments in text order; offsets index ``text``.
    """
    wraps: list[int] = []
    units = _split_units(text, wraps)
    lex = load_lexicon()
    heads, sections = lex.section_headings, lex.section_labels
    current: str | None = None
    intro_span: tuple[int, int] | None = None
    unbulleted = after_heading = introduced = False  # items so far are lines without bullets right under the
    # heading; the section was opened by an intro sentence
    for n, unit in enumerate(units):  # "Jubilæer" / "• 25 år: Bioanalytiker Trine Hauge, 1. november" / "• ...":
        # every item
        if unit.standalone_label is not None or text[unit.start : unit.end].strip().lower() in heads:
            current = unit.standalone_label if unit.standalone_label in sections else None
            unbulleted = after_heading = True
            introduced = False
            continue
        line = text[unit.start : unit.end]
        bullets_follow = n + 1 < len(units) and units[n + 1].bullet
        intro = _intro_section(line, bullets_follow=bullets_follow) if unit.label is None and not unit.bullet else None
        if intro is not None:  # "Tillykke til lærlingene, der bestod svendeprøven ...:" / "• A, tømrer – O" / ...
            current, unbulleted, after_heading, introduced = intro, True, True, True
            intro_span = (unit.start, unit.end)
            continue
        subheading = _SUBHEADING.fullmatch(line) is not None and "," not in line.partition(":")[2]  # (an item:
        # "Sygeplejerske: Mie Fogh Andersen, Spentrup")
        if current is not None and unit.blank_before and not unit.bullet and subheading:
            unbulleted = after_heading = True  # "Specialisering: Skolepædagogik" / names: the section goes on
            continue
        aged = AGE_ITEM.match(line) is not None
        labelled = n > 0 and units[n - 1].standalone_label is not None  # "Rund fødselsdag" / "50 år: ...": its label
        if aged and current is None and unit.label is None and not labelled:
            current = _section_of_kind().get(EntryKind.birthday)  # "Mærkedage" / "60 år: Peter Kold, ...": a birthday
        if not unit.bullet and not aged:  # (an age item goes on with its section after a blank line, as a bullet)
            # "Nye medarbejdere" / "Anders Munch, produktionschef, Hvidsten Mejeri" / "Louise Tarp, ...": lines
            # under the heading (the first may follow a blank line), no blank line between them, are its items too
            spaced = introduced and _NAMED_ITEM.match(line) is not None and "\n" not in line.strip()
            unbulleted = unbulleted and (not unit.blank_before or after_heading or spaced)  # "... udnævnt:" /
            # "Politikommissær A, Nordby Politi, til politiinspektør sst." / (blank line) / "Dommer B, ...": items
            if not unbulleted:
                current, introduced = None, False
        else:
            unbulleted = False
        after_heading = False
        if current is not None and unit.label is None:
            unit.label = current
            unit.intro = intro_span if introduced else None
    for i, unit in enumerate(units):
        if unit.standalone_label is None or unit.standalone_label in sections:
            continue
        prev = units[i - 1] if i > 0 and units[i - 1].standalone_label is None else None
        nxt = units[i + 1] if i + 1 < len(units) and units[i + 1].standalone_label is None else None
        trails_prev = (
            prev is not None
            and prev.label is None
            and not unit.blank_before
            and (nxt is None or nxt.blank_before or nxt.label is not None)
        )
        after = units[i + 2] if i + 2 < len(units) else None
        # "Dødsfald" + blank line: a section heading, unless its section is one unit ending at the next label
        # line, page furniture ("Læs også") or the text's end, as an HTML page prints "<h3>Nyt job</h3><p>entry</p>
        # <h3>Jubilæum</h3>..."
        closes = after is None or (after.standalone_label is not None and after.standalone_label not in sections)
        furniture = after is not None and text[after.start : after.end].lower().startswith(lex.section_enders)
        closes = closes or furniture  # "Læs også: ..."
        line = text[after.start : after.end].strip() if after is not None and after.blank_before else ""
        closes = closes or (_heading_shaped(line) and line[:1].isupper())
        # ("Forfremmelse" / notice / "Flere nye medarbejdere" / a table: the next heading closes the label's section)
        heads_section = nxt is not None and nxt.blank_before and not closes
        target = prev if trails_prev else None if heads_section else nxt
        if target is nxt and nxt is not None and i + 2 < len(units) and _headline_over(text, nxt, units[i + 2]):
            target = units[i + 2]  # "Nyt job · 10. marts 2026" / "Kobberholm henter ny afdelingsleder" / the entry
        if target is not None and target.label is None:
            target.label = unit.standalone_label
            if target is prev:
                target.body_end, target.end = target.end, unit.end
    out: list[Segment] = []
    captions: list[tuple[int, int]] = []  # caption lines right after the last entry ("Navn\nFirma A/S")
    split = _split_long(text, units)
    for k, unit in enumerate(split):
        if unit.standalone_label is not None or text[unit.start : unit.end].strip().lower() in heads:
            _flush_captions(text, out, captions, segments=False)
            continue
        body_end = unit.body_end if unit.body_end >= 0 else unit.end
        line = text[unit.start : unit.end]
        caption = bool(out) and unit.label is None and len(captions) < MAX_CARD_LINES and _is_caption(line)
        if caption and (not unit.blank_before or _card_below(text, out[-1], split[k : k + 3])):
            captions.append((unit.start, unit.end))  # a profile card's name and company: no entry
            continue
        last = out[-1] if out else None
        continues = unit.label is None and not unit.bullet  # a dash line after prose is speech, no continuation
        if last and continues and last.body_end == last.end and _continues(line, text[last.start : last.end]):
            # "Hun kommer fra ...", also after a profile card
            joined = last.captions + tuple(captions)
            card = _card(text, captions) or last.card
            out[-1] = Segment(last.start, unit.end, unit.end, last.label, joined, intro=last.intro, card=card)
            captions = []
            continue
        _flush_captions(text, out, captions)
        bullet = unit.bullet and not _under_links(text, unit.start)  # ("Læs også" / "• X runder 60 år ...": a link)
        out.append(
            Segment(unit.start, unit.end, body_end, unit.label, intro=unit.intro, brief=unit.brief, bullet=bullet)
        )
    _flush_captions(text, out, captions)
    if wraps:
        out = [dataclasses.replace(s, wraps=tuple(w for w in wraps if s.start <= w < s.body_end)) for s in out]
    return out


def _card_below(text: str, entry: Segment, units: list[_Unit]) -> bool:
    """True when ``units`` open with a profile card set off by a blank line below ``entry``: the name of a person
    the entry names ("... Camilla Friis Vestergaard er udnævnt til CFO ..." / "" / "Camilla Friis Vestergaard" /
    "Skyvik A/S"), the company right under it, then a blank line or the end."""
    if len(units) < 2 or units[1].blank_before or (len(units) > 2 and not units[2].blank_before):
        return False
    name, company = (text[u.start : u.end].strip() for u in units[:2])
    named = len(name.split()) >= 2 and name in text[entry.start : entry.end]
    return named and _is_caption(name) and _is_caption(company) and company not in text[entry.start : entry.end]


MAX_CARD_LINES = 3
"""Lines of a profile card under an entry: a name, maybe a title ("CTO"), a company."""


def _card(text: str, captions: list[tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A profile card's name line and company line, or None: of two lines the second; of three the one that holds
    an organisation word ("Amalie Thygesen" / "CTO" / "Pixelbro ApS"; "Signe Mørk" / "Vestkyst Data A/S" / the next
    card's "Anton Lykke": :meth:`navnenyt.lexicon.Lexicon.org_word`), else none."""
    if len(captions) == 2:
        return captions[0], captions[1]
    lex = load_lexicon()
    named = [c for c in captions[1:] if any(lex.org_word(w) for w in text[c[0] : c[1]].split())]
    return (captions[0], named[0]) if len(captions) > 2 and named else None


def card_above(text: str, start: int) -> tuple[str, str] | None:
    """A profile card printed right above an entry starting at ``start`` (no blank line between): a name line, then up
    to :data:`MAX_CARD_LINES` - 1 lines of which the last that holds an organisation word is its company (unlike a
    card below, :func:`_card`, a two-line card needs one too: "Jens Lunde" / "Overlæge" names no company) ("Pension" /
    "Jens Peter Lunde" / "Overlæge" / "Kærby Sygehus" / "Overlæge Jens Peter Lunde går på pension ..."). Returns
    (name, organisation), stripped, or None; the caller keeps it only for a record of that name.

    Args:
        text: the normalised text.
        start: the offset of the entry's first character (a line start).
    """
    if start == 0 or text[start - 1] != "\n":
        return None
    begin = start - 1
    for _ in range(MAX_CARD_LINES + 1):  # the lines above, read back from ``start`` (linear in their length only)
        begin = text.rfind("\n", 0, begin) if begin > 0 else -1
        if begin < 0:
            break
    lines = [line.strip() for line in text[begin + 1 : start - 1].split("\n")][-(MAX_CARD_LINES + 1) :]
    if "" in lines:
        lines = lines[len(lines) - lines[::-1].index("") :]  # (only the lines after the last blank one)
    lex = load_lexicon()
    for k, name in enumerate(lines):
        rest = lines[k + 1 :]
        companies = [c for c in rest if _is_caption(c) and any(lex.org_word(w) for w in c.split())]
        if len(name.split()) >= 2 and _is_caption(name) and rest and all(_is_caption(c) for c in rest) and companies:
            return name, companies[-1]
    return None


def _flush_captions(text: str, out: list[Segment], captions: list[tuple[int, int]], *, segments: bool = True) -> None:
    """Give a profile card of two or three lines to the entry above it (:attr:`Segment.card`), append its lines as
    segments of their own when ``segments`` (they hold no entry), and empty ``captions``."""
    card = _card(text, captions)
    if card is not None and out and out[-1].end <= captions[0][0]:
        out[-1] = dataclasses.replace(out[-1], card=card)
    if segments:
        out.extend(Segment(start, end, end, None) for start, end in captions)
    captions.clear()


MAX_CAPTION_WORDS = 5


def _is_caption(line: str) -> bool:
    """True for a profile-card line under an entry: a name or an organisation alone ("Karoline Bech Madsen",
    "Vestfjord Systems A/S"): at most :data:`MAX_CAPTION_WORDS` words, each capitalised or a company form, no
    sentence punctuation."""
    words = line.split()
    forms = load_lexicon().words["company_forms"]
    return (
        0 < len(words) <= MAX_CAPTION_WORDS
        and line[-1] not in ".!?:"
        and all(w[:1].isupper() or w in forms or w == "&" for w in words)
    )


# A unit longer than this (a page flattened into one line) is cut into its sentences before the rules read it.
LONG_UNIT_CHARS = 5_000
SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[A-ZÆØÅ])")


def _split_long(text: str, units: list[_Unit]) -> list[_Unit]:
    """Cut units longer than LONG_UNIT_CHARS at sentence ends (pronoun sentences rejoin their entry later)."""
    out: list[_Unit] = []
    for unit in units:
        if unit.end - unit.start <= LONG_UNIT_CHARS or unit.standalone_label is not None:
            out.append(unit)
            continue
        start = unit.start
        for m in SENTENCE_END.finditer(text, unit.start, unit.end):
            out.append(_Unit(start, m.start() + 1, unit.blank_before and start == unit.start))
            start = m.end()
        out.append(_Unit(start, unit.end, False, unit.label, unit.body_end, intro=unit.intro))
    return out


def _continues(unit: str, before: str = "") -> bool:
    """True for a paragraph that only adds to the entry before it: it opens with a pronoun ("Hun kommer fra ...",
    "Hun afløser Y, der går på pension"), or with a name and a verb ("Mikkel kommer fra ..., mens Sofie ...",
    "Christian Lykke Damgaard kommer fra ...") and holds no trigger of its own."""
    words = unit.split(maxsplit=MAX_NAME_WORDS + 3)
    if not words:
        return False
    lex = load_lexicon()
    name = 0  # "Mikkel kommer fra ...", "Christian Lykke Damgaard kommer fra ..."
    while name < min(len(words), MAX_NAME_WORDS) and words[name].replace("-", "").isalpha() and words[name].istitle():
        name += 1
    if lex.has("pronouns", words[0]):
        return True  # "Hun afløser Jørgen Kvist, der går på pension ...": no entry starts with a pronoun
    if _reveals(unit) and _vacancy_phrases().search(before.lower()):
        return True  # "O har fundet en ny direktør." / "Det bliver X, som kommer fra ...": the post's new holder
    verb = name
    aged = _aged_name_end().match(" ".join(words[name : name + 3]) + " ") if 0 < name < len(words) - 2 else None
    if aged is not None:  # "Morten Aagaard, 51, har ...", "Mette Thorsen, 47 år, kommer ...": the name, then the age
        name, verb = name + 1, name + len(aged.group().split())
        words[name - 1] = words[name - 1].rstrip(",")
    named = 0 < name < len(words) and verb < len(words) and lex.has("continuation_verbs", words[verb])
    if name > 1 and " ".join(words[:name]) not in before:
        named = False  # a full name continues only the entry that names that person
    # "Vi har ansat Dennis Hjort Kragelund ..." / "Dennis afløser Jørgen Smed, der går på pension ...": the first name
    # of the entry's person goes on with that entry, whatever news the rest tells (the rules read the succession)
    own_first_name = named and name == 1 and re.search(rf"\b{re.escape(words[0])} [A-ZÆØÅ]", before) is not None
    came = named and name > 1 and verb + 1 < len(words) and lex.has("origin_verbs", words[verb])
    came = came and lex.has("origin_intro", words[verb + 1])  # "Lærke Bundgaard kommer fra en stilling som R1 i O1,
    # hvor ... Inden da var hun i ti år ansat i revisionsbranchen.": where the entry's person comes from
    opens = lex.has("both", words[0]) or named
    return opens and (own_first_name or came or not could_hold_people_news(unit))


MAX_NAME_WORDS = 4
"""Words of a name that opens a paragraph continuing the entry before it."""


def _reveals(unit: str) -> bool:
    """True for a paragraph that opens with a revealing opener (``revealing_openers`` of words.yaml: "Det bliver",
    "Valget er faldet på")."""
    low = " ".join(unit.lower().split()[: MAX_NAME_WORDS + 2])
    return any(low == o or low.startswith(o + " ") for o in load_lexicon().words["revealing_openers"])


@functools.cache
def _vacancy_phrases() -> re.Pattern[str]:
    """The phrases of the vacancy cues of cues.yaml ("fundet en ny", "fået ny"), as words in lower-case text."""
    phrases = sorted((c.phrase for c in load_lexicon().cues if c.cue == "vacancy"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


@functools.cache
def _aged_name_end() -> re.Pattern[str]:
    """The last word of a name, then an age in commas: "Aagaard, 51, " ("Morten Aagaard, 51, har ..."), "Thorsen, 47
    år, " (``year_nouns`` of words.yaml)."""
    years = "|".join(re.escape(w) for w in sorted(load_lexicon().words["year_nouns"], key=len, reverse=True))
    return re.compile(rf"[A-ZÆØÅ][\w-]*, \d{{2}}(?: (?:{years}))?, ")


LIST_CONTEXT_LINES = 12
"""Lines above a list item searched for the heading or intro whose date the item takes at most."""


def list_context_date(text: str, start: int) -> DateMatch | None:
    """The date a list item starting at offset ``start`` takes from above it: a heading that is only a date
    ("Fredag 6. februar" / "50 år: Henrik Smidt, ...") or an intro ending with a colon that holds one day date
    ("... ændrer organisering pr. 1. oktober 2025. Koncernledelsen udvides med:" / "• X bliver COO"); the other
    items of the list, each with one blank line after it, may stand between. None when ``start`` opens no list
    item (a bullet or a terse age item) or nothing above dates it.

    Args:
        text: normalised page text; ``start`` indexes it.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if not _opens_bullet_item(text, start) and AGE_ITEM.match(text, start) is None:
        return None
    blanks, pos, introduced = 0, line_start, False
    for _ in range(LIST_CONTEXT_LINES):
        if pos == 0:
            return None
        above_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[above_start : pos - 1].strip()
        pos = above_start
        if not line:
            blanks += 1
            if blanks > 1:
                return None
            continue
        if _bullet_regex().match(line) or AGE_ITEM.match(line):
            blanks = 0  # another item of the list (one blank line may follow each)
            continue
        dates = [d for d in find_dates(line) if d.valid and d.precision == "day"]
        if line.endswith(":") and not dates and not introduced:  # "Direktionen har ansat følgende:" under "Tre nye
            introduced, blanks = True, 0  # overlæger pr. 1. marts": the heading above the intro dates the list
            continue
        only = len(dates) == 1 and dates[0].text.strip() == line.rstrip(":").strip()  # "Fredag 6. februar"
        headed = _every_item_date(line) is not None  # "Organisationsændringer pr. 1. november"
        closing = None if line.endswith(":") else _every_item_date(SENTENCE_END.split(line)[-1])  # "Tillykke til
        # vores kolleger med nye roller! Alle ændringer gælder fra 1. maj." / "• X er forfremmet til R"
        if introduced:
            return dates[0] if headed and not line.endswith(":") else closing
        return dates[0] if len(dates) == 1 and (line.endswith(":") or only or headed) else closing
    return None


def job_ad_span(text: str) -> tuple[int, int] | None:
    """Where ``text`` advertises a job: (start, end) offsets from the start of the line of the first job-ad phrase to
    the end of the line of the last, when it holds two or more different ones (``job_ad_phrases`` of words.yaml: "Vi
    søger", "Ansøgningsfrist", "Du får reference til"); else None. The people of a job ad (the manager one reports
    to, the recruiter) are no news (SCHEMA.md convention 7). Case-insensitive; linear in ``len(text)``."""
    low = text.lower()
    found = [(low.find(p), low.rfind(p) + len(p)) for p in load_lexicon().words["job_ad_phrases"] if p in low]
    if len(found) < MIN_JOB_AD_PHRASES:
        return None
    end = text.find("\n", max(b for _, b in found))
    return text.rfind("\n", 0, min(a for a, _ in found)) + 1, len(text) if end < 0 else end


MIN_JOB_AD_PHRASES = 2
"""Different job-ad phrases that make a text a job ad (one alone is common in news: "Vi søger en ny formand")."""


def list_closing_date(text: str, start: int) -> DateMatch | None:
    """The date a list item starting at offset ``start`` takes from the line right after its list (a bulleted list,
    or career-move lines "NAME: R1, O1 → R2, O2"), when that line's subject is every item ("Alle fire begynder
    mandag den 4. januar 2027", "Alle skift træder i kraft 1. november": :func:`closing_line_date`). The list's
    other items, each with at most one blank line after it, may stand between. None otherwise.

    Args:
        text: normalised page text; ``start`` indexes it.
    """
    line_end = text.find("\n", start)
    if not _opens_bullet_item(text, start) and ARROW not in text[start : line_end if line_end >= 0 else len(text)]:
        return None
    pos, blanks = line_end, 0
    for _ in range(LIST_CONTEXT_LINES):
        if pos < 0:
            return None
        end = text.find("\n", pos + 1)
        line = text[pos + 1 : end if end >= 0 else len(text)].strip()
        if not line:
            blanks += 1
            if blanks > 1:
                return None
        elif _bullet_regex().match(line) or ARROW in line:
            blanks = 0  # another item of the list
        else:
            return closing_line_date(text, pos)
        pos = end
    return None


def closing_line_date(text: str, end: int) -> DateMatch | None:
    """The one day date of the first line after offset ``end`` (a list's or a table's end; one blank line may
    stand between) when its subject is every item above it (``list_closing_subjects`` of words.yaml: "Alle tre
    tiltræder 1. juli."), else None.

    Args:
        text: normalised page text; ``end`` indexes it.
    """
    return _every_item_date(_line_below(text, end))


def _line_below(text: str, end: int) -> str:
    """The first non-blank line after offset ``end`` (two blank lines may stand between, as inscriptis leaves them
    after a table), stripped; "" for none."""
    return next((ln.strip() for ln in text[end:].split("\n", 4)[:4] if ln.strip()), "")


def line_above(text: str, start: int) -> str:
    """The last non-blank line above offset ``start`` of ``text``, stripped ("" at the text's start)."""
    return text[:start].rstrip().rsplit("\n", 1)[-1].strip()


def _sentence_above(text: str, start: int) -> str:
    """The last sentence of the last non-blank line above offset ``start`` (:data:`SENTENCE_END`, not cut at "4.
    januar")."""
    return SENTENCE_END.split(line_above(text, start))[-1]


def opening_line_date(text: str, start: int) -> DateMatch | None:
    """The one day date of the last sentence of the last line above offset ``start`` (a table's start; blank lines
    may stand between) when that sentence's subject is every row below it ("Vi har fået fire nye medarbejdere. Alle fire
    begynder mandag den 4. januar." / a table): :func:`closing_line_date`'s test, read above; else None.

    Args:
        text: normalised page text; ``start`` indexes it.
    """
    return _every_item_date(_sentence_above(text, start))


def table_line_date(text: str, start: int, end: int) -> tuple[DateMatch, bool] | None:
    """The date a table from offset ``start`` to ``end`` takes from the line after it or above it
    (:func:`closing_line_date`, :func:`opening_line_date`) and whether that line tells it in the past tense
    ("Ændringerne trådte i kraft 1. juli": a verb of ``past_line_verbs`` in words.yaml, so the year-less date lies
    before the publication date); None when neither line dates every row."""
    for line in (_line_below(text, end), _sentence_above(text, start)):
        date = _every_item_date(line)
        if date is not None:
            return date, not scan_words(line.lower()).isdisjoint(load_lexicon().words["past_line_verbs"])
    return None


def _every_item_date(sentence: str) -> DateMatch | None:
    """The one day date of ``sentence`` when its subject is every item of a list or table (its first word one of
    ``list_closing_subjects`` of words.yaml: "Alle tre tiltræder 1. juli."; or an intro ending with a colon that
    names them with a word of ``every_item_words``: "Med virkning fra 1. november er følgende forfremmet:"; or a
    heading of at most :data:`HEADING_DATE_WORDS` words whose one day date has an effective cue, words.yaml
    ``date_cues_effective``: "Karriere: Nye ansættelser pr. 1. februar"), else None."""
    words = load_lexicon().words
    if not sentence:
        return None
    intro = sentence.rstrip().endswith(":") and not scan_words(sentence.lower()).isdisjoint(words["every_item_words"])
    heading = len(sentence.split()) <= HEADING_DATE_WORDS and not sentence.rstrip().endswith(SENTENCE_MARKS)
    if not intro and not heading and sentence.split(maxsplit=1)[0].lower() not in words["list_closing_subjects"]:
        return None
    dates = [d for d in find_dates(sentence) if d.valid and d.precision == "day"]
    if heading and not intro and not (len(dates) == 1 and dates[0].cue in words["date_cues_effective"]):
        return None  # a heading dates its table only with an effective cue ("Nye ansættelser pr. 1. februar")
    if len(dates) != 1:
        return None
    told = not scan_words(sentence.lower()).isdisjoint(words["past_start_verbs"])  # "Alle tre startede 1. maj."
    return dataclasses.replace(dates[0], last=True) if told else dates[0]


HEADING_DATE_WORDS = 10
"""Words of a heading over a table at most for its date to date every row ("Karriere: Nye ansættelser pr. 1.
februar")."""
SENTENCE_MARKS = (".", "!", "?", ":")
"""Marks that end a sentence or an intro, not a heading."""


def _under_links(text: str, start: int) -> bool:
    """True when the bulleted line at offset ``start`` of ``text`` belongs to a list of links: the first line above
    its run of bulleted lines opens with page furniture (``section_enders`` of labels.yaml: "Læs også",
    "Relaterede artikler"), so its items are other pages' headlines, not entries."""
    bullet = _bullet_regex()
    end = text.rfind("\n", 0, start)  # (the item's own line is left out; each step reads one line back)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if line and bullet.match(line) is None:
            return line.lower().startswith(load_lexicon().section_enders)
        end = begin - 1
    return False


def _opens_bullet_item(text: str, start: int) -> bool:
    """True when offset ``start`` of ``text`` is right after a list bullet at its line's start (:func:`_bullet_regex`;
    a dash counts only before a name, so the bullet is matched in the text, not on its own)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    bullet = _bullet_regex().match(text, line_start + len(head) - len(head.lstrip()))
    return bullet is not None and bullet.end() == start
