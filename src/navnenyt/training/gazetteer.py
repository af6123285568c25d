"""Gazetteer features for the NER model: list membership of each token as a static-vector table.

The table is keyed by the exact token form (spaCy ``ORTH``) and has one 0/1 column per list (``COLUMNS``);
tokens not in any list get a zero vector. spaCy's ``MultiHashEmbed`` (``include_static_vectors = true``)
projects it into the tok2vec width next to the hash embeddings, so the model learns how much each list counts.
The table is saved inside the model directory (``vocab/vectors``), so loading needs no name lists.

Sources: Danmarks Statistik 2023 name lists (:mod:`navnenyt.training.names`), Danish municipality names
(``dk_municipalities``), the word lists in ``data/da/ner_gazetteer.yaml`` (company forms, organisation head
words, well-known places and organisations, written for navnenyt), and two word classes (:func:`word_classes`):
the Danish words of wordfreq's frequency list (wordfreq 3.1, data CC BY-SA 4.0) split by whether the Danish
word-form list of spacy-lookups-data (MIT) holds them. Both packages are needed at training time only
(``pip install "navnenyt[train]"``).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import spacy
from spacy.strings import get_string_id
from spacy.vectors import Vectors

from navnenyt.data_files import load_yaml
from navnenyt.errors import DataError
from navnenyt.model_features import COLUMNS  # the rules read the same table back
from navnenyt.pipeline import add_special_cases
from navnenyt.training.names import NameLists, load_names
from navnenyt.training.synthetic import load_towns

__all__ = ["COLUMNS", "build_vectors", "gazetteer_vectors", "membership"]

FREQUENT = 1000
LOOKUP_LANG = "da"


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
    common, named = word_classes()
    for word in common:  # "direktør", and "Direktør" opening a sentence
        mark(word, "common_word")
        mark(word[:1].upper() + word[1:], "common_word")
    for word in named:  # "Danmark", "Mette", "USA"
        mark(word[:1].upper() + word[1:], "name_word")
        mark(word.upper(), "name_word")
    return table


def word_classes() -> tuple[list[str], list[str]]:
    """Split the frequent Danish words into common words and name words.

    A word of wordfreq's Danish list (about 29,000 lower-case words, each used at least once per 100 million
    words; wordfreq 3.1, data CC BY-SA 4.0) is a common word when the Danish lemma table of spacy-lookups-data
    (about 550,000 word forms, MIT) holds it ("direktør", "skov"), else a name word when it is a word of letters
    longer than one ("danmark", "mette", "facebook"): the dictionary lists common words, not names.

    Returns:
        (common words, name words), both lower-case, in wordfreq's order (most frequent first).

    Raises:
        DataError: wordfreq or spacy-lookups-data is not installed (``pip install "navnenyt[train]"``).
    """
    try:
        import wordfreq
        from spacy_lookups_data import get_file
    except ImportError as exc:
        raise DataError(f'training needs {exc.name}: pip install "navnenyt[train]"') from exc
    with gzip.open(get_file(f"{LOOKUP_LANG}_lemma_lookup.json.gz"), "rt", encoding="utf-8") as handle:
        dictionary = set(json.load(handle))
    frequent = wordfreq.get_frequency_dict(LOOKUP_LANG)
    common = [w for w in frequent if w in dictionary and (w.isalpha() or "-" in w)]
    named = [w for w in frequent if w not in dictionary and w.isalpha() and len(w) > 1]
    return common, named


def build_vectors(table: dict[str, np.ndarray]) -> Vectors:
    """Turn a membership table into a spaCy ``Vectors`` table keyed by the forms' string hashes.

    Forms with the same flags share one row (a few hundred distinct rows for about 200,000 forms), so the table
    costs little more than its keys. The strings themselves are not added to the vocabulary (keeps the model small).
    """
    rows: dict[bytes, int] = {}
    for vector in table.values():
        rows.setdefault(vector.tobytes(), len(rows))
    data = np.stack([np.frombuffer(raw, dtype="float32") for raw in rows]) if rows else None
    vectors = Vectors(shape=data.shape if data is not None else (0, len(COLUMNS)))
    for form, vector in table.items():
        vectors.add(get_string_id(form), row=rows[vector.tobytes()])
    if data is not None:
        vectors.data[:] = data
    return vectors


def gazetteer_vectors(data_dir: Path, min_count: int = 3) -> Vectors:
    """Build the gazetteer table from the data folder (name lists + municipalities)."""
    return build_vectors(membership(load_names(data_dir, min_count), load_towns(data_dir), min_count))
