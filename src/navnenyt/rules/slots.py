"""Slot finders over one sentence: role/organisation after a position, appositions, previous position,
education, award. Every function takes a ``Doc`` and token bounds and returns spans or None; none raises."""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from navnenyt.dates import find_dates
from navnenyt.lexicon import genitive_stem, load_lexicon, scan_tables, title_word
from navnenyt.model_features import has_flag, is_place_word
from navnenyt.rules.runs import (
    TokenTable,
    employer_after_unit,
    employer_inside,
    has_org_marker,
    is_cap,
    is_pictograph,
    name_run,
    names_org,
    org_kind_noun,
    org_run,
    owner_noun,
    role_run,
    token_table,
    token_texts,
    town_inside_name,
    without_place,
)


def role_text(span: Span | None) -> str | None:
    """The text of a role span (:func:`text_of`) with a plural title made singular: "udnævnt til partnere" ->
    "partner", "direktørerne" -> "direktør" (the gold convention: one record, one post)."""
    text = text_of(span)
    if not text:
        return text
    last = text.rsplit(" ", 1)[-1]
    title = title_word(last)
    return text if title is None else text[: len(text) - len(last)] + title


def text_of(span: Span | None) -> str | None:
    """Return a span's text trimmed of whitespace and trailing punctuation, or None.

    A closing ")" stays. So does nothing else: the gold convention (SCHEMA.md: "without trailing punctuation")
    also drops the final full stop of an abbreviation ("Vestlandet Mejeri a.m.b.a." -> "... a.m.b.a") and the
    apostrophe of a genitive ("på Grønhøj Foods' fabrik" -> "Grønhøj Foods").
    """
    if span is None:
        return None
    text = span.text.strip()
    while text and text[-1] in ",;:-–.'’":
        text = text[:-1].rstrip()
    return text or None


def org_text(span: Span | None) -> str | None:
    """An organisation's text (:func:`text_of`), without a genitive "s" when the name is a possessor:
    "Sønderå Sparekasses direktør" -> "Sønderå Sparekasse" (the stem ends like an organisation, ``org_endings``
    or ``org_markers``, and a lower-case word follows; or a board noun follows: "Agri Vestegns bestyrelse")."""
    text = text_of(span)
    stem = genitive_stem(text, apostrophe=True) if text is not None and len(text) > 3 else None
    if stem is not None:
        return stem  # "Holmsted IF's": an apostrophe genitive
    if span is None or text is None or span.end >= len(span.doc):
        return text
    last, nxt = span[-1].text, span.doc[span.end]
    lex = load_lexicon()
    if not (is_genitive(last) and nxt.is_lower and nxt.is_alpha):
        return text
    if last.lower().endswith(lex.endings("org_endings")):
        return text  # "Efter 38 år på Fjordby Sygehus går ...": the name ends as an organisation's does, no genitive
    stem = last[:-1]
    if stem.lower().endswith(lex.endings("org_endings")) or stem in lex.words["org_markers"]:
        return text[:-1]
    if possessed_title(span.doc, span.end, len(span.doc)) is not None:
        return text[:-1]  # "Radio Skovbos morgenvært Helle Gammelgaard": a title and a name follow the genitive
    if lex.has("board_nouns", nxt.text):
        return text[:-1]  # "Agri Vestegns bestyrelse": the board's owner
    return text


def is_genitive(word: str) -> bool:
    """True for a word that may be a genitive ("Sparekasses", "IFs"): a ``genitive_endings`` ending after more
    than three letters, or after an acronym."""
    ending = next((e for e in load_lexicon().endings("genitive_endings") if word.endswith(e)), None)
    if ending is None:
        return False
    stem = word[: -len(ending)]
    return len(word) > 3 or (len(stem) >= 2 and stem.isupper())


POSSESSED_TITLE_WORDS = 3
"""Lower-case words of a title after a genitive organisation at most: "Søhøj Møbelfabriks mangeårige direktør X"."""


def possessed_title(doc: Doc, k: int, end: int) -> Span | None:
    """The title at token ``k`` when up to :data:`POSSESSED_TITLE_WORDS` lower-case words end in a role word
    (``role_suffixes``) and a capitalised word or a comma follows ("[Radio Skovbos] morgenvært Helle ...", "[Hvidsten
    Forsikrings] finansdirektør, Dorthe ..."), else None."""
    suffixes = load_lexicon().endings("role_suffixes")
    t = token_table(doc)
    for m in range(k, min(end - 1, k + POSSESSED_TITLE_WORDS)):
        if not (t.text[m].isalpha() and t.text[m].islower()):
            return None
        if t.lower[m].endswith(suffixes) and (t.cap[m + 1] or t.text[m + 1] == ","):
            return doc[k : m + 1]
    return None


def skip_to(doc: Doc, i: int, end: int, words: AbstractSet[str]) -> int:
    """Return the index of the first token at or after ``i`` whose lower form is in ``words``, else ``end``."""
    lower = token_table(doc).lower
    while i < end and lower[i] not in words:
        i += 1
    return i


@dataclass
class Position:
    """A role and its organisation as found together ("R hos O"); ``internal`` marks "samme sted"; ``held`` a post
    told before the name as the one the person holds ("Generalsekretær i O, X, har fået nyt job"), not a new one
    ("Ny direktør i O, X, ...")."""

    role: Span | None = None
    org: Span | None = None
    internal: bool = False
    end: int = 0
    held: bool = False


def role_and_org(doc: Doc, i: int, end: int, *, joined: bool = True) -> Position:
    """Read "ROLE [hos|i|ved ORG | samme sted | i virksomheden]" starting at token ``i``; ``joined=False`` keeps
    "og" out of the role (a list of roles: "henholdsvis R1 og R2")."""
    words, t = load_lexicon().words, token_table(doc)
    intro, internal = words["org_intro"], words["internal_org_words"]
    role = role_run(doc, i, end, joined=joined)
    j = role.end if role is not None else _past_position_noun(doc, i, end)  # "en tilsvarende stilling i O"
    if role is not None and j + 1 < end and t.lower[j] in intro:
        split = _unit_then_employer(doc, j + 1, end) if t.cap[j + 1] else None  # "direktør for Børn og Unge i
        # Lyngsø Kommune"
        place = t.lower[j] in words["unit_place_intro"] or t.lower[j] in words["unit_employer_intro"]
        split = split if split is not None or place else _area_then_employer(doc, j, end)  # "for Teknik, Miljø og
        # Klima i Egebæk Kommune", "for kontoret for EU-tilskud og internationalt samarbejde i O"
        if split is not None and not place:  # ("leder af Borgerservice i Norddal Kommune")
            role, j = doc[role.start : split], split
        elif split is not None:  # "overlæge i Reumatologisk Ambulatorium på Fjordbyens Sygehus": the unit is where
            j = split  # the post is, no part of its title
    if j + 3 < end and t.lower[j] in intro and t.lower[j + 1] in words["we_objects"] and t.lower[j + 2] in intro:
        j += 2  # "projektleder hos os i Turisme Sydvest": the organisation after "os"
    region = _region_end(doc, j, end) if role is not None else None
    if region is not None:  # "Country Manager i Danmark for den norske softwarevirksomhed Fjelltek AS": the region
        j = region  # the post covers, then its organisation
    pos = Position(role=role, end=j)
    if j < end and t.lower[j] in intro and j + 1 < end:
        named = j + 2 < end and t.cap[j + 2] and not t.punct[j + 2] and not owner_noun(t.text[j + 1])  # "i rederiet
        # Tangsø Linien A/S": a descriptor (not "i firmaets M&A-afdeling": a unit of the same firm)
        owned = genitive_stem(t.lower[j + 1]) in internal and owner_noun(t.text[j + 1])  # "i firmaets skatteteam"
        owned = owned and t.lower[j] in words["unit_place_intro"]  # (not "cheftræner for klubbens førstehold")
        if not t.cap[j + 1] and (t.lower[j + 1] in internal or owned) and not named:
            pos.internal = True
        else:
            pos.org = org_at(doc, j + 1, end)
        area = pos.org
        if role is not None and area is not None and t.lower[j] in words["area_intro"] and is_area(doc, area):
            pos.role, pos.org, pos.end = doc[role.start : area.end], None, area.end  # "direktør for Vand og
            # Spildevand": the area is part of the title; the organisation is told elsewhere
    elif j < end and t.lower[j] in internal:
        pos.internal = True
    if pos.org is not None:
        pos.end = pos.org.end
    return pos


AREA_WORDS = 8
"""Tokens of a business area between a role and its employer at most ("for kontoret for EU-tilskud og internationalt
samarbejde")."""


def _area_then_employer(doc: Doc, j: int, end: int) -> int | None:
    """In "for|af AREA i|hos|ved EMPLOYER" from token ``j`` (``area_intros`` of words.yaml): a business area of up to
    :data:`AREA_WORDS` words, capitalised or not, joined by ",", "og", "&" ("for Teknik, Miljø og Klima", "af
    Governance, Risk & Compliance-teamet", "for kontoret for EU-tilskud og internationalt samarbejde"), then an
    employer with a company form or an organisation's name ending ("i Thorsø Bank A/S", "i Egebæk Kommune"), or, after
    an area of joined words, a town the gazetteer knows ("for Vand og Klima i Aalborg"): the index of the word before
    the employer, else None. Not after a board title ("formand for Ældrerådet i O": ``board_roles``), nor through
    a place ("på forbundets kongres"), nor for an area that names an organisation itself (:func:`_is_area_list`)."""
    lex, t = load_lexicon(), token_table(doc)
    if j + 2 >= end or t.lower[j] not in lex.words["area_intros"] or t.lower[j - 1] in lex.words["board_roles"]:
        return None  # ("formand for Ældrerådet i Bakkely Kommune": the board's organisation)
    markers, stops = lex.words["org_markers"], lex.words["org_intro"]
    for k in range(j + 2, min(end - 1, j + 2 + AREA_WORDS)):
        word = t.text[k - 1]
        if not (word.replace("-", "").isalpha() or word in {",", "&"}) or word in markers:
            return None
        if t.lower[k] in lex.words["employer_intros"] and t.cap[k + 1]:
            employer = org_run(doc, k + 1, end)
            named = employer is not None and (has_org_marker(employer) or names_org(doc, employer.start, employer.end))
            town = employer is not None and all(is_place_word(doc.vocab, w.text) for w in employer)  # "for Vand og
            # Klima i Aalborg": the office's town, the employer told elsewhere
            joined = any(t.lower[m] in lex.words["list_joiners"] or t.text[m] == "&" for m in range(j + 1, k))
            return k if (named or (town and joined)) and _is_area_list(t, j + 1, k) else None
        if t.lower[k - 1] in stops and t.lower[k - 1] not in lex.words["area_intros"]:
            return None  # "formand for O på forbundets kongres": a place, no area
    return None


def _is_area_list(t: TokenTable, start: int, end: int) -> bool:
    """True when tokens [start, end) may be a business area: not, in two words or fewer, a word that ends as an
    organisation's name does ("Plejecenter Solhøj", "Personaleforeningen" are organisations; "Teknik, Miljø og
    Klima", "hjemmeplejen" are areas)."""
    lex = load_lexicon()
    named = any(t.lower[k].endswith(lex.endings("org_endings")) and t.cap[k] for k in range(start, end))
    return not (named and end - start <= 2)


def _region_end(doc: Doc, j: int, end: int) -> int | None:
    """In "i|på PLACE for|hos O" from token ``j`` (one or two words the gazetteer knows as a country, town or place,
    :mod:`navnenyt.model_features`), the index of the "for"/"hos" before the organisation, else None."""
    words = load_lexicon().words
    t, intro = token_table(doc), words["org_intro"]
    if j + 3 >= end or t.lower[j] not in words["unit_place_intro"]:
        return None
    for k in (j + 2, j + 3):
        if k + 1 < end and t.lower[k] in intro and t.lower[k] != "i" and not t.cap[k]:
            place = all(t.cap[m] and is_place_word(doc.vocab, t.text[m]) for m in range(j + 1, k))
            return k if place else None
    return None


def _held_inside(t: TokenTable, pos: Position, end: int) -> bool:
    """True when a previous position without an organisation was held at the place the text is about: "os"
    (``we_objects``) or a definite noun of a kind of organisation (:func:`navnenyt.rules.runs.org_kind_noun`) after
    ``org_intro`` and before no name, or a workplace (``workplace_nouns``): "har siden 2018 været driftsleder hos
    os.", "har været Senior Art Director på bureauet siden 2020"; not "hos os i Turisme Sydvest", "i rederiet
    Blåmåge Linjen A/S")."""
    k, words = pos.end, load_lexicon().words
    if pos.org is not None or k + 1 >= end or t.lower[k] not in words["org_intro"] or t.cap[k + 1]:
        return False
    named = k + 2 < end and (t.cap[k + 2] or t.lower[k + 2] in words["org_intro"])
    place = t.lower[k + 1]
    return (place in words["we_objects"] or place in words["workplace_nouns"] or org_kind_noun(place)) and not named


def is_area(doc: Doc, org: Span) -> bool:
    """True when ``org`` names a business area or unit rather than an organisation: one capitalised word with no
    organisation marker or ending ("Erhverv", "Privat"), or two joined by "og" with no marker ("Vand og
    Spildevand", "Teknik og Miljø")."""
    texts, words = token_table(doc).text, load_lexicon().words
    one = len(org) == 1
    pair = len(org) == 3 and texts[org.start + 1] in words["list_joiners"]
    if pair:  # "Teknik og Miljø": an ending such as "teknik" names no organisation in a pair, a marker does
        return not any(texts[k] in words["org_markers"] for k in (org.start, org.end - 1))
    return one and not names_org(doc, org.start, org.end)


MAX_DESCRIPTOR_WORDS = 4


def org_at(doc: Doc, k: int, end: int) -> Span | None:
    """The organisation named from token ``k`` (before ``end``), or None: a capitalised name ("Lunde A/S"), a name
    after one lower-case descriptor ("revisionsfirmaet Bech & Vind"), or a name with a company form after up to
    :data:`MAX_DESCRIPTOR_WORDS` lower-case words ("den tyske robotproducent Kessler Automation GmbH"); after a
    hospital unit, its employer (:func:`navnenyt.rules.runs.employer_after_unit`)."""
    t = token_table(doc)
    if k >= end:
        return None
    if t.cap[k]:
        return employer_after_unit(doc, employer_inside(doc, org_run(doc, k, end)), end)
    named = k + 1 < end and t.cap[k + 1] and not t.punct[k + 1] and not owner_noun(t.text[k])
    if t.text[k].islower() and load_lexicon().has("internal_org_words", t.text[k]) and not named:
        return None  # "i firmaets M&A-afdeling": a unit of the same firm (not "i rederiet Tangsø Linien A/S")
    if t.text[k].islower() and k + 1 < end and t.cap[k + 1]:
        return employer_after_unit(doc, employer_inside(doc, org_run(doc, k + 1, end)), end)
    return _described_org(doc, k, end)


def _past_position_noun(doc: Doc, i: int, end: int) -> int:
    """The token after a described position without a title from token ``i`` ("tilsvarende stilling", "lignende
    job": lower-case words ending in a position noun), else ``i``."""
    t, nouns = token_table(doc), load_lexicon().words["position_nouns"]
    for k in range(i, min(end, i + MAX_DESCRIPTOR_WORDS)):
        if not t.text[k].isalpha() or not t.text[k].islower():
            return i
        if t.lower[k] in nouns:
            return k + 1
    return i


def _described_org(doc: Doc, k: int, end: int) -> Span | None:
    """An organisation after up to :data:`MAX_DESCRIPTOR_WORDS` lower-case words from token ``k``: with a company
    form ("den tyske robotproducent Kessler Automation GmbH"), or after a noun that says what kind of company it is
    ("den amerikanske biotekvirksomhed Helixon Biosciences"; ``org_descriptor_endings``), else None."""
    t = token_table(doc)
    m = k
    while m < end and m - k < MAX_DESCRIPTOR_WORDS and t.text[m].replace("-", "").isalpha() and t.text[m].islower():
        m += 1
    if m == k or m >= end or not t.cap[m]:
        return None
    if any(t.lower[x] in load_lexicon().words["role_intro"] for x in range(k, m)):
        return None  # "til en stilling som COO i Kold Logistik A/S": a title, then its organisation
    org = org_run(doc, m, end)
    kind = t.lower[m - 1].endswith(load_lexicon().endings("org_descriptor_endings"))
    return org if org is not None and (kind or has_org_marker(org)) else None


def _unit_then_employer(doc: Doc, i: int, end: int) -> int | None:
    """In "UNIT i EMPLOYER" starting at ``i`` (a department, then an organisation with a company form or head noun),
    return the index of the "i"/"hos" between them, else None."""
    lex, t = load_lexicon(), token_table(doc)
    run = org_run(doc, i, end)
    if run is None or town_inside_name(doc, run.start, run.end):
        return None
    endings = lex.endings("org_endings")
    markers, intro = lex.words["org_markers"], lex.words["org_intro"]
    # "for Teknik og Miljø": an area pair's words may end as organisations do ("teknik"); only a marker makes one
    pair = 0 < i < end - 1 and t.lower[i - 1] in lex.words["area_intro"] and t.lower[i + 1] in lex.words["list_joiners"]
    for k in range(i + 1, min(run.end + 1, end - 1)):
        # tokens i .. k-2 passed this test in the earlier rounds
        if t.text[k - 1] in markers or (t.lower[k - 1].endswith(endings) and not (pair and k - 1 < i + 3)):
            return None  # the unit itself names an organisation ("lærer ved Bakkegården Skole i Fjordby")
        if t.lower[k] in intro and t.cap[k + 1]:
            employer = org_run(doc, k + 1, end)
            if employer is not None and (k == run.end or has_org_marker(employer)):
                return k  # "afdelingsleder for Infrastruktur hos Horsens Hospitalsdata I/S"
    return None


def phrase_ends(doc: Doc, start: int, end: int, list_name: str) -> Iterator[int]:
    """The index after each occurrence, in tokens [start, end), of a phrase of words.yaml list ``list_name``
    compared lower-case token by token ("kalde mig", "i lære hos"): each phrase in list order, its occurrences in
    text order.

    Args:
        doc: the entry's Doc.
        start, end: the token range searched.
        list_name: a words.yaml list of phrases.
    """
    low = token_table(doc).lower
    for words in (phrase.split() for phrase in load_lexicon().words[list_name]):
        for k in range(start, end - len(words) + 1):
            if low[k : k + len(words)] == words:
                yield k + len(words)


def is_internal(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) hold an internal-move phrase ("samme sted", "i virksomheden"; words.yaml
    ``internal_phrases``) written in lower case: "i Foreningen Grønne Entreprenører" names an organisation."""
    return has_phrase(doc, start, end, "internal_phrases")


def has_phrase(doc: Doc, start: int, end: int, list_name: str, *, any_case: bool = False) -> bool:
    """True when tokens [start, end) hold a phrase of words.yaml list ``list_name`` (whole tokens). Unless
    ``any_case``, only as written in lower case: a capitalised token never matches, so a phrase inside a name
    does not count."""
    t = token_table(doc)
    low = " " + " ".join("§" if t.cap[k] and not any_case else t.lower[k] for k in range(start, end)) + " "
    return any(f" {p} " in low for p in load_lexicon().words[list_name])


def previous_position(doc: Doc, i: int, end: int) -> Position:
    """Read the previous position after a "kommer fra"/"tidligere"/"hidtil"/"seneste år" cue ending at ``i``.

    Forms: "en stilling som R [hos O]", "rollen som R i O", "O, hvor hun var R", "været [ansat som] R hos O",
    "var R i O", "R samme sted"; after a colon, a field's "R, O" or "O" ("Kommer fra: brand manager, Tårnby
    Mineralvand A/S").
    """
    lex = load_lexicon()
    words = lex.words
    field = i + 1 < end and doc[i].text == ":"  # "Kommer fra: brand manager, Tårnby Mineralvand A/S." (a field)
    if field:
        stop = next((k for k in range(i + 1, end) if doc[k].text in {".", ";"}), end)
        org = org_run(doc, i + 1, stop)
        if org is not None and org.start == i + 1 and org.end == stop:
            return Position(org=org, end=stop)  # "Kommer fra: Tårnby Mineralvand A/S"
        after = org.end if org is not None and org.start == i + 1 and org.end + 1 < stop else None
        if after is None or doc[after].text != "," or not lex.has("place_relatives", doc[after + 1].text):
            return comma_position(doc, doc[i + 1 : stop])
        i += 1  # "Kommer fra: Nordlys Energy A/S, hvor han var Finance Director": as after "fra"
    if i < end and lex.has("origin_intro", doc[i].text):
        i += 1
    described = None
    if i < end and doc[i].is_lower and lex.has("origin_intro", doc[i - 1].text):
        described = _described_org(doc, i, end)  # "fra den amerikanske biotekvirksomhed Helixon Biosciences"
        kinds = lex.endings("org_descriptor_endings")
        if described is not None and (
            not doc[described.start - 1].lower_.endswith(kinds)
            or any(lex.has("previous_fillers", t.text) for t in doc[i : described.start])
        ):
            described = None  # not "fra en stilling som CFO i Blå Energi A/S": a position, then its organisation
    if i < end and (is_cap(doc[i]) or described is not None) and (field or lex.has("origin_intro", doc[i - 1].text)):
        org = described or employer_inside(doc, org_run(doc, i, end))
        pos = Position(org=org, end=org.end if org else i + 1)
        hvor = skip_to(doc, pos.end, end, words["place_relatives"])
        verb = skip_to(doc, hvor, end, words["copulas"])
        intro = skip_to(doc, hvor, end, words["post_intros"]) if hvor < end <= verb else end
        if verb < end:
            pos.role = role_run(doc, verb + 1, end)
        elif intro + 1 < end and not any(doc[k].text in {",", "."} for k in range(hvor, intro)):
            pos.role = role_run(doc, intro + 1, end)  # "fra O, hvor han i fem år har stået i spidsen for selskabets
            # danske forretning som landechef"
        if verb >= end and hvor < end and pos.role is None:
            pos.org = None  # "fra O, hvor hun har haft flere ledende stillinger": no position named (dev gold)
        return pos
    j = i
    while j < end and lex.has("previous_fillers", doc[j].text):
        j += 1
    if j < end and doc[j].like_num:  # "siden 2019 været R"
        j = skip_to(doc, j, end, words["copulas"]) + 1
    pos = role_and_org(doc, j, end)
    pos.internal = pos.internal or is_internal(doc, j, end) or has_phrase(doc, j, end, "part_of_phrases")
    pos.internal = pos.internal or _held_inside(token_table(doc), pos, end)
    if pos.role is None:  # "har været ansat i virksomheden siden 2017 som netværksarkitekt"
        k = skip_to(doc, pos.end, end, words["role_intro"])
        if k + 1 < end:
            pos.role = role_run(doc, k + 1, end)
    return pos


def _listed_name(doc: Doc, run: Span) -> bool:
    """True when every word of ``run`` is a listed first name or surname (DST 2023, via the model's gazetteer)."""
    return all(has_flag(doc.vocab, t.text, "first_name") or has_flag(doc.vocab, t.text, "surname") for t in run)


def after_word(doc: Doc, start: int, end: int, word: str) -> int:
    """Return the index just after the first ``word`` (lower-case) in [start, end), or -1."""
    k = skip_to(doc, start, end, {word})
    return k + 1 if k < end else -1


HIRED_REACH = 8
"""Tokens after "og er" in which "ansat som" may follow ("og er pr. 1. december ansat som R i O")."""


def hired_clause(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A clause telling a job inside tokens [start, end): "og er [nu | pr. DATE] ansat som R i O" (``list_joiners``,
    ``present_copulas``, ``hired_participles``, ``role_intro`` of words.yaml).

    Returns:
        (index of its "og", index after its "som", where the role starts), or None.
    """
    lex, texts = load_lexicon(), token_table(doc).text
    for k in range(start, end - 3):
        if not (lex.has("list_joiners", texts[k]) and lex.has("present_copulas", texts[k + 1])):
            continue
        for m in range(k + 3, min(end - 1, k + 2 + HIRED_REACH)):
            if lex.has("role_intro", texts[m]) and lex.has("hired_participles", texts[m - 1]):
                return k, m + 1
    return None


def education_slots(doc: Doc, i: int, end: int) -> dict[str, str | None]:
    """Read "[uddannelsen] PROGRAMME[, linjen i SPEC] på|fra|ved INSTITUTION [via VIA]" from token ``i``.

    Returns a dict with keys programme, specialisation, institution, via (values None when absent).
    """
    lex = load_lexicon()
    if i >= 2 and lex.is_degree(doc[i - 1].text) and lex.has("become_participles", doc[i - 2].text):
        i -= 1  # the cue "tildelt ph.d.-graden" ends with the degree itself: "... ph.d.-graden i sociologi ved O"
    leaver = doc[i - 1] if i >= 1 and lex.has("school_leaver_words", doc[i - 1].text) else None  # "blev student"
    job = hired_clause(doc, i, end)
    end = job[0] if job is not None else end  # "... fra Kongsmark Landbrugsskole og er nu ansat som R på O": the
    # degree ends at "og er"
    i = _skip_date(doc, i, end)  # "forsvarede 12. januar sin ph.d.-afhandling"
    subject = name_run(doc, i, end)
    named = subject is not None and _listed_name(doc, subject)  # listed names only: "certificeret som Lean Six Sigma
    # Black Belt" is the programme
    while subject is not None and subject.start == i and named:
        i = _skip_date(doc, subject.end, end)  # "Den 24. juni forsvarede Freja Nissen sit speciale": inverted
        joined = i + 1 < end and lex.has("list_joiners", doc[i].text) and doc[i].text != ","
        subject = name_run(doc, i + 1, end) if joined else None  # ("bestod A og B svendeprøven": both)
        named = subject is not None and subject.start == i + 1 and _listed_name(doc, subject)
        i = i + 1 if named else i
    become = next(
        (
            k
            for k in range(i, end - 1)
            if (lex.has("become_participles", doc[k].text) or lex.has("degree_now_words", doc[k].text))
            and lex.is_degree(doc[k + 1].text)
        ),
        None,
    )
    if become is not None:
        i = become + 1  # "har afsluttet jurastudiet og er blevet cand.jur.", "... og er nu ph.d. i X": the degree
    titled = _degree_title_end(doc, i, end)
    if titled is not None:
        i = titled  # "forsvarede mit speciale og kan nu kalde mig cand.merc.aud.": the degree
    while i < end and lex.has("programme_fillers", doc[i].text):
        i += 1
    i = _past_exam_noun(doc, i, end)  # "har bestået den sidste eksamen på HD i Regnskab": the programme is HD
    out: dict[str, str | None] = {"programme": None, "specialisation": None, "institution": None, "via": None}
    j = i
    while j < end and not _ends_programme(doc, j, end):
        j += 1
    out["programme"] = _thesis_degree(doc[i].text) or text_of(doc[i:j]) if j > i else None
    if j > i and lex.has("specialisation_lead", doc[i].text):
        out["programme"] = None  # "(bestået med ros)": a grade, no programme
    k = max(after_word(doc, j, end, w) for w in lex.words["specialisation_intro"])
    if k > 0:
        k += 1 if k < end and lex.has("org_intro", doc[k].text) else 0
        m = k
        while m < end and not _ends_programme(doc, m, end) and doc[m].text != ",":
            m += 1
        out["specialisation"] = text_of(doc[k:m]) if m > k else None
    school = None
    told = next((k for k in range(j, end) if doc[k].text == ":"), end)  # "afsluttet X ved O: R1 A, R2 B fra U":
    # the institution before the list, not a unit in it
    for list_name, key in (("institution_intro", "institution"), ("partner_intro", "via")):
        for word in sorted(lex.words[list_name], key=lambda w: w != "på"):
            w = after_word(doc, j, told, word)
            if w > 0 and out[key] is None:
                run = without_place(doc, org_run(doc, w, end))
                out[key] = text_of(run)
                school = run if key == "institution" else school
    exam = bracketed_exam(doc, school.end, end) if school is not None else None
    if exam is not None:  # "fra Bredsted Handelsgymnasium (hhx)"
        out["programme"] = exam
    elif out["programme"] is None and leaver is not None:
        out["programme"] = leaver.text
    return out


EXAM_WORDS = 3
"""Lower-case words of an exam named before its programme at most ("den sidste eksamen på HD", "sin afsluttende
eksamen i ...")."""


def _past_exam_noun(doc: Doc, i: int, end: int) -> int:
    """The token after "eksamen på|i" when up to :data:`EXAM_WORDS` lower-case words from token ``i`` end in an exam
    noun (``exam_nouns`` in words.yaml) and a capitalised programme follows ("den sidste eksamen på HD i Regnskab"),
    else ``i``."""
    lex = load_lexicon()
    for k in range(i, min(end - 2, i + EXAM_WORDS)):
        if not (doc[k].is_alpha and doc[k].is_lower):
            return i
        if lex.has("exam_nouns", doc[k].text) and lex.has("exam_programme_intro", doc[k + 1].text):
            named = doc[k + 2].text[:1].isupper() or doc[k + 2].lower_.endswith(lex.endings("programme_noun_endings"))
            named = named or lex.has("role_intro", doc[k + 1].text)  # "den afsluttende prøve som social- og
            # sundhedsassistent": a trade after "som"
            return k + 2 if named else i  # (also "afsluttende eksamen på kandidatuddannelsen i revision")
    return i


DEGREE_WORDS = 3
"""Words after "kalde mig" read to tell a degree ("Master i Organisationspsykologi")."""


def _degree_title_end(doc: Doc, i: int, end: int) -> int | None:
    """The index after a phrase that names oneself by a degree ("kalde mig", "kalde sig": words.yaml
    ``degree_title_phrases``) in tokens [i, end) when a degree follows it ("... og kan nu kalde mig cand.merc.aud."),
    else None."""
    lex = load_lexicon()
    return next(
        (
            k
            for k in phrase_ends(doc, i, end, "degree_title_phrases")
            if k < end and lex.is_degree(doc[k : k + DEGREE_WORDS].text)
        ),
        None,
    )


def _thesis_degree(word: str) -> str | None:
    """The degree of a thesis noun ("ph.d.-afhandling" -> "ph.d": words.yaml ``thesis_endings``; the degree as
    written, without its last full stop), else None: a defended thesis is recorded as its degree."""
    lex = load_lexicon()
    ending = next((e for e in lex.endings("thesis_endings") if word.lower().endswith(e)), None)
    degree = word[: -len(ending)].rstrip(".") if ending else ""
    return degree if degree and lex.is_degree(degree) else None


def bracketed_exam(doc: Doc, k: int, end: int) -> str | None:
    """The exam of ``school_exam_types`` (words.yaml) in brackets at token ``k`` ("(hhx)"; the closing bracket may
    carry a colon: "(stx):"), else None.

    Args:
        doc: the parsed text.
        k: the token where the opening bracket would stand (right after a school's name).
        end: the token bound the brackets must close before.
    """
    texts = token_table(doc).text
    if (
        k + 2 < end
        and texts[k] == "("
        and texts[k + 2][:1] == ")"  # (also "):" at an intro's end)
        and load_lexicon().has("school_exam_types", texts[k + 1])
    ):
        return texts[k + 1]
    return None


def _skip_date(doc: Doc, i: int, end: int) -> int:
    """Return the token index after a date phrase that starts at token ``i`` (:func:`navnenyt.dates.find_dates`),
    else ``i``."""
    if i >= end:
        return i
    rest = doc[i:end]
    first = next(iter(find_dates(rest.text)), None)
    if first is None or first.start != 0:
        return i
    stop = rest.start_char + first.end
    while i < end and doc[i].idx < stop:
        i += 1
    return i


BRACKET_REACH = 8
"""Tokens before a closing bracket searched for its opening one inside a programme ("Master of Public Administration
(MPA)")."""


def _ends_programme(doc: Doc, j: int, end: int) -> bool:
    lex = load_lexicon()
    tok = doc[j]
    if (
        tok.text in {".", ";"}
        or is_pictograph(tok.text)
        or (tok.text == "," and j + 1 < end and lex.has("specialisation_intro", doc[j + 1].text))
        or (tok.text == "," and j + 1 < end and lex.has("clause_conjunctions", doc[j + 1].text))  # ", og vi er glade"
    ):
        return True
    if tok.text == ")" and not any(doc[m].text == "(" for m in range(max(0, j - BRACKET_REACH), j)):
        return True  # the bracket a note closes ("(bestået med ros)"), not the programme's own ("(MPA)")
    if lex.has("programme_enders", tok.text):
        return True  # "ph.d.-graden efter forsvaret den 21. april"
    if lex.has("clause_conjunctions", tok.text) and j + 1 < end and lex.has("programme_clause_verbs", doc[j + 1].text):
        return True  # "har bestået revisoreksamen og kan nu kalde sig ...": a new clause
    if lex.has("grade_leads", tok.text) and j + 1 < end and lex.has("grade_words", doc[j + 1].text):
        return True  # "svendeprøven som tømrer med ros" (grade_words)
    if lex.has("month_date_leads", tok.text) and j + 1 < end and doc[j + 1].lower_ in scan_tables().date_words:
        return True  # "svendeprøven som tømrer i november"
    if lex.has("month_date_leads", tok.text) and j + 1 < end and doc[j + 1].is_lower and owner_noun(doc[j + 1].text):
        return True  # "eksamen som statsautoriseret revisor i sommerens eksamensrunde": when, no field
    lead = lex.has("specialisation_lead", tok.text) or lex.has("origin_intro", tok.text)
    if lead and j + 1 < end and lex.has("specialisation_intro", doc[j + 1].text):
        return True  # "cand.scient. i biologi med linjen i marin økologi", "cand.merc. fra linjen i finansiering"
    intro = any(lex.has(name, tok.text) for name in ("institution_intro", "partner_intro", "employer_after_programme"))
    return intro and j + 1 < end and is_cap(doc[j + 1])


def comma_position(doc: Doc, value: Span) -> Position:
    """The role and organisation of a cell or fact-box value ``value``: "ROLE, ORGANISATION" cut at the first comma
    (before any bracket; "Risk Manager, Nordbank Holding A/S"), else "ROLE i|hos|af ORGANISATION" as the sentence
    rules read it; "samme sted" (``internal_phrases``) after the comma is internal."""
    texts = token_texts(doc)
    end = next((k for k in range(value.start, value.end) if texts[k] == "("), value.end)
    comma = next((k for k in range(value.start, end) if texts[k] == ","), None)
    if comma is None or comma == value.start:
        return role_and_org(doc, value.start, end)
    rest = doc[comma + 1 : end]
    nxt = next((k for k in range(rest.start, rest.end) if texts[k] == ","), rest.end)  # "R, O, R2 i O2 ...": O
    org = doc[rest.start : nxt]
    internal = " ".join(t.lower_ for t in org) in load_lexicon().words["internal_phrases"]
    return Position(role=doc[value.start : comma], org=None if internal else org, internal=internal)
