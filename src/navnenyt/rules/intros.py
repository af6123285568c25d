"""What a list's intro sentence and an item's own lead give the records of a list announced by a sentence.

    Vi ønsker tillykke til de nyuddannede fra Professionshøjskolen Kattegat, der fik deres bevis i fredags:

    Sygeplejerske: Mie Fogh Andersen, Spentrup
    Pædagog, specialiseringen social- og specialpædagogik: Ida Rosenkvist, Langå

:func:`navnenyt.segment.segment` marks the items under such an intro (``Segment.intro``). Each item's record takes
the intro's one date when it has none of its own, and a degree takes the institution the intro names after
"fra"/"på"/"ved" (``institution_intro`` of words.yaml) when that name is an organisation to the NER. An item that
opens with "PROGRAMME: NAME" gives the degree its programme (and a specialisation after ``specialisation_intro``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from navnenyt.dates import DateMatch, find_dates, find_relative_dates
from navnenyt.lexicon import load_lexicon, new_titles_intro
from navnenyt.records import EntryKind
from navnenyt.rules.cues import cues_in
from navnenyt.rules.entry import MOVE_KINDS, Draft
from navnenyt.rules.frames import counted_noun
from navnenyt.rules.runs import is_cap, names_org, org_run, role_run
from navnenyt.rules.slots import bracketed_exam, education_slots, role_and_org, text_of, title_word


@dataclass(frozen=True)
class IntroContext:
    """What an intro sentence tells every item under it.

    Attributes:
        date: the intro's one day date ("i fredags", "den 6. februar"), else None (none, or several).
        institution: the organisation named after "fra"/"på"/"ved" ("Professionshøjskolen Kattegat"), else None.
        programme: the exam in brackets after that institution ("Midtfyns Gymnasium (stx)"), else None.
        role: the job title after "som" (``role_intro`` of words.yaml: "Følgende er ansat som lektor fra 1.
            august:"), a span of the intro's Doc, else None.
        counted: ``role`` is a counted plural ("tre nye partnere"): it fills an item without a title of its own but
            never replaces one ("tre nye ledere:" / "X bliver skoleleder på O").
        org: the organisation after that title ("er udnævnt til partner i Nørrestrand Advokatpartnerselskab:"), a
            span of the intro's Doc, else None.
        specialisation: the line of the programme ("afsluttet HD på linjen i Finansiel Rådgivning ved O:"), else None.
        board: the intro names a board ("Som nye medlemmer af bestyrelsen valgtes:"; ``board_nouns``): an item's
            title and organisation that are no board title are the member's day job, which is not recorded.
    """

    date: DateMatch | None
    institution: str | None
    programme: str | None = None
    role: Span | None = None
    counted: bool = False
    org: Span | None = None
    specialisation: str | None = None
    board: bool = False


DASHES = frozenset({"–", "—", "-"})
"""Dashes between a list item's title and its organisation ("Emma Vestergaard, frisør – Salon Sakselyst")."""

MAX_TOWN_WORDS = 3
"""Capitalised words of a town between a graduate's name and trade at most ("NAME, Nørre Vium, smed – FIRM")."""

INTRO_PARAGRAPHS = 2
"""Paragraphs before an intro ("Her er de dimittender, som ...:") searched for the day it reports ("Fredag den 23.
januar blev der sat huer på ...") when the intro names none."""


def intro_context(doc: Doc, before: str = "") -> IntroContext:
    """Read an intro sentence parsed with the NER.

    Args:
        doc: the intro sentence through the full pipeline (its ``ents`` are read).
        before: the text of the paragraphs before the intro (at most :data:`INTRO_PARAGRAPHS`), searched for a date
            when the intro has none.

    Returns:
        the :class:`IntroContext`; fields are None when the intro does not tell them once.
    """
    told = any(d.valid for d in find_dates(doc.text))  # "bestod i juni svendeprøven": a month, no day to look for
    dates = _day_dates(doc.text) or ([] if told else _day_dates(before))
    lex = load_lexicon()
    after_intro = [
        ent
        for ent in doc.ents
        if ent.label_ == "ORG" and ent.start > 0 and lex.has("institution_intro", doc[ent.start - 1].text)
    ]
    school = after_intro[0] if len(after_intro) == 1 else None
    exam = bracketed_exam(doc, school.end, len(doc)) if school is not None else None
    date = dates[0] if len(dates) == 1 else None
    taught = _intro_education(doc)
    programme = exam or _counted_trade(doc) or taught["programme"]
    role = _intro_role(doc)
    counted = role is not None and not any(lex.has("intro_title_words", t.text) for t in doc[: role.start])
    org = role_and_org(doc, role.start, len(doc)).org if role is not None else None
    school_name = school.text if school is not None else taught["institution"]  # (the NER tagged none: "har netop
    # bestået svendeprøven på Vestegnens Tekniske Skole.")
    read = taught["institution"]
    if school is not None and read is not None and read.startswith(school.text + " "):
        school_name = read  # "ved Teknisk Universitet Nord:": the NER's span stopped short of the name's last word
    board = any(lex.has("board_nouns", t.text) for t in doc)
    return IntroContext(date, school_name, programme, role, counted, org, taught["specialisation"], board)


def _intro_education(doc: Doc) -> dict[str, str | None]:
    """The programme, its line and the institution the intro names after its education cue ("Følgende har
    færdiggjort uddannelsen som finansøkonom ved O:" -> "finansøkonom", O; "afsluttet HD på linjen i Finansiel
    Rådgivning" -> "HD", "Finansiel Rådgivning": :func:`navnenyt.rules.slots.education_slots`), as ``{"programme",
    "specialisation", "institution"}`` (None when not told)."""
    cue = next((span for span, c in cues_in(doc, 0, len(doc)) if c.cue == "education"), None)
    if cue is None:
        return {"programme": None, "specialisation": None, "institution": None}
    head = cue.end - 1 if load_lexicon().has("programme_heads", doc[cue.end - 1].text) else cue.end
    counted = counted_noun(doc, head, len(doc))
    head = counted.end if counted is not None else head  # "bestod disse elever svendeprøven som frisør": past the
    # verb's object
    slots = education_slots(doc, head, len(doc))
    return {key: slots[key] for key in ("programme", "specialisation", "institution")}


def _counted_trade(doc: Doc) -> str | None:
    """The title a count of graduates names, singular ("blev 4 nye finansøkonomer dimitteret" -> "finansøkonom":
    :func:`navnenyt.rules.frames.counted_noun`, a plural of a title word), else None."""
    for k in range(len(doc)):
        noun = counted_noun(doc, k, len(doc))
        if noun is None:
            continue
        title, lex = title_word(noun.text), load_lexicon()
        if title is None or title == noun.text:
            continue
        if not lex.has("learner_titles", title) and not lex.has("colleague_nouns", noun.text):
            return title  # (not "bestod disse elever svendeprøven som frisør": learners, no trade; nor "Disse
            # medarbejdere har bestået eksamen som R": colleagues)
    return None


def _intro_role(doc: Doc) -> Span | None:
    """The job title after the intro's first "som" or "til" (``intro_title_words`` of words.yaml) when it ends in a
    title word ("ansat som lektor fra 1. august:", "ansat følgende som sygeplejersker:", "udnævnt til partnere:"), or
    without one the plural title a count names ("har udnævnt tre nye partnere:"; not learners), else None."""
    lex = load_lexicon()
    k = next((t.i for t in doc if lex.has("intro_title_words", t.text) and t.text.islower()), None)
    if k is None:  # "har udnævnt tre nye partnere med virkning fra 1. januar:": the counted title
        counted = (counted_noun(doc, m, len(doc)) for m in range(len(doc)))
        noun = next((n for n in counted if n is not None and title_word(n.text) not in {None, n.text}), None)
        learner = noun is not None and lex.has("learner_titles", title_word(noun.text) or "")
        titled = new_titles_intro([t.lower_ for t in doc if not t.is_space]) if noun is None else None
        noun = doc[titled : titled + 1] if titled is not None and doc[titled].text.isalpha() else noun  # "De nye
        # partnere er:"
        return noun if noun is not None and not learner else None
    role = role_run(doc, k + 1, len(doc)) if k is not None else None
    if role is not None and lex.has("count_words", role[0].text):
        return None  # "velkommen til følgende nye medarbejdere:": the people, no title
    return role if role is not None and title_word(role[-1].text) is not None else None


def _day_dates(text: str) -> list[DateMatch]:
    """The valid day-precision dates of ``text``, printed ("den 6. februar") or named from publication ("i
    fredags")."""
    return [d for d in find_dates(text) if d.valid and d.precision == "day"] + find_relative_dates(text)


def paragraphs_before(text: str, start: int) -> str:
    """The paragraphs an intro at offset ``start`` may take its day from.

    Args:
        text: normalised page text.
        start: offset of the intro in ``text``.

    Returns:
        the last :data:`INTRO_PARAGRAPHS` blocks parted by a blank line before ``start``, joined by blank lines
        ("" when there is none).
    """
    blocks = [b for b in text[:start].split("\n\n") if b.strip()]
    return "\n\n".join(blocks[-INTRO_PARAGRAPHS:])


def apply_intro(drafts: list[Draft], context: IntroContext) -> None:
    """Give each draft the intro's date (when it has none), a new post the intro's title (when its own role is no
    title), and a degree the intro's institution and exam (when it has none).

    Args:
        drafts: the records of one list item, changed in place.
        context: from :func:`intro_context`.
    """
    for draft in drafts:
        draft.date = draft.date or context.date
        untitled = draft.role is None or title_word(draft.role[-1].text) is None  # "X, matematik og fysik"
        if context.role is not None and draft.kind in MOVE_KINDS and untitled:
            draft.role = context.role  # "Følgende er ansat som lektor fra 1. august:" / "- X, matematik og fysik"
        elif (
            context.role is not None
            and not context.counted
            and draft.kind in MOVE_KINDS
            and draft.role is not None
            and title_word(draft.role[-1].text) != title_word(context.role[-1].text)
        ):  # "Følgende er udnævnt til partnere:" / "1. Anna Holm, advokat": the item's title is the post held before
            draft.previous_role = draft.previous_role or draft.role
            draft.role = context.role
        if draft.kind == EntryKind.new_job and draft.previous_org is None and _appoints_inside(context.role):
            draft.kind = EntryKind.promotion  # a firm makes its own people partners
        board_title = draft.role is not None and load_lexicon().has("board_roles", draft.role.text)
        if context.board and draft.kind == EntryKind.board_appointment and not board_title:
            draft.role = draft.org = None  # "Som nye medlemmer af bestyrelsen valgtes:" / "- X, udbudskonsulent, O"
        if context.org is not None and draft.kind in MOVE_KINDS and draft.org is None:
            # "... er udnævnt til partner i Nørrestrand Advokatpartnerselskab:" / "– X, Erhvervsret"
            draft.org = context.org
        if draft.kind == EntryKind.completed_education and (context.institution or context.programme):
            # "... fra Midtfyns Gymnasium (stx):"
            told = {"institution": context.institution, "programme": context.programme}
            _fill_education(draft, {**told, "specialisation": context.specialisation})
        if draft.kind == EntryKind.completed_education:
            _trade_item(draft)


def _appoints_inside(role: Span | None) -> bool:
    """True when an intro appoints to a title a firm gives its own people ("Følgende er udnævnt til partnere:":
    ``inside_titles`` and ``inside_appointment_verbs`` of words.yaml, as for a single notice)."""
    if role is None:
        return False
    lex = load_lexicon()
    title = title_word(role[-1].text) or role[-1].text
    announced = new_titles_intro([t.lower_ for t in role.doc if not t.is_space]) is not None
    verbs = any(lex.has("inside_appointment_verbs", t.text) for t in role.doc)
    return lex.has("inside_titles", title) and (verbs or announced)  # (also "De nye partnere er:")


def _trade_item(draft: Draft) -> None:
    """A graduate's item "NAME, TRADE – FIRM" under an intro ("Disse bestod svendeprøven på O:" / "• Emma Vestergaard,
    frisør – Salon Sakselyst"), also with a town and a keyed firm ("NAME, Tarm – smed. Lærested: FIRM";
    ``training_place_keys`` in words.yaml): the title is the programme passed (no post held), the firm after the dash
    or the key the training place (the organisation)."""
    doc, role = draft.person.doc, draft.role
    after = draft.person.end
    parted = role is not None and role.end + 1 < len(doc) and doc[role.end].text in {",", *DASHES}
    placed = parted and role is not None and role.start == after + 1 and all(is_cap(t) for t in role)
    if role is not None and placed and doc[role.end + 1].is_lower:
        role = draft.role = None  # "NAME, Hvide Sande – tømrer": a town read as a title
    if role is None and after + 1 < len(doc) and doc[after].text == ",":
        start = after + 1
        town = start
        while town < min(len(doc), start + MAX_TOWN_WORDS) and is_cap(doc[town]):
            town += 1
        parted = town + 1 < len(doc) and (doc[town].text == "," or doc[town].text in DASHES)
        if town > start and parted and doc[town + 1].is_lower:
            start = town + 1  # "NAME, Løgstrup, elektriker – FIRM", "NAME, Tarm – smed": the town before the trade
            if draft.org is not None and draft.org.start == after + 1:
                draft.org = None  # (the town read as the organisation: the firm after the dash is)
        role = role_run(doc, start, len(doc))  # (an item with a cue of its own: "... (bestået med ros)")
    if role is None:
        return
    if title_word(role[-1].text) is None and not role[-1].is_lower:  # "Anne Sofie Gravgaard, Struer": a town, no
        if draft.role is role:  # trade; "Mathias Dalsgaard, Kærvig El-service ApS": the training firm
            draft.role = None
            if draft.org is None and names_org(doc, role.start, role.end):
                draft.org = role
        return
    if len(role) > 2 and load_lexicon().has("specialisation_intro", role[0].text) and role[1].is_lower:
        _fill_education(draft, {"specialisation": text_of(role[2:])})  # "NAME, Give – linjen i planteproduktion"
        draft.role = None
        return
    if (draft.education or {}).get("programme"):
        return
    _fill_education(draft, {"programme": text_of(role)})
    draft.role = None
    k = _item_school(draft, role.end)
    if draft.org is None and k + 1 < len(doc) and doc[k].text in DASHES:
        draft.org = org_run(doc, k + 1, len(doc))
    keyed = k + 3 < len(doc) and (doc[k].text == "." or doc[k].text in DASHES) and doc[k + 2].text == ":"
    if draft.org is None and keyed and load_lexicon().has("training_place_keys", doc[k + 1].text):
        draft.org = org_run(doc, k + 3, len(doc))  # "NAME, Tarm – smed. Lærested: Tarm Maskinfabrik A/S"


def _item_school(draft: Draft, k: int) -> int:
    """Read what follows an item's programme at token ``k`` in commas: a line ("linjen i regnskab":
    ``specialisation_intro``) and a school ("Erhvervsakademi Sydvest": ``institution_endings`` of words.yaml) into the
    draft's education ("• X, Kolding – akademiuddannelse i økonomi, linjen i regnskab, Erhvervsakademi Sydvest").
    Returns the token index after them."""
    doc, lex = draft.person.doc, load_lexicon()
    while k + 1 < len(doc) and doc[k].text == ",":
        if lex.has("specialisation_intro", doc[k + 1].text) and k + 2 < len(doc) and doc[k + 2].is_lower:
            m = k + 2
            while m < len(doc) and doc[m].text not in {",", ".", "\n"} and not doc[m].is_space:
                m += 1
            first = k + 3 if lex.has("org_intro", doc[k + 2].text) else k + 2  # ("linjen i regnskab", as
            _fill_education(draft, {"specialisation": text_of(doc[first:m])})  # education_slots reads it)
            k = m
            continue
        school = org_run(doc, k + 1, len(doc)) if is_cap(doc[k + 1]) else None
        if school is None or not any(t.lower_.endswith(lex.endings("institution_endings")) for t in school):
            break
        _fill_education(draft, {"institution": text_of(school)})
        k = school.end
    return k


def apply_item_programme(drafts: list[Draft]) -> None:
    """An item "PROGRAMME[, specialiseringen SPEC]: NAME, TOWN" gives its degree record the programme printed
    before the colon when it has none.

    Args:
        drafts: the item's records, changed in place.
    """
    for draft in drafts:
        if draft.kind != EntryKind.completed_education or (draft.education or {}).get("programme"):
            continue
        doc, colon = draft.person.doc, draft.person.start - 1
        if colon < 1 or doc[colon].text != ":" or any(t.text in {".", ":"} for t in doc[:colon]):
            continue
        slots = education_slots(doc, 0, colon)
        _fill_education(draft, {key: slots[key] for key in ("programme", "specialisation")})


def _fill_education(draft: Draft, slots: dict[str, str | None]) -> None:
    """Fill the draft's education fields that are empty from ``slots`` (field name -> value)."""
    education = dict(draft.education or {})
    for key, value in slots.items():
        education[key] = education.get(key) or value
    draft.education = education
