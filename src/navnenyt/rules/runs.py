"""Token runs: the spans of person names, organisation names and role titles, found from a start token.

Boundaries come from the closed word lists of ``data/da/words.yaml`` (company-form suffixes, connectors, name
particles, role stop words) and from capitalisation; the NER model's PER spans refine person runs when present.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from navnenyt.lexicon import load_lexicon

MAX_NAME_TOKENS = 6
MAX_ORG_TOKENS = 10
MAX_ROLE_TOKENS = 9
COMPANY_FORMS = frozenset({"A/S", "ApS", "K/S", "I/S", "P/S", "IVS", "A.m.b.A.", "a.m.b.a.", "Advokatpartnerselskab"})


TEXTS_KEY = "navnenyt_token_texts"


def token_texts(doc: Doc) -> list[str]:
    """Return the texts of ``doc``'s tokens as a list (built once per Doc, kept in ``doc.user_data``).

    Loops that only compare token texts index this list instead of creating a spaCy ``Token`` per step.
    """
    texts: list[str] | None = doc.user_data.get(TEXTS_KEY)
    if texts is None:
        strings = doc.vocab.strings
        texts = doc.user_data[TEXTS_KEY] = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    return texts


def is_cap(token: Token) -> bool:
    """True for a word that starts with a capital letter ("Østergård", "IT-Universitetet", "El-Sayed")."""
    text = token.text
    if not text or not text[0].isupper():
        return False
    return text[0].isalpha() or any(ch.isalpha() for ch in text)  # "Ⅳ" is upper case but not a letter


def has_org_marker(span: Span) -> bool:
    """True when a token of ``span`` is a company form or organisation head noun (``org_markers``, as written)."""
    lex = load_lexicon()
    return any(lex.has("org_markers", t.text) for t in span)


def is_word(token: Token) -> bool:
    """True for a token holding a letter (not punctuation, not a number)."""
    return any(ch.isalpha() for ch in token.text)


def _particle_inside(doc: Doc, j: int, i: int, end: int, list_name: str) -> bool:
    """True when token ``j`` is a lower-case connector of ``list_name`` between capitalised words."""
    tok = doc[j]
    inside = j > i and j + 1 < end and tok.text.islower()
    return inside and load_lexicon().has(list_name, tok.text) and is_cap(doc[j + 1])


def name_run(doc: Doc, i: int, end: int) -> Span | None:
    """Return the person name starting at token ``i`` (before ``end``), or None.

    A name is 2-6 capitalised words, particles allowed inside ("Stine de Vries Nørgaard"); a run holding a
    company-form suffix or organisation head noun is not a name.
    """
    if i + 1 >= end or not is_cap(doc[i]) or (not is_cap(doc[i + 1]) and not doc[i + 1].is_lower):
        return None  # fast exit: a name starts with two capitalised words (or one and a particle)
    lex = load_lexicon()
    if lex.has("function_words", doc[i].text):
        return None  # "I Gjern bliver ...": a capitalised preposition, not a first name
    j = i
    while j < end and j - i < MAX_NAME_TOKENS:
        tok = doc[j]
        name_word = is_cap(tok) and not tok.is_punct and "/" not in tok.text
        if not (name_word or _particle_inside(doc, j, i, end, "name_particles")):
            break
        j += 1
    if j - i < 2 or has_org_marker(doc[i:j]):
        return None
    endings = lex.endings("org_endings")
    if any(t.lower_.endswith(endings) for t in doc[i:j]):
        return None  # "Grenaa Golfklub", "Himmerland Boligforening": an organisation
    if j < len(doc) and doc[j].text in COMPANY_FORMS:
        return None  # "Blåmusling Analytics A/S"
    return doc[i:j]


def _org_word(doc: Doc, j: int, i: int, end: int) -> bool:
    tok = doc[j]
    if tok.text in {"&", "Co."} or (is_cap(tok) and is_word(tok)):
        return True
    if j > i and tok.text[:1].isdigit() and not tok.is_punct:
        return True
    return _particle_inside(doc, j, i, end, "org_connectors")


def org_run(doc: Doc, i: int, end: int) -> Span | None:
    """Return the organisation name starting at token ``i`` (before ``end``), or None.

    Capitalised words, numbers, "&", company forms and connectors followed by a capitalised word
    ("Kløverdal Vand og Varme A/S", "Styrelsen for Digital Infrastruktur"); ends after a company-form suffix.
    """
    lex = load_lexicon()
    if i >= end or not (is_cap(doc[i]) or doc[i].text[:1].isdigit()):
        return None
    j = i
    while j < end and j - i < MAX_ORG_TOKENS:
        if doc[j].text in COMPANY_FORMS:
            j += 1
            break
        if not _org_word(doc, j, i, end):
            break
        if j - i >= 2 and doc[j].text == "i" and lex.has("org_markers", doc[j - 1].text):
            break  # "Bakkegården Skole i Fjordby": a place after a complete name
        j += 1
    while j > i and (doc[j - 1].text == "&" or lex.has("org_connectors", doc[j - 1].text)):
        j -= 1
    return doc[i:j] if j > i else None


def role_run(doc: Doc, i: int, end: int, *, joined: bool = True) -> Span | None:
    """Return the role title starting at token ``i`` (before ``end``), or None.

    Skips a leading "ny"/"en"; joins "partner og it-advokat" unless ``joined`` is False; stops at punctuation
    (except "&", "/"), a role stop word ("hos", "i", "pr.", "samme", ...) unless a role continuation follows
    ("næstformand i bestyrelsen"), or a number.
    """
    lex = load_lexicon()
    while i < end and lex.has("role_drop_prefix", doc[i].text) and i + 1 < end and is_word(doc[i + 1]):
        i += 1
    if i + 1 < end and lex.has("position_nouns", doc[i].text) and lex.has("role_intro", doc[i + 1].text):
        i += 2  # "nyt job som R"
    if i < end and lex.has("role_stop", doc[i].lower_):
        return None
    j = i
    while j < end and j - i < MAX_ROLE_TOKENS:
        tok = doc[j]
        low = tok.lower_
        if tok.is_punct and tok.text not in {"&", "/"}:
            break
        if tok.like_num or tok.text[:1].isdigit():
            break
        suffixes = lex.endings("role_suffixes")
        joiner = low.isalpha() and lex.has("list_joiners", low)
        if joined and joiner and j > i and j + 1 < end and doc[j + 1].lower_.endswith(suffixes):
            j += 1  # "partner og it-advokat"
            continue
        if lex.has("role_stop", low) and j > i:
            nxt = doc[j + 1].lower_ if j + 1 < end else ""
            after = doc[j + 2] if j + 2 < end else None
            owner = after is not None and lex.has("board_owner_intro", after.text)
            owner_follows = owner and j + 3 < end and is_cap(doc[j + 3])
            if lex.has("board_owner_intro", low) and lex.has("role_continuations", nxt) and not owner_follows:
                j += 2
                continue
            break
        j += 1
    if j == i or not any(is_word(t) for t in doc[i:j]):
        return None
    if j == i + 1 and lex.has("position_nouns", doc[i].text):
        return None  # "kommer fra stillinger i virksomheden": no title
    return doc[i:j]


def ner_person_within(span: Span) -> Span | None:
    """Return the NER PER entity inside ``span`` (e.g. the name in "Afdelingsleder Kjeld Kirk Østergård")."""
    for ent in span.doc.ents:
        if ent.label_ == "PER" and ent.start >= span.start and ent.end <= span.end and len(ent) >= 2:
            return ent
    return None
