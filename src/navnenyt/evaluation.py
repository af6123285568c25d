"""Score extracted records against gold people-news: entry P/R/F1, field accuracy, per-kind figures, exact
match.

Two gold formats are read (both described in the shared corpus ``SCHEMA.md``):

* a **gold corpus**: a JSON list of documents ``{"id", "source_style", "published", "text", "entries"}`` whose
  entries are flat (``programme``, ``specialisation``, ``institution`` at the top level of an entry);
* a **golden fixture** ``NAME.expected.json``: a JSON list of records in the product's own shape
  (:class:`~navnenyt.records.Entry`, ``text``/``start``/``end`` optional, ``education`` nested), whose input
  is the file ``NAME.txt`` beside it; an optional ``NAME.meta.json`` gives ``{"published": "YYYY-MM-DD"}``.

Predicted entries are matched to gold entries per document by normalised person name (case- and
whitespace-insensitive, one-to-one; a person named in several gold entries of a document is paired same kind
first). Field values are compared as trimmed strings (dates in ISO form; an empty string counts as ``None``).
Loading, predicting and scoring are separate pure steps so that tests and scripts can inject predictions.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from navnenyt.errors import InputError
from navnenyt.records import Entry, EntryKind

FIELDS: tuple[str, ...] = (
    "kind",
    "organisation",
    "role",
    "date",
    "previous_role",
    "previous_organisation",
    "programme",
    "specialisation",
    "institution",
    "label",
)
"""Fields compared on matched entries, in report order."""

SLOT_FIELDS: tuple[str, ...] = FIELDS[1:9]
"""The eight fields of issue 2's field-accuracy target (all fields but ``kind`` and ``label``)."""

EDUCATION_FIELDS: tuple[str, ...] = ("programme", "specialisation", "institution")
"""Fields the product nests under ``Entry.education`` and the gold corpus keeps flat."""

EXPECTED_SUFFIX = ".expected.json"

ExtractFn = Callable[[str, "dt.date | None"], Sequence[Entry]]
"""``fn(text, published) -> records``: the extractor under evaluation."""


# --- gold formats ---------------------------------------------------------------------------------------
class GoldEntry(BaseModel):
    """One gold people-news entry of a gold corpus (flat education fields; unknown keys are rejected)."""

    model_config = ConfigDict(extra="forbid")

    kind: EntryKind
    person: str = Field(min_length=1)
    organisation: str | None = None
    role: str | None = None
    date: dt.date | None = None
    previous_role: str | None = None
    previous_organisation: str | None = None
    programme: str | None = None
    specialisation: str | None = None
    institution: str | None = None
    label: str | None = None


class GoldDocument(BaseModel):
    """One gold document: the input text, its publication date and its entries in text order.

    Keys other than those of ``SCHEMA.md`` are ignored at document level (notes, provenance).
    """

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    source_style: str | None = None
    published: dt.date | None = None
    text: str
    entries: list[GoldEntry]


class ExpectedRecord(Entry):
    """A golden-fixture record: an :class:`Entry` whose ``text``, ``start`` and ``end`` may be left out."""

    text: str | None = None  # type: ignore[assignment]
    start: int | None = Field(None, ge=0)  # type: ignore[assignment]
    end: int | None = Field(None, ge=0)  # type: ignore[assignment]


class FixtureMeta(BaseModel):
    """``NAME.meta.json`` of a golden fixture (other keys are ignored)."""

    published: dt.date | None = None


GOLD_CORPUS = TypeAdapter(list[GoldDocument])
EXPECTATION = TypeAdapter(list[ExpectedRecord])


def read_json(path: Path) -> Any:
    """Parse a UTF-8 JSON file.

    Raises:
        InputError: the file is missing, unreadable, not UTF-8 or not JSON (one-line message).
    """
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(f"cannot read gold file {path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"gold file {path} is not valid JSON: {exc}") from None


def validation_message(path: Path, exc: ValidationError) -> str:
    """Summarise a pydantic error on ``path`` in one line: the first problem, its location, the count."""
    first = exc.errors()[0]
    loc = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"])
    more = exc.error_count() - 1
    extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    where = loc.lstrip(".") or "top level"
    return f"gold file {path} does not match the gold format at {where}: {first['msg']}{extra}"


def validate(adapter: TypeAdapter[Any], data: Any, path: Path) -> Any:
    """Validate ``data`` read from ``path`` with ``adapter``.

    Raises:
        InputError: ``data`` does not match; the message names the first problem's location.
    """
    try:
        return adapter.validate_python(data)
    except ValidationError as exc:
        raise InputError(validation_message(path, exc).replace("\n", " ")) from None


def read_fixture_text(path: Path) -> str:
    """Return the decoded text of a fixture input, read as ``navnenyt extract`` reads files.

    Raises:
        InputError: the file is missing or cannot be decoded.
    """
    from navnenyt.reading import read_path

    try:
        return read_path(path)
    except NotImplementedError:  # reading.py still a stub: fixtures are UTF-8 text
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read fixture text {path}: {exc}") from None


def gold_entry_from_record(record: Entry) -> GoldEntry:
    """Flatten a product-shaped record (education nested) into a :class:`GoldEntry`."""
    education = record.education
    values: dict[str, Any] = {name: getattr(education, name) if education else None for name in EDUCATION_FIELDS}
    values |= {name: getattr(record, name) for name in FIELDS if name not in EDUCATION_FIELDS}
    return GoldEntry(person=record.person, **values)


def load_expectation(path: str | Path) -> list[ExpectedRecord]:
    """Load the records of a golden fixture ``NAME.expected.json`` (product shape).

    Raises:
        InputError: unreadable file or records that do not validate.
    """
    path = Path(path)
    records: list[ExpectedRecord] = validate(EXPECTATION, read_json(path), path)
    return records


def load_fixture(path: str | Path) -> GoldDocument:
    """Load a golden fixture ``NAME.expected.json`` with its ``NAME.txt`` (and optional ``NAME.meta.json``).

    Returns:
        one :class:`GoldDocument` with id ``NAME``; ``published`` from the meta file, else None.

    Raises:
        InputError: a missing or malformed expectation, text or meta file.
    """
    path = Path(path)
    stem = path.name[: -len(EXPECTED_SUFFIX)]
    records = load_expectation(path)
    meta_path = path.with_name(stem + ".meta.json")
    meta = validate(TypeAdapter(FixtureMeta), read_json(meta_path), meta_path) if meta_path.exists() else None
    return GoldDocument(
        id=stem,
        published=meta.published if meta else None,
        text=read_fixture_text(path.with_name(stem + ".txt")),
        entries=[gold_entry_from_record(record) for record in records],
    )


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Load gold documents: a golden fixture when the name ends in ``.expected.json``, else a gold corpus.

    Raises:
        InputError: unreadable file or a file not in the gold format (one-line message).
    """
    path = Path(path)
    if path.name.endswith(EXPECTED_SUFFIX):
        return [load_fixture(path)]
    documents: list[GoldDocument] = validate(GOLD_CORPUS, read_json(path), path)
    return documents


def parse_kinds(value: str | None) -> frozenset[str] | None:
    """Parse ``"new_job,completed_education"`` into a set of kind names (None for None or blank).

    Raises:
        InputError: a name that is not an :class:`EntryKind`.
    """
    names = {part.strip() for part in (value or "").split(",") if part.strip()}
    unknown = sorted(names - {kind.value for kind in EntryKind})
    if unknown:
        known = ", ".join(kind.value for kind in EntryKind)
        raise InputError(f"unknown kind {', '.join(unknown)} (known kinds: {known})")
    return frozenset(names) or None


# --- flat records and matching --------------------------------------------------------------------------
@dataclass(frozen=True)
class FlatEntry:
    """An entry reduced to what is scored: the person and the normalised value of every field in FIELDS."""

    person: str
    values: dict[str, str | None]

    @property
    def kind(self) -> str:
        """The entry's kind name, e.g. ``"new_job"``."""
        return self.values["kind"] or ""


def clean(value: object) -> str | None:
    """Normalise a value for comparison: enums to their value, dates to ISO, strings trimmed, "" to None."""
    if value is None:
        return None
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, dt.date):
        value = value.isoformat()
    return str(value).strip() or None


def flatten_gold(entry: GoldEntry) -> FlatEntry:
    """Return the :class:`FlatEntry` of a gold entry."""
    return FlatEntry(entry.person, {name: clean(getattr(entry, name)) for name in FIELDS})


def flatten_entry(entry: Entry) -> FlatEntry:
    """Return the :class:`FlatEntry` of a product record (education fields from ``entry.education``)."""
    values = {}
    for name in FIELDS:
        owner = entry.education if name in EDUCATION_FIELDS else entry
        values[name] = clean(getattr(owner, name)) if owner is not None else None
    return FlatEntry(entry.person, values)


def person_key(name: str) -> str:
    """Normalise a person's name for matching: whitespace runs collapsed, case folded."""
    return " ".join(name.split()).casefold()


def match_entries(gold: Sequence[FlatEntry], predicted: Sequence[FlatEntry]) -> list[tuple[int, int]]:
    """Pair gold and predicted entries of one document one-to-one by person, same-kind pairs first.

    Args:
        gold: the document's gold entries, in text order.
        predicted: the document's predicted entries, in output order.

    Returns:
        sorted ``(gold index, predicted index)`` pairs; every person gets ``min(#gold, #predicted)`` pairs,
        and as many of them same-kind as possible (earliest entries first).
    """
    pairs: dict[int, int] = {}
    for same_kind_only in (True, False):
        for gi, gold_entry in enumerate(gold):
            if gi in pairs:
                continue
            for pi, pred in enumerate(predicted):
                if pi in pairs.values() or person_key(pred.person) != person_key(gold_entry.person):
                    continue
                if same_kind_only and pred.kind != gold_entry.kind:
                    continue
                pairs[gi] = pi
                break
    return sorted(pairs.items())


# --- the report -----------------------------------------------------------------------------------------
def ratio(part: int, whole: int, other: int) -> float:
    """Return ``part / whole``; if ``whole == 0``: 1.0 when ``other`` is 0 too (nothing to find), else 0.0."""
    if whole:
        return part / whole
    return 1.0 if other == 0 else 0.0


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Counts:
    """Entry counts for precision/recall: gold entries, predicted entries, true positives."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        """matched / predicted (see :func:`ratio` for empty sets)."""
        return ratio(self.matched, self.predicted, self.gold)

    @property
    def recall(self) -> float:
        """matched / gold (see :func:`ratio` for empty sets)."""
        return ratio(self.matched, self.gold, self.predicted)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return f1_score(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        """Counts and figures (rounded to 4 decimals) as a JSON-ready dict."""
        figures = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched} | {
            key: round(value, 4) for key, value in figures.items()
        }


@dataclass(frozen=True)
class Mismatch:
    """One difference: a wrong field of a matched entry, a ``missing`` gold entry or a ``spurious`` entry.

    For ``missing`` and ``spurious`` rows ``expected``/``got`` hold the entry's kind.
    """

    document: str
    person: str
    field: str
    expected: str | None
    got: str | None

    def to_dict(self) -> dict[str, str | None]:
        """The row as a JSON-ready dict."""
        return {
            "document": self.document,
            "person": self.person,
            "field": self.field,
            "expected": self.expected,
            "got": self.got,
        }


@dataclass
class Report:
    """Evaluation figures over a set of gold documents.

    Attributes:
        documents: number of documents scored.
        entries: overall entry counts (a match = same person, whatever the kind).
        field_correct: per field of FIELDS, the number of matched entries whose value equals gold.
        exact: matched entries with every field of FIELDS equal.
        per_kind: counts per kind name; a true positive needs gold and prediction both of that kind.
        mismatches: differences in document order (per document: gold order, then spurious predictions).
        kinds: the kinds the evaluation was restricted to, or None for all.
    """

    documents: int = 0
    entries: Counts = field(default_factory=Counts)
    field_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    exact: int = 0
    per_kind: dict[str, Counts] = field(default_factory=dict)
    mismatches: list[Mismatch] = field(default_factory=list)
    kinds: frozenset[str] | None = None

    @property
    def precision(self) -> float:
        """Entry precision."""
        return self.entries.precision

    @property
    def recall(self) -> float:
        """Entry recall."""
        return self.entries.recall

    @property
    def f1(self) -> float:
        """Entry F1."""
        return self.entries.f1

    @property
    def exact_match(self) -> float:
        """Matched entries with all fields equal / gold entries."""
        return ratio(self.exact, self.entries.gold, self.entries.predicted)

    def field_accuracy(self, name: str) -> float | None:
        """Share of matched entries whose field ``name`` equals gold (None when nothing matched)."""
        matched = self.entries.matched
        return self.field_correct[name] / matched if matched else None

    @property
    def slot_accuracy(self) -> float | None:
        """Micro-average accuracy over SLOT_FIELDS of matched entries (issue 2's figure); None if no match."""
        total = self.entries.matched * len(SLOT_FIELDS)
        return sum(self.field_correct[name] for name in SLOT_FIELDS) / total if total else None

    def kind_counts(self, kind: str) -> Counts:
        """Return (creating if needed) the counts of ``kind``."""
        return self.per_kind.setdefault(kind, Counts())

    def sorted_kinds(self) -> list[str]:
        """Kind names with counts, in :class:`EntryKind` order."""
        order = [kind.value for kind in EntryKind]
        return sorted(self.per_kind, key=lambda name: order.index(name) if name in order else len(order))

    def to_dict(self, max_errors: int = 0) -> dict[str, Any]:
        """The figures as a JSON-ready dict (ratios rounded to 4 decimals, None when undefined).

        Args:
            max_errors: number of mismatches to include under ``"errors"`` (first ones).
        """
        accuracy = {name: _round(self.field_accuracy(name)) for name in FIELDS}
        return {
            "documents": self.documents,
            "kinds": sorted(self.kinds) if self.kinds else None,
            "entries": self.entries.to_dict(),
            "field_accuracy": accuracy,
            "slot_accuracy": _round(self.slot_accuracy),
            "exact_match": round(self.exact_match, 4),
            "per_kind": {name: self.per_kind[name].to_dict() for name in self.sorted_kinds()},
            "mismatch_count": len(self.mismatches),
            "errors": [row.to_dict() for row in self.mismatches[:max_errors]],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# --- scoring --------------------------------------------------------------------------------------------
def compare_pair(report: Report, document: str, gold: FlatEntry, pred: FlatEntry) -> None:
    """Add one matched pair to ``report``: field counts, exact match, per-kind true positive, mismatches."""
    report.entries.matched += 1
    wrong = [name for name in FIELDS if gold.values[name] != pred.values[name]]
    for name in FIELDS:
        report.field_correct[name] += int(name not in wrong)
    report.exact += int(not wrong)
    if gold.kind == pred.kind:
        report.kind_counts(gold.kind).matched += 1
    report.mismatches += [Mismatch(document, gold.person, n, gold.values[n], pred.values[n]) for n in wrong]


def add_document(report: Report, document: str, gold: Sequence[FlatEntry], predicted: Sequence[FlatEntry]) -> None:
    """Match and score one document's (already kind-filtered) entries into ``report``."""
    report.documents += 1
    report.entries.gold += len(gold)
    report.entries.predicted += len(predicted)
    for entry in gold:
        report.kind_counts(entry.kind).gold += 1
    for entry in predicted:
        report.kind_counts(entry.kind).predicted += 1
    pairs = dict(match_entries(gold, predicted))
    for gi, entry in enumerate(gold):
        if gi in pairs:
            compare_pair(report, document, entry, predicted[pairs[gi]])
        else:
            report.mismatches.append(Mismatch(document, entry.person, "missing", entry.kind, None))
    used = set(pairs.values())
    report.mismatches += [
        Mismatch(document, entry.person, "spurious", None, entry.kind)
        for pi, entry in enumerate(predicted)
        if pi not in used
    ]


def keep_kinds(entries: Sequence[FlatEntry], kinds: Collection[str] | None) -> list[FlatEntry]:
    """Return the entries whose kind is in ``kinds`` (all of them when ``kinds`` is None)."""
    return [entry for entry in entries if kinds is None or entry.kind in kinds]


def score(
    documents: Sequence[GoldDocument],
    predictions: Sequence[Sequence[Entry]],
    *,
    kinds: Collection[str] | None = None,
) -> Report:
    """Score predicted records against gold documents.

    Args:
        documents: gold documents.
        predictions: the predicted records of each document, aligned with ``documents``.
        kinds: kind names to keep (gold and predicted entries are filtered before matching); None keeps all.

    Returns:
        the :class:`Report`.

    Raises:
        ValueError: ``predictions`` and ``documents`` differ in length.
    """
    if len(documents) != len(predictions):
        raise ValueError(f"{len(predictions)} prediction lists for {len(documents)} documents")
    report = Report(kinds=frozenset(kinds) if kinds else None)
    for doc, predicted in zip(documents, predictions, strict=True):
        gold = keep_kinds([flatten_gold(entry) for entry in doc.entries], report.kinds)
        add_document(report, doc.id, gold, keep_kinds([flatten_entry(e) for e in predicted], report.kinds))
    return report


def default_extract_fn() -> ExtractFn:
    """Return the product's extractor as an :data:`ExtractFn` (loads the spaCy pipeline once).

    Raises:
        ModelError: the bundled NER model cannot be loaded.
    """
    from navnenyt.api import Extractor

    extractor = Extractor()
    return lambda text, published: extractor.extract(text, published=published)


def predict(
    documents: Sequence[GoldDocument],
    extract_fn: ExtractFn | None = None,
    *,
    published: dt.date | None = None,
) -> list[list[Entry]]:
    """Run the extractor on every document's text.

    Args:
        documents: gold documents (their ``text`` and ``published`` are used).
        extract_fn: the extractor; default :func:`default_extract_fn`.
        published: publication date overriding every document's own ``published``.

    Returns:
        one list of records per document, aligned with ``documents``.
    """
    fn = extract_fn or default_extract_fn()
    return [list(fn(doc.text, published or doc.published)) for doc in documents]


def evaluate(
    documents: Sequence[GoldDocument],
    extract_fn: ExtractFn | None = None,
    *,
    kinds: Collection[str] | None = None,
    published: dt.date | None = None,
) -> Report:
    """Run the extractor on the gold documents and score it (:func:`predict` then :func:`score`)."""
    return score(documents, predict(documents, extract_fn, published=published), kinds=kinds)


# --- text output ----------------------------------------------------------------------------------------
def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def summary_lines(report: Report) -> list[str]:
    """Counts, entry P/R/F1 and exact-match rate as text lines."""
    counts = report.entries
    kinds = ", ".join(sorted(report.kinds)) if report.kinds else "all"
    return [
        f"documents {report.documents}   kinds {kinds}",
        f"gold entries {counts.gold}   predicted {counts.predicted}   matched by person {counts.matched}",
        f"entries       precision {_fmt(report.precision)}   recall {_fmt(report.recall)}   F1 {_fmt(report.f1)}",
        f"exact match   {_fmt(report.exact_match)}   ({report.exact} of {counts.gold} gold entries)",
    ]


def field_lines(report: Report) -> list[str]:
    """Per-field accuracy over matched entries as a text table."""
    matched = report.entries.matched
    lines = [f"{'field (matched entries)':<28}{'accuracy':>9}{'correct':>9}"]
    for name in FIELDS:
        lines.append(f"{name:<28}{_fmt(report.field_accuracy(name)):>9}{report.field_correct[name]:>9}")
    slots = sum(report.field_correct[name] for name in SLOT_FIELDS)
    lines.append(f"{'slot fields (8, micro)':<28}{_fmt(report.slot_accuracy):>9}{slots:>9}")
    lines.append(f"matched entries: {matched}")
    return lines


def kind_lines(report: Report) -> list[str]:
    """Per-kind precision/recall/F1 as a text table."""
    lines = [f"{'kind':<22}{'gold':>6}{'pred':>6}{'tp':>6}{'precision':>11}{'recall':>8}{'F1':>8}"]
    for name in report.sorted_kinds():
        c = report.per_kind[name]
        lines.append(
            f"{name:<22}{c.gold:>6}{c.predicted:>6}{c.matched:>6}"
            f"{_fmt(c.precision):>11}{_fmt(c.recall):>8}{_fmt(c.f1):>8}"
        )
    return lines


def error_lines(report: Report, max_errors: int) -> list[str]:
    """The first ``max_errors`` mismatches, one a line: document, person, field, expected, got (as JSON)."""
    shown = report.mismatches[:max_errors]
    header = "(document | person | field | expected | got)"
    lines = [f"first {len(shown)} of {len(report.mismatches)} mismatches {header}"]
    for row in shown:
        expected, got = (json.dumps(value, ensure_ascii=False) for value in (row.expected, row.got))
        lines.append(f"{row.document} | {row.person} | {row.field} | {expected} | {got}")
    return lines


def format_report(report: Report, max_errors: int = 0) -> str:
    """Render ``report`` as readable text tables (no trailing newline).

    Args:
        report: the evaluation report.
        max_errors: number of mismatches to list at the end (0 lists none).
    """
    sections = [summary_lines(report), field_lines(report), kind_lines(report)]
    if max_errors > 0:
        sections.append(error_lines(report, max_errors))
    return "\n\n".join("\n".join(lines) for lines in sections)
