"""The cheap-first scan (navnenyt.lexicon.could_hold_people_news)."""

from __future__ import annotations

import pytest

from navnenyt.lexicon import could_hold_people_news


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
