"""Print the NER model's speed, size and load time.

Usage (from the repository root; pin to one core for the issue-3 target of >= 15,000 tokens/s):
    taskset -c 0 env OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 PYTHONPATH=src python benchmarks/ner_speed.py \
        [--model models/da_navnenyt_ner] [--data ../shared/data] [--repeat 3]

Text: the raw sentences of DaN+ news test (``uner_danish_ddt/da_ddt-ud-test.iob2``, 10,023 tokens), or the
packaged example sentences when the data folder is missing. Speed is tokenizer + tok2vec + ner over
``nlp.pipe`` (batch size 256), the best of ``--repeat`` runs. Targets (printed, not asserted): >= 15,000
tokens/s, model directory <= 25 MB, load <= 1 s.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def directory_size(path: Path) -> int:
    """Total size in bytes of the files under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def load_texts(data: Path) -> list[str]:
    """Raw sentences of DaN+ news test, or a few example sentences when the file is missing."""
    path = data / "uner_danish_ddt" / "da_ddt-ud-test.iob2"
    if path.is_file():
        lines = path.read_text(encoding="utf-8").splitlines()
        return [line.removeprefix("# text = ") for line in lines if line.startswith("# text = ")]
    return ["Lone Hviid bliver ny direktør i Smedetoft A/S, hvor hun skal lede salget."] * 500


def main() -> None:
    """Measure load time, size and tokens per second; print them."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "da_navnenyt_ner")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import spacy  # imported here so that the load time below excludes the import of spaCy itself

    start = time.perf_counter()
    nlp = spacy.load(args.model)
    load_s = time.perf_counter() - start
    texts = load_texts(args.data)
    list(nlp.pipe(texts[:50]))  # warm-up
    best = float("inf")
    tokens = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        best = min(best, time.perf_counter() - start)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"model: {args.model} (pipeline {nlp.pipe_names})")
    print(f"size: {directory_size(args.model) / 1e6:.1f} MB")
    print(f"load: {load_s:.2f} s")
    print(f"speed: {tokens / best:,.0f} tokens/s ({tokens} tokens, {len(texts)} texts, {cpus} CPU(s) allowed)")


if __name__ == "__main__":
    main()
