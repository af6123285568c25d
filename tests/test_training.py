"""Tests of navnenyt.training: DaN+ conversion rules, name lists, synthetic sentences, gazetteer, a smoke run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.strings import get_string_id

from navnenyt.data_files import load_yaml
from navnenyt.errors import DataError
from navnenyt.pipeline import add_special_cases
from navnenyt.training import corpus
from navnenyt.training.gazetteer import COLUMNS, build_vectors, membership, word_classes
from navnenyt.training.names import NameLists, read_name_file, title_case
from navnenyt.training.synthetic import ENTITY_SLOTS, SLOT, Example, Generator, fill, join, swap_persons, to_doc

# (sent_id, text, [(token, DaN+ column-4 tag)])
SENTENCES = [
    (
        "s-0",
        "Lone Hviid bliver ny direktør i Smedetoft A/S.",
        [
            ("Lone", "B-PER#O"),
            ("Hviid", "I-PER#O"),
            ("bliver", "O#O"),
            ("ny", "O#O"),
            ("direktør", "O#O"),
            ("i", "O#O"),
            ("Smedetoft", "B-ORG#O"),
            ("A/S", "I-ORG#O"),
            (".", "O#O"),
        ],
    ),
    (
        "s-1",
        "To russiske historikere besøgte SID-huset i Rusland.",
        [
            ("To", "O#O"),
            ("russiske", "B-LOCderiv#O"),
            ("historikere", "O#O"),
            ("besøgte", "O#O"),
            ("SID-huset", "B-ORGpart#O"),
            ("i", "O#O"),
            ("Rusland", "B-LOC#O"),
            (".", "O#O"),
        ],
    ),
    (
        "s-2",
        "Han så filmen Den Store Flugt med Karen Blixen.",
        [
            ("Han", "O#O"),
            ("så", "O#O"),
            ("filmen", "O#O"),
            ("Den", "I-MISC#O"),
            ("Store", "I-MISC#O"),
            ("Flugt", "I-MISC#O"),
            ("med", "O#O"),
            ("Karen", "B-PER#O"),
            ("Blixen", "I-PER#O"),
            (".", "O#O"),
        ],
    ),
]


def write_uner(path: Path, sentences: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    """Write sentences in the UNER .iob2 format (5 TAB-separated columns)."""
    lines = []
    for sent_id, text, rows in sentences:
        lines += [f"# sent_id = {sent_id}", f"# text = {text}"]
        lines += [f"{i}\t{tok}\tO\t{tag}\ts" for i, (tok, tag) in enumerate(rows, 1)]
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_names(folder: Path) -> None:
    """Write tiny DST-style name lists, with a NUL-damaged row and a mojibake row."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "first_names_2023_men.csv").write_bytes(
        "Navn,Antal\nPETER,46981\nJÉRÉMI\0GER,1\nKARL-JOHAN,500\nLARS,43598\n".encode()
    )
    (folder / "first_names_2023_women.csv").write_text("Navn,Antal\nANNE,44149\nLONE,20000\n", encoding="utf-8")
    (folder / "last_names_2023.csv").write_bytes(
        "Navn,ANTAL\nNIELSEN,232807\nKÜRTÜR\0D,25\n÷ZTÜRK,529\nGYLDENLØV-HANSEN,40\nDE VRIES,30\nHVIID,900\n".encode()
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("O", "O"),
        ("B-PER", "B-PER"),
        ("I-ORGpart", "I-ORG"),
        ("B-MISCpart", "B-MISC"),
        ("B-LOCderiv", "O"),
        ("I-PERderiv", "O"),
    ],
)
def test_normalise_tag(raw: str, expected: str) -> None:
    assert corpus.normalise_tag(raw) == expected


@pytest.mark.parametrize("raw", ["B-DATE", "X-PER", "B-"])
def test_normalise_tag_rejects_unknown(raw: str) -> None:
    with pytest.raises(DataError):
        corpus.normalise_tag(raw)


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["O", "I-PER", "I-PER"], ["O", "B-PER", "I-PER"]),
        (["B-ORG", "I-PER"], ["B-ORG", "B-PER"]),
        (["B-LOC", "I-LOC", "O", "I-LOC"], ["B-LOC", "I-LOC", "O", "B-LOC"]),
        (["B-MISC", "I-MISC"], ["B-MISC", "I-MISC"]),
    ],
)
def test_repair_orphans(tags: list[str], expected: list[str]) -> None:
    assert corpus.repair_orphans(tags) == expected


def test_read_uner_folds_part_drops_deriv_and_repairs_orphans(tmp_path: Path) -> None:
    path = tmp_path / "x.iob2"
    write_uner(path, SENTENCES)
    sents = corpus.read_uner(path)
    assert [s.sent_id for s in sents] == ["s-0", "s-1", "s-2"]
    assert sents[1].tags == ["O", "O", "O", "O", "B-ORG", "O", "B-LOC", "O"]
    assert sents[2].tags[3:6] == ["B-MISC", "I-MISC", "I-MISC"]
    doc = corpus.to_doc(spacy.blank("da").vocab, sents[0])
    assert doc.text == SENTENCES[0][1]
    assert [(e.text, e.label_) for e in doc.ents] == [("Lone Hviid", "PER"), ("Smedetoft A/S", "ORG")]


def test_spaces_from_text_and_misaligned_token() -> None:
    assert corpus.spaces_from_text(["Hej", ",", "Bo", "."], "Hej, Bo.") == [False, True, False, False]
    with pytest.raises(DataError):
        corpus.spaces_from_text(["Hej", "Ib"], "Hej Bo")


def test_read_danplus(tmp_path: Path) -> None:
    path = tmp_path / "d.tsv"
    path.write_text("Ib\tB-PER\tO\nbor\tO\tO\ni\tO\tO\nDanmark\tI-LOC\tO\n\nHej\tO\tO\n", encoding="utf-8")
    sents = corpus.read_danplus(path)
    assert [s.tags for s in sents] == [["B-PER", "O", "O", "B-LOC"], ["O"]]


def test_read_name_file_skips_damaged_rows(tmp_path: Path) -> None:
    write_names(tmp_path)
    assert read_name_file(tmp_path / "first_names_2023_men.csv") == [
        ("Peter", 46981),
        ("Karl-Johan", 500),
        ("Lars", 43598),
    ]
    surnames = read_name_file(tmp_path / "last_names_2023.csv", min_count=30)
    assert surnames == [("Nielsen", 232807), ("Gyldenløv-Hansen", 40), ("de Vries", 30), ("Hviid", 900)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("GYLDENLØV-HANSEN", "Gyldenløv-Hansen"), ("DE VRIES", "de Vries"), ("VON BÜLOW", "von Bülow")],
)
def test_title_case(raw: str, expected: str) -> None:
    assert title_case(raw) == expected


NAMES = NameLists(
    male=[("Peter", 40000), ("Karl-Johan", 500), ("Lars", 400)],
    female=[("Anne", 40000), ("Lone", 20000)],
    surnames=[("Nielsen", 200000), ("Hviid", 900), ("de Vries", 30), ("Skov", 50000)],
)


def test_fill_records_entity_spans() -> None:
    ex = fill("{per} er ny {role} i {org}.", {"per": "Lone Hviid", "role": "direktør", "org": "Smedetoft A/S"})
    assert ex.text == "Lone Hviid er ny direktør i Smedetoft A/S."
    assert [(ex.text[s:e], label) for s, e, label in ex.spans] == [("Lone Hviid", "PER"), ("Smedetoft A/S", "ORG")]


def test_join_shifts_spans_over_line_breaks() -> None:
    ex = join([Example("Navnenyt", []), Example("Bo Ek er ny.", [(0, 5, "PER")])], ["\n\n"])
    assert ex.text == "Navnenyt\n\nBo Ek er ny."
    assert [(ex.text[s:e], label) for s, e, label in ex.spans] == [("Bo Ek", "PER")]


def test_documents_end_names_at_line_breaks() -> None:
    nlp = add_special_cases(spacy.blank("da"))
    gen = Generator(NAMES, seed=4)
    docs = [to_doc(nlp, gen.document()) for _ in range(30)]
    assert any("\n" in doc.text for doc in docs if doc is not None)
    assert all("\n" not in ent.text for doc in docs if doc is not None for ent in doc.ents)


@pytest.mark.parametrize("template", load_yaml("synthetic_templates.yaml")["templates"])
def test_every_template_yields_aligned_entities(template: str) -> None:
    nlp = add_special_cases(spacy.blank("da"))
    gen = Generator(NAMES, seed=1)
    slots = [m.group(1) for m in SLOT.finditer(template) if m.group(1) in ENTITY_SLOTS]
    for _ in range(3):
        doc = to_doc(nlp, gen.sentence(template))
        assert doc is not None
        assert [e.label_ for e in doc.ents] == [ENTITY_SLOTS[s] for s in slots]
        assert "Skov" not in doc.text.split()  # skip_names are never used


def test_generated_organisations_keep_company_form_whole() -> None:
    nlp = add_special_cases(spacy.blank("da"))
    doc = nlp("Han kommer fra Vestbo ApS. Hun er i Lyngbakke A/S.")
    assert "ApS" in [t.text for t in doc] and "A/S" in [t.text for t in doc]


def test_swap_persons_replaces_names_and_keeps_genitive(tmp_path: Path) -> None:
    path = tmp_path / "x.iob2"
    write_uner(
        path,
        [
            *SENTENCES,
            (
                "s-3",
                "Nyrups regering faldt.",
                [("Nyrups", "B-PER#O"), ("regering", "O#O"), ("faldt", "O#O"), (".", "O#O")],
            ),
        ],
    )
    swapped = swap_persons(corpus.read_uner(path), NAMES, seed=2)
    assert [s.sent_id for s in swapped] == ["s-0-swap", "s-2-swap", "s-3-swap"]
    first = swapped[0]
    assert first.words[-4:] == ["i", "Smedetoft", "A/S", "."]
    assert first.words[:2] != ["Lone", "Hviid"] and first.tags[0] == "B-PER"
    assert swapped[2].words == ["Nyrups", "regering", "faldt", "."]


def test_gazetteer_membership() -> None:
    table = membership(NAMES, ["Ikast-Brande", "Vejle"], min_count=100)
    assert table["Peter"][COLUMNS.index("frequent_first_name")] == 1.0
    assert table["Hviid"][COLUMNS.index("surname")] == 1.0
    assert table["Hviid"][COLUMNS.index("frequent_surname")] == 0.0
    assert "Vries" not in table  # count 30 < min_count
    assert table["A/S"][COLUMNS.index("company_form")] == 1.0
    assert table["Kommune"][COLUMNS.index("org_head")] == 1.0
    assert table["Ikast-Brande"][COLUMNS.index("town")] == 1.0
    assert table["Stockholm"][COLUMNS.index("known_place")] == 1.0
    assert table["Politiken"][COLUMNS.index("known_org")] == 1.0
    assert table["Folkeparti"][COLUMNS.index("known_org")] == 1.0  # from "Dansk Folkeparti"
    assert table["B.T."][COLUMNS.index("known_org")] == 1.0  # one token, as the tokenizer splits it
    assert table["Det"][COLUMNS.index("known_org")] == 0.0  # a function word of "Det Radikale Venstre"
    assert table["Direktør"][COLUMNS.index("common_word")] == 1.0  # a dictionary word, also title-cased
    assert table["direktør"][COLUMNS.index("common_word")] == 1.0
    assert table["Danmark"][COLUMNS.index("name_word")] == 1.0  # frequent, in no dictionary of common words
    assert table["USA"][COLUMNS.index("name_word")] == 1.0
    assert table["Danmark"][COLUMNS.index("common_word")] == 0.0


def test_word_classes_split_frequent_words_by_the_dictionary() -> None:
    common, named = word_classes()
    assert {"direktør", "og", "skov"} <= set(common)  # "skov" is a word before it is a surname
    assert {"danmark", "københavn", "mette"} <= set(named)
    assert not set(common) & set(named)
    assert len(common) > 20_000 and len(named) > 6_000


def test_the_table_shares_one_row_per_set_of_flags() -> None:
    table = membership(NAMES, ["Vejle"], min_count=100)
    vectors = build_vectors(table)
    assert len(vectors.key2row) == len(table)
    assert vectors.shape[0] == len({v.tobytes() for v in table.values()}) < 1000
    assert (vectors[get_string_id("Peter")] == table["Peter"]).all()


@pytest.mark.parametrize("name", ["company_forms", "org_heads", "known_places", "known_organisations"])
def test_gazetteer_list_example(name: str) -> None:
    """Each list's example sentence holds a listed form as one token of navnenyt's tokenizer."""
    entry = load_yaml("ner_gazetteer.yaml")[name]
    nlp = add_special_cases(spacy.blank("da"))
    tokens = [t.text for t in nlp(entry["example"])]
    listed = {t.text for word in entry["words"] for t in nlp(str(word))}
    assert set(tokens) & listed, entry["example"]


def test_train_smoke(tmp_path: Path) -> None:
    """Run the real training command for a few steps on a tiny sample and load the result."""
    from typer.testing import CliRunner

    from navnenyt.cli import app

    data = tmp_path / "data"
    for split in ("train", "dev", "test"):
        write_uner(data / corpus.UNER_DIR / corpus.UNER_FILES[split], SENTENCES)
    write_names(data / "danish_names_dst2023")
    out = tmp_path / "model"
    out.mkdir()
    (out / "README.md").write_text("card\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        [
            "train",
            "--data",
            str(data),
            "--output",
            str(out),
            "--max-steps",
            "4",
            "--eval-frequency",
            "2",
            "--synthetic",
            "20",
            "--seed",
            "0",
        ],
    )
    assert result.exit_code == 0, result.output
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["tok2vec", "ner"]
    labels = nlp.get_pipe("ner").labels  # type: ignore[attr-defined]
    assert set(labels) == {"PER", "ORG", "LOC", "MISC"}
    assert [t.text for t in nlp("i Lyngbakke A/S. Hun")] == ["i", "Lyngbakke", "A/S", ".", "Hun"]
    assert nlp.vocab.vectors.shape[1] == len(COLUMNS)
    assert json.loads((out / "meta.json").read_text(encoding="utf-8"))["license"] == "CC BY-SA 4.0"
    assert (out / "README.md").read_text(encoding="utf-8") == "card\n"


def test_train_reports_missing_data(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from navnenyt.cli import app

    result = CliRunner().invoke(app, ["train", "--data", str(tmp_path), "--output", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert "uner_danish_ddt" in result.output
