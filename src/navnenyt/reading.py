"""Bytes, files and stdin to text: byte-order marks, encoding detection, binary refusal, HTML to text.

The only module that touches files. Everything here returns the *decoded text*: the string whose character
offsets ``Entry.start``/``Entry.end`` index (for HTML input: the text extracted from the HTML, which
``navnenyt extract --show-text`` prints). Cleaning that text for the rules (line ends, invisible characters,
mojibake, NFC) is :mod:`navnenyt.normalise`'s job, which maps its offsets back to this text.

Decoding order (:func:`decode_document`):

1. empty input is the empty text;
2. known binary formats (magic numbers: PNG, JPEG, GIF, PDF, ZIP, gzip, ELF, PE, ...) are refused;
3. a byte-order mark decides: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE (the BOM is not part of the text);
4. NUL bytes without a BOM: UTF-16/32 without BOM when the NULs sit where ASCII text in those encodings puts
   them, otherwise binary (refused);
5. strict UTF-8;
6. mostly UTF-8 with a few broken bytes (a mixed export): UTF-8, each invalid byte read as cp1252;
7. an HTML ``<meta charset>`` declaration, when the bytes decode with it;
8. cp1252 when the result looks like Western European text (Latin-1 letters and common punctuation), since
   charset-normalizer guesses wrong on short Danish texts (e.g. cp1006 for "Bjørg");
9. otherwise charset-normalizer's best guess (https://github.com/jawah/charset_normalizer);
10. a decoded text with many control characters is refused as binary.

HTML (a document or a fragment with known tags) is converted to text with inscriptis
(https://github.com/weblyzard/inscriptis, strict CSS profile): paragraphs and headings become blank-line
separated blocks, ``<br>`` a line break, list items ``*`` lines, entities decoded, scripts and styles dropped.

Integration: ``navnenyt extract`` reads with :func:`read_path`; batch/archive code calls
:func:`decode_bytes` (``name`` = member name, used in error messages). Errors are :class:`InputError` with a
one-line message that names the input.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import sys
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

from navnenyt.errors import InputError

__all__ = [
    "Document",
    "decode_bytes",
    "decode_document",
    "html_to_text",
    "looks_like_html",
    "read_document",
    "read_path",
]

#: (prefix bytes, description) of binary formats refused outright. Sources: the formats' specifications,
#: as collected in https://en.wikipedia.org/wiki/List_of_file_signatures.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt document)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"PK\x07\x08", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"(\xb5/\xfd", "a zstd-compressed file"),
    (b"7z\xbc\xaf'\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xfe\xed\xfa\xce", "a Mach-O executable"),
    (b"\xfe\xed\xfa\xcf", "a Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O universal binary"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office 97-2003 document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
)

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

SNIFF_BYTES = 8192
SAMPLE_CHARS = 65536
#: A decoded text is refused as binary when more than this share of its first SAMPLE_CHARS characters are
#: C0 control characters other than tab, line feed, vertical tab, form feed, carriage return and escape.
MAX_CONTROL_SHARE = 0.05
MIN_CONTROL_COUNT = 8

_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")  # C0 controls and DEL, as described above

#: cp1252 with the five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as their Latin-1 code points, as
#: browsers do (WHATWG Encoding Standard, "windows-1252").
_CP1252 = tuple(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))

#: Non-ASCII characters of Western European text in cp1252: Latin-1 letters and common punctuation. The
#: superscripts one and three, the yen sign and the other cp1252 symbols are left out because they are what
#: Central European (cp1250) letters ą, ł, Ą look like when read as cp1252.
_WESTERN = (
    {chr(c) for c in range(0xC0, 0x100) if chr(c) not in "×÷"}
    | set("ŒœŠšŽžŸ")
    | set("\u00a0«»°§½¼¾€–—‘’‚“”„…•·´©®™£¢¿¡ªºµ²")
)
_DELETE_WESTERN = {ord(c): None for c in _WESTERN}
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

_STATE = threading.local()


def _utf8_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read each invalid UTF-8 byte as cp1252 and count it (per thread)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    _STATE.replaced = getattr(_STATE, "replaced", 0) + len(bad)
    return "".join(_CP1252[b] for b in bad), exc.end


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler for cp1252: undefined bytes become their Latin-1 code points."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(b) for b in exc.object[exc.start : exc.end]), exc.end


codecs.register_error("navnenyt.utf8-cp1252", _utf8_fallback)
codecs.register_error("navnenyt.cp1252-latin1", _latin1_fallback)


@dataclass(frozen=True)
class Document:
    """A decoded input.

    Attributes:
        text: the decoded text (HTML input: the text extracted from it); record offsets index this string.
        name: the input's name for messages (a path, ``"<stdin>"``, an archive member name).
        encoding: the codec used, e.g. ``"utf-8"``, ``"utf-16-le"``, ``"cp1252"``; ``""`` for empty input.
        is_html: the input was HTML and ``text`` is the text extracted from it.
    """

    text: str
    name: str
    encoding: str
    is_html: bool = False


def display_name(name: str) -> str:
    """Return ``name`` printable on one UTF-8 line (undecodable bytes and control characters escaped)."""
    fixed = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if any(ch < " " or ch == "\x7f" for ch in fixed):
        return repr(fixed)
    return fixed


def sniff_binary(data: bytes) -> str | None:
    """Return a description of a known binary format (``"a PNG image"``) or None for possible text.

    Args:
        data: the input's bytes (only the first 64 are looked at).
    """
    head = data[:64]
    for prefix, description in BINARY_SIGNATURES:
        if head.startswith(prefix):
            return description
    if head.startswith(b"MZ") and b"\x00" in head:
        return "a Windows/DOS executable"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP image"
    if head.startswith(b"RIFF"):
        return "a RIFF media file (WAV/AVI)"
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime media file"
    if head.startswith(b"BZh") and head[4:10] == b"1AY&SY":
        return "a bzip2-compressed file"
    return None


def _decode_with_bom(data: bytes, name: str) -> tuple[str, str] | None:
    """Decode ``data`` by its byte-order mark; None when it has none. Broken bytes after a UTF-16/32 BOM
    become U+FFFD; more than 1 % of them is refused."""
    for bom, encoding in BOMS:
        if not data.startswith(bom):
            continue
        body = data[len(bom) :]
        if encoding == "utf-8":
            return _decode_utf8_lenient(body), "utf-8"
        if encoding == "utf-32-le" and len(body) % 4:
            continue  # an UTF-16 LE text that starts with U+0000: let the UTF-16 LE mark decide
        text = body.decode(encoding, errors="replace")
        if text.count("\ufffd") > max(2, len(text) // 100):
            raise InputError(f"{display_name(name)}: not valid {encoding.upper()} text despite its byte-order mark")
        return text, encoding
    return None


def _decode_utf8_lenient(data: bytes) -> str:
    """Decode UTF-8, reading each invalid byte as cp1252 (files mixing the two encodings)."""
    return data.decode("utf-8", errors="navnenyt.utf8-cp1252")


def _utf16_without_bom(data: bytes) -> str | None:
    """Return the UTF-16/32 codec whose NUL-byte pattern ``data`` has (ASCII-heavy text), or None."""
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4:
        return None
    if len(sample) % 4 == 0:
        quarter = len(sample) // 4
        lanes = [sample[k::4].count(0) for k in range(4)]
        if lanes[2] == lanes[3] == quarter and lanes[1] > quarter * 0.9 and lanes[0] < quarter // 10 + 1:
            return "utf-32-le"
        if lanes[0] == lanes[1] == quarter and lanes[2] > quarter * 0.9 and lanes[3] < quarter // 10 + 1:
            return "utf-32-be"
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    """Return the codec named by an HTML ``<meta charset=...>`` or XML ``encoding=`` in the first 4 KB."""
    head = data[:4096].lower()
    for key in (b"charset=", b"encoding="):
        at = head.find(key)
        if at < 0:
            continue
        token = head[at + len(key) : at + len(key) + 40].lstrip(b"\"' ")
        end = 0
        while end < len(token) and (token[end : end + 1].isalnum() or token[end : end + 1] in b"-_.:"):
            end += 1
        try:
            codec = codecs.lookup(token[:end].decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            continue
        # WHATWG: a page labelled ISO-8859-1/ASCII is decoded as windows-1252.
        return "cp1252" if codec.name in ("latin-1", "iso8859-1", "ascii") else codec.name
    return None


def _symbols_inside_words(text: str) -> int:
    """Count non-ASCII non-letters between two letters (apostrophe, middle dot and soft hyphen excepted)."""
    count = 0
    for match in _NON_ASCII.finditer(text):
        at = match.start()
        ch = text[at]
        if ch.isalpha() or ch in "’·\xad" or at == 0 or at + 1 == len(text):
            continue
        count += text[at - 1].isalpha() and text[at + 1].isalpha()
    return count


def _looks_western(text: str) -> bool:
    """True when ``text`` (first 64K) reads as Western European text.

    That is: at most 10 % (+1) of its non-ASCII characters fall outside :data:`_WESTERN`; at most half of
    its letters are non-ASCII (Cyrillic or Greek read as cp1252 are mostly non-ASCII letters); and symbols
    inside words are rare (Polish "żół" read as cp1252 is "¿ó³").
    """
    sample = text[:SAMPLE_CHARS]
    non_ascii = _ASCII_RUNS.sub("", sample)
    if not non_ascii:
        return True
    odd = len(non_ascii.translate(_DELETE_WESTERN))
    letters = sum(1 for ch in sample if ch.isalpha())
    non_ascii_letters = sum(1 for ch in non_ascii if ch.isalpha())
    inside = _symbols_inside_words(sample)
    return (
        odd <= 0.1 * len(non_ascii) + 1
        and non_ascii_letters <= 0.5 * letters
        and (inside < 2 or inside < 0.02 * len(non_ascii))
    )


def _decode_unmarked(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes that have no BOM and no NUL bytes (steps 5-9 of the module docstring)."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    _STATE.replaced = 0
    mixed = _decode_utf8_lenient(data)
    replaced = _STATE.replaced
    multibyte = len(mixed) - len(mixed.encode("ascii", "ignore")) - replaced
    if multibyte > replaced:
        return mixed, "utf-8"
    declared = _declared_charset(data)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    western = data.decode("cp1252", errors="navnenyt.cp1252-latin1")
    if _looks_western(western):
        return western, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        try:
            return str(best), best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    return western, "cp1252"


def _check_text(text: str, name: str) -> None:
    """Raise InputError when ``text`` has the control-character density of binary data."""
    sample = text[:SAMPLE_CHARS]
    if _CONTROLS.search(sample) is None:  # the common case, decided at regex speed
        return
    controls = len(_CONTROLS.findall(sample))
    if controls >= MIN_CONTROL_COUNT and controls > MAX_CONTROL_SHARE * len(sample):
        raise InputError(f"{display_name(name)}: binary data, not a text file")


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,9})(?=[\s/>])")
# fmt: off
#: HTML element names whose tags mark a text as HTML (WHATWG HTML element index, common subset).
HTML_TAGS = frozenset(
    (
        "html", "head", "body", "title", "meta", "link", "script", "style", "p", "br", "hr", "div", "span",
        "a", "b", "i", "u", "s", "em", "strong", "small", "sub", "sup", "font", "center", "h1", "h2", "h3",
        "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td",
        "th", "caption", "blockquote", "pre", "article", "section", "header", "footer", "nav", "main", "aside",
        "figure", "figcaption", "img", "picture", "source", "iframe", "noscript", "form", "label", "input",
        "button", "select", "option", "textarea", "time", "abbr", "address", "cite", "q", "code", "mark",
    )
)
# fmt: on


def looks_like_html(text: str, name: str = "") -> bool:
    """True when ``text`` is an HTML document or fragment.

    Args:
        text: decoded text; only the first 64K characters are looked at.
        name: file name; ``.html``/``.htm``/``.xhtml`` makes any tag enough.

    Returns:
        True for a ``<!DOCTYPE html>``/``<html>`` document or a text containing a known HTML tag
        (:data:`HTML_TAGS`); entity-only text (``Bj&oslash;rg``) is not HTML: :mod:`navnenyt.normalise`
        decodes its entities.
    """
    head = text[:SAMPLE_CHARS]
    start = head.lstrip()[:15].lower()
    if start.startswith(("<!doctype html", "<html")):
        return True
    for match in _TAG.finditer(head):
        if match.group(2).lower() in HTML_TAGS:
            return True
    return name.lower().endswith((".html", ".htm", ".xhtml")) and "<" in head and ">" in head


def html_to_text(html: str) -> str:
    """Convert HTML to text with its block structure (inscriptis, strict CSS profile).

    Args:
        html: an HTML document or fragment.

    Returns:
        the text: blocks on their own lines (paragraphs separated by a blank line), ``<br>`` as a line
        break, list items as ``  * item`` lines, entities decoded; ``html`` itself if inscriptis fails.
    """
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    try:
        return get_text(html, ParserConfig(css=CSS_PROFILES["strict"]))
    except Exception:  # inscriptis/lxml raise assorted errors on malformed markup; keep the text
        return html


def decode_document(data: bytes, *, name: str = "<bytes>", html: bool | None = None) -> Document:
    """Decode an input's bytes to a :class:`Document` (see the module docstring for the order of tests).

    Args:
        data: the raw bytes of one file, stdin or archive member.
        name: the input's name for error messages and the ``.html`` hint.
        html: force (True) or forbid (False) HTML conversion; None detects it with :func:`looks_like_html`.

    Returns:
        the decoded :class:`Document`.

    Raises:
        InputError: binary data (known format, NUL bytes, control characters) or broken UTF-16/32; the message
            is one line starting with the name.
    """
    if not data:
        return Document("", name, "")
    kind = sniff_binary(data)
    if kind is not None:
        raise InputError(f"{display_name(name)}: {kind}, not a text file")
    decoded = _decode_with_bom(data, name)
    if decoded is None and b"\x00" in data[:SNIFF_BYTES]:
        wide = _utf16_without_bom(data)
        if wide is None:
            raise InputError(f"{display_name(name)}: binary data (NUL bytes), not a text file")
        decoded = data.decode(wide, errors="replace"), wide
    if decoded is None:
        decoded = _decode_unmarked(data, name)
    text, encoding = decoded
    _check_text(text, name)
    is_html = looks_like_html(text, name) if html is None else html
    if is_html:
        text = html_to_text(text)
    return Document(text, name, encoding, is_html)


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> str:
    """Decode bytes to text: BOM, UTF-8, cp1252/other detection, binary refused, HTML converted to text.

    Self-contained (no file access), for files, stdin and archive members alike.

    Args:
        data: raw bytes.
        name: name for error messages (path or archive member name).

    Returns:
        the decoded text (HTML: its extracted text); ``""`` for empty input.

    Raises:
        InputError: binary data or undecodable bytes (one-line message naming ``name``).
    """
    return decode_document(data, name=name).text


def _read_bytes(path: str | Path) -> tuple[bytes, str]:
    """Return the bytes of ``path`` (``"-"`` = stdin) and its display name; OS errors become InputError."""
    if str(path) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is not None:
            return stream.read(), "<stdin>"
        return sys.stdin.read().encode("utf-8", "surrogateescape"), "<stdin>"
    shown = display_name(str(path))
    target = Path(path)
    try:
        if target.is_dir():
            raise InputError(f"{shown}: is a directory, not a file (use 'navnenyt batch' for directories)")
        return target.read_bytes(), str(path)
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{shown}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{shown}: cannot read ({exc.strerror or exc.__class__.__name__})") from None


def read_document(path: str | Path) -> Document:
    """Read and decode one file (``"-"`` = standard input, read as bytes).

    Args:
        path: a file path, or ``"-"``.

    Returns:
        the decoded :class:`Document`.

    Raises:
        InputError: missing path, directory, permission denied, other OS errors, binary or undecodable data;
            a one-line message naming the path.
    """
    data, name = _read_bytes(path)
    if data[:2] == GZIP_MAGIC:  # "page.html.gz", as `navnenyt batch` reads it
        data, name = _gunzip(data, name), name.removesuffix(".gz")
    return decode_document(data, name=name)


GZIP_MAGIC = b"\x1f\x8b"
MAX_GUNZIPPED_BYTES = 256_000_000
"""The largest document a gzip-compressed input may unpack to (a guard against decompression bombs)."""


def _gunzip(data: bytes, name: str) -> bytes:
    """The unpacked bytes of a gzip-compressed document.

    Raises:
        InputError: the data is damaged or unpacks to more than :data:`MAX_GUNZIPPED_BYTES`.
    """
    shown = display_name(name)
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(MAX_GUNZIPPED_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{shown}: damaged gzip data ({exc})") from None
    if len(out) > MAX_GUNZIPPED_BYTES:
        raise InputError(f"{shown}: unpacks to more than {MAX_GUNZIPPED_BYTES // 1_000_000} MB")
    return out


def read_path(path: str | Path) -> str:
    """Read a file (``"-"`` = stdin) and decode it with :func:`decode_document`.

    Args:
        path: a file path, or ``"-"``.

    Returns:
        the decoded text (HTML: the extracted text) that record offsets index.

    Raises:
        InputError: missing, unreadable, directory, binary.
    """
    return read_document(path).text
