"""Token runs: the spans of person names, organisation names and role titles, found from a start token.

Boundaries come from the closed word lists of ``data/da/words.yaml`` (company forms, connectors, name
particles, role stop words) and from capitalisation; the NER model's PER spans refine person runs when present.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from spacy.attrs import IS_PUNCT, LIKE_NUM, LOWER, ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span, Token

from navnenyt.lexicon import VERB_CUE_ROLES, Lexicon, load_lexicon, scan_tables
from navnenyt.model_features import has_flag, is_place_word

MAX_NAME_TOKENS = 6
MAX_ORG_TOKENS = 10
MAX_ROLE_TOKENS = 9


TABLE_KEY = "navnenyt_token_table"


class TokenTable(NamedTuple):
    """Per-token attributes of one Doc as plain lists (index = token index), built once per Doc.

    The run finders below compare texts and flags in loops; reading them from lists instead of creating a
    spaCy ``Token`` per step removed most Token objects the rules created (1.3 million -> 0.55 million
    ``Doc.__getitem__`` calls for 1,000 people-news pages). The values are spaCy's own: ``text``
    (ORTH), ``lower`` (``Token.lower_``), ``punct`` (``Token.is_punct``, or an emoji: :func:`is_pictograph`),
    ``num`` (``Token.like_num``), and ``cap``, :func:`is_cap_text` of the text; ``doc_text`` is ``Doc.text``
    (joined from ORTH and SPACY).
    """

    text: list[str]
    lower: list[str]
    punct: list[bool]
    num: list[bool]
    cap: list[bool]
    doc_text: str


def token_table(doc: Doc) -> TokenTable:
    """Return the :class:`TokenTable` of ``doc`` (built once per Doc, kept in ``doc.user_data``)."""
    table: TokenTable | None = doc.user_data.get(TABLE_KEY)
    if table is None:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, LOWER, IS_PUNCT, LIKE_NUM, SPACY]).tolist() if len(doc) else []
        texts = [strings[row[0]] for row in rows]
        table = TokenTable(
            texts,
            [strings[row[1]] for row in rows],
            [bool(row[2]) or is_pictograph(text) for row, text in zip(rows, texts, strict=True)],
            [bool(row[3]) for row in rows],
            [is_cap_text(text) for text in texts],
            "".join(text + " " if row[4] else text for text, row in zip(texts, rows, strict=True)),
        )
        doc.user_data[TABLE_KEY] = table
    return table


def sentences(doc: Doc) -> list[Span]:
    """Return the sentences of ``doc`` as ``list(doc.sents)`` does, read from one SENT_START array, and also cut
    after an abbreviation's full stop when a capitalised word that only opens sentences follows ("... tog sin
    ph.d. Fra 15. februar er ...": words.yaml ``sentence_opening_words``), which spaCy's sentencizer cannot see.

    No sentence starts right after a comma ("uddannet cand.scient.pol., afløser ...": the sentencizer cuts after the
    abbreviation's full stop). ``doc.sents`` creates a Token object per token to find the starts; this costs one
    array.

    Raises:
        ValueError: ``doc`` has no sentence boundaries (no sentencizer ran), as ``doc.sents`` does.
    """
    if len(doc) == 0:
        return []
    if not doc.has_annotation("SENT_START"):
        raise ValueError("the Doc has no sentence boundaries: run the pipeline's sentencizer first")
    flags = doc.to_array(SENT_START).tolist()
    texts = token_texts(doc)
    openers = load_lexicon().words["sentence_opening_words"]
    subjects = load_lexicon().words["subject_words"]
    starts = [
        i
        for i in range(1, len(flags))
        if (
            flags[i] == 1
            and not _after_day_month(texts, i)
            and not _after_abbreviation(texts, i)
            and texts[i - 1] != ","
        )
        or (
            texts[i - 1][-1] == "." and len(texts[i - 1]) > 1 and texts[i][:1].isupper() and texts[i].lower() in openers
        )
        or (is_pictograph(texts[i - 1]) and texts[i][:1].isupper() and texts[i].lower() in subjects)
    ]  # "... hvor hun tog sin ph.d. Fra 15. februar er ...": an abbreviation's full stop ends the sentence too; so
    # does an emoji before a capitalised subject ("... som detailhandelsassistent 🎓 Vi er rigtig glade ...";
    # words.yaml subject_words), not before "✨ Fra 1. august er jeg R"
    starts = [0, *starts]
    return [doc[a:b] for a, b in zip(starts, [*starts[1:], len(doc)], strict=True)]


_DAY_MONTH = re.compile(r"\d{1,2}\.\d{1,2}")


def _after_abbreviation(texts: list[str], i: int) -> bool:
    """True when token ``i`` is a lower-case word after the full stop of an abbreviation with inner full stops ("kan
    nu kalde sig cand.merc.aud. fra Handelshøjskolen"): the tokenizer splits that stop off, but it ends no sentence."""
    return i >= 2 and texts[i - 1] == "." and "." in texts[i - 2] and texts[i][:1].islower()


def _after_day_month(texts: list[str], i: int) -> bool:
    """True when token ``i`` is a lower-case word after a year-less "d.m." date ("tiltræder den 15.10. som R"): the
    date's full stop, which the tokenizer splits off, ends no sentence."""
    return i >= 2 and texts[i - 1] == "." and texts[i][:1].islower() and _DAY_MONTH.fullmatch(texts[i - 2]) is not None


def is_pictograph(text: str) -> bool:
    """True for an emoji token ("🎉", "😉", "👷\u200d♂️"): a run of names, roles or organisations ends at it as at
    punctuation (Unicode category "So", other symbol, of its first character)."""
    return text[:1] >= PICTOGRAPH_MIN and unicodedata.category(text[0]) == "So"


PICTOGRAPH_MIN = "\u2000"
"""Below this code point no character is an emoji (a fast test before :func:`unicodedata.category`)."""


def token_texts(doc: Doc) -> list[str]:
    """Return the texts of ``doc``'s tokens as a list (:attr:`TokenTable.text`; built once per Doc)."""
    return token_table(doc).text


def is_cap_text(text: str) -> bool:
    """True for a word that starts with a capital letter ("Østergård", "IT-Universitetet", "El-Sayed")."""
    if not text or not text[0].isupper():
        return False
    return text[0].isalpha() or any(ch.isalpha() for ch in text)  # "Ⅳ" is upper case but not a letter


def is_cap(token: Token) -> bool:
    """:func:`is_cap_text` of a token's text."""
    return is_cap_text(token.text)


def has_org_marker(span: Span) -> bool:
    """True when a token of ``span`` is a company form or organisation head noun (``org_markers``, as written)."""
    return _holds_marker(token_table(span.doc), span.start, span.end)


def _holds_marker(t: TokenTable, start: int, end: int) -> bool:
    """True when a token in [start, end) of the table is an organisation marker (as written)."""
    markers = load_lexicon().words["org_markers"]
    return any(text in markers for text in t.text[start:end])


def is_word(token: Token) -> bool:
    """True for a token holding a letter (not punctuation, not a number)."""
    return _has_letter(token.text)


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _particle_inside(t: TokenTable, j: int, i: int, end: int, list_name: str) -> bool:
    """True when token ``j`` is a lower-case connector of ``list_name`` between capitalised words."""
    inside = j > i and j + 1 < end and t.text[j].islower()
    return inside and t.lower[j] in load_lexicon().words[list_name] and t.cap[j + 1]


def name_run(doc: Doc, i: int, end: int) -> Span | None:
    """Return the person name starting at token ``i`` (before ``end``), or None.

    A name is 2-6 capitalised words, particles allowed inside ("Stine de Vries Nørgaard"); a run holding a
    company-form suffix or organisation head noun is not a name.
    """
    t = token_table(doc)
    if i + 1 >= end or not t.cap[i] or (not t.cap[i + 1] and not t.text[i + 1].islower()):
        return None  # fast exit: a name starts with two capitalised words (or one and a particle)
    lex = load_lexicon()
    if t.lower[i] in lex.words["function_words"] or t.lower[i] in lex.words["never_name_first"]:
        return None  # "I Gjern bliver ...": a capitalised preposition, not a first name; "Årets Præstation"
    j = i
    while j < end and j - i < MAX_NAME_TOKENS:
        name_word = t.cap[j] and not t.punct[j] and "/" not in t.text[j]
        if not (name_word or _particle_inside(t, j, i, end, "name_particles")):
            break
        if j > i + 1 and t.lower[j] in lex.words["function_words"]:
            break  # "modtog Julie Bak Winther Den Gyldne Tegnestift": a capitalised "Den" starts another name
        j += 1
    endings = lex.endings("org_endings")
    if j - i > 2 and j < len(t.text) and t.text[j] == "&":
        j -= 1  # "forlader økonomidirektør Søren Hvid Kold & Bjerre Revision": the word before "&" opens the firm
    # "forlader kundedirektør Gitte Hornbæk Sparekassen Skovbjerg": a name, then the firm it leaves, opened by a
    # definite organisation noun ("Sparekassen", "Advokatfirmaet"; not "Jesper Kold Tornhøj Revision": unclear)
    definite = lex.endings("definite_endings")
    j = next((k for k in range(i + 2, j - 1) if t.lower[k].endswith(endings) and t.lower[k].endswith(definite)), j)
    if j - i < 2 or _holds_marker(t, i, j) or t.lower[j - 1] in lex.words["english_title_heads"]:
        return None  # (and not "Chief Commercial Officer": a title)
    if any(low.endswith(endings) for low in t.lower[i:j]):
        return None  # "Grenaa Golfklub", "Himmerland Boligforening": an organisation
    if j < len(t.text) and t.text[j] in lex.words["company_forms"]:
        cuts = (k for k in (j - 2, j - 1) if k >= i + 2 and has_flag(doc.vocab, t.text[k - 1], "surname"))
        cut = next(cuts, None)  # (the firm's name before its form: two words, else one)
        if cut is None or not has_flag(doc.vocab, t.text[i], "first_name"):
            return None  # "Blåmusling Analytics A/S"
        j = cut  # "forlader Ulrik Steen Ravnsborg Invest A/S": the name, then the firm with its form
    return doc[i:j]


def _org_word(t: TokenTable, j: int, i: int, end: int) -> bool:
    text = t.text[j]
    if text in {"&", "Co."} or (t.cap[j] and _has_letter(text)):
        return True
    if j > i and text[:1].isdigit() and not t.punct[j]:
        return True
    return _particle_inside(t, j, i, end, "org_connectors")


def org_run(doc: Doc, i: int, end: int) -> Span | None:
    """Return the organisation name starting at token ``i`` (before ``end``), or None.

    Capitalised words, numbers, "&", company forms and connectors followed by a capitalised word
    ("Kløverdal Vand og Varme A/S", "Styrelsen for Digital Infrastruktur"); ends after a company-form suffix.
    """
    t = token_table(doc)
    if i >= end or not (t.cap[i] or t.text[i][:1].isdigit()):
        return None
    lex = load_lexicon()
    words = lex.words
    if t.lower[i] in words["never_org_words"]:
        return None  # "Samtidig udnævnes ...", "Vi har ansat X"
    markers, connectors, forms = words["org_markers"], words["org_connectors"], words["company_forms"]
    j = i
    while j < end and j - i < MAX_ORG_TOKENS:
        if t.text[j] in forms and not (j == i and j + 1 < end and t.cap[j + 1] and not t.punct[j + 1]):
            j += 1
            break  # (a form first opens the name: "AB Rosenhaven", an andelsboligforening)
        if not _org_word(t, j, i, end):
            break
        if j > i and t.text[j - 1].endswith(".") and t.lower[j] in words["pronouns"]:
            break  # "Center for Fælles Offentlig It. Han ...": a new sentence
        if j > i and t.text[j][:1].isdigit() and t.text[j].endswith("."):
            break  # "forlader Sparekassen Vestermose 1. marts", "Ravnholm IF's 1. hold": an ordinal, no name
        after_head = j > i and t.text[j - 1] in markers and j + 1 < end and t.cap[j + 1]
        if after_head and t.text[j + 1] not in markers and has_flag(doc.vocab, t.text[j], "first_name"):
            break  # "ved Hvidmose Skole Hans Christian Bech": a listed first name after a complete name
        if j == i + 1 and _one_word_org(lex, t.lower[i]) and _name_starts(doc, t, j, end, forms):
            break  # "på Østervangskolen Poul Erik Damgaard": a person's name after a one-word name
        if j - i >= 2 and _name_starts(doc, t, j, end, forms):
            break  # "for Sønderhav Andelsbank Svend Åge Hviid": a person's name after the organisation's
        if j - i >= 2 and t.text[j] == "i" and t.text[j - 1] in markers:
            break  # "Bakkegården Skole i Fjordby": a place after a complete name
        j += 1
    while j > i and (t.text[j - 1] == "&" or t.lower[j - 1] in connectors):
        j -= 1
    if j == i + 1 and t.lower[i] in words["role_suffixes"]:
        return None  # "Som ny COO har bestyrelsen valgt ...": a title, no organisation
    if j == i + 1 and t.lower[i].endswith(lex.endings("anaphoric_org_endings")):
        return None  # "Entreprenørvirksomheden har udvidet ...": the organisation named before
    described = t.lower[i].endswith(lex.endings("org_descriptor_endings"))
    tail = t.text[j - 1].rsplit("-", 1)[1] if j > i and "-" in t.text[j - 1] else ""
    if tail in words["unit_tails"]:
        return None  # "i vores Esbjerg-afdeling", "i Outsourcing-teamet": a unit of the same organisation
    compound = "-" in t.text[i] and t.text[i].rsplit("-", 1)[1][:1].islower()  # (not "Elektro-Huset": a name)
    descriptor = described and (doc[i].is_sent_start or compound)  # "i Aarhus-virksomheden Kalmargaard Ejendomme
    # K/S": a compound descriptor, not a name's first word
    named = j - i >= 3 + ("-" not in t.text[i]) and t.text[j - 1] in forms and t.cap[i + 1]
    named = named and all(t.cap[k] or t.text[k] == "&" for k in range(i + 1, j - 1))  # "Advokatfirmaet Dahl & Brix"
    if descriptor and named:
        i += 1  # "Modehuset Saga Tekstil A/S har ...": what kind of company, then its name (in mid-sentence,
        # "i Rederiet Skagerak Bulk A/S", the capital says the word is part of the name)
    return doc[i:j] if j > i else None


def one_word_name(doc: Doc, span: Span) -> bool:
    """True when ``span`` is one word that is an organisation's name on its own ("Lindeskolen", "Østervangskolen"),
    not a generic descriptor a place completes ("Lægehuset", "Købmandsgården": :func:`_one_word_org`)."""
    return len(span) == 1 and _one_word_org(load_lexicon(), span[0].lower_)


def _one_word_org(lex: Lexicon, low: str) -> bool:
    """True for a word that ends as organisations do and is a name on its own ("østervangskolen",
    "kystsygehuset"), not a descriptor the name follows ("advokatfirmaet", "modehuset": ``org_descriptor_endings``)."""
    return low.endswith(lex.endings("org_endings")) and not low.endswith(lex.endings("org_descriptor_endings"))


def names_org(doc: Doc, start: int, end: int) -> bool:
    """True when a token in [start, end) is an organisation word (:meth:`navnenyt.lexicon.Lexicon.org_word`:
    "A/S", "Kommune", "Søndervangskolen")."""
    lex = load_lexicon()
    return any(lex.org_word(text) for text in token_table(doc).text[start:end])


def employer_inside(doc: Doc, org: Span | None) -> Span | None:
    """The employer named inside an organisation run "A i|på B" (``unit_place_intro`` in words.yaml): B when only
    B names an organisation ("Teknik og Miljø i Grenhøj Kommune", "Akutmodtagelsen på Regionshospitalet
    Vestkysten": a unit, then its employer); A when B is one capitalised word that names none and A names an
    organisation or is a name of two or more capitalised words ("Søndervangskolen i Vestrup", "Salon Krag i Ølgod":
    a place); else ``org`` itself ("Retten i Skovby", "Selskabet for Vandteknik i Danmark")."""
    if org is None:
        return None
    t, intro = token_table(doc), load_lexicon().words["unit_place_intro"]
    cut = next((k for k in range(org.end - 2, org.start, -1) if t.lower[k] in intro and t.text[k].islower()), None)
    if cut is None:
        return org
    if town_inside_name(doc, org.start, org.end):
        return org
    head, tail = names_org(doc, org.start, cut), names_org(doc, cut + 1, org.end)
    unit = not _holds_marker(t, org.start, cut) and not names_org(doc, cut - 1, cut)  # "Teknik og Miljø"
    unit = unit or names_unit(doc, org.start, cut)  # "Børneafdelingen på Fjordbyens Sygehus"
    if tail and unit:
        return doc[cut + 1 : org.end]
    place = not tail and org.end - cut == 2  # "i Vestrup": one capitalised word that names no organisation
    if place and (head or _named_before(t, org.start, cut)):
        return doc[org.start : cut]
    return org


def town_inside_name(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) are one word, "i|på" (``unit_place_intro``), a town the gazetteer knows (any
    word after a plural trade noun, ``trade_plural_endings``) and a company form: one registered name ("Tandlægerne
    i Kolding ApS", "Bageriet i Vejle ApS"), not a unit and its employer ("Marketing i Lunde A/S", whose second name
    is no town)."""
    t, lex = token_table(doc), load_lexicon()
    words = lex.words
    trade = t.lower[start].endswith(lex.endings("trade_plural_endings"))  # "Tandlægerne i Hvidmose I/S": a plural
    # trade noun opens a firm's name, whatever the town
    return (
        end - start == 4
        and t.lower[start + 1] in words["unit_place_intro"]
        and t.text[end - 1] in words["company_forms"]
        and (trade or is_place_word(doc.vocab, t.text[start + 2]))
    )


def without_place(doc: Doc, name: Span | None) -> Span | None:
    """``name`` without a town after a name of two or more capitalised words ("Professionshøjskolen Midtvest i
    Herning" -> "Professionshøjskolen Midtvest"; the gold convention); "Handelshøjskolen i Nordhavn", whose name the
    town completes, stays. For an institution, where :func:`employer_inside` would also cut that one."""
    if name is None or len(name) < 4:
        return name
    t = token_table(doc)
    cut = name.end - 2
    place = t.lower[cut] in load_lexicon().words["unit_place_intro"] and t.cap[cut + 1]
    if place and not names_org(doc, cut + 1, name.end) and _named_before(t, name.start, cut):
        return doc[name.start : cut]
    return name


def _named_before(t: TokenTable, start: int, cut: int) -> bool:
    """True when tokens [start, cut) are two or more capitalised words, maybe joined by "&" ("Apoteket Ådalen",
    "Restaurant Tang & Tid")."""
    return cut - start >= 2 and all(t.cap[k] or t.text[k] == "&" for k in range(start, cut))


def _name_starts(doc: Doc, t: TokenTable, j: int, end: int, forms: frozenset[str]) -> bool:
    """True when a person's name starts at token ``j`` inside a capitalised run: a listed first name after a word
    that is none, then only listed first names and surnames to the run's end (at least two words; the model's
    gazetteer); "Aage Larsen Holding A/S" stays a company."""
    if j + 1 >= end or has_flag(doc.vocab, t.text[j - 1], "first_name"):
        return False
    if t.text[j] in load_lexicon().words["org_markers"]:
        return False  # "ved Vester Egebæk Kirke Ditte Marie Holst": "Kirke" is a listed name, but here a marker
    if not has_flag(doc.vocab, t.text[j], "first_name"):
        return False
    k = j + 1
    while k < end and t.cap[k] and not t.punct[k]:
        listed = has_flag(doc.vocab, t.text[k], "surname") or has_flag(doc.vocab, t.text[k], "first_name")
        if t.text[k] in forms or not listed:
            return False
        k += 1
    return k - j >= 2


def employer_after_unit(doc: Doc, org: Span | None, end: int) -> Span | None:
    """ "Kardiologisk Afdeling, Regionshospitalet Nørreå", "Institut for Folkesundhed, Sydhavn Universitet": the
    employer after a hospital or university unit or department (``unit_endings`` and ``unit_heads`` in words.yaml) and
    a comma, when it names an organisation (:func:`names_org`: a company form, a head word or an organisation's
    ending, "Regionshospitalet Vesterå"); else ``org`` itself."""
    if org is None or org.end + 1 >= end or not load_lexicon().has("unit_employer_intro", doc[org.end].text):
        return org
    if not names_unit(doc, org.start, org.end):
        return org
    employer = org_run(doc, org.end + 1, end)
    return employer if employer is not None and names_org(doc, employer.start, employer.end) else org


def names_unit(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) name a hospital's or a university's unit: the last word ends as a unit does
    ("Børneafdelingen", "Kardiologisk Afdeling": ``unit_endings``) or the first is a unit head ("Institut for Kemi":
    ``unit_heads``; words.yaml).

    Raises:
        DataError: words.yaml is missing or malformed.
    """
    lex = load_lexicon()
    return doc[end - 1].lower_.endswith(lex.endings("unit_endings")) or lex.has("unit_heads", doc[start].text)


@functools.cache
def verb_cues() -> frozenset[str]:
    """The one-word trigger verbs of cues.yaml (:data:`VERB_CUE_ROLES`, no word ending like a title): a role title
    never runs into one."""
    lex = load_lexicon()
    titles = lex.endings("role_suffixes")
    return frozenset(
        c.phrase for c in lex.cues if " " not in c.phrase and c.cue in VERB_CUE_ROLES and not c.phrase.endswith(titles)
    )


def owner_noun(word: str) -> bool:
    """True for a definite noun in the genitive ("museets", "klubbens", "Bestyrelsens": ``definite_endings`` then
    ``genitive_endings``; lower-case after its first letter), which owns the title after it and is no part of it."""
    lex = load_lexicon()
    stems = [word[: -len(g)] for g in lex.endings("genitive_endings") if word.endswith(g)]
    return word[1:].islower() and any(len(s) > 3 and s.endswith(lex.endings("definite_endings")) for s in stems)


def org_kind_noun(word: str) -> bool:
    """True for a lower-case definite noun that names a kind of organisation ("rederiet", "rådgiverfirmaet",
    "it-virksomheden": it is, or ends with, a noun of ``internal_org_words`` in words.yaml)."""
    lex = load_lexicon()
    kind = word.islower() and len(word) > 4 and word.endswith(lex.endings("internal_org_words"))
    return kind and not owner_noun(word)  # (not "firmaets": a genitive owns what follows)


def _opens(doc: Doc, i: int) -> bool:
    """True when token ``i`` opens its sentence (the first token, or the first after a paragraph's whitespace)."""
    return i == 0 or bool(doc[i].is_sent_start) or (doc[i - 1].is_space and (i == 1 or bool(doc[i - 1].is_sent_start)))


def role_run(doc: Doc, i: int, end: int, *, joined: bool = True) -> Span | None:
    """Return the role title starting at token ``i`` (before ``end``), or None.

    Skips a leading "ny"/"en"; joins "partner og it-advokat" unless ``joined`` is False; stops at punctuation
    (except "&", "/"), a trigger verb (:func:`verb_cues`), a role stop word ("hos", "i", "pr.", "samme", ...)
    unless a role continuation follows ("næstformand i bestyrelsen"), or a number.
    """
    t, lex = token_table(doc), load_lexicon()
    words, low = lex.words, t.lower
    if i + 2 < end and low[i] in words["infinitive_markers"] and low[i + 1] in words["infinitive_copulas"]:
        i += 2  # "til at være områdeleder"
    while (
        i + 1 < end
        and (low[i] in words["role_drop_prefix"] or (owner_noun(t.text[i]) and (t.text[i].islower() or _opens(doc, i))))
        and _has_letter(t.text[i + 1])
    ):
        i += 1  # "ny", "en", "museets nye direktør", "Bestyrelsens næstformand, X, ..."
    if i + 1 < end and low[i] in words["position_nouns"] and low[i + 1] in words["role_intro"]:
        i += 2  # "nyt job som R"
    stop, owner_intro = words["role_stop"], words["board_owner_intro"]
    if i < end and (low[i] in stop or low[i] in words["season_words"] or low[i] in words["unnamed_employers"]):
        return None  # "til sommer": a time, no role; "til konkurrenten": a place without its name
    suffixes, participles = lex.endings("role_suffixes"), lex.endings("present_participle_endings")
    j, field = i, False
    while j < end and j - i < MAX_ROLE_TOKENS:
        text = t.text[j]
        if t.punct[j] and text not in {"&", "/"}:
            break
        if (t.num[j] or text[:1].isdigit()) and not (j == i and ordinal_title(doc, j, end)):
            break  # (but "1. viceborgmester", "2. reservelæge": an ordinal before a title)
        joiner = low[j].isalpha() and low[j] in words["list_joiners"]
        if joined and joiner and j > i and j + 1 < end and low[j + 1].endswith(suffixes):
            j += 1  # "partner og it-advokat"
            continue
        participle = joined and joiner and j > i and j + 2 < end and low[j + 1].endswith(participles)
        if participle and low[j + 2].endswith(suffixes):
            j += 2  # "stifter og administrerende direktør": a participle, then the second title
            continue
        if joiner and j > i and j + 1 < end and t.text[j - 1].endswith("-") and t.text[j + 1][:1].islower():
            j += 1  # "social- og sundhedshjælper": a compound sharing its last part
            continue
        if j > i and low[j] in verb_cues():
            break  # "Efter 11 år som formand valgte X ...": the role ends before the verb
        if j > i and low[j] in scan_tables().day_words:
            break  # "fik ny cheftræner søndag": a weekday tells when
        if j > i and t.cap[j] and j + 1 < end and _first_and_surname(doc, text, t.text[j + 1]):
            break  # "vores nye SFO-pædagog Julie Kamp": a name after the title ends it
        verb = j > i and text.isalpha() and text.islower() and not low[j].endswith(suffixes)
        verb = verb and j + 2 < len(t.text) and t.cap[j + 1]  # (the name may lie past ``end``: the run stops there)
        if verb and _first_and_surname(doc, t.text[j + 1], t.text[j + 2]):
            break  # "Efter 11 år som formand ønskede Bent Thygesen ikke genvalg": the verb before the subject
        if low[j] in stop and j > i:
            nxt = low[j + 1] if j + 1 < end else ""
            if low[j] in words["field_intro"] and _is_field(t, j + 1, end, words):
                j += 2  # "professor i miljøkemi", "lektor i offentlig ret"
                field = True
                continue
            joined_field = field and low[j].isalpha() and low[j] in words["list_joiners"] and low[j + 1 : j + 2] != []
            if joined_field and low[j + 1] not in verb_cues() and _is_field(t, j + 1, end, words):
                j += 2  # "afdelingsleder for broer og konstruktioner hos O": a field of two words
                continue
            owner = j + 2 < end and low[j + 2] in owner_intro
            owner_follows = owner and j + 3 < end and t.cap[j + 3]
            if low[j] in owner_intro and nxt in words["role_continuations"] and not owner_follows:
                j += 2
                continue
            break
        j += 1
    if j == i or not any(_has_letter(text) for text in t.text[i:j]):
        return None
    if low[j - 1] in words["position_nouns"] or (j == i + 1 and low[i] in words["board_nouns"]):
        return None  # "kommer fra stillinger i virksomheden", "genvalgt til bestyrelsen": no title
    if low[j - 1] in words["not_post_nouns"]:
        return None  # "der har været en del af gruppen": no post
    return doc[i : _title_field_end(doc, t, j, end)]


_ORDINAL = re.compile(r"[1-9]\.")
"""An ordinal that may open a title: "1. viceborgmester", "2. næstformand", "1. reservelæge"."""


def ordinal_title(doc: Doc, k: int, end: int) -> bool:
    """True when an ordinal at token ``k`` opens a title ("1. viceborgmester", "2. reservelæge", "1. suppleant": the
    next word ends like a title, ``role_suffixes`` of words.yaml, or is a board title, ``board_roles``)."""
    t, lex = token_table(doc), load_lexicon()
    if k + 1 >= end or _ORDINAL.fullmatch(t.text[k]) is None:
        return False
    return t.lower[k + 1].endswith(lex.endings("role_suffixes")) or lex.has("board_roles", t.lower[k + 1])


def _first_and_surname(doc: Doc, first: str, second: str) -> bool:
    """True when ``first`` is a listed first name and ``second`` a listed surname ("Julie Kamp"), not an English
    title ("Success Manager", "Art Director")."""
    heads = load_lexicon().words["english_title_heads"]
    return (
        has_flag(doc.vocab, first, "first_name")
        and has_flag(doc.vocab, second, "surname")
        and second.lower() not in heads
    )


TITLE_FIELD_WORDS = 5
"""Capitalised words of an English title's field after its comma at most ("Senior Director, Medical Affairs",
"Vice President, Global Supply Chain & Procurement")."""


def _title_field_end(doc: Doc, t: TokenTable, j: int, end: int) -> int:
    """The end of a role ending at ``j``, extended over ", Field Words" when the role ends in an English title head
    ("Vice President, Clinical Development"): up to :data:`TITLE_FIELD_WORDS` capitalised words that are no
    listed first name, place or organisation, followed by the end, punctuation or a role stop word ("i", "hos")."""
    words = load_lexicon().words
    if j + 1 >= end or t.text[j] != "," or not t.cap[j - 1] or t.lower[j - 1] not in words["english_title_heads"]:
        return j
    k, count = j + 1, 0
    flags = ("first_name", "known_place", "known_org", "town", "company_form", "org_head")
    markers = words["org_markers"]
    while k < end and count < TITLE_FIELD_WORDS and t.cap[k] and not t.punct[k] and t.text[k] not in markers:
        if any(has_flag(doc.vocab, t.text[k], flag) for flag in flags):
            return j
        k, count = k + 1, count + 1
        if k + 1 < end and t.lower[k] in words["title_field_joiners"] and t.cap[k + 1] and k > j + 1:
            k += 1  # "Senior Actuary, Pricing & Reserving", "Vice President, Global Supply Chain & Procurement"
    closes = k == end or t.punct[k] or t.lower[k] in words["role_stop"]
    return k if k > j + 1 and closes and not (k < end and t.text[k] in words["company_forms"]) else j


def _is_field(t: TokenTable, k: int, end: int, words: dict[str, frozenset[str]]) -> bool:
    """True when token ``k`` starts a subject field after "i": a lower-case indefinite word ("miljøkemi",
    "offentlig"), not a definite unit ("virksomheden", "afdelingen") or an adverb ("i dag")."""
    if k >= end:
        return False
    low = t.lower[k]
    lex = load_lexicon()
    definite = low.endswith(lex.endings("definite_endings")) and len(low) > 4
    genitive = low.endswith(lex.endings("genitive_endings")) and k + 1 < end and t.lower[k + 1].isalpha()
    named = k + 1 < end and t.cap[k + 1]  # "CFO i familieejede Vestbo Emballage I/S": a descriptor, then a name
    return (
        low.isalpha() and not t.cap[k] and not definite and not genitive and not named and not t.num[k]
        and low not in words["now_adverbs"] and low not in scan_tables().date_words  # (not "i april")
        and low not in words["internal_org_words"] and low not in words["role_stop"]
        and low not in words["not_field_words"] and low not in words["role_drop_prefix"]
    )  # fmt: skip


def ner_person_within(span: Span) -> Span | None:
    """Return the NER PER entity inside ``span`` (e.g. the name in "Afdelingsleder Kjeld Kirk Østergård")."""
    for ent in span.doc.ents:
        if ent.label_ == "PER" and ent.start >= span.start and ent.end <= span.end and len(ent) >= 2:
            return ent
    return None
