"""Press releases: find the issuing organisation, the employer of every entry in the release that names none.

A document is a release when one of its first :data:`HEAD_LINES` non-blank lines starts with a release marker of
``data/da/releases.yaml`` ("Pressemeddelelse", "Selskabsmeddelelse nr. 4/2026", "Nyt fra O"). Its issuer is, in
this order: the organisation of an "Om O" boilerplate heading; the organisation after "fra" in the marker line
("Nyt fra Hammershøj Elektro A/S"); the first organisation with a company form in the first lines (headline,
dateline, first paragraph). A document that is no release may be an organisation's own news page: its first line
names an organisation and a site section follows ("Haderslund Kommune" / "Nyheder"); that organisation is then
the issuer (:func:`site_owner`). An organisation here is a run of capitalised words ending with a company form
(``company_forms`` of words.yaml: "A/S", "ApS", "amba", ...). No spaCy: plain lines and words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from navnenyt.data_files import load_yaml
from navnenyt.errors import DataError
from navnenyt.lexicon import Lexicon, load_lexicon

HEAD_LINES = 3
"""Non-blank lines at the start of a document in which a release marker is looked for."""
ISSUER_LINES = 6
"""Non-blank lines at the start of a release in which its issuer is looked for (without an "Om O" heading)."""
MAX_ORG_WORDS = 8
"""Words of an organisation name at most, company form included."""
PUNCTUATION_AFTER = frozenset(":,;–—")


@dataclass(frozen=True)
class ReleaseWords:
    """The words of releases.yaml: release markers and site sections (lower-cased), "Om" prefixes, the words
    before an issuer in a marker line ("Nyt fra O"), and the lower-case words inside an issuer's name."""

    markers: tuple[str, ...]
    about_prefixes: tuple[str, ...]
    sections: tuple[str, ...]
    issuer_intros: tuple[str, ...]
    name_joiners: frozenset[str]
    head_joiners: frozenset[str]
    publisher_words: frozenset[str]
    publication_endings: tuple[str, ...]
    association_endings: tuple[str, ...]
    association_abbreviations: frozenset[str]
    school_endings: tuple[str, ...]
    sport_departments: frozenset[str]
    workplace_prepositions: tuple[str, ...]
    news_site_words: frozenset[str]
    signoffs: tuple[str, ...]
    skip_links: frozenset[str]


@functools.cache
def opening_name(text: str) -> str | None:
    """The name that opens ``text``: its first run of capitalised words (:func:`_capitalised_runs`: ``name_joiners``
    inside, cut at punctuation), "Dansk Kajak- og Surfski Union valgte ..." -> "Dansk Kajak- og Surfski Union"; None
    when ``text`` opens with no capitalised word or with a function word ("Der var ...").

    Raises:
        DataError: releases.yaml or words.yaml is missing or malformed.
    """
    words = text.split()
    runs = _capitalised_runs(text) if words and words[0][:1].isupper() else []
    return " ".join(runs[0]) if runs and words[0].rstrip(".,:;!?") == runs[0][0] else None


@functools.cache
def _release_words() -> ReleaseWords:
    """The :class:`ReleaseWords` of releases.yaml (cached).

    Raises:
        DataError: releases.yaml is missing or malformed.
    """
    data = load_yaml("releases.yaml")
    try:
        return ReleaseWords(
            markers=tuple(item["marker"].lower() for item in data["markers"]),
            about_prefixes=tuple(item["prefix"] for item in data["about_prefixes"]),
            sections=tuple(item["section"].lower() for item in data["site_sections"]),
            issuer_intros=tuple(data["issuer_intros"]),
            name_joiners=frozenset(data["name_joiners"]),
            head_joiners=frozenset(data["head_joiners"]),
            publisher_words=frozenset(data["publisher_words"]),
            publication_endings=tuple(data["publication_endings"]),
            association_endings=tuple(data["association_endings"]),
            association_abbreviations=frozenset(data["association_abbreviations"]),
            school_endings=tuple(data["school_endings"]),
            sport_departments=frozenset(data["sport_departments"]),
            workplace_prepositions=tuple(data["workplace_prepositions"]),
            news_site_words=frozenset(data["news_site_words"]),
            signoffs=tuple(data["signoffs"]),
            skip_links=frozenset(data["skip_links"]),
        )
    except (KeyError, TypeError) as exc:
        raise DataError(f"malformed releases.yaml: {exc!r}") from exc


MENU_GAP = re.compile(r"[ \t]{3,}")
"""A gap of three or more spaces between a site's name and its menu ("Jysk Handelsforening   Nyheder · Kurser")."""
SITE_SEPARATORS = re.compile(r"\s+[–—|·•-]\s+")
"""Separators between a site's name and its section on one line ("Sønderhav Entreprenør A/S – Medarbejdernyt")."""


def names_organisation(name: str) -> bool:
    """True when a word of ``name`` is an organisation word (:meth:`navnenyt.lexicon.Lexicon.org_word`: "A/S",
    "Kommune", "Regionshospitalet"), not a venue (:func:`_org_not_venue`: "Klubhuset" is a page of the club's site)."""
    lex = load_lexicon()
    return any(_org_not_venue(lex, word) for word in name.split())


def site_owner(lines: list[str]) -> str | None:
    """The organisation whose own news page starts with ``lines``: a name on the first line (or the second: a
    cookie banner may come first) that names an organisation, and a site section after it on that line or on one
    of the next two; else None."""
    sections = _release_words().sections
    banner = bool(lines) and len(lines[0].split()) > BANNER_WORDS  # "Vi anvender cookies til at ...": no site name
    banner = banner or (bool(lines) and lines[0].lower().rstrip(".") in _release_words().skip_links)  # "Spring til
    # indhold"
    for first in range(min(len(lines), 2 if banner else 1)):
        parts = [part.strip() for part in SITE_SEPARATORS.split(lines[first])]  # "Nyheder | Brødrene Vestergaard A/S"
        parts = [piece for part in parts for piece in MENU_GAP.split(part)]  # "Jysk Handelsforening   Nyheder · ..."
        parts = [_published_for(part) for part in parts]  # "Medlemsblad for Skovlund Idrætsforening": the club
        for k, name in enumerate(parts):
            if not _name_shaped(name) or _generic_noun(name):  # (a news site's menu item: "Finansnyt   Børs   Bank")
                continue
            if not (names_organisation(name) or _names_association(name)):  # "Holmgaard & Bech": a name only when
                name = _full_name_below(name, lines[first + 1 :]) or ""  # the page writes it in full with a form
            if not name:  # (a name of capitalised words that names an organisation, not a headline)
                continue
            others = [*parts[:k], *parts[k + 1 :], *lines[first + 1 : first + 3]]
            if any(_names_section(line, sections) for line in others):
                return _without_department(name)
    return None


def _generic_noun(name: str) -> bool:
    """True when ``name`` is one word that is a whole organisation ending of words.yaml's ``org_endings`` ("Bank",
    "Forsikring", "Energi"): a section of a news site's menu, not the name of a site's owner."""
    return " " not in name and name.lower() in load_lexicon().word_tuples["org_endings"]


def _full_name_below(name: str, lines: list[str]) -> str | None:
    """A site's short name of two or more words as the page's own sentences write it: in full with a company form
    ("Holmgaard & Bech" and "... og hos Holmgaard & Bech Rådgivning A/S har vi sagt velkommen til ..."), or as it
    is after one of ``workplace_prepositions`` in releases.yaml ("... 40 års jubilæum hos Brandbjerg
    Stålindustri."); else None (a town's news page, "Sæby · Nyheder", is no site of its own; a footer's "Brandbjerg
    Stålindustri A/S · Stålvej 10 · ..." is no sentence)."""
    if len(name.split()) < 2 or name.split()[-1].lower().endswith(_release_words().publication_endings):
        return None  # (nor a newspaper's: "Abonnér på Ulstrup Folkeblad")
    intro = "|".join(_release_words().workplace_prepositions)
    after_intro = re.compile(rf"\b(?:{intro}) {re.escape(name)}\b(?! [A-ZÆØÅ])", re.IGNORECASE)
    sentences = [line for line in lines if len(SITE_SEPARATORS.split(line)) < 3 and line.endswith((".", "!"))]
    full = _full_form(name, "\n".join(sentences))
    if full is not None:
        return full
    return name if any(after_intro.search(line) for line in sentences) else None


def _footer_owner(lines: list[str], *, headed: bool = True) -> str | None:
    """The organisation whose own page, newsletter or intranet ``lines`` are: a footer or signature that gives its
    name with a company form beside its address, CVR number or phone, or after a copyright sign ("Studio Mørch ApS
    · Jægergårdsgade 90 · 8000 Aarhus C · CVR ...", "Redaktion: ... · Gudenå Fjerkræ A/S · Åvej 18", "© Kalundborg
    Bioprocess A/S · Kun til internt brug", a signature's "Fynsk Dagrenovation I/S" over "Havnevej 8, 5400
    Bogense"), when the page's first :data:`HEAD_LINES` lines open with that name as its header or give it as the
    sender's address (:func:`_heads_page`) and hold no word of a news site's menu ("Abonnement", "Debat":
    ``news_site_words`` of releases.yaml: a newspaper's publisher employs none of the people in its columns); else
    None. A press release (``headed`` False) needs no header: its signature names its issuer ("Vestkyst
    Fiskeindustri A/S" / "Havnegade 30, 6700 Esbjerg" under "Selskabsmeddelelse nr. 7/2025")."""
    head = lines[:HEAD_LINES]
    news = _release_words().news_site_words
    if any(word.strip("[]|·•").lower() in news for line in head for word in line.split()):
        return None
    signed = _signoff_lines(lines)
    for k in range(HEAD_LINES, len(lines)):
        parts = [part.strip() for part in SITE_SEPARATORS.split(lines[k])]
        below = lines[k + 1] if k + 1 < len(lines) else ""
        signature = any(0 < k - s <= SIGNATURE_LINES for s in signed)  # "Venlig hilsen" / name / title / "O A/S"
        for m, part in enumerate(parts):
            name = part.removeprefix("©").strip()
            if not name or org_in(name) != name:
                continue
            others = " ".join(parts[:m] + parts[m + 1 :]) if len(parts) > 1 else below
            placed = part.startswith("©") or any(ch.isdigit() for ch in others) or (signature and len(parts) == 1)
            if placed and (not headed or _heads_page(name, head)):
                return name
    return None


def _signature_owner(lines: list[str]) -> str | None:
    """The organisation with a company form on a line of its own within :data:`SIGNATURE_LINES` lines after the last
    sign-off of ``lines`` ("Med venlig hilsen" / "Birgitte Holm" / "Adm. direktør" / "Grenå Fødevarer A/S";
    ``signoffs`` of releases.yaml), else None."""
    signed = _signoff_lines(lines)
    if not signed:
        return None
    below = lines[signed[-1] + 1 : signed[-1] + 1 + SIGNATURE_LINES]
    return next((line for line in below if org_in(line) == line), None)


def _signoff_lines(lines: list[str]) -> list[int]:
    """The indices of the lines of ``lines`` that open with a sign-off ("Med venlig hilsen": ``signoffs`` of
    releases.yaml)."""
    signoffs = _release_words().signoffs
    return [k for k, line in enumerate(lines) if line.lower().startswith(signoffs)]


SIGNATURE_LINES = 4
"""Lines after a sign-off ("Venlig hilsen") in which a signature names its organisation."""


def _heads_page(name: str, head: list[str]) -> bool:
    """True when a line of a page's ``head`` opens with ``name`` (a name with its company form) without the form and
    a leading descriptor ("Holm & Lassen · Intranet" for "Revisionsfirmaet Holm & Lassen P/S", "STUDIO MØRCH"), or
    with its first word of at least :data:`MIN_LEAD_CHARS` letters in a header of at most :data:`MAX_HEADER_WORDS`
    words ("HAMMEL KABEL · FREDAGSNYT" for "Hammel Kabelfabrik A/S"), or gives it as a sender's address ("Fra: HR
    <hr@fynskdagrenovation.dk>", "Fra: Brøndum & Kjeldsen <...>")."""
    lex = load_lexicon()
    whole = name.lower().split()[:-1]
    words = whole[1:] if len(whole) > 1 and whole[0].endswith(lex.endings("org_descriptor_endings")) else whole
    if not words:
        return False
    short, lead = " ".join(words), words[0]
    intros, joiners = _release_words().issuer_intros, _release_words().name_joiners
    senders = tuple(f"{intro}:" for intro in intros)  # "Fra: ...", "From: ..."
    prefixes = [" ".join(words[:n]) for n in range(2, len(words) + 1) if words[n - 1] not in joiners]
    for line in head:
        first, low = SITE_SEPARATORS.split(line.strip())[0].lower(), line.lower()
        sender = low.startswith(senders) and short in low  # "Fra: Brøndum & Kjeldsen <nyhedsbrev@...>"
        sender = sender or any(f"{intro} {name}" in low for intro in intros for name in prefixes)  # "Emne: Nyt fra
        # Holm & Kjeldsen – oktober 2025" for "Holm & Kjeldsen Revision I/S"
        address = re.search(rf"[\w.+-]@{re.escape(short.replace(' ', ''))}[\w-]*\.", low)
        if first in (short, " ".join(whole)) or sender or address:
            return True
        header = len(first.split()) <= MAX_HEADER_WORDS and first.split()[:1] == [lead]
        if header and len(lead) >= MIN_LEAD_CHARS and lead not in lex.words["function_words"]:
            return True
    return False


MAX_HEADER_WORDS = 3
"""Words of a page's header line that may give its owner's name by the first word alone."""
MIN_LEAD_CHARS = 4
"""Letters of the first word of a footer's name that alone may match the page's header ("Hammel" of "Hammel
Kabelfabrik A/S" in "HAMMEL KABEL · FREDAGSNYT")."""


def _without_department(name: str) -> str:
    """``name`` without a sport's department after the club's abbreviation ("Kærby IF Fodbold" -> "Kærby IF":
    ``association_abbreviations`` and ``sport_departments`` of releases.yaml)."""
    words, found = name.split(), _release_words()
    if len(words) > 2 and words[-2] in found.association_abbreviations and words[-1] in found.sport_departments:
        return " ".join(words[:-1])
    return name


def unit_name(name: str) -> bool:
    """True when ``name`` looks like a unit of an organisation, not an organisation of its own: one word with no
    organisation word (:func:`names_organisation`: "HR", "Borgerservice"), two joined by "og" or "&" with no
    organisation marker or company form ("Teknik og Miljø", "Byggeri & Anlæg"), or a word ending as a unit does
    ("IT-afdeling": ``unit_endings`` of words.yaml). On a page an organisation issues, such a name is one of its
    units.

    Raises:
        DataError: words.yaml is missing or malformed.
    """
    lex = load_lexicon()
    words = name.split()
    if name.lower().endswith(lex.endings("unit_endings")):
        return True
    if len(words) == 3 and words[1] in _release_words().name_joiners:  # "Byggeri & Anlæg": a
        marked = lex.words["org_markers"] | lex.words["company_forms"]  # pair's words may end as organisations do
        return not any(w in marked for w in words)  # ("teknik"); only a marker makes one ("Holm & Søn ApS")
    return len(words) == 1 and not names_organisation(name)


def names_school(name: str) -> bool:
    """True when a word of ``name`` ends like a school, an academy or a university ("Kragsby Gymnasium & HF",
    "Erhvervsakademi Vestkyst": ``school_endings`` of releases.yaml).

    Raises:
        DataError: releases.yaml is missing or malformed.
    """
    endings = _release_words().school_endings
    return any(w.lower().endswith(endings) for w in name.split())


def _names_association(name: str) -> bool:
    """True when a word of ``name`` ends like an association or is an association's abbreviation ("Ravnsborg
    Spejdergruppe", "Kammerkoret Lyngholm", "Kærby FC": ``association_endings`` and ``association_abbreviations``
    of releases.yaml)."""
    words = _release_words()
    return any(
        w in words.association_abbreviations or w.lower().endswith(words.association_endings) for w in name.split()
    )


def _published_for(part: str) -> str:
    """``part`` without a publication's name before its publisher ("Medlemsblad for Skovlund Idrætsforening" ->
    "Skovlund Idrætsforening"): :func:`_without_publication` of its words."""
    words = part.split()
    name = _without_publication(words)
    return part if name is words else " ".join(name)


def _names_section(line: str, sections: tuple[str, ...]) -> bool:
    """True when ``line`` is a short line (:data:`HEADING_CHARS`) holding a site section at a word's end ("Forside >
    Nyheder", "MEDLEMSNYT nr. 9"; not a paragraph, nor "nyt" inside "Nytårskur")."""
    low = line.lower()
    return len(line) <= HEADING_CHARS and any(re.search(rf"{re.escape(s)}(?!\w)", low) for s in sections)


BANNER_WORDS = 8
"""A first line of more words than this is a banner or a sentence ("Vi anvender cookies ..."), not a site's name:
the owner's name may then stand on the second line."""


def org_in(line: str) -> str | None:
    """The first organisation in ``line`` that ends with a company form ("... i Nordtrup Maskinfabrik A/S fratræder"
    -> "Nordtrup Maskinfabrik A/S"), as written; None when there is none."""
    forms, joiners = load_lexicon().words["company_forms"], _release_words().name_joiners
    words = line.split()
    for k, word in enumerate(words):
        form = word.rstrip(".,:;!?'’")
        if form not in forms or k == 0:
            continue
        start = k
        while start > 0 and k - start < MAX_ORG_WORDS - 1:
            prev = words[start - 1]
            if prev[-1:] in PUNCTUATION_AFTER:
                break  # "2025: Tofteby Gruppen A/S": the name starts after the colon
            if prev[:1].isupper() and prev.lower() in load_lexicon().words["function_words"]:
                break  # "På Agerbæk Foods A/S' generalforsamling": a capitalised preposition opens the sentence
            if prev[:1].isupper() or prev[:1].isdigit() or prev in joiners:
                start -= 1
                continue
            break
        while start < k and words[start] in joiners:
            start += 1
        if start == k:
            continue
        name = " ".join([*words[start:k], form])
        return name if name in line else None
    return None


def _name_shaped(name: str) -> bool:
    """True when ``name`` (an "Om ..." heading's rest, a site's first line) is shaped like an organisation's name: a
    name with a company form, or capitalised words and lower-case connectors ("&", "og", "for", "af":
    ``name_joiners`` of releases.yaml, ``org_connectors`` of words.yaml) starting and ending with a capitalised
    word, at most :data:`MAX_ORG_WORDS` ("Holmgaard & Brink", "Forbundet for Teknikere og Laboranter"; not "Om
    os", not a headline such as "Nordlys Software henter salgsdirektør hos Cloudvik")."""
    words = name.split()
    if org_in(name) == name:
        return True
    connectors = _release_words().name_joiners | load_lexicon().words["org_connectors"]
    return (
        0 < len(words) <= MAX_ORG_WORDS
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in connectors for w in words)
        and not any(ch in name for ch in ".!?,;:")
    )


DATELINE_MAX_CHARS = 80
"""A dateline holding a release marker after a separator is at most this long."""
MARKER_AFTER = re.compile(r"[·|•–—/-]\s+")
"""A separator after which a release marker may stand on a dateline ("9. februar 2026 · Pressemeddelelse") or in a
breadcrumb ("Nyheder / Pressemeddelelser")."""


def _marks_release(line: str, markers: tuple[str, ...]) -> bool:
    """True when ``line`` starts with a release marker, or holds one right after a separator on a short dateline."""
    low = line.lower()
    if low.startswith(markers):
        return True
    after = (low[m.end() :] for m in MARKER_AFTER.finditer(low))
    return len(low) <= DATELINE_MAX_CHARS and any(rest.startswith(markers) for rest in after)


def _as_written_elsewhere(name: str, text: str) -> str:
    """``name`` as the text writes it in ordinary case when the header shouts it ("SKOVBY BADMINTONKLUB" and a
    footer's "Skovby Badmintonklub"), else ``name``."""
    if not name.isupper():
        return name
    found = (m.group(0) for m in re.finditer(re.escape(name), text, re.IGNORECASE))
    return next((written for written in found if not written.isupper()), name)


def issuer(text: str) -> str | None:
    """Return the organisation issuing ``text`` when it is a press release or company announcement, else None.

    Args:
        text: a whole document (normalised).

    Returns:
        the issuer's name as written in ``text`` (a substring of it), or None.

    Raises:
        DataError: ``data/da/releases.yaml`` is missing or malformed.
    """
    release = _release_words()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    marked = next((line for line in lines[:HEAD_LINES] if _marks_release(line, release.markers)), None)
    if marked is None:
        owner = site_owner(lines) or _footer_owner(lines) or _signature_owner(lines)  # ("Med venlig hilsen" /
        # "Thorsø Maskinfabrik A/S" under a letter that says "vi har ansat X": the sender)
        return _written_in_full(owner, text) if owner is not None else None
    for line in lines:
        head, _, rest = line.partition(" ")
        if head in release.about_prefixes and rest and _name_shaped(rest.rstrip(".:")):
            about = rest.rstrip(".:")  # "Om Nordtrup Maskinfabrik A/S", "Om Holmgaard & Brink" (and its form below)
            return _full_form(about, text) or about
    for intro in release.issuer_intros:
        _, found, after = marked.partition(f" {intro} ")
        after = SITE_SEPARATORS.split(after)[0]  # "Nyt fra Vestbyens Boldklub – april 2026"
        if found and after[:1].isupper() and len(after.split()) <= MAX_ORG_WORDS:
            named = org_in(after) or after.rstrip(".:")  # "Nyt fra Hammershøj Elektro A/S", "Pressemeddelelse fra O"
            if unit_name(named):
                continue  # "Nyt fra HR": a unit's news in the organisation's newsletter
            owner = site_owner(lines)  # "Nordvang Revision P/S" / ... / "Nyheder fra Nordvang": the full name
            return owner if owner is not None and owner.startswith(named + " ") else named
    signed = _signature_owner(lines)  # "Med venlig hilsen" / name / title / "Grenå Fødevarer A/S": the sender (not
    if signed is not None:  # "... kommer fra en stilling som finanschef i Djurs Mejeri" in the first lines)
        return signed
    first = next((org for line in lines[:ISSUER_LINES] if (org := org_in(line)) is not None), None)
    owner = site_owner(lines) or _footer_owner(lines, headed=False)  # (a release's signature names its issuer)
    return first or (_written_in_full(owner, text) if owner else None)  # "Regionshospitalet Skovby" / "Nyt fra
    # hospitalet"


def _written_in_full(owner: str, text: str) -> str:
    """A site's or a footer's ``owner`` as ``text`` writes it elsewhere (:func:`_as_written_elsewhere`: "HEDEGAARD
    EJENDOMME" -> "Hedegaard Ejendomme") and with its company form when ``text`` gives one (:func:`_full_form`:
    "Hedegaard Ejendomme K/S · Jernbanegade 3" in the footer)."""
    written = _as_written_elsewhere(owner, text)
    return _full_form(written, text) or written


_MENU_LINE = re.compile(r"[^|·\n]*(?:[|·][^|·\n]*){2,}|[ \t]*[A-ZÆØÅ&]+[ \t]*")
"""A line of a page's chrome: menu items between "|" or "·" ("Accepter cookies | Kun nødvendige | ..."), or one word
in capitals ("DETAILHANDEL")."""

HEADLINE_LINES = 3
"""Non-blank lines before a document's first entry (headline, dateline, lead) in which its topic organisation is
looked for (:func:`headline_org`)."""
HEADING_CHARS = 80
"""A line of at most this many characters that does not end a sentence is a heading."""


@dataclass(frozen=True)
class Topic:
    """The organisation a document's headline names (``name``, as written) and the offset before which an entry
    must start to take it (``until``; None: the whole document)."""

    name: str
    until: int | None = None


def _org_not_venue(lex: Lexicon, word: str) -> bool:
    """True when ``word`` names an organisation (:meth:`navnenyt.lexicon.Lexicon.org_word`) and is no venue: a
    definite "-huset" alone is a site's page ("Hjem | Senior | Klubhuset | Kontakt"; ``venue_endings``
    of words.yaml)."""
    return lex.org_word(word) and not word.lower().endswith(lex.endings("venue_endings"))


def headline_org(text: str, starts: list[int], full: str | None = None) -> Topic | None:
    """The organisation a document is about: the one name that the last :data:`HEADLINE_LINES` non-blank lines
    before its first entry give, of two or more words naming an organisation
    (:meth:`navnenyt.lexicon.Lexicon.org_word`: "Tre nye partnere i Holm Brask Advokatpartnerselskab", "Ordinært
    repræsentantskabsmøde i Boligforeningen Fjordhjem"). None when those lines name none or two ("Topchef skifter
    fra Kronvig Bryggeri til Gudenå Drikkevarer"). When the name's line is the heading of the first of several
    notices that each have a heading ("Nyt job hos Vindeby A/S" / "Marie Holt er ansat ..." / "Ny formand" / ...),
    only that first notice takes it.

    A name is a run of capitalised words and ``name_joiners`` (releases.yaml); it ends after a company form or a
    punctuation mark; a leading function word ("Hos Hedegaard Plast A/S ...") and a descriptor before a name with a
    company form ("Advokatfirmaet Lindholm Krarup P/S": ``org_descriptor_endings`` of words.yaml) are left out.

    Args:
        text: the document outside its entries (:func:`navnenyt.api._outside`: each entry blanked).
        starts: the character offsets in ``text`` where the document's entries start.
        full: the whole document, where a name the headline shouts ("NYT FRA HEDEBO SKOLE") is looked up in
            ordinary case ("Hedebo Skole"); default ``text``. A shouted name found nowhere in ordinary case and
            without a company form is a section name ("HANDEL & ERHVERV"), no organisation.

    Returns:
        the :class:`Topic` (the name as written in the document), or None.
    """
    if not starts:
        return None
    lex = load_lexicon()
    first = min(starts)
    lines = [
        line
        for line in re.finditer(r"[^\n]*\S[^\n]*", text[:first])
        if not _MENU_LINE.fullmatch(line.group()) or any(_org_not_venue(lex, w) for w in line.group().split())
    ][:HEADLINE_LINES]  # (a cookie bar, a menu, a section name in capitals: no headline unless it names one)
    publishers = _release_words().publisher_words  # "Medlemsblad for Foreningen af Speciallæger Vest": the
    lines = [line for line in lines if not any(w in publishers for w in line.group().lower().split())]  # publisher
    names = {
        (" ".join(name), line.end())
        for line in lines
        for piece in MENU_GAP.split(line.group())  # (a menu's items: "Finansnyt   Børs   Bank   Pension")
        for name in map(_without_publication, _capitalised_runs(piece))
        if len(name) >= 2 and any(lex.org_word(word) for word in name)
    }
    forms = lex.words["company_forms"]
    formal = {n for n, _ in names if n.rsplit(" ", 1)[-1] in forms}  # "Sønderå Bank" and "Sønderå Bank A/S": one
    names = {(n, end) for n, end in names if not any(f.startswith(n + " ") for f in formal)}
    firsts = {name.split()[0] for name, _ in names}
    if len(firsts) == 1 and len(names) > 1:  # "Ny formand i Tørring IF" over "Tørring Idrætsforening holdt ...": one
        # club, named in full in the longer form (but "Grundejerforeningen Bøgely" before "... Bøgely i Tranbjerg")
        shortest = min(names, key=lambda item: len(item[0]))
        prefix = all(n == shortest[0] or n.startswith(shortest[0] + " ") for n, _ in names)
        chosen = shortest if prefix else max(names, key=lambda item: len(item[0]))
        names = {item for item in names if item[0] == chosen[0]}
    if not names:
        short = _short_name_topic(text[:first], full if full is not None else text)
        headed = sorted(start for start in set(starts) if start > first and _under_own_heading(text, start))
        return Topic(short.name, headed[0]) if short is not None and headed else short  # (up to the next notice
        # under a heading of its own: an article about one company, then "NAVNE" / "Bent Juhl går på pension")
    if len({name for name, _ in names}) != 1:
        return None
    ((name, end),) = sorted(names, key=lambda item: item[1])[:1]
    whole = full if full is not None else text
    name = _as_written_elsewhere(name, whole)
    name = _full_form(name, whole) or name  # "forlader Nordvind Logistik": "... A/S" below
    if name.isupper() and not any(word in forms for word in name.split()):
        return None  # "HANDEL & ERHVERV": a section name in capitals, written nowhere as a name
    if not text[end:first].strip() and sum(_after_heading(text, start) for start in set(starts)) >= 2:
        later = [start for start in starts if start > first]  # the name heads the first of several notices,
        return Topic(name, min(later) if later else None)  # each under its own heading: only the first takes it
    return Topic(name)


def _after_heading(text: str, start: int) -> bool:
    """True when the last non-blank line before offset ``start`` (a blank line between them or not) is a heading
    (:data:`HEADING_CHARS`) and the entry starts its own line."""
    lines = _lines_above(text, start)
    line = lines[-1].strip() if lines else ""
    return 0 < len(line) <= HEADING_CHARS and not line.endswith((".", "!", "?"))


def _lines_above(text: str, start: int) -> list[str]:
    """The lines of ``text`` above offset ``start`` without the blank lines right above it, when the entry there
    starts its own line (else []). A line of spaces is no blank line: an entry blanked out before is no heading."""
    before = text[:start].rstrip(" \t")
    if before and not before.endswith("\n"):
        return []
    lines = before.split("\n")[:-1]
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def heading_org(text: str, start: int) -> str | None:
    """The organisation that the heading right above an entry names at its end, after one of
    ``workplace_prepositions`` (releases.yaml): "Ny kvægrådgiver hos LandboSyd", "25 år i Vestjysk Planteavl", "Ny
    formand i Sydvestjysk Landboforening" over the notice: a name that names an organisation
    (:func:`names_organisation`; no unit: "Medicinsk Afdeling"), or that the document writes in full with a company
    form (:func:`_full_form`: "... hos Vindeby" and "Vindeby A/S har ..."); else None.

    Args:
        text: the document (normalised).
        start: the offset in ``text`` where the entry starts.

    Raises:
        DataError: releases.yaml or words.yaml is missing or malformed.
    """
    if not _after_heading(text, start):
        return None
    lines = _lines_above(text, start)
    if len(lines) > 1 and lines[-1].strip().rstrip(":").lower() in _lower_labels():
        lines.pop()  # "Gråsten Energi A/S: Ny kommerciel direktør" / "Nyt job" / the notice
    heading = lines[-1].strip() if lines else ""
    if len(heading) > HEADING_CHARS or heading.endswith((".", "!", "?")):
        return None  # (a label under the notice before: "... hos Pixelhavn ApS." / "Nyt job")
    heading = heading.rstrip(":")
    lead, colon, _ = heading.partition(": ")
    preps = _release_words().workplace_prepositions
    if colon and any(w in preps for w in lead.split()[1:]):
        heading = lead  # "Direktørskifte i Thybo Fødevarer: Sønnen overtager": the name after the preposition
    elif colon and (org_in(lead) == lead or (_name_shaped(lead) and names_organisation(lead))):
        return _full_form(lead, text) or lead  # "Sønderå Revision P/S: Ny partner", "Hjortkær Advokater: 25 år i huset"
    words = heading.split()
    at = max((k for k, w in enumerate(words[:-1]) if w in preps), default=None)
    if at is None or at == 0:
        return None
    name = " ".join(words[at + 1 :])
    runs = _capitalised_runs(name)
    if not runs or " ".join(runs[0]) != name:
        return None
    full = _full_form(name, text)  # "... hos Vindeby" and "Vindeby A/S har ...": the full name
    lex = load_lexicon()
    unit = name.lower().endswith(lex.endings("unit_endings")) or lex.has("unit_heads", words[at + 1])
    return full or (name if names_organisation(name) and not unit else None)  # (not "i Holmsted", "i Møllen",
    # "på Medicinsk Afdeling": a place, a venue, a unit)


@functools.cache
def _lower_labels() -> frozenset[str]:
    """The category labels of labels.yaml, lower-cased ("nyt job", "forfremmelse")."""
    return frozenset(label.lower() for label in load_lexicon().labels)


def _under_own_heading(text: str, start: int) -> bool:
    """True when the entry at ``start`` stands under a heading that is a paragraph of its own ("" / "Bent Juhl går
    på pension" / the entry), not under a list's bullet or intro (:func:`_after_heading` for any heading)."""
    if not _after_heading(text, start):
        return False
    lines = _lines_above(text, start)
    heading = lines[-1].strip()
    bullets = load_lexicon().words["list_bullets"]  # (not "• A – R" under a list's intro)
    return heading[:1] not in bullets and (len(lines) < 2 or not lines[-2].strip())


def _without_publication(name: list[str]) -> list[str]:
    """The words of ``name`` without a publication's name before its publisher ("Beboerblad for Boligselskabet Egebo"
    -> "Boligselskabet Egebo", "Tidsskrift for ..."): a ``publisher_words`` word or one with a ``publication_endings``
    ending, then a ``head_joiners`` word (releases.yaml); ``name`` itself when it opens with none."""
    release = _release_words()
    first = name[0].lower() if name else ""
    publication = first in release.publisher_words or first.endswith(release.publication_endings)
    return name[2:] if len(name) > 2 and publication and name[1] in release.head_joiners else name


@functools.cache
def _name_abbreviations() -> frozenset[str]:
    """The capitalised abbreviations kept whole by the tokenizer ("Brdr.", "Co."; ``keep_whole`` of
    tokenizer_exceptions.yaml) that may stand inside an organisation's name.

    Raises:
        DataError: tokenizer_exceptions.yaml is missing or malformed.
    """
    try:
        forms = [item["form"] for item in load_yaml("tokenizer_exceptions.yaml")["keep_whole"]]
    except (KeyError, TypeError) as exc:
        raise DataError(f"malformed tokenizer_exceptions.yaml: {exc!r}") from exc
    titles = load_lexicon().words["role_abbreviations"]  # (not "Adm.": a title's)
    return frozenset(
        f for f in forms if f[:1].isupper() and f.endswith(".") and "." not in f[:-1] and f.lower() not in titles
    )


def _short_name_topic(head: str, whole: str) -> Topic | None:
    """The organisation a document's lines before its first entry (``head``) name by a short name that ``whole``
    writes in full with a company form elsewhere ("Dataloop henter teknisk chef ..." and "Dataloop ApS blev stiftet
    i 2016"; "Tre nye medarbejdere hos Brinch & Holm" and the signature "Brinch & Holm Advokater P/S"): the one such
    full name, else None (none, or two: "Skyvik køber Promptly")."""
    found = set()
    lex = load_lexicon()
    words = lex.words
    sections = _release_words().sections
    below = [m.end() for m in re.finditer(r"[^\n]*\S[^\n]*", head) if m.group().strip().lower() in lex.section_headings]
    head = head[below[-1] :] if below else head  # (an article above a "NAVNE" section is about another company)
    for line in re.finditer(r"[^\n]*\S[^\n]*", head):
        parts = SITE_SEPARATORS.split(line.group())
        if _MENU_LINE.fullmatch(line.group()) or (len(parts) > 1 and any(_names_section(p, sections) for p in parts)):
            continue  # (a menu; a site's name and section: "Bøgely · Nyheder", a town's news)
        for run in _capitalised_runs(line.group()):
            if run[-1] in words["company_forms"] or run[0].lower() in words["function_words"]:
                continue  # (a name with its form is read by headline_org itself)
            full = _full_form(" ".join(run), whole)
            if full is not None:
                found.add(full)
    return Topic(found.pop()) if len(found) == 1 else None


def _full_form(name: str, text: str) -> str | None:
    """The first name with a company form in ``text`` that starts with ``name`` and goes on after it ("Brinch &
    Holm" -> "Brinch & Holm Advokater P/S"; :func:`org_in`), after a descriptor or none ("Advokatfirmaet Lind Bech
    P/S" -> "Lind Bech P/S", as the headline names it; ``org_descriptor_endings`` of words.yaml), not inside a longer
    name ("Skive" and "Købmandsgården Skive ApS"), nor on a line of page furniture (``section_enders`` of labels.yaml:
    "Annonce", "Læs også"); else None."""
    lex = load_lexicon()
    descriptors = lex.endings("org_descriptor_endings")
    for match in re.finditer(rf"(?<!\w){re.escape(name)} ", text):
        start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.start())
        if text[start:].lstrip().lower().startswith(lex.section_enders):
            continue  # "Annonce · Egekrog Auto ApS – Vintertjek": an advert's, no full form of the page's "Egekrog"
        before = text[start : match.start()].split()
        prev = before[-1] if before else ""
        if prev[:1].isupper() and prev.lower() not in lex.words["function_words"] and not prev.endswith(descriptors):
            continue  # "Købmandsgården Skive ApS": the name is part of a longer one
        full = org_in(text[match.start() : end if end >= 0 else len(text)])
        if full is not None and full.startswith(name + " "):
            return full
    return None


DESCRIBED_WORDS = 4
"""Words of a name with a descriptor before it, at least: the descriptor, two name words and the company form."""


def _capitalised_runs(line: str) -> list[list[str]]:
    """The runs of capitalised words (with ``name_joiners`` and company forms inside) of ``line``, each cut after a
    company form or a word followed by punctuation, without a leading function word or a descriptor."""
    lex = load_lexicon()
    joiners, heads, forms = _release_words().name_joiners, _release_words().head_joiners, lex.words["company_forms"]
    descriptors = lex.endings("org_descriptor_endings")
    runs: list[list[str]] = []
    run: list[str] = []
    for raw in [*line.split(), ""]:
        word = raw.strip('"“”()[]')
        bare = word.rstrip(".,:;!?")
        if run and bare.isupper() and bare.lower() in lex.words["function_words"]:
            runs.append(run)  # "NYT FRA HEDEBO SKOLE": a shouted function word parts two names
            run = []
            continue
        if word in _name_abbreviations():
            run.append(word)  # "Brdr. Mølgaard Transport A/S", "Korsør & Co. A/S": the full stop ends no name
            continue
        inside = bool(run) and (bare in joiners or bare[:1].isdigit())
        head = bool(run) and bare in heads and lex.org_word(run[-1])
        inside = inside or head  # "Styrelsen for Vejdata og Trafik"
        if bare and (bare[:1].isupper() or bare in forms or inside):
            run.append(bare)
            if (bare in forms and len(run) > 1) or bare != word or word != raw.rstrip('"“”)]'):  # ("AB Rosenhaven":
                # a form before the name opens it)
                runs.append(run)
                run = []
            continue
        runs.append(run)
        run = []
    out = []
    for name in runs:
        while name and name[-1] in joiners:
            name = name[:-1]
        if name and name[0].lower() in lex.words["function_words"]:
            name = name[1:]  # "Hos Hedegaard Plast A/S har ansat ..."
        if len(name) >= DESCRIBED_WORDS and name[0].lower().endswith(descriptors) and name[-1] in forms:
            name = name[1:]  # "Advokatfirmaet Lindholm Krarup P/S" (but "Kodehuset Nord ApS": one name word after
            # the descriptor, which is then the name's own first word, as :func:`navnenyt.rules.runs.org_run` reads)
        if name:
            out.append(name)
    return out
