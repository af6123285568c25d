"""Experiment: does an EntityRuler for company forms, placed ahead of the NER, help?

Adds an ``entity_ruler`` before ``ner`` whose patterns mark 1-6 capitalised tokens (``og``/``&`` allowed
inside) ending in a Danish company form (A/S, ApS, K/S, I/S, P/S, IVS, A.m.b.A.) as ORG; the NER keeps the
preset entities and labels the rest. Prints dev.json PER/ORG span F1 and DaN+ news dev/test micro F1 with and
without the ruler. The shipped model has no ruler unless these figures support it (see the model card).

Usage: PYTHONPATH=src python benchmarks/ner_ruler_experiment.py [--model DIR] [--data DIR] [--corpus FILE]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import spacy
from spacy.language import Language

from navnenyt.training.evaluate import load_corpus, score_docbin, score_entries
from navnenyt.training.train import prepare_corpora

ROOT = Path(__file__).resolve().parents[1]
FORMS = ["A/S", "ApS", "K/S", "I/S", "P/S", "IVS", "A.m.b.A.", "a.m.b.a."]


def add_ruler(nlp: Language) -> Language:
    """Add the company-form EntityRuler before the NER (in place) and return ``nlp``."""
    inner = {"TEXT": {"REGEX": r"^(?:[A-ZÆØÅ][\w'.-]*|og|&)$"}, "OP": "{0,5}"}
    pattern = [{"IS_TITLE": True}, inner, {"ORTH": {"IN": FORMS}}]
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": False})
    ruler.add_patterns([{"label": "ORG", "pattern": pattern, "id": "company-form"}])  # type: ignore[attr-defined]
    return nlp


def report(nlp: Language, paths: dict[str, Path], corpus: Path, name: str) -> None:
    """Print one line of figures for ``nlp``."""
    cells = [f"{split} {score_docbin(nlp, paths[split])['ents_f']:.3f}" for split in ("dev", "test")]
    if corpus.is_file():
        score = score_entries(nlp, load_corpus(corpus))
        cells += [f"dev.json PER {score.prf('PER')[2]:.3f} ORG {score.prf('ORG')[2]:.3f} all {score.prf()[2]:.3f}"]
    print(f"{name:<14}" + "  ".join(cells))


def main() -> None:
    """Score the model without and with the ruler."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "da_navnenyt_ner")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = prepare_corpora(args.data, Path(tmp), synthetic=0, person_swaps=False)
        report(spacy.load(args.model), paths, args.corpus, "model")
        report(add_ruler(spacy.load(args.model)), paths, args.corpus, "model + ruler")


if __name__ == "__main__":
    main()
