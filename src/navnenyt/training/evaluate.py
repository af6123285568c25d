"""Evaluation of the NER model: spaCy scores per label, and person/organisation span F1 on dev.json.

1. DaN+ sets (news dev/test, Arto and Twitter dev/test): spaCy's own NER scorer, with the model's own
   tokenization aligned to the gold tokens (the same as ``python -m spacy evaluate MODEL test.spacy``).
2. ``shared/corpus/dev.json``: for each document, the gold ``person`` strings (PER) and ``organisation`` /
   ``previous_organisation`` strings (ORG) of its entries are matched against the model's PER/ORG spans over the
   document's text. A gold string is found (TP) when a predicted span with its label has exactly its text, else
   missed (FN). A predicted PER/ORG span that overlaps an occurrence of a gold string but is not a gold string of
   its label is wrong (FP: boundary or label error). Predicted spans elsewhere are names the entries do not
   record (people quoted, a day job's company, section headings wrongly tagged); they are counted and reported
   as "unscored" plus a strict precision that counts them all as false positives.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example

from navnenyt.errors import DataError

GOLD_FIELDS = {"person": "PER", "organisation": "ORG", "previous_organisation": "ORG"}


def score_docbin(nlp: Language, path: Path) -> dict[str, Any]:
    """Score ``nlp``'s NER on a ``.spacy`` file with spaCy's scorer.

    Args:
        nlp: the pipeline.
        path: gold documents (``DocBin``) with their text and entities.

    Returns:
        spaCy's scores: ``ents_p``, ``ents_r``, ``ents_f`` (micro, 0-1) and ``ents_per_type``
        (``{label: {"p", "r", "f"}}``), plus ``speed`` (words per second, whole pipeline).
    """
    gold = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
    return dict(nlp.evaluate(examples))


@dataclass
class SpanScore:
    """Counts of the dev.json person/organisation scorer (see module docstring)."""

    tp: dict[str, int] = field(default_factory=lambda: {"PER": 0, "ORG": 0})
    fn: dict[str, int] = field(default_factory=lambda: {"PER": 0, "ORG": 0})
    fp: dict[str, int] = field(default_factory=lambda: {"PER": 0, "ORG": 0})
    unscored: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        """Return (precision, recall, F1) for one label or, with None, micro-averaged over PER and ORG."""
        labels = [label] if label else ["PER", "ORG"]
        tp = sum(self.tp[x] for x in labels)
        fp = sum(self.fp[x] for x in labels)
        fn = sum(self.fn[x] for x in labels)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def strict_precision(self) -> float:
        """Precision when every predicted PER/ORG span that is not a gold string counts as wrong."""
        tp = sum(self.tp.values())
        wrong = sum(self.fp.values()) + self.unscored
        return tp / (tp + wrong) if tp + wrong else 0.0


def load_corpus(path: Path) -> list[dict[str, Any]]:
    """Read a gold corpus (``dev.json`` format of shared/corpus/SCHEMA.md).

    Raises:
        DataError: the file is missing or not a JSON list of documents.
    """
    try:
        docs = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read gold corpus {path}: {exc}") from exc
    if not isinstance(docs, list) or not all(isinstance(d, dict) and "text" in d for d in docs):
        raise DataError(f"{path}: expected a JSON list of documents with 'text' and 'entries'")
    return docs


def score_entries(nlp: Language, documents: list[dict[str, Any]]) -> SpanScore:
    """Match gold person/organisation strings of each document's entries against the model's PER/ORG spans.

    Args:
        nlp: the pipeline (its NER supplies ``doc.ents``).
        documents: gold documents (``text`` and ``entries``).

    Returns:
        the counts, with the missed gold strings and wrong spans as ``(document id, label, text)``.
    """
    score = SpanScore()
    texts = [d["text"] for d in documents]
    for document, doc in zip(documents, nlp.pipe(texts), strict=True):
        gold = {
            (GOLD_FIELDS[key], entry[key].strip())
            for entry in document.get("entries", [])
            for key in GOLD_FIELDS
            if entry.get(key)
        }
        predicted = {(e.label_, e.text) for e in doc.ents if e.label_ in ("PER", "ORG")}
        occupied = [(start, start + len(text)) for _, text in gold for start in _occurrences(document["text"], text)]
        doc_id = str(document.get("id", "?"))
        for label, text in sorted(gold):
            if (label, text) in predicted:
                score.tp[label] += 1
            else:
                score.fn[label] += 1
                score.missed.append((doc_id, label, text))
        for ent in doc.ents:
            if ent.label_ not in ("PER", "ORG") or (ent.label_, ent.text) in gold:
                continue
            if any(ent.start_char < end and start < ent.end_char for start, end in occupied):
                score.fp[ent.label_] += 1
                score.wrong.append((doc_id, ent.label_, ent.text))
            else:
                score.unscored += 1
    return score


def _occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every occurrence of ``needle`` in ``text``."""
    starts, pos = [], text.find(needle)
    while pos >= 0:
        starts.append(pos)
        pos = text.find(needle, pos + 1)
    return starts
