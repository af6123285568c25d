"""The NER model's gazetteer features, read back by the rules.

The shipped model (``models/da_navnenyt_ner``) carries a static-vector table keyed by the exact token form, with
one 0/1 column per word list (:data:`COLUMNS`; built by :mod:`navnenyt.training.gazetteer` from the DST name
lists, Danish municipalities, ``data/da/ner_gazetteer.yaml`` and word frequencies). The rules ask it whether a
word is a listed first name, so they need no name list of their own.
"""

from __future__ import annotations

import functools

from spacy.vocab import Vocab

COLUMNS = (
    "first_name",
    "surname",
    "frequent_first_name",
    "frequent_surname",
    "company_form",
    "org_head",
    "town",
    "known_place",
    "known_org",
    "common_word",
    "name_word",
)
"""The table's columns, in order (see the model card). ``common_word``: a frequent Danish word that a dictionary
lists ("direktør", also "Direktør" at a sentence start); ``name_word``: a frequent word a dictionary does not list,
title-cased or upper-cased ("Danmark", "Mette", "USA")."""


def has_flag(vocab: Vocab, word: str, column: str) -> bool:
    """True when ``word`` (exact form) is flagged in ``column`` of the model's gazetteer table.

    Args:
        vocab: the pipeline's vocabulary (``nlp.vocab`` / ``doc.vocab``).
        word: a token text, e.g. "Kurt".
        column: one of :data:`COLUMNS`.

    Returns:
        False as well when the model has no gazetteer table (a pipeline without static vectors).

    Raises:
        ValueError: ``column`` is not one of :data:`COLUMNS`.
    """
    index = COLUMNS.index(column)
    flags = _flags(vocab, word)
    return flags is not None and flags[index]


def is_place_word(vocab: Vocab, word: str) -> bool:
    """True when the gazetteer flags ``word`` as a town or another known place ("Aarhus", "Danmark", "Norden"; the
    ``town`` and ``known_place`` columns of the model's gazetteer table, from the municipalities and place lists of
    ../shared/data; see the model card).

    Args:
        vocab: the pipeline's vocabulary.
        word: a token text (exact form).
    """
    return has_flag(vocab, word, "town") or has_flag(vocab, word, "known_place")


@functools.lru_cache(maxsize=1 << 16)
def _flags(vocab: Vocab, word: str) -> tuple[bool, ...] | None:
    """The gazetteer flags of ``word`` (None when it has no row or the model has no gazetteer table); cached, as
    reading a vector row costs more than the rules' other look-ups."""
    if vocab.vectors.shape[1] != len(COLUMNS) or not vocab.has_vector(word):
        return None
    return tuple(bool(x > 0) for x in vocab.get_vector(word))


def may_name_person(vocab: Vocab, name: str) -> bool:
    """False when ``name`` cannot be a person's name by the name lists: neither its first word is a listed first name
    nor its last word a listed surname (DST name lists 2023, the ``first_name``/``surname`` columns; they hold
    5.9 million people's surnames and the first names of every resident, so also "Xiaoming Chen"). Such a name is an
    organisation the rules read as a subject ("Vestkyst Pension har endnu ikke fundet ...", "Holst VVS").

    Args:
        vocab: the pipeline's vocabulary.
        name: a record's person, e.g. "Anne-Mette Busk", "J.K. Holm", "HANNE BIRK LUND".

    Returns:
        True as well when the model has no gazetteer table (nothing to judge by).
    """
    words = name.split()
    if not words or vocab.vectors.shape[1] != len(COLUMNS):
        return True
    first, last = words[0], words[-1]
    firsts = {first, first.title(), first.split("-")[0].title()}
    lasts = {last, last.title(), last.split("-")[-1].title()}
    return any(has_flag(vocab, w, "first_name") for w in firsts) or any(has_flag(vocab, w, "surname") for w in lasts)
