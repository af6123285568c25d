"""Print the NER model's accuracy: F1 per label on DaN+ news dev/test and the out-of-domain sets (Arto,
Twitter), and person/organisation span F1 on the gold corpus dev.json.

Usage (from the repository root):
    PYTHONPATH=src python benchmarks/ner_accuracy.py [--model models/da_navnenyt_ner] [--data ../shared/data]
        [--corpus ../shared/corpus/dev.json] [--show-errors]

The DaN+ scores use spaCy's own scorer with the model's own tokenization (the same numbers as
``python -m spacy evaluate MODEL test.spacy``; the .spacy files are written to a temporary folder, or to
``--work DIR`` to keep them). Targets of issue 3 (printed, not asserted): news test micro F1 >= 0.70,
dev.json PER/ORG F1 >= 0.95.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import spacy

from navnenyt.training.evaluate import load_corpus, score_docbin, score_entries
from navnenyt.training.train import EVAL_SPLITS, prepare_corpora

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("PER", "ORG", "LOC", "MISC")


def main() -> None:
    """Parse arguments, score every set, print one table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "da_navnenyt_ner")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev.json")
    parser.add_argument("--work", type=Path, default=None, help="keep the .spacy files here")
    parser.add_argument("--show-errors", action="store_true", help="list dev.json misses and wrong spans")
    args = parser.parse_args()

    nlp = spacy.load(args.model)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        paths = prepare_corpora(args.data, work, synthetic=0, person_swaps=False)
        print(f"model: {args.model}")
        print(f"{'set':<14}{'micro P':>8}{'micro R':>8}{'micro F':>8}" + "".join(f"{x:>7}" for x in LABELS))
        for split in EVAL_SPLITS:
            if split not in paths:
                continue
            s = score_docbin(nlp, paths[split])
            per_type = s.get("ents_per_type") or {}
            cells = "".join(f"{per_type.get(x, {}).get('f', 0.0):>7.3f}" for x in LABELS)
            print(f"{split:<14}{s['ents_p'] or 0:>8.3f}{s['ents_r'] or 0:>8.3f}{s['ents_f'] or 0:>8.3f}{cells}")
    if args.corpus.is_file():
        score = score_entries(nlp, load_corpus(args.corpus))
        for label in ("PER", "ORG", None):
            p, r, f = score.prf(label)
            print(f"dev.json {label or 'PER+ORG':<8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        print(
            f"dev.json other PER/ORG spans (unscored): {score.unscored}; "
            f"strict precision {score.strict_precision():.3f}"
        )
        if args.show_errors:
            for doc_id, label, text in score.missed:
                print(f"  missed {doc_id} {label} {text!r}")
            for doc_id, label, text in score.wrong:
                print(f"  wrong  {doc_id} {label} {text!r}")


if __name__ == "__main__":
    main()
