"""Danish first names and surnames with population counts, for synthetic sentences and gazetteer features.

Source: ``danish_names_dst2023/`` in the data directory (copied from centre-for-humanities-computing/
Danish-NER-bias, Apache-2.0; counts from Danmarks Statistik 2023, "Kilde: Danmarks Statistik"). The files are
UTF-8 CSV with a header (``Navn,Antal`` / ``Navn,ANTAL``) and UPPER-CASE names sorted by count.

Damaged rows are skipped: 18 rows hold a NUL byte and about 2,000 rare surnames are mojibake (``÷ZTÜRK``,
``SCHƒFER``); a name is kept only when every character is a Latin capital letter, a space, a hyphen or an
apostrophe, and its count is an integer.
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from navnenyt.errors import DataError

NAMES_DIR = "danish_names_dst2023"
FILES = {
    "male": "first_names_2023_men.csv",
    "female": "first_names_2023_women.csv",
    "surname": "last_names_2023.csv",
}


@dataclass(frozen=True)
class NameLists:
    """Title-cased names with counts, most frequent first.

    Attributes:
        male: male first names, e.g. ``("Peter", 46981)``.
        female: female first names.
        surnames: surnames (multi-word and hyphenated ones included).
    """

    male: list[tuple[str, int]]
    female: list[tuple[str, int]]
    surnames: list[tuple[str, int]]


@functools.cache
def _allowed_char(char: str) -> bool:
    """True for a Latin capital letter (Æ, Ø, Å, Ü, É, ... included), a space, a hyphen or an apostrophe."""
    return char in " -'" or unicodedata.name(char, "").startswith("LATIN CAPITAL LETTER")


def title_case(name: str) -> str:
    """Title-case an upper-case name part by part: ``"GYLDENLØV-HANSEN"`` -> ``"Gyldenløv-Hansen"``.

    Particles stay lower case (``"DE VRIES"`` -> ``"de Vries"``, ``"VON"``, ``"VAN"``, ``"DA"``, ``"DI"``).
    """
    words = []
    for word in name.split(" "):
        if word.lower() in ("de", "von", "van", "da", "di", "la", "le", "af"):
            words.append(word.lower())
        else:
            words.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    if words and words[0] in ("de", "von", "van", "da", "di", "la", "le", "af") and len(words) == 1:
        words[0] = words[0].capitalize()
    return " ".join(words)


def read_name_file(path: Path, min_count: int = 1) -> list[tuple[str, int]]:
    """Read one ``Navn,Antal`` CSV file, skipping damaged rows.

    Args:
        path: the CSV file (UTF-8, header row, UPPER-CASE names).
        min_count: drop names with a count below this.

    Returns:
        ``(title-cased name, count)`` pairs in file order (count descending).

    Raises:
        DataError: the file cannot be read.
    """
    try:
        with path.open(encoding="utf-8", newline="", errors="replace") as fh:
            rows = list(csv.reader(line.replace("\0", "\ufffd") for line in fh))
    except OSError as exc:
        raise DataError(f"cannot read name list {path}: {exc}") from exc
    names: list[tuple[str, int]] = []
    for row in rows[1:]:
        if len(row) < 2 or not row[0].strip() or not row[1].strip().isdigit():
            continue
        name, count = row[0].strip(), int(row[1])
        if count < min_count or not all(_allowed_char(c) for c in name):
            continue
        names.append((title_case(name), count))
    return names


def load_names(data_dir: Path, min_count: int = 1) -> NameLists:
    """Load the three DST name lists from ``data_dir/danish_names_dst2023``.

    Args:
        data_dir: the data folder (e.g. ``../shared/data``).
        min_count: drop names carried by fewer people than this (the long tail holds rare/foreign spellings).

    Raises:
        DataError: a file is missing or unreadable.
    """
    folder = data_dir / NAMES_DIR
    return NameLists(
        male=read_name_file(folder / FILES["male"], min_count),
        female=read_name_file(folder / FILES["female"], min_count),
        surnames=read_name_file(folder / FILES["surname"], min_count),
    )
