"""The rules read the shipped model's gazetteer table back (navnenyt.model_features)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from navnenyt.model_features import COLUMNS, has_flag


@pytest.mark.parametrize(
    ("word", "column", "expected"),
    [
        ("Kurt", "first_name", True),
        ("Lagerforvalter", "first_name", False),
        ("Hansen", "surname", True),
        ("A/S", "company_form", True),
        ("kurt", "first_name", False),  # keyed by the exact form
        ("Direktør", "common_word", True),
        ("Danmark", "name_word", True),
        ("Danmark", "common_word", False),
    ],
)
def test_flags_of_the_shipped_table(nlp: Language, word: str, column: str, expected: bool) -> None:
    assert has_flag(nlp.vocab, word, column) is expected


def test_unknown_column_is_an_error(nlp: Language) -> None:
    with pytest.raises(ValueError):
        has_flag(nlp.vocab, "Kurt", "no_such_column")


def test_a_pipeline_without_the_table_flags_nothing() -> None:
    import spacy

    assert has_flag(spacy.blank("da").vocab, "Kurt", COLUMNS[0]) is False
