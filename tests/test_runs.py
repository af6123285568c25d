"""The per-Doc token table and sentence list the rules read instead of spaCy Token objects must say what spaCy
says: same texts, flags, Doc text and sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from navnenyt.rules.runs import is_cap, name_run, org_run, role_run, sentences, token_table

TEXTS = [
    "Mads Krog er pr. 1. april 2026 ansat som indkøbschef i Lunde A/S. Han kommer fra Vestbo ApS.",
    "  Runde dage:\n\nKaren  Holt, 1/3-2026, fylder 50 år! «Tillykke» ... (Nye)  ",
    "Østergård & Co. har ansat 3 nye IT-konsulenter – bl.a. Ⅳ El-Sayed.\tSlut",
    "",
    " ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_table_matches_spacy_tokens(nlp: Language, text: str) -> None:
    doc = nlp(text)
    table = token_table(doc)
    assert table.text == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.punct == [t.is_punct for t in doc]
    assert table.num == [t.like_num for t in doc]
    assert table.cap == [is_cap(t) for t in doc]
    assert table.doc_text == doc.text == text


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_match_doc_sents(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]


WORDS = st.sampled_from(
    ["Mads", "Krog", "de", "Vries", "og", "Lunde", "A/S", "Skole", "i", "direktør", "for", "&", "3", ",", ".",
     "it-chef", "hos", "samme", "sted", "næstformand", "bestyrelsen", "ny", "Region", "Syd", "IT-Universitetet"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=14).map(" ".join))
def test_runs_are_spans_within_bounds(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for i in range(len(doc)):
        for run in (name_run(doc, i, len(doc)), org_run(doc, i, len(doc)), role_run(doc, i, len(doc))):
            assert run is None or (run.start >= i and len(run) > 0 and run.end <= len(doc))
