"""One entry's ``Doc`` -> draft records: the main sentence (first with a kind cue), its kind (label, else cue
priority), its people (``rules.frames``), then the slots: apposition, role/organisation after the cue, previous
position, date, and the kind's own slots (education, years, age, award).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import chain, pairwise

from spacy.tokens import Doc, Span

from navnenyt.dates import DateMatch, find_dates, find_relative_dates
from navnenyt.lexicon import DAY_DATED_KINDS, Cue, genitive_stem, load_lexicon
from navnenyt.model_features import has_flag, is_place_word
from navnenyt.records import EntryKind
from navnenyt.rules.cues import cue_by_id, cues_in, main_kind
from navnenyt.rules.frames import (
    DASHES,
    LIST_SEPARATORS,
    after_brackets,
    after_hire_adverbs,
    after_home,
    counted_noun,
    dateline_end,
    english_title_start,
    find_people,
    is_title_word,
    lead_role,
    list_head,
    listed_names,
    named_after_comma,
    org_before,
    paren_date,
    paren_role,
    past_date,
    start_after_prefix,
    title_before,
    titled_name,
)
from navnenyt.rules.runs import (
    MAX_NAME_TOKENS,
    employer_after_unit,
    employer_inside,
    has_org_marker,
    is_cap,
    name_run,
    names_org,
    names_unit,
    one_word_name,
    ordinal_title,
    org_run,
    owner_noun,
    role_run,
    sentences,
    token_table,
    token_texts,
)
from navnenyt.rules.slots import (
    POSSESSED_TITLE_WORDS,
    Position,
    education_slots,
    has_phrase,
    hired_clause,
    is_genitive,
    is_internal,
    org_at,
    phrase_ends,
    possessed_title,
    previous_position,
    role_and_org,
    skip_to,
    text_of,
    title_word,
)

# The cue of an entry whose kind only its printed label gives.
LABEL_CUE = Cue("label", "label", None, "", "")
# Cue roles that are verbs: "er blevet ansat som R" takes its role after "ansat", not after "blevet".
VERB_CUES = frozenset({"hire", "start", "move", "become"})
# Kinds that change a person's position: the main clause names the new one.
CHANGE_KINDS = frozenset({EntryKind.new_job, EntryKind.promotion, EntryKind.board_appointment})
FORMER_IS_CURRENT = frozenset({EntryKind.obituary, EntryKind.retirement, EntryKind.birthday})
"""Kinds whose ", fhv. R," apposition is the post they are known by (SCHEMA.md: a birthday's "Niels Thygesen, fhv.
gårdejer, fylder 80 år" has role "gårdejer"), not a previous post they left for a new one."""
# Kinds about a person's current position: a "har siden 2012 været ansat i ORG" sentence fills role/org.
HELD_CUES = frozenset({"har_vaeret", "i_n_aar_vaeret"})
"""Ids of the cues of a post held ("har været", "har i 10 år været"): in the main sentence no previous post ("X har
været R i O i 25 år")."""
NOW_HELD_KINDS = frozenset(
    {EntryKind.anniversary, EntryKind.birthday, EntryKind.retirement, EntryKind.obituary, EntryKind.award}
)
"""Kinds whose record takes the post held now from a sentence of its own ("Hun er i dag souschef på apoteket")."""
NOW_CUES = frozenset({"er_i_dag", "og_i_dag"})
ARRIVAL_CUES = frozenset({"kommer_fra", "kom_fra"})
"""Ids of the cues of where a new colleague comes from ("kommer fra O1"): another organisation named there makes
the post a hire, whatever unit of the new employer the sentence names ("ansat som R i afdelingen for ...")."""
PAST_POST_CUES = frozenset({"var_i_n_aar", "var_i_mange_aar"})
"""Cues of a post held in the past ("Han var i 22 år formand for O"): a dead person's post, or the previous post of a
new one, but no post of a birthday's person (who has left it, as the gold sets record)."""
"""Ids of the cues of a post held now, told in a sentence of its own ("Hun er i dag viceskoleleder på O"): the
previous post of a new job or promotion told in another sentence (or in the same one, after the new title), the post
held of an anniversary, birthday, retirement or award."""
STATE_KINDS = frozenset(
    {EntryKind.retirement, EntryKind.anniversary, EntryKind.departure, EntryKind.birthday, EntryKind.obituary}
)


@dataclass
class Draft:
    """A record before validation: slot spans and values of one person in one entry."""

    kind: EntryKind
    person: Span
    rule: str
    role: Span | None = None
    org: Span | None = None
    previous_role: Span | None = None
    previous_org: Span | None = None
    internal: bool = False
    date: DateMatch | None = None
    education: dict[str, str | None] | None = None
    years: int | None = None
    age: int | None = None
    award: str | None = None
    past: bool = False  # the kind's cue is a past-tense verb: a year-less date lies before publication
    nearest: bool = False  # the cue is a perfect tense ("er pr. 1/9 tiltrådt"): the year-less date nearest publication
    lead_role: Span | None = None  # the title printed before the name ("økonomichef Tine Brøndum")
    leaves: bool = False  # the person leaves one post for another ("fratræder for at blive R2 i O2")
    new_post: int | None = None  # where the post taken is told when the person leaves one for it (a token index)
    elsewhere: bool = False  # the previous position is one held now, told in a later sentence of its own
    held: bool = False  # role and org are the post held, told before the name ("Generalsekretær i O, X, har fået nyt
    # job"): a new post told in the next sentence makes them the previous position
    same_time: bool = False
    same_date: bool = False  # "fra samme dato": the date told last (past an undated leaver's record)
    successor_of: str | None = None  # "X afløser Y": Y's record names X here


def _roles_after(doc: Doc, i: int, end: int, count: int) -> list[Position]:
    """Roles after "som|til [henholdsvis] R1 og R2 [hos O]" for ``count`` people; after "begge" ("A og B begge til
    partner i O") the one position is everyone's."""
    lex = load_lexicon()
    texts = token_texts(doc)
    end = next(  # ("Som 1. suppleant valgtes A, og som 2. suppleant valgtes B": the next clause's own fronted title)
        (
            m
            for m in range(i, end - 2)
            if texts[m] == "," and lex.has("list_joiners", texts[m + 1]) and lex.has("role_intro", texts[m + 2])
        ),
        end,
    )
    k = skip_to(doc, i, end, lex.words["role_intro"])
    if k >= end:
        return []
    if k - 1 >= i and lex.has("shared_role_words", doc[k - 1].text):
        return [role_and_org(doc, k + 1, end)] * count
    k += 1
    if k < end and lex.has("respectively", doc[k].text):
        k += 1
    positions = []
    for _ in range(count):
        pos = role_and_org(doc, k, end, joined=count == 1)
        positions.append(pos)
        k = pos.end if pos.role is None else pos.role.end
        if k < end and lex.has("list_joiners", doc[k].text):
            k += 1
    if count > 1 and positions[0].role is not None and all(p.role is None for p in positions[1:]):
        return [positions[0]] * count  # "har udnævnt A, B og C til partner": one post for all
    return positions


@dataclass
class Apposition:
    """What an apposition after the name says: ``sort`` is "current" (", R hos O,", ", der i dag er R,"),
    "previous" (", der hidtil har været R,", ", tidligere R i O,"), "main" (", der pr. 1/4 starter som R":
    the clause carries the entry's cue) or "" (none, or only an age)."""

    pos: Position
    sort: str = ""
    former: bool = False  # opened by "tidligere"/"fhv.": a post left behind, not held up to now


def _apposition(doc: Doc, draft: Draft, i: int, end: int) -> tuple[Apposition, int]:
    """Read ", ROLE hos ORG," / ", 54 år," / ", der hidtil har været R," / "(62)" after the person.

    Returns the apposition and the token index where the rest of the sentence starts.
    """
    none = Apposition(Position())
    if i < end and doc[i].text == "(" and i + 2 < end and doc[i + 1].text.isdigit() and doc[i + 2].text == ")":
        draft.age = int(doc[i + 1].text)
        if i + 3 < end and doc[i + 3].text == ",":
            return _apposition(doc, draft, i + 3, end)  # "Ole Brink (52), økonomichef, Sønderå Data ApS: ..."
        return none, i + 3
    if i >= end or doc[i].text != ",":
        return none, i
    close = skip_to(doc, i + 1, end, {",", ":"})  # ":" ends a name-headed list item's apposition ("X, R, O: ...")
    after = close + 1 if close < end else close
    start = i + 1
    if start >= close:
        return none, i
    lex = load_lexicon()
    first = doc[start]
    told = [(sp, c) for sp, c in cues_in(doc, start, close) if c.kind is not None]
    if not lex.has("relatives", first.text) and any(c.cue != "board" or sp.start != start for sp, c in told):
        return none, i  # ", blevet udpeget som medlem af X,": the clause's verb, not an apposition (a board title
        # that opens it is one: "X, bestyrelsesmedlem, O")
    if lex.is_degree(doc[start:close].text):  # "X, cand.jur., der siden 2016 har været R i O, er udnævnt ...": a
        behind = _next_apposition(doc, draft, close, end)  # degree, then perhaps the apposition after it
        return behind if behind is not None and behind[0].sort else (none, after)
    if lex.has("verb_particles", first.text) and start + 1 < close and lex.has("role_intro", doc[start + 1].text):
        return none, i  # "rykker hendes bror, Jakob Dahl, op som produktionschef": the verb's particle, no apposition
    if first.text.isdigit() and (close == start + 1 or lex.has("year_nouns", doc[start + 1].text)):
        draft.age = int(first.text)  # ", 54 år," / ", 52,"
        later = _next_apposition(doc, draft, close, end)  # "X, 41, der siden 2017 har været R1 ved O1, er udnævnt
        role = later[0].pos.role if later is not None else None  # til R2 samme sted": the post held before
        held = later is not None and later[0].sort == "previous" and draft.kind in MOVE_KINDS and _is_title(role)
        if later is not None and held and role is not None and not lex.has("degree_now_words", role[0].text):
            return later  # (not ", der er uddannet civiløkonom,")
        return none, after
    if lex.has("family_words", first.text):
        return none, after  # ", datter af Lene og Bo Mose,": family, not a position
    if lex.has("role_intro", first.text) and start + 1 < close and _is_title(role_run(doc, start + 1, close)):
        return none, i  # ", som souschef,": the role the verb gives, no relative clause
    if lex.has("relatives", first.text):
        inner_cues = cues_in(doc, start, close)
        own = draft.rule.rpartition(":")[2]  # the id of the cue the draft was made from
        kinded = [c for _, c in inner_cues if c.kind is not None]
        if (
            kinded
            and all(c.past and c.id != own for c in kinded)
            and own in {c.id for _, c in cues_in(doc, close, end)}
        ):
            return none, after  # "X, der i 2009 forsvarede sin ph.d. med Y som vejleder, er udnævnt til R": past
            # background; the entry's verb follows the clause
        if any(c.kind is not None for _, c in inner_cues):
            return Apposition(Position(), "main"), start  # the clause holds the entry's own verb
        copula = skip_to(doc, start, close, lex.words["copulas"])
        past = any(c.cue == "previous" for _, c in inner_cues) and draft.kind not in STATE_KINDS
        past = past or (draft.kind in MOVE_KINDS and _held_now(doc, doc[start:close]))  # "X, der i dag er R1 i O1,
        # tiltræder 1. maj": the post held now is the one left
        sort = "previous" if past else "current"  # "X, der har været R på O i 31 år, går på pension": current
        return Apposition(previous_position(doc, copula + 1, close), sort), after
    if lex.has("former", first.text):
        former = role_and_org(doc, start + 1, close)
        return Apposition(former, "current" if draft.kind in FORMER_IS_CURRENT else "previous", former=True), after
    pos = role_and_org(doc, start, close)
    whole_org = org_run(doc, start, close)
    suffixes = lex.endings("role_suffixes")
    address = whole_org is not None and any(t.like_num for t in whole_org)  # ", Stationsvej 8,"
    if whole_org is not None and whole_org.end == close and _home_place(whole_org):
        return _after_home(doc, draft, close, end)  # ", Hvidbjerg Mark,": where the person lives
    if (draft.kind in HOME_KINDS or close - start == 2) and _address(doc, start, close):
        return _after_home(doc, draft, close, end)  # "Ella Holst, Bøgebakken i Brædstrup, fylder 90 år": an
        # address, no employer
    named = whole_org is not None and not address and (has_org_marker(whole_org) or len(whole_org) >= 2)
    named = named or (whole_org is not None and not address and names_org(doc, whole_org.start, whole_org.end))
    # (", Bakkeskolen,": one word that names an organisation, org_endings of words.yaml)
    formal = whole_org is not None and whole_org.end == close and has_org_marker(whole_org)  # "Holm & Søn Tømrer ApS"
    titled = not formal and any(t.lower_.endswith(suffixes) for t in doc[start:close])
    court = pos.role is not None and len(pos.role) == 1 and not _is_title(pos.role) and pos.org is not None
    unit_employer = _employer_after_unit(doc, whole_org, close, end)  # "Laborant X, Institut for Biomedicin,
    titled_unit = None if unit_employer is not None else _employer_after_unit(doc, pos.org, close, end)
    if unit_employer is not None:  # Kattegat Universitet, har ...": the employer after its unit
        return Apposition(Position(org=unit_employer), "current"), unit_employer.end + 1
    if titled_unit is not None:  # ", professor ved Klinisk Genetisk Afdeling, Gudenå Universitetshospital,"
        return Apposition(Position(role=pos.role, org=titled_unit), "current"), titled_unit.end + 1
    if court and whole_org is not None and whole_org.start == start and whole_org.end == close and not address:
        employer = employer_inside(doc, whole_org)  # ", Børneafdelingen på Sydkyst Sygehus,": a unit, its employer
        unit = employer is not None and employer.start > whole_org.start + 1
        unit = unit and employer is not None and names_unit(doc, whole_org.start, employer.start - 1)
        placed = employer is not None and employer.start == whole_org.start and employer.end < whole_org.end
        placed = placed and employer is not None and one_word_name(doc, employer)  # ("Lægehuset i Kirkeby": the
        # town completes a generic name)
        body = employer if (unit or placed) and employer is not None else whole_org  # (not ", Tandplejen i Haldrup
        # Kommune,"; ", Lindebakkeskolen i Ærslev,": the school without its town, as employer_inside reads it)
        return Apposition(Position(org=body), "current"), after  # ", Retten i Gudenådalen,": a body named "A i
        # B", no title and a place
    if pos.org is None and whole_org is not None and whole_org.end == close and named and not titled:
        return Apposition(Position(org=whole_org), "current"), after  # "Lektor Hanne Mikkelsen, Viborg Gymnasium,"
    one_cap = pos.role is not None and len(pos.role) == 1 and is_cap(pos.role[0])
    titled_word = one_cap and pos.role is not None and _is_title(pos.role) and not _is_place(pos.role)
    if (pos.org is None or _is_place(pos.org)) and one_cap and not titled_word:
        return _after_home(doc, draft, close, end)  # ", Fjordby," is a place, ", Bøgebakken i Brædstrup," an
        # address; not ", HR-konsulent,"
    if pos.org is None and after < end and doc[after - 1].text == ",":
        second = org_run(doc, after, end)  # "Karen Holt, økonomichef, Vestbo ApS, fylder 50 år" (or ": ", " – ")
        closer = {",", ":", "–", "—"}
        if (
            second is not None
            and names_org(doc, second.start, second.end)
            and second.end < end
            and (doc[second.end].text in closer)
        ):
            return Apposition(Position(role=pos.role, org=second), "current"), second.end + 1
    return Apposition(pos, "current"), after


def _after_home(doc: Doc, draft: Draft, close: int, end: int) -> tuple[Apposition, int]:
    """Read the apposition after a home place that ends at token ``close`` ("Arne Bitsch, Rødkærsbro, fhv.
    skoledirektør i Lyngsø Kommune, fylder 70 år"): the post, when a second apposition follows the place; none
    otherwise. Returns the apposition and the token index where the rest of the sentence starts."""
    after = close + 1 if close < end else close
    if after < end and load_lexicon().has("relatives", doc[after].text):
        return Apposition(Position()), after
    second = _next_apposition(doc, draft, close, end)
    if second is not None and second[0].sort == "current" and _is_title(second[0].pos.role):
        return second  # (not ", lørdag den 4.," or a second place)
    return Apposition(Position()), after


def _next_apposition(doc: Doc, draft: Draft, close: int, end: int) -> tuple[Apposition, int] | None:
    """The apposition that follows one ending at the comma at token ``close`` (:func:`_apposition` from there), or
    None when no comma and no word follow."""
    if close + 1 >= end or doc[close].text != ",":
        return None
    return _apposition(doc, draft, close, end)


HOME_KINDS = frozenset({EntryKind.birthday, EntryKind.obituary})
"""Kinds whose notices put the person's home after the name ("Thomas Gjelstrup, Nørre Snede, runder ...")."""


def _address(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) name where a person lives: two capitalised words starting like a place
    ("Nørre Snede": ``place_name_starts``), or capitalised words joined by ``address_joiners`` ("Bøgebakken i
    Brædstrup"); never with an organisation word or a role ending."""
    t, lex = token_table(doc), load_lexicon()
    words = range(start, end)
    joiners = [k for k in words if lex.has("address_joiners", t.text[k])]
    caps = all(t.cap[k] for k in words if k not in joiners) and all(start < k < end - 1 for k in joiners)
    two = end - start == 2 and lex.has("place_name_starts", t.text[start])
    return (
        caps
        and (bool(joiners) or two)
        and not names_org(doc, start, end)
        and not any(t.lower[k].endswith(lex.endings("role_suffixes")) for k in words)
    )


def _home_place(span: Span) -> bool:
    """True for a two-word place name without an organisation word ("Hvidbjerg Mark": ``place_name_ends``)."""
    return len(span) == 2 and load_lexicon().has("place_name_ends", span[-1].text) and not has_org_marker(span)


def _scan_main(doc: Doc, draft: Draft, i: int, end: int, move: bool = False) -> None:
    """Fill role/org from the rest of the main sentence ("er ansat som R hos O", "skifter til O som R",
    "bliver R i O", "i bestyrelsen for O", "hvor han i dag er R")."""
    lex = load_lexicon()
    while i < end:
        tok = doc[i]
        low = tok.lower_
        nxt = doc[i + 1] if i + 1 < end else None
        if (
            i > 0
            and doc[i - 1].text == ","
            and lex.has("relatives", low)
            and nxt
            and lex.has("staying_verbs", nxt.text)
        ):
            break  # "overtager posten fra Y, som fortsætter som R": Y's clause tells Y's post
        if lex.has("board_nouns", low) and nxt is not None and lex.has("board_owner_intro", nxt.text) and i + 2 < end:
            org = org_run(doc, i + 2, end)
            if org is not None:
                draft.org = org
                i = org.end
                continue
        from_here = lex.has("origin_intro", low) and nxt is not None and not nxt.text[:1].isdigit()  # (a date)
        to = _from_to(doc, draft, i + 1, end) if from_here and draft.previous_role is None else None
        if to is not None:
            i = to
            continue
        target = lex.has("move_target_intro", low) and nxt is not None and draft.org is None
        if target:
            org = org_at(doc, i + 1, end)
            ends = org is not None and (org.end >= end or doc[org.end].is_punct)
            then_role = org is not None and org.end < end and lex.has("role_intro", doc[org.end].text)
            if org is not None and ((move and ends) or then_role):
                draft.org = org
                i = org.end
                continue
        if (
            lex.has("role_intro", low)
            and draft.role is None
            and nxt is not None
            and (not nxt.like_num or ordinal_title(doc, i + 1, end))  # (not "som 1.": a date; "som 1. reservelæge")
            and not _names_person(doc, i + 1, end)
        ):
            pos = role_and_org(doc, i + 1, end)
            draft.role = pos.role
            draft.org = draft.org or pos.org
            draft.internal = draft.internal or pos.internal
            i = max(pos.end, i + 1)
            continue
        if lex.has("place_relatives", low):
            verb = skip_to(doc, i, end, lex.words["copulas"])
            if any(_counts_people(doc, m) for m in range(i, verb)):
                i = verb + 1  # "..., hvor over 300 frivillige var samlet": others, no post
                continue
            held = verb + 1
            if (
                held + 1 < end
                and lex.has("employed_participles", doc[held].text)
                and lex.has("role_intro", doc[held + 1].text)
            ):
                held += 2  # "..., hvor hun har været ansat som senioradvokat siden 2019"
            if verb < end and draft.role is None:
                draft.role = role_run(doc, held, end)
            elif verb < end and not lex.has("present_copulas", doc[verb].text):
                # "..., hvor hun siden 2022 har været vagtleder": the position before, at the same place
                draft.previous_role = draft.previous_role or role_run(doc, held, end)
                draft.internal = draft.internal or (draft.org is not None and draft.previous_role is not None)
            i = verb + 1
            continue
        org = org_at(doc, i + 1, end) if lex.has("org_intro", low) and nxt is not None and draft.org is None else None
        if org is not None and lex.has("agent_intro", low) and _person_named(doc, org):
            org = None  # "... sat ind i opgaverne af Birthe Kallesøe": a person, no employer
        if org is not None:  # "hos O", "i advokatfirmaet O", "i den tyske robotproducent O GmbH"
            draft.org = org
            i = org.end
            continue
        i += 1


def _person_named(doc: Doc, span: Span) -> bool:
    """True when ``span`` is a person's name rather than an organisation's: a listed first name alone, or a listed
    first name and a listed surname, with no organisation word ("Birthe", "Birthe Kallesøe"; not "Birthe Kallesøe
    ApS"; DST name lists)."""
    first = len(span) == 1 and span[0].is_title and has_flag(doc.vocab, span[0].text, "first_name")
    full = len(span) == 2 and _names_person(doc, span.start, span.end)
    return (first or full) and not names_org(doc, span.start, span.end)


def _names_person(doc: Doc, k: int, end: int) -> bool:
    """True when a listed first name and a listed surname start at token ``k`` ("tak til Maria Thygesen og Lars Dyhr,
    som ...": a person, no role; not "som Junior Consultant", "til Marine Superintendent"; DST name lists)."""
    return (
        k + 1 < end
        and doc[k].is_title
        and has_flag(doc.vocab, doc[k].text, "first_name")
        and has_flag(doc.vocab, doc[k + 1].text, "surname")
    )


def _from_to(doc: Doc, draft: Draft, i: int, end: int) -> int | None:
    """ "forfremmet fra R1 til R2" / "skifter fra O1 til O2" / "skifter fra jobbet som R1 i O1 til en stilling som R2
    hos O2": set the previous role or organisation before "til" (``move_target_intro``) and return the index of
    "til"; else None (and nothing set)."""
    lex = load_lexicon()
    texts = token_texts(doc)

    def before_to(k: int) -> bool:
        return k < end and lex.has("move_target_intro", texts[k])

    k = _past_drop_prefix(doc, i, end)  # "en stilling som"
    if k + 1 < end and lex.has("position_nouns", texts[k]) and lex.has("role_intro", texts[k + 1]):
        pos = role_and_org(doc, k + 2, end)  # "fra jobbet som indkøbschef i Vestergaard Stål til ..."
        last = max(pos.role.end, pos.org.end if pos.org else 0) if pos.role is not None else k
        if pos.role is not None and before_to(last):
            draft.previous_role, draft.previous_org = pos.role, pos.org
            return last
    org = org_run(doc, i, end) if is_cap(doc[i]) else None
    to = next((m for m in range(i + 1, org.end) if before_to(m)), None) if org is not None else None
    org = doc[i:to] if to is not None else org  # "fra Vestergaard Stål til Kornum Facader A/S": "til" is no connector
    if org is not None and has_org_marker(org) and before_to(org.end):
        draft.previous_org = org
        return org.end
    role = role_run(doc, i, end)
    if role is not None and before_to(role.end):
        named = org is not None and len(org) > 1 and org.end == role.end and not _is_title(role)
        if not (named and _names_employer(doc, role.end + 1, end)):  # "fra Scrum Master til Agile Coach": titles
            draft.previous_role = role
            return role.end
        draft.previous_org = org  # "fra Vestergaard Stål til Kornum Facader A/S", "... til en stilling som R": names
        return role.end
    return None


def _past_drop_prefix(doc: Doc, k: int, end: int) -> int:
    """The first token from ``k`` (before ``end``) that is no ``role_drop_prefix`` word of words.yaml ("en", "ny":
    "en stilling som R")."""
    lex, texts = load_lexicon(), token_texts(doc)
    while k < end and lex.has("role_drop_prefix", texts[k]):
        k += 1
    return k


def _names_employer(doc: Doc, k: int, end: int) -> bool:
    """True when token ``k`` starts an organisation with a company form or head noun ("Kornum Facader A/S") or a
    position noun ("en stilling som R"): what a move "fra O1 til ..." goes to."""
    lex, texts = load_lexicon(), token_texts(doc)
    k = _past_drop_prefix(doc, k, end)
    if k < end and lex.has("position_nouns", texts[k]):
        return True
    org = org_run(doc, k, end)  # (not "Agile Coach i Odense Rejsekort I/S": a title at an organisation)
    return org is not None and has_org_marker(org) and not any(t.is_lower for t in org)


def _become_role(doc: Doc, draft: Draft, cue: Span, end: int, dates: list[DateMatch]) -> None:
    """ "PERSON bliver [pr. DATE] ROLE i ORG": the role follows the verb, after any date phrase."""
    lex, texts = load_lexicon(), token_texts(doc)
    i = cue.end
    for d in dates:
        if i < end and d.start <= doc[i].idx < d.end:
            while i < end and doc[i].idx < d.end:
                i += 1
    k = i + (i < end and lex.has("origin_intro", texts[i]))  # "bliver fra samme dato R": the date told before
    if k + 2 < end and lex.has("sameness_words", texts[k]) and lex.has("same_day_nouns", texts[k + 1]):
        i = k + 2
    if i < end and not lex.has("role_intro", texts[i]):
        pos = role_and_org(doc, i, end)
        draft.role, draft.org = pos.role, pos.org or draft.org


def _first_number_before(doc: Doc, span: Span, words: AbstractSet[str], *, age: bool = False) -> int | None:
    """The number N in "N års jubilæum" / "25-års jubilæum" / "fylder N år" / "N år gammel" inside ``span``; an
    ``age`` is never a span of time ("var borgmester i 16 år": ``duration_intro`` of words.yaml)."""
    for tok in span:
        head, _, tail = tok.text.partition("-")
        if head.isdigit() and tail.lower() in words:
            return int(head)
        during = age and tok.i > span.start and load_lexicon().has("duration_intro", doc[tok.i - 1].text)
        if tok.text.isdigit() and tok.i + 1 < span.end and doc[tok.i + 1].lower_ in words and not during:
            return int(tok.text)  # (not "var borgmester i 16 år": a span of time)
    return None


def _is_headline(text: str) -> bool:
    """True for a short line without a closing full stop ("Topchef forlader Nordhavn Logistik"): a headline over
    an entry, not the entry (its notice follows)."""
    stripped = text.rstrip()
    if stripped[-1:] and unicodedata.category(stripped[-1]) in PICTOGRAPH_CATEGORIES:
        return False  # "... fejrer 25-års jubilæum hos Hestbjerg Tømmerhandel 🎉": a post's sentence ends in an emoji
    return len(stripped) < HEADLINE_MAX_CHARS and stripped[-1:] not in {".", "!", "?", "»", '"', "”", ")"}


PICTOGRAPH_CATEGORIES = frozenset({"So", "Mn", "Cf"})
"""Unicode categories an emoji ends with (the symbol, a variation selector, a zero-width joiner): a line that ends
in one closes like a sentence."""


HEADLINE_MAX_CHARS = 100
MAX_ITEM_PREFIX = 5
"""Tokens before the colon of a list item "PRIZE: NAME, ..." at most ("Årets Unge Talent:")."""


def _is_list_item(doc: Doc) -> bool:
    """True for a list line "NAME – ny R i O", "NAME → R, O" or "NAME, ny R, O" (a name, then a dash or an arrow,
    or a comma and a cue): an
    entry of its own, not a headline (a headline that repeats its notice merges with the notice's record, see
    navnenyt.rules.document)."""
    colon = next((k for k in range(min(len(doc), MAX_ITEM_PREFIX)) if doc[k].text == ":"), None)
    if colon is not None and colon + 1 < len(doc):  # "Årets Iværksætter: Maja Thygesen, stifter af O": a prize list
        named = name_run(doc, colon + 1, len(doc))
        prefix_cue = any(c.kind and not c.weak and sp.end <= colon + 1 for sp, c in cues_in(doc, 0, colon + 1))
        if named is not None and named.start == colon + 1 and prefix_cue:
            return True
    first = name_run(doc, 0, len(doc))
    if first is None or first.start != 0 or first.end >= len(doc):
        return False
    after = doc[first.end].text
    told = [c for _, c in cues_in(doc, first.end, len(doc)) if c.kind is not None and c.cue != "board"]
    # a board title alone is a signature ("X, formand, O")
    return after in LIST_SEPARATORS or (after == "," and bool(told))


def _named_sentence(doc: Doc) -> bool:
    """True when ``doc`` opens with a person's name followed by a cue of people-news ("Frederik Hjorth rykker op som
    projektdirektør"), its verb right after the name: a list item told as a sentence (not "1991: X bliver direktør",
    "Formand: X - genvalgt" or a signature)."""
    first = name_run(doc, 0, len(doc))
    if first is None or first.start != 0 or first.end >= len(doc) or not doc[first.end].is_lower:
        return False  # (not a signature "– X, bestyrelsesformand, O")
    return any(c.kind is not None and c.cue != "board" for _, c in cues_in(doc, first.end, len(doc)))


def _speech_span(text: str) -> tuple[int, int] | None:
    """Where reported speech stands in an entry's ``text``, as character offsets (start, end): (0, len(text)) for a
    quotation or a paragraph that reports speech ("»...,« siger X", "X siger, at ..."): not an entry (a quotation
    that opens the text and ends its line before more text: up to that line's end, the rest may be news); from the
    quotation mark that opens a quote after the first sentence to the end of its speech tag ("X kan fejre 25 års
    jubilæum i O. ... "Det bedste er ...," siger hun. ..."): the entry is the text around it; None when ``text``
    reports no speech.

    The verbs of saying are matched as written (lower case), so a surname such as "Skriver" is no verb.
    """
    lex = load_lexicon()
    first = text.lstrip()[:1]
    if first in {"»", "«", '"', "“", "”", "-", "–", "—"}:
        line_end = text.find("\n", len(text) - len(text.lstrip()))
        return 0, len(text) if line_end < 0 or not text[line_end:].strip() else line_end  # the quoted paragraph
        # only: "»...,« fortæller direktøren, X.\nHun afløser Y, der ..." goes on with news
    verbs = lex.words["quote_verbs"]
    if not any(verb in text for verb in verbs):
        return None  # (most entries quote no one: no word list to build)
    found = list(re.finditer(r"\S+", text))
    raw = [m.group() for m in found]
    words = [w.strip('.,;:!?»«"”“') for w in raw]
    greetings = lex.words["greeting_objects"]
    first_end = next((k for k, w in enumerate(raw) if w[-1:] in ".!?"), len(raw))
    opening = next(
        (
            k
            for k, w in enumerate(raw)
            if w[:1] in QUOTE_MARKS or (w in DIALOGUE_DASHES and k and raw[k - 1][-1:] in ".!?")
        ),
        len(raw),
    )  # a quote mark, or a dash opening dialogue after a sentence ("... hos O. – Kasper er typen, ..., siger X")
    said = [
        k
        for k, w in enumerate(words)
        if w in verbs
        and greetings.isdisjoint(words[k + 1 : k + 1 + GREETING_REACH])
        and (k <= first_end or raw[k - 1][-1:] in ',»«"”')
    ]  # not "siger vi velkommen til X", "siger Ditte Kjær farvel": greetings, no speech; after the first sentence
    # only a speech tag ("..., siger X") makes the paragraph speech, not "De studerende skriver i indstillingen, at"
    if not said:
        return None
    if said[0] <= first_end or opening <= first_end or opening > said[0]:
        return 0, len(text)
    tag_end = next((k for k in range(said[0], len(raw)) if raw[k][-1:] in ".!?"), len(raw) - 1)
    if raw[opening] in DIALOGUE_DASHES and opening + 1 < len(raw):
        opening += 1  # (the sentencizer leaves a dialogue dash at the end of the sentence before it)
    return found[opening].start(), found[tag_end].end()


QUOTE_MARKS = frozenset('»«"“”')
"""Marks that open a quotation."""


def _outside_speech(text: str, sent: Span, a: int, b: int) -> bool:
    """True when sentence ``sent`` lies outside the speech at characters [a, b) of ``text``, or ends in it with only
    the quotation mark that opens it ("... den 30. november. »" / "Jeg kommer til at savne ...,« siger hun.": the
    sentencizer keeps the mark with the sentence before)."""
    if sent.end_char <= a or sent.start_char >= b:
        return True
    return sent.start_char < a and all(c in QUOTE_MARKS or c.isspace() for c in text[a : sent.end_char])


DIALOGUE_DASHES = frozenset({"–", "—", "-"})
"""Dashes that open a quotation as a word of their own after a sentence's end (Danish dialogue)."""


GREETING_REACH = 4
"""Words after a verb of saying within which a greeting ("velkommen", "farvel") makes it no speech."""


def _usable_dates(dates: list[DateMatch], *, year_ends: bool = False) -> list[DateMatch]:
    """The dates that can be an entry's: no ignored cue ("siden 1. maj"), and a bare year only after an effective
    cue ("pr. 2026"; words.yaml ``date_cues_*``) or, with ``year_ends``, as a year's end ("gik på pension ved
    udgangen af 2025": a leaving told in a successor's sentence)."""
    words = load_lexicon().words
    return [
        d
        for d in dates
        if d.cue not in words["date_cues_ignored"]
        and (d.precision != "year" or d.cue in words["date_cues_effective"] or (year_ends and d.month_end))
    ]


def _pick_date(dates: list[DateMatch], sent: Span) -> DateMatch | None:
    """The entry's date: in the main sentence first, then later ones; never "siden 2019"-style years."""
    usable = _usable_dates(dates, year_ends=True)  # "går på pension ved udgangen af 2026": 31 December
    in_main = [d for d in usable if sent.start_char <= d.start < sent.end_char]
    later = [d for d in usable if d.start >= sent.end_char and d.precision != "year"]  # not "fra 2012 til 2019"
    chosen = in_main or later
    return chosen[0] if chosen else None


def may_need_ner(doc: Doc) -> bool:
    """True when ``doc`` holds a cue that signals an entry kind and two capitalised words in a row (a possible
    name the rules did not find): then the NER model is worth running."""
    if main_kind(cues_in(doc, 0, len(doc))) is None:
        return False
    return any(is_cap(a) and is_cap(b) for a, b in pairwise(doc))


def _main_sentence(doc: Doc, sents: list[Span], label_kind: EntryKind | None) -> Span | None:
    """The sentence an entry is about: the first with a cue of the printed label's kind, else the first with any
    kind cue, else (when a label is printed: "... har været 20 år hos O. Jubilæum") the first sentence."""
    first_with_cue = None
    for sent in sents:
        cues = cues_in(doc, sent.start, sent.end)
        if not any(c.kind is not None for _, c in cues):
            continue
        if label_kind is None or any(c.kind == label_kind for _, c in cues):
            return sent  # the first with a kind cue; with a label, the first with a cue of the label's kind
        first_with_cue = first_with_cue or sent
    if label_kind is not None:
        return first_with_cue or (sents[0] if sents else None)
    return None


def extract_drafts(doc: Doc, label_kind: EntryKind | None, *, brief: bool = False, bullet: bool = False) -> list[Draft]:
    """Return the draft records of one entry ``doc`` ([] when it is not people-news).

    The entry's main sentence gives its records; a later sentence with its own people-news verb and a person
    of its own ("Claus Ebbesen går på pension 1. juni. Ny koncernchef bliver Dorthe Vinding, ...") gives more.

    Args:
        doc: the entry body (without its label) processed by the navnenyt pipeline (sentences + cue spans).
        label_kind: the kind named by the entry's printed label, which wins over cue words.
        brief: the entry is one of a line's briefs separated by " | " (:attr:`navnenyt.segment.Segment.brief`):
            short and without a full stop, yet no headline.
        bullet: the entry is a list item that opened with a bullet (:attr:`navnenyt.segment.Segment.bullet`): with a
            date, no headline either ("• Offsettrykker X har 25 års jubilæum den 22. september"; a "Læs også" list
            of bulleted headlines tells no day).
    """
    text = token_table(doc).doc_text  # Doc.text without a Token object per token
    speech = _speech_span(text)
    headline = label_kind is None and not brief and _is_headline(text) and not _is_list_item(doc)
    if headline and bullet and (any(d.valid for d in find_dates(text)) or _named_sentence(doc)):
        headline = False  # "• Nanna Elkjær er udnævnt til teamleder i Miljø & Klima": its line closes it
    if (speech is not None and speech[0] == 0 and not text[speech[1] :].strip()) or headline:
        return []
    a, b = speech or (0, 0)
    sents = [s for s in sentences(doc) if _outside_speech(text, s, a, b)]  # (not the quote after the news)
    if not sents:
        return []
    main = _main_sentence(doc, sents, label_kind)
    if main is None:
        return []
    dates = find_dates(text)
    dateline = dateline_end(doc, sents[0])
    if dateline is not None:  # "København, 8. januar 2026 – ...": the release's date, not the entry's
        dates = [d for d in dates if d.start >= doc[dateline].idx]
    drafts: list[Draft] = []
    # "X styrker ledelsen med to nye direktører. Y bliver ...": the first sentence whose cue has a person of its own
    # (after a label's main sentence, "Han forsvarede sit speciale ...", the others in text order)
    later = (s for s in sents if s != main and (label_kind or main_kind(cues_in(doc, s.start, s.end)) is not None))
    vacancy = _vacancy(doc, main, cues_in(doc, main.start, main.end))
    context = None
    if vacancy is not None:  # "Grundejerforeningen Bøgely i Tranbjerg har fået ny formand": without the place
        context = Position(role=vacancy[1], org=_vacancy_owner(doc, main, vacancy[0]))
    pending: list[Draft] = []  # "Hun ... afløser Y, der går på pension": Y's record, kept while "Hun" is sought
    for sent in chain([main], later):  # "O har fundet en ny R. X, der i dag er R1 i O1, tiltræder 1. februar": R in O
        drafts = _sentence_drafts(doc, sents, sent, label_kind, dates, context if sent != main else None)
        if drafts and all(replaced_by_pronoun(d) for d in drafts):
            pending, drafts = pending + drafts, []
            continue
        if drafts:
            vacancy_role = context.role if context is not None and sent != main else None
            for draft in drafts if vacancy_role is not None else []:  # "Fra 1. november får O ny R. X, der i dag
                if draft.date is None and draft.role is vacancy_role:  # er R1, overtager efter Y": the vacancy's
                    draft.date = _pick_date(dates, main)  # date
            main = sent
            break
    if not drafts and not pending:
        return []
    drafts = drafts or pending
    known = {d.person.text for d in drafts}
    for sent in sents:
        if sent.start <= main.start or main_kind(cues_in(doc, sent.start, sent.end)) is None:
            continue
        found = _sentence_drafts(doc, sents, sent, None, dates)
        _board_titles(drafts, found)  # "A og B blev nyvalgt til bestyrelsen. ... konstituerede sig med A som formand"
        more = [
            d for d in found if d.person.text not in known and not any(_short_form(d.person.text, k) for k in known)
        ]
        for draft in more:  # "X, leder af O, går på pension ... Ny leder bliver Y": the same organisation
            if draft.org is None and draft.kind in INHERITING_KINDS and drafts[0].org is not None:
                draft.org = drafts[0].org
        drafts += more  # (a succession told in another sentence comes back for every sentence: kept once)
        known |= {d.person.text for d in more}
    drafts += [d for d in pending if d.person.text not in known]
    if any(d.kind == EntryKind.anniversary for d in drafts) and has_phrase(
        doc, 0, len(doc), "wedding_words", any_case=True
    ):
        drafts = [d for d in drafts if d.kind != EntryKind.anniversary]  # "60 år siden, at A og B sagde ja til
        # hinanden", "kan fejre guldbryllup": a wedding's anniversary, not recorded (README conventions)
    undated_board = any(d.date is None and d.kind in BOARD_MEETING_KINDS for d in drafts)
    meeting = _meeting_date(doc, sents, dates) if undated_board else None
    if meeting is not None:  # "På generalforsamlingen den 19. november blev X valgt ... Y og Z valgtes til ..."
        date, past = meeting
        for draft in drafts:
            if draft.date is None and draft.kind in BOARD_MEETING_KINDS:  # a meeting that elected people is
                draft.date, draft.past, draft.nearest = date, draft.past or past, True  # reported near its date
    for draft in drafts:  # "I morgen fylder X 90 år", "fylder 70 år på lørdag": a day named from the publication
        if draft.date is None and draft.kind in DAY_DATED_KINDS:
            draft.date = _relative_date(doc, sents, draft)
        elif draft.date is None and draft.kind in STARTED_TODAY_KINDS:
            draft.date = _started_on_day(doc, sents, draft)
        elif draft.date is None and draft.kind == EntryKind.award:  # "X modtog i går prisen"
            draft.date = _award_day(doc, sents, draft)
            draft.past = draft.past or draft.date is not None
    employer = _employed_at(doc) if any(d.org is None and d.kind == EntryKind.promotion for d in drafts) else None
    for draft in drafts:  # "A og B, der begge har været ansat i O siden 2017, udnævnes til partner": O
        if draft.org is None and draft.kind == EntryKind.promotion:
            draft.org = employer
    drafts = [d for d in drafts if not _meeting_function(d)]  # (not "X blev valgt som dirigent")
    drafts = _agenda_election(doc, drafts)  # "3. Valg af formand: ... Martin Kjeldsen, som blev valgt"
    for draft in drafts:  # "teamleder på kontoret i Esbjerg", "bliver partner i Aalborg": a town, no employer
        draft.org = None if _is_place(draft.org) or _inside(draft.org, draft.role) else draft.org
        draft.previous_org = None if _is_place(draft.previous_org) else draft.previous_org
        # "X er udnævnt til teamleder. Han har siden 2019 været kundeservicemedarbejder.": a promotion
        draft.kind = EntryKind.promotion if _appointed_from_within(doc, sents, draft) else draft.kind
    return drafts


def _appointed_from_within(doc: Doc, sents: list[Span], draft: Draft) -> bool:
    """True for a new job whose sentence appoints (``inside_appointment_verbs`` of words.yaml: "er udnævnt til") a
    person with a post held before at no other organisation, in an entry that tells no move from elsewhere
    (``team_move_cues``: "kommer fra"): a promotion ("X er udnævnt til teamleder. Han har siden 2019 været
    kundeservicemedarbejder.")."""
    if draft.kind != EntryKind.new_job or draft.previous_role is None or draft.previous_org is not None:
        return False
    if draft.elsewhere or draft.leaves:
        return False
    lex, texts = load_lexicon(), token_texts(doc)
    home = next((s for s in sents if s.start <= draft.person.start < s.end), None)
    if home is None or not any(lex.has("inside_appointment_verbs", texts[k]) for k in range(home.start, home.end)):
        return False
    low = token_table(doc).doc_text.lower()  # "Hun kommer fra en stilling som Head of Sales hos O": a hire (O perhaps
    return not any(phrase in low for phrase in lex.words["team_move_cues"])  # unread)


BALLOT_WORDS = 3
"""Words of a ballot opener ("På valg er", words.yaml ``ballot_openers``)."""


def _same_date(doc: Doc, sent: Span) -> bool:
    """True when ``sent`` dates its news by the date told before it: "samme dato", "samme dag" (``sameness_words``
    and ``same_day_nouns`` of words.yaml)."""
    lex, texts = load_lexicon(), token_texts(doc)
    return any(
        lex.has("sameness_words", texts[k]) and lex.has("same_day_nouns", texts[k + 1])
        for k in range(sent.start, sent.end - 1)
    )


def _employed_at(doc: Doc) -> Span | None:
    """The organisation after an employment phrase and "i|hos" ("har været ansat i Lykke & Strand
    Advokatpartnerselskab siden 2017": ``employment_phrases`` and ``org_intro`` of words.yaml) when it names one
    (:func:`navnenyt.rules.runs.names_org`), else None."""
    lex, low = load_lexicon(), token_table(doc).lower
    for k in phrase_ends(doc, 0, len(doc) - 1, "employment_phrases"):
        if lex.has("org_intro", low[k]):
            org = org_run(doc, k + 1, len(doc))
            if org is not None and names_org(doc, org.start, org.end):
                return org
    return None


def same_employer_inside(draft: Draft) -> None:
    """A post whose previous organisation is its own organisation, as written ("Teamleder, Fjordlys Energi A/S" /
    "Kommer fra: Projektleder, Fjordlys Energi A/S"), is a move inside (SCHEMA.md convention 4): the previous
    organisation is dropped and a new job becomes a promotion. Changes ``draft`` in place (a table row's or a card's
    record)."""
    if draft.previous_org is not None and draft.org is not None and draft.previous_org.text == draft.org.text:
        draft.previous_org = None
        if draft.kind == EntryKind.new_job:
            draft.kind = EntryKind.promotion


def _staff_org(doc: Doc, start: int, end: int) -> Span | None:
    """The organisation after "medarbejdere i|hos O" (``colleague_nouns``, ``org_intro``) in tokens [start, end):
    the employer of the people a colon lists after it ("Tre medarbejdere i Hjortshøj & Kamp Revision P/S har bestået
    revisoreksamen ...: A, B og C"), else None."""
    lex, texts = load_lexicon(), token_texts(doc)
    for k in range(start, end - 2):
        if lex.has("colleague_nouns", texts[k]) and lex.has("org_intro", texts[k + 1]) and is_cap(doc[k + 2]):
            return org_run(doc, k + 2, end)
    return None


def _pronoun_clause_end(doc: Doc, main: Span, cues: list[tuple[Span, Cue]], first: Span) -> int | None:
    """The start of the clause after ", og|mens" (``clause_conjunctions``) when ``main`` opens with a pronoun subject
    ("Han", "Hun": ``pronouns``) whose clause holds a cue of news and names nobody, and ``first`` (the sentence's first
    person) comes after it: the person of the pronoun's news is told in another sentence, not this one. Else None."""
    lex = load_lexicon()
    if not lex.has("pronouns", doc[main.start].text):
        return None
    texts = token_texts(doc)
    joint = next(
        (
            k + 1
            for k in range(main.start + 1, first.start - 1)
            if texts[k] == "," and lex.has("clause_conjunctions", texts[k + 1])
        ),
        None,
    )
    if joint is None or not any(c.kind is not None and sp.end <= joint for sp, c in cues):
        return None
    return joint + 1


def replaced_by_pronoun(draft: Draft) -> bool:
    """True for the record of one replaced by a pronoun ("Hun afløser Y, der går på pension"): its successor is
    named in another sentence."""
    return draft.successor_of is not None and load_lexicon().has("pronouns", draft.successor_of)


def _held_now(doc: Doc, sentence: Span | None = None) -> bool:
    """True when the entry (or only ``sentence`` of it) tells a position held now or up to now ("der i dag er", "den
    nuværende", "hidtil"; ``held_now_phrases`` of words.yaml): with no previous organisation, the new position is a
    move inside it."""
    start, end = (sentence.start, sentence.end) if sentence is not None else (0, len(doc))
    return has_phrase(doc, start, end, "held_now_phrases", any_case=True)  # "I dag er hun ..." too


def _same_org(a: Span, b: Span) -> bool:
    """True when two organisation slots name the same organisation (:func:`same_org_name`)."""
    return same_org_name(a.text, b.text)


def same_org_name(x: str, y: str) -> bool:
    """True when two organisation names are one, the one perhaps longer by words after it ("Tangmose Møbler" and
    "Tangmose Møbler A/S", "Brugsen" and "Brugsen på Torvegade")."""
    return x == y or x.startswith(y + " ") or y.startswith(x + " ")


def _made_partner(doc: Doc, main: Span, role: Span | None) -> bool:
    """True when ``main`` appoints to a title a firm gives its own people ("er udnævnt til partner", "optages som
    partnere"): ``inside_titles`` and ``inside_appointment_verbs`` of words.yaml."""
    lex, texts = load_lexicon(), token_texts(doc)
    if role is None or not lex.has("inside_titles", role[-1].text):
        return False
    return any(lex.has("inside_appointment_verbs", texts[k]) for k in range(main.start, main.end))


def _inside(org: Span | None, role: Span | None) -> bool:
    """True when ``org`` lies within ``role`` ("direktør for Børn og Unge": the area is part of the title)."""
    return org is not None and role is not None and role.start <= org.start and org.end <= role.end


def _is_place(org: Span | None) -> bool:
    """True for an organisation slot of one or two words that the gazetteer knows as a town or place ("Esbjerg",
    "Nørre Snede"; :mod:`navnenyt.model_features`). Its ``known_org`` flag does not count: it marks every word of a
    listed name ("Esbjerg" of "Esbjerg Kommune")."""
    if org is None or len(org) > MAX_PLACE_WORDS:
        return False
    vocab = org.doc.vocab
    return all(is_place_word(vocab, t.text) for t in org)


MAX_PLACE_WORDS = 2
"""Words of a place name that :func:`_is_place` recognises ("Nørre Snede")."""


def _meeting_date(doc: Doc, sents: list[Span], dates: list[DateMatch]) -> tuple[DateMatch, bool] | None:
    """The date of a general meeting told in a sentence of the entry ("På generalforsamlingen den 19. november
    2025 blev ..."), and whether that sentence tells it in the past tense; or None. A sentence in the past tense may
    name the day from publication ("i går", "i tirsdags")."""
    lex, texts = load_lexicon(), token_texts(doc)
    for sent in sents:
        if any(lex.has("meeting_nouns", texts[k]) for k in range(sent.start, sent.end)):
            found = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.precision == "day"]
            if found:
                return found[0], _told_in_past(doc, sent)
            past = _told_in_past(doc, sent)  # "Ved generalforsamlingen i Tørring IF i tirsdags blev X valgt"
            for day in find_relative_dates(sent.text) if past else []:
                start, end = sent.start_char + day.start, sent.start_char + day.end
                if day.relative_days in (0, -1) or day.last:  # (not a bare "tirsdag aften": most gold leaves it)
                    return dataclasses.replace(day, start=start, end=end), True
    return None


def _sentence_drafts(
    doc: Doc,
    sents: list[Span],
    main: Span,
    label_kind: EntryKind | None,
    dates: list[DateMatch],
    context: Position | None = None,
) -> list[Draft]:
    """The records whose main sentence is ``main``: its people, kind and slots. ``context`` is the post a sentence
    before names without a person ("O har fundet en ny R."): the post of a subject that names none itself. A sentence
    that recalls known news in the past tense ("Den hidtidige cheftræner, Bo Kirkeby, blev som bekendt fritstillet i
    maj": words.yaml ``known_news_phrases``) gives none (not "..., som tidligere meddelt fratræder med udgangen af
    april": news still to come)."""
    if has_phrase(doc, main.start, main.end, "known_news_phrases") and _told_in_past(doc, main):
        return []
    main_cues = cues_in(doc, main.start, main.end)
    ballot = has_phrase(doc, main.start, min(main.end, main.start + BALLOT_WORDS), "ballot_openers", any_case=True)
    if ballot and all(c.cue == "board" for _, c in main_cues if c.kind is not None):
        return []  # "På valg er formand X (modtager genvalg) og ...": the candidates, not the result (but "På valg var
        # X, der ikke ønskede genvalg": a departure)
    all_dates = dates
    start, prefix = start_after_prefix(doc, main)
    if context is not None and prefix.role is None and prefix.org is None:
        prefix = context
    frame, people, frame_org = find_people(doc, main, start, main_cues)
    people = [p for p in people if not has_org_marker(p)]  # "Advokatfirmaet Lindholm Krarup P/S har optaget ..."
    people = [p for p in people if not _then_titled(doc, p, main.start)]  # "under daværende brandinspektør X"
    items = _colon_items(doc, main)
    if items:  # "Hos O er tre nye medarbejdere startet: A som R1, B som R2 og C som R3"
        people = [p for p, _ in items]
    named = _colon_names(doc, main) if not items else []
    if named:  # "udnævnes tre advokater til partner i O: A (M&A), B (fast ejendom) og C (procedure)"
        people = named
    vacancy = _vacancy(doc, main, main_cues)
    if vacancy is not None:
        people = [p for p in people if p.start >= vacancy[0].end]  # "Lundby Dambrug har fået ny driftsleder.":
        # who got a new R is no person ("Skovlund Håndbold har fundet sin nye cheftræner")
    revealed = _revealed(doc, sents, main, main_cues)
    if revealed is not None and (not people or people[0].start >= revealed.person.start):
        naming = next((s for s in sents if s.start <= revealed.person.start < s.end), main)  # "Det er X, som ..."
        _fill_rest(doc, revealed, sents, naming, dates, [revealed])  # "O har fået ny R: X, der ...", "Det er X"
        if revealed.date is None and naming != main:  # "O får pr. 1. juni ny R. Det bliver X, som ...": the date
            revealed.date = _pick_date(dates, main)  # of the vacancy
        own = _own_title(doc, naming, revealed.person.end)  # "får ny topchef. Det bliver X, der tiltræder som adm.
        revealed.role = own or revealed.role  # direktør 1. oktober": the title told with the name
        return [revealed, *_successions(doc, sents, [revealed])]  # "... Han afløser Y, som blev fritstillet"
    if not people:
        listed = _revealed_list(doc, sents, main, main_cues, dates)
        if listed is not None:
            return listed
        by = next((sp for sp, c in main_cues if c.cue == "successor_by"), None)
        owner = load_lexicon().has("possessive_pronouns", doc[main.start].text)  # "Hendes stilling som R ..."
        alone = owner and by is not None and not any(c.kind and sp.start < by.start for sp, c in main_cues)
        if by is not None and alone and label_kind is None:  # "Hendes stilling som R overtages af seniorredaktør
            return _passive_succession(doc, main, [], None, by)  # X." (not "rykker X op som COO, mens hendes post
            # ... overtages af Y")
        return _unnamed_succession(doc, main, main_cues)
    other = _pronoun_clause_end(doc, main, main_cues, people[0])
    if other is not None:  # "Han ønskede ikke genvalg, og i stedet blev X valgt som formand": the pronoun's clause
        return _sentence_drafts(doc, sents, doc[other : main.end], label_kind, dates, context)  # is not X's
    succ = next((sp for sp, c in main_cues if c.cue == "successor"), None)
    opener = succ is not None and succ.start == main.start + 1 and load_lexicon().has("pronouns", doc[main.start].text)
    if succ is not None and opener and people[0].start >= succ.end:
        return _unnamed_succession(doc, main, main_cues)  # "Han afløser [den nuværende R,] Y, der går på pension"
    whole, conj = main, _conjoined_clause(doc, people[-1].end, main.end)
    if conj is not None:  # "A er udnævnt til COO, og B tiltræder som ny CFO 1. december": B's clause has B's date;
        k, ends_main = conj  # with "og", or when B leaves, A's clause ends at the comma (B's record: _second_clause)
        dates = [d for d in dates if not doc[k].idx <= d.start < whole.end_char]
        if ends_main:
            main = doc[main.start : k]
            main_cues = [(sp, c) for sp, c in main_cues if sp.end <= k]
    cut = min(_other_person_clause(doc, people[-1].end, main.end), _subordinate_clause(doc, people[-1].end, main.end))
    resume = main.end  # a clause about another person or a subordinate clause runs to the sentence end
    if _relative_after(doc, people[-1].end, main.end):  # "X, der har været ansat i 8 år hos O, bliver ny CFO i
        cut = people[-1].end  # O2": the embedded clause ends at its comma and "bliver" decides
        resume = _clause_end(doc, cut, main.end)
    titles = {p.start for p in people}  # "Bestyrelsesformand Kirsten Lau kalder ...": a title, no news
    told = [(sp, c) for sp, c in main_cues if not (c.cue == "board" and sp.end in titles)]
    if main_kind(main_cues) is not None and main_kind(told) is None and label_kind is None:
        return []
    outside = [(sp, c) for sp, c in told if sp.start < cut or sp.start >= resume]
    found = main_kind(outside) or main_kind(told)
    retiring = [c for sp, c in told if cut <= sp.start < resume and c.kind == EntryKind.retirement]
    if found is not None and found[0] == EntryKind.departure and len(people) == 1 and retiring:
        found = (EntryKind.retirement, retiring[0])  # "stopper afdelingens kasserer, X, der går på pension"
    retiree = found is not None and found[0] == EntryKind.anniversary and len(people) == 1 and bool(retiring)
    if retiree and not any(load_lexicon().has("jubilee_nouns", t.text) for t in main):
        found = (EntryKind.retirement, retiring[0])  # "X, der går på pension med udgangen af september, har været i
        # virksomheden i 31 år": the years are the retiree's (no "jubilæum"), no anniversary
    if found is not None and found[1].cue == "departure" and frame in {"subject", "ner"} and len(people) == 1:
        main_cues = _joined_move(doc, main_cues, found[1])  # "X forlader O1 og bliver R2 i O2": a new job
        told, outside = _joined_move(doc, told, found[1]), _joined_move(doc, outside, found[1])
        found = main_kind(outside) or main_kind(told)
    kind, cue = found or (label_kind or EntryKind.other, LABEL_CUE)
    by = next((sp for sp, c in told if c.cue == "successor_by"), None)
    earlier = [c for sp, c in told if c.kind is not None and sp.start < by.start and c.cue != "become"] if by else []
    leaving = bool(earlier) and all(c.kind in LEAVING_KINDS for c in earlier)  # "Han stopper den 31. marts og
    handing = leaving and load_lexicon().has("pronouns", doc[main.start].text)  # overdrager ledelsen til Y": Y's post
    passive = by is not None and (not earlier or handing)  # "Adm. direktør X [i O] afløses pr. 1/8 af Y, der ...",
    if by is not None and passive and label_kind is None:
        return _passive_succession(doc, main, people, frame_org, by)  # "X bliver pr. 1. juni afløst af Y"
    joined = next(((sp, c) for sp, c in main_cues if c.joins), None) if kind == EntryKind.new_job else None
    joins = joined[1] if joined is not None else None
    opening = [*range(main.start, min(main.end, main.start + JOINED_BODY_TOKENS))]
    opening += [*range(joined[0].start + 1, joined[0].end - 1)] if joined is not None else []  # "O har udvidet
    # bestyrelsen med X": the body inside the cue
    if joins is not None and any(load_lexicon().has("board_nouns", doc[k].text) for k in opening):
        kind, cue = EntryKind.board_appointment, joins  # "Bestyrelsen i O er udvidet med X": X joins the board
        # (also "Fondens bestyrelse har fået to nye medlemmer: X og Y")
    members = _board_members_before(doc, main.start, people[0].start) if kind == EntryKind.new_job else None
    if members is not None:
        kind = EntryKind.board_appointment  # "udpeget to nye medlemmer til forsyningens bestyrelse: A (V) og B"
    drafts = []
    if frame in {"subject", "ner"}:  # (also a name only the NER finds: "Træner X roser især forsvaret")
        people = [p for p in people if not _comments(doc, p, main.end)]
    for n, person in enumerate(people):
        draft = Draft(kind=label_kind or kind, person=person, rule=f"{frame}:{cue.id}", past=cue.past)
        draft.nearest = cue.nearest
        if frame in {"subject", "ner"}:
            own = frame_org if n == 0 else title_before(doc, person, main.start)  # "Lagerforvalter A og chauffør B"
            draft.role = own if own is not None and own.start < person.start else prefix.role
            draft.org = prefix.org
            inverted = any(c.kind and start <= sp.start and sp.end <= person.start for sp, c in main_cues)
            after = next((sp.end for sp, c in main_cues if c.kind and sp.start >= person.end), main.start)
            cue_end = people[-1].end if inverted else after  # "... skifter X nu til O, hvor han bliver R": from X
            # on; "Pr. 1/1 bliver A, B og C partnere i O": from the last name on
            lead = draft.role if frame_org is not None and draft.role is frame_org else None
            lex = load_lexicon()
            ages = lex.endings("age_adjective_endings") + lex.endings("origin_adjective_endings")
            aged = lead is not None and lead.start > 0 and doc[lead.start - 1].lower_.endswith(ages)
            draft.lead_role = None if aged else lead  # "Den 52-årige maskiningeniør X", "Den finske dirigent X": a
            # profession, no post
            _fill_subject(doc, draft, main, main_cues, dates, cue_end)
            _subject_position(doc, draft, main, prefix, titled=own is not None)
            draft.held = prefix.held and draft.role is prefix.role and draft.org in (None, prefix.org)
            draft.role = draft.role or _new_title_before(doc, person, main.start)
            comma_post = _comma_title_before(doc, person, main.start) if draft.role is None else None
            if comma_post is not None and comma_post.role is not None:  # "Samtidig går afdelingschef for Park og
                inside = draft.org is not None and comma_post.role.start <= draft.org.start < person.start  # Vej, X,
                draft.role = comma_post.role  # på pension": the area read as the organisation belongs to the title
                draft.org = comma_post.org or (None if inside else draft.org)
            if len(people) > 1 and any(load_lexicon().has("respectively", t.text) for t in main):
                positions = _roles_after(doc, people[-1].end, main.end, len(people))  # "A og B er ansat som
                if len(positions) == len(people):  # henholdsvis R1 og R2 hos O"
                    draft.role = positions[n].role
                    draft.org = positions[-1].org or draft.org
        else:
            _fill_object(doc, draft, people, n, frame, frame_org, main)
            anchor = _clause_person(doc, people, n)  # "velkommen til A og B, som begynder som lærere": B's clause
            clause_cue = _relative_start_cue(doc, anchor, main, main_cues) if anchor is not None else None
            if clause_cue is not None:  # "byder velkommen til X, der fra 1. oktober bliver vores nye R": the
                role, org = draft.role, draft.org  # relative clause tells the position, as a subject's sentence
                draft.role = draft.org = None  # does (the title before the name stays when it tells none: "til
                _fill_subject(doc, draft, main, main_cues, dates, clause_cue)  # sygeplejerskerne A og B, der har
                draft.role, draft.org = draft.role or role, draft.org or org  # startet en motionsgruppe")
            if prefix.role is not None:  # "Som ny R i O er ansat P": the prefix tells the position
                draft.role, draft.org = prefix.role, prefix.org or draft.org
        if cue.farewell:
            _leaves_for_post(doc, draft, main, _clause_person(doc, people, n) or person)
        drafts.append(draft)
    if frame == "subject" and len(people) > 1:
        _listed_subjects(doc, main, people, drafts)
    if named:  # the post before the colon is everyone's
        shared = _roles_after(doc, main.start, named[0].start - 1, 1)
        staff_org = _staff_org(doc, main.start, named[0].start - 1)
        for draft in drafts:
            if shared and shared[0].role is not None:
                draft.role, draft.org = shared[0].role, shared[0].org or draft.org
            draft.org = draft.org or staff_org  # "Tre medarbejdere i O har bestået revisoreksamen ...: A, B og C"
    colon_org = org_before(doc, main.start, items[0][0].start - 1) if items else None
    staff = _staff_org(doc, main.start, items[0][0].start - 1) if items else None
    for draft, (person, role) in zip(drafts, items, strict=False):
        draft.role = role  # each item's own role; the organisation before the colon ("Lunde A/S har ansat to nye:")
        draft.org = draft.org or colon_org
        if role.end <= person.start:  # "Tre ledere i O har ...: afdelingsleder B fra Teknik og Miljø": the unit
            draft.org = staff or colon_org or draft.org  # after the name is no employer
    drafts += _gapped(doc, main, drafts)  # "A er ansat som R1 og B som R2 i O"
    for draft in drafts:
        _fill_rest(doc, draft, sents, main, dates, drafts)
        if members is not None and draft.org is not None and draft.org.end <= members:
            draft.org = None  # "Byrådet i Fjordby Kommune har udpeget to nye medlemmer til forsyningens bestyrelse:
            # A og B": who appoints is not the board's organisation (the page names it)
        draft.same_time = any(c.cue == "same_time" and sp.start > _first_word(main) for sp, c in main_cues)  # "X
        # fratræder samtidig": the date before; not "Samtidig er Y ansat som R": news of its own (the gold convention);
        draft.same_date = _same_date(doc, main)  # but "med virkning fra samme dato" is that date
        draft.same_time = draft.same_time or draft.same_date
    for draft in drafts[1:]:
        if draft.rule.startswith("gapped:"):  # the verb left out is the first person's: so is the kind
            draft.kind = drafts[0].kind
    if cue.cue == "become" and frame == "subject":  # "bliver glad" is no new job: "bliver R i ORG" is
        # a board post, a degree, or a position told before the person ("Ny leder bliver Sara Lindqvist") stay
        drafts = [
            d
            for d in drafts
            if d.org is not None
            or d.kind not in MOVE_KINDS
            or prefix.role is not None
            or (_is_title(d.role) and has_flag(doc.vocab, d.person[0].text, "first_name"))
            or (d.role is None and _is_title(d.previous_role))  # "Ny R bliver X, der i dag er R1": a move
        ]  # ... and "Endelig bliver Amir Holm ny COO": a title and a listed first name (a release's issuer is the
        # organisation); not "Hjortdal IF har fundet ny cheftræner"
    got = next((sp for sp, c in main_cues if c is cue), None) if cue.cue == "vacancy" else None
    if got is not None and got.end < main.end and not load_lexicon().has("position_nouns", doc[got.end].text):
        drafts = [d for d in drafts if not _no_post_got(d, got)]  # "Ove Kragh fik ny hofte": no post
    lex = load_lexicon()
    clause_end = next((t.i for t in main if t.i > main.start and lex.has("clause_openers", t.text)), main.end)
    second = _second_clause(doc, whole, drafts, all_dates)
    if any(lex.has("reelection_words", t.text) for t in doc[main.start : clause_end]):  # "A, B og C blev genvalgt" is
        # no news, "genvalgt som formand" is (not ", mens kassereren blev genvalgt": another clause); nor is
        # "Formand Bjarne Toft blev genvalgt": the title before the name is the post held
        texts = token_texts(doc)
        other = next(  # ", mens C er nyt bestyrelsesmedlem": another clause, whose title is not theirs
            (
                k
                for k in range(main.start + 1, main.end)
                if texts[k - 1] == "," and lex.has("clause_conjunctions", texts[k])
            ),
            main.end,
        )
        for d in drafts:
            if d.role is not None and d.role.start >= other:  # "X blev genvalgt som næstformand, mens Y er nyt
                d.role = _own_role(doc, d.person.end, other)  # medlem": X's title is in X's clause, if anywhere
        drafts = [
            d
            for d in drafts
            if (d.role is not None and d.person.start < d.role.start < other) or d.kind not in CHANGE_KINDS
        ]
    drafts += [d for d in second if not _reelected(doc, d)]
    drafts += _successions(doc, sents, drafts)
    for draft in drafts:  # "farvel til lærer A, der flytter til Ravnsted, og til B, som ...": B is no title of A's
        if draft.role is not None and any(_overlap(draft.role, d.person) for d in drafts if d is not draft):
            draft.role = None
    return drafts


def _overlap(a: Span, b: Span) -> bool:
    """True when spans ``a`` and ``b`` of one Doc share a token."""
    return a.start < b.end and b.start < a.end


def _board_members_before(doc: Doc, start: int, k: int) -> int | None:
    """The index of a members noun (``member_nouns`` of words.yaml) in tokens [start, k) that a board noun
    (``board_nouns``) follows, else None: "har udpeget to nye medlemmer til forsyningens bestyrelse: A og B" (the
    people after it join the board)."""
    lex, texts = load_lexicon(), token_texts(doc)
    member = next((m for m in range(start, k) if lex.has("member_nouns", texts[m])), None)
    board = member is not None and any(lex.has("board_nouns", texts[m]) for m in range(member + 1, k))
    return member if board else None


def _titled_before(doc: Doc, cues: list[tuple[Span, Cue]], start: int, end: int) -> bool:
    """True when a kind cue in tokens [start, end) other than "bliver" is followed by "til"/"som" (``role_intro``)
    and a title: "er udnævnt til CCO i O" before "og bliver samtidig medlem af koncernledelsen", "er forfremmet til
    R" before ", mens Y bliver ny R2" (the first title is the subject's news; not before a decisive "for at blive
    R": that is the news)."""
    lex = load_lexicon()
    return any(
        c.kind is not None
        and c.cue != "become"
        and start <= sp.start
        and sp.end + 1 < end
        and lex.has("role_intro", doc[sp.end].text)
        and _is_title(role_run(doc, sp.end + 1, end))
        for sp, c in cues
    )


def _reelected(doc: Doc, draft: Draft) -> bool:
    """True for a second clause's record of a re-election without a post after it (", mens kasserer B og C blev
    genvalgt"; not "..., mens B blev genvalgt som næstformand"): no news, as in a main clause."""
    lex = load_lexicon()
    words = doc[draft.person.end : min(draft.person.end + MAX_REELECTION_GAP, len(doc))]
    return (
        draft.kind in CHANGE_KINDS
        and any(lex.has("reelection_words", t.text) for t in words)
        and (draft.role is None or draft.role.start < draft.person.start)
    )


MAX_REELECTION_GAP = 8
"""Tokens after a second clause's person within which its re-election word stands ("og C blev genvalgt")."""


def _listed_subjects(doc: Doc, main: Span, people: list[Span], drafts: list[Draft]) -> None:
    """Subjects listed "A, B og C": a listed name is no one's previous post (", B og C bliver ..." is no
    apposition of A) nor title (the title the others share is), and a plural title before the list is everyone's
    previous post ("Pr. 1/1 bliver senioradvokaterne A, B og C partnere": each leaves "senioradvokat")."""
    for draft in drafts:
        left = draft.previous_role
        if left is not None and any(p.start < left.end and left.start < p.end for p in people):
            draft.previous_role = draft.previous_org = None
    named = [d for d in drafts if d.role is not None and any(p.start <= d.role.start < p.end for p in people)]
    others = {d.role.text: d.role for d in drafts if d.role is not None and d not in named}
    for draft in named:  # "jubilæum som besøgsven: Ester Boe, Helmer Krogh og Anni Stausholm": "Helmer Krogh" is
        draft.role = next(iter(others.values())) if len(others) == 1 else None  # no title; the others' is hers
    k = people[0].start - 1
    if k < main.start or not doc[k].is_lower or title_word(doc[k].text) in {None, doc[k].text}:
        return
    for draft in drafts:
        if draft.previous_role is None and draft.previous_org is None and draft.kind == EntryKind.new_job:
            draft.kind, draft.internal = EntryKind.promotion, True  # a title held there, as for one lead title
        draft.previous_role = draft.previous_role or doc[k : k + 1]


def _subject_position(doc: Doc, draft: Draft, main: Span, prefix: Position, *, titled: bool) -> None:
    """Complete a subject's position from what stands around the name (``titled``: a title was printed right before
    it): the title after a list dash ("• Nikolaj Thybo – projektleder, Byggeri"); the fronted "Hos O" when the
    clause names only a town ("... udnævnt til korrespondent med base i Bruxelles"); the organisation in the genitive
    before the title ("Radio Skovbos morgenvært X"); a post told before its verb and person ("Ny R bliver X, der
    kommer fra O1, hvor han har været R1": the fronted title is the new post)."""
    person = draft.person
    if draft.role is None and person.end + 1 < main.end and doc[person.end].text in DASHES:
        pos = role_and_org(doc, person.end + 1, main.end)
        draft.role, draft.org = pos.role, draft.org or pos.org
        after = pos.end if pos.role is not None and pos.org is None and pos.end + 1 < main.end else None
        named = org_run(doc, after + 1, main.end) if after is not None and doc[after].text == "," else None
        if draft.org is None and named is not None and has_org_marker(named):  # "• X – salgsdirektør, O A/S"
            draft.org = named
    if prefix.org is not None and prefix.role is None and _is_place(draft.org):
        draft.org = prefix.org
    if draft.org is None and draft.role is not None and draft.role.end <= person.start:
        draft.org = _possessor(doc, draft.role.start, main)
    if draft.org is None:
        draft.org = _led_by(doc, main, person)
    if _fronted_post(doc, prefix, main) and not titled:
        draft.role, draft.org = prefix.role, prefix.org or draft.org


def _led_by(doc: Doc, main: Span, person: Span) -> Span | None:
    """The organisation a sentence opens with when a passive verb of leading (``led_by_verbs`` of words.yaml) and
    "af" (``agent_intro``) come before ``person`` ("Plejecenter Solbakken ledes indtil videre af souschef X, der er
    konstitueret som forstander"): the organisation the person leads; else None."""
    lex, texts = load_lexicon(), token_texts(doc)
    verb = next((k for k in range(main.start, person.start) if lex.has("led_by_verbs", texts[k])), None)
    if verb is None or not any(lex.has("agent_intro", texts[m]) for m in range(verb + 1, person.start)):
        return None
    start = next((k for k in range(main.start, verb) if is_cap(doc[k])), verb)  # (past a bullet: "→")
    org = org_run(doc, start, verb)
    named = org is not None and (len(org) > 1 or has_org_marker(org))  # (not "Enheden ledes af X": a common noun)
    return org if org is not None and named and org.end == verb else None


def _possessor(doc: Doc, title: int, main: Span) -> Span | None:
    """The organisation in the genitive before a title that starts at token ``title`` ("Radio Skovbos [mangeårige]
    morgenvært X", "på Grønhøj Foods' fabrik"), else None; a lone sentence-initial word is none ("Bankens
    vicedirektør X")."""
    e, lex = title, load_lexicon()
    while e - 1 > main.start and title - e < POSSESSED_TITLE_WORDS and doc[e - 1].is_alpha and doc[e - 1].is_lower:
        if lex.has("list_joiners", doc[e - 1].text):
            return None  # "jurist Amalie Brøns og byggetekniker X": a list, no owner
        e -= 1
    last = doc[e - 1].text if e - 1 >= main.start else ""
    genitive = last.endswith(("'", "’")) or is_genitive(last)
    if not genitive or possessed_title(doc, e, main.end) is None:
        return None
    for start in range(max(main.start, e - MAX_NAME_TOKENS), e):
        run = org_run(doc, start, e)
        if run is not None and run.end == e and (len(run) > 1 or start > main.start):
            return run
    return None


def _fronted_post(doc: Doc, prefix: Position, main: Span) -> bool:
    """True when ``prefix`` is a post told before its verb and person ("Ny R [i O] bliver X", "Filialdirektør bliver
    X": ``inverted_verbs`` of words.yaml right after it), not a heading ("Ny R i O: X ...") or a held title
    ("Koncernchef i O, X, ...")."""
    told = prefix.org or prefix.role
    if prefix.role is None or told is None or told.end >= main.end:
        return False
    return doc[told.end].is_lower and load_lexicon().has("inverted_verbs", doc[told.end].text)


def _names_org_only(doc: Doc, one: Span, other: Span) -> bool:
    """True when ``one`` names an organisation (:func:`navnenyt.rules.runs.names_org`) and ``other`` does not."""
    return names_org(doc, one.start, one.end) and not names_org(doc, other.start, other.end)


def _comments(doc: Doc, person: Span, end: int) -> bool:
    """True when the verb after ``person`` (and after "fra O") is a verb of saying or judging (``quote_verbs``,
    ``comment_verbs`` of words.yaml): "Analytiker Ida Mørch fra Kornbank Markets kalder skiftet "ventet"" comments
    on someone else's news."""
    lex = load_lexicon()
    k = person.end
    if k + 1 < end and lex.has("origin_intro", doc[k].text) and is_cap(doc[k + 1]):
        org = org_run(doc, k + 1, end)
        k = org.end if org is not None else k
    verb = doc[k].text if k < end and doc[k].is_lower else ""
    return lex.has("quote_verbs", verb) or lex.has("comment_verbs", verb)


def _gapped(doc: Doc, main: Span, drafts: list[Draft]) -> list[Draft]:
    """ "A er ansat som R1[, B som R2] og C som R3 i O": the records of B and C, the verb left out; A's kind, date and
    organisation, their own roles (the organisation after the last role is everyone's when A's has none). [] when
    the sentence has no such item after A's role."""
    first, lex = drafts[0] if len(drafts) == 1 else None, load_lexicon()
    if first is None or first.role is None:
        return []
    texts = token_texts(doc)
    items: list[tuple[Span, Span]] = []
    k = first.role.end
    while k + 3 < main.end and (texts[k] == "," or lex.has("list_joiners", texts[k])):
        item = _named_role(doc, k + 1, main.end)
        if item is None:
            break
        items.append(item)
        k = item[1].end
    if not items or not lex.has("list_joiners", texts[items[-1][0].start - 1]):
        return []  # (a list ends with "og C som R3")
    if first.org is None:  # "valgt A som formand og B som næstformand for bestyrelsen i O": O is everyone's
        first.org = role_and_org(doc, items[-1][1].start, main.end).org
    out = []
    for person, role in items:
        other = Draft(kind=first.kind, person=person, rule=f"gapped:{first.rule}", role=role, org=first.org)
        other.date, other.past, other.nearest = first.date, first.past, first.nearest
        out.append(other)
    return out


def _is_title(role: Span | None) -> bool:
    """True when ``role`` holds a job title word (``role_suffixes``: "direktør", "partner", "coo") or an English
    title head ("Head of Operations": ``english_title_heads``), unlike the adjectives "bliver" also takes ("bliver
    glad")."""
    if role is None:
        return False
    heads = load_lexicon().words["english_title_heads"]
    return any(title_word(t.text) is not None or (t.is_title and t.lower_ in heads) for t in role)  # (also a
    # plural: "bliver partnere"; a field after the title: "bliver professor i kvanteoptik")


def _subordinate_clause(doc: Doc, i: int, end: int) -> int:
    """Where a subordinate clause starts (", efter at den hidtidige direktør er fratrådt"), else ``end``: its
    cues do not decide the entry's kind."""
    lex, texts = load_lexicon(), token_texts(doc)
    for k in range(i, end - 1):
        if texts[k] == "," and lex.has("subordinators", texts[k + 1]):
            return k
    return end


def _revealed(doc: Doc, sents: list[Span], main: Span, cues: list[tuple[Span, Cue]]) -> Draft | None:
    """ "O har fået ny R: NAME" / "O har fået ny R. Det er NAME, som ...": a new job (a board post, by the role)
    for the person named after a colon or in the next sentence's opener (``revealing_openers`` of words.yaml),
    with the role after "ny" and the organisation before the cue; else None."""
    found = _vacancy(doc, main, cues)
    if found is None:
        return None
    lex, texts = load_lexicon(), token_texts(doc)
    vacancy, role = found
    person = None
    if role.end + 1 < main.end and texts[role.end] == ":":
        person = titled_name(doc, role.end + 1, main.end)  # "har fået ny næstformand: Birgitte Lauesen, der ...",
        # "kunne præsentere den nye cheftræner: assistenttræner Morten Kjærgaard"
    nxt = next((s for s in sents if s.start >= main.end), None)
    n = _opener_words(nxt) if person is None and nxt is not None else None
    if nxt is not None and n is not None:
        k, ages = _first_word(nxt) + n, lex.endings("age_adjective_endings")
        while k + 1 < nxt.end and (lex.has("role_drop_prefix", doc[k].text) or doc[k].lower_.endswith(ages)):
            k += 1  # "Det bliver den 44-årige civilingeniør Nikolaj Brask"
        person = titled_name(doc, k, nxt.end)  # "Det blev [instruktør] Katrine Dahl Møller"
    if person is None:
        return None
    kind = EntryKind.board_appointment if _is_board_title(role) else EntryKind.new_job
    draft = Draft(kind=kind, person=person, rule="revealed", role=role)
    limit = next((s.end for s in sents if s.start <= person.start < s.end), main.end)
    board = any(lex.has("board_roles", t.text) for t in role)  # ("ny næstformand i bestyrelsen": the member's job)
    if not board and _relative_after(doc, person.end, limit):  # "Det bliver X, som siden
        # 2021 har været overlæge i afdelingen,
        close = _clause_end(doc, person.end, limit)  # og som ...", "..., der i dag er mekaniker hos O1": the post
        close -= 1 if close < limit else 0  # held up to now
        copula = skip_to(doc, person.end + 2, close, lex.words["copulas"])
        held = previous_position(doc, copula + 1, close) if copula < close else Position()
        draft.previous_role, draft.previous_org, draft.internal = held.role, held.org, held.internal
        draft.elsewhere = held.org is not None  # the vacancy is the organisation's own, not the one held now
    draft.org = _vacancy_owner(doc, main, vacancy)
    return draft


def _vacancy_owner(doc: Doc, main: Span, vacancy: Span) -> Span | None:
    """The organisation whose post the vacancy cue ``vacancy`` of sentence ``main`` tells: before the cue
    ("Akutmodtagelsen på Regionshospitalet Nordby får ny R": the employer; past a wire dateline, "KØBENHAVN (Ritzau)
    –"), or between the verb and "ny" of an inverted cue ("Fra 1. februar får Tarm Bibliotek ny leder": cues
    ``faar_org_ny`` to ``faar_org3_ny``; not a department, ``department_heads`` of words.yaml); else None."""
    start = dateline_end(doc, main) or main.start
    before = employer_inside(doc, org_before(doc, start, vacancy.start))
    if before is not None:
        return before
    inside = org_run(doc, vacancy.start + 1, vacancy.end - 1)
    if inside is None or inside.end != vacancy.end - 1 or load_lexicon().has("department_heads", inside[-1].text):
        return None  # "får Ortopædkirurgisk Afdeling ny ledende overlæge": a department; the page names the employer
    return inside


def _revealed_list(
    doc: Doc, sents: list[Span], main: Span, cues: list[tuple[Span, Cue]], dates: list[DateMatch]
) -> list[Draft] | None:
    """ "O har udnævnt tre nye partnere med virkning fra 1. januar. Det drejer sig om A (M&A), B og C, der ...": the
    counted noun after a hire verb is each person's role, the next sentence's opener (``revealing_openers``) names
    them; the organisation before the verb and the main sentence's date are theirs. None when the text is no such
    pair of sentences."""
    found = main_kind(cues)
    hire = next((sp for sp, c in cues if c.cue == "hire"), None)
    nxt = next((s for s in sents if s.start >= main.end), None)
    if found is None or hire is None or nxt is None:
        return None
    role = counted_noun(doc, after_hire_adverbs(doc, hire.end, main.end), main.end)
    n = _opener_words(nxt)
    if role is None or n is None:
        return None
    people = listed_names(doc, _first_word(nxt) + n, nxt.end, counted=True)
    if len(people) < 2:
        return None
    org = org_before(doc, main.start, hire.start)
    date = _pick_date([d for d in dates if d.start < main.end_char], main)
    drafts = []
    for person in people:
        draft = Draft(kind=found[0], person=person, rule=f"revealed_list:{found[1].id}", role=role, org=org)
        draft.date = date
        if draft.kind == EntryKind.new_job and draft.previous_org is None and _made_partner(doc, main, draft.role):
            draft.kind = EntryKind.promotion  # "udnævnt tre nye partnere": a firm makes its own people partners
        drafts.append(draft)
    return drafts


def _counts_people(doc: Doc, k: int) -> bool:
    """True when token ``k`` is a number counting something other than time ("hvor over 300 frivillige var samlet"),
    not a year ("siden 2021") nor years ("de seneste 15 år", "i seks år": ``year_nouns`` of words.yaml)."""
    nxt = doc[k + 1].text if k + 1 < len(doc) else ""
    return doc[k].like_num and not YEAR.fullmatch(doc[k].text) and not load_lexicon().has("year_nouns", nxt)


YEAR = re.compile(r"(?:19|20)\d\d")
"""A year ("hvor han siden 2021 har været R")."""


def _later_title(doc: Doc, sent: Span, draft: Draft) -> Span | None:
    """The title a later sentence about the draft's person gives ("Holmsland Andelskasse har ansat X. X bliver ny
    kunderådgiver i ..."): the sentence opens with the person's name or a pronoun, then a become cue ("bliver") or a
    move cue with "som"; the title must end in a title word. Else None."""
    lex = load_lexicon()
    head = next((k for k in range(sent.start, sent.end) if not doc[k].is_space), sent.end)
    named = doc[head : head + len(draft.person)].text == draft.person.text
    if not named and not (head < sent.end and lex.has("pronouns", doc[head].text)):
        return None
    after = head + (len(draft.person) if named else 1)
    cue = next((sp for sp, c in cues_in(doc, after, sent.end) if c.kind in MOVE_KINDS), None)
    if cue is None or cue.start != after or cue.end >= sent.end:
        return None
    k = cue.end + (1 if lex.has("role_intro", doc[cue.end].text) else 0)
    role = role_run(doc, k, sent.end)
    return role if _is_title(role) else None


_AGENDA_ITEM = re.compile(r"\s*(?:\d{1,2}\.\s*)?(?P<lead>\w+ \w+) (?P<post>\w+)\s*:", re.IGNORECASE)
"""An agenda item of a general meeting's minutes: "3. Valg af formand:" (lead words: ``agenda_election_leads``)."""


AGENDA_HEAD_CHARS = 60
"""Characters of an entry's start searched for an agenda item ("12. Valg af næstformand:")."""


def _agenda_election(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Drafts of an entry that opens with an agenda item naming the post elected ("1. Valg af dirigent: X blev valgt.",
    "3. Valg af formand: ... Y, som blev valgt uden modkandidat."): none for a meeting function (``meeting_roles``),
    else each undated-role draft a board post with that title (``board_roles``); other entries unchanged."""
    head = token_table(doc).doc_text[:AGENDA_HEAD_CHARS]  # (Doc.text would join the whole entry)
    match = _AGENDA_ITEM.match(head) if ":" in head else None
    lex = load_lexicon()
    if match is None or not lex.has("agenda_election_leads", match.group("lead").lower()):
        return drafts
    post = match.group("post")
    if lex.has("meeting_roles", post):
        return []
    title = doc.char_span(match.start("post"), match.end("post"))
    if title is None or not lex.has("board_roles", post):
        return drafts
    for draft in drafts:
        if draft.kind in MOVE_KINDS | {EntryKind.board_appointment} and draft.role is None:
            draft.kind, draft.role = EntryKind.board_appointment, title
    return drafts


def _no_post_got(draft: Draft, vacancy: Span) -> bool:
    """True when ``draft``'s person is the subject of the "fik ny" cue ``vacancy`` and what they got is no job title:
    "Ove Kragh fik ny hofte i september" (not "O har fået ny indehaver: ... overtager X forretningen")."""
    return draft.kind in MOVE_KINDS and draft.person.end <= vacancy.start and not _is_title(draft.role)


def _vacancy(doc: Doc, main: Span, cues: list[tuple[Span, Cue]]) -> tuple[Span, Span] | None:
    """The "fået ny" cue and the title right after it ("O har fået ny driftsleder"), else None; "har fået nyt job
    som R" is a person's own new job (a position noun follows the cue)."""
    vacancy = next((sp for sp, c in cues if c.cue == "vacancy"), None)
    if vacancy is None or vacancy.end >= main.end or load_lexicon().has("position_nouns", doc[vacancy.end].text):
        return None
    role = role_run(doc, vacancy.end, main.end)
    return (vacancy, role) if role is not None and _is_title(role) else None


def _own_title(doc: Doc, sent: Span, k: int) -> Span | None:
    """The job title after the first kind cue from token ``k`` of ``sent`` and "som" ("..., der tiltræder som adm.
    direktør 1. oktober"), else None."""
    cue = next((sp for sp, c in cues_in(doc, k, sent.end) if c.kind is not None), None)
    if cue is None or cue.end + 1 >= sent.end or not load_lexicon().has("role_intro", doc[cue.end].text):
        return None
    title = role_run(doc, cue.end + 1, sent.end)
    return title if _is_title(title) else None


JOINED_BODY_TOKENS = 3
"""Tokens the body a joining verb's object joins may stand at, from the sentence start: "Bestyrelsen", "Fondens
bestyrelse", "Agri Vestegns bestyrelse"."""


def _meeting_function(draft: Draft) -> bool:
    """True when ``draft`` is an election to a general meeting's own function ("Advokat X blev valgt som dirigent og Y
    som referent": ``meeting_roles`` of words.yaml after an election verb), not a post (a choir's "dirigent" is)."""
    lex, cue = load_lexicon(), cue_by_id().get(draft.rule.rpartition(":")[2])
    elected = cue is not None and lex.has("election_words", cue.phrase)
    return elected and draft.role is not None and lex.has("meeting_roles", draft.role.text)


THEN_TITLE_TOKENS = 4
"""Tokens between "daværende" and the name it dates at most ("daværende administrerende direktør X")."""


def _then_titled(doc: Doc, person: Span, start: int) -> bool:
    """True when ``person`` is named with a title they held then ("under daværende brandinspektør Kaj Munk-Holm":
    ``then_words`` of words.yaml): a figure of the story's past, no news of their own."""
    texts = token_texts(doc)
    lex = load_lexicon()
    return any(
        lex.has("then_words", texts[k]) for k in range(max(start, person.start - THEN_TITLE_TOKENS), person.start)
    )


MAX_OPENER_WORDS = 4
"""Words of a revealing opener at most ("valget er faldet på")."""


def _opener_words(sent: Span) -> int | None:
    """The number of words of the revealing opener (``revealing_openers`` of words.yaml: "Det er", "Det drejer sig
    om") that ``sent`` starts with, else None."""
    first = _first_word(sent)
    words = [t.lower_ for t in sent.doc[first : min(first + MAX_OPENER_WORDS + 1, sent.end)]]
    openers = load_lexicon().words["revealing_openers"]
    return next((len(o.split()) for o in openers if " ".join(words[: len(o.split())]) == o), None)


def _first_word(sent: Span) -> int:
    """The index of the first token of ``sent`` that is no whitespace (after a paragraph break a sentence opens with
    its whitespace token)."""
    return next((t.i for t in sent if not t.is_space), sent.start)


def _named_role(doc: Doc, k: int, end: int, *, joined: bool = True) -> tuple[Span, Span] | None:
    """A name at token ``k`` and the role after its "som" ("B som privatrådgiver", "B (V) som næstformand"), else
    None."""
    person = name_run(doc, k, end)
    if person is None or person.start != k or person.end >= end:
        return None
    intro = after_brackets(doc, person.end, end)  # an age or a party: "B (45)", "B (V)"
    if intro >= end or not load_lexicon().has("role_intro", token_texts(doc)[intro]):
        return None
    role = role_run(doc, intro + 1, end, joined=joined)
    return (person, role) if role is not None else None


def _colon_names(doc: Doc, main: Span) -> list[Span]:
    """The names listed after a colon that ends the sentence's clause ("... til partner i O: A (M&A), B og C
    (procedure)"), each perhaps with a note in brackets; [] unless there are two or more and nothing else follows."""
    lex, texts = load_lexicon(), token_texts(doc)
    colon = next((k for k in range(main.start, main.end) if texts[k] == ":"), None)
    if colon is None:
        return []
    names, k = [], colon + 1
    while k < main.end:
        name = name_run(doc, k, main.end)
        if name is None or name.start != k:
            return []
        names.append(name)
        k = name.end
        if k < main.end and texts[k] == "(":
            k = skip_to(doc, k, main.end, {")"}) + 1  # "(M&A)"
        if k < main.end and (texts[k] == "," or lex.has("list_joiners", texts[k])):
            k += 1
        elif k < main.end and not (doc[k].is_punct and k + 1 == main.end):
            return []  # only the full stop may follow the last name
        else:
            break
    if any(texts[n.start - 1] == "," and not named_after_comma(doc, n) for n in names[1:]):
        return []  # "Finansøkonom: Lucas Brandt, Viby J.": a town after the comma, no second name
    return names if len(names) >= 2 else []


def _colon_items(doc: Doc, main: Span) -> list[tuple[Span, Span]]:
    """The items of a list after a colon, each a name and its role after "som" ("startet: A som servicetekniker, B
    som projektleder og C som elev"); [] unless there are two or more, all with a role."""
    lex, texts = load_lexicon(), token_texts(doc)
    colon = next((k for k in range(main.start, main.end) if texts[k] == ":"), None)
    items: list[tuple[Span, Span]] = []
    k = colon + 1 if colon is not None else main.end
    while k < main.end:
        item = _named_role(doc, k, main.end, joined=False)
        if item is None:
            return _titled_items(doc, main, colon) if not items else []
        items.append(item)
        role = item[1]
        k = role.end + 1
        if role.end >= main.end or not (texts[role.end] == "," or lex.has("list_joiners", texts[role.end])):
            break
    return items if len(items) >= 2 else _titled_items(doc, main, colon)


def _titled_items(doc: Doc, main: Span, colon: int | None) -> list[tuple[Span, Span]]:
    """The items of a list after a colon, each a title before a name, perhaps with its unit after "fra"/"i"
    (``unit_intros``: "afsluttet MPA ved O: direktør for Børn og Unge A, afdelingsleder B fra Teknik og Miljø og
    institutionsleder C"): (name, title) pairs from the NER's PER spans; [] unless there are two or more, every
    one with a title, and nothing but a unit between a name and the next item."""
    if colon is None:
        return []
    lex, texts = load_lexicon(), token_texts(doc)
    people = [e for e in doc.ents if e.label_ == "PER" and colon < e.start and e.end <= main.end]
    items: list[tuple[Span, Span]] = []
    k = colon + 1
    for n, person in enumerate(people):
        start = k
        for m in range(k, person.start - 1):
            if (texts[m] == "," or lex.has("list_joiners", texts[m])) and doc[m + 1].is_lower:
                start = m + 1  # the last separator before a lower-case word opens the item
        if n > 0 and (start == k or (start - 1 > k and not lex.has("unit_intros", texts[k]))):
            return []  # no separator, or something other than a unit after the last name
        title = doc[start : person.start]
        if not title or not doc[start].is_lower or not _is_title(title):
            return []
        items.append((person, title))
        k = person.end
    if k < main.end and not (lex.has("unit_intros", texts[k]) or doc[k].is_punct):
        return []  # "... og C, der ...": clauses, read as such
    return items if len(items) >= 2 else []


def _short_form(name: str, other: str) -> bool:
    """True when ``name`` is ``other`` without its middle names ("Mette Ravn" of "Mette Lindholm Ravn"): in one
    entry, a later mention of the same person ("Mette Ravn, der bor i Gørding, har været konstitueret ...")."""
    short, full = name.split(), other.split()
    return len(short) >= 2 and len(full) > len(short) and short[0] == full[0] and short[-1] == full[-1]


def _board_titles(drafts: list[Draft], later: list[Draft]) -> None:
    """Give a board member elected without a title the title a later sentence gives the same person on the board
    ("A og B blev nyvalgt til bestyrelsen. Efterfølgende konstituerede bestyrelsen sig med A som formand": one record,
    role "formand", as the annotators have it)."""
    for draft in drafts:
        if draft.kind != EntryKind.board_appointment or draft.role is not None:
            continue
        title = next(
            (d.role for d in later if d.person.text == draft.person.text and d.kind == draft.kind and d.role), None
        )
        draft.role = title or draft.role


def _joined_move(doc: Doc, cues: list[tuple[Span, Cue]], leaving: Cue) -> list[tuple[Span, Cue]]:
    """``cues`` with a start, become, hire or move cue that follows "og" (``clause_conjunctions``) after the departure
    cue ``leaving`` made decisive ("X forlader O1 og bliver R2 i O2", "fratræder som R1 og tiltræder som R2 i O2": the
    post left is the previous one, as after "for at blive"), or a hire or start cue before "og" and the departure cue
    ("har fået nyt job som R2 i O2 og har sidste arbejdsdag hos os ..."); ``cues`` unchanged when there is none."""
    lex, texts = load_lexicon(), token_texts(doc)
    left = next((sp for sp, c in cues if c is leaving), None)
    for n, (span, cue) in enumerate(cues):
        joined = (
            left is not None
            and cue.cue in {"become", "start", "move", "hire"}
            and _joined_clause(doc, left.end, span.start)
        )
        if cue.cue == "move" and not _names_post(doc, span.end):  # "og skifter 1. januar til O2 som R2"; a move
            joined = False  # with no post named ("og skifter til Hjortsø Kommune") stays a departure, as gold has it
        if left is not None and span.start > left.end and joined and cue.kind == EntryKind.new_job:
            return [*cues[:n], (span, dataclasses.replace(cue, decisive=True)), *cues[n + 1 :]]
    for n, (span, cue) in enumerate(cues):  # "har fået nyt job som R2 i O2 og har sidste arbejdsdag hos os ...": the
        later = left is not None and span.end <= left.start and cue.kind == EntryKind.new_job  # new job, told first
        if later and left is not None and cue.cue in {"hire", "start"}:
            between = range(span.end, left.start)
            if any(lex.has("clause_conjunctions", texts[k]) for k in between):
                return [*cues[:n], (span, dataclasses.replace(cue, decisive=True)), *cues[n + 1 :]]
    return cues


MOVE_POST_REACH = 12
"""Tokens after a move cue ("skifter") within which a word of ``post_intros`` names the post taken."""


def _names_post(doc: Doc, k: int) -> bool:
    """True when a word of ``post_intros`` (words.yaml: "som") follows token ``k`` in its sentence within
    :data:`MOVE_POST_REACH` tokens: the post taken is named ("skifter 1. januar til O2 som marketingdirektør")."""
    lex, texts = load_lexicon(), token_texts(doc)
    for j in range(k, min(len(doc), k + MOVE_POST_REACH)):
        if j > k and doc[j].is_sent_start:
            return False
        if lex.has("post_intros", texts[j]):
            return True
    return False


def _joined_clause(doc: Doc, start: int, k: int) -> bool:
    """True when the verb at token ``k`` opens a clause joined by "og" (``clause_conjunctions``) after token ``start``,
    right after it or after a date phrase of lower-case words and numbers ("fratræder med udgangen af juni og fra 1.
    juli bliver R2 i O2"; not "og Y bliver": another subject)."""
    return _joined_at(doc, start, k) < k


def _joined_at(doc: Doc, start: int, k: int) -> int:
    """The index of the "og" that joins the clause of the verb at token ``k`` (:func:`_joined_clause`), else ``k``."""
    lex, t = load_lexicon(), token_table(doc)
    conj = next((m for m in range(k - 1, start - 1, -1) if lex.has("clause_conjunctions", t.text[m])), None)
    if conj is None:
        return k
    between = range(conj + 1, k)
    helped = bool(between) and all(lex.has("perfect_auxiliaries", t.text[m]) for m in between)  # "og har fået job"
    dated = conj + 1 == k or helped or any(t.text[m][:1].isdigit() for m in between)
    plain = all(t.text[m].islower() or t.text[m][:1].isdigit() or t.text[m] == "." for m in between)
    return conj if dated and plain else k


def _clause_person(doc: Doc, people: list[Span], n: int) -> Span | None:
    """The person whose relative clause tells about ``people[n]``: itself when it is the only one, the last of a
    list joined by "og" or commas ("A og B, som går på pension": B's clause is both), else None."""
    if len(people) == 1:
        return people[0]
    lex, texts = load_lexicon(), token_texts(doc)
    joined = all(
        b.start == a.end + 1 and (texts[a.end] == "," or lex.has("list_joiners", texts[a.end]))
        for a, b in pairwise(people[n:])
    )
    return people[-1] if joined else None


def _leaves_for_post(doc: Doc, draft: Draft, main: Span, anchor: Span) -> None:
    """A farewell to a person whose relative clause tells why: a retirement ("..., der går på pension"), or a post
    ("Vi siger farvel til lærer X [fra O1], som har fået nyt job som R i O2"): a new job, the title before the name
    the post left (and O1 its organisation). ``anchor`` is the person the clause follows (the last of a list: "farvel
    til A og B, som går på pension")."""
    lex, person = load_lexicon(), draft.person
    origin = _origin_org(doc, anchor.end, main.end)  # "farvel til bogholder X fra O1, som ..."
    k = origin.end if origin is not None else anchor.end
    if draft.kind != EntryKind.departure or not _relative_after(doc, k, main.end):
        return
    close = _clause_end(doc, k + 1, main.end)
    before = title_before(doc, person, main.start)
    if any(c.kind == EntryKind.retirement for _, c in cues_in(doc, k, close)):  # "..., der går på pension 31. marts"
        draft.kind, draft.org = EntryKind.retirement, draft.org or origin
        return
    role = draft.role
    if role is None or role.start < k:  # the post after the clause's "som": ", som har fået nyt job som R i O2"
        pos = role_and_org(doc, skip_to(doc, k + 2, close, lex.words["role_intro"]) + 1, close)
        role, draft.org = (pos.role, pos.org) if pos.role is not None else (role, draft.org)
    if role is not None and role.start > k and _is_title(role):
        draft.kind, draft.role, draft.previous_role, draft.previous_org = EntryKind.new_job, role, before, origin
    elif role is not None and role.start > k:  # ", som stopper hos os": no post; the title before is the one left
        draft.role, draft.org = before, draft.org or origin


def _origin_org(doc: Doc, k: int, end: int) -> Span | None:
    """The organisation after an ``origin_intro`` word ("fra") at token ``k``: "X fra Nørreby Tømmerhandel", else
    None."""
    if k + 1 >= end or not load_lexicon().has("origin_intro", doc[k].text):
        return None
    return org_at(doc, k + 1, end)


def _relative_start_cue(doc: Doc, person: Span, main: Span, cues: list[tuple[Span, Cue]]) -> int | None:
    """The end of a start or become cue ("bliver", "starter") in a relative clause right after an object
    ``person`` (", der fra 1. oktober bliver vores nye R"), else None."""
    if not _relative_after(doc, person.end, main.end):
        return None
    close = _clause_end(doc, person.end + 1, main.end)
    found = [sp for sp, c in cues if c.kind and c.cue in {"start", "become"} and person.end < sp.start < close]
    return found[0].end if found else None


def _relative_after(doc: Doc, i: int, end: int) -> bool:
    """True when a relative clause (", der ...", ", som ...") starts at token ``i``."""
    return i + 1 < end and doc[i].text == "," and load_lexicon().has("relatives", doc[i + 1].text)


def _clause_end(doc: Doc, start: int, end: int) -> int:
    """Where the main clause resumes after a clause embedded between commas from token ``start`` (", der har
    været R i O, bliver ..."): just after its closing comma, past any relative clause nested in it (", der afløser
    Y, som efter ni år ikke genopstillede"), else ``end`` (the clause runs to the end)."""
    if start >= end:
        return end
    texts = token_texts(doc)
    close = next((k for k in range(start + 1, end) if texts[k] == ","), end)
    if close < end and _relative_after(doc, close, end):
        return _clause_end(doc, close + 1, end)  # ", der afløser Y, som ikke genopstillede": a clause nested in it
    return close + 1 if close < end else end


def _conjoined_clause(doc: Doc, i: int, end: int) -> tuple[int, bool] | None:
    """The comma of a second clause about another person from token ``i`` (", mens B er udtrådt", ", og B tiltræder
    som ny CFO": a clause conjunction, a name, a cue with a kind), and whether it ends the first clause's slots too
    (", og B ...": a main clause of its own; ", mens B ...": only when B leaves; "A blev valgt som formand, mens B
    blev genvalgt" reads as one sentence); else None."""
    lex, texts = load_lexicon(), token_texts(doc)
    for k in range(i, end - 2):
        if texts[k] == "," and lex.has("clause_conjunctions", texts[k + 1]):
            person, own = _clause_subject(doc, k + 2, end), main_kind(cues_in(doc, k + 2, end))
            if person is None or own is None:
                return None
            return k, lex.has("main_clause_conjunctions", texts[k + 1]) or own[0] in LEAVING_KINDS
    return None


INVERTED_CLAUSE_WORDS = 3
"""Lower-case words before the subject of an inverted second clause at most (", og i stedet blev Y valgt")."""


def _clause_subject(doc: Doc, start: int, end: int) -> Span | None:
    """The person a second clause opens with (:func:`navnenyt.rules.frames.titled_name`), or, in an inverted clause,
    the one after at most :data:`INVERTED_CLAUSE_WORDS` lower-case words that end in a verb of
    ``fronted_title_verbs`` (", og i stedet blev Hanne Kruse valgt til bestyrelsen"); else None."""
    person = titled_name(doc, start, end)
    if person is not None:
        return person
    lex = load_lexicon()
    for k in range(start, min(end, start + INVERTED_CLAUSE_WORDS)):
        if not doc[k].is_lower:
            return None
        if lex.has("fronted_title_verbs", doc[k].text):
            run = name_run(doc, k + 1, end)
            return run if run is not None and run.start == k + 1 else None
        if lex.has("inverted_leaving_verbs", doc[k].text):
            return _titled_subject(doc, k + 1, end)  # ", og samtidig går den nuværende direktør, Y, på pension"
    return None


def _titled_subject(doc: Doc, i: int, end: int) -> Span | None:
    """The name set off by commas after lower-case words from token ``i`` ("den nuværende direktør, Poul Erik Sand,
    på pension"), else None."""
    texts = token_texts(doc)
    for k in range(i, min(end - 2, i + INVERTED_CLAUSE_WORDS + 1)):
        if texts[k] == ",":
            run = name_run(doc, k + 1, end)
            closed = run is not None and run.start == k + 1 and run.end < end and texts[run.end] == ","
            return run if closed and k > i else None
        if not doc[k].is_lower:
            return None
    return None


LEAVING_KINDS = frozenset({EntryKind.departure, EntryKind.retirement})
"""Kinds of a second clause that ends the first clause's slots (", mens C er udtrådt")."""


def _second_clause(doc: Doc, main: Span, drafts: list[Draft], dates: list[DateMatch]) -> list[Draft]:
    """ "A blev valgt som formand for O, mens B blev valgt som næstformand": a record for B, of A's kind, with
    A's organisation and date unless B's clause names its own."""
    lex = load_lexicon()
    if not drafts:
        return []
    first, texts = drafts[-1], token_texts(doc)
    for k in range(first.person.end, main.end - 2):
        if texts[k] == "," and lex.has("clause_conjunctions", texts[k + 1]):
            person = _clause_subject(doc, k + 2, main.end)
            clause_cues = cues_in(doc, k + 2, main.end)
            own = main_kind(clause_cues)
            if person is None and own is not None:
                return _object_clause(doc, doc[k + 2 : main.end], clause_cues, own, dates)
            if person is None or own is None:
                return []
            if own[0] in LEAVING_KINDS and first.kind == own[0]:  # "Den 1. maj tiltræder X, og samtidig går Y på
                before = main_kind(cues_in(doc, main.start, k))  # pension": the leaving is Y's; X's kind is told
                first.kind = before[0] if before is not None else first.kind  # before the clause
                first.role = None if first.role is not None and first.role.start > k else first.role
            people = [person]  # "..., mens Pia Falk og [kvalitetschef] Rune Kastberg blev genvalgt til bestyrelsen"
            j = after_home(doc, person.end, main.end)  # "..., mens Ahmad Al-Khatib, Tarm, og Sigrid Lund, Skjern,"
            while j + 1 < main.end and lex.has("list_joiners", texts[j]):
                nxt = titled_name(doc, j + 1, main.end)
                if nxt is None:
                    break
                people.append(nxt)
                j = after_home(doc, nxt.end, main.end)
            others = []
            # the clause's own kind ("..., mens C er udtrådt", ", og B tiltræder som ny CFO"), except that a board
            # post or a move goes on after a common verb ("A blev valgt som formand, mens B blev valgt som
            # næstformand"; "A bliver partner i O, og B bliver partner med ansvar for ...")
            goes_on = first.kind in MOVE_KINDS | {EntryKind.board_appointment} and own[0] in MOVE_KINDS
            kind = first.kind if goes_on and (own[1].weak or first.kind == EntryKind.board_appointment) else own[0]
            clause = doc[k + 2 : main.end]
            told = [d for d in dates if clause.start_char <= d.start < clause.end_char]
            date = _pick_date(told, clause) or (first.date if kind == first.kind else _pick_date(dates, clause))
            for person in people:
                other = Draft(kind=kind, person=person, rule=f"clause:{first.rule}", date=date)
                cue_end = next((sp.end for sp, c in clause_cues if c.kind and sp.start >= people[-1].end), person.end)
                _fill_subject(doc, other, doc[k + 2 : main.end], clause_cues, dates, cue_end)
                stop = person.start - 1 if texts[person.start - 1] == "," else person.start  # "den nuværende
                m = stop  # [direktør], Poul Erik Sand,": the title before the comma
                while m > max(k + 2, stop - 2) and is_title_word(doc[m - 1]):
                    m -= 1  # "mens [teknisk direktør] Poul Vester ...", "og [værktøjsmager] Frank Ibsen"
                while m < stop and lex.has("role_drop_prefix", doc[m].text):
                    m += 1  # ("den nuværende direktør": "direktør")
                title = doc[m:stop] if m < stop else None
                english = english_title_start(doc, person.start, k + 2)  # "mens Lead Developer Ali Demir ..."
                other.role = other.role or title or (doc[english : person.start] if english is not None else None)
                other.org = other.org or first.org
                if kind == EntryKind.board_appointment and other.role is not None:
                    plural = lex.has("board_plurals", other.role[-1].text)
                    other.role = None if plural else other.role  # "blev valgt ind i bestyrelsen som nye medlemmer"
                others.append(other)
            return others
    return []


def _object_clause(
    doc: Doc,
    clause: Span,
    cues: list[tuple[Span, Cue]],
    own: tuple[EntryKind, Cue],
    dates: list[DateMatch],
) -> list[Draft]:
    """A second clause whose person follows its verb: "..., og Årets Præstation gik til 19-årige Freja Lund": its
    people with the clause's kind, date and slots, else []."""
    frame, people, frame_org = find_people(doc, clause, clause.start, cues)
    if frame != "object" or not people:
        return []
    told = [d for d in dates if clause.start_char <= d.start < clause.end_char]
    out = []
    for n, person in enumerate(people):
        other = Draft(kind=own[0], person=person, rule=f"clause:object:{own[1].id}", date=_pick_date(told, clause))
        _fill_object(doc, other, people, n, frame, frame_org, clause)
        if other.kind in MOVE_KINDS and _is_board_title(other.role):
            other.kind = EntryKind.board_appointment  # "..., og som 2. suppleant valgtes B"
        out.append(other)
    return out


def _fronted_new_role(doc: Doc, main: Span, person: int) -> Span | None:
    """The role of "Som ny R har O valgt X" (a fronted "som ny" and a title before the person) or "Som 1. suppleant
    valgtes X" (a fronted "som" and a board title, ``board_roles``, after an ordinal or none), else None."""
    lex, texts = load_lexicon(), token_texts(doc)
    k = main.start
    if k + 1 >= person or not lex.has("inverted_intro", texts[k]):
        return None
    if k + 2 < person and lex.has("new_adjectives", texts[k + 1]):
        role = role_run(doc, k + 2, person)
        return role if _is_title(role) else None
    role = role_run(doc, k + 1, person)
    return role if _is_board_title(role) else None


def _is_board_title(role: Span | None) -> bool:
    """True for a board title ("formand", "suppleant": ``board_roles`` of words.yaml), also after an ordinal ("1.
    suppleant", "2. næstformand")."""
    if role is None:
        return False
    lex = load_lexicon()
    ordinal = len(role) == 2 and ordinal_title(role.doc, role.start, role.end)
    return lex.has("board_roles", role.text) or (ordinal and lex.has("board_roles", role[1].text))


def _fill_object(
    doc: Doc, draft: Draft, people: list[Span], n: int, frame: str, frame_org: Span | None, main: Span
) -> None:
    """Slots of an object or team frame: "ORG har ansat A[, der kommer fra ...,] og B som [henholdsvis] R1 og R2"."""
    draft.org = frame_org
    appo, after = _apposition(doc, draft, people[-1].end, main.end)
    if len(people) > 1:  # "to nye partnere: A, 38, ... og B, 41, ...": each person's own age
        own = Draft(kind=draft.kind, person=draft.person, rule=draft.rule)
        _apposition(doc, own, draft.person.end, main.end)
        draft.age = own.age
    if draft.kind == EntryKind.award:  # "Prisen er gået til X, R i O": the winner's own position, no frame org
        title = title_before(doc, draft.person, main.start)  # "til pedel X"
        shared = title_before(doc, people[0], main.start) if n > 0 else None
        if title is None and shared is not None and title_word(shared.text) not in {None, shared.text}:
            title = shared  # "til sygeplejerskerne A og B": a plural title before the names is each one's
        draft.role, draft.org = appo.pos.role or title, appo.pos.org
        named = appo.pos.role is not None and appo.pos.role[0].is_title and not _is_title(appo.pos.role)
        if draft.org is None and named:  # "til lektor X, Institut for Kemi", "til Ida Lund, Vejby Roklub": the place
            draft.role, draft.org = title, appo.pos.role  # of work or the club, after the winner's title if any
        for k in dict.fromkeys([draft.person.end, people[-1].end]):  # "A og B fra O": the place after the list
            club = _origin_org(doc, k, main.end)  # "blev Mads Hjort fra Ribeå Håndboldklub, som ...", not "fra Thyborg"
            if draft.org is None and club is not None and names_org(doc, club.start, club.end):
                draft.org = club
        return
    if appo.sort in {"current", "previous"} and len(people) == 1 and draft.kind != EntryKind.board_appointment:
        draft.previous_role, draft.previous_org = appo.pos.role, appo.pos.org
    begin = draft.person.end if frame == "team" else after
    positions = _roles_after(doc, begin, main.end, len(people))
    pos = positions[n if frame == "object" else 0] if positions else Position()
    draft.role = pos.role or _fronted_new_role(doc, main, people[0].start)  # "Som ny COO har bestyrelsen valgt X"
    draft.role = paren_role(doc, draft.person, main.end) or draft.role  # "A (UX Designer), B (...) og C (...)"
    colon = people[0].start - 1
    while colon > main.start and is_title_word(doc[colon]):
        colon -= 1  # "to nye partnere: statsautoriseret revisor A, 38, ..."
    if draft.role is None and colon > 0 and doc[colon].text == ":":
        head = list_head(doc, max(main.start, colon - 3), colon + 1)
        head = None if head is not None and load_lexicon().has("colleague_nouns", head.text) else head
        draft.role = head if head is not None and head.end == colon else None  # "tre nye partnere:"
    if draft.org is not None and pos.org is not None and names_org(doc, pos.org.start, pos.org.end):
        draft.org = pos.org  # "Justitsministeren har udnævnt X til politidirektør i Limfjordens Politi": who appoints
    draft.org = draft.org or pos.org
    title = title_before(doc, draft.person, main.start) if draft.kind in LEAVING_KINDS else None
    if draft.role is None and _is_title(title):  # "har skilt sig af med cheftræner X": the post X leaves
        draft.role = title
    draft.internal = pos.internal
    k = draft.person.start - 1  # "har udnævnt COO X til CEO", "udnævnes driftschef X til R": the title held now
    described = k - 2 > main.start and doc[k].text == "," and doc[k - 1].is_lower
    if described and not load_lexicon().has("new_adjectives", doc[k - 2].text):
        k -= 1  # "har konstitueret husets dramaturg, Sara Løvgren, som souschef" (not "vores nye sognepræst, X")
    elif described and draft.role is None:
        draft.role = _new_title_before(doc, draft.person, main.start)
    titled = _is_title(draft.role) and _is_title(doc[k : k + 1]) if k > main.start else False
    if frame == "object" and len(people) == 1 and titled:  # (not "udpeget professor X som nyt medlem")
        draft.lead_role = doc[k : k + 1]


def _leaving_others(doc: Doc, sent: Span, drafts: list[Draft]) -> list[Draft]:
    """ "... efter Per Ravn, der går på pension": a retirement (or departure) record for the other person."""
    known = {d.person.text for d in drafts}
    clause = _other_person_clause(
        doc, drafts[0].person.end if drafts[0].person.start >= sent.start else sent.start, sent.end
    )
    if clause >= sent.end:
        return []
    person = name_run(doc, clause, sent.end)
    found = main_kind([(s, c) for s, c in cues_in(doc, sent.start, sent.end) if s.start > clause])
    if person is None or person.text in known or found is None:
        return []
    if found[0] not in {EntryKind.retirement, EntryKind.departure}:
        return []
    people = [p for p in (_listed_before(doc, person), person) if p is not None and p.text not in known]
    meanwhile = any(c.cue == "same_time" and sp.start > person.end for sp, c in cues_in(doc, clause, sent.end))
    out = []
    for one in people:  # "fra Hans Mølgaard og hustruen Grete Mølgaard, der går på pension": both
        draft = Draft(kind=found[0], person=one, rule=f"relative:{found[1].id}", org=drafts[0].org)
        draft.successor_of = drafts[0].person.text
        draft.date = drafts[0].date if meanwhile else None  # "Pr. 1. april overtager X posten efter Y, der samtidig
        out.append(draft)  # går på pension": X's date
    return out


def _own_role(doc: Doc, start: int, end: int) -> Span | None:
    """The title after the first "som" (``role_intro``) in tokens [start, end) ("genvalgt som næstformand"), else
    None."""
    k = skip_to(doc, start, end, load_lexicon().words["role_intro"])
    return role_run(doc, k + 1, end) if k + 1 < end else None


def _listed_before(doc: Doc, person: Span) -> Span | None:
    """The name joined to ``person`` by "og" before it ("Hans Mølgaard og [hustruen] Grete Mølgaard": one lower-case
    word may stand after "og"), else None."""
    lex = load_lexicon()
    k = person.start - 1
    if k > 0 and doc[k].is_lower and doc[k].is_alpha and not lex.has("list_joiners", doc[k].text):
        k -= 1  # "hustruen"
    if k <= 0 or not lex.has("list_joiners", doc[k].text) or doc[k].text == ",":
        return None
    for first in range(max(0, k - MAX_NAME_TOKENS), k - 1):
        run = name_run(doc, first, k)
        if run is not None and run.end == k:
            return run
    return None


def _named_after(doc: Doc, main: Span, person: Span) -> bool:
    """True when sentence ``main`` names another person after ``person`` (:func:`name_run`): a pronoun of the next
    sentence may be that person's ("... udnævnes X til R, og firmaet har ansat Y som R2. Hun kommer fra O")."""
    texts = token_texts(doc)
    return any(texts[k][:1].isupper() and name_run(doc, k, main.end) is not None for k in range(person.end, main.end))


def _bracketed_origin(doc: Doc, main: Span) -> Span | None:
    """The organisation a new colleague comes from, told in brackets after "fra" in sentence ``main`` ("Lotte Falk,
    indkøbschef, Hjemmeliv A/S (fra Boligstil ApS)", "(fra Regionshospitalet Kærby)"); not a date ("(fra 1/11)")."""
    texts, lex = token_texts(doc), load_lexicon()
    for k in range(main.start, main.end - 3):
        if texts[k] == "(" and lex.has("origin_intro", texts[k + 1]) and texts[k + 2][:1].isupper():
            run = org_run(doc, k + 2, main.end)
            if run is not None and run.end < main.end and texts[run.end] == ")":
                return run
    return None


def _employer_after_unit(doc: Doc, unit: Span | None, close: int, end: int) -> Span | None:
    """The employer of an apposition that names a unit ending at ``close``, then the employer and a comma (",
    Institut for Biomedicin, Kattegat Universitet,": :func:`navnenyt.rules.runs.employer_after_unit`), else None."""
    if unit is None or unit.end != close:
        return None
    employer = employer_after_unit(doc, unit, end)
    closed = employer is not None and employer.end < end and doc[employer.end].text == ","
    return employer if employer is not unit and closed else None


def _other_person_clause(doc: Doc, i: int, end: int) -> int:
    """Where a relative clause about another person starts ("... efter Per Ravn, der går på pension"), else
    ``end``: its cues say nothing about the entry's own person."""
    lex, texts = load_lexicon(), token_texts(doc)
    for k in range(i, end - 1):
        if texts[k] != "," or not lex.has("relatives", texts[k + 1]):
            continue
        for start in range(max(i, k - MAX_NAME_TOKENS), k - 1):
            run = name_run(doc, start, k)
            if run is not None and run.end == k:
                return run.start
    return end


def _unnamed_succession(doc: Doc, main: Span, cues: list[tuple[Span, Cue]]) -> list[Draft]:
    """The one who leaves when the successor is not this sentence's subject but is named by a first name ("Dennis
    afløser Jørgen Smed, der går på pension ..."), a pronoun ("Han tiltræder 1. januar og afløser direktør Y", "...,
    hvor hun afløser Y") or a name the rules passed ("X, der er 54 år, afløser Y"), the successor's own record told
    elsewhere: :func:`_successions` with that word or name as stand-in."""
    succ = next((span for span, c in cues if c.cue == "successor"), None)
    if succ is None:
        return []
    lex = load_lexicon()
    first = _first_word(main)  # (after a paragraph break the sentence opens with its whitespace)
    named = name_run(doc, first, succ.start)  # "X, der er 54 år, afløser kommunaldirektør Y, som ...": X told before
    if succ.start > first and lex.has("pronouns", doc[succ.start - 1].text):
        who = doc[succ.start - 1 : succ.start]  # "..., hvor hun afløser stifteren Y, der går på pension"
    elif named is not None and named.start == first:
        who = named
    elif is_cap(doc[first]) and (succ.start == first + 1 or lex.has("pronouns", doc[first].text)):
        who = doc[first : first + 1]  # "Dennis afløser Y", "Han tiltræder 1. januar og afløser direktør Y"
    else:
        return []
    stand_in = Draft(kind=EntryKind.new_job, person=who, rule="first_name")
    return _successions(doc, [main], [stand_in])


MAX_PASSIVE_GAP = 6  # tokens between "afløses" and its "af": "afløses som administrerende direktør pr. 1. juli af"


def _passive_succession(doc: Doc, main: Span, people: list[Span], lead: Span | None, by: Span) -> list[Draft]:
    """ "[R] X [i O] afløses [som R] [pr. 1/8] af Y, der ...": only Y's record (:func:`_successions` with X as the one
    replaced: Y takes X's post and organisation). X's own news, if any, is another sentence's cue ("går på
    pension"); a pronoun or surname as X ("Han afløses af Y") stands in for the person of an earlier entry.
    ``lead`` is the title the sentence opens with ("Adm. direktør"), from :func:`find_people`."""
    lex = load_lexicon()
    replaced = next((p for p in people if p.end <= by.start), None)
    if replaced is None and by.start > main.start and is_cap(doc[main.start]):
        replaced = doc[main.start : main.start + 1]  # "Han", "Rydahl", "Hendes [stilling som R]"
    if replaced is None:
        return []
    stand_in = Draft(kind=EntryKind.departure, person=replaced, rule="passive")
    titled = lead is not None and lead.end == replaced.start
    stand_in.role = lead if titled else title_before(doc, replaced, main.start)
    stand_in.role = stand_in.role or _post_between(doc, replaced.end, by.start)  # "Hendes stilling som R besættes"
    k = replaced.end
    if k + 1 < by.start and lex.has("org_intro", doc[k].text):
        stand_in.org = org_at(doc, k + 1, by.start)  # "Adm. direktør Jens Borg i Holmsted Foods A/S afløses"
    successor = _successions(doc, [main], [stand_in])
    if not successor or len(replaced) < 2 or replaced.start != people[0].start:
        return successor  # a pronoun or surname: the earlier entry has the person's own news
    told = _usable_dates(find_dates(doc[replaced.end : successor[0].person.start].text), year_ends=True)
    stand_in.date = told[0] if told else None  # "X bliver pr. 1. juni afløst af Y": X leaves on 1 June
    stand_in.successor_of = None
    return [stand_in, *successor]


def _successions(doc: Doc, sents: list[Span], drafts: list[Draft]) -> list[Draft]:
    """The other person of a succession: "X afløser Y, der går på pension" gives Y a retirement (or departure)
    record; "X afløses af [R1] Y, der pr. 1/7 rykker op som R2" gives Y a promotion (or new job). Y's record has
    X's organisation and the date printed in Y's clause."""
    out: list[Draft] = []
    if len(drafts) != 1:
        return out
    for sent in sents:
        cues = cues_in(doc, sent.start, sent.end)
        succ = next(((s, c) for s, c in cues if c.cue in {"successor", "successor_by"}), None)
        if succ is None:
            out.extend(_leaving_others(doc, sent, drafts))
            continue
        span, cue = succ
        lex = load_lexicon()
        noun = span.start > sent.start and _owns_next(doc, span.start - 1)  # "Hendes/Vagns afløser bliver Y"
        passive = cue.cue == "successor_by" or noun  # "Hendes afløser som organist bliver Y": Y takes the post
        after = span.end + (span.end < sent.end and lex.has("pronouns", doc[span.end].text))
        if drafts[0].person.start == span.end:
            after = drafts[0].person.end  # "Pr. 1. april afløser X lagerchef Y": the inverted subject first
        after = _past_date(doc, after, sent.end)  # "afløser pr. 1. august 2026 Y, der går på pension"
        post = None
        handed = passive and lex.has("recipient_intro", doc[span.end - 1].text)  # "overdrager ledelsen til Y"
        if passive and not handed:  # "afløses [som R] [pr. 1. juli] af Y": Y follows the agent's "af" (the noun's
            agent = lex.words["successor_noun_verbs" if noun else "agent_intro"]  # verb: "bliver")
            limit = min(span.end + MAX_PASSIVE_GAP + 1, sent.end)
            after = skip_to(doc, span.end, limit, agent) + 1
            if after > limit:
                continue  # "Som hendes efterfølger har udvalget ansat Y": told by the sentence's own verb
            post = _post_between(doc, span.end, after - 1) or _post_between(doc, sent.start, span.start)
        start = _after_title(doc, after, sent.end)  # "afløses af [salgschef] Y", "efterfølger [CFO] Y"; "Her
        # afløser hun [adm. direktør] Y": the inverted subject is no part of the title
        person = name_run(doc, start, sent.end)
        wanted = CHANGE_KINDS if passive else {EntryKind.retirement, EntryKind.departure}
        first = person.end if person is not None and noun else span.start
        theirs = [(s, c) for s, c in cues if s.start > first and c.cue != "successor" and c.kind in wanted]
        found = main_kind(theirs)  # "afløser Y, som efter 12 år i bestyrelsen ikke genopstillede": Y leaves
        if found is None and passive:
            found = (EntryKind.new_job, cue)  # "afløses af Y, der kommer fra ...": Y takes the post
        if found is None and person is not None and not passive:
            moved = _moves_on(doc, sent, person, cues, drafts[0])  # "afløser Y, der bliver R2 i O2"
            out.extend(moved)
            for other in moved:
                _not_the_successors(drafts[0], other)
            told_of = _has_relative_clause(doc, person.end, sent.end)  # (not a bare "Han afløser Y.")
            stays = told_of and person.end + 2 < sent.end and lex.has("staying_verbs", doc[person.end + 2].text)
            told_of = told_of and not stays  # "afløser Y, som fortsætter som R": Y stays on in another post
            old = any(c.past and c.kind in CHANGE_KINDS for sp, c in cues if sp.start > person.end)
            old = old or _became_before(doc, person.end, sent.end)  # ", der i efteråret blev direktør for O2"
            if moved or not told_of or old:  # (", som i februar tiltrådte som R2 i O2": old news)
                continue
            found = (EntryKind.departure, cue)  # "afløser Y, der har siddet på posten i ni år": Y leaves it
        if person is None or found is None or found[0] not in wanted:
            continue
        org = drafts[0].org  # X's organisation (not Y's name read as one: "..., mens X's stilling overtages af Y")
        org = None if org is not None and org.start < person.end and person.start < org.end else org
        draft = Draft(kind=found[0], person=person, rule=f"{cue.id}:{found[1].id}", org=org)
        draft.past = found[1].past  # "efterfølger X, der fratrådte i februar": last February
        draft.successor_of = drafts[0].person.text
        own = person.end_char - sent.start_char  # Y's dates: "afløser Y, der går på pension med udgangen af
        if passive:  # december", not X's; "X bliver pr. 1. juni afløst af Y", "afløses 1/8 af Y"
            x = drafts[0].person
            own = (x.end_char if sent.start <= x.start < span.start else span.start_char) - sent.start_char
        told = _usable_dates(find_dates(sent.text), year_ends=True)  # never "i 2008"
        draft.date = next((d for d in told if d.start >= own), None)
        dropped = ("role_drop_prefix", "former")
        while after < start and (
            any(lex.has(name, doc[after].text) for name in dropped) or owner_noun(doc[after].text)
        ):
            after += 1  # "efterfølger den tidligere havnedirektør X": X's title is "havnedirektør"; "afløser hotellets
            # mangeårige direktør, X": "direktør"
        close = start - 1 if start > after and doc[start - 1].text == "," else start
        title = doc[after:close] if close > after else None
        if passive:
            _takes_post(doc, draft, sent, post or drafts[0].role, title, own_cue=found[1] is not cue)
        else:
            _leaves_post(doc, draft, sents, sent, cues, title)
            _not_the_successors(drafts[0], draft)
            x_date = drafts[0].date
            shared = draft.date is not None and x_date is not None and x_date.text == draft.date.text
            leaves = draft.kind in {EntryKind.retirement, EntryKind.departure}  # (one moving on: X starts as Y moves)
            if leaves and shared and all(d.start >= own for d in told if x_date and d.text == x_date.text):
                drafts[0].date = None  # "X afløser Y, der går på pension ved udgangen af marts": Y's date, not X's
            if drafts[0].role is None and drafts[0].kind in MOVE_KINDS and _is_title(draft.role):
                drafts[0].role = draft.role  # "Kim Buus afløser lagerchef Preben Sand, der går på pension": the post
                # Y leaves is the one X takes
        out.append(draft)
    return out


def _became_before(doc: Doc, k: int, end: int) -> bool:
    """True when the relative clause after token ``k`` tells a post taken in the past: a past copula of
    ``became_verbs`` in words.yaml right before a job title ("afløser Y, der i efteråret blev direktør for O2": Y
    moved on before, old news, no record)."""
    if not _has_relative_clause(doc, k, end):
        return False
    lex, texts = load_lexicon(), token_texts(doc)
    close = _clause_end(doc, k + 1, end)
    suffixes = lex.endings("role_suffixes")
    return any(
        lex.has("became_verbs", texts[m]) and texts[m + 1].lower().endswith(suffixes) for m in range(k, close - 1)
    )


def _owns_next(doc: Doc, k: int) -> bool:
    """True when token ``k`` owns the noun after it: a possessive pronoun ("Hendes afløser") or a listed first name
    in the genitive ("Vagns afløser": DST first names, via the model's gazetteer)."""
    word = doc[k].text
    if load_lexicon().has("possessive_pronouns", word):
        return True
    if len(word) <= 3 or not word.endswith("s") or not is_cap(doc[k]):
        return False
    # (not "Dennis afløser Y": a first name of its own; nor "Kim Buus afløser Y": a surname after a first name)
    own = has_flag(doc.vocab, word, "first_name") or (
        k > 0 and has_flag(doc.vocab, word, "surname") and has_flag(doc.vocab, doc[k - 1].text, "first_name")
    )
    return has_flag(doc.vocab, word[:-1], "first_name") and not own


def _overlaps(a: Span | None, b: Span | None) -> bool:
    """True when spans ``a`` and ``b`` (of one Doc) share a token."""
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _not_the_successors(successor: Draft, replaced: Draft) -> None:
    """ "X efterfølger Y, der bliver R2 i O2" / ", som fratræder for at tiltræde som R2 i O2": Y's next post is not
    X's. X's role and organisation read from Y's clause are dropped; X takes the post Y leaves (Y's previous role),
    and Y's previous organisation is not the O2 X's draft held. (A board seat Y takes is in X's organisation.)"""
    if replaced.kind not in MOVE_KINDS:
        return
    if _overlaps(successor.role, replaced.role):
        successor.role = replaced.previous_role
        if _overlaps(successor.previous_role, successor.role):
            successor.previous_role = None
    if _overlaps(successor.org, replaced.org):
        successor.org = None
        if _overlaps(replaced.previous_org, replaced.org):
            replaced.previous_org = None


def _takes_post(doc: Doc, draft: Draft, sent: Span, post: Span | None, title: Span | None, *, own_cue: bool) -> None:
    """Slots of the successor Y of "afløses [som R] af [R1] Y, der ...": the ``post`` (the one named by the passive
    or X's), or with ``own_cue`` (Y's clause has its own verb: "der pr. 1/7 rykker op som R2") the role after it;
    where Y comes from (:func:`_successor_from`); a ``title`` before Y is the previous role of a move inside
    ("afløses af salgschef Y", "af den nuværende viceskoleleder, Y")."""
    roles = _roles_after(doc, draft.person.end, sent.end, 1) if own_cue else []
    draft.role = (roles[0].role if roles else None) or post  # ", som tiltræder 1. maj": no title of its own
    _successor_from(doc, draft, draft.person.end, sent.end)
    if draft.previous_role is None and draft.previous_org is None and title:
        draft.previous_role = title
        draft.kind = EntryKind.promotion if draft.kind == EntryKind.new_job else draft.kind


def _leaves_post(
    doc: Doc, draft: Draft, sents: list[Span], sent: Span, cues: list[tuple[Span, Cue]], title: Span | None
) -> None:
    """Slots of the one replaced Y of "X afløser [R] Y, der ...": the post Y's own clause names (", der har været
    formand i ni år", ", der fratræder ... efter 11 år som R"), else the ``title`` before Y (not the trade:
    "afløser svineproducent Y, der har været formand"); a named next post (:func:`_leaves_for`); a retirement a
    later "Han har valgt at gå på pension" tells."""
    draft.role = _held_in_clause(doc, draft.person.end, sent.end) or title
    _leaves_for(doc, draft, sent, cues)
    if draft.kind == EntryKind.departure and _pronoun_says(doc, sents, sent, EntryKind.retirement):
        draft.kind = EntryKind.retirement


def _has_relative_clause(doc: Doc, i: int, end: int) -> bool:
    """True when a relative clause (", der ...", ", som ...") starts at token ``i``."""
    return i + 1 < end and doc[i].text == "," and load_lexicon().has("relatives", doc[i + 1].text)


def _held_in_clause(doc: Doc, i: int, end: int) -> Span | None:
    """The post the one replaced held, told in their relative clause from token ``i``: ", der har været R siden
    2014" (a previous cue, then the role) or ", der fratrådte som R" (the role after "som"); else None."""
    if not _has_relative_clause(doc, i, end):
        return None
    clause_end = skip_to(doc, i + 2, end, {","})
    cue = next((sp for sp, c in cues_in(doc, i + 2, clause_end) if c.cue == "previous"), None)
    if cue is not None:
        role = previous_position(doc, cue.end, clause_end).role
    else:
        roles = _roles_after(doc, i + 2, clause_end, 1)
        role = roles[0].role if roles else None
    return role if _is_title(role) else None  # (not "til sommer", "som meddelt")


def _past_date(doc: Doc, i: int, end: int) -> int:
    """The token after a date phrase that starts at token ``i`` ("pr. 1. august 2026"), else ``i``."""
    if i >= end:
        return i
    dates = find_dates(doc[i:end].text)
    if not dates or dates[0].start != 0:
        return i
    stop = doc[i].idx + dates[0].end
    while i < end and doc[i].idx < stop:
        i += 1
    return i


def _post_between(doc: Doc, i: int, end: int) -> Span | None:
    """The post named between "afløses" and its agent: "afløses som seniorøkonom af Y" gives "seniorøkonom"."""
    k = skip_to(doc, i, end, load_lexicon().words["role_intro"])
    role = role_run(doc, k + 1, end) if k < end else None
    return role if role is not None and role.end == end else None


def _successor_from(doc: Doc, draft: Draft, i: int, end: int) -> None:
    """Where the successor of "afløses af Y" comes from, told in Y's clause from token ``i``: ", der kommer fra en
    stilling som R1 hos O1" (a new job with that previous post) or ", der i dag er R1 i virksomheden" (a promotion
    from R1; with another organisation, a new job from R1 in it)."""
    lex = load_lexicon()
    if i + 1 < end and lex.has("origin_intro", doc[i].text) and is_cap(doc[i + 1]):
        home = org_at(doc, i + 1, end)  # "af Y fra Skovlund Realskole, hvor han i dag er afdelingsleder"
        if home is None:
            return
        draft.previous_org, i = home, home.end
    home = draft.previous_org
    openers = "clause_openers" if home is not None else "relatives"  # ", der ..."; after "fra O1" also ", hvor"
    if i + 1 >= end or doc[i].text != "," or not lex.has(openers, doc[i + 1].text):
        return
    k = i + 2
    if k < end and lex.has("pronouns", doc[k].text) and home is not None:
        k += 1  # ", hvor han i dag er R1"
    cue = next((span for span, c in cues_in(doc, k, end) if c.cue == "previous"), None)
    while k < end and lex.has("now_adverbs", doc[k].text):
        k += 1  # ", der i dag er salgschef i virksomheden"
    if cue is not None and cue.start == k:
        pos = previous_position(doc, cue.end, end)
    elif k < end and lex.has("present_copulas", doc[k].text):
        k += 1
        while k < end and lex.has("now_adverbs", doc[k].text):
            k += 1  # ", som er i dag salgschef"
        pos = role_and_org(doc, k, end)
    else:
        return
    draft.previous_role, draft.previous_org = pos.role, pos.org or home
    if pos.role is not None and (pos.internal or (pos.org is None and cue is None and home is None)):
        draft.kind = EntryKind.promotion  # "der i dag er salgschef i virksomheden"
    elif pos.org is not None and draft.org is not None and pos.org.text == draft.org.text:
        draft.kind, draft.previous_org = EntryKind.promotion, None


def _moves_on(doc: Doc, sent: Span, person: Span, cues: list[tuple[Span, Cue]], successor: Draft) -> list[Draft]:
    """ "X afløser Y, der fra samme dato bliver R2 i O2" / ", som rykker op i O2 som R2": the one replaced takes a new
    post told in a relative clause (a move cue, then a role and an organisation); Y's record is that move, with
    X's new post and organisation as the previous ones. [] when the clause tells no such post."""
    lex = load_lexicon()
    k = person.end
    if not _has_relative_clause(doc, k, sent.end):
        return []
    moves = [(sp, c) for sp, c in cues if sp.start > k and c.kind in CHANGE_KINDS and c.cue != "successor"]
    moves = [(sp, c) for sp, c in moves if not c.past]  # (not ", som i februar tiltrådte som R2 i O2": old news)
    if not moves:
        return []
    first = min(sp.start for sp, _ in moves)  # the longest cue there: "rykker op", not "rykker"
    move, cue = max(((sp, c) for sp, c in moves if sp.start == first), key=lambda m: m[0].end)
    pos = role_and_org(doc, move.end, sent.end)
    if pos.role is None:  # "rykker op i koncernledelsen i O2 som R2"
        roles = _roles_after(doc, move.end, sent.end, 1)
        intro = lex.words["org_intro"]
        at = next((j for j in range(move.end, sent.end - 1) if doc[j].lower_ in intro and is_cap(doc[j + 1])), None)
        org = org_at(doc, at + 1, sent.end) if at is not None else None
        pos = Position(role=roles[0].role if roles else None, org=roles[0].org if roles and roles[0].org else org)
    board = has_phrase(doc, move.end, sent.end, "board_nouns")  # "indtræder i selskabets bestyrelse som R"
    kind = EntryKind.board_appointment if board else cue.kind or EntryKind.new_job
    org = pos.org or (successor.org if board else None)
    if pos.role is None or org is None:
        return []
    draft = Draft(kind=kind, person=person, rule=f"moves_on:{cue.id}", org=org)
    draft.role = pos.role
    clause = doc[k : sent.end]
    told = _usable_dates(find_dates(clause.text))
    same = any(t.lower_ in lex.words["sameness_words"] for t in clause)  # "der samme dag indtræder ...": X's date
    draft.date = told[0] if told else successor.date if same else None
    draft.same_time = same and draft.date is None  # (X's date told in an earlier entry: "Hun afløser Y, der fra
    # samme dato bliver R2 i O2" after "X ... tiltræder 1. april")
    if kind == EntryKind.board_appointment:
        return [draft]  # a board seat beside the post left: no move from it
    held = [slot if slot is None or slot.end <= person.start else None for slot in (successor.role, successor.org)]
    draft.previous_role, draft.previous_org = held  # (the successor's slots if they were read before Y's clause)
    draft.previous_role = lead_role(doc, person, sent.start) or draft.previous_role  # "afløser adm. direktør Y,
    # der ...": Y's own title as printed
    draft.successor_of = successor.person.text
    return [draft]


def _leaves_for(doc: Doc, draft: Draft, sent: Span, cues: list[tuple[Span, Cue]]) -> None:
    """ "afløser Y, der fratræder for at blive R2 i O2" / "for at tiltræde som R2 i O2": the one replaced moves on
    (a decisive cue names the new post), so Y's record is a new job at O2 with the post left as the previous one."""
    decisive = next((span for span, c in cues if c.decisive and span.start > draft.person.end), None)
    k = decisive.end if decisive is not None else sent.end
    k += k < sent.end and load_lexicon().has("role_intro", doc[k].text)  # "for at tiltræde som R2 i O2"
    pos = role_and_org(doc, k, sent.end) if decisive is not None else Position()
    if pos.role is None or pos.org is None:
        return
    draft.previous_role, draft.previous_org = draft.role, draft.org
    told = _usable_dates(find_dates(doc[k : sent.end].text))  # "... i O2 1. juli": the new post's date
    draft.kind, draft.role, draft.org, draft.date = EntryKind.new_job, pos.role, pos.org, told[0] if told else None


def _after_title(doc: Doc, i: int, end: int) -> int:
    """Skip a title printed before a name from token ``i`` ("salgschef", "adm. direktør", "CFO"): the index of
    the name."""
    lex = load_lexicon()
    suffixes = lex.endings("role_suffixes")
    k = i
    while k + 1 < end and not (is_cap(doc[k]) and not doc[k].lower_.endswith(suffixes)):
        word = doc[k]
        if not (lex.has("role_abbreviations", word.text) or word.lower_.endswith(suffixes) or word.is_lower):
            break
        k += 1
    if k > i + 1 and doc[k].text == "," and k + 1 < end and doc[k - 1].lower_.endswith(suffixes):
        k += 1  # "af den nuværende viceskoleleder, Anders Tolstrup"
    heads = lex.words["english_title_heads"]
    for m in range(k, min(end - 2, k + ENGLISH_TITLE_WORDS)):
        if not is_cap(doc[m]):
            break
        if doc[m].lower_ in heads and doc[m + 1].text == ",":
            k = m + 2  # "afløser den nuværende Fleet Manager, Jørgen Friis": an English title, then the name
            break
    return k if k > i and is_cap(doc[k]) else i


ENGLISH_TITLE_WORDS = 4
"""Capitalised words of an English title before a name and a comma at most ("Head of Sales, X" has 3)."""


def _place_after_title(doc: Doc, appo: Apposition) -> Apposition:
    """``appo`` for a person with a title before the name: capitalised words after the name that are no title, no
    person's name and no single town are the place of work ("Hjemmehjælper X, Vendelbo Kommune": the organisation),
    or nothing when they are a place name ("Købmand X, Nørre Lysbro": :func:`_place_name`); else ``appo``."""
    after = appo.pos.role
    if after is None or appo.pos.org is not None or not after[-1].is_title or _is_title(after):
        return appo
    if has_flag(doc.vocab, after[0].text, "first_name"):
        return appo  # (a person's name)
    if len(after) < 2 and not names_org(doc, after.start, after.end):
        return appo  # (one word that names no organisation: a town)
    return Apposition(Position(org=None if _place_name(after) else after), appo.sort, appo.former)


def _place_name(span: Span) -> bool:
    """True for a place name by its first or last word (``place_name_starts``, ``place_name_ends`` of words.yaml:
    "Nørre Lysbro", "Ravnsø Mark", "Lager Vest")."""
    lex = load_lexicon()
    first, last = span[0].lower_, span[-1].lower_
    return lex.has("place_name_starts", first) or last.endswith(lex.endings("place_name_ends"))


PAST_OPENING_TOKENS = 2
"""Tokens between an item's apposition and the cue of its past ("har tidligere", "var tidligere") at most."""


def _fill_subject(
    doc: Doc, draft: Draft, main: Span, cues: list[tuple[Span, Cue]], dates: list[DateMatch], cue_end: int
) -> None:
    """Slots of a subject frame: the apposition, "fra ORG", then role/org of the main clause; which one is the
    record's position depends on the kind (a new job's apposition is the position the person leaves)."""
    told_first = draft.role if draft.role is not None and draft.role.end <= draft.person.start else None  # a title
    # told before the name ("Adm. direktør i O, X, fratræder ...")
    appo, i = _apposition(doc, draft, draft.person.end, main.end)
    if draft.lead_role is not None:
        appo = _place_after_title(doc, appo)
    origin = i < main.end and load_lexicon().has("origin_intro", doc[i].text)
    home = None
    if origin and i + 1 < main.end and is_cap(doc[i + 1]) and appo.pos.org is None:
        home = employer_inside(doc, org_run(doc, i + 1, main.end))  # "fra Børneafdelingen på Sydhavn Hospital"
        if home is not None and (len(home) > 1 or has_org_marker(home)):  # "fra Hedeby" is a home town
            appo = Apposition(Position(role=appo.pos.role, org=home), "current")
    clause = Draft(kind=draft.kind, person=draft.person, rule=draft.rule)
    starts = {span.start for span, c in cues if c.cue in VERB_CUES or c.cue == "education"}
    become, become_cue = next(
        ((sp, c) for sp, c in cues if c.cue == "become" and sp.start >= draft.person.end and sp.end not in starts),
        (None, None),
    )  # "er blevet ansat som R": the role follows the next cue, not "blevet"
    if (
        become is not None
        and not (become_cue and become_cue.decisive)
        and _titled_before(doc, cues, draft.person.end, become.start)
    ):
        become = None  # "er udnævnt til CCO i O og bliver samtidig medlem af koncernledelsen": the first title
    verb = next((c for sp, c in reversed(cues) if c.kind and sp.end <= draft.person.start), None)
    inverted = verb is not None and verb.id == "bliver" and draft.person.start < cue_end < main.end
    titled = appo.pos.role is not None and appo.pos.role[0].is_lower  # (not the next name of a list "A, B og C")
    titled = titled or (appo.pos.role is None and appo.pos.org is not None and i < main.end and doc[i].is_lower)
    after = i if inverted and titled and i > cue_end else cue_end  # past an apposition:
    # "bliver X, direktør for Børn og Unge, konstitueret kommunaldirektør", "bliver chefsygeplejerske X, Medicinsk
    # Center, konstitueret sygeplejefaglig direktør"
    if become is None and inverted and _is_title(role_run(doc, after, main.end)):
        become = doc[after - 1 : after]  # "Pr. 1/1 bliver [senioradvokat] A og B partnere i O": after the names
        # (also a title of two words: "Fra 1. februar bliver X kommerciel direktør i O")
    if become is not None:
        _become_role(doc, clause, become, main.end, dates)
    decisive = next((sp for sp, c in cues if c.decisive and sp.start >= draft.person.end), None)
    if decisive is not None:  # "forlader stillingen som R1 i O1 for at blive R2 i O2": R1/O1 are the previous
        before = Draft(kind=draft.kind, person=draft.person, rule=draft.rule)
        _scan_main(doc, before, max(i, cue_end), decisive.start)
        first_cue = next((c for sp, c in cues if c.kind and sp.end == cue_end), None) or next(
            (c for sp, c in reversed(cues) if c.kind and sp.end <= draft.person.start), None
        )  # (inverted: "Efter otte år forlader X O1 og skifter til O2 som R2": the verb before the person)
        if before.org is None and first_cue is not None and first_cue.cue == "departure" and is_cap(doc[cue_end]):
            before.org = org_run(doc, cue_end, decisive.start)
        draft.previous_role, draft.previous_org = before.role, before.org
        draft.leaves, draft.new_post = True, _joined_at(doc, cue_end, decisive.start)
        cue_end = decisive.end
    if draft.kind != EntryKind.completed_education:  # a graduate's role and employer: the apposition only
        first = next((c for sp, c in cues if c.kind and sp.end == cue_end), None)
        if first is None:  # inverted: "... skifter X nu til O": the verb before the person
            first = next((c for sp, c in reversed(cues) if c.kind and sp.end <= draft.person.start), None)
        leaves = first is not None and first.cue in {"departure", "retirement"}
        origin = cue_end + 1 < main.end and load_lexicon().has("origin_intro", doc[cue_end].text)
        if leaves and origin:  # "går på pension fra [tømrerfirmaet] Brix ApS i Brædstrup"
            clause.org = org_at(doc, cue_end + 1, main.end)
        elif leaves and main.start < cue_end < main.end and is_cap(doc[cue_end]):  # (a cue ends there: not the
            # sentence's first word before an inverted "Den afgående formand, X, ...")
            clause.org = org_run(doc, cue_end, main.end)  # "har forladt Skovlund Invest A/S, hvor ..."
        lex = load_lexicon()
        origin_clause = next(
            (
                sp.start - 1
                for sp, c in cues
                if c.cue == "previous"
                and sp.start > cue_end
                and lex.has("list_joiners", doc[sp.start - 1].text)
                and lex.has("origin_intro", doc[sp.end - 1].text)
            ),
            main.end,
        )
        origin_clause = next(
            (k for k in range(cue_end, origin_clause - 1) if doc[k].text == "(" and lex.has("former", doc[k + 1].text)),
            origin_clause,
        )  # "tiltræder 1. september og kommer fra O, hvor hun har været R": R is no new role; nor is "– R (tidligere
        # R0 hos O0)"
        contrast = next(
            (
                k
                for k in range(cue_end, origin_clause)
                if lex.has("contrast_conjunctions", doc[k].text) and k > 0 and doc[k - 1].text == ","
            ),
            origin_clause,
        )  # "A og B er nye i bestyrelsen, mens C blev valgt som næstformand": C's title
        origin_clause = contrast - 1 if contrast < origin_clause else origin_clause
        if first is None and draft.kind in MOVE_KINDS and draft.rule.endswith(":" + LABEL_CUE.id):
            opens = range(i, i + PAST_OPENING_TOKENS + 1)  # "Nye ansættelser: / • X, R, har tidligere været ansat hos
            past = next((sp.start for sp, c in cues if c.cue == "previous" and sp.start in opens), main.end)  # O0":
            origin_clause = min(origin_clause, past)  # the kind is the heading's, the clause tells the past
        purpose = min((k - 2 for k in phrase_ends(doc, cue_end, origin_clause, "purpose_phrases")), default=None)
        origin_clause = purpose if purpose is not None else origin_clause  # "har sagt sit job op for at flytte til
        # Aalborg": no role "Aalborg"
        move = first is not None and first.cue == "move"
        start = max(i, cue_end)
        if move and start == cue_end and cue_end > 0 and lex.has("move_target_intro", doc[cue_end - 1].text):
            start -= 1  # "kommer til Øresund Data ApS som R": the cue's own "til" names the target
        elif (
            start == cue_end
            and first is not None
            and first.cue == "start"
            and lex.has("role_intro", doc[cue_end - 1].text)
        ):
            start -= 1  # "tager X fra 1. januar over som daglig leder": the cue's own "som" introduces the role
        _scan_main(doc, clause, start, origin_clause, move=move)
        fronted = draft.kind in STATE_KINDS | {EntryKind.board_appointment} or load_lexicon().has(
            "role_intro", doc[main.start].text
        )
        if clause.role is None and clause.org is None and fronted:
            # "Efter 19 år som R på O går X på pension", "Som ny R i O har X pr. 1. maj ..."
            _scan_main(doc, clause, main.start, draft.person.start)
        if clause.role is None and draft.kind == EntryKind.board_appointment:
            clause.role = _fronted_board_title(doc, main.start, draft.person.start)  # "Næstformand blev X"
        if clause.role is None and draft.kind == EntryKind.board_appointment and cue_end < main.end:
            told = doc[cue_end : cue_end + 1]  # "X er nyvalgt bestyrelsesmedlem": the board title right after the cue
            clause.role = (
                told if cue_end > draft.person.start and load_lexicon().has("board_roles", told.text) else None
            )
    _merge_positions(draft, appo, clause)
    if draft.kind == EntryKind.board_appointment and home is not None and draft.org is home:
        draft.org = clause.org  # "Nyt bestyrelsesmedlem blev X fra Vindum El-Service": the member's own firm
    if draft.kind == EntryKind.board_appointment and draft.org is not None:  # "Nyvalgt blev [A og] B, der er
        # partner i Krag & Lund Revision P/S": the member's job, not the board's organisation
        if appo.sort == "current" and _relative_after(doc, draft.person.end, main.end) and draft.org is appo.pos.org:
            draft.org = clause.org
        tail = _relative_after(doc, cue_end, main.end) and clause.org is not None and clause.org.start > cue_end
        if tail and draft.org is clause.org:
            draft.org = None
    if draft.leaves and clause.org is None and draft.kind in MOVE_KINDS:  # "fratræder som CFO i O for at blive
        draft.kind, draft.internal = EntryKind.departure, False  # selvstændig rådgiver": no employer named for the
        draft.role = draft.previous_role or draft.lead_role or told_first  # new post, so the news is the departure
        draft.org, draft.previous_role, draft.previous_org = draft.previous_org or draft.org, None, None
    lex = load_lexicon()
    if draft.kind in MOVE_KINDS and lex.has("former", doc[main.start].text):
        former = role_and_org(doc, main.start + 1, draft.person.start)  # "Tidligere CIO i O Anja Toft er ansat"
        draft.previous_role = draft.previous_role or former.role
        draft.previous_org = draft.previous_org or former.org
    elif draft.kind in FORMER_IS_CURRENT and draft.role is None and lex.has("former", doc[main.start].text):
        former = role_and_org(doc, main.start + 1, draft.person.start)  # "Tidligere købmand X, Skovlund, er død"
        draft.role, draft.org = former.role, draft.org or former.org
    if draft.org is None and draft.role is not None and not draft.internal:
        draft.org = _comma_org(doc, draft.role.end, main.end)  # "X, ny CFO, Sønderholm Data ApS (fra 1/11)"


def _comma_org(doc: Doc, i: int, end: int) -> Span | None:
    """The organisation named after a comma right after the role, up to the end or a bracket, comma or full stop: a
    list line's employer ("Jens Bech, ny CFO, Sønderholm Data ApS (fra 1/11)", "→ ny formand, Sydhavn
    Boligselskab"); it must hold an organisation word (:func:`navnenyt.rules.runs.names_org`); else None."""
    if i + 1 >= end or doc[i].text != ",":
        return None
    org = org_run(doc, i + 1, end)
    closes = org is not None and (org.end >= end or doc[org.end].text in {"(", ",", ".", ";"})
    return org if org is not None and closes and names_org(doc, org.start, org.end) else None


def _fronted_board_title(doc: Doc, start: int, person: int) -> Span | None:
    """The board title opening a sentence before a verb and the person ("Næstformand blev Kim Sejersen"), else
    None."""
    lex = load_lexicon()
    verb = " ".join(t.lower_ for t in doc[start + 1 : person])
    if person > start + 1 and lex.has("board_roles", doc[start].text) and lex.has("fronted_title_verbs", verb):
        return doc[start : start + 1]
    return None


def _merge_positions(draft: Draft, appo: Apposition, clause: Draft) -> None:
    """Combine the apposition and the main clause into the draft's role/org/previous position."""
    if appo.sort == "previous":
        draft.previous_role = draft.previous_role or appo.pos.role
        draft.previous_org = draft.previous_org or appo.pos.org
    board_role = clause.role is not None and load_lexicon().has("board_roles", clause.role.text)
    if draft.kind == EntryKind.new_job and board_role:
        draft.kind = EntryKind.board_appointment  # "valgt som ny formand for Lindå Handelsstandsforening"
    told = clause.role is not None or clause.org is not None or draft.org is not None  # (the last from a prefix:
    change = draft.kind in CHANGE_KINDS and told  # "O har fundet ny R. X, der i dag er R1 i O1, tiltræder ...")
    if change:
        draft.role = clause.role or draft.role
        draft.org = clause.org or draft.org
        if appo.sort == "current" and draft.kind != EntryKind.board_appointment:
            draft.previous_role = draft.previous_role or appo.pos.role
            draft.previous_org = draft.previous_org or appo.pos.org
    else:
        current = appo.pos if appo.sort == "current" else Position()
        board_title = current.role is not None and load_lexicon().has("board_roles", current.role[0].text)
        if draft.kind == EntryKind.board_appointment and not board_title:
            current = Position()  # "X, CEO i O1, indtrådte i bestyrelsen": the member's day job (SCHEMA.md, 5)
        draft.role = current.role or draft.role or clause.role
        draft.org = current.org or draft.org or clause.org
    draft.internal = draft.internal or clause.internal
    draft.previous_role = draft.previous_role or clause.previous_role
    left = clause.previous_org
    lex = load_lexicon()
    from_left = left is not None and left.start > 0 and lex.has("origin_intro", left.doc[left.start - 1].text)
    held = clause.previous_role  # "skifter fra jobbet som R1 i O1 til ...": O1 with R1 (:func:`_from_to`)
    paired = left is not None and held is not None and held.end <= left.start <= held.end + 1
    if draft.previous_org is None and clause.org is not None and (from_left or paired):
        draft.previous_org = left  # "skifter fra O1 til O2": O1 is left for O2
    moved = draft.kind in MOVE_KINDS and not appo.former
    if moved and draft.org is None and draft.previous_org is not None:
        draft.org, draft.previous_org, draft.internal = draft.previous_org, None, True  # "X, der i dag er R1 i O,
        # bliver R2": a move inside O (not "X, tidligere R1 hos O,": O is left behind)


def _own_part(doc: Doc, sent: Span, draft: Draft, others: list[Draft]) -> tuple[int, int] | None:
    """The tokens of ``sent`` about ``draft``'s person when several people share an entry: from their first name
    to the next person's ("Mikkel kommer fra O1, ..., mens Sofie kommer fra O2"); the whole sentence after
    "Begge"; None when the sentence does not name them."""
    if load_lexicon().has("both", doc[sent.start].text):
        return sent.start, sent.end
    first = next((t.i for t in sent if t.text == draft.person[0].text), None)
    if first is None:
        return None
    names = {d.person[0].text for d in others if d is not draft}
    stop = next((t.i for t in doc[first + 1 : sent.end] if t.text in names), sent.end)
    return first, stop


def _fill_rest(
    doc: Doc, draft: Draft, sents: list[Span], main: Span, dates: list[DateMatch], others: list[Draft]
) -> None:
    """Previous position, date, kind refinements and kind-specific slots."""
    lex = load_lexicon()
    multi = len(others) > 1
    moved: Span | None = None  # the sentence of the new post a departure turned into (:func:`_next_post`)
    for sent in sents:
        now_ok = (draft.kind in MOVE_KINDS and (sent != main or draft.role is not None)) or (
            draft.kind in NOW_HELD_KINDS and sent != main
        )
        prev_cues = [
            (s, c)
            for s, c in cues_in(doc, sent.start, sent.end)
            if c.cue == "previous" and (now_ok or c.id not in NOW_CUES)
        ]
        if not prev_cues or (sent == main and draft.previous_role is not None):
            continue
        head = next((k for k in range(sent.start, sent.end) if not doc[k].is_space), sent.end)
        opener = name_run(doc, head, sent.end) if sent != main and head < sent.end else None
        named = multi and any(t.text == draft.person[0].text for t in sent)  # ("A kommer fra O1, mens B kommer fra
        # O2": the part about B, :func:`_own_part`)
        if opener is not None and opener.start == head and opener.text != draft.person.text and not named:
            continue  # "Christian Lykke Damgaard kommer fra ...": about someone else
        if sent != main and not named and _names_other_before(doc, sent, prev_cues[0][0].start, draft.person):
            continue  # "Direktionen suppleres af en ny R, Rasmus Thygesen, der kommer fra ...": his, not hers
        if sent == main and draft.kind in {EntryKind.obituary, EntryKind.retirement}:
            continue
        part = _own_part(doc, sent, draft, others) if multi else (sent.start, sent.end)
        if part is None:
            continue
        other = _other_person_clause(doc, sent.start, sent.end) if sent != main else sent.end
        prev_cues = [(sp, c) for sp, c in prev_cues if part[0] <= sp.start < min(part[1], other)]
        if sent == main:  # "har været" in the main sentence is not a previous position
            prev_cues = [(sp, c) for sp, c in prev_cues if sp.start >= draft.person.end and c.id not in HELD_CUES]
        pos, phrase, inside, arrived = Position(), "", False, False
        for span, cue in prev_cues:
            pos, phrase = previous_position(doc, span.end, part[1]), cue.phrase
            arrived = cue.id in ARRIVAL_CUES and (sent == main or not _named_after(doc, main, draft.person))
            inside = inside or pos.internal  # "har været en del af huset siden 2014 og har ... stået i spidsen for
            if pos.role is not None or pos.org is not None:  # vores lagerdrift som R": inside the house
                break
        pos.internal = pos.internal or (inside and pos.org is None)
        if not prev_cues:
            continue
        if draft.kind == EntryKind.birthday:
            prev_cues = [(sp, c) for sp, c in prev_cues if c.id not in PAST_POST_CUES]
            if not prev_cues:
                continue
        if draft.kind in STATE_KINDS or draft.kind == EntryKind.award:  # "Hun har i 20 år været ungdomstræner i
            held = _is_title(pos.role) or pos.role is None  # Ejstrup IF": the post an award's winner holds (not "har
            draft.role = draft.role or (pos.role if held else None)  # været nogle af de bedste år", "har atelier i en
            draft.org = draft.org or (pos.org if held else None)  # tidligere smedje i Lyngså")
            continue
        draft.previous_role = draft.previous_role or pos.role
        if pos.role is not None or not multi:  # "Begge kommer fra O" names no position: no previous_org
            # (dev gold convention)
            draft.previous_org = draft.previous_org or pos.org
        internal = draft.internal or is_internal(doc, main.start, main.end)
        staying = draft.kind == EntryKind.promotion and internal and lex.has("same_place_cues", phrase)
        if staying and draft.org is None and pos.org is not None:
            draft.org = pos.org  # "forfremmet ... samme sted. Han har siden 2019 været R hos O": O is the place
        draft.internal = draft.internal or (pos.internal and not draft.leaves)  # (not "fratræder ... for at blive
        # R2 i O2. Han har været i virksomheden i seks år": the firm he leaves)
        if arrived and pos.org is not None and draft.kind == EntryKind.new_job and draft.org is None:
            draft.internal = False  # "ansat som R i afdelingen for byggeledelse og kommer fra O1": from elsewhere
        if draft.kind != EntryKind.board_appointment:
            break
    if draft.kind in MOVE_KINDS and draft.role is None:
        draft.role = next((r for sent in sents if sent != main and (r := _later_title(doc, sent, draft))), None)
    _taken_over(doc, draft, main)
    _acting_title(doc, draft, main)
    if draft.kind == EntryKind.departure and _pronoun_says(doc, sents, main, EntryKind.retirement):
        draft.kind = EntryKind.retirement  # "X stopper som R i O. Han går på pension med udgangen af maj."
    elif (draft.kind == EntryKind.departure or _no_destination(draft)) and not multi:
        left = draft.kind == EntryKind.departure
        post = _next_post(doc, draft, sents, main)  # "X forlader O1. Han bliver pr. 1. april R2 i O2."
        moved = post if left else None  # a departure's date is the last day: the new post takes its own when told (a
        # move told without its destination keeps its date: "X skifter pr. 1. marts til konkurrenten. Han bliver R2")
    if draft.kind in STATE_KINDS | TOLD_NOW_KINDS and (draft.role is None or draft.org is None):
        _current_position(doc, draft, sents, main)  # "... Hun er til daglig centerchef i Tønnersø Kommune."
    elif draft.kind in MOVE_KINDS and draft.previous_role is None and not multi:
        now = Draft(kind=draft.kind, person=draft.person, rule=draft.rule)  # "Hun er i dag presserådgiver i O."
        _current_position(doc, now, sents, main)
        if now.org is not None and (draft.org is None or now.org.text != draft.org.text):
            draft.previous_role, draft.previous_org = now.role, now.org
            draft.elsewhere = True  # "Bestyrelsen har udpeget X som ny R. Han er i dag R1 i O1.": hired from O1
        elif now.internal and now.role is not None and draft.previous_org is None:
            draft.previous_role, draft.internal = now.role, True  # "... Han er i dag vagtleder samme sted."
    titles = lex.endings("board_title_endings")
    role = draft.role
    owned = role is not None and len(role) > 2 and lex.has("board_owner_intro", role[1].text)
    if role is not None and owned and role[0].lower_.endswith(titles):
        owner = org_run(doc, role.start + 2, role.end)  # "forbundsformand for Sundheds- og Omsorgsforbundet"
        if owner is not None and owner.end == role.end and names_org(doc, owner.start, owner.end):
            draft.role, draft.org = role[:1], draft.org or owner
    role = draft.role
    chair_of = role is not None and len(role) > 2 and lex.has("board_roles", role[0].text)  # "formand for
    chair_of = chair_of and role is not None and lex.has("board_owner_intro", role[1].text)  # Børne- og Skoleudvalget"
    board_role = role is not None and (  # "formand", "1. suppleant", "kredsformand", "næstformand i bestyrelsen"
        _is_board_title(role) or role.text.lower().endswith(titles) or chair_of
    )
    if draft.kind in MOVE_KINDS and board_role:
        draft.kind = EntryKind.board_appointment  # "valgt som ny formand for Lindå Handelsstandsforening"
    elif draft.kind in MOVE_KINDS and role is not None and lex.has("board_plurals", role[-1].text):
        draft.kind, draft.role = EntryKind.board_appointment, None  # "Som nye medlemmer valgtes A og B": no title
    years = _years_before(doc, main, draft.person)  # "Efter otte år som CFO i Nordmarsk Energi A/S skifter X ..."
    if years is None and draft.kind in MOVE_KINDS:
        years = _years_told_before(
            doc, sents, main, draft.person
        )  # "Efter syv år hos O1 er det tid til at sige farvel. Den
        # 1. oktober starter jeg som R hos O2"
    if draft.kind == EntryKind.new_job and draft.previous_org is None:
        draft.previous_org = _bracketed_origin(doc, main)  # "X, indkøbschef, O (fra Boligstil ApS)"
    if years is not None and draft.kind in MOVE_KINDS and draft.previous_role is None and draft.previous_org is None:
        draft.previous_role, draft.previous_org = years.role, years.org
    elif years is not None and draft.kind in STATE_KINDS:
        draft.role, draft.org = draft.role or years.role, draft.org or years.org
    lead = draft.lead_role
    no_previous = draft.previous_role is None
    if lead is not None and no_previous and draft.kind in MOVE_KINDS and draft.role is not None and draft.role != lead:
        draft.previous_role = lead  # "Politiassistent X, Nordby Politi, til vicepolitikommissær ved Sydby Politi"
        inside = draft.previous_org is None and not draft.leaves  # "er økonomichef X udnævnt til vicedirektør" (not
        draft.internal = draft.internal or inside  # "økonomichef X fratræder for at blive R i ...": a move elsewhere)
    if draft.previous_org is not None and draft.org is not None and _same_org(draft.previous_org, draft.org):
        draft.previous_org, draft.internal = None, True  # "udnævnt ... i Tangmose Møbler A/S. Han har været ansat
        # hos Tangmose Møbler siden 2015": a move inside the organisation
    hired_in = has_phrase(doc, main.start, main.end, "hire_in_words")  # "har hun ansat X, der i dag er R1 hos O1"
    inside = _held_now(doc, main) and not hired_in and not draft.elsewhere  # (in another sentence, the post held now
    # is left for one elsewhere: "Fra 1. oktober er det X, der er ny indehaver af butikken. Hun er i dag souschef i O")
    if draft.kind == EntryKind.new_job and not draft.org and draft.previous_org and inside:
        draft.org, draft.previous_org = draft.previous_org, None  # "X, der i dag er R1 i O, udnævnes til R2"
        draft.internal = True
    if draft.kind == EntryKind.new_job and draft.previous_org is None and draft.previous_role is not None:
        draft.internal = draft.internal or _held_now(doc)  # "X, der i dag er Head of Product, udnævnes til CPO"
    if draft.kind == EntryKind.new_job and draft.internal and draft.previous_org is None:
        draft.kind = EntryKind.promotion
    if draft.kind == EntryKind.new_job and draft.previous_org is None and _made_partner(doc, main, draft.role):
        draft.kind = EntryKind.promotion  # "udnævnt til partner": a firm makes its own people partners
    if draft.org is None and draft.kind in BOARD_MEETING_KINDS:
        draft.org = _meeting_org(doc, sents, main)  # "På generalforsamlingen i O blev X valgt som formand"
    if draft.kind in DEGREE_KINDS and _is_degree(draft.role):
        _degree_to_education(doc, draft, main)  # "er blevet cand.jur. fra Fjordby Universitet"
    moved_date = _pick_date(dates, moved) if moved is not None else None  # a new post told after a departure: its
    # own date, else the last day's ("fratræder med udgangen af januar. Han er blevet ansat som R2 i O2")
    taken = draft.kind in MOVE_KINDS and draft.new_post is not None  # "fratræder med udgangen af juni og fra 1. juli
    own = [d for d in dates if draft.new_post is not None and d.start >= doc[draft.new_post].idx] if taken else []
    moved_date = moved_date or _pick_date(own, main)  # bliver R2 i O2": the new post's own date
    draft.date = paren_date(doc, draft.person, main.end) or moved_date or _pick_date(dates, main)  # "A (laborant,
    # fra 1. april) og B (mejerielev, fra 7. april)": each one's own date
    if draft.date is not None:
        home = next((s for s in sents if s.start_char <= draft.date.start < s.end_char), main)
        at = doc.char_span(draft.date.start, draft.date.end, alignment_mode="expand")
        draft.past = draft.past or _told_in_past(doc, home, at.start if at is not None else None)
        draft.past = draft.past or _past_start(doc, home)
    _kind_slots(doc, draft, main)


RELATIVE_REACH = 30
"""Characters between such a day and the kind's cue ("fylder", "jubilæum") at most: "fylder 70 år på lørdag"."""


def _relative_date(doc: Doc, sents: list[Span], draft: Draft) -> DateMatch | None:
    """A day named relative to publication (:func:`navnenyt.dates.find_relative_dates`) within
    :data:`RELATIVE_REACH` characters of a cue of the draft's kind, in the sentence that names the person."""
    sent = next((s for s in sents if s.start <= draft.person.start < s.end), None)
    if sent is None:
        return None
    cues = [span for span, cue in cues_in(doc, sent.start, sent.end) if cue.kind == draft.kind]
    openers = load_lexicon().words["clause_openers"]
    for found in find_relative_dates(sent.text):
        if found.start == 0 and cues:
            return found  # "På søndag har overassistent X 40-års jubilæum ...": fronted, it dates the sentence
        start, end = sent.start_char + found.start, sent.start_char + found.end
        for cue in cues:
            lo, hi = min(end, cue.end_char), max(start, cue.start_char)
            clauses = doc.text[lo:hi].split(", ")[1:]  # the words after each comma between the day and the cue
            if hi - lo <= RELATIVE_REACH and not any(c.split()[:1] and c.split()[0] in openers for c in clauses):
                return found  # (not across ", hvor han i dag er værkfører": another clause)
    return None


def _award_day(doc: Doc, sents: list[Span], draft: Draft) -> DateMatch | None:
    """The day a prize is handed, named from publication (:func:`navnenyt.dates.find_relative_dates`: "i går", "i
    fredags"; not a bare "fredag", not "i dag": "der i dag tæller") in the sentence that names the winner or the next
    one when it names nobody ("X modtog i går Undervisningsprisen", "X har modtaget prisen. Prisen blev overrakt i
    torsdags": a past day); else None."""
    home = next((k for k, s in enumerate(sents) if s.start <= draft.person.start < s.end), None)
    if home is None:
        return None
    for k, sent in enumerate(sents[home : home + 2]):
        if k and any(name_run(doc, j, sent.end) is not None for j in range(sent.start, sent.end)):
            break  # (the next winner's sentence)
        for found in find_relative_dates(sent.text):
            if not found.last and (found.relative_days is None or found.relative_days >= 0):
                continue  # (a bare "torsdag": most gold leaves it undated; "der i dag tæller": the present)
            start, end = sent.start_char + found.start, sent.start_char + found.end
            return dataclasses.replace(found, start=start, end=end)
    return None


STARTED_TODAY_KINDS = frozenset(
    {EntryKind.new_job, EntryKind.promotion, EntryKind.departure, EntryKind.retirement, EntryKind.obituary}
)
"""Kinds a day named from publication dates only with a start cue or verb (:func:`_started_on_day`)."""


def _started_on_day(doc: Doc, sents: list[Span], draft: Draft) -> DateMatch | None:
    """A day named from publication ("i dag", "i går", "i søndags"; a bare weekday only after a cue, "Fra mandag", or
    by a verb of a coming start, "starter på mandag": ``future_day_verbs``) in the sentence that names the person,
    after an effective cue ("med virkning fra i dag": words.yaml ``date_cues_effective``) or next to a verb that dates
    a start or a death ("startede i går", "er i dag startet", "døde i søndags": ``dated_day_verbs``); else None. "X,
    der i dag er R" tells the present post, no day."""
    sent = next((s for s in sents if s.start <= draft.person.start < s.end), None)
    if sent is None:
        return None
    words = load_lexicon().words
    for found in find_relative_dates(sent.text):
        if found.cue in words["date_cues_effective"]:
            return found  # ("Fra mandag er X ny leder af O": the next Monday)
        before = sent.text[: found.start].split()[-1:]
        after = sent.text[found.end :].split()[:1]
        bare = found.relative_days is None and not found.last
        verbs = words["future_day_verbs"] if bare else words["dated_day_verbs"]  # "starter på mandag", not
        # "startede mandag" (the older gold leaves a past bare weekday)
        if any(w.strip(".,").lower() in verbs for w in before + after):
            return found
    return None


MOVE_KINDS = frozenset({EntryKind.new_job, EntryKind.promotion})
DEGREE_KINDS = frozenset({EntryKind.new_job, EntryKind.promotion, EntryKind.completed_education})


def _is_degree(role: Span | None) -> bool:
    """True when a role is a degree ("cand.jur.", "agrarøkonom"; ``degree_prefixes`` in words.yaml)."""
    return role is not None and load_lexicon().is_degree(role.text)


def _degree_to_education(doc: Doc, draft: Draft, main: Span) -> None:
    """Turn "X er blevet DEGREE [fra INSTITUTION]" read as a new job into a completed education: the degree is
    the programme, and the position in the apposition ("X, analytiker i O, er blevet ...") is the current one."""
    assert draft.role is not None
    draft.kind = EntryKind.completed_education
    degree = draft.role
    draft.education = education_slots(doc, degree.start, main.end)
    employer = draft.org if draft.org is not None and draft.org.end <= degree.start else None  # "X, R i O, er ..."
    draft.role, draft.org = draft.previous_role or draft.role, draft.previous_org or employer
    if draft.role is degree:
        draft.role = None
    draft.previous_role = draft.previous_org = None


def _years_before(doc: Doc, main: Span, person: Span) -> Position | None:
    """ "Efter N år som R [i O]" / "Efter N år i O" in the main sentence, before the person ("Efter otte år som CFO
    i O skifter X ...") or after it ("X er tiltrådt som R2 i O2 efter seks år som R i O", "X går på pension efter
    22 år som skoleleder"): that position, or None. After the person, only up to another person's name ("X
    afløser Hanne Krog, der går på pension efter 14 år som skoleleder": Hanne Krog's years)."""
    before = _years_in(doc, main.start, min(person.start, main.end))
    after = _years_in(doc, person.end, main.end)
    told = after.role if after is not None and after.role is not None else after.org if after is not None else None
    if before is not None or told is None:
        return before
    other = _names_other_before(doc, doc[person.end : told.start], told.start, person)
    return None if other else after  # (the person's own name again is no other: "hvor Maja Thorsen afløser ...")


def _years_told_before(doc: Doc, sents: list[Span], main: Span, person: Span) -> Position | None:
    """The position of a sentence that opens with "Efter N år [som R] i|hos O" right before or after the main
    sentence (:func:`_years_in`) and names no other person: the post the person leaves ("Efter syv fantastiske år hos
    Nordlig Logistik A/S er det tid til at sige farvel. Den 1. oktober starter jeg som ...", "... starter jeg som R.
    Efter fire lærerige år som dataanalytiker i O var det tid til et nyt kapitel"), else None. ``sents`` are the
    entry's sentences (:func:`navnenyt.rules.runs.sentences`)."""
    at = next((n for n, s in enumerate(sents) if s.start <= main.start < s.end), None)
    if at is None:
        return None
    intro = load_lexicon().words["years_before_intro"]
    for told in (sents[at - 1] if at > 0 else None, sents[at + 1] if at + 1 < len(sents) else None):
        if told is None or told[0].lower_ not in intro or _names_other_before(doc, told, told.end, person):
            continue
        found = _years_in(doc, told.start, told.end)
        if found is not None:
            return found
    return None


MAX_YEAR_ADJECTIVES = 2
"""Adjectives between a number and its years at most ("efter fire lærerige år", "efter tre rigtig gode år")."""


def _years_in(doc: Doc, start: int, end: int) -> Position | None:
    """ "efter N år som R [i O]" / "efter N år i O" inside tokens [start, end): that position, or None."""
    lex, texts = load_lexicon(), token_texts(doc)
    for k in range(start, end - 2):
        if not lex.has("years_before_intro", texts[k]):
            continue
        y = k + 2
        while y < min(end - 1, k + 2 + MAX_YEAR_ADJECTIVES) and texts[y].isalpha() and texts[y].islower():
            if lex.has("year_nouns", texts[y]):
                break
            y += 1  # "efter fire lærerige år som R i O"
        if lex.has("year_nouns", texts[y]):
            i = y + 1
            if i < end and lex.has("role_intro", texts[i]):
                pos = role_and_org(doc, i + 1, end)
            elif i + 1 < end and lex.has("org_intro", texts[i]) and is_cap(doc[i + 1]):
                pos = Position(org=org_run(doc, i + 1, end))
            else:
                return None
            return pos if pos.role is not None or pos.org is not None else None
    return None


TOLD_NOW_KINDS = frozenset({EntryKind.completed_education, EntryKind.award, EntryKind.other})
"""Kinds that record the person's present position, often told in a sentence of its own."""
INHERITING_KINDS = frozenset(
    {EntryKind.new_job, EntryKind.promotion, EntryKind.board_appointment, EntryKind.departure, EntryKind.retirement}
)
"""Kinds whose record in a later sentence of an entry takes the entry's organisation when it names none."""
BOARD_MEETING_KINDS = frozenset({EntryKind.board_appointment, EntryKind.departure})


def _meeting_org(doc: Doc, sents: list[Span], main: Span) -> Span | None:
    """The organisation of a general meeting told up to the main sentence ("generalforsamlingen i ORG", "ORG har
    den 26. marts afholdt ordinær generalforsamling"), or None."""
    lex = load_lexicon()
    for sent in sents:
        if sent.start > main.start:
            break
        meeting = any(lex.has("meeting_nouns", t.text) for t in sent)
        holder = org_run(doc, sent.start, sent.end) if meeting and sent.start < main.start else None
        opener = holder is not None and lex.has("meeting_nouns", holder[0].text)  # "Generalforsamling i O": O
        if holder is not None and holder.start == sent.start and has_org_marker(holder) and not opener:
            return holder
        for k in range(sent.start, sent.end - 2):
            if lex.has("meeting_nouns", doc[k].text) and lex.has("org_intro", doc[k + 1].text) and is_cap(doc[k + 2]):
                org = org_run(doc, k + 2, sent.end)
                if org is not None:
                    return org
    return None


PAST_AUXILIARY_REACH = 3
"""Tokens between a past auxiliary and its cue: "blev [Kirsten Aaby] valgt"."""
PARTICIPLE_REACH = 8
"""The same for a participle cue: "fik [ved sygehusets sommerfest den 20. juni] tildelt"."""


def _past_start(doc: Doc, sent: Span) -> bool:
    """True when ``sent`` tells a start in the simple past ("Han begyndte 2. marts"; ``past_start_verbs`` of
    words.yaml): its date lies before publication."""
    lower = token_table(doc).lower[sent.start : sent.end]
    return not load_lexicon().words["past_start_verbs"].isdisjoint(lower)


def _told_in_past(doc: Doc, sent: Span, date: int | None = None) -> bool:
    """True when ``sent`` tells its people-news in the past tense: a past-tense cue ("ansatte", "forsvarede") or a
    cue shortly after a past auxiliary ("blev valgt", "blev Kirsten Aaby valgt", "fik overrakt").

    With ``date`` (the token index of the news's date), a cue inside a relative clause closed by a comma that does
    not hold the date is background ("X, der i 2009 forsvarede sin ph.d., er pr. 1. februar udnævnt til R")."""
    lex, texts = load_lexicon(), token_texts(doc)
    background: list[tuple[int, int]] = []
    if date is not None:
        opens = [k for k in range(sent.start, sent.end - 1) if _relative_after(doc, k, sent.end)]
        embedded = [(k, _clause_end(doc, k, sent.end)) for k in opens]
        background = [(a, b) for a, b in embedded if b < sent.end and not a < date < b]
    for span, cue in cues_in(doc, sent.start, sent.end):
        if any(a < span.start < b for a, b in background):
            continue
        if cue.cue == "successor":
            return False  # "... og afløser Y, der gik på pension 31. juli": the tense of the one replaced
        if cue.past:
            return True
        # a participle ("blev lørdag den 27. september kåret", "fik ved sommerfesten den 20. juni tildelt")
        # reaches further back than a finite verb; "Ny formand blev X": the auxiliary right after the cue
        participle = texts[span.end - 1].endswith(lex.endings("participle_endings"))
        reach = PARTICIPLE_REACH if participle else PAST_AUXILIARY_REACH
        near = range(max(sent.start, span.start - reach - 1), min(sent.end, span.end + 2))
        if cue.kind is not None and any(lex.has("past_auxiliaries", texts[k]) for k in near):
            return True
    return False


def _new_title_before(doc: Doc, person: Span, start: int) -> Span | None:
    """The title of "ny R, NAME" right before ``person`` ("suppleres af en ny salgsdirektør, Rasmus Thygesen"), else
    None."""
    k = person.start - 1
    if k - 2 < start or doc[k].text != "," or not load_lexicon().has("new_adjectives", doc[k - 2].text):
        return None
    title = doc[k - 1 : k]
    return title if title[0].is_lower and _is_title(title) else None


MAX_COMMA_TITLE = 8
"""Tokens of a title with its area or organisation between commas before a name at most ("afdelingschef for Park og
Vej, Henrik Bjerre,")."""


def _comma_title_before(doc: Doc, person: Span, start: int) -> Position | None:
    """The post of "TITLE [for AREA] [i ORG], NAME," right before ``person`` (from token ``start`` on): a lower-case
    title word (:func:`navnenyt.rules.slots.title_word`) whose role and organisation end at the comma before the name,
    else None."""
    comma = person.start - 1
    if comma - 1 < start or doc[comma].text != "," or person.end >= len(doc) or doc[person.end].text != ",":
        return None
    for k in range(max(start, comma - MAX_COMMA_TITLE), comma):
        if not doc[k].is_lower or title_word(doc[k].text) is None:
            continue
        pos = role_and_org(doc, k, comma)
        return pos if pos.role is not None and pos.end == comma else None
    return None


def _names_other_before(doc: Doc, sent: Span, k: int, person: Span) -> bool:
    """True when ``sent`` names, before token ``k``, a person with a listed first name who is not ``person``."""
    j = sent.start
    while j < k:
        run = name_run(doc, j, k)
        if run is None:
            j += 1
            continue
        same = person.text in {run.text, genitive_stem(run.text)}  # (also "Sanne Bechs sidste arbejdsdag")
        if not same and has_flag(doc.vocab, run[0].text, "first_name") and not has_org_marker(run):
            return True
        j = run.end
    return False


def _pronoun_says(doc: Doc, sents: list[Span], main: Span, kind: EntryKind) -> bool:
    """True when a later sentence about the same person ("Han/Hun ...") or a clause of the main sentence opened by a
    subordinator and the pronoun (", inden han går på pension": words.yaml ``subordinators``) carries a cue of
    ``kind``."""
    lex = load_lexicon()
    texts = token_texts(doc)
    inner = next(
        (
            k
            for k in range(main.start, main.end - 1)
            if lex.has("subordinators", texts[k]) and lex.has("pronouns", texts[k + 1])
        ),
        None,
    )
    if inner is not None and any(c.kind == kind for _, c in cues_in(doc, inner, main.end)):
        return True
    later = [s for s in sents if s.start > main.start and lex.has("pronouns", doc[s.start].text)]
    return any(c.kind == kind for sent in later for _, c in cues_in(doc, sent.start, sent.end))


def _copula_after(doc: Doc, k: int, end: int, *, skip: int = 0) -> int | None:
    """The index after a future copula (``next_post_copulas`` of words.yaml: "skal være") at token ``k``, else
    None; ``skip`` tokens of an inverted subject stand after its first word ("skal Lone fremover være") and are
    skipped."""
    for phrase in load_lexicon().words["next_post_copulas"]:
        words = phrase.split()
        stop = k + len(words) + skip
        if stop < end and [t.lower_ for t in doc[k : k + 1]] + [t.lower_ for t in doc[k + 1 + skip : stop]] == words:
            return stop
    return None


def _next_post(doc: Doc, draft: Draft, sents: list[Span], main: Span) -> Span | None:
    """A departure followed by the sentence right after it, opening with a pronoun and a job cue that names the new
    employer ("X har valgt at søge nye udfordringer. Han tiltræder 1. marts som R2 i O2.", or inverted: "Fra 1.
    november bliver han R2 i O2."): a new job, the post left its previous position, dated in that sentence (the
    sentence is returned); else ``draft`` unchanged and None returned."""
    lex = load_lexicon()
    nxt = next((s for s in sents if s.start >= main.end), None)
    if nxt is None or len(nxt) < 4:
        return None
    moves = [sp for sp, c in cues_in(doc, nxt.start, nxt.end) if c.kind in MOVE_KINDS and c.cue != "previous"]
    first_name = draft.person[0].text

    def subject(k: int) -> bool:
        return lex.has("pronouns", doc[k].text) or doc[k].text == first_name

    def past_subject(k: int) -> int:  # the token after the subject at ``k``: the whole name when it is written out
        return k + (_names_at(doc, k, draft.person) or 1)

    if not subject(nxt.start):  # "Fra 1. november bliver han R2 i O2": inverted, the pronoun (or the first name:
        # "Efter ni år skal Lone fremover være R2 i O2") right after the verb
        cue = next((sp for sp in moves if sp.end + 1 < nxt.end and subject(sp.end)), None)
        if cue is not None:
            return nxt if _take_next_post(doc, draft, nxt, past_subject(cue.end)) else None
        modal = next((k for k in range(nxt.start + 1, nxt.end - 2) if subject(k + 1)), None)
        skip = past_subject(modal + 1) - modal - 1 if modal is not None else 0
        copula = _copula_after(doc, modal, nxt.end, skip=skip) if modal is not None else None
        return nxt if copula is not None and _take_next_post(doc, draft, nxt, copula) else None
    cue = moves[0] if moves else None
    while cue is not None and (later := next((sp for sp in moves if sp.start == cue.end), None)) is not None:
        cue = later  # "Han er blevet ansat som R2 i O2": the post follows the last verb
    copula = _copula_after(doc, nxt.start + 1, nxt.end)  # "Hun skal være partner i O2"
    if cue is None and copula is None:
        return None
    first = copula if copula is not None and (cue is None or copula <= cue.start) else cue.end if cue else nxt.end
    return nxt if _take_next_post(doc, draft, nxt, first) else None


def _take_next_post(doc: Doc, draft: Draft, nxt: Span, first: int) -> bool:
    """The post "[pr. DATE] [som] R2 i O2" from token ``first`` of ``nxt`` makes ``draft`` a new job there, the
    post left its previous one (True); ``draft`` unchanged when no role with an organisation follows (False)."""
    lex = load_lexicon()
    k = past_date(doc, first, nxt.end)  # "Han bliver pr. 1. april R2 i O2"
    k += 1 if k < nxt.end and lex.has("role_intro", doc[k].text) else 0
    post = role_and_org(doc, k, nxt.end)
    if post.org is None or post.role is None:
        return False
    if draft.kind == EntryKind.departure:
        draft.previous_role, draft.previous_org = draft.role or draft.lead_role, draft.org
    elif draft.held:  # "Generalsekretær i O1, X, har fået nyt job. Pr. 1. juli bliver han R2 i O2."
        draft.previous_role, draft.previous_org = draft.role, draft.org
    else:  # a move without its destination keeps the post it left
        draft.previous_role = draft.previous_role or draft.role or draft.lead_role
    draft.kind, draft.role, draft.org = EntryKind.new_job, post.role, post.org
    return True


def _taken_over(doc: Doc, draft: Draft, main: Span) -> None:
    """ "Pr. 1. februar har frisør X overtaget Salon Klip & Krøller i Søndergade": the capitalised object of a
    takeover verb (cue flag ``takes_over``; a date or the person may stand between) is the new job's organisation,
    without the address after it ("Salon Klip & Krøller")."""
    if draft.kind not in MOVE_KINDS:
        return
    texts = token_texts(doc)
    for span, cue in cues_in(doc, main.start, main.end):
        if not cue.takes_over:
            continue
        k = _past_date(doc, span.end, main.end)
        if k == draft.person.start or (draft.lead_role is not None and k == draft.lead_role.start):
            k = _past_date(doc, draft.person.end, main.end)  # "overtog X 1. februar Salon ...", "overtager
            # bagermester X ..."
            aged = k + 2 < main.end and texts[k] == "," and doc[k + 1].like_num and texts[k + 2] == ","
            k = k + 3 if aged else k  # "overtager bagermester Camilla Friis, 36, Mølgaards Bageri"
        org = org_run(doc, k, main.end)
        # the shop's address is no part of its name: "Bageriet Kornblomsten på Torvet i Hobro"
        places = load_lexicon().words["unit_place_intro"]
        cut = next((m for m in range(k + 2, org.end) if doc[m].text in places), None) if org else None
        org = doc[k:cut] if org is not None and cut is not None else org
        if org is not None and (len(org) > 1 or names_org(doc, org.start, org.end)):
            draft.org = org
            draft.lead_role = None  # a shop taken over is a new post: the title before the name is the trade
            if draft.kind == EntryKind.promotion and draft.previous_org is None:  # ("bagermester"), no post held
                draft.kind, draft.previous_role = EntryKind.new_job, None
        return


def _acting_title(doc: Doc, draft: Draft, main: Span) -> None:
    """ "bliver konstitueret kommunaldirektør", "om at være konstitueret skoleleder": an acting title (``acting_words``
    of words.yaml right before a title) is the role as written, "konstitueret" included (the gold convention; after
    "konstitueret som" the title alone is, also in an apposition: "er skolechef X, konstitueret som direktør"); the
    title printed before the name is then the previous role."""
    if draft.kind not in MOVE_KINDS:
        return
    texts, lex = token_texts(doc), load_lexicon()
    for k in range(max(main.start, draft.person.end), main.end - 1):
        if not lex.has("acting_words", texts[k]):
            continue
        named = k + 2 < main.end and lex.has("role_intro", texts[k + 1])  # "konstitueret som R": R alone
        if draft.role is not None and draft.role.start == k:  # read already after an apposition: "bliver X, R1,
            if draft.kind == EntryKind.new_job and draft.previous_org is None:  # konstitueret R2"
                draft.kind = EntryKind.promotion
            return
        if texts[k - 1] == "," and not named:
            continue  # (not "X, konstitueret skoleleder": a signature's title)
        pos = role_and_org(doc, k + 1 + named, main.end)  # "som direktør for Børn og Unge i Hedeby Kommune"
        run = pos.role
        if run is None or run.start != k + 1 + named or not any(title_word(t.text) for t in run):
            continue  # ("direktør for Børn og Unge": a title, then its area)
        acting = run if named else doc[k : run.end]
        if draft.role is not None and (draft.role == acting or (draft.role.start == acting.start and named)):
            return  # read already
        told_after = draft.role is not None and draft.role.start > acting.start
        if told_after and draft.role != draft.lead_role and not _overlaps(draft.role, acting):
            return  # "X, der hidtil har været konstitueret landechef, rykker op som R": R is the news
        # the post told before it is the one held: "X, chef for Plan og Byg, bliver konstitueret teknisk direktør"
        held = draft.role if draft.role is not None and draft.role.end <= acting.start else None
        draft.previous_role = draft.previous_role or draft.lead_role or held
        draft.role = acting
        draft.org = draft.org or pos.org
        if draft.kind == EntryKind.new_job and draft.previous_org is None:
            draft.kind = EntryKind.promotion  # an acting post goes to someone already there
        return


def _no_destination(draft: Draft) -> bool:
    """True for a new job or promotion with no organisation and no role but the title printed before the name
    ("[Filialdirektør] X skifter til konkurrenten")."""
    if draft.held:
        return draft.kind in MOVE_KINDS  # "Generalsekretær i O, X, har fået nyt job": the post held, no new one
    unnamed = draft.role is None or draft.role == draft.lead_role
    return draft.kind in MOVE_KINDS and unnamed and draft.org is None


def _names_at(doc: Doc, k: int, person: Span) -> int:
    """The number of tokens from token ``k`` that repeat ``person``'s name in full (0 when they do not)."""
    texts = token_texts(doc)
    n = len(person)
    return n if texts[k : k + n] == texts[person.start : person.end] else 0


def _current_position(doc: Doc, draft: Draft, sents: list[Span], main: Span) -> None:
    """ "Hun er økonomichef i Vejle Tekstil A/S." after a birthday or anniversary: fill a missing role/org."""
    lex = load_lexicon()
    for sent in sents:
        if sent.start <= main.start or len(sent) < 3:
            continue
        k = sent.start
        while k < sent.end - 2 and k < sent.start + 2 and lex.has("now_adverbs", doc[k].text):
            k += 1  # "I dag er hun R i O": the adverbs first, then the copula and the pronoun
        inverted = k > sent.start and lex.has("present_copulas", doc[k].text) and lex.has("pronouns", doc[k + 1].text)
        subject = 1 if lex.has("pronouns", doc[k].text) else _names_at(doc, k, draft.person)  # "Hun", or the name
        # again: "Signe Hauge Brodersen er i dag R i koncernen"
        told = subject and k + subject + 1 < sent.end and lex.has("present_copulas", doc[k + subject].text)
        if inverted or told:
            k += 2 if inverted else subject + 1
            while k < sent.end and (lex.has("now_adverbs", doc[k].text) or lex.has("employed_words", doc[k].text)):
                k += 1  # "Hun er i dag presserådgiver i Viborg Kommune.", "Hun er ansat som R i O."
            pos = role_and_org(doc, k, sent.end)
            if pos.org is not None:  # "Hun er økonomichef i Vejle Tekstil A/S" (not "Han var en mand, der ...")
                draft.role = draft.role or pos.role
                draft.org = draft.org or pos.org
            elif pos.role is not None and pos.internal:  # "Han er i dag vagtleder samme sted."
                draft.role, draft.internal = draft.role or pos.role, True
            return


def _training_firm(doc: Doc, draft: Draft, k: int) -> None:
    """The firm an apprentice trained at is the organisation of a completed education (gold convention): "bestået
    svendeprøven som tømrer hos O" in the clause from token ``k`` (words.yaml ``employer_after_programme``) or
    "Han har været i lære hos O" after it (``apprentice_phrases``); the same firm read as a previous organisation
    is dropped."""
    lex, t = load_lexicon(), token_table(doc)
    end = len(doc)
    stop = next((m for m in range(k, end) if t.text[m] in {".", "!", "?"}), end)
    firm = None
    hos = next((m for m in range(k, stop - 1) if lex.has("employer_after_programme", t.text[m])), None)
    clause = hos is not None and not any(  # (not "er udlært slagter og har siden været souschef hos O")
        t.text[m] == "," or lex.has("list_joiners", t.text[m]) for m in range(k, hos)
    )
    if hos is not None and clause and t.cap[hos + 1]:
        firm = org_at(doc, hos + 1, stop)
    if firm is None:
        after = next((m for m in phrase_ends(doc, stop, end - 1, "apprentice_phrases") if t.cap[m]), None)
        firm = org_at(doc, after, end) if after is not None else None
    if firm is None:
        return
    draft.org = firm
    if draft.previous_org is not None and draft.previous_org.text == firm.text:
        draft.previous_org = None


def _within_any(span: Span | None, spans: list[Span]) -> bool:
    """True when ``span`` lies within one of ``spans``."""
    return span is not None and any(span.start >= s.start and span.end <= s.end for s in spans)


def _kind_slots(doc: Doc, draft: Draft, main: Span) -> None:
    lex = load_lexicon()
    kind = draft.kind
    if kind == EntryKind.completed_education:
        cue = next((s for s, c in cues_in(doc, main.start, main.end) if c.cue == "education"), None)
        if cue is None:  # "Færdiggjort uddannelse / X, R i O, er blevet cand.merc. fra ...": the degree
            become = (s for s, c in cues_in(doc, main.start, main.end) if c.cue == "become" and s.end < main.end)
            cue = next((s for s in become if lex.is_degree(doc[s.end].text)), None)
            if cue is not None and draft.education is None:
                draft.education = education_slots(doc, cue.end, main.end)
        elif cue is not None:  # "har taget en master i X": the programme starts at the cue's last word
            head = cue.end - 1 if lex.has("programme_heads", doc[cue.end - 1].text) else cue.end
            draft.education = education_slots(doc, head, main.end)
        if _is_degree(draft.role):
            draft.role = None  # "har afsluttet jurastudiet og er blevet cand.jur.": the degree is no role
        if draft.role is None and draft.org is None:
            job = hired_clause(doc, main.start, main.end)  # "... og er pr. 1. december ansat som dataanalytiker i O"
            if job is not None:
                pos = role_and_org(doc, job[1], main.end)
                draft.role, draft.org = pos.role, pos.org
        if draft.org is None and draft.education is not None and cue is not None:
            _training_firm(doc, draft, cue.end)
    elif kind == EntryKind.anniversary:
        draft.years = _first_number_before(doc, main, lex.words["year_nouns"])
    elif kind == EntryKind.birthday:
        draft.age = _first_number_before(doc, main, lex.words["year_nouns"], age=True)
    elif kind == EntryKind.obituary:
        draft.age = draft.age or _first_number_before(doc, main, lex.words["year_nouns"], age=True)
    elif kind == EntryKind.award:
        prizes = [s for s, c in cues_in(doc, main.start, main.end) if c.cue == "award"]
        if prizes:
            run = org_run(doc, prizes[0].end, main.end)
            owned = run is not None and run.end < main.end and is_genitive(run[-1].text)
            if run is not None and owned and doc[run.end].lower_.endswith(lex.endings("award_endings")):
                run = doc[run.start : run.end + 1]  # "Hammerslev Roklubs ærespris": the owner's prize, not the owner
            draft.award = text_of(run)
        # "er blevet Ridder af Dannebrog", "er kåret": the award cue's own words are no role or organisation
        draft.role = None if _within_any(draft.role, prizes) else draft.role
        draft.org = None if _within_any(draft.org, prizes) else draft.org
        title = draft.role  # "kåret som årets spiller": the prize, no post (``prize_heading_openers``: "årets")
        if title is not None and title.start > 0 and lex.has("prize_heading_openers", doc[title.start - 1].text):
            draft.award, draft.role = draft.award or text_of(doc[title.start - 1 : title.end]), None
    if kind in {EntryKind.other, EntryKind.award} and draft.role is not None:
        if lex.has("membership_roles", draft.role[-1].text):
            draft.role = None  # "optaget som medlem af Akademiet", "udnævnt til æresmedlem": no position
    elif kind == EntryKind.board_appointment and draft.role is not None:
        role = draft.role.text.lower()
        if not any(b in role for b in lex.words["board_roles"]) or lex.has("board_plurals", draft.role[-1].text):
            draft.role = None  # "valgt til bestyrelsen", "ny bestyrelsespost", "nye medlemmer": no board title
        else:
            tail = next((t for t in lex.words["board_role_tails"] if role.endswith(" " + t)), None)
            if tail is not None:  # "formand for bestyrelsen": the title is "formand"
                draft.role = draft.role[: len(draft.role) - len(tail.split())]
    if kind == EntryKind.promotion or draft.internal:
        draft.previous_org = None
    if draft.org is not None and draft.org[0].text.islower() and lex.has("internal_org_words", draft.org[0].text):
        draft.org = None
    same = load_lexicon().words["sameness_words"]
    elsewhere = draft.previous_org is not None and not any(t.lower_ in same for t in main)
    if kind == EntryKind.new_job and not elsewhere and is_internal(doc, main.start, _before_replaced(doc, draft, main)):
        draft.kind = EntryKind.promotion  # (not "Ny R i foreningen: X ... kommer fra et job som R1 i O1": a hire;
        # nor "X afløser Y, der går på pension efter 27 år i virksomheden": Y's years in the firm)


def _before_replaced(doc: Doc, draft: Draft, main: Span) -> int:
    """Where the part of ``main`` about the draft's person ends: after the verb of succession that follows the
    person ("X afløser | Y, der ..."), else at the sentence's end."""
    succession = next((sp.end for sp, c in cues_in(doc, main.start, main.end) if c.cue == "successor"), main.end)
    return main.end if succession <= draft.person.start else succession  # (the inverted "afløser X Y")
