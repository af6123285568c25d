"""navnenyt.reading: byte-order marks, encodings, binary refusal, HTML to text, paths and stdin."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from adversarial_cases import DECODE_TWO_MB, TWO_MB
from navnenyt.errors import InputError
from navnenyt.reading import (
    decode_bytes,
    decode_document,
    display_name,
    html_to_text,
    looks_like_html,
    read_document,
    read_path,
    sniff_binary,
)

SOEREN = "Søren Ærø er pr. 1. juni 2026 ansat som tømrer i Åkjær Byg ApS."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SOEREN.encode(), "utf-8"),
        (b"\xef\xbb\xbf" + SOEREN.encode(), "utf-8"),
        (b"\xff\xfe" + SOEREN.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + SOEREN.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe\x00\x00" + SOEREN.encode("utf-32-le"), "utf-32-le"),
        (b"\x00\x00\xfe\xff" + SOEREN.encode("utf-32-be"), "utf-32-be"),
        (SOEREN.encode("utf-16-le"), "utf-16-le"),
        (SOEREN.encode("utf-16-be"), "utf-16-be"),
        (SOEREN.encode("utf-32-le"), "utf-32-le"),
        (SOEREN.encode("cp1252"), "cp1252"),
        (SOEREN.encode("latin-1"), "cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    document = decode_document(data, name="x.txt")
    assert document.text == SOEREN  # no BOM left in the text
    assert document.encoding == encoding
    assert not document.is_html


def test_cp1252_punctuation_and_euro() -> None:
    text = "„Åse“ – 5 € … «Ærø» ‘ok’"
    assert decode_bytes(text.encode("cp1252")) == text


def test_short_cp1252_text_is_not_guessed_as_another_codepage() -> None:
    # charset-normalizer alone guesses cp1006 (Farsi) for these five bytes.
    assert decode_bytes("Bjørg".encode("cp1252")) == "Bjørg"


def test_cp1252_undefined_bytes_do_not_fail() -> None:
    assert decode_bytes(b"Bj\xf8rg \x81 Lund") == "Bjørg \x81 Lund"


def test_utf8_with_stray_cp1252_bytes_keeps_both() -> None:
    data = "Åse Ærø åååæææøøø ".encode() + "Søren".encode("cp1252")
    assert decode_bytes(data) == "Åse Ærø åååæææøøø Søren"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Привет, как дела? Это тестовый текст на русском языке.", "cp1251"),
        ("Zażółć gęślą jaźń. Dzień dobry, jak się masz? Łódź, Gdańsk.", "cp1250"),
    ],
)
def test_non_western_codepages_use_charset_normalizer(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec)) == text


def test_declared_html_charset_is_used() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Søren Ærø</p></body></html>'
    document = decode_document(html.encode("cp1252"))
    assert document.encoding == "cp1252"
    assert document.is_html
    assert document.text.strip() == "Søren Ærø"


def test_empty_input() -> None:
    assert decode_document(b"").text == ""
    assert decode_bytes(b"") == ""


def test_bom_only_is_empty_text() -> None:
    assert decode_bytes(b"\xef\xbb\xbf") == ""
    assert decode_bytes(b"\xff\xfe") == ""


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive (or a .docx/.xlsx/.odt document)"),
        (b"\x1f\x8b\x08\x00\x00\x00", "a gzip-compressed file"),
        (b"\x7fELF\x02\x01\x01\x00", "an ELF executable"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "a Windows/DOS executable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "a Microsoft Office 97-2003 document"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"\x00\x00\x00\x18ftypmp42", "an MP4/QuickTime media file"),
    ],
)
def test_binary_formats_are_refused_with_one_line(data: bytes, kind: str) -> None:
    assert sniff_binary(data) == kind
    with pytest.raises(InputError) as info:
        decode_bytes(data, name="in/file.bin")
    assert str(info.value) == f"in/file.bin: {kind}, not a text file"


def test_text_starting_like_a_signature_is_text() -> None:
    assert decode_bytes(b"MZ Holding A/S har ansat Mads Krog.") == "MZ Holding A/S har ansat Mads Krog."
    assert decode_bytes(b"BZh er et navn") == "BZh er et navn"


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(InputError, match=r"^x: binary data \(NUL bytes\), not a text file$"):
        decode_bytes(b"hello\x00world\x00\x01\x02\x03 and more text", name="x")


def test_control_characters_are_binary() -> None:
    with pytest.raises(InputError, match=r"^x: binary data, not a text file$"):
        decode_bytes(bytes(range(1, 9)) * 10, name="x")
    # a stray control character in real text is kept
    assert decode_bytes(b"Mads Krog\x1a") == "Mads Krog\x1a"


def test_broken_utf16_after_bom_is_refused() -> None:
    with pytest.raises(InputError, match="UTF-16-LE"):
        decode_bytes(b"\xff\xfe" + b"\x00\xd8" * 50, name="x")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("  <html lang='da'>", True),
        ("Bjørg <b>Lund</b> er ansat", True),
        ("Linje<br>Linje", True),
        ("Bj&oslash;rg Lund", False),  # entities only: normalise() decodes them
        ("a < b > c", False),
        ("Mads Krog <mads@lunde.dk>", False),
        ("x <y> z", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_html_name_hint() -> None:
    assert looks_like_html("<x-card>Mads</x-card>", "page.HTML")
    assert not looks_like_html("<x-card>Mads</x-card>", "page.txt")


def test_html_to_text_keeps_blocks_and_decodes_entities() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style><script>var x = 'Skjult';</script></head><body>"
        "<h1>Navnenyt</h1><p>Bj&oslash;rg Lund &amp; Co.</p><ul><li>En</li><li>To</li></ul>"
        "<p>Linje et<br>Linje to</p></body></html>"
    )
    assert html_to_text(html) == "Navnenyt\n\nBjørg Lund & Co.\n\n  * En\n  * To\n\nLinje et\nLinje to\n"


def test_html_fragment_in_a_txt_file_is_converted() -> None:
    document = decode_document(b"Mads Krog er ansat.<br>Eva Moos er ansat.<br/>", name="notes.txt")
    assert document.is_html
    assert document.text == "Mads Krog er ansat.\nEva Moos er ansat."


def test_html_can_be_forced_off() -> None:
    assert decode_document(b"<p>x</p>", html=False).text == "<p>x</p>"


def test_read_path_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_path(tmp_path / "nope.txt")
    assert str(info.value) == f"{tmp_path / 'nope.txt'}: no such file"


def test_read_path_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory, not a file"):
        read_path(tmp_path)


def test_read_path_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "secret.txt"
    target.write_text("x")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(InputError) as info:
        read_path(target)
    assert str(info.value) == f"{target}: permission denied"


def test_read_path_other_os_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Path) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", broken)
    with pytest.raises(InputError, match=r": cannot read \(Input/output error\)$"):
        read_path(tmp_path / "f.txt")


def test_read_path_stdin_reads_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf" + SOEREN.encode()))
    monkeypatch.setattr("sys.stdin", stdin)
    document = read_document("-")
    assert document.name == "<stdin>"
    assert document.text == SOEREN


def test_read_path_stdin_cp1252(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SOEREN.encode("cp1252"))))
    assert read_path("-") == SOEREN


def test_display_name_is_one_printable_line() -> None:
    assert display_name("a\nb.txt") == "'a\\nb.txt'"
    assert display_name("\udcffx.txt") == "\ufffdx.txt"
    assert display_name("mappe/fil.txt") == "mappe/fil.txt"


@pytest.mark.timeout(60)  # a hang guard (about 50 times the usual time); figures: benchmarks/adversarial_speed.py
@pytest.mark.parametrize("encoding", list(DECODE_TWO_MB))
def test_two_megabytes_decode_in_each_encoding(encoding: str) -> None:
    assert decode_bytes(DECODE_TWO_MB[encoding]) == TWO_MB


def test_a_gzip_compressed_file_is_read_unpacked_and_damaged_gzip_is_an_input_error(tmp_path: Path) -> None:
    good = tmp_path / "notice.html.gz"
    good.write_bytes(gzip.compress(b"<p>Mette Holm er ansat som CFO i Lunde A/S.</p>"))
    assert read_document(good).text.strip() == "Mette Holm er ansat som CFO i Lunde A/S."
    bad = tmp_path / "cut.txt.gz"
    bad.write_bytes(gzip.compress(b"Mette Holm er ansat som CFO i Lunde A/S.")[:20])
    with pytest.raises(InputError, match=r"cut\.txt\.gz: damaged gzip data"):
        read_document(bad)
