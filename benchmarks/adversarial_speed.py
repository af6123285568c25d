"""Print how long normalise(), decode_bytes(), find_dates() and navnenyt.extract() take on megabytes of
adversarial input (tests/adversarial_cases.py: long lines of one repeated unit, mojibake, entities, 2 MB of
notices). The tests run the same inputs with a hang guard and assert the output; the times are here, as figures,
because the machines are shared and noisy.

Usage: python benchmarks/adversarial_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import navnenyt
from adversarial_cases import (
    DECODE_TWO_MB,
    EXTRACT_LINES,
    NORMALISE_LINES,
    NORMALISE_TWO_MB,
    date_lines,
)
from navnenyt.dates import find_dates
from navnenyt.normalise import normalise
from navnenyt.reading import decode_bytes


def best_of(repeat: int, function: Callable[[Any], object], argument: Any) -> float:
    """The shortest of ``repeat`` wall times of ``function(argument)``, in seconds."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function(argument)
        timings.append(time.perf_counter() - started)
    return min(timings)


def report(title: str, function: Callable[[Any], object], cases: Iterable[tuple[str, Any]], repeat: int) -> None:
    """Print one line per case: its id, its size in MB (UTF-8 bytes for text) and the best time in seconds."""
    print(title)
    for name, value in cases:
        size = len(value) if isinstance(value, bytes) else len(value.encode("utf-8"))
        print(f"  {name:<20} {size / 1e6:5.2f} MB  {best_of(repeat, function, value):6.2f} s")


def main() -> None:
    """Parse arguments and print the four tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs per case; the best is printed (default 2)")
    args = parser.parse_args()
    report("normalise(), 2 MB of notices:", normalise, NORMALISE_TWO_MB.items(), args.repeat)
    report("normalise(), a megabyte in one line:", normalise, NORMALISE_LINES.items(), args.repeat)
    report("decode_bytes(), 2 MB of notices:", decode_bytes, DECODE_TWO_MB.items(), args.repeat)
    find_dates("pr. 1/3")  # build the tables outside the timing
    report("find_dates(), a megabyte in one line:", find_dates, date_lines(), args.repeat)
    navnenyt.extract("Mads Krog er ansat.")  # load the pipeline outside the timing
    report("navnenyt.extract(), a megabyte in one line:", navnenyt.extract, EXTRACT_LINES.items(), args.repeat)


if __name__ == "__main__":
    main()
