"""Frames: which person(s) an entry's main sentence is about, and what the frame itself names.

- object: "ORG har [pr. DATE] ansat|udnævnt|forfremmet|udpeget PERSON [og PERSON] som|til ROLE";
- team: "[Pr. DATE] styrker ORG teamet med PERSON som ROLE og PERSON som ROLE";
- subject: "PERSON[, apposition,] VERB ..." (also "A og B er ...", inverted "Pr. 1/4 begynder A som ...",
  after a prefix "Runde dage:" / "Ny direktør i ORG:");
- ner: a PER entity of the NER model before the cue, where no fixed phrase marks the name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from navnenyt.dates import DateMatch, find_dates
from navnenyt.lexicon import Cue, genitive_stem, load_lexicon
from navnenyt.model_features import has_flag
from navnenyt.rules.runs import (
    has_org_marker,
    is_cap,
    name_run,
    ner_person_within,
    org_kind_noun,
    org_run,
    owner_noun,
    role_run,
    token_table,
    token_texts,
)
from navnenyt.rules.slots import POSSESSED_TITLE_WORDS, Position, is_genitive, role_and_org, skip_to

MAX_PREFIX_TOKENS = 10


DASHES = frozenset({"–", "—", "-"})
LIST_SEPARATORS = DASHES | {"→"}
"""What may follow the name that opens a list line ("Pia Holm – ny CFO i O", "Pia Holm → CFO, O")."""


def dateline_end(doc: Doc, sent: Span) -> int | None:
    """The token after a press release's dateline ("København, 8. januar 2026 – Bestyrelsen ..."): capitalised
    place words, a comma, a date (:func:`navnenyt.dates.find_dates`) and a dash; or a news agency's ("KØBENHAVN
    (Ritzau) – O får ny R"): a town in capitals, the agency in brackets and a dash. None when ``sent`` has none."""
    limit = min(sent.end, sent.start + MAX_PREFIX_TOKENS)
    texts = token_texts(doc)
    dash = next((k for k in range(sent.start + 2, limit) if texts[k] in DASHES), None)
    if dash is None or dash + 1 >= sent.end:
        return None
    if texts[sent.start].isupper() and texts[sent.start + 1] == "(" and texts[dash - 1] == ")":
        return dash + 1  # "KØBENHAVN (Ritzau) –"
    comma = next((k for k in range(sent.start + 1, dash) if texts[k] == ","), None)
    if comma is None or not all(is_cap(doc[k]) for k in range(sent.start, comma)):
        return None
    between = doc[comma + 1 : dash]
    found = find_dates(between.text)
    if not found or found[0].start != 0 or found[0].end < len(between.text.rstrip()):
        return None
    return dash + 1


def start_after_prefix(doc: Doc, sent: Span) -> tuple[int, Position]:
    """Skip a dateline ("København, 8. januar 2026 –") and "Runde dage:" / "40 år i ORG:" / "Ny direktør i
    ORG:" before the entry proper; in "[Som] ny R i O er [ansat] P" the entry proper starts at P.

    Returns (start of the entry proper, the role and organisation named in the prefix).
    """
    dateline = dateline_end(doc, sent)
    if dateline is not None:
        sent = doc[dateline : sent.end]
    limit = min(sent.end, sent.start + MAX_PREFIX_TOKENS)
    texts = token_texts(doc)
    for k in range(sent.start, limit):
        if texts[k] == ":" and k + 1 < sent.end and is_cap(doc[k + 1]):
            if _name_headed(doc, sent.start, k):
                break  # "Mikkel Bang, salgsdirektør, Vestvang A/S: Tiltræder ...": the person heads the item
            heads = (list_head(doc, m, k + 1) for m in range(max(sent.start, k - 3), k))
            if any(h is not None and h.end == k for h in heads):
                break  # "Lunde A/S har ansat to nye kolleger: A og B": a counted list, not a prefix
            pos = Position()
            for m in range(sent.start, k):
                if load_lexicon().has("org_intro", doc[m].text) and is_cap(doc[m + 1]):
                    pos.org = org_run(doc, m + 1, k)
                    pos.role = role_run(doc, sent.start, m)
            whole = org_run(doc, sent.start, k)
            if pos.org is None and whole is not None and whole.end == k and has_org_marker(whole):
                pos.org = whole  # "Vestbo ApS: Karen Holt er ny økonomichef."
            if pos.role is None and load_lexicon().has("new_adjectives", texts[sent.start]):
                pos.role = role_run(doc, sent.start, k)  # "Ny sekretariatsleder i foreningen: X tiltræder ..."
            return k + 1, pos
    inverted = _inverted(doc, sent)
    if inverted is not None:
        return inverted
    fronted = load_lexicon().has("fronted_org_intros", texts[sent.start])
    if sent.end - sent.start > 3 and fronted and org_kind_noun(texts[sent.start + 1]) and is_cap(doc[sent.start + 2]):
        org = org_run(doc, sent.start + 2, sent.end)  # "Hos rådgiverfirmaet Tolstrup & Bach P/S er X forfremmet ...":
        if org is not None:  # the kind of organisation, then its name
            return sent.start, Position(org=org)
    if sent.end - sent.start > 2 and fronted and is_cap(doc[sent.start + 1]):
        # "Hos Sønderborg Automation A/S er Malene Friis-Bendtsen tiltrådt som HR-direktør.", "Ved Brdr. Østergaard
        # Entreprenør A/S er ..."; after "ved"/"i" only a name with a marker ("Ved generalforsamlingen" is none:
        # words.yaml unmarked_org_intros)
        org = org_run(doc, sent.start + 1, sent.end)
        if org is not None and (load_lexicon().has("unmarked_org_intros", texts[sent.start]) or has_org_marker(org)):
            return sent.start, Position(org=org)
    return _position_first(doc, sent) or _former_first(doc, sent) or (sent.start, Position())


def _years_follow_colon(doc: Doc, colon: int, end: int) -> bool:
    """True when a number and a year noun (``year_nouns`` of words.yaml) follow the colon at ``colon``: "NAME: 25 år
    den 2. januar"."""
    texts = token_texts(doc)
    return colon + 2 < end and texts[colon + 1].isdigit() and load_lexicon().has("year_nouns", texts[colon + 2])


def _name_headed(doc: Doc, start: int, colon: int) -> bool:
    """True when the words before a colon are a person's name and an apposition: "NAME, R, O:" or "NAME (62):"."""
    person = name_run(doc, start, colon)
    return person is not None and person.end < colon and token_texts(doc)[person.end] in {",", "("}


def _former_first(doc: Doc, sent: Span) -> tuple[int, Position] | None:
    """ "Tidligere skoleinspektør ved Hvidmose Skole Hans Christian Bech er død", "Organist ved Sortedal Kirke
    Birthe Lykkegaard bliver 60 år": a title (or "tidligere" and a role), its organisation, then the person; the
    person's index and the position, or None."""
    lex = load_lexicon()
    if sent.end - sent.start < 5:
        return None
    former = lex.has("former", doc[sent.start].text)
    k = sent.start + 1 if former else sent.start
    k += 1 if lex.has("never_org_words", doc[k].text) else 0  # "Også biblioteksleder ved O X er udnævnt"
    suffixes = lex.endings("role_suffixes")
    titled = doc[k].lower_.endswith(suffixes) or (doc[k + 1].is_lower and doc[k + 1].lower_.endswith(suffixes))
    if not former and not titled:  # (also "Frivillig træner i Kærby IF X": an adjective, then the title)
        return None
    pos = role_and_org(doc, k, sent.end)
    if pos.role is None or pos.org is None or pos.org.end >= sent.end:
        return None
    person = name_run(doc, pos.org.end, sent.end)
    if person is None or person.start != pos.org.end:
        return None
    return person.start, Position(role=pos.role, org=pos.org)


def _position_first(doc: Doc, sent: Span) -> tuple[int, Position] | None:
    """ "ROLE i ORG, PERSON, ..." ("Direktør i Solvang Gartnerier ApS, Birthe Kaae, er udpeget ...") or "ORG's ROLE,
    PERSON, ..." ("Tjekit ApS' CTO, Ditte Vang Kragelund, fratræder"): the person's index and the position told
    before the name, or None."""
    texts = token_texts(doc)
    limit = min(sent.end, sent.start + MAX_PREFIX_TOKENS)
    comma = next((k for k in range(sent.start + 1, limit) if texts[k] == ","), None)
    if comma is None or comma + 1 >= sent.end:
        return None
    lex = load_lexicon()
    k = sent.start
    if owner_noun(texts[k]) and not _named_elsewhere(doc, texts[k][:-1]):
        k += 1  # "Bestyrelsens næstformand, Jens Otto Riis, havde ikke ønsket genvalg"
    owner = org_run(doc, k, comma) if is_cap(doc[k]) and not lex.has("role_drop_prefix", texts[k]) else None
    if owner is not None and owner.end < comma and texts[owner.end] in {"'", "’"}:
        k = owner.end + 1  # "Tjekit ApS' CTO, Ditte Vang Kragelund, fratræder ...": the firm owns the title
    elif (
        owner is not None
        and owner.end < comma
        and is_genitive(texts[owner.end - 1])
        and (len(owner) > 1 or not _name_genitive(doc, texts[owner.start]))
    ):
        k = owner.end  # "Hvidsten Forsikrings finansdirektør, Dorthe Vang Overgaard, forlader ...", "Midtpostens
        # chefredaktør, X," (not "Lones kollega, X,": a person's)
    else:
        owner = None
    while k < comma and (lex.has("role_drop_prefix", texts[k]) or lex.has("former", texts[k])):
        k += 1  # "Den nye præst i Nørreå Kirke, Kathrine Holst-Bering, indsættes ...", "Tidligere formand for O, P,"
    suffixes = lex.endings("role_suffixes")
    if k + 1 < comma and doc[k + 1].is_lower and doc[k + 1].lower_.endswith(suffixes):
        pass  # "Midtpostens ansvarshavende chefredaktør, X,", "Adm. direktør i O, X,": a word before the title
    elif k >= comma or not doc[k].lower_.endswith(suffixes):
        return None
    pos = role_and_org(doc, k, comma)
    person = name_run(doc, comma + 1, sent.end)
    told = pos.org.end if pos.org is not None else pos.role.end if pos.role is not None else -1
    if told >= 0 and _duration(doc, told, comma):
        told = comma  # "Formand gennem 11 år, Bjarne Kold, ..."
    area = pos.role is not None and any(lex.has("area_intro", t.text) for t in pos.role[1:])  # "for Park og Vej"
    if pos.org is None and pos.role is not None and any(is_cap(t) for t in pos.role[1:]) and not area:
        return None  # "Bankrådgiver Jens Erik Holt, Sparekassen Mols, fylder ...": a title and a name
    if pos.role is None or told != comma or person is None or person.start != comma + 1:
        return None  # (the whole prefix is the position: "Den nuværende leder, Winnie Haugaard, fratræder")
    if person.end >= sent.end or texts[person.end] != ",":
        return None
    held = not lex.has("new_adjectives", texts[sent.start])  # (not "Den nye præst i O, X, ...")
    return comma + 1, Position(role=pos.role, org=pos.org or owner, held=held)


def _named_elsewhere(doc: Doc, stem: str) -> bool:
    """True when ``stem`` stands capitalised inside a sentence of ``doc`` ("... kom til Midtposten i 2017"): a name in
    the definite form ("Midtpostens chefredaktør"), not a common noun at a sentence's start ("Bestyrelsens")."""
    texts = token_texts(doc)
    return any(text == stem and k > 0 and not doc[k].is_sent_start for k, text in enumerate(texts))


def _name_genitive(doc: Doc, word: str) -> bool:
    """True when ``word`` is the genitive of a listed first name or surname ("Lones", "Hansens": DST name lists via
    the model's gazetteer, :func:`navnenyt.model_features.has_flag`)."""
    stem = word[:-1] if word.endswith("s") else word.rstrip("'’")
    return has_flag(doc.vocab, stem, "first_name") or has_flag(doc.vocab, stem, "surname")


def _duration(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) are a duration: "gennem 11 år", "i ni år" (``duration_intro``, a number,
    ``year_nouns`` of words.yaml)."""
    lex = load_lexicon()
    return (
        end - start == 3
        and lex.has("duration_intro", doc[start].text)
        and (doc[start + 1].like_num or lex.has("count_words", doc[start + 1].text))
        and lex.has("year_nouns", doc[start + 2].text)
    )


APPOSITION_REACH = 5
"""Tokens of a description between an inverted verb and the name after its comma at most."""
INVERTED_VERB_REACH = 2
"""Lower-case words between the verb and the person in an inverted sentence: "er [blevet] ansat P"."""


def _inverted(doc: Doc, sent: Span) -> tuple[int, Position] | None:
    """ "[Som] ny R i O er [ansat] P": the role and organisation told before the person (the person's index, the
    position), or None."""
    lex, texts = load_lexicon(), token_texts(doc)
    k = sent.start + (1 if sent.start < sent.end and lex.has("inverted_intro", texts[sent.start]) else 0)
    owner = _owner_before_new(doc, k, sent.end)  # "Skovlund Kommunes nye vejchef hedder X", "Den nye R er X"
    if owner is not None:
        k = owner.end
        owner = owner if is_cap(owner[0]) and len(owner) > 1 else None  # (not "Klubbens nye træner")
    titled = k + 1 < sent.end and lex.has("title_first_verbs", texts[k + 1])  # "Filialdirektør bliver X"
    titled = titled and doc[k].lower_.endswith(lex.endings("role_suffixes"))
    if k >= sent.end or not (lex.has("new_adjectives", texts[k]) or titled):
        return None
    limit = min(sent.end, k + MAX_PREFIX_TOKENS)
    first = k + 1 if titled else k + 2
    verb = next((m for m in range(first, limit) if lex.has("inverted_verbs", texts[m]) and doc[m].is_lower), None)
    if verb is None:
        return None
    p = past_date(doc, verb + 1, sent.end)  # "Ny viceskoleleder er fra 1. februar Anders Vig"
    ages = lex.endings("age_adjective_endings")  # "Ny cheftræner bliver 41-årige Brian Kjærgaard"
    while (
        p < sent.end
        and p - verb <= INVERTED_VERB_REACH
        and doc[p].is_lower
        and (doc[p].is_alpha or doc[p].lower_.endswith(ages))
    ):
        p += 1
    person = name_run(doc, p, sent.end) if p < sent.end else None
    if person is None or person.start != p:
        comma = next((q for q in range(p + 1, min(sent.end - 1, p + APPOSITION_REACH)) if texts[q] == ","), None)
        if comma is None:
            return None
        person = name_run(doc, comma + 1, sent.end)
        if person is None or person.start != comma + 1:  # "Ny CEO bliver virksomhedens nuværende COO, Nanna
            return None  # Fog Husted, der ...": a description, then the name
        p = person.start
    pos = role_and_org(doc, k, verb)
    if pos.role is None:
        return None
    return p, Position(role=pos.role, org=pos.org or owner)


OWNER_WORDS = 4
"""Words of an organisation in the genitive before "nye" at most ("Skovlund Kommunes nye vejchef")."""


def _owner_before_new(doc: Doc, k: int, end: int) -> Span | None:
    """The words before "nye" that open an inverted sentence at token ``k``: a determiner ("Den nye R er X") or an
    organisation in the genitive ("Skovlund Kommunes nye R hedder X": the returned span, whose capital marks it);
    None when the sentence does not open so."""
    lex, t = load_lexicon(), token_table(doc)
    if k + 1 < end and lex.has("definite_articles", t.text[k]) and lex.has("new_adjectives", t.text[k + 1]):
        return doc[k : k + 1]
    new = next((m for m in range(k + 1, min(end, k + OWNER_WORDS + 1)) if lex.has("new_adjectives", t.text[m])), None)
    if new is None or not is_genitive(t.text[new - 1]) or not all(t.cap[j] for j in range(k, new)):
        return None
    return doc[k:new]


def past_date(doc: Doc, i: int, end: int) -> int:
    """Skip a date phrase (:func:`navnenyt.dates.find_dates`) that starts at token ``i`` or right after its first
    word ("fra 1. februar", "pr. 1/3").

    Args:
        doc: the entry's Doc.
        i: the token index where the phrase may start.
        end: the token index the phrase may not pass (the sentence end).

    Returns:
        The index of the first token after the phrase, or ``i`` when no date starts there.
    """
    if i >= end:
        return i
    base = doc[i].idx
    for date in find_dates(doc[i:end].text):
        if date.start > len(doc[i].text) + 1:
            break  # the date must start at token i or right after its first word
        stop = base + date.end
        k = i
        while k < end and doc[k].idx < stop:
            k += 1
        return k
    return i


def _subject(
    doc: Doc,
    start: int,
    end: int,
    cue_starts: set[int],
    *,
    after_prefix: bool = False,
    replaced: frozenset[int] = frozenset(),
    cue_firsts: frozenset[int] = frozenset(),
) -> list[Span]:
    """Find the subject person(s) of a sentence ("A [og B] er ...", inverted "Pr. 1/4 begynder A som ...").

    Returns [] when the first name-like run of the sentence is not in subject position. A role word before the
    name ("Afdelingsleder Kjeld Østergård") is left out of the name (see :func:`lead_role`). ``cue_starts`` are the
    last tokens of the sentence's cues, ``cue_firsts`` their first: a cue of several words right after the names
    ("A og B ønskede ikke genvalg") makes them its subject.
    """
    lex = load_lexicon()
    i = start
    while i < end:
        run = name_run(doc, i, end)
        if run is None:
            placed = i > start and doc[i - 1].is_lower and lex.has("org_intro", doc[i - 1].text)
            org = org_run(doc, i, end) if placed else None  # "Efter 44 år i Sparekassen Varde Ådal går ...": not
            i = org.end if org is not None else i + 1  # "Varde Ådal"
            continue
        run = strip_lead_role(doc, run)
        told = _reported_clause(doc, run.end, end)
        if told is not None:
            i = told  # "Maja Thorsen kan samtidig fortælle, at Ib Rasmussen ... bliver ny viceskoleleder": the news is
            continue  # the one told about
        before_run = doc[run.start - 1].text if run.start > start else ""
        if run.start == start + 1 and lex.has("companion_intros", before_run):
            i = run.end  # "Med Jan Holst Pedersen stopper også en anden veteran": the subject comes later
            continue
        if before_run.islower() and (lex.has("org_intro", before_run) or lex.has("origin_intro", before_run)):
            i = run.end  # "Efter 14 år hos Vejlby Elektro skifter Thomas Birk ...": a place of work, no subject
            continue
        lead = doc[start : run.start]
        if (
            0 < len(lead) <= FRONTED_PLACE_WORDS
            and lex.has("org_intro", lead[0].text)
            and all(
                t.is_lower and not lex.has("role_stop", t.text) and not lex.has("now_adverbs", t.text) for t in lead[1:]
            )
        ):  # (not "I dag kan X fejre ...", "På valg var X")
            i = run.end  # "Hos rederiet Kattegat Linjen er havnechef X rykket op ...": the fronted place, no subject
            continue
        owner = _possessor_of_next(doc, run, end)
        if owner is not None:
            i = owner  # "Søhøj Møbelfabriks mangeårige direktør Ejvind Toft-Larsen": the firm owns the title
            continue
        if _possessive(doc, run, end):
            i = run.end  # "Rasmus Bøgh-Fondens kulturpris ... går i år til X": a fund's name, no person
            continue
        if any(r <= run.start <= r + TITLE_REACH and _titles_only(doc, r, run.start) for r in replaced):
            return []  # "Hun afløser [adm. direktør] Jørgen Kvist, der ...": the one replaced is no subject
        if _agent(doc, run.start, start) and not any(c >= run.end for c in cue_starts):
            return []  # "Prisen blev overrakt af formand Jesper Aabo, som kaldte ...": who hands it over (and "Juryen
            # bestod af professor A, B og C": those named with the agent)
        if _according_to(doc, run.start, start):
            i = run.end  # "Ifølge produktionschef Anette Kvist bliver det svært at ...": a source, no subject
            continue
        if run.start > start and lex.has("subordinators", doc[run.start - 1].text):
            i = run.end  # "og indtil Kristian Laursen tiltræder, er Pia Krogsgaard konstitueret ...": not him
            continue
        people = [run]
        k = _after_note(doc, after_home(doc, run.end, end), end, cue_starts)  # "Ind i bestyrelsen kom A (tenor) og B"
        while k + 1 < end and (doc[k].is_lower or doc[k].text == ",") and lex.has("list_joiners", doc[k].text):
            nxt = titled_name(doc, k + 1, end)  # "Lagerforvalter Tommy Bach og chauffør Kurt Vang kan ..."
            if nxt is None or (nxt.start > k + 1 and lex.has("board_roles", doc[nxt.start - 1].text)):
                break  # (not "Bestyrelsesformand X og næstformand Y blev genvalgt": board members carry on)
            people.append(nxt)
            run, k = nxt, _after_note(doc, after_home(doc, nxt.end, end), end, cue_starts)
        comma = [n for n, p in enumerate(people) if n and doc[p.start - 1].text == ","]
        unnamed = [n for n in comma if not named_after_comma(doc, people[n])]
        cut = min(unnamed, default=len(people))  # "Jonas Krag, Sdr. Felding, Emil Thomsen": a place, no name
        if comma and comma[-1] == len(people) - 1:
            cut = min(cut, comma[0])  # "A, B og C bliver ...": an "og" closes a list; "A, B, fylder": no list
        if cut < len(people):
            people = people[:cut]
            run, k = people[-1], after_home(doc, people[-1].end, end)
        after = doc[run.end] if run.end < end else None
        before = doc[people[0].start - 1]
        role_word = before.is_lower and not lex.has("role_stop", before.text)
        second = doc[people[0].start - 2] if people[0].start - 2 > start else None
        prefixed = role_word and second is not None and second.is_lower and lex.has("role_drop_prefix", second.text)
        inverted = (
            _after_verb(doc, people[0].start - 1, start, cue_starts)
            or (role_word and _after_verb(doc, people[0].start - 2, start, cue_starts))
            or (prefixed and _after_verb(doc, people[0].start - 3, start, cue_starts))
        )  # "Pr. 1/4 begynder A som ...", "Den 1. september kan [vores] værkfører A fejre ..."
        if (
            after is None
            or after.text in {",", "(", "–", "—", "-", "→"}
            or lex.has("origin_intro", after.text)
            or inverted
        ):
            return people
        colon = doc[people[0].start - (2 if role_word else 1)].text == ":" and people[0].start - 2 >= start
        if colon and after.text in {".", "!"}:
            return people  # "udpeget to nye medlemmer til forsyningens bestyrelse: byrådsmedlem A (V) og B."
        if after.text == ":" and _years_follow_colon(doc, run.end, end):
            return people  # "– Bogholder Vivi Andersen: 25 år den 2. januar" (a list item under "Jubilarer")
        if after_prefix and people[0].start == start and after.is_punct:
            return people  # "Ny økonomichef i Vestbo ApS er Karen Holt."
        if lex.has("subject_verbs", after.text) or run.end in cue_starts or run.end in cue_firsts:
            return people  # "A og B bestod ...": a cue right after the names
        dated = past_date(doc, run.end, end)  # "..., at overlæge X pr. 1. november overtager stillingen som R"
        if run.end < dated < end and (lex.has("subject_verbs", doc[dated].text) or dated in cue_starts):
            return people
        return []
    return []


def _after_note(doc: Doc, k: int, end: int, cue_starts: set[int]) -> int:
    """After a name at ``k``: past a bracket that holds no cue ("A (tenor) og B"), else ``k`` ("A (modtog ikke
    genvalg) og B": the bracket's news is A's own, and the list of subjects ends there)."""
    close = after_brackets(doc, k, end)
    return k if any(k < c < close for c in cue_starts) else close


FRONTED_PLACE_WORDS = 3
"""Words before a name that front it as a place at most: "Hos [rederiet] Kattegat Linjen er ..."."""
TITLE_REACH = 3
"""Tokens of a title between a verb and the name it governs at most ("afløser adm. direktør X")."""
REPORT_REACH = 6
"""Lower-case words between a name and its verb of telling at most ("kan samtidig fortælle", "er glad for at kunne
meddele")."""


def _reported_clause(doc: Doc, k: int, end: int) -> int | None:
    """The index after "at" when a verb of telling and ", at" follow the name ending at token ``k`` ("X kan
    fortælle, at ...", "X oplyser, at ...": words.yaml ``telling_verbs`` and ``complementizers``), else None."""
    lex, texts = load_lexicon(), token_texts(doc)
    for m in range(k, min(end - 1, k + REPORT_REACH + 1)):
        if not doc[m].is_lower:
            return None
        if lex.has("telling_verbs", texts[m]):
            n = m + 1 + (texts[m + 1] == ",")
            return n + 1 if n < end and lex.has("complementizers", texts[n]) else None
    return None


def _titles_only(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) are lower-case words or abbreviations of a title ("adm. direktør"), or none."""
    return all(doc[k].is_lower or load_lexicon().has("role_abbreviations", doc[k].text) for k in range(start, end))


def titled_name(doc: Doc, i: int, end: int) -> Span | None:
    """A name at token ``i``, or after one or two lower-case title words there ("værktøjsmager Frank Ibsen",
    "afgående formand Inga Bech"), else None."""
    run = name_run(doc, i, end)
    if run is not None and run.start == i:
        return past_english_title(doc, run)  # "Lead Developer Ali Demir"
    for k in (i + 1, i + 2):
        if k >= end or not all(is_title_word(doc[m]) for m in range(i, k)):
            return None
        run = name_run(doc, k, end)
        if run is not None and run.start == k:
            return run
    return None


def is_title_word(token: Token) -> bool:
    """True for a lower-case word that may be a title printed before a name ("chauffør", "værkfører"): a word of
    letters that is no role stop word ("hos", "og", "blev") and no list joiner."""
    lex = load_lexicon()
    return (
        token.is_lower
        and token.is_alpha
        and not lex.has("role_stop", token.text)
        and not lex.has("list_joiners", token.text)
    )


def title_before(doc: Doc, person: Span, start: int) -> Span | None:
    """The lower-case title word right before ``person`` and at or after token ``start`` ("... og chauffør Kurt
    Vang", "til pedel Ove Kjærgaard"; capitalised after a colon: "Årets Leder: Produktionsdirektør Allan Hvidberg"),
    else None."""
    k = person.start - 1
    if k < start:
        return None
    opens = (
        k - 1 >= start and doc[k - 1].text == ":" and doc[k].lower_.endswith(load_lexicon().endings("role_suffixes"))
    )
    return doc[k : k + 1] if is_title_word(doc[k]) or opens else None


def after_home(doc: Doc, k: int, end: int) -> int:
    """After a name at ``k``: past a home place or a title between commas in a list of people ("Lene Tarp,
    Ringkøbing, og Bo Vestergaard, Skjern": one capitalised word; "Camilla Ørum, statsautoriseret revisor, og Jakob
    Sand, ...": lower-case words ending in a title), then a comma and a list joiner; else ``k``."""
    home = k + 3 < end and doc[k].text == "," and is_cap(doc[k + 1]) and doc[k + 2].text == ","
    if home and doc[k + 3].text != "," and load_lexicon().has("list_joiners", doc[k + 3].text):
        return k + 3
    if k >= end or doc[k].text != ",":
        return k
    close = next((m for m in range(k + 2, min(end, k + 5)) if doc[m].text == ","), None)
    if close is None or close + 1 >= end or not is_title_word(doc[close - 1]):
        return k
    lower = all(doc[m].is_lower for m in range(k + 1, close))
    joined = doc[close + 1].text != "," and load_lexicon().has("list_joiners", doc[close + 1].text)
    return close + 1 if lower and joined else k


def _possessive(doc: Doc, run: Span, end: int) -> bool:
    """True when ``run`` ends in a genitive that is no listed name ("Bøgh-Fondens") and a lower-case noun follows
    ("Rasmus Bøgh-Fondens kulturpris"): an organisation owning something, not a person."""
    last = run[-1].text
    if not last.endswith(load_lexicon().endings("genitive_endings")) or run.end >= end or not doc[run.end].is_lower:
        return False
    return not _listed_name(doc, last)


def _possessor_of_next(doc: Doc, run: Span, end: int) -> int | None:
    """When ``run`` is a genitive ("Søhøj Møbelfabriks") followed by up to :data:`POSSESSED_TITLE_WORDS`
    lower-case words and another name, return that name's start; else None."""
    lex = load_lexicon()
    if not run[-1].text.endswith(lex.endings("genitive_endings")) or len(run) < 2:
        return None
    if run.end < end and lex.has("list_joiners", doc[run.end].text):
        return None  # "Lone Vestergaard Riis og Thomas Kjærgaard": a name ending in -s, then "og"
    stem = genitive_stem(run[-1].text)
    if _listed_name(doc, run[-1].text) and not (stem and has_flag(doc.vocab, stem, "surname")):
        return None  # "Kim Buus afløser skoleleder Preben Sand": a surname that ends in -s (its genitive is
        # "Buus'"), not the genitive of a surname "Buu"
    k = run.end
    while k < end and k - run.end < POSSESSED_TITLE_WORDS and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    if k == run.end or k >= end:
        return None
    nxt = name_run(doc, k, end)
    return k if nxt is not None and nxt.start == k else None


def _listed_name(doc: Doc, word: str) -> bool:
    """True when ``word`` is a listed first name or surname (the model's gazetteer; DST name lists)."""
    return has_flag(doc.vocab, word, "surname") or has_flag(doc.vocab, word, "first_name")


def _after_verb(doc: Doc, k: int, start: int, cue_starts: set[int]) -> bool:
    """True when token ``k`` ends a cue or is a subject verb ("begynder", "kan"), i.e. the subject follows it."""
    return k >= start and (k in cue_starts or load_lexicon().has("subject_verbs", doc[k].text))


def _cut_at_function_word(doc: Doc, span: Span) -> Span:
    """A model-found person span up to a capitalised function word after its first two words ("Julie Bak Winther
    Den Gyldne Tegnestift" -> "Julie Bak Winther": the prize's name follows), or up to the word before an
    organisation word after them ("Peter Lundsgaard Hvidemose Software" -> "Peter Lundsgaard")."""
    lex = load_lexicon()
    words = lex.words["function_words"]
    cut = next((k for k in range(span.start + 2, span.end) if doc[k].lower_ in words), span.end)
    endings = lex.endings("org_endings")  # "Peter Lundsgaard Hvidemose Software": a firm after the name, its first
    firm = next((k for k in range(span.start + 3, cut) if doc[k].lower_.endswith(endings)), None)  # word before
    return doc[span.start : firm - 1 if firm is not None else cut]  # the organisation word


def _strip_org_prefix(doc: Doc, span: Span) -> Span:
    """A model-found person span without an organisation before the name ("Boldklubben Egevang Henning Lind" ->
    "Henning Lind"): from the first listed first name after a word with an organisation ending, when a name runs
    from there to the span's end; else ``span``."""
    endings = load_lexicon().endings("org_endings")
    if not any(t.lower_.endswith(endings) for t in span[:-2]):
        return span
    for k in range(span.start + 1, span.end - 1):
        if has_flag(doc.vocab, doc[k].text, "first_name"):
            run = name_run(doc, k, span.end)
            if run is not None and run.end == span.end and not any(t.lower_.endswith(endings) for t in run):
                return run
    return span


def past_english_title(doc: Doc, run: Span) -> Span:
    """A name run without the English title it starts with ("Chief Scientific Officer Dr. Ulrik Møllegaard" ->
    "Dr. Ulrik Møllegaard", "Lead Developer Ali Demir" -> "Ali Demir"): after its last head word of
    ``english_title_heads`` (words.yaml) that leaves two words; else ``run``."""
    heads = load_lexicon().words["english_title_heads"]
    head = next((k for k in range(run.end - 3, run.start - 1, -1) if doc[k].lower_ in heads), None)
    return doc[head + 1 : run.end] if head is not None else run


def strip_lead_role(doc: Doc, run: Span) -> Span:
    """Drop a leading role or place word from a name run, by its ending (role_suffixes), by the model's
    gazetteer ("Lagerforvalter Kurt Hviid": not a listed first name before a listed one), or by the NER model's
    PER span."""
    lex = load_lexicon()
    heads, honorifics = lex.words["english_title_heads"], lex.words["honorifics"]
    run = past_english_title(doc, run)  # "Chief Scientific Officer Dr. Ulrik Møllegaard": an English title first
    joined = run.start >= 2 and doc[run.start - 1].lower_ in lex.words["english_title_joiners"]
    if joined and doc[run.start - 2].lower_ in heads:  # "Head of [Sales Nordics] Sara Qvist": the title goes on
        named = next((k for k in range(run.start, run.end - 1) if has_flag(doc.vocab, doc[k].text, "first_name")), None)
        run = doc[named : run.end] if named is not None else run
    while len(run) >= 3 and doc[run.start].lower_ in honorifics:
        run = doc[run.start + 1 : run.end]  # "Dr. Nanna Iversen"
    while len(run) >= 3:  # "Arkitekt MAA Louise Brandt Nygaard": a title, then a designation
        first = doc[run.start].lower_
        titled = any(first.endswith(suffix) for suffix in lex.words["role_suffixes"]) or _lead_word(doc, run.start)
        if not (titled or _unlisted_before_first_name(doc, run)):
            break
        run = doc[run.start + 1 : run.end]
    ner = ner_person_within(run)
    if ner is not None and ner.start > run.start:
        return ner
    return run


def _unlisted_before_first_name(doc: Doc, run: Span) -> bool:
    """True when the run's first word is in neither name list of the gazetteer while a later word but the last is
    a listed first name ("[Clinical] Operations Hanne Søgaard" after "Vice President,"): a title word, not a name."""
    vocab, word = doc.vocab, doc[run.start].text
    if has_flag(vocab, word, "first_name") or has_flag(vocab, word, "surname"):
        return False
    return any(has_flag(vocab, t.text, "first_name") for t in doc[run.start + 1 : run.end - 1])


def _lead_word(doc: Doc, k: int) -> bool:
    """True when token ``k`` is not a listed first name but the next token is (model gazetteer): the word before
    a name ("Chauffør Brian Holt", "Kronå Lars Kiel"), not part of it."""
    vocab = doc.vocab
    return not has_flag(vocab, doc[k].text, "first_name") and has_flag(vocab, doc[k + 1].text, "first_name")


def _agent(doc: Doc, k: int, start: int) -> bool:
    """True when the name at token ``k`` follows ``agent_intro`` of words.yaml ("af"; after a lower-case title, an
    owner in the genitive and a comma: "af foreningens formand, X"): the agent of a passive ("Priserne blev
    overrakt af borgmester Hans Viuf"), who hands over the news, not the one it is about."""
    lex = load_lexicon()
    k -= 1
    if k > start and doc[k].text == ",":
        k -= 1  # "af foreningens formand, Karen Lykkegaard,"
    if k > start and doc[k].is_lower and doc[k].is_alpha and not lex.has("agent_intro", doc[k].text):
        k -= 1  # "af borgmester X"
    if k > start and owner_noun(doc[k].text):
        k -= 1  # "af foreningens formand X"
    proud = k > start and lex.has("proud_words", doc[k - 1].text)  # "Vi er stolte af X, der har bestået ...": no agent
    return k >= start and lex.has("agent_intro", doc[k].text) and not proud


def _according_to(doc: Doc, k: int, start: int) -> bool:
    """True when the name at token ``k`` follows ``source_intros`` of words.yaml ("ifølge"), perhaps with a title of up
    to :data:`TITLE_REACH` lower-case words between ("Ifølge produktionschef Anette Kvist bliver det ...", also
    before a comma: "Ifølge kommunens vejchef, Torben Nygaard, ...")."""
    lex = load_lexicon()
    m = k - 1
    if m > start and doc[m].text == ",":
        m, k = m - 1, k - 1  # "Ifølge kommunens vejchef, Torben Nygaard, bliver ...": the title in apposition
    while m > start and k - m <= TITLE_REACH and doc[m].is_lower and not lex.has("source_intros", doc[m].text):
        if lex.has("subject_verbs", doc[m].text):
            return False  # "Ifølge aftalen bliver X 1. viceborgmester": the verb's inverted subject, no source
        m -= 1
    return m >= start and lex.has("source_intros", doc[m].text)


def _speech_source(doc: Doc, k: int, start: int) -> bool:
    """True when the name at token ``k`` follows a speech tag after a comma, perhaps with a title between ("...,
    oplyser direktør Ib Kronborg": words.yaml ``quote_verbs`` and ``telling_verbs``): the source, not the subject."""
    lex = load_lexicon()
    m = k - 1
    while m > start and k - m <= TITLE_REACH and doc[m].is_lower and not lex.has("quote_verbs", doc[m].text):
        if lex.has("telling_verbs", doc[m].text):
            break
        m -= 1  # "oplyser [adm.] direktør X"
    verb = doc[m].text if m >= start else ""
    said = lex.has("quote_verbs", verb) or lex.has("telling_verbs", verb)
    return said and m - 1 >= start and doc[m - 1].text == ","


def _relative_follows(doc: Doc, k: int, end: int) -> bool:
    """True when ", der|som ..." follows token ``k``: "får selskab af X, som bliver vores nye R" tells X's news (not
    ", der kaldte Holger Strand ...": a verb of judging or saying, ``comment_verbs`` and ``quote_verbs``)."""
    lex = load_lexicon()
    if not (k + 1 < end and doc[k].text == "," and lex.has("relatives", doc[k + 1].text)):
        return False
    verb = doc[k + 2].text if k + 2 < end else ""
    return not (lex.has("comment_verbs", verb) or lex.has("quote_verbs", verb))


def english_title_start(doc: Doc, name: int, start: int) -> int | None:
    """Where an English job title printed right before token ``name`` starts ("Chief Financial Officer Ida Kolding",
    "Head of Sales Nordics Sara Qvist", "Lead Developer Ali Demir"): capitalised words, perhaps joined by
    ``english_title_joiners``, one of them a head of ``english_title_heads`` (words.yaml), within the sentence and
    at or after token ``start``; else None."""
    lex = load_lexicon()
    heads, joiners = lex.words["english_title_heads"], lex.words["english_title_joiners"]
    k, headed = name, False
    while k - 1 >= start and not doc[k].is_sent_start:
        prev = doc[k - 1]
        if is_cap(prev) and prev.is_alpha:
            headed = headed or prev.lower_ in heads
        elif not (prev.lower_ in joiners and k < name and k - 2 >= start and is_cap(doc[k - 2])):
            break
        k -= 1
    return k if headed and k < name else None


def lead_role(doc: Doc, person: Span, start: int) -> Span | None:
    """The role word printed right before the person ("Afdelingsleder Kjeld Østergård", "borgmester Erik
    Ploug", "Chief Financial Officer [Dr.] Ida Kolding": an honorific in between is skipped), or None."""
    lex = load_lexicon()
    name = person.start
    if name - 1 > start and doc[name - 1].lower_ in lex.words["honorifics"]:
        name -= 1  # "Chief Scientific Officer Dr. Ulrik Møllegaard"
    if name <= start:
        return None
    prev = doc[name - 1]
    suffixes = lex.endings("role_suffixes")
    role_like = prev.lower_.endswith(suffixes) or prev.lower_.endswith(lex.endings("role_word_endings"))
    english = english_title_start(doc, name, start)
    if english is not None:  # "... meddeler, at Chief Financial Officer Ida Kolding ...": the whole English title
        return doc[english:name]
    if (is_cap(prev) and name_run(doc, name - 1, person.end) and role_like) or prev.lower_.endswith(suffixes):
        return doc[_modifiers_before(doc, name - 1, start) : name]
    before = doc[name - 2] if name - 2 >= start else None
    after_verb = before is not None and lex.has("subject_verbs", before.text)
    aged = prev.lower_.endswith(lex.endings("age_adjective_endings"))  # "bliver 41-årige X": an age, no role
    if prev.is_lower and after_verb and not aged and not lex.has("role_stop", prev.text):
        return doc[name - 1 : name]  # "kan værkfører Jens Boe fejre ..."
    return None


def _modifiers_before(doc: Doc, k: int, start: int) -> int:
    """Extend a role word at token ``k`` back over its modifiers: "klinisk sygeplejespecialist", "social- og
    sundhedsassistent" (``role_modifier_endings`` in words.yaml). Returns the role's first token."""
    lex = load_lexicon()
    endings = lex.endings("role_modifier_endings")
    while k - 1 >= start:
        prev = doc[k - 1]
        if lex.has("list_joiners", prev.text) and prev.is_alpha and k - 2 >= start and doc[k - 2].text.endswith("-"):
            k -= 2  # "social- og"
        elif prev.is_alpha and prev.lower_.endswith(endings) and (prev.is_lower or k - 1 == start):
            if lex.has("former", prev.text) or lex.has("role_drop_prefix", prev.text):
                return k  # "Forhenværende apoteker X": a former post is told without the word, as after "fhv."; and
                # "nuværende indkøbsdirektør X" as "indkøbsdirektør"
            k -= 1  # "klinisk", "ledende", "konstitueret"; "Registreret revisor X" opening the sentence
        elif lex.has("role_abbreviations", prev.text):
            k -= 1  # "Adm. direktør Torben Riis"
        else:
            return k
    return k


def counted_noun(doc: Doc, i: int, end: int) -> Span | None:
    """The noun of a count from token ``i``: "tre [nye] partnere" -> "partnere" (a number or ``count_words``, no
    colon needed: "har udnævnt tre nye partnere med virkning fra ..."); else None."""
    lex = load_lexicon()
    if i >= end or not (lex.has("count_words", doc[i].text) or doc[i].like_num):
        return None
    k = i + 1
    if k < end and lex.has("new_adjectives", doc[k].text):
        k += 1
    return doc[k : k + 1] if k < end and doc[k].is_alpha and doc[k].is_lower else None


def list_head(doc: Doc, i: int, end: int) -> Span | None:
    """The role noun of a counted list from token ``i``: "[tre|følgende] [nye] NOUN:" before the names ("tre nye
    partnere: A, B og C" -> "partnere"; ``count_words`` of words.yaml): :func:`counted_noun` with a colon after
    it; else None."""
    noun = counted_noun(doc, i, end)
    return noun if noun is not None and noun.end < end and doc[noun.end].text == ":" else None


def after_hire_adverbs(doc: Doc, i: int, end: int) -> int:
    """The first token from ``i`` that is no adverb between a hire verb and its object ("har nu ansat", "udnævnt
    netop"; ``hire_adverbs`` of words.yaml)."""
    lex = load_lexicon()
    while i < end and lex.has("hire_adverbs", doc[i].text):
        i += 1
    return i


def _objects(doc: Doc, cue: Span, end: int) -> list[Span]:
    """Names right after a hire cue: "ansat PERSON [, PERSON] [og PERSON]"; none after a speech tag ("46 medarbejdere
    er varslet afskediget, oplyser direktør X": the source, words.yaml ``quote_verbs`` and ``telling_verbs``)."""
    lex = load_lexicon()
    k = cue.end + (cue.end < end and doc[cue.end].text == ",")
    if k < end and (lex.has("quote_verbs", doc[k].text) or lex.has("telling_verbs", doc[k].text)):
        return []
    i = after_hire_adverbs(doc, cue.end, end)
    if i + 1 < end and doc[cue.start].is_sent_start and lex.has("fronted_title_verbs", doc[i].text):
        i = after_hire_adverbs(doc, i + 1, end)  # "Nyvalgt blev [også] advokat A og fhv. bankdirektør B"
    ages = lex.endings("age_adjective_endings")
    aged = i + 1 < end and lex.has("role_drop_prefix", doc[i].text) and doc[i + 1].lower_.endswith(ages)
    i += 2 if aged else 0  # "blev den 15-årige svømmer X": the age before the title and the name
    head = list_head(doc, i, end)
    if head is not None:  # "har udnævnt tre nye partnere: A, B og C"
        i = head.end + 1
    elif i + 1 < end and doc[i].is_lower and not lex.has("role_stop", doc[i].text) and is_cap(doc[i + 1]):
        i += 1  # "har konstitueret økonomidirektør Lisbeth Kvorning som ...": a title before the name
    else:
        i = _past_described(doc, i, end)  # "har konstitueret husets dramaturg, Sara Løvgren, som souschef"
    return listed_names(doc, i, end, counted=head is not None)


DESCRIPTION_WORDS = 3
"""Lower-case words of a description before a name in commas at most: "husets dramaturg, Sara Løvgren,"."""


def _past_described(doc: Doc, i: int, end: int) -> int:
    """After a description that ends in a title and a comma before a name in commas ("[husets dramaturg,] Sara
    Løvgren, som ..."): the name's index, else ``i``."""
    m, lex = i, load_lexicon()
    while m < end and m - i < DESCRIPTION_WORDS and doc[m].is_lower and doc[m].is_alpha:
        if lex.has("new_adjectives", doc[m].text):
            return i  # "velkommen til vores nye sognepræst, X, som ...": the new post, read as before
        m += 1
    if (
        m == i
        or m + 1 >= end
        or doc[m].text != ","
        or not doc[m - 1].lower_.endswith(load_lexicon().endings("role_suffixes"))
    ):
        return i
    run = name_run(doc, m + 1, end)
    return m + 1 if run is not None and run.start == m + 1 and run.end < end and doc[run.end].text == "," else i


def listed_names(doc: Doc, i: int, end: int, *, counted: bool) -> list[Span]:
    """The names listed from token ``i``: "A [, B] [og C]", each may carry brackets ("A (M&A)"), a home town or an
    age; in a ``counted`` list (one announced by a number: "tre nye partnere: ...") also a title before the name
    and an apposition after it ("statsautoriseret revisor A, 38, fra kontoret i Odense, og B"). [] for a counted
    list that goes on as clauses ("to nye direktører: A bliver direktør for ..., mens B ...")."""
    lex = load_lexicon()
    people: list[Span] = []
    while i < end:
        joined = doc[i - 1].text == "," or lex.has("list_joiners", doc[i - 1].text)
        titled = counted or (bool(people) and joined)  # "advokat A og fhv. bankdirektør B"
        run = name_run(doc, i, end) or (_after_titles(doc, i, end) if titled else None)
        if run is None:
            nxt = _next_item(doc, i, end) if counted and people else None
            if nxt is None:
                break
            i = nxt  # "to nye partnere: A, 38, fra kontoret i Odense, og B, 41, der ...": past A's apposition
            continue
        people.append(strip_lead_role(doc, run))  # "udnævnt COO Maria Lynge Castberg til ny CEO"
        i = after_home(doc, run.end, end)
        i = after_brackets(doc, i, end)  # "Amalie Friis (UX Designer), Oliver Brandt (...) og ...", "Eva Holm (42)"
        if i < end and lex.has("list_joiners", doc[i].text):
            i += 1
        else:
            break
    while i + 1 < end and doc[i].like_num and doc[i + 1].text in {",", "."}:
        i += 2 if doc[i + 1].text == "," else 1  # the last item's age: "og B, 41, der leder ..."
    relative = i < end and doc[i - 1].text == "," and lex.has("relatives", doc[i].text)  # ", som alle starter"
    if counted and i < end and doc[i].text not in {".", ";", "!"} and not relative:
        return []  # "to nye direktører: A bliver direktør for ..., mens B ...": clauses, read as such
    return people


ITEM_TITLE_WORDS = 2
"""Lower-case title words before a name in a counted list at most ("to nye partnere: statsautoriseret revisor A")."""


def _after_titles(doc: Doc, i: int, end: int) -> Span | None:
    """The name after up to :data:`ITEM_TITLE_WORDS` lower-case title words at token ``i`` ("statsautoriseret revisor
    Mikkel Dahlerup"), else None."""
    k, lex = i, load_lexicon()
    while k < min(end, i + ITEM_TITLE_WORDS) and (is_title_word(doc[k]) or lex.has("former", doc[k].text)):
        k += 1  # (and "fhv. bankdirektør B")
    run = name_run(doc, k, end) if k > i else None
    return run if run is not None and run.start == k else None


ITEM_REACH = 10
"""Tokens of an item's apposition in a counted list at most ("A, 38, fra kontoret i Odense, og B")."""


def _next_item(doc: Doc, i: int, end: int) -> int | None:
    """In a counted list, where the next item starts after an item's apposition ("A, 38, fra kontoret i Odense,
    og [statsautoriseret revisor] B, 41, ..."): the index of its (titled) name after ", og" or ",", else None
    (also at a sentence end or a relative clause: ", der leder ...")."""
    lex = load_lexicon()
    for m in range(i, min(end - 1, i + ITEM_REACH)):
        if doc[m].text in {".", ";", ":", "!", "?"} or lex.has("relatives", doc[m].text):
            return None
        if doc[m].text != ",":
            continue
        k = m + 2 if m + 2 < end and doc[m + 1].lower_ in lex.words["list_joiners"] else m + 1
        if titled_name(doc, k, end) is not None:
            return k
    return None


def after_brackets(doc: Doc, k: int, end: int) -> int:
    """After a name at ``k``: past a short bracket ("(42)", "(UX Designer)"), else ``k``."""
    close = _bracket_close(doc, k, end)
    return close + 1 if close is not None else k


def _bracket_close(doc: Doc, k: int, end: int) -> int | None:
    """The index of the ")" closing a bracket opened at token ``k`` within :data:`PAREN_ROLE_TOKENS` tokens, else
    None (also when no bracket opens at ``k``)."""
    if k >= end or doc[k].text != "(":
        return None
    return next((m for m in range(k + 1, min(end, k + 2 + PAREN_ROLE_TOKENS)) if doc[m].text == ")"), None)


PAREN_ROLE_TOKENS = 6
"""Tokens of a role in brackets after a name at most: "Oliver Brandt (Backend Developer)"."""


def paren_date(doc: Doc, person: Span, end: int) -> DateMatch | None:
    """The one valid date in the brackets right after ``person`` ("Tobias Kjær (mejerielev, fra 7. april)"), else
    None."""
    close = _bracket_close(doc, person.end, end)
    if close is None:
        return None
    first, last = doc[person.end].idx, doc[close].idx
    dates = [d for d in find_dates(doc.text) if d.valid and first < d.start < last]
    return dates[0] if len(dates) == 1 else None


def paren_role(doc: Doc, person: Span, end: int) -> Span | None:
    """The role in brackets right after ``person`` in a list ("Amalie Friis (UX Designer), ...", up to a comma:
    "(laborant, fra 1. april)"), else None (also
    for an age, "(42)", or a party, "(S)": a role starts with a letter and is two words or more, an acronym or a
    word with a role ending)."""
    k = person.end
    close = _bracket_close(doc, k, end)
    if close is None or close == k + 1 or not doc[k + 1].text[:1].isalpha():
        return None  # (an age: "(42)")
    comma = next((m for m in range(k + 1, close) if doc[m].text == ","), close)  # "(laborant, fra 1. april)"
    role, word = doc[k + 1 : comma], doc[k + 1].text
    acronym = word.isupper() and len(word) >= MIN_ACRONYM  # "(CFO)", not a party "(S)"
    if len(role) == 1 and not acronym and not word.lower().endswith(load_lexicon().endings("role_suffixes")):
        return None  # "(Venstre)", "(Ribe)"
    return role


MIN_ACRONYM = 3
"""Letters of a title acronym in brackets at least ("CFO"); one or two are a party ("S", "SF")."""


def org_before(doc: Doc, start: int, cue_start: int) -> Span | None:
    """The organisation that opens a sentence before its cue ("Lunde A/S har pr. 1/4 ansat ...", also after a
    governing body: "Bestyrelsen i Lunde A/S har ansat ...")."""
    lex = load_lexicon()
    for i in range(start, cue_start):
        text = doc[i].text
        opener = any(lex.has(w, text) for w in ("sentence_openers", "function_words", "role_intro", "new_adjectives"))
        if is_cap(doc[i]) and lex.has("internal_org_words", text):
            named = org_run(doc, i, cue_start)  # "Rederiet Skjoldnæs Shipping K/S har ansat ...": a name follows
            return named if named is not None and len(named) > 1 else None  # "Klubben har ansat ...": told elsewhere
        if is_cap(doc[i]) and not opener:
            body = doc[i].lower_.endswith(lex.endings("body_endings"))
            if body and i + 2 < cue_start and lex.has("org_intro", doc[i + 1].text) and is_cap(doc[i + 2]):
                i += 2
            elif body:
                return None  # "Generalforsamlingen valgte ...": a body, not the organisation
            run = org_run(doc, i, cue_start)
            if run is None and lex.has("role_suffixes", doc[i].lower_):
                continue  # "Som ny CFO har Bredal Maskiner A/S ansat ...": a title, then the organisation
            person = name_run(doc, i, cue_start)
            if run is not None and person is not None and has_flag(doc.vocab, doc[i].text, "first_name"):
                return None  # "... stent Nanna Vestergaard ..., og som nyt bestyrelsesmedlem valgte": a person
            if run is not None and run.end < cue_start and doc[run.end].is_lower and _marker_genitive(run[-1].text):
                return None  # "Kærvig Kommunes børne- og ungeudvalg godkendte ...": the position names its own
            return run
    return None


def _marker_genitive(word: str) -> bool:
    """True for an organisation marker in the genitive ("Kommunes", "Regionens"; ``genitive_endings`` and
    ``org_markers`` of words.yaml)."""
    lex = load_lexicon()
    return any(word.endswith(e) and lex.has("org_markers", word[: -len(e)]) for e in lex.endings("genitive_endings"))


def named_after_comma(doc: Doc, run: Span) -> bool:
    """True when ``run``, a name-shaped run after a comma in a list of names, opens with a listed first name (the
    model's gazetteer; DST 2023 name lists): "A, Mikkel Overgaard og B" lists a person, "Lucas Brandt, Viby J." and
    "Jonas Krag, Sdr. Felding, ..." a town.

    Args:
        doc: the parsed text; ``run`` is a span of it.
        run: the run after the comma.
    """
    return has_flag(doc.vocab, run[0].text, "first_name")


def _body_word(doc: Doc, token: Token) -> bool:
    """True for a word ending like an organisation ("Regionshospitalet", "Bygherreforeningen"; ``org_endings`` of
    words.yaml) that is longer than its ending and no listed name ("Bank" of "Kirsten Bank Rasmussen")."""
    low = token.lower_
    endings = [e for e in load_lexicon().endings("org_endings") if low.endswith(e) and len(low) > len(e)]
    return bool(endings) and not _listed_name(doc, token.text)


def _inverted_successor(doc: Doc, sent: Span, start: int, cues: list[tuple[Span, Cue]]) -> Span | None:
    """The successor of "Pr. 1. april afløser X [R] Y, der ..." (a date or "nu" fronted, the verb of succession
    second, then its subject and its object): X, when no name stands before the verb, a number or a word of
    ``now_adverbs`` does, and another name follows X after at most a title; else None."""
    lex = load_lexicon()
    succ = next((sp for sp, c in cues if c.cue == "successor" and len(sp) == 1), None)
    if succ is None or succ.start <= start:
        return None
    texts = token_texts(doc)
    before = range(start, succ.start)
    if any(is_cap(doc[k]) and not doc[k].like_num and name_run(doc, k, succ.start) for k in before):
        return None  # "X afløser Y": the subject before the verb
    if not any(doc[k].like_num or lex.has("now_adverbs", texts[k]) for k in before):
        return None  # (a date or "nu" fronted; not "De afløser A og B": a pronoun)
    subject = name_run(doc, succ.end, sent.end)
    if subject is None or subject.start != succ.end:
        return None
    k = subject.end
    while k < sent.end and k - subject.end < TITLE_REACH and doc[k].is_lower and doc[k].is_alpha:
        if lex.has("list_joiners", texts[k]):
            return None  # "afløser A og B": two replaced
        k += 1  # "lagerchef"
    other = name_run(doc, k, sent.end) if k < sent.end else None
    return subject if other is not None and other.start == k else None


def find_people(doc: Doc, sent: Span, start: int, cues: list[tuple[Span, Cue]]) -> tuple[str, list[Span], Span | None]:
    """Return (frame, people, organisation named by the frame) for the main sentence."""
    for span, cue in cues:
        if cue.cue == "team":
            org = org_run(doc, span.end, sent.end) or org_before(doc, start, span.start)
            k = skip_to(doc, span.end, sent.end, load_lexicon().words["team_with"])
            people = []
            while k < sent.end:
                run = name_run(doc, k + 1, sent.end)
                if run is None:
                    break
                people.append(run)
                k = skip_to(doc, run.end, sent.end, load_lexicon().words["list_joiners"])
            if people:
                return "team", people, org
    for span, cue in cues:
        if cue.cue == "hire":
            people = _objects(doc, span, sent.end)
            if people:
                return "object", people, org_before(doc, start, span.start)
    # a name after a cue is its subject ("Pr. 1/4 begynder A ..."), except after "afløser": "Hun afløser Y" replaces Y
    verb_cues = [span for span, c in cues if c.kind is not None and c.cue != "successor"]
    cue_starts = {span.end - 1 for span in verb_cues}
    cue_firsts = frozenset(  # "A og B ønskede ikke genvalg" (not "..., går Y på pension": a preposition opens it)
        span.start for span in verb_cues if len(span) > 1 and not load_lexicon().has("function_words", span[0].text)
    )
    inverted = _inverted_successor(doc, sent, start, cues)
    if inverted is not None:  # "Pr. 1. april afløser X lagerchef Y, der går på pension": X comes after the verb
        return "subject", [inverted], None
    replaced = frozenset(span.end for span, c in cues if c.cue == "successor")
    people = _subject(
        doc, start, sent.end, cue_starts, after_prefix=start > sent.start, replaced=replaced, cue_firsts=cue_firsts
    )
    if people:
        return "subject", people, lead_role(doc, people[0], start)
    agents = [
        e.start for e in doc.ents if e.label_ == "PER" and start <= e.start < sent.end and _agent(doc, e.start, start)
    ]
    ner_people = [
        e
        for e in doc.ents
        if e.label_ == "PER"
        and len(e) >= 2
        and start <= e.start < sent.end
        and not any(r <= e.start <= r + TITLE_REACH and _titles_only(doc, r, e.start) for r in replaced)
        and not (agents and agents[0] <= e.start and not _relative_follows(doc, e.end, sent.end))
        and not any(_body_word(doc, t) for t in e)  # "Regionshospitalet Bøgelund": a body, no name
        and not _speech_source(doc, e.start, start)  # ("..., oplyser direktør X.": who tells it)
        and not _according_to(doc, e.start, start)  # ("Ifølge produktionschef X bliver det ...": the source)
        and not (e.start > start and load_lexicon().has("place_prepositions", doc[e.start - 1].text))  # ("i
        # området mellem Sandvig Strand og Klithede": a place the NER took for a name)
        and not (e.start > start and load_lexicon().has("background_conjunctions", doc[e.start - 1].text))
        and _reported_clause(doc, e.end, sent.end) is None  # ("dirigent X kunne konstatere, at ...": the teller)
    ]  # (an agent, and the names listed after it: "Juryen bestod af professor A, direktør B og C"; background after
    # "siden": "Stillingen har været ledig, siden X gik på pension i februar")
    kinded = [(span, cue) for span, cue in cues if cue.kind is not None]
    counted = kinded and all(c.cue == "hire" and counted_noun(doc, sp.end, sent.end) for sp, c in kinded)
    if ner_people and cues and not counted:  # a name no fixed phrase marks ("Jubilæum: Lagerformand Bo Sandahl
        # fejrer ..."); not "X peger på, at kommunen har ansat 40 nye medarbejdere": a count, no person, is hired
        person = _cut_at_function_word(doc, _strip_org_prefix(doc, strip_lead_role(doc, ner_people[0])))
        return "ner", [person], lead_role(doc, person, start)
    return "none", [], None
