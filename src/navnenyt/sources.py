"""Batch inputs -> a stream of raw documents: files, directories, globs, JSON Lines, zip, tar and WARC.

Every INPUT becomes a lazy stream of :class:`RawDoc` items, with a :class:`ReadError` item in place of any
part that cannot be read (the stream goes on with the next part). Archive members are read one at a time
from the archive stream, never extracted to disk, and refused when they expand past ``max_size`` bytes
(zip-bomb guard, issue 5). Bytes are not decoded here: :func:`navnenyt.reading.decode_bytes` runs later, in
the worker processes. The order is deterministic (directories walked in sorted order, archives in stored
order), which is what ``navnenyt batch --resume`` relies on.

Archive formats are read with the standard library (:mod:`zipfile`, :mod:`tarfile`, :mod:`gzip`) and warcio
(https://github.com/webrecorder/warcio) for WARC.
"""

from __future__ import annotations

import datetime as dt
import functools
import glob
import gzip
import json
import os
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol, Union

from navnenyt.errors import InputError
from navnenyt.reading import GZIP_MAGIC

DEFAULT_MAX_SIZE = 200_000_000
"""Default limit in bytes of one expanded document or archive member (200 MB)."""

MEMBER_SEPARATOR = "::"
"""Joins an archive path and a member name in ``source``: ``"pages.zip::2024/a.html"``."""

WARC_TYPES = ("text/html", "text/plain", "application/xhtml+xml")
"""WARC payload media types read as documents; other records (images, scripts, requests) are skipped."""


@dataclass(frozen=True)
class RawDoc:
    """One input document before decoding.

    Attributes:
        source: the file path, or ``"ARCHIVE::MEMBER"`` for a zip/tar member.
        doc_id: the document's name within its source: the file path, the member name, the JSON Lines
            ``id`` (line number when absent) or the WARC target URI.
        data: raw bytes (files, members, WARC payloads) or text (JSON Lines).
        published: the document's own publication date (JSON Lines ``published``), else None.
        name: the name given to ``decode_bytes`` (a file or member name whose suffix tells the format).
    """

    source: str
    doc_id: str
    data: bytes | str
    published: dt.date | None = None
    name: str = ""


@dataclass(frozen=True)
class ReadError:
    """A document (or the rest of an archive) that could not be read.

    Attributes:
        source, doc_id: as in :class:`RawDoc` (``doc_id`` is the archive's file name when an archive itself failed;
            a single document's path, as a read one has, when a file or ``.gz`` document failed).
        error: the exception's class name, e.g. ``"InputError"``, ``"BadZipFile"``.
        message: the exception's message.
    """

    source: str
    doc_id: str
    error: str
    message: str

    @classmethod
    def of(cls, source: str, doc_id: str, exc: BaseException) -> ReadError:
        """Build the error item for ``exc`` raised while reading ``source`` (message cut to 300 chars)."""
        message = str(exc) or repr(exc)
        return cls(source, doc_id, type(exc).__name__, message if len(message) <= 300 else message[:299] + "…")


Item = Union[RawDoc, ReadError]  # noqa: UP007 (runtime alias on Python 3.10)


def kind_of(name: str) -> str:
    """Return the reader kind of a file name: jsonl, zip, tar, warc, json, gz or file (anything else)."""
    low = name.lower()
    kinds = (
        ((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"), "jsonl"),
        ((".zip",), "zip"),
        ((".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz"), "tar"),
        ((".warc", ".warc.gz"), "warc"),
        ((".json", ".json.gz"), "json"),
        ((".gz",), "gz"),
    )
    return next((kind for suffixes, kind in kinds if low.endswith(suffixes)), "file")


def check_inputs(inputs: Iterable[str]) -> None:
    """Raise :class:`InputError` naming every INPUT that is neither an existing path nor a matching glob."""
    missing = [p for p in inputs if not Path(p).exists() and not glob.glob(p, recursive=True)]
    if missing:
        raise InputError("no such file, directory or matching glob: " + ", ".join(missing))


def walk(root: Path) -> Iterator[Path]:
    """Yield the files under ``root`` recursively in sorted order, skipping hidden names (``.*``)."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath, name)


def expand_inputs(inputs: Iterable[str], exclude: Iterable[Path] = ()) -> Iterator[Path]:
    """Yield the files named by INPUTs: files as given, directories walked, globs expanded (sorted).

    Args:
        inputs: paths or glob patterns (``**`` recursive), in the order given.
        exclude: files never to yield (the run's own output files), compared after ``resolve()``.
    """
    skip = {p.resolve() for p in exclude}
    for item in inputs:
        found = [item] if Path(item).exists() else sorted(glob.glob(item, recursive=True))
        paths = [Path(p) for p in found]
        for path in paths:
            for file in walk(path) if path.is_dir() else [path]:
                if not skip or file.resolve() not in skip:
                    yield file


def count_documents(inputs: Iterable[str], exclude: Iterable[Path] = ()) -> int | None:
    """Return the number of documents when every file is a single document; None when an archive is met."""
    count = 0
    for path in expand_inputs(inputs, exclude):
        if kind_of(path.name) not in {"file", "json"}:  # one item each (a .json file: its error record)
            return None
        count += 1
    return count


def iter_documents(
    inputs: Iterable[str],
    *,
    text_field: str = "text",
    max_size: int = DEFAULT_MAX_SIZE,
    exclude: Iterable[Path] = (),
) -> Iterator[Item]:
    """Yield every document of ``inputs`` in a deterministic order, lazily (one document in memory).

    Args:
        inputs: files, directories (recursive) or glob patterns.
        text_field: the JSON Lines field holding the text.
        max_size: largest accepted document or member, in bytes after decompression.
        exclude: files to leave out (see :func:`expand_inputs`).

    Returns:
        an iterator of :class:`RawDoc`, with a :class:`ReadError` for each unreadable document; when an
        archive breaks midway (truncated gzip), one ReadError replaces the rest of it. Never raises for
        bad input data.
    """
    readers: dict[str, Callable[[Path, str, int], Iterator[Item]]] = {
        "jsonl": read_jsonl,
        "zip": read_zip,
        "tar": read_tar,
        "warc": read_warc,
        "gz": read_gz,
        "json": refuse_json,
        "file": read_file,
    }
    for path in expand_inputs(inputs, exclude):
        try:
            yield from readers[kind_of(path.name)](path, text_field, max_size)
        except Exception as exc:  # a broken archive/file: report it, go on with the next input
            single = kind_of(path.name) in SINGLE_DOCUMENT_KINDS  # its doc_id as a read document's: the path
            yield ReadError.of(str(path), str(path) if single else path.name, exc)


SINGLE_DOCUMENT_KINDS = frozenset({"gz", "file"})
"""Input kinds that hold one document: a failed one's error record has the path as ``doc_id``, as a read one has."""


class Readable(Protocol):
    """A binary stream (file, zip/tar member, gzip, WARC payload)."""

    def read(self, size: int = ..., /) -> bytes:
        """Read up to ``size`` bytes."""
        ...


def too_big(what: str, limit: int, size: int | None = None) -> InputError:
    """Return the error refusing a document that expands past ``limit`` bytes (to ``size`` when known)."""
    known = f"{size:,} bytes; " if size is not None else ""
    return InputError(f"{what} expands past the limit of {limit:,} bytes ({known}--max-member-size); refused")


def read_capped(fh: Readable, limit: int, what: str) -> bytes:
    """Read all of ``fh`` but refuse more than ``limit`` bytes.

    Raises:
        InputError: ``fh`` holds more than ``limit`` bytes (e.g. a zip bomb).
    """
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise too_big(what, limit)
    return data


def member_doc(path: Path, member: str, load: Callable[[], bytes], doc_id: str | None = None) -> Item:
    """Load one archive member into a RawDoc, or a ReadError when ``load`` raises."""
    source = f"{path}{MEMBER_SEPARATOR}{member}"
    try:
        return RawDoc(source, doc_id or member, load(), name=member)
    except Exception as exc:  # a bad member must not stop the archive
        return ReadError.of(source, doc_id or member, exc)


def read_file(path: Path, text_field: str, max_size: int) -> Iterator[Item]:
    """Yield one file as one document."""
    with path.open("rb") as fh:
        yield RawDoc(str(path), str(path), read_capped(fh, max_size, str(path)), name=path.name)


def refuse_json(path: Path, text_field: str, max_size: int) -> Iterator[Item]:
    """Yield an error record for a ``.json`` file: not a batch input.

    A JSON file in a folder of pages is usually metadata or navnenyt's own output, whose text would be read as
    one document with escaped line breaks; documents in JSON go in as JSON Lines instead.
    """
    message = f"{path.name}: a .json file is not a batch input; give documents as JSON Lines (.jsonl), one object "
    message += f'with "id" and "{text_field}" per line'
    yield ReadError.of(str(path), path.name, InputError(message))


def read_gz(path: Path, text_field: str, max_size: int) -> Iterator[Item]:
    """Yield a gzip-compressed single document (``page.html.gz``), named without the ``.gz``; a file so named
    without gzip's magic number is read as it is, as ``navnenyt extract`` reads it (a mislabelled text file)."""
    with path.open("rb") as raw:
        compressed = raw.read(len(GZIP_MAGIC)) == GZIP_MAGIC
    opener: Any = gzip.open if compressed else open
    try:
        with opener(path, "rb") as fh:
            data = read_capped(fh, max_size, str(path))
    except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt file: the message extract gives
        raise InputError(f"{path.name}: damaged gzip data ({exc})") from None
    yield RawDoc(str(path), str(path), data, name=path.name[:-3])


def read_zip(path: Path, text_field: str, max_size: int) -> Iterator[Item]:
    """Yield each file member of a zip archive; a bad member becomes a ReadError and the rest is read."""

    def load(info: zipfile.ZipInfo) -> bytes:
        if info.file_size > max_size:
            raise too_big(info.filename, max_size, info.file_size)
        with zf.open(info) as fh:
            return read_capped(fh, max_size, info.filename)

    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if not info.is_dir():
                yield member_doc(path, info.filename, functools.partial(load, info))


def read_tar(path: Path, text_field: str, max_size: int) -> Iterator[Item]:
    """Yield each regular-file member of a (compressed) tar archive, streaming it in one pass.

    A member that fails to read ends the archive (a broken compressed stream cannot be resumed); the
    error is yielded for that member.
    """
    with tarfile.open(path, mode="r|*") as tf:
        for member in tf:
            if not member.isfile():
                continue
            if member.size > max_size:
                yield ReadError.of(
                    f"{path}{MEMBER_SEPARATOR}{member.name}",
                    member.name,
                    too_big(member.name, max_size, member.size),
                )
                continue
            fh = tf.extractfile(member)
            item = member_doc(path, member.name, fh.read if fh else bytes)
            yield item
            if isinstance(item, ReadError):
                return


def read_jsonl(path: Path, text_field: str, max_size: int) -> Iterator[Item]:
    """Yield one document per non-blank line of a JSON Lines file (``.gz`` decompressed on the fly).

    Each line is an object with ``id`` (optional; the line number otherwise), ``text_field`` and an
    optional ISO ``published`` date; a line that is not such an object becomes a ReadError.
    """
    opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        for lineno, line in enumerate(iter_lines(fh, max_size), start=1):
            if line is None:
                yield ReadError.of(
                    str(path),
                    str(lineno),
                    InputError(f"line {lineno} is longer than the limit of {max_size:,} bytes; refused"),
                )
            elif line.strip():
                yield parse_jsonl_line(line, str(path), lineno, text_field)


def iter_lines(fh: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Yield the lines of ``fh``; None for a line longer than ``limit`` bytes (its rest is skipped)."""
    while line := fh.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def parse_jsonl_line(line: bytes, source: str, lineno: int, text_field: str) -> Item:
    """Parse one JSON Lines document; a malformed line becomes a ReadError."""
    try:
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise InputError(f"line {lineno} is not valid JSON: {exc}") from None
        if not isinstance(obj, dict) or not isinstance(obj.get(text_field), str):
            raise InputError(f"line {lineno} is not a JSON object with a string field {text_field!r}")
        doc_id = str(obj["id"]) if obj.get("id") is not None else str(lineno)
        return RawDoc(source, doc_id, obj[text_field], parse_published(obj.get("published")))
    except Exception as exc:
        return ReadError.of(source, str(lineno), exc)


def parse_published(value: Any) -> dt.date | None:
    """Parse a document's ``published`` value: None, ``"YYYY-MM-DD"`` or an ISO date-time string.

    Raises:
        InputError: any other value.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"published must be an ISO date YYYY-MM-DD, got {value!r}") from None


def read_warc(path: Path, text_field: str, max_size: int) -> Iterator[Item]:
    """Yield the HTML and plain-text payloads of a WARC file (``.warc`` or ``.warc.gz``) read with warcio.

    Kept: ``response`` records with a 2xx status and ``resource``/``conversion`` records, whose media type
    is one of :data:`WARC_TYPES`. The doc_id is the WARC-Target-URI.
    """
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            media = warc_media_type(record)
            if media is None:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("WARC-Record-ID")
            try:
                data = read_capped(record.content_stream(), max_size, uri)
            except Exception as exc:  # a bad payload (e.g. broken chunked encoding): skip this record
                yield ReadError.of(str(path), uri, exc)
                continue
            yield RawDoc(str(path), uri, data, name=warc_name(uri, media))


def warc_name(uri: str, media: str) -> str:
    """Return the name given to ``decode_bytes`` for a WARC payload: the URI plus a type suffix."""
    suffix = ".txt" if media == "text/plain" else ".html"
    return uri if uri.lower().endswith((suffix, ".htm")) else uri + "#" + suffix


def warc_media_type(record: Any) -> str | None:
    """Return the media type of a WARC record worth reading as a document, else None."""
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        content_type = record.http_headers.get_header("Content-Type") or ""
        if not status.startswith("2"):
            return None
    elif record.rec_type in ("resource", "conversion"):
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    media = content_type.split(";")[0].strip().lower()
    return media if media in WARC_TYPES else None
