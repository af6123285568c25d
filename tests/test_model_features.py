"""The rules read the shipped model's gazetteer table back (navnenyt.model_features)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import navnenyt
from navnenyt.model_features import COLUMNS, has_flag, may_name_person


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


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anne-Mette Busk", True),
        ("J.K. Holm", True),  # initials: the surname tells
        ("HANNE BIRK LUND", True),  # capitals
        ("Xiaoming Chen", True),  # the DST lists hold every resident's names
        ("Kwame Mensah", True),
        ("Vestkyst Pension", False),
        ("Holst VVS", False),
        ("Lindqvist Biologics", False),
    ],
)
def test_a_name_the_name_lists_cannot_give_is_no_person(nlp: Language, name: str, expected: bool) -> None:
    assert may_name_person(nlp.vocab, name) is expected


def test_without_the_table_every_name_may_be_a_person() -> None:
    import spacy

    assert may_name_person(spacy.blank("da").vocab, "Vestkyst Pension") is True


def test_an_organisation_read_as_a_subject_gives_no_record() -> None:
    text = "Lindeborg Pack har i dag 210 ansatte. Vestkyst Pension har endnu ikke fundet en permanent afløser."
    assert navnenyt.extract(text) == []
