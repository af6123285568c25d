"""Print extraction throughput of ``navnenyt.Extractor`` (documents/s, entries/s, MB/s) on the development corpus
and on a long single text, plus the pipeline load time. Figures, not assertions: the machines are shared.

Usage: python benchmarks/extract_speed.py [GOLD.json] [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

from navnenyt.api import Extractor

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.json"
NOTICE = "Mads Krog er pr. 1. april 2026 ansat som indkøbschef i Lunde A/S. Han kommer fra Vestbo ApS.\n"


def main() -> None:
    """Parse arguments, time the load and two workloads, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus (default 5)")
    args = parser.parse_args()
    started = time.perf_counter()
    extractor = Extractor()
    print(f"pipeline load: {time.perf_counter() - started:.2f} s ({', '.join(extractor.nlp.pipe_names)})")
    docs = json.loads(args.gold.read_text(encoding="utf-8"))
    texts = [(d["text"], dt.date.fromisoformat(d["published"]) if d["published"] else None) for d in docs]
    size = sum(len(t.encode("utf-8")) for t, _ in texts) * args.repeat
    started = time.perf_counter()
    records = sum(len(extractor.extract(t, published=p)) for _ in range(args.repeat) for t, p in texts)
    took = time.perf_counter() - started
    print(f"{args.gold.name} x{args.repeat}: {len(texts) * args.repeat / took:.0f} documents/s, "
          f"{records / took:.0f} records/s, {size / took / 1e6:.2f} MB/s")  # fmt: skip
    long_text = NOTICE * 20_000
    started = time.perf_counter()
    found = len(extractor.extract(long_text))
    took = time.perf_counter() - started
    chars = len(long_text) / 1e6
    print(f"one text of {chars:.1f} M characters, {found} entries: {took:.1f} s ({found / took:.0f} entries/s)")


if __name__ == "__main__":
    main()
