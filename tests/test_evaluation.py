"""Tests of navnenyt.evaluation and ``navnenyt evaluate`` with hand-made gold and injected predictions."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from navnenyt import evaluation
from navnenyt.cli import app
from navnenyt.errors import InputError
from navnenyt.evaluation import GoldDocument, Report, format_report, load_gold, match_entries, score
from navnenyt.records import Education, Entry, EntryKind

EMPTY_FIELDS = dict.fromkeys(evaluation.FIELDS[1:], None)


def gold_entry(kind: str, person: str, **fields: Any) -> dict[str, Any]:
    """A gold-corpus entry dict with every schema key (absent slots None)."""
    return {"kind": kind, "person": person, **EMPTY_FIELDS, **fields}


def doc(doc_id: str, *entries: dict[str, Any], published: str | None = "2026-02-03") -> dict[str, Any]:
    """A gold-corpus document dict."""
    text = f"text of {doc_id}"
    return {
        "id": doc_id,
        "source_style": "test",
        "published": published,
        "text": text,
        "entries": list(entries),
    }


def rec(kind: str, person: str, **fields: Any) -> Entry:
    """A predicted record."""
    return Entry(kind=EntryKind(kind), person=person, text="", start=0, end=0, **fields)


def gold_docs(*docs: dict[str, Any]) -> list[GoldDocument]:
    return [GoldDocument.model_validate(d) for d in docs]


# Two documents, four gold entries; predictions: three matched (one with wrong role), two spurious.
GOLD = gold_docs(
    doc(
        "d1",
        gold_entry("new_job", "Casper Dam Krogh", organisation="Adeno K/S", role="Expert", date="2026-02-02"),
        gold_entry("promotion", "Ida Holm", organisation="Lunde A/S", role="chef", label="Forfremmelse"),
    ),
    doc(
        "d2",
        gold_entry("completed_education", "Mette Kragh", programme="Master i it", institution="Aalborg Universitet"),
        gold_entry("birthday", "Bo Ravn", date="2026-03-03"),
    ),
)
PRED = [
    [
        rec("new_job", "casper  dam krogh", organisation="Adeno K/S", role="Expert", date=dt.date(2026, 2, 2)),
        rec("new_job", "Ida Holm", organisation="Lunde A/S", role="direktør", label="Forfremmelse"),
        rec("new_job", "Per Spurious"),
    ],
    [
        rec(
            "completed_education",
            "Mette Kragh ",
            education=Education(programme="Master i it", institution="Aalborg Universitet", via="x"),
        ),
        rec("award", "Anne Anden"),
    ],
]


def test_entry_precision_recall_f1_and_exact_match() -> None:
    report = score(GOLD, PRED)
    assert (report.entries.gold, report.entries.predicted, report.entries.matched) == (4, 5, 3)
    assert report.precision == pytest.approx(3 / 5)
    assert report.recall == pytest.approx(3 / 4)
    assert report.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    assert report.exact == 2  # Casper Dam Krogh and Mette Kragh; Ida Holm differs in kind and role
    assert report.exact_match == 0.5


def test_exact_match_needs_every_field_label_included() -> None:
    gold = gold_docs(doc("d", gold_entry("new_job", "A B", role="chef", label="Nyt job")))
    assert score(gold, [[rec("new_job", "A B", role="chef")]]).exact_match == 0.0
    assert score(gold, [[rec("new_job", "A B", role="chef", label="Nyt job")]]).exact_match == 1.0


def test_field_accuracy_over_matched_entries() -> None:
    report = score(GOLD, PRED)
    assert report.field_accuracy("kind") == pytest.approx(2 / 3)
    assert report.field_accuracy("role") == pytest.approx(2 / 3)
    assert report.field_accuracy("date") == 1.0
    assert report.field_accuracy("programme") == 1.0
    assert report.slot_accuracy == pytest.approx(23 / 24)


def test_per_kind_figures() -> None:
    report = score(GOLD, PRED)
    new_job = report.per_kind["new_job"]
    assert (new_job.gold, new_job.predicted, new_job.matched) == (1, 3, 1)
    assert (new_job.precision, new_job.recall) == (pytest.approx(1 / 3), 1.0)
    promotion = report.per_kind["promotion"]
    assert (promotion.gold, promotion.predicted, promotion.matched, promotion.f1) == (1, 0, 0, 0.0)
    assert report.sorted_kinds() == ["new_job", "promotion", "completed_education", "birthday", "award"]


def test_duplicate_person_is_matched_same_kind_first() -> None:
    gold = gold_docs(
        doc(
            "d",
            gold_entry("new_job", "Kim Lund", organisation="Ny A/S"),
            gold_entry("departure", "Kim Lund", organisation="Gammel A/S"),
        )
    )
    pred = [
        [
            rec("departure", "Kim Lund", organisation="Gammel A/S"),
            rec("new_job", "KIM LUND", organisation="X"),
        ]
    ]
    assert match_entries(
        [evaluation.flatten_gold(e) for e in gold[0].entries], [evaluation.flatten_entry(e) for e in pred[0]]
    ) == [(0, 1), (1, 0)]
    report = score(gold, pred)
    assert report.entries.matched == 2 and report.field_accuracy("kind") == 1.0
    assert report.field_accuracy("organisation") == 0.5
    assert [(m.field, m.expected, m.got) for m in report.mismatches] == [("organisation", "Ny A/S", "X")]


def test_more_predictions_than_gold_for_one_person() -> None:
    gold = gold_docs(doc("d", gold_entry("new_job", "Kim Lund")))
    pred = [[rec("promotion", "Kim Lund"), rec("new_job", "Kim Lund")]]
    report = score(gold, pred)
    assert (report.entries.matched, report.exact) == (1, 1)
    assert [(m.field, m.got) for m in report.mismatches] == [("spurious", "promotion")]


def test_mismatch_listing_in_document_order() -> None:
    rows = [(m.document, m.person, m.field, m.expected, m.got) for m in score(GOLD, PRED).mismatches]
    assert rows == [
        ("d1", "Ida Holm", "kind", "promotion", "new_job"),
        ("d1", "Ida Holm", "role", "chef", "direktør"),
        ("d1", "Per Spurious", "spurious", None, "new_job"),
        ("d2", "Bo Ravn", "missing", "birthday", None),
        ("d2", "Anne Anden", "spurious", None, "award"),
    ]


def test_kinds_filter_applies_to_gold_and_predictions() -> None:
    report = score(GOLD, PRED, kinds={"new_job", "completed_education"})
    assert (report.entries.gold, report.entries.predicted, report.entries.matched) == (2, 4, 2)
    assert report.precision == 0.5 and report.recall == 1.0
    assert report.exact_match == 1.0
    assert report.sorted_kinds() == ["new_job", "completed_education"]


def test_trimmed_strings_and_empty_equal_none() -> None:
    gold = gold_docs(doc("d", gold_entry("new_job", "A B", role="chef", organisation=None)))
    report = score(gold, [[rec("new_job", "A B", role=" chef ", organisation="")]])
    assert report.exact == 1


def test_empty_gold_and_empty_prediction_score_one() -> None:
    report = score(gold_docs(doc("d")), [[]])
    assert (report.precision, report.recall, report.f1, report.exact_match) == (1.0, 1.0, 1.0, 1.0)
    assert report.field_accuracy("role") is None and report.slot_accuracy is None


def test_no_predictions_scores_zero() -> None:
    report = score(GOLD, [[], []])
    assert (report.precision, report.recall, report.f1, report.exact_match) == (0.0, 0.0, 0.0, 0.0)


def test_score_rejects_misaligned_predictions() -> None:
    with pytest.raises(ValueError, match="1 prediction lists for 2 documents"):
        score(GOLD, [[]])


def test_to_dict_shape() -> None:
    data = score(GOLD, PRED).to_dict(max_errors=2)
    assert list(data) == [
        "documents",
        "kinds",
        "entries",
        "field_accuracy",
        "slot_accuracy",
        "exact_match",
        "per_kind",
        "mismatch_count",
        "errors",
    ]
    assert data["entries"] == {
        "gold": 4,
        "predicted": 5,
        "matched": 3,
        "precision": 0.6,
        "recall": 0.75,
        "f1": 0.6667,
    }
    assert data["field_accuracy"]["kind"] == 0.6667 and data["slot_accuracy"] == 0.9583
    assert data["per_kind"]["birthday"] == {
        "gold": 1,
        "predicted": 0,
        "matched": 0,
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
    }
    assert data["mismatch_count"] == 5 and len(data["errors"]) == 2
    assert data["errors"][0] == {
        "document": "d1",
        "person": "Ida Holm",
        "field": "kind",
        "expected": "promotion",
        "got": "new_job",
    }
    json.dumps(data)


def test_format_report_text() -> None:
    text = format_report(score(GOLD, PRED), max_errors=1)
    assert "entries       precision 0.600   recall 0.750   F1 0.667" in text
    assert "exact match   0.500   (2 of 4 gold entries)" in text
    assert "role                            0.667        2" in text
    assert "first 1 of 5 mismatches" in text
    assert text.endswith('d1 | Ida Holm | kind | "promotion" | "new_job"')


def test_evaluate_injects_extractor_and_published() -> None:
    seen: list[tuple[str, dt.date | None]] = []

    def fake(text: str, published: dt.date | None) -> Sequence[Entry]:
        seen.append((text, published))
        return []

    evaluation.evaluate(GOLD, fake)
    evaluation.evaluate(GOLD[:1], fake, published=dt.date(2020, 1, 1))
    assert [p for _, p in seen] == [dt.date(2026, 2, 3), dt.date(2026, 2, 3), dt.date(2020, 1, 1)]


# --- loading ------------------------------------------------------------------------------------------
def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_load_gold_corpus(tmp_path: Path) -> None:
    docs = load_gold(write(tmp_path / "g.json", [doc("d1", gold_entry("new_job", "A B", date="2026-01-02"))]))
    assert docs[0].published == dt.date(2026, 2, 3)
    assert docs[0].entries[0].date == dt.date(2026, 1, 2)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "is not valid JSON"),
        ('{"id": "x"}', "does not match the gold format at top level: Input should be a valid list"),
        (json.dumps([doc("d", gold_entry("hired", "A"))]), "at [0].entries[0].kind: Input should be"),
        (
            json.dumps([doc("d", {**gold_entry("new_job", "A"), "organization": "X"})]),
            "[0].organization: Extra",
        ),
        (json.dumps([doc("d", gold_entry("new_job", "A"), published="3/2")]), "at [0].published"),
    ],
)
def test_bad_gold_file_raises_input_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)) as info:
        load_gold(path)
    assert "\n" not in str(info.value)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"cannot read gold file .*No such file"):
        load_gold(tmp_path / "nope.json")


def test_load_fixture_pairs_text_meta_and_flattens_education(tmp_path: Path) -> None:
    record = {
        "kind": "completed_education",
        "label": None,
        "person": "Mette Kragh",
        "date": "2026-01-15",
        "education": {"programme": "Master i it", "institution": "AAU", "via": "It-vest"},
    }
    write(tmp_path / "page.expected.json", [record])
    (tmp_path / "page.txt").write_text("Mette Kragh har fuldført ...", encoding="utf-8")
    write(tmp_path / "page.meta.json", {"published": "2026-02-01"})
    [document] = load_gold(tmp_path / "page.expected.json")
    assert (document.id, document.published) == ("page", dt.date(2026, 2, 1))
    assert document.text == "Mette Kragh har fuldført ..."
    entry = document.entries[0]
    assert (entry.programme, entry.specialisation, entry.institution) == ("Master i it", None, "AAU")


def test_fixture_without_text_file(tmp_path: Path) -> None:
    write(tmp_path / "x.expected.json", [])
    with pytest.raises(InputError):
        load_gold(tmp_path / "x.expected.json")


def test_parse_kinds() -> None:
    assert evaluation.parse_kinds(" new_job, completed_education ") == {"new_job", "completed_education"}
    assert evaluation.parse_kinds(None) is None
    with pytest.raises(InputError, match="unknown kind hired"):
        evaluation.parse_kinds("new_job,hired")


# --- CLI ----------------------------------------------------------------------------------------------
@pytest.fixture
def cli_gold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A gold file with the GOLD documents, and the extractor replaced by one returning PRED."""
    path = write(tmp_path / "gold.json", [d.model_dump(mode="json") for d in GOLD])
    answers = {d.text: p for d, p in zip(GOLD, PRED, strict=True)}

    def fake(text: str, published: dt.date | None) -> Sequence[Entry]:
        return answers[text]

    monkeypatch.setattr(evaluation, "default_extract_fn", lambda: fake)
    return path


def test_cli_prints_figures(cli_gold: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", str(cli_gold), "--errors", "2"])
    assert result.exit_code == 0
    assert "entries       precision 0.600   recall 0.750   F1 0.667" in result.stdout
    assert "first 2 of 5 mismatches" in result.stdout


def test_cli_json(cli_gold: Path) -> None:
    args = ["evaluate", str(cli_gold), "--json", "--kinds", "new_job,completed_education"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["kinds"] == ["completed_education", "new_job"]
    assert data["entries"]["precision"] == 0.5 and data["errors"] == []


@pytest.mark.parametrize(("threshold", "code"), [("0.66", 0), ("0.67", 1)])
def test_cli_min_f1_exit_code(cli_gold: Path, threshold: str, code: int) -> None:
    result = CliRunner().invoke(app, ["evaluate", str(cli_gold), "--min-f1", threshold])
    assert result.exit_code == code
    assert ("below --min-f1" in result.stderr) == bool(code)


@pytest.mark.parametrize(
    "args",
    [["{bad}"], ["{good}", "--kinds", "hired"], ["{good}", "--published", "x"], ["{good}", "{missing}"]],
)
def test_cli_bad_input_exits_2_with_one_line(cli_gold: Path, args: list[str]) -> None:
    bad = cli_gold.with_name("bad.json")
    bad.write_text("[{]", encoding="utf-8")
    argv = ["evaluate"] + [arg.format(bad=bad, good=cli_gold, missing=bad.with_name("no.json")) for arg in args]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2
    assert result.stderr.startswith("navnenyt: error: ") and result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_report_is_a_dataclass_with_defaults() -> None:
    assert Report().to_dict()["entries"]["f1"] == 1.0
