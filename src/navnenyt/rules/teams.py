"""Records from team lists: a new management team printed one post per line, each with a few lines about the person.

    CEO: Peter Agger (ny)
    Kommer fra Brandt Sko A/S, hvor han var administrerende direktør i seks år. Tiltræder 1. marts.

    COO: Rikke Mos (forfremmet)
    Har været logistikdirektør i koncernen siden 2021.

An item line is "TITLE: NAME (NOTE)": a title whose last word is a job title (``role_suffixes`` of words.yaml), a
name of two to five capitalised words, and an optional note in brackets. Two or more such lines make a list (one line
alone when its note tells news, ``team_notes_new``: "(ny)"). The
note says what happened (``team_notes_promoted``: "forfremmet", "konstitueret"; ``team_notes_unchanged``:
"fortsætter": no news; an item without a note needs a line under it that tells a move, ``team_move_cues``); the
lines under an item, which leave out their subject ("Kommer fra ...", "Tiltræder 1.
marts"), are read by the sentence rules with the person as their subject.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from navnenyt.dates import DateMatch, find_dates
from navnenyt.lexicon import load_lexicon
from navnenyt.records import EntryKind
from navnenyt.releases import org_in
from navnenyt.rules.cues import cues_in
from navnenyt.rules.entry import Draft, extract_drafts
from navnenyt.rules.runs import names_org, org_run
from navnenyt.segment import closing_line_date, opening_line_date

_ITEM_LINE_PATTERN = (
    r"[ \t]*(?:[•·▪*][ \t]+)?(?P<title>[^\W\d][\w./&-]*?(?:,?[ \t][^\W\d_][\w./&-]*?){0,4}?)[ \t]*(?::|\.{3,}|…+)[ \t]+"
    r"(?P<name>[A-ZÆØÅ][\w.'-]*(?:[ \t]+[A-ZÆØÅ][\w.'-]*){1,4})"
    r"(?:,[ \t]+(?P<home>(?:{address}|\d)[^\n()–—:]{0,40}?))?"
    r"(?:[ \t]+\((?P<note>[^()\n]{1,60})\)(?:,[ \t]+(?P<after>[^\n]{1,120}))?)?"
    r"(?:[ \t]+[–—-][ \t]+(?P<rest>[^\n]{1,120}))?[ \t]*$"
)
"""An item line: "CEO: Peter Agger (ny)", "Kommerciel direktør: Tina Holst (ny i direktionen)", with dot leaders
"Formand ........ Dorthe Bisgaard (ny)", a title with a comma ("Head of People, Nordics: Rikke Salomonsen (ny)"), and
what follows a dash on the line: "CFO: Dorthe Kamp (ny) – kommer fra en
stilling som finansdirektør i Ravnsholt Industri", or a comma after the note ("Uddannelsesleder: Ulrik Rye
(forfremmet), hidtil lektor på Læreruddannelsen"); an address after the name is no part of the item ("Formand: Jonas
Winding, nr. 14, 2. tv.")."""


@functools.cache
def _item_line() -> re.Pattern[str]:
    """:data:`_ITEM_LINE_PATTERN` compiled, with the address openers of words.yaml (``address_openers``)."""
    address = "|".join(re.escape(w) for w in sorted(load_lexicon().words["address_openers"], key=len, reverse=True))
    return re.compile(_ITEM_LINE_PATTERN.replace("{address}", address), re.MULTILINE)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
"""Where the lines under an item are cut into sentences: after a full stop and before a capital (not "1. maj")."""

MIN_ITEMS = 2
"""Item lines a team list has at least."""


@dataclass(frozen=True)
class TeamItem:
    """One item of a team list: its span (the item line and the lines under it, offsets in the searched text), the
    title, the name, the note in brackets (or None), the lines under the item as one string (with what follows a dash
    on the item line), the list's intro line ending with a colon ("" when there is none), and whether the list's news
    is told elsewhere: a note on some item ("(nyvalgt)") or the name in the text outside the list ("Genvalgt: X"),
    and the date of a line above the list (or its intro) that dates every item ("Alle ændringer træder i kraft 1.
    januar 2027.": :func:`navnenyt.segment.opening_line_date`), else None."""

    start: int
    end: int
    title: str
    name: str
    note: str | None
    about: str
    intro: str = ""
    told_elsewhere: bool = False
    above_date: DateMatch | None = None


def find_team_lists(text: str) -> list[TeamItem]:
    """Return the items of the team lists in ``text`` (offsets in ``text``), [] when there is none.

    Args:
        text: normalised page text (``\\n`` line ends).

    Returns:
        The items in text order: item lines whose titles end in a job title, :data:`MIN_ITEMS` or more of them, or
        one whose note tells news ("(ny)").
    """
    if ":" not in text and "..." not in text and "…" not in text:
        return []
    lex = load_lexicon()
    suffixes = lex.endings("role_suffixes")
    candidates = _item_lines(text)
    titled = [_titled(m.group("title"), suffixes) for m in candidates]
    for _ in range(2):  # a line right below or above a titled one is an item too ("Kasserer: X" / "Kirkeværge: Y")
        for n in range(1, len(candidates)):
            if candidates[n].start() == candidates[n - 1].end() + 1 and (titled[n] or titled[n - 1]):
                titled[n] = titled[n - 1] = True
    matches = [m for m, ok in zip(candidates, titled, strict=True) if ok]
    news = lex.words["team_notes_new"] | lex.words["team_notes_promoted"]
    if len(matches) < MIN_ITEMS and not any((m.group("note") or "").lower() in news for m in matches):
        return []  # (one item only with a note that tells: "CEO: Camilla Wind (ny)")
    items = []
    noted = any(m.group("note") and not _PARTY.fullmatch(m.group("note")) for m in matches)
    top = matches[0].start() if matches else 0
    intro = _intro_line(text, top)
    head = text[:top].rstrip()
    head = head[: len(head) - len(intro)] if intro else head  # (a name in the intro is the list's own news: "A og B
    outside = head + text[_block_end(text, matches[-1].end()) :] if matches else ""  # blev nyvalgt ...:")
    above = opening_line_date(text, text[:top].rstrip().rfind("\n") + 1 if intro else top)
    above = above or (closing_line_date(text, _block_end(text, matches[-1].end())) if matches else None)  # (or
    # the line after the list: "Ændringerne træder i kraft 1. oktober.")
    for n, match in enumerate(matches):
        end = _block_end(text, match.end())
        end = min(end, matches[n + 1].start()) if n + 1 < len(matches) else end
        rest = (match.group("rest") or match.group("after") or "").strip()
        rest += "." if rest and rest[-1] not in ".!?" else ""  # "– hidtil udviklingschef": a sentence of its own
        lines = [rest, *text[match.end() : end].split("\n")]
        about = " ".join(line.strip() for line in lines if line.strip())
        title, name, note = match.group("title", "name", "note")
        elsewhere = noted or name in outside
        items.append(TeamItem(match.start(), end, title, name, note, about, intro, elsewhere, above))
    return items


_PARTY = re.compile(r"[A-ZÆØÅ]{1,3}")
"""A party's letter in brackets after a name ("(K)", "(SF)"): no note of news."""


def _title_and_body(doc: Doc, title: Span) -> tuple[Span, Span | None]:
    """An item's title cut into the post and the body it is held in: "Formand for Teknik- og Miljøudvalget" ->
    ("Formand", "Teknik- og Miljøudvalget") (a title word, then ``board_owner_intro``); else (``title``, None)."""
    lex = load_lexicon()
    titled = len(title) > 2 and title[0].lower_.endswith(lex.endings("role_suffixes"))
    if titled and lex.has("board_owner_intro", title[1].text):
        return doc[title.start : title.start + 1], doc[title.start + 2 : title.end]
    return title, None


def _titled(title: str, suffixes: tuple[str, ...]) -> bool:
    """True when an item's title is a job title: its last word ends like one (``role_suffixes``), it is a board
    role ("Kasserer"), or a title and "for"/"i" and a body open it ("Formand for Teknik- og Miljøudvalget")."""
    lex, words = load_lexicon(), title.split()
    if words[-1].lower().endswith(suffixes) or lex.has("board_roles", title.lower()):
        return True
    return len(words) > 2 and words[0].lower().endswith(suffixes) and lex.has("board_owner_intro", words[1])


def _intro_line(text: str, start: int) -> str:
    """The line above the list's first item at ``start`` (a blank line may stand between) when it ends with a colon
    ("... præsenterer sin nye koncernledelse, der træder i kraft 1. januar 2026:"), else ""."""
    above = text[:start].rstrip().rsplit("\n", 1)[-1].strip()
    return above if above.endswith(":") else ""


MAX_ITEM_LINE = 160
"""Characters an item line has at most; longer lines are not tried (the pattern stays linear on any input)."""


def _item_lines(text: str) -> list[re.Match[str]]:
    """The item lines of ``text`` (:func:`_item_line`; match offsets index ``text``)."""
    out, start = [], 0
    for line in text.split("\n"):
        if len(line) <= MAX_ITEM_LINE:
            match = _item_line().match(text, start, start + len(line))
            aged = match is not None and match.group("after") and match.group("note").strip().isdigit()
            if match is not None and not aged:  # (not "Tømrer: Mads Kjær Nielsen (21), Bramming, uddannet hos ...":
                out.append(match)  # an age in brackets, a graduate's line)
        start += len(line) + 1
    return out


def _block_end(text: str, i: int) -> int:
    """The end of the lines under an item line ending at ``i``: the next blank line (or the text's end)."""
    blank = text.find("\n\n", i)
    return len(text) if blank < 0 else blank


def team_drafts(item: TeamItem, parse: Callable[[str], Doc]) -> list[Draft]:
    """Return the record of one team-list item ([] when its note says nothing changed).

    The item is read as sentences with the person as subject: "NAME er ny TITLE [i ORG]." (ORG: the organisation
    with a company form that opens the list's intro; ``team_sentence_new`` of words.yaml; "NAME er forfremmet til
    TITLE.", ``team_sentence_promoted``, after a note of ``team_notes_promoted``), then each sentence under it with
    the name before it ("Kommer fra O" -> "NAME kommer fra O.").

    Args:
        item: one item of :func:`find_team_lists`.
        parse: the navnenyt pipeline without its NER (tokenizer, sentencizer, cue ruler): text -> Doc.

    Returns:
        [draft] for the person of the item, or [].
    """
    lex = load_lexicon()
    note, _, detail = (item.note or "").partition(",")  # "(ny, kommer fra Nordlys Forsyning A/S)": kind, then news
    note = note.lower()
    if any(word in note for word in lex.words["team_notes_unchanged"]):
        return []
    promoted = any(word in note for word in lex.words["team_notes_promoted"])
    verb = min(lex.words["team_sentence_promoted" if promoted else "team_sentence_new"])
    org = org_in(item.intro)  # "Kystvind Energi A/S har sammensat en ny direktion, som træder i kraft 1. maj:"
    org = org if org is not None and item.intro.startswith(org) else None  # (not "Efter opkøbet af O ApS ...")
    unchanged = any(word in item.intro.lower() for word in lex.words["team_notes_unchanged_intro"])
    noteless = item.note is None or _PARTY.fullmatch(item.note) is not None  # ("Hanne Dalsgaard (K)": a party)
    listed = noteless and not item.told_elsewhere and not unchanged  # an item under "Rådet har konstitueret
    listed = listed and _constitutes_board(item.intro, parse)  # sig således:" is a board post; with no note it is
    # news only when the list alone tells it (not "(posterne er uændrede)", "Genvalgt: X", "Y (nyvalgt)")
    org = org or (_board_owner(item.intro, parse) if listed else None)  # "Efter valget har Vorupkær Sogns
    # Menighedsråd holdt konstituerende møde den 26. november. Rådet har konstitueret sig således:"
    lead = f"{item.name} {verb} {item.title} i {org}." if org else f"{item.name} {verb} {item.title}."
    told = [s.strip() for s in _SENTENCE_BREAK.split(item.about) if s.strip()]
    told = [s for s in told if not lex.has("reader_pronouns", s.split(maxsplit=1)[0])]  # "Du modtager dette ..."
    told += [_note_sentence(detail.strip())]  # "(forfremmet, i dag driftsdirektør)"
    sentences = [f"{item.name} {s[:1].lower()}{s[1:]}" for s in told if s]
    doc = parse(" ".join([lead, *sentences]))
    after_lead = next((t.i for t in doc if t.idx >= len(lead)), len(doc))
    if item.note is None and not _tells_a_move(doc, after_lead) and not listed:
        return []  # "CFO: Anders Brix" / "Har været i virksomheden siden 2018.": no news printed
    own = [d for d in extract_drafts(doc, None) if d.person.text == item.name]
    person, title = doc.char_span(0, len(item.name)), doc.char_span(lead.rindex(item.title), len(lead) - 1)
    if listed and not own and person is not None and title is not None:  # "Kirkeværge: Inge Madsen" under "Rådet
        own = [Draft(kind=EntryKind.board_appointment, person=person, rule="team:board", role=title)]  # har
        # konstitueret sig således:": a post of the board whatever its title
    noted = item.note is not None and (note in lex.words["team_notes_new"] or promoted)
    if noted and not own and person is not None and title is not None:  # "Chief of Staff: Mads Kjær Holmgren (ny)":
        kind = EntryKind.promotion if promoted else EntryKind.new_job  # the list prints the post, whatever its title
        own = [Draft(kind=kind, person=person, rule="team:noted", role=title)]
    for draft in own if listed else []:
        draft.kind = EntryKind.board_appointment
        if draft.org is None and draft.role is not None:  # "Formand for Teknik- og Miljøudvalget: X (K)": the post
            draft.role, draft.org = _title_and_body(doc, draft.role)  # and the committee it chairs
    for draft in own[:1]:
        held = draft.kind == EntryKind.promotion and draft.org is not None and draft.previous_org is None
        if held and draft.previous_role is not None and note in lex.words["team_notes_new"]:
            draft.kind, draft.org, draft.previous_org = EntryKind.new_job, None, draft.org  # "COO: X (ny) – hidtil
            # adm. direktør for Hjortø Automation": new to the team's company, from the one it names
        if draft.date is None:  # "Tiltræder 1. marts." under the item
            ignored = lex.words["date_cues_ignored"]  # (not "siden 2021")
            dated = [d for d in find_dates(item.about) if d.valid and d.precision != "year" and d.cue not in ignored]
            intro = [d for d in find_dates(item.intro) if d.valid and d.precision == "day"]
            draft.date = dated[0] if dated else intro[0] if len(intro) == 1 else item.above_date  # "..., der
            # træder i kraft 1. januar 2026:" above the list, or "Alle ændringer træder i kraft 1. januar 2027."
    return own[:1]


def _note_sentence(detail: str) -> str:
    """The sentence (without its subject) that an item's note tells after its first comma: "kommer fra O" as it
    stands, "fra O" -> "kommer fra O", "i dag R" / "hidtil R" / "tidligere R" / "senest R" -> "har hidtil været R"
    (words.yaml ``team_sentence_origin``, ``origin_intro``, ``now_adverbs``, ``former``, ``latest_adverbs``,
    ``team_sentence_previous``); "" for
    anything else."""
    lex = load_lexicon()
    words = detail.split()
    origin = min(lex.words["team_sentence_origin"])
    if detail.lower().startswith(origin + " "):
        return detail + "."
    if words and lex.has("origin_intro", words[0]):
        return f"{origin.split()[0]} {detail}."
    k = 0
    while k < len(words) - 1 and any(lex.has(name, words[k]) for name in ("now_adverbs", "former", "latest_adverbs")):
        k += 1
    return f"{min(lex.words['team_sentence_previous'])} {' '.join(words[k:])}." if k else ""


@functools.lru_cache(maxsize=8)
def _intro_doc(intro: str, parse: Callable[[str], Doc]) -> Doc:
    """``intro`` parsed once for all the items of its list (a small cache: the items come one after another)."""
    return parse(intro)


def _constitutes_board(intro: str, parse: Callable[[str], Doc]) -> bool:
    """True when the list's intro tells a board constituting itself or elected ("Rådet har konstitueret sig
    således:"): every item under it is a board post, with no note needed."""
    if not intro:
        return False
    doc = _intro_doc(intro, parse)
    return any(c.kind == EntryKind.board_appointment for _, c in cues_in(doc, 0, len(doc)))


def _board_owner(intro: str, parse: Callable[[str], Doc]) -> str | None:
    """The organisation a board intro names: its first capitalised run with an organisation word ("Vorupkær Sogns
    Menighedsråd": :meth:`navnenyt.lexicon.Lexicon.org_word`; not a board noun alone, "Bestyrelsen"), else None."""
    doc = _intro_doc(intro, parse)
    k = 0
    while k < len(doc):
        run = org_run(doc, k, len(doc))
        board = run is not None and len(run) == 1 and load_lexicon().has("board_nouns", run.text)  # "Bestyrelsen"
        if run is not None and run.start == k and names_org(doc, run.start, run.end) and not board:
            return run.text
        k = run.end if run is not None and run.start == k else k + 1
    return None


def _tells_a_move(doc: Doc, start: int) -> bool:
    """True when the sentences from token ``start`` tell a change: a cue of an entry kind ("tiltræder") or where the
    person comes from ("kommer fra")."""
    moves = load_lexicon().words["team_move_cues"]
    return any(c.kind is not None or c.phrase in moves for _, c in cues_in(doc, start, len(doc)))
