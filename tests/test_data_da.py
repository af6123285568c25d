"""Every Danish data entry carries an example sentence; run them all (STYLE.md: data carries its examples)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from spacy.language import Language

from navnenyt.data_files import data_path, load_yaml
from navnenyt.lexicon import load_lexicon
from navnenyt.pipeline import CUES_KEY
from navnenyt.segment import segment

CUES = load_lexicon().cues
LABELS = load_yaml("labels.yaml")
TOKENIZER = load_yaml("tokenizer_exceptions.yaml")["keep_whole"]
WORDS = load_yaml("words.yaml")


@pytest.mark.parametrize("cue", CUES, ids=[c.id for c in CUES])
def test_cue_example_matches_its_pattern(nlp: Language, cue) -> None:
    doc = nlp(cue.example)
    assert cue.id in {span.id_ for span in doc.spans[CUES_KEY]}


def test_cue_ids_are_unique() -> None:
    ids = [c.id for c in CUES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("item", TOKENIZER, ids=[t["form"] for t in TOKENIZER])
def test_tokenizer_special_case_keeps_form_whole(nlp: Language, item: dict[str, str]) -> None:
    tokens = [t.text for t in nlp.make_doc(item["example"])]
    assert item["form"] in tokens


@pytest.mark.parametrize("item", LABELS["labels"], ids=[x["label"] for x in LABELS["labels"]])
def test_label_example_is_segmented_with_its_label(item: dict[str, str]) -> None:
    segments = segment(item["example"])
    assert [s.label for s in segments] == [item["label"]]


@pytest.mark.parametrize("item", LABELS["section_headings"], ids=[x["heading"] for x in LABELS["section_headings"]])
def test_section_heading_is_never_an_entry(item: dict[str, str]) -> None:
    assert segment(item["example"] + "\n") == []


@pytest.mark.parametrize("item", LABELS["section_enders"], ids=[x["prefix"] for x in LABELS["section_enders"]])
def test_section_ender_example_keeps_the_label_of_the_entry_before(item: dict[str, str]) -> None:
    assert segment(item["example"])[0].label == "Nyt job"


@pytest.mark.parametrize("item", LABELS["entry_prefixes"], ids=[x["prefix"] for x in LABELS["entry_prefixes"]])
def test_entry_prefix_example_yields_a_person_without_the_prefix(extractor, item: dict[str, str]) -> None:
    records = extractor.extract(item["example"])
    assert len(records) == 1
    assert item["prefix"] not in records[0].person


@pytest.mark.parametrize("name", sorted(WORDS["examples"]))
def test_word_list_example_contains_a_listed_word(name: str) -> None:
    example = WORDS["examples"][name].lower()
    assert any(word.lower() in example for word in WORDS[name])


def test_every_word_list_has_an_example() -> None:
    lists = {k for k in WORDS if k != "examples"}
    missing = lists - set(WORDS["examples"])
    assert not missing, f"word lists without an example sentence: {sorted(missing)}"


def test_cue_spans_equal_one_span_ruler_with_every_pattern(nlp: Language) -> None:
    """The token-pattern cues run in their own component (its Matcher only on Docs that hold their words); the
    spans must be those a single SpanRuler with every pattern gives, on every cue example and a page."""
    import spacy

    from navnenyt.pipeline import add_special_cases, cue_patterns

    reference = add_special_cases(spacy.blank("da"))
    config = {"spans_key": CUES_KEY, "phrase_matcher_attr": "LOWER"}
    reference.add_pipe("span_ruler", config=config).add_patterns(cue_patterns())  # type: ignore[attr-defined]
    page = (Path(__file__).parents[1] / "fixtures" / "page-itnyt.txt").read_text(encoding="utf-8")
    texts = [cue.example for cue in CUES] + [line for line in page.splitlines() if line.strip()]
    for text in texts:
        doc, ref = nlp(text), reference(text)
        got = [(s.start, s.end, s.label_, s.id_) for s in doc.spans[CUES_KEY]]
        want = [(s.start, s.end, s.label_, s.id_) for s in ref.spans[CUES_KEY]]
        assert got == want, text


def test_pipeline_tokenizer_equals_the_models_saved_tokenizer(nlp: Language) -> None:
    """load_pipeline() builds the tokenizer from the model's config (not its saved copy); both must split alike."""
    import spacy

    from navnenyt.pipeline import add_special_cases, model_path

    path = model_path()
    if path is None:
        pytest.skip("no bundled model")
    saved = add_special_cases(spacy.load(path))
    page = (Path(__file__).parents[1] / "fixtures" / "page-itnyt.txt").read_text(encoding="utf-8")
    for text in [cue.example for cue in CUES] + [t["example"] for t in TOKENIZER] + [page]:
        assert [t.text for t in nlp.make_doc(text)] == [t.text for t in saved.make_doc(text)], text


def test_cue_ruler_refuses_token_patterns_it_cannot_anchor(nlp: Language) -> None:
    from navnenyt.pipeline import CueRuler

    ruler = CueRuler(nlp)
    with pytest.raises(ValueError, match="no LOWER word"):
        ruler.add_patterns([{"label": "x", "id": "any", "pattern": [{"LIKE_NUM": True}, {}]}])
    with pytest.raises(ValueError, match="not one token"):
        ruler.add_patterns([{"label": "x", "id": "two", "pattern": [{"LOWER": "(x)"}, {"LIKE_NUM": True}]}])


TABLES = load_yaml("tables.yaml")


@pytest.mark.parametrize("column", TABLES["columns"], ids=lambda c: f"{c['slot']}:{c['headers'][0]}")
def test_table_column_example_fills_its_slot(extractor, column: dict) -> None:
    records = extractor.extract(column["example"])
    assert len(records) == 1
    record = records[0].model_dump(mode="json")
    record.update(record.pop("education") or {})  # "programme" lives in the education fields
    field = {"note": "kind", "club": "organisation"}.get(column["slot"], column["slot"])
    assert record[field] == column["value"]
    assert record["person"] == re.split(r"[|\t]", column["example"].splitlines()[1])[0].strip()


@pytest.mark.parametrize("heading", TABLES["heading_kinds"], ids=lambda h: h["kind"])
def test_table_heading_example_sets_the_kind_of_its_rows(extractor, heading: dict) -> None:
    records = extractor.extract(heading["example"])
    assert [(r.person, r.kind.value) for r in records] == [("Lise Dyhr", heading["kind"])]


@pytest.mark.parametrize("note", TABLES["note_kinds"], ids=lambda n: n["kind"])
def test_table_note_word_example_sets_the_kind_of_its_row(extractor, note: dict) -> None:
    records = extractor.extract(note["example"])
    assert [(r.person, r.kind.value) for r in records] == [("Lise Dyhr", note["kind"])]


BOX_KEYS = load_yaml("fact_boxes.yaml")["keys"]


@pytest.mark.parametrize("key", BOX_KEYS, ids=lambda k: k["key"])
def test_fact_box_key_example_fills_its_field(extractor, key: dict) -> None:
    records = extractor.extract(key["example"], published=dt.date(2026, 2, 1))
    assert len(records) == 1
    assert records[0].model_dump(mode="json")[key["field"]] == key["value"]


RELEASES = load_yaml("releases.yaml")


@pytest.mark.parametrize(
    "item",
    RELEASES["markers"] + RELEASES["about_prefixes"] + RELEASES["site_sections"],
    ids=lambda i: i.get("marker", i.get("prefix", i.get("section"))),
)
def test_release_example_names_its_issuer(item: dict) -> None:
    from navnenyt.releases import issuer

    assert issuer(item["example"]) == item["issuer"]


def test_publication_example_gives_its_publisher_as_the_organisation(extractor) -> None:
    example = RELEASES["publication_example"]
    records = extractor.extract(example["text"], published=dt.date(2025, 11, 20))
    assert [r.organisation for r in records] == [example["organisation"]]


@pytest.mark.parametrize(
    "key",
    [
        "association_example",
        "department_example",
        "short_name_example",
        "full_name_example",
        "footer_example",
        "news_footer_example",
        "signoff_example",
        "skip_link_example",
    ],
)
def test_association_example_names_its_issuer(key: str) -> None:
    from navnenyt.releases import issuer

    example = RELEASES[key]
    assert issuer(example["text"]) == example["issuer"]


def test_school_example_gives_its_graduate_no_organisation(extractor) -> None:
    example = RELEASES["school_example"]
    records = extractor.extract(example["text"], published=dt.date(2025, 6, 20))
    assert [(r.kind.value, r.organisation) for r in records] == [("completed_education", example["organisation"])]


def test_a_page_that_is_no_release_has_no_issuer() -> None:
    from navnenyt.releases import issuer

    assert issuer("Navnenyt\n\nLise Dyhr er ansat som HR-chef i Fyrreholm A/S.\n") is None


@pytest.mark.parametrize("item", load_yaml("labels.yaml")["section_labels"], ids=lambda i: i["label"])
def test_section_label_example_gives_its_item_the_kind(extractor, item: dict) -> None:
    records = extractor.extract(item["example"])
    assert [r.kind.value for r in records] == [item["kind"]]
    assert records[0].label is None  # a section heading sets the kind but is not recorded


@pytest.mark.parametrize(
    ("headline", "org"),
    [
        ("Advokatfirmaet Lindholt & Brink P/S styrker partnerkredsen", "Advokatfirmaet Lindholt & Brink P/S"),
        ("Generationsskifte i Hjortkær Logistik ApS", "Hjortkær Logistik ApS"),
    ],
)
def test_release_name_joiners_keep_inner_words_but_not_a_headline_noun(headline: str, org: str) -> None:
    from navnenyt.releases import org_in

    assert org_in(headline) == org


@pytest.mark.parametrize(
    ("headline", "org"),
    [
        ("Personalenyt fra Styrelsen for Vejdata og Trafik", "Styrelsen for Vejdata og Trafik"),
        ("Ny formand i Foreningen af Fynske Frugtavlere", "Foreningen af Fynske Frugtavlere"),
        ("Generationsskifte for Hjortkær Logistik", "Hjortkær Logistik"),
        ("SPECIALLÆGEN · Medlemsblad for Foreningen af Speciallæger Vest", None),
    ],
)
def test_release_head_joiners_go_on_only_after_an_organisation_head_word(headline: str, org: str | None) -> None:
    from navnenyt.releases import headline_org

    text = f"{headline}\n\nKontorchef Bent Ørum kan den 1. april fejre 25-års jubilæum."
    topic = headline_org(text, [text.index("Kontorchef")], text)
    assert (topic.name if topic is not None else None) == org


class _DuplicateKeyLoader(yaml.SafeLoader):
    """A safe loader that records mapping keys written twice (PyYAML keeps the last silently)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[str] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:  # type: ignore[override]
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        self.duplicates.extend(str(k) for k in keys if keys.count(k) > 1)
        return super().construct_mapping(node, deep=deep)


@pytest.mark.parametrize("name", sorted(p.name for p in data_path("words.yaml").parent.glob("*.yaml")))
def test_data_file_has_no_duplicate_keys(name: str) -> None:
    loader = _DuplicateKeyLoader(data_path(name).read_text(encoding="utf-8"))
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    assert loader.duplicates == []
