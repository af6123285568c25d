"""Print navnenyt's accuracy on a gold corpus: all kinds, then issue 2's new_job + completed_education.

Usage (from the repository root)::

    PYTHONPATH=src python benchmarks/dev_scores.py [GOLD.json] [--errors N] [--check]

GOLD defaults to ``../shared/corpus/dev.json`` relative to the repository (format: that folder's SCHEMA.md).
Issue 2's targets, over the entries of kind new_job and completed_education: entry precision and recall
>= 0.95 and field accuracy >= 0.95 (entries matched by person; fields organisation, role, date, previous_role,
previous_organisation, programme, specialisation, institution). Field accuracy is printed both micro-averaged
over the eight fields and per field; the check requires every field to reach the target. ``--check`` exits 1
when a target is missed. The extractor runs once per document; both reports score the same predictions.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO.parent / "shared" / "corpus" / "dev.json"
ISSUE2_KINDS = frozenset({"new_job", "completed_education"})
TARGET = 0.95

if TYPE_CHECKING:
    from navnenyt.evaluation import Report


def target_lines(report: Report) -> tuple[list[str], bool]:
    """Return issue 2's target lines for a new_job + completed_education report and whether all are met."""
    from navnenyt.evaluation import SLOT_FIELDS

    figures: list[tuple[str, float | None]] = [
        ("entry precision", report.precision),
        ("entry recall", report.recall),
    ]
    figures.append(("field accuracy (8 fields, micro)", report.slot_accuracy))
    figures += [(f"field accuracy: {name}", report.field_accuracy(name)) for name in SLOT_FIELDS]
    lines, ok = [], True
    for label, value in figures:
        met = value is not None and value >= TARGET
        ok = ok and met
        shown = "n/a" if value is None else f"{value:.3f}"
        lines.append(f"  {label:<40}{shown:>7}  {'ok' if met else 'BELOW TARGET'}")
    return lines, ok


def main(argv: list[str] | None = None) -> int:
    """Run the extractor on the gold corpus and print the figures; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "gold", nargs="?", default=str(DEFAULT_GOLD), help="gold corpus JSON (default: %(default)s)"
    )
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list the first N mismatches")
    parser.add_argument("--check", action="store_true", help="exit 1 when an issue-2 target is missed")
    args = parser.parse_args(argv)
    if (REPO / "src" / "navnenyt").is_dir():
        sys.path.insert(0, str(REPO / "src"))  # score the checkout, not an installed copy
    from navnenyt import evaluation
    from navnenyt.errors import NavnenytError

    try:
        documents = evaluation.load_gold(args.gold)
        started = time.perf_counter()
        predictions = evaluation.predict(documents)
    except NavnenytError as exc:
        print(f"dev_scores: error: {exc}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    print(f"{args.gold}: {len(documents)} documents, extraction {seconds:.1f} s\n")
    print("=== all kinds ===")
    print(evaluation.format_report(evaluation.score(documents, predictions), max_errors=args.errors))
    focus = evaluation.score(documents, predictions, kinds=ISSUE2_KINDS)
    print("\n=== issue 2: new_job + completed_education ===")
    print(evaluation.format_report(focus, max_errors=args.errors))
    lines, ok = target_lines(focus)
    print(f"\nissue 2 targets (>= {TARGET}):", *lines, sep="\n")
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
