"""The robust-input fixtures (issue 5): each file's exact bytes, its clean UTF-8 equivalent and its records.

``fixtures/robust/NAME`` must hold exactly :attr:`RobustCase.data` (``tests/test_robust_input.py`` checks it;
``python tests/robust_cases.py`` rewrites the files). ``clean`` is the same notice as clean UTF-8 text, whose
records the fixture must reproduce; ``records`` are the fields the issue states for it. Names are fictional.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROBUST = Path(__file__).resolve().parents[1] / "fixtures" / "robust"

NANNA = "Nanna Bech er pr. 1. maj 2026 ansat som jurist i Hvidkilde Advokater."
SOEREN = "Søren Ærø er pr. 1. juni 2026 ansat som tømrer i Åkjær Byg ApS."
JOERGEN = "Jørgen Østergård er pr. 1. juni 2026 ansat som tekniker i Kløvermark ApS."
LAURITS = "Laurits Brink er pr. 1. maj 2026 ansat som salgschef i Solbakke Tekstil A/S."
BJOERG = "Bjørg Lund er pr. 1. maj 2026 ansat som indkøber i Korsør & Co. A/S."
MADS = "Mads Krog er pr. 1. april 2026 ansat som indkøbschef i Lunde A/S."
JENS = "Jens Bay tiltræder 1. januar 2026 kl. 14.30 som vagtchef i Kystvagten ApS."
EVA = "Eva Moos er pr. 1.3.2026 udnævnt til partner i Holm Advokater."
AASE = "Åse Bøgh er pr. 1. august 2026 ansat som økonomichef i Fænø Gods A/S."

R_NANNA = {"person": "Nanna Bech", "organisation": "Hvidkilde Advokater", "role": "jurist", "date": "2026-05-01"}
R_SOEREN = {"person": "Søren Ærø", "organisation": "Åkjær Byg ApS", "role": "tømrer", "date": "2026-06-01"}
R_JOERGEN = {"person": "Jørgen Østergård", "organisation": "Kløvermark ApS", "role": "tekniker"}
R_LAURITS = {"person": "Laurits Brink", "role": "salgschef", "organisation": "Solbakke Tekstil A/S"}
R_BJOERG = {"person": "Bjørg Lund", "role": "indkøber", "organisation": "Korsør & Co. A/S"}
R_MADS = {"person": "Mads Krog", "organisation": "Lunde A/S", "role": "indkøbschef", "date": "2026-04-01"}
R_AASE = {"person": "Åse Bøgh", "organisation": "Fænø Gods A/S", "role": "økonomichef", "date": "2026-08-01"}


def mojibake(text: str, times: int = 1) -> str:
    """``text`` encoded as UTF-8 and read as cp1252, ``times`` over (the classic double-decoding bug)."""
    for _ in range(times):
        text = text.encode("utf-8").decode("cp1252")
    return text


def tiny_png() -> bytes:
    """A valid 1x1 grey PNG (67 bytes)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")
    )


HTML_PAGE = f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Navnenyt</title>
<style>p {{ color: red }}</style></head>
<body><h1>Navnenyt</h1>
<p>Bj&oslash;rg Lund er pr. 1. maj 2026 ansat som indk&oslash;ber i Kors&oslash;r &amp; Co. A/S.</p>
<ul><li>{MADS}</li>
<li>{AASE}</li></ul>
<p>{SOEREN}<br>{NANNA}</p>
<script>var note = "Jens Bay er ansat som kok i Skjult ApS.";</script>
</body></html>
"""


@dataclass(frozen=True)
class RobustCase:
    """One fixture: file name, exact bytes, the clean UTF-8 equivalent (None: refused) and its records.

    For HTML (``html=True``) ``clean`` lists the lines the extracted text must hold, as plain text.
    """

    name: str
    data: bytes
    clean: str | None
    records: list[dict[str, Any]] = field(default_factory=list)
    issue_case: int | None = None
    html: bool = False


CASES: tuple[RobustCase, ...] = (
    RobustCase("01-utf8-bom.txt", b"\xef\xbb\xbf" + (NANNA + "\n").encode(), NANNA + "\n", [R_NANNA], 1),
    RobustCase("02-cp1252.txt", (SOEREN + "\n").encode("cp1252"), SOEREN + "\n", [R_SOEREN], 2),
    RobustCase("03-mojibake.txt", (mojibake(JOERGEN) + "\n").encode(), JOERGEN + "\n", [R_JOERGEN], 3),
    RobustCase(
        "04-soft-hyphens.txt",
        "Lau\u00adrits Brink er pr. 1. maj 2026 ansat som salgs\u00adchef i Sol\u00adbakke Tekstil A/S.\n".encode(),
        LAURITS + "\n",
        [R_LAURITS],
        4,
    ),
    RobustCase(
        "05-entities.txt",
        b"Bj&oslash;rg Lund er pr. 1. maj 2026 ansat som indk&oslash;ber i Kors&oslash;r &amp; Co. A/S.\n",
        BJOERG + "\n",
        [R_BJOERG],
        5,
    ),
    RobustCase("06-utf16le-bom.txt", b"\xff\xfe" + (SOEREN + "\r\n").encode("utf-16-le"), SOEREN + "\n", [R_SOEREN], 6),
    RobustCase("07-image.png", tiny_png(), None, [], 7),
    RobustCase("08-empty.txt", b"", "", [], 8),
    RobustCase(
        "09-previous-organisation.txt",
        (MADS + " Han kommer fra Vestbo ApS.\n").encode(),
        MADS + " Han kommer fra Vestbo ApS.\n",
        [{**R_MADS, "previous_organisation": "Vestbo ApS"}],
        9,
    ),
    RobustCase(
        "10-time-of-day.txt", (JENS + "\n").encode(), JENS + "\n", [{"person": "Jens Bay", "date": "2026-01-01"}], 10
    ),
    RobustCase(
        "11-numeric-date.txt", (EVA + "\n").encode(), EVA + "\n", [{"person": "Eva Moos", "date": "2026-03-01"}], 11
    ),
    # --- one fixture per remaining bullet of the issue ---
    RobustCase("latin1.txt", (AASE + "\n").encode("latin-1"), AASE + "\n", [R_AASE]),
    RobustCase("utf16be-bom.txt", b"\xfe\xff" + (AASE + "\n").encode("utf-16-be"), AASE + "\n", [R_AASE]),
    RobustCase("mojibake-twice.txt", (mojibake(JOERGEN, 2) + "\n").encode(), JOERGEN + "\n", [R_JOERGEN]),
    RobustCase("crlf.txt", f"{NANNA}\r\n\r\n{MADS}\r\n".encode(), f"{NANNA}\n\n{MADS}\n", [R_NANNA, R_MADS]),
    RobustCase("cr.txt", f"{NANNA}\r\r{MADS}\r".encode("cp1252"), f"{NANNA}\n\n{MADS}\n", [R_NANNA, R_MADS]),
    RobustCase(
        "invisibles.txt",
        (
            "\u200bNanna\u00a0Bech er pr.\u202f1. maj 2026 ansat som jurist i Hvidkilde\u00a0Advokater.\n\n"
            "„Jeg glæder mig“, siger hun.\n"
        ).encode(),
        NANNA + '\n\n"Jeg glæder mig", siger hun.\n',
        [R_NANNA],
    ),
    RobustCase(
        "quotes.txt",
        "Liam O’Brien er pr. 1. maj 2026 ansat som jurist i Hvidkilde Advokater.\n".encode(),
        "Liam O'Brien er pr. 1. maj 2026 ansat som jurist i Hvidkilde Advokater.\n",
        [{**R_NANNA, "person": "Liam O'Brien"}],
    ),
    RobustCase(
        "nfd.txt",
        (AASE.replace("Å", "A\u030a") + "\n").encode(),
        AASE + "\n",
        [R_AASE],
    ),
    RobustCase(
        "page.html",
        HTML_PAGE.encode(),
        "\n".join(["Navnenyt", BJOERG, MADS, AASE, SOEREN, NANNA]) + "\n",
        [R_BJOERG, R_MADS, R_AASE, R_SOEREN, R_NANNA],
        html=True,
    ),
    RobustCase(
        "fragment.txt",
        f"{LAURITS}<br>{MADS}<br/>\n".encode(),
        f"{LAURITS}\n{MADS}\n",
        [R_LAURITS, R_MADS],
        html=True,
    ),
    RobustCase("program.elf", b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00", None),
    RobustCase("document.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", None),
    RobustCase("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", None),
    RobustCase("archive.zip", b"PK\x05\x06" + bytes(18), None),
)


def write_fixtures() -> None:
    """(Re)write every fixture file from :data:`CASES`."""
    ROBUST.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        (ROBUST / case.name).write_bytes(case.data)


if __name__ == "__main__":
    write_fixtures()
