"""The cheap-first scan (navnenyt.lexicon.could_hold_people_news)."""

from __future__ import annotations

import pytest

from navnenyt.lexicon import _needed_words, could_hold_people_news, scan_tables, scan_words


@pytest.mark.parametrize(
    "text",
    [
        "Mads Krog er pr. 1. april 2026 ansat som indkøbschef i Lunde A/S.",  # strong trigger
        "Lunde A/S har ansat Eva Holm. Nyt job",  # strong trigger and label
        "Per Vang er ny økonomidirektør i Dansk Vand A/S.",  # weak "ny" + company form
        "Bo Ring bliver salgschef hos Viborg Møbler.",  # weak "bliver" + role word
        "Søren Lykke er ny CEO hos Danfoss Drives. Han kommer fra Grundfos.",  # weak + previous-position phrase
        "Eva Holm bliver 1/3 CTO hos Lunde.",  # weak + numeric date
        "Eva Holm bliver i marts CTO hos Lunde.",  # weak + month name
        "Karen Grønbæk døde den 3. juli, 90 år gammel.",
    ],
)
def test_people_news_passes(text: str) -> None:
    assert could_hold_people_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Regeringen fremlagde et nyt udspil om kollektiv trafik i går.",
        "Kommunen diskuterede planerne for en ny skole på mandag.",  # weak "ny", "skole" is not "Skole"
        "Det bliver regnvejr i weekenden, siger meteorologen.",
    ],
)
def test_ordinary_prose_is_skipped(text: str) -> None:
    assert not could_hold_people_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "«Lunde A/S har ansat Eva Holm.»",  # quotes glued to the words
        "Lunde A/S har ansat/udnævnt Eva Holm.",  # a phrase word inside a token with inner punctuation
        "NYT JOB\nEva Holm, Lunde A/S",  # upper-case label
        "Eva Holm (45) er ny it-chef hos Lunde.",  # weak "ny" + role word inside a compound
        "Eva Holm er ny kommunaldirektør i Vejle Kommune.",  # weak + organisation marker as written
        "Peter Sandal → CFO, Nordvind Energi A/S",  # a cue that is a symbol, not a word
    ],
)
def test_scan_finds_words_in_any_punctuation(text: str) -> None:
    assert could_hold_people_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lunde har genansat Eva Holm.",  # "ansat" only inside a longer word
        "Butikken er nyansat-fri.",  # likewise, with inner punctuation
        "Der kommer en ny kommune i Vejle.",  # weak "ny" + "kommune" not written as a name part
        "Læs mere→",  # the arrow glued to a word is no list line
    ],
)
def test_scan_needs_whole_words(text: str) -> None:
    assert not could_hold_people_news(text)


def test_scan_words() -> None:
    assert scan_words("«ny» it-chef, A/S. (2026)") == {"ny", "it-chef", "it", "chef", "A/S", "A", "S", "2026"}


@pytest.mark.parametrize(
    ("phrase", "needed"),
    [
        ("går i år til", {"går", "i", "år", "til"}),  # each word followed by a space or the end
        ("gik ^ til", {"til"}),  # "^" may touch the word before it ("gik" is in "gikken til")
        ("fylder # år", {"år"}),  # so may "#" ("fylder90 år")
        ("årets ^ :", set()),
        ("udnævnt til :", {"udnævnt", "til"}),  # a colon may touch "til", and "til:" still gives the word "til"
    ],
)
def test_words_a_phrase_needs(phrase: str, needed: set[str]) -> None:
    assert _needed_words(phrase) == needed


def test_a_needed_word_missing_skips_the_phrase_and_present_finds_it() -> None:
    assert not could_hold_people_news("Hun går i byen til sidst, og det er ikke i år.")  # "går i år til" apart
    assert could_hold_people_news("Prisen gik i år til Eva Holm.")


def test_role_words_are_found_after_the_cache_learnt_the_other_words() -> None:
    prose = "Kommunen diskuterede planerne for en ny skole på mandag."
    assert not could_hold_people_news(prose)
    assert not could_hold_people_news(prose)  # (now from the cache of words without a role ending)
    assert could_hold_people_news(prose.replace("skole", "skoleleder"))
    assert "skoleleder" not in scan_tables().no_role_words
    assert "planerne" in scan_tables().no_role_words
