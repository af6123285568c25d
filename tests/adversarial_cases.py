"""Inputs built to provoke super-linear run time: long lines of one repeated character or unit, megabytes of
notices, mojibake and entities. Shared by the hang-guard tests (which assert what the output is) and by
``benchmarks/adversarial_speed.py`` (which prints how long each takes). Names are fictional.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

NOTICE = "Mads Krog er pr. 1. april 2026 ansat som indkøbschef i Lunde A/S. Han kommer fra Vestbo ApS.\n"
TWO_MB = NOTICE * (2_000_000 // len(NOTICE))
MEGABYTE = 1_000_000
TRIGGER = "Mads Krog er pr. 1. april 2026 ansat som indkøbschef i "


def repeat(unit: str, size: int = MEGABYTE) -> str:
    """``unit`` repeated and cut to ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


#: normalise(): two megabytes of notices, plain and with every pass's work in it (id -> text).
NORMALISE_TWO_MB = {
    "plain": TWO_MB,
    "crlf-shy-nbsp-zwsp": TWO_MB.replace("\n", "\r\n")
    .replace("indkøbschef", "indkøbs\u00adchef")
    .replace(" i ", "\u00a0i\u200b "),
    "nfd-entities": TWO_MB.replace("Lunde", "A\u030alunde").replace("ø", "&oslash;"),
    "mojibake": TWO_MB.encode().decode("cp1252"),
}

#: normalise(): a megabyte in one line of one unit (id -> text).
NORMALISE_LINES = {
    "amp": "&" * MEGABYTE,
    "amp-hash": "&#" * (MEGABYTE // 2),
    "amp-letter": "&a" * (MEGABYTE // 2),
    "a-tilde": "Ã" * MEGABYTE,
    "mojibake": "Ã¸" * (MEGABYTE // 2),
    "combining": "a" + "\u0301" * (MEGABYTE - 1),
    "cr": "\r" * MEGABYTE,
    "shy": "\u00ad" * MEGABYTE,
    "mojibake-mixed": "Ã¸x" * (MEGABYTE // 3),
}

#: decode_bytes(): two megabytes of notices in three encodings (id -> bytes); all decode to TWO_MB.
DECODE_TWO_MB = {
    "utf-8": TWO_MB.encode(),
    "cp1252": TWO_MB.encode("cp1252"),
    "utf-16-bom": b"\xff\xfe" + TWO_MB.encode("utf-16-le"),
}


def date_lines() -> Iterator[tuple[str, str]]:
    """find_dates(): a megabyte of digits, dots and slashes in one line, as (id, text)."""
    rng = random.Random(7)
    yield "random", "".join(rng.choice("0123456789./") for _ in range(MEGABYTE))
    for unit in ["1/", "1.", "11", "1/3/", "1.3.2026..", "01.03.26.", "12/12-2026/", "2026-05-01.", "1/1.1/1"]:
        yield unit, repeat(unit)


#: navnenyt.extract(): a notice's first words, then a megabyte in one line (id -> text). The real notices are
#: cut to 100 KB: a megabyte of them is a throughput figure (benchmarks/extract_speed.py).
EXTRACT_LINES = {
    "capitals": TRIGGER + "A" * MEGABYTE,
    "capital-words": TRIGGER + repeat("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ "),
    "dots": TRIGGER + "." * MEGABYTE,
    "initials": TRIGGER + repeat("A.B.C.D. "),
    "slashes": TRIGGER + "/" * MEGABYTE,
    "paths": TRIGGER + repeat("a/b/c/"),
    "digits": TRIGGER + "1" * MEGABYTE,
    "dotted-digits": TRIGGER + repeat("1.2.3.4. "),
    "a-s": TRIGGER + repeat("A/S "),
    "notices-a-s": repeat(TRIGGER + "Lunde A/S A/S A/S. ")[: MEGABYTE // 10],
    "names": repeat("Mads Krog Hansen Jensen Nielsen er ansat som chef i Lunde A/S "),
    "entities": repeat("Mads Krog er ansat i &amp;&#248;&oslash;&"),
    "mojibake": repeat("JÃ¸rgen Ã˜stergÃ¥rd er ansat i KlÃ¸vermark "),
}
