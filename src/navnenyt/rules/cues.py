"""Cue spans (set by :class:`navnenyt.pipeline.CueRuler` from ``data/da/cues.yaml``) and the entry kind they signal."""

from __future__ import annotations

import functools
import itertools
from bisect import bisect_left

from spacy.tokens import Doc, Span

from navnenyt.lexicon import Cue, load_lexicon
from navnenyt.pipeline import CUES_KEY
from navnenyt.records import EntryKind
from navnenyt.rules.runs import is_cap_text, token_texts


@functools.cache
def cue_by_id() -> dict[str, Cue]:
    """Map a cue id (the cue ruler's pattern id) to its :class:`Cue`."""
    return {cue.id: cue for cue in load_lexicon().cues}


def cues_in(doc: Doc, start: int, end: int) -> list[tuple[Span, Cue]]:
    """Return the cue spans of ``doc`` inside tokens [start, end) with their cues, in text order.

    The sorted list of all cues (and their start tokens, for a binary search) is built once per Doc and kept
    in ``doc.user_data``.
    """
    cached = doc.user_data.get(CUES_KEY)
    if cached is None:
        table = cue_by_id()
        every = sorted(((s, table[s.id_]) for s in doc.spans.get(CUES_KEY, [])), key=lambda pair: pair[0].start)
        if any(cue.not_before or cue.not_after or cue.counted or cue.titled for _, cue in every):
            texts = token_texts(doc)
            every = [(sp, c) for sp, c in every if not _cancelled(texts, sp, c)]
        if any(cue.yields for _, cue in every):
            every = [(span, cue) for span, cue in every if not (cue.yields and _told_after(doc, span, every))]
        cached = doc.user_data[CUES_KEY] = ([span.start for span, _ in every], every)
    starts, every = cached
    return every[bisect_left(starts, start) : bisect_left(starts, end)]


def _cancelled(texts: list[str], span: Span, cue: Cue) -> bool:
    """True when a word next to the cue makes it another phrase: one of ``not_before`` right after it ("har bestået
    af borgmesteren": consisted of, no degree), or one of ``not_after`` right before it ("fortsætter som rådgiver
    for bestyrelsen": no board seat; "#" there is any number: "har 45 ansatte"; in ``not_before`` "#" is a year: "(valgt
    2019)", "0" any number or date: "skifter fra 1/1 til O"); a ``titled`` cue without a job title and a name right
    after it ("det afgående tog": :func:`_title_and_name`)."""
    after = texts[span.end].lower() if span.end < len(texts) else None
    before = texts[span.start - 1].lower() if span.start > 0 else None
    number = before is not None and "#" in cue.not_after and before.replace(".", "").isdigit()  # "har 45 ansatte"
    year = after is not None and "#" in cue.not_before and len(after) == 4 and after.isdigit()  # "(valgt 2019)"
    dated = after is not None and "0" in cue.not_before and after[:1].isdigit()  # "skifter fra 1/1 til O"
    return (
        after in cue.not_before
        or before in cue.not_after
        or number
        or year
        or dated
        or (cue.counted and not _years_follow(texts, span))
        or (cue.titled and not _title_and_name(texts, span.end))
    )


def _title_and_name(texts: list[str], k: int) -> bool:
    """True when a job title (``role_suffixes``) starts at token ``k`` and a capitalised name follows it, after a
    comma or not ("afgående formand Lisbeth Qvist", "den afgående formand, Lisbeth Qvist,"; not "takker den afgående
    formand:")."""
    if k >= len(texts) or not texts[k].lower().endswith(load_lexicon().endings("role_suffixes")):
        return False
    name = k + 2 if k + 2 < len(texts) and texts[k + 1] == "," else k + 1
    return name < len(texts) and is_cap_text(texts[name])


COUNT_REACH = 12
"""Tokens after a ``counted`` cue searched for its number of years ("været ansat hos Rødmose Maskinstation i 40 år")."""


def _years_follow(texts: list[str], span: Span) -> bool:
    """True when a number and a year noun (``year_nouns``: "40 år") follow the cue within :data:`COUNT_REACH`
    tokens, before the sentence's full stop."""
    years = load_lexicon().words["year_nouns"]
    for k in range(span.end, min(len(texts) - 1, span.end + COUNT_REACH)):
        if texts[k] == ".":
            return False
        if texts[k].isdigit() and texts[k + 1].lower() in years:
            return True
    return False


def _told_after(doc: Doc, span: Span, every: list[tuple[Span, Cue]]) -> bool:
    """True when a cue with a kind follows ``span`` on its line (before the next line break); a board title
    ("→ bestyrelsesformand, O") is the position the separator introduces, not a verb it yields to."""
    texts = token_texts(doc)
    line_end = next((k for k in range(span.end, len(doc)) if "\n" in texts[k]), len(doc))
    return any(c.kind is not None and c.cue != "board" and span.end <= s.start < line_end for s, c in every)


def main_kind(cues: list[tuple[Span, Cue]]) -> tuple[EntryKind, Cue] | None:
    """Return the highest-priority kind among ``cues`` (``kind_priority`` in cues.yaml) and its cue, or None.

    Cues after a successor cue ("Hun afløser Y, der går på pension") belong to the other person and are skipped; a
    board noun ("i bestyrelsen") beside a departure cue names the board left, no board post.
    """
    priority = load_lexicon().kind_priority
    decisive = next((cue for _, cue in cues if cue.decisive and cue.kind is not None), None)
    if decisive is not None and decisive.kind is not None:
        return decisive.kind, decisive  # "forlader O1 for at blive R i O2": a new job
    best: tuple[EntryKind, Cue] | None = None
    own = list(itertools.takewhile(lambda item: item[1].cue != "successor", cues))  # (the other person's after it)
    leaving = any(cue.cue == "departure" for _, cue in own)
    function_words = load_lexicon().words["function_words"]
    for span, cue in cues:
        if leaving and cue.cue == "board" and span[0].lower_ in function_words:
            continue  # "..., at hun ikke ønskede genvalg efter 16 år i bestyrelsen": the board left, no board post
        if cue.kind is not None and (best is None or priority.index(cue.kind) < priority.index(best[0])):
            best = (cue.kind, cue)
        if cue.cue == "successor":
            break
    return best
