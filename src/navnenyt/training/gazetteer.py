"""Gazetteer features for the NER model: list membership of each token as a static-vector table.

The table is keyed by the exact token form (spaCy ``ORTH``) and has one 0/1 column per list (``COLUMNS``);
tokens not in any list get a zero vector. spaCy's ``MultiHashEmbed`` (``include_static_vectors = true``)
projects it into the tok2vec width next to the hash embeddings, so the model learns how much each list counts.
The table is saved inside the model directory (``vocab/vectors``), so loading needs no name lists.

Sources: Danmarks Statistik 2023 name lists (:mod:`navnenyt.training.names`), Danish municipality names
(``dk_municipalities``), and the word lists in ``data/da/ner_gazetteer.yaml`` (company forms, organisation head
words, well-known places and organisations, written for navnenyt).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import spacy
from spacy.strings import get_string_id
from spacy.vectors import Vectors

from navnenyt.data_files import load_yaml
from navnenyt.model_features import COLUMNS  # the rules read the same table back
from navnenyt.pipeline import add_special_cases
from navnenyt.training.names import NameLists, load_names
from navnenyt.training.synthetic import load_towns

__all__ = ["COLUMNS", "build_vectors", "gazetteer_vectors", "membership"]

FREQUENT = 1000


def membership(names: NameLists, towns: Iterable[str], min_count: int = 3) -> dict[str, np.ndarray]:
    """Return ``{token form: 0/1 vector over COLUMNS}`` for every listed form.

    Well-known places and organisations (``ner_gazetteer.yaml``) are split with navnenyt's tokenizer and each
    capitalised token that is not a listed function word is marked, so "Dansk Folkeparti" marks "Dansk" and
    "Folkeparti".

    Args:
        names: the DST name lists (title-cased); multi-word surnames add each of their words.
        towns: municipality/town names (multi-word names add each word).
        min_count: names carried by fewer people are left out (rare spellings, damaged rows).

    Returns:
        one float32 vector of length ``len(COLUMNS)`` per token form.
    """
    table: dict[str, np.ndarray] = {}

    def mark(form: str, column: str) -> None:
        row = table.setdefault(form, np.zeros(len(COLUMNS), dtype="float32"))
        row[COLUMNS.index(column)] = 1.0

    for name, count in [*names.male, *names.female]:
        if count >= min_count:
            mark(name, "first_name")
            if count >= FREQUENT:
                mark(name, "frequent_first_name")
    for name, count in names.surnames:
        if count >= min_count:
            for word in name.split(" "):
                if word[:1].isupper():
                    mark(word, "surname")
                    if count >= FREQUENT:
                        mark(word, "frequent_surname")
    lists = load_yaml("ner_gazetteer.yaml")
    for word in lists["company_forms"]["words"]:
        mark(word, "company_form")
    for word in lists["org_heads"]["words"]:
        mark(word, "org_head")
    tokenizer = add_special_cases(spacy.blank("da")).tokenizer
    skip = set(lists["function_words"])
    for key, column in (("known_places", "known_place"), ("known_organisations", "known_org")):
        for entry in lists[key]["words"]:
            for token in tokenizer(str(entry)):
                if token.text not in skip and token.text[:1].isupper():
                    mark(token.text, column)
    for town in towns:
        for word in town.split(" "):
            mark(word, "town")
    return table


def build_vectors(table: dict[str, np.ndarray]) -> Vectors:
    """Turn a membership table into a spaCy ``Vectors`` table keyed by the forms' string hashes.

    The strings themselves are not added to the vocabulary (keeps the model small).
    """
    keys = [get_string_id(form) for form in table]
    data = np.stack(list(table.values())) if table else np.zeros((0, len(COLUMNS)), dtype="float32")
    vectors = Vectors(shape=data.shape)
    for row, key in enumerate(keys):
        vectors.add(key, row=row)
    vectors.data[:] = data
    return vectors


def gazetteer_vectors(data_dir: Path, min_count: int = 3) -> Vectors:
    """Build the gazetteer table from the data folder (name lists + municipalities)."""
    return build_vectors(membership(load_names(data_dir, min_count), load_towns(data_dir), min_count))
