"""Benchmark of ``navnenyt batch``: throughput, peak memory, memory growth, and time against a bare tokenizer.

Builds a reproducible tar.gz archive (fixed seed, in a temporary directory; nothing is committed) of N
documents: 10% people-news HTML pages (notices built from the templates below), 90% ordinary news prose
(plain text from sentence templates). Then, in the same run:

1. a bare ``spacy.blank("da")`` tokenizer pass over the archive in this process (read with
   :func:`navnenyt.sources.iter_documents`, decoded with :func:`navnenyt.reading.decode_bytes`, tokenized);
2. ``python -m navnenyt batch ARCHIVE -o OUT.jsonl`` with default workers, sampling the resident memory of its
   whole process tree (main + workers, summed VmRSS from /proc: an upper bound, shared pages count twice);
3. unless ``--skip-scaling``: the same on a 2N-document archive, comparing the peak tree RSS over the first
   N documents (read from the run's resume state file) with the peak over all 2N.

Steps 1 and 2 alternate ``--repeat`` times (default 3), because the shared machine's speed drifts by 20-30 %
within minutes; each pair gives a ratio. Prints each pair, then documents/s, MB/s (uncompressed document bytes)
and peak RSS of the median pair, the median ratio of the batch wall time (process start to exit, pipeline
loading included) to the tokenizer pass with its range, and RSS at N vs 2N.

Run: ``PYTHONPATH=src python benchmarks/batch_benchmark.py [--docs 10000] [--workers N] [--repeat 3] [--skip-scaling]``.
Linux only (reads /proc). Not a timed test: figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from itertools import islice
from pathlib import Path

import navnenyt
from navnenyt.reading import decode_bytes
from navnenyt.sources import RawDoc, iter_documents

FIRST = ["Mette", "Jonas", "Sofie", "Anders", "Camilla", "Mikkel", "Louise", "Rasmus", "Ida", "Peter", "Line"]
LAST = ["Kragh", "Holm", "Winther", "Dam", "Bech", "Lund", "Nørgaard", "Thygesen", "Skov", "Juhl", "Vestergaard"]
ORGS = ["Lunde A/S", "Fjordsoft A/S", "Nordlys Consulting", "Tårnby Data ApS", "Region Midtjylland", "Vestas"]
ROLES = ["indkøbschef", "direktør", "udviklingschef", "projektleder", "CFO", "salgsdirektør", "it-arkitekt"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "august", "september", "oktober", "november"]
NOTICES = [
    "{p} er pr. {d}. {m} {y} ansat som {r} i {o}. {p} kommer fra en stilling som {r2} i {o2}.",
    "{o} har pr. {d}. {m} {y} ansat {p} som {r}. Hun kommer fra en stilling som {r2}.",
    "{p} er pr. {d}. {m} {y} forfremmet til {r} i {o}.",
    "{p}, {r2} hos {o2}, har pr. {d}. {m} {y} fuldført uddannelsen Master i it på Aalborg Universitet.",
    "{p} er indtrådt i bestyrelsen for {o}.",
    "{p}, {r} i {o}, kan den {d}. {m} {y} fejre 25-års jubilæum.",
]
LABELS = ["Nyt job", "Forfremmelse", "Færdiggjort uddannelse", "Bestyrelse", "Jubilæum"]
SUBJECTS = ["Regeringen", "Kommunen", "Forbrugerrådet", "Nationalbanken", "Trafikselskabet", "Landsholdet",
            "Borgerne", "Oppositionen", "Forskerne", "Butikkerne", "Landmændene", "Politiet"]  # fmt: skip
VERBS = ["fremlagde", "kritiserede", "undersøgte", "forventer", "advarer mod", "diskuterede", "præsenterede",
         "afviste", "støtter", "vurderer"]  # fmt: skip
OBJECTS = ["et nyt udspil om kollektiv trafik", "de stigende energipriser", "planerne for en ny skole",
           "renten", "udbygningen af cykelstier", "budgettet for næste år", "vejrudsigten for weekenden",
           "en reform af ældreplejen", "resultatet af kampen", "boligmarkedet i hovedstaden"]  # fmt: skip
TAILS = ["i går", "på et pressemøde", "ifølge en ny opgørelse", "efter flere måneders debat", "i denne uge",
         "trods kritik", "i en rapport", "på mandag", "med stor opbakning", "uden videre"]  # fmt: skip


def prose_sentence(rng: random.Random) -> str:
    """One ordinary news sentence."""
    sentence = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
    if rng.random() < 0.1:
        sentence += f" Det oplyser {rng.choice(FIRST)} {rng.choice(LAST)} til avisen."
    return sentence


def prose_doc(rng: random.Random) -> str:
    """An ordinary news article of about 3 KB: a title and paragraphs of template sentences."""
    paragraphs = [" ".join(prose_sentence(rng) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(9, 17))]
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}\n\n" + "\n\n".join(paragraphs) + "\n"


def notice(rng: random.Random) -> str:
    """One people-news notice from :data:`NOTICES`."""
    return rng.choice(NOTICES).format(
        p=f"{rng.choice(FIRST)} {rng.choice(LAST)}", o=rng.choice(ORGS), o2=rng.choice(ORGS),
        r=rng.choice(ROLES), r2=rng.choice(ROLES), d=rng.randint(1, 28), m=rng.choice(MONTHS),
        y=rng.choice([2024, 2025, 2026]),
    )  # fmt: skip


def people_page(rng: random.Random) -> str:
    """A people-news HTML page: a news teaser, then 5-10 labelled notices."""
    items = "\n".join(f"<h3>{rng.choice(LABELS)}</h3>\n<p>{notice(rng)}</p>" for _ in range(rng.randint(5, 10)))
    teaser = " ".join(prose_sentence(rng) for _ in range(4))
    return (f"<!doctype html><html><head><title>Navnenyt</title></head><body>\n<p>{teaser}</p>\n"
            f"<h2>Navnenyt</h2>\n{items}\n</body></html>\n")  # fmt: skip


def build_archive(path: Path, count: int, seed: int) -> int:
    """Write ``count`` documents to the tar.gz ``path`` (every 10th a people-news page); return their bytes."""
    rng = random.Random(seed)
    total = 0
    with tarfile.open(path, "w:gz", compresslevel=6) as tf:
        for i in range(count):
            people = i % 10 == 3
            data = (people_page(rng) if people else prose_doc(rng)).encode("utf-8")
            info = tarfile.TarInfo(f"archive/{i:06d}.{'html' if people else 'txt'}")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
            total += len(data)
    return total


def tokenizer_pass(archive: Path) -> tuple[float, float, int]:
    """Time reading+decoding alone, then reading+decoding+``spacy.blank("da")`` tokenizing; return both and
    the token count."""
    import spacy

    nlp = spacy.blank("da")
    for item in islice(iter_documents([str(archive)]), 50):  # warm-up: lazy imports, tokenizer cache
        assert isinstance(item, RawDoc) and isinstance(item.data, bytes)
        nlp.tokenizer(decode_bytes(item.data, name=item.name))
    start = time.perf_counter()
    texts = 0
    for item in iter_documents([str(archive)]):
        assert isinstance(item, RawDoc) and isinstance(item.data, bytes)
        texts += len(decode_bytes(item.data, name=item.name))
    read_seconds = time.perf_counter() - start
    start = time.perf_counter()
    tokens = 0
    for item in iter_documents([str(archive)]):
        assert isinstance(item, RawDoc) and isinstance(item.data, bytes)
        tokens += len(nlp.tokenizer(decode_bytes(item.data, name=item.name)))
    return read_seconds, time.perf_counter() - start, tokens


def tree_rss(root: int) -> int:
    """Summed VmRSS in bytes of process ``root`` and all its descendants (from /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [child for child, parent in parents.items() if parent == pid]
        tree.update(kids)
        frontier.extend(kids)
    total = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def run_batch(archive: Path, out: Path, workers: int | None, mark: int) -> dict[str, float | str]:
    """Run ``navnenyt batch`` on ``archive``; return wall seconds, peak tree RSS, peak RSS up to ``mark``
    documents, and the command's summary line."""
    env = {**os.environ, "PYTHONPATH": str(Path(navnenyt.__file__).resolve().parents[1])}
    cmd = [sys.executable, "-m", "navnenyt", "batch", str(archive), "-o", str(out), "--no-progress",
           "--errors", str(out.with_suffix(".errors.jsonl"))]  # fmt: skip
    if workers:
        cmd += ["--workers", str(workers)]
    state = out.with_name(out.name + ".state.json")
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    peak = peak_at_mark = 0
    while proc.poll() is None:
        rss = tree_rss(proc.pid)
        peak = max(peak, rss)
        if not peak_at_mark and done_documents(state) >= mark:
            peak_at_mark = peak
        time.sleep(0.1)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"batch failed ({proc.returncode}): {stderr}")
    return {"wall": wall, "peak": peak, "peak_at_mark": peak_at_mark or peak, "summary": stderr.strip()}


def done_documents(state: Path) -> int:
    """Documents done according to a run's resume state file (0 when not written yet)."""
    try:
        return int(json.loads(state.read_text(encoding="utf-8"))["done"])
    except (OSError, ValueError, KeyError):
        return 0


def main() -> None:
    """Parse the arguments, build the archives, measure, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents in the archive (default 10000)")
    parser.add_argument("--seed", type=int, default=20260101, help="random seed of the generated archive")
    parser.add_argument("--workers", type=int, default=None, help="batch workers (default: the CPU count)")
    parser.add_argument("--repeat", type=int, default=3, help="tokenizer/batch pairs measured (default 3)")
    parser.add_argument("--skip-scaling", action="store_true", help="skip the 2N-document memory run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="navnenyt-bench-") as tmp:
        root = Path(tmp)
        archive = root / "archive.tar.gz"
        size = build_archive(archive, args.docs, args.seed)
        print(f"archive: {args.docs:,} documents, {size / 1e6:.1f} MB uncompressed, "
              f"{archive.stat().st_size / 1e6:.1f} MB tar.gz; CPUs: {os.cpu_count()}")  # fmt: skip
        pairs = []
        for run in range(args.repeat):  # alternate the two, so a slow spell of the shared machine hits both
            read_s, tok_s, tokens = tokenizer_pass(archive)
            result = run_batch(archive, root / "out.jsonl", args.workers, args.docs)
            pairs.append((tok_s, result))
            print(f"run {run + 1}: bare tokenizer pass {tok_s:.2f} s ({tokens:,} tokens; read+decode alone "
                  f"{read_s:.2f} s), batch wall time {float(result['wall']):.2f} s (pipeline loading included), "
                  f"ratio {float(result['wall']) / tok_s:.2f}")  # fmt: skip
        ratios = sorted(float(r["wall"]) / t for t, r in pairs)
        tok_s, result = sorted(pairs, key=lambda p: float(p[1]["wall"]) / p[0])[len(pairs) // 2]  # the median pair
        wall, peak = float(result["wall"]), max(float(r["peak"]) for _, r in pairs)
        print(f"batch: {result['summary']}")
        print(f"median run: bare tokenizer pass {tok_s:.2f} s, batch wall time {wall:.2f} s")
        print(f"documents/s: {args.docs / wall:,.0f}")
        print(f"MB/s: {size / 1e6 / wall:.2f}")
        print(f"peak RSS (main + workers): {peak / 1e6:,.0f} MB")
        print(f"ratio batch / bare tokenizer: {ratios[len(ratios) // 2]:.2f} (median of {len(ratios)} runs; "
              f"range {ratios[0]:.2f}-{ratios[-1]:.2f})")  # fmt: skip
        if not args.skip_scaling:
            big = root / "archive2.tar.gz"
            build_archive(big, 2 * args.docs, args.seed)
            scaled = run_batch(big, root / "out2.jsonl", args.workers, args.docs)
            at_n, at_2n = float(scaled["peak_at_mark"]), float(scaled["peak"])
            print(f"peak RSS up to {args.docs:,} documents: {at_n / 1e6:,.0f} MB; up to {2 * args.docs:,}: "
                  f"{at_2n / 1e6:,.0f} MB ({(at_2n / at_n - 1) * 100:+.1f}%)")  # fmt: skip


if __name__ == "__main__":
    main()
