"""navnenyt.posts: first-person social-media posts, whose "jeg" is the author."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import navnenyt
from navnenyt.data_files import load_yaml
from navnenyt.normalise import normalise, rewrite
from navnenyt.posts import find_posts, read_first_person

EXAMPLES: list[dict[str, Any]] = load_yaml("posts.yaml")["examples"]

POST = (
    "Anne-Sofie Kjærsgaard\n"
    "Senior Regulatory Manager | Life Science | CMC\n"
    "1 t • Redigeret • 🌐\n\n"
    "Jeg er glad for at kunne fortælle, at jeg pr. 1. april starter som Head of Regulatory Affairs hos Fyrrehøj "
    "Pharma A/S 🎉\n\n"
    "👍❤️👏 214 · 58 kommentarer · 3 genopslag\n\n"
    "Jonas Mølby • Regulatory Specialist\n"
    "Jeg starter selv som CFO i Lunde A/S i morgen.\n"
)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["author"] for e in EXAMPLES])
def test_data_examples_find_the_author_and_give_a_record(example: dict[str, Any]) -> None:
    posts = find_posts(example["text"])
    assert posts and posts[0].author == example["author"]
    records = navnenyt.extract(example["text"], published=dt.date(2026, 3, 12))
    assert [r.person for r in records] == [example["author"]]


def test_a_post_gives_the_author_its_news_and_its_comments_give_none() -> None:
    (record,) = navnenyt.extract(POST, published=dt.date(2026, 3, 12))
    assert (record.person, record.kind.value, record.role, record.organisation, record.date) == (
        "Anne-Sofie Kjærsgaard",
        "new_job",
        "Head of Regulatory Affairs",
        "Fyrrehøj Pharma A/S",
        dt.date(2026, 4, 1),
    )
    assert record.text.startswith("Jeg er glad") and POST[record.start : record.end] == record.text


def test_body_ends_at_the_reactions_and_only_jeg_is_rewritten() -> None:
    norm = read_first_person(normalise(POST))
    body = norm.text[norm.text.index("1 t") :]
    assert body.count("Anne-Sofie Kjærsgaard") == 2  # the two "jeg" of the post
    assert "Jeg starter selv" in norm.text  # a comment below the reactions is not the author's
    start = norm.text.index("Anne-Sofie Kjærsgaard er glad")
    assert POST[slice(*norm.span_to_original(start, start + len("Anne-Sofie Kjærsgaard")))] == "Jeg"


@pytest.mark.parametrize(
    "text",
    [
        "Anne-Sofie Kjærsgaard\nSenior Regulatory Manager\n\nJeg starter som CFO i Lunde A/S.",  # no age line
        "Navnenyt\n1 t • Redigeret\n\nJeg starter som CFO i Lunde A/S.",  # no name on the first line
        "Lunde A/S har ansat Eva Holm som CFO.",
    ],
)
def test_no_post_without_a_name_and_an_age_line(text: str) -> None:
    assert find_posts(text) == []
    assert read_first_person(normalise(text)) == normalise(text)


def test_rewrite_keeps_offsets_and_rejects_overlapping_edits() -> None:
    norm = rewrite(normalise("a jeg b"), [(2, 5, "Eva Holm")])
    assert norm.text == "a Eva Holm b"
    assert norm.span_to_original(2, 10) == (2, 5) and norm.to_original(11) == 6
    with pytest.raises(ValueError):
        rewrite(normalise("a jeg b"), [(2, 5, "x"), (3, 4, "y")])


FEED = (
    "LinkedIn\nStart   Mit netværk   Job\n\n"
    "Sofie Lund Mathiasen • 1.\nØkonomi & revision | Snart kandidat\n5 t • Redigeret • 🌐\n\n"
    "Så er det officielt 🎓\n\nJeg kan stolt fortælle, at jeg nu er færdig som cand.merc. fra Kattegat Universitet.\n\n"
    "❤️👏 211 · 34 kommentarer\n\nKommentarer\n\n"
    "Kasper Overgaard • 2.\nNyuddannet cand.oecon.\n"
    "Tillykke Sofie! Selv starter jeg som trainee hos Nørgaard Pensionskasse den 1. september.\n"
    "4 t   Synes godt om · Svar\n\n"
    "Louise Kastrup • 1.\nPartner hos Kastrup & Hjorth\nStort tillykke, jeg er så stolt af dig!\n"
    "3 t   Synes godt om · Svar\n"
)


def test_a_feed_gives_each_post_and_comment_its_own_author() -> None:
    posts = find_posts(normalise(FEED).text)
    assert [p.author for p in posts] == ["Sofie Lund Mathiasen", "Kasper Overgaard", "Louise Kastrup"]
    records = navnenyt.extract(FEED, published=dt.date(2025, 6, 27))
    assert [(r.person, r.kind.value, r.organisation) for r in records] == [
        ("Sofie Lund Mathiasen", "completed_education", None),
        ("Kasper Overgaard", "new_job", "Nørgaard Pensionskasse"),
    ]


def test_a_name_shaped_headline_is_no_second_author() -> None:
    text = (
        "Rasmus Vendelbo • 1.\nPartner Manager\n3 t • 🌐\n\n"
        "I dag havde jeg min første dag som Partner Manager i Nordlicht Cloud ApS.\n"
    )
    assert [p.author for p in find_posts(normalise(text).text)] == ["Rasmus Vendelbo"]
    records = navnenyt.extract(text, published=dt.date(2026, 2, 10))
    assert [(r.person, r.kind.value, r.organisation) for r in records] == [
        ("Rasmus Vendelbo", "new_job", "Nordlicht Cloud ApS")
    ]


def test_a_company_page_post_in_a_feed_gives_the_company_to_its_records() -> None:
    feed = (
        "LinkedIn\n\nMette Holm • 2.\nHead of Sales\n1 t • 🌐\n\n"
        "Jeg er glad for at kunne fortælle, at jeg starter som salgschef hos Brix ApS.\n\n👍 12 · 3 kommentarer\n\n"
        "Nordvind Software ApS\nSoftware • 1.234 følgere\n1 d • 🌐\n\n"
        "Vi byder velkommen til Søren Lund, der fra 1. maj starter som CTO hos os.\n\n👍 40 · 3 kommentarer\n"
    )
    posts = find_posts(normalise(feed).text)
    assert [(p.author, p.organisation) for p in posts] == [("Mette Holm", False), ("Nordvind Software ApS", True)]
    records = navnenyt.extract(feed, published=dt.date(2026, 3, 12))
    assert [(r.person, r.organisation, r.role) for r in records] == [
        ("Mette Holm", "Brix ApS", "salgschef"),
        ("Søren Lund", "Nordvind Software ApS", "CTO"),
    ]
