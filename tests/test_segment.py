"""Segmentation traps: captions, job ads, quotes in articles, labels before or after an entry."""

from __future__ import annotations

import pytest

from navnenyt.api import Extractor
from navnenyt.reading import html_to_text
from navnenyt.segment import segment

PAGE = (
    "Navnenyt\n"
    "Lunde A/S har pr. 1. maj 2026 ansat Eva Holm som CFO. Nyt job\n"
    "Per Dahl er pr. 1. juni 2026 ansat som CTO hos Vestbo ApS. Nyt job\n"
)


def _texts(text: str) -> list[tuple[str, str | None]]:
    return [(text[s.start : s.body_end], s.label) for s in segment(text)]


def test_trailing_label_ends_its_entry_and_is_not_glued_to_the_next() -> None:
    assert _texts(PAGE) == [
        ("Lunde A/S har pr. 1. maj 2026 ansat Eva Holm som CFO.", "Nyt job"),
        ("Per Dahl er pr. 1. juni 2026 ansat som CTO hos Vestbo ApS.", "Nyt job"),
    ]


def test_two_entries_on_one_line_split_after_the_label() -> None:
    line = "Lunde A/S har ansat Eva Holm som CFO. Nyt job Per Dahl er ansat som CTO hos Vestbo ApS. Nyt job"
    assert [label for _, label in _texts(line)] == ["Nyt job", "Nyt job"]
    assert _texts(line)[1][0] == "Per Dahl er ansat som CTO hos Vestbo ApS."


def test_label_on_its_own_line_before_the_entry() -> None:
    text = "Forfremmelse\nEva Holm er pr. 1. maj 2026 forfremmet til teamleder i Lunde A/S.\n"
    assert _texts(text) == [("Eva Holm er pr. 1. maj 2026 forfremmet til teamleder i Lunde A/S.", "Forfremmelse")]


def test_label_on_its_own_line_after_the_entry() -> None:
    text = (
        "Eva Holm er pr. 1. maj 2026 ansat som CFO i Lunde A/S.\nNyt job\n\nPer Dahl er ansat som CTO i Vestbo ApS.\n"
    )
    assert [label for _, label in _texts(text)] == ["Nyt job", None]


def test_label_heading_over_a_single_entry_is_its_label_as_html_prints_it(extractor: Extractor) -> None:
    html = (
        "<html><body><h3>Nyt job</h3><p>Eva Holm er ansat som CFO i Lunde A/S.</p>"
        "<h3>Jubilæum</h3><p>Per Dahl har 25 års jubilæum i Vestbo ApS den 3. marts.</p></body></html>"
    )
    text = html_to_text(html)
    assert [label for _, label in _texts(text)] == ["Nyt job", "Jubilæum"]
    records = extractor.extract(text)
    assert [(r.person, r.kind.value, r.label) for r in records] == [
        ("Eva Holm", "new_job", "Nyt job"),
        ("Per Dahl", "anniversary", "Jubilæum"),
    ]


def test_label_heading_over_several_entries_heads_a_section() -> None:
    text = "Nyt job\n\nEva Holm er ansat som CFO i Lunde A/S.\n\nPer Dahl er ansat som CTO i Vestbo ApS.\n"
    assert [label for _, label in _texts(text)] == [None, None]


def test_ascii_arrow_list_lines_read_as_arrow_lines(extractor: Extractor) -> None:
    text = "Navne\n\nPia Holm -> CFO, Lunde A/S\nBo Vang --> forfremmet til salgschef, Vestbo ApS\n"
    records = extractor.extract(text)
    assert [(r.person, r.kind.value, r.role, r.organisation, r.text) for r in records] == [
        ("Pia Holm", "new_job", "CFO", "Lunde A/S", "Pia Holm -> CFO, Lunde A/S"),
        ("Bo Vang", "promotion", "salgschef", "Vestbo ApS", "Bo Vang --> forfremmet til salgschef, Vestbo ApS"),
    ]


def test_offsets_index_the_text() -> None:
    for seg in segment(PAGE):
        assert PAGE[seg.start : seg.end].endswith("Nyt job")


def test_hard_wrapped_paragraph_is_one_unit() -> None:
    text = "Eva Holm er pr. 1. maj 2026 ansat som økonomichef i Lunde Maskinfabrik\nA/S. Hun kommer fra Vestbo ApS.\n"
    # "A/S." starts upper-case: not joined; a lower-case continuation is.
    wrapped = "Eva Holm er pr. 1. maj 2026 ansat som økonomichef i Lunde Maskinfabrik A/S og\nkommer fra Vestbo ApS.\n"
    assert len(segment(wrapped)) == 1
    assert len(segment(text)) == 2


def test_captions_job_ads_quotes_and_adverts_give_no_records(extractor: Extractor) -> None:
    page = (
        "»Vi har ansat Mette Hansen som ny direktør,« siger borgmester Ole Lund.\n\n"
        '"Vi er glade for at få Jørgen med om bord," siger adm. direktør Eva Holm.\n\n'
        "- Vi har ansat Lars Vind som ny chef, siger direktør Eva Holm.\n\n"
        "Job i fokus\nLunde A/S / Økonomichef / Vejle\nVestbo ApS / Lagerforvalter / Aarhus\n\n"
        "Energinet\n\nSenior Data Engineer\n\nFredericia\n\n"
        "Eva Holm\n\nLunde A/S\n\n"
        "ANNONCE · Kontorhuset\nKonference om ledelse den 1. maj. Sikr dig en plads nu.\n"
        "Af Morten Ravn, redaktør · 10. februar 2026 kl. 13:00\n"
    )
    assert extractor.extract(page) == []


def test_caption_after_an_entry_is_not_a_second_record(extractor: Extractor) -> None:
    page = "Lunde A/S har pr. 1. maj 2026 ansat Eva Holm som CFO. Nyt job\n\nEva Holm\n\nLunde A/S\n"
    records = extractor.extract(page)
    assert [(r.person, r.organisation, r.label) for r in records] == [("Eva Holm", "Lunde A/S", "Nyt job")]


def test_pronoun_paragraph_after_a_profile_card_continues_the_entry_with_the_card_blanked() -> None:
    text = (
        "Marie Holt tiltræder 1. januar som økonomidirektør i Vestlund Forsyning A/S.\n"
        "Marie Holt\nVestlund Forsyning A/S\n"
        "Hun afløser Jens Lykke, der går på pension.\n"
    )
    [seg] = segment(text)
    assert text[seg.start : seg.end].endswith("går på pension.")
    body = seg.body(text)
    assert len(body) == seg.body_end - seg.start  # offsets kept
    assert "Vestlund Forsyning A/S\nHun" not in body and "Marie Holt\n" not in body[80:]
    assert body.endswith("Hun afløser Jens Lykke, der går på pension.")


def test_full_name_paragraph_continues_only_the_entry_that_names_the_person() -> None:
    first = "Bestyrelsen har ansat Christian Dam som direktør i Lunde A/S.\n"
    same = "Christian Dam kommer fra en stilling som COO i Vestbo ApS.\n"
    other = "Karen Margrethe Sloth er 91 år.\n"
    assert len(segment(first + same)) == 1
    assert len(segment(first + other)) == 2


def test_bracketed_trailing_label() -> None:
    [seg] = segment("Grete Sand kan den 4. august fejre 25 års jubilæum. (Jubilæum)")
    assert seg.label == "Jubilæum"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("• Pia Holm er ansat som HR-chef i Brovang ApS.", "Pia Holm er ansat som HR-chef i Brovang ApS."),
        ("* Annonce: Tilmeld dig nyhedsbrevet", "Annonce: Tilmeld dig nyhedsbrevet"),
        ("- Jens Bech, ny CFO, Sønderholm Data ApS (fra 1/11)", "Jens Bech, ny CFO, Sønderholm Data ApS (fra 1/11)"),
        ("- Det bliver spændende, siger Pia Holm.", "- Det bliver spændende, siger Pia Holm."),  # dialogue
    ],
)
def test_a_list_bullet_is_left_out_of_its_entry_but_a_dialogue_dash_is_kept(line: str, body: str) -> None:
    text = f"Navnenyt\n\n{line}\n"
    assert [text[s.start : s.end] for s in segment(text)] == [body]


def test_a_block_of_dash_lines_is_a_list_but_a_lone_dash_line_is_dialogue() -> None:
    text = (
        "PERSONALIA\n"
        "- Rasmine Holt (38) bliver ny indkøbsdirektør i Trekløveret A/S.\n"
        "- Frederik Svanholm er forfremmet til e-commercechef i Linnea ApS.\n"
        "\n"
        "- Det glæder mig meget, siger Frederik Svanholm.\n"
    )
    assert _texts(text)[1:] == [
        ("Rasmine Holt (38) bliver ny indkøbsdirektør i Trekløveret A/S.", None),
        ("Frederik Svanholm er forfremmet til e-commercechef i Linnea ApS.", None),
        ("- Det glæder mig meget, siger Frederik Svanholm.", None),
    ]


def test_lines_right_under_a_section_heading_are_its_items_up_to_a_blank_line() -> None:
    text = (
        "Nye medarbejdere\n"
        "\n"
        "Anders Munch, produktionschef, Hvidsten Mejeri a.m.b.a.\n"
        "Louise Tarp, kvalitetskoordinator, Fjordlam ApS (fra 1. april)\n"
        "\n"
        "Messen i Herning trak rekordmange besøgende.\n"
    )
    assert _texts(text) == [
        ("Anders Munch, produktionschef, Hvidsten Mejeri a.m.b.a.", "Nye medarbejdere"),
        ("Louise Tarp, kvalitetskoordinator, Fjordlam ApS (fra 1. april)", "Nye medarbejdere"),
        ("Messen i Herning trak rekordmange besøgende.", None),
    ]


def test_a_dated_label_line_over_a_headline_labels_the_entry_under_the_headline() -> None:
    text = (
        "Nyheder\n\n"
        "Nyt job · 10. marts 2026\n"
        "Kobberholm henter ny afdelingsleder\n"
        "Den 1. april begynder Signe Rask som afdelingsleder i Kobberholm A/S. Hun kommer fra Broteknik K/S.\n"
        "Læs mere\n"
    )
    assert [(body, label) for body, label in _texts(text) if label] == [
        (
            "Den 1. april begynder Signe Rask som afdelingsleder i Kobberholm A/S. Hun kommer fra Broteknik K/S.",
            "Nyt job",
        ),
    ]


def test_a_town_is_no_organisation(extractor: Extractor) -> None:
    records = extractor.extract("Kenneth Wolff er pr. 1. marts 2026 blevet teamleder på kontoret i Esbjerg.")
    assert [(r.person, r.role, r.organisation) for r in records] == [("Kenneth Wolff", "teamleder", None)]
