"""Batch runs: many documents -> one JSON Lines or CSV stream of records; parallel, resumable, flat memory.

On Linux a forked read-ahead process (:mod:`navnenyt.read_ahead`) reads, decodes and scans the documents while the
main process imports spaCy; elsewhere, and with one worker, the main process reads them (:mod:`navnenyt.sources`).
The main process sends chunks of them to worker processes and writes the results in input order. The spaCy
pipeline (:class:`navnenyt.api.Extractor`) is loaded once per process; on Linux it is loaded in the main process
before the workers are forked, so they share it. At most ``3 * workers`` chunks are in flight, so memory does not
grow with the archive.

Resume: beside the output sits a state file (``OUT.state.json``) holding how many documents are done and
the byte lengths of the output and error files at that point. It is replaced atomically after the output
is fsync'd, so after a crash the files hold at least what it says; ``--resume`` truncates them back to
those lengths and skips that many documents. Each document's lines go to the file in one ``write``.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeVar

from navnenyt.errors import InputError, NavnenytError
from navnenyt.records import Education, Entry
from navnenyt.sources import DEFAULT_MAX_SIZE, Item, RawDoc, ReadError, parse_published

if TYPE_CHECKING:
    from navnenyt.read_ahead import ReadAhead, Scanned

T = TypeVar("T")
R = TypeVar("R")
Format = Literal["jsonl", "csv"]

CHUNK_BYTES = 4_000_000
"""A chunk sent to a worker closes at this many input bytes even if it has fewer than ``chunk_size`` docs."""

SCANNED_TASK_ITEMS = 512
"""A task of read-ahead documents (:func:`process_scanned`) holds at most this many, most of them ruled out."""

Tasks = tuple[Callable[[list[Any]], list["DocResult"]], Iterator[list[Any]]]
"""What :func:`write_all` runs: the worker function and the chunks it is mapped over, in input order."""

CSV_COLUMNS = (
    "source",
    "doc_id",
    *(
        f"education_{sub}" if name == "education" else name
        for name in Entry.model_fields
        for sub in (Education.model_fields if name == "education" else [""])
    ),
)
"""CSV header: source, doc_id, then the Entry fields with ``education`` flattened to ``education_*``."""

ERROR_FIELDS = ("source", "doc_id", "error", "message")


# --- options and summary -------------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchOptions:
    """What ``navnenyt batch`` does (one field per command-line option).

    Attributes:
        inputs: files, directories or globs (see :func:`navnenyt.sources.iter_documents`).
        output: the JSON Lines or CSV file written.
        errors: the JSON Lines file of error records, or None (errors then go to stderr, the first 20).
        fmt: "jsonl" or "csv".
        workers: worker processes; None = CPU count; 1 runs in this process.
        resume: continue an interrupted run of the same command.
        published: default publication date; a document's own ``published`` wins.
        text_field: JSON Lines field holding the text.
        max_member_size: largest expanded document or archive member, bytes.
        chunk_size: documents per task sent to a worker.
        progress: show a progress bar; None = only when stderr is a terminal.
        checkpoint_seconds: least time between two checkpoints (fsync + state file).
    """

    inputs: tuple[str, ...]
    output: Path
    errors: Path | None = None
    fmt: Format = "jsonl"
    workers: int | None = None
    resume: bool = False
    published: dt.date | None = None
    text_field: str = "text"
    max_member_size: int = DEFAULT_MAX_SIZE
    chunk_size: int = 16
    progress: bool | None = None
    checkpoint_seconds: float = 1.0

    def fingerprint(self) -> dict[str, Any]:
        """Return the options that decide the output; a resumed run must have the same."""
        keys = ("inputs", "errors", "fmt", "published", "text_field", "max_member_size")
        return {key: str(getattr(self, key)) for key in keys}


@dataclass
class Summary:
    """Figures of one batch run (this invocation only; ``resumed_from`` documents were done before)."""

    documents: int = 0
    records: int = 0
    errors: int = 0
    bytes: int = 0
    seconds: float = 0.0
    resumed_from: int = 0

    def line(self) -> str:
        """Return the one-line summary printed on stderr."""
        secs = max(self.seconds, 1e-9)
        resumed = f" (resumed after {self.resumed_from:,} documents)" if self.resumed_from else ""
        return (
            f"navnenyt batch: {_count(self.documents, 'document')} ({_count(self.errors, 'error')}), "
            f"{_count(self.records, 'record')} in {self.seconds:.1f} s ({_rate(self.bytes / secs)}, "
            f"{self.documents / secs:,.0f} documents/s){resumed}"
        )


def _rate(bytes_per_second: float) -> str:
    """ "7.52 MB/s", "3.1 kB/s" or "120 B/s": the largest decimal unit that keeps a figure of at least 1."""
    if bytes_per_second >= 1e6:
        return f"{bytes_per_second / 1e6:.2f} MB/s"
    if bytes_per_second >= 1e3:
        return f"{bytes_per_second / 1e3:.1f} kB/s"
    return f"{bytes_per_second:.0f} B/s"


def _count(n: int, noun: str) -> str:
    """ "1 error", "2 errors", "1,200 records"."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


# --- worker side ---------------------------------------------------------------------------------------
class DocResult(NamedTuple):
    """What a worker returns for one document: formatted record lines, an error line or None, input size."""

    lines: list[str]
    error: str | None
    size: int


@dataclass
class WorkerState:
    """Per-process state: the extractor (loaded once) and the output settings."""

    extractor: Any = None
    fmt: Format = "jsonl"
    published: dt.date | None = None
    failure: NavnenytError | None = None


_state = WorkerState()


def init_worker(fmt: Format, published: dt.date | None, in_pool: bool) -> None:
    """Load the pipeline once in this process; a failure is kept and raised with the first task."""
    global _state
    if in_pool:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
        threading.Thread(target=exit_with_parent, args=(os.getppid(),), daemon=True).start()
    from navnenyt import api

    _state = WorkerState(fmt=fmt, published=published)
    try:
        _state.extractor = api.Extractor()
    except NavnenytError as exc:
        _state.failure = exc


def exit_with_parent(parent: int) -> None:
    """End this worker when its parent dies (kill -9 of the main process leaves no orphans)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def process_chunk(chunk: list[Item]) -> list[DocResult]:
    """Extract and format the records of each document of ``chunk`` (in a worker)."""
    if _state.failure is not None:
        raise _state.failure
    return [process_item(item) for item in chunk]


def process_item(item: Item) -> DocResult:
    """Decode, extract and format one document; any exception becomes an error line."""
    if isinstance(item, ReadError):
        return DocResult([], error_line(item), 0)
    try:
        text = decode(item)
        entries = _state.extractor.extract(text, published=item.published or _state.published)
        lines = [format_row(record_row(item, entry), _state.fmt) for entry in entries]
    except Exception as exc:  # one bad document must not stop the run
        return DocResult([], error_line(ReadError.of(item.source, item.doc_id, exc)), size_of(item))
    return DocResult(lines, None, size_of(item))


def process_scanned(chunk: list[Scanned]) -> list[DocResult]:
    """Extract and format the documents of ``chunk`` that the read-ahead's scan kept (in a worker); the others
    are done: no records, or their error record."""
    if _state.failure is not None:
        raise _state.failure
    results = []
    for scanned in chunk:
        if scanned.doc is None:
            results.append(DocResult([], scanned.error, scanned.size))
        else:
            lines, error, _ = process_item(scanned.doc)
            results.append(DocResult(lines, error, scanned.size))
    return results


def size_of(item: Item) -> int:
    """Return the size of a document in bytes (UTF-8 for text); 0 for an error item."""
    if isinstance(item, ReadError):
        return 0
    return len(item.data) if isinstance(item.data, bytes) else len(item.data.encode("utf-8"))


def decode(item: RawDoc) -> str:
    """The text of a document: its bytes decoded with :func:`navnenyt.reading.decode_bytes` (which reads HTML as its
    text); a text given as text (a JSON Lines field) that is HTML (:func:`navnenyt.reading.looks_like_html`) read as its
    text by inscriptis as well, so a CMS export's body gives what ``navnenyt extract`` gives for a file of it (records'
    offsets index that text)."""
    from navnenyt.reading import decode_bytes, html_to_text, looks_like_html

    if isinstance(item.data, str):
        return html_to_text(item.data) if looks_like_html(item.data, item.name or "") else item.data
    return decode_bytes(item.data, name=item.name or item.doc_id)


def record_row(item: RawDoc, entry: Entry) -> dict[str, Any]:
    """Return the output row of one record: ``source``, ``doc_id`` and the Entry fields (JSON types)."""
    return {"source": item.source, "doc_id": item.doc_id, **entry.model_dump(mode="json")}


def format_row(row: dict[str, Any], fmt: Format) -> str:
    """Format one row as a JSON line, or a CSV record with ``education`` flattened (newline-terminated)."""
    if fmt == "jsonl":
        return json.dumps(row, ensure_ascii=False) + "\n"
    education = row.get("education") or {}
    flat = {**row, **{f"education_{k}": v for k, v in education.items()}}
    return csv_line([flat.get(col) for col in CSV_COLUMNS])


def csv_line(values: Iterable[Any]) -> str:
    """Return one CSV record (None as an empty field), terminated by ``\\n``."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(["" if v is None else v for v in values])
    return buf.getvalue()


def error_line(error: ReadError) -> str:
    """Return the JSON line of an error record."""
    return json.dumps(asdict(error), ensure_ascii=False) + "\n"


# --- ordered, bounded parallel map ---------------------------------------------------------------------
def chunked(
    items: Iterable[T], size: int, size_of: Callable[[T], int] = lambda _: 0, limit: int = CHUNK_BYTES
) -> Iterator[list[T]]:
    """Group ``items`` into lists of ``size`` items, closing a list early when its ``size_of`` sum reaches
    ``limit`` (default :data:`CHUNK_BYTES`)."""
    chunk: list[T] = []
    nbytes = 0
    for item in items:
        chunk.append(item)
        nbytes += size_of(item)
        if len(chunk) >= size or nbytes >= limit:
            yield chunk
            chunk, nbytes = [], 0
    if chunk:
        yield chunk


def ordered_map(
    func: Callable[[T], R],
    tasks: Iterable[T],
    workers: int,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
) -> Iterator[R]:
    """Yield ``func(task)`` for each task in order, run by ``workers`` processes, at most 3 per worker ahead.

    ``initializer(*initargs, in_pool)`` runs once per process; with the fork start method (Linux) it runs here
    first, so what it loads is loaded once and the workers inherit it. With ``workers <= 1`` everything runs
    here. Exceptions from ``func`` are raised here.
    """
    if workers <= 1:
        initializer(*initargs, False)
        yield from map(func, tasks)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if sys.platform == "linux" and "fork" in methods else None)
    fork = context.get_start_method() == "fork"
    if fork:
        initializer(*initargs, False)  # load once here: forked workers share it (copy-on-write) and start at once
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=initializer, initargs=(*initargs, True))
    pending: deque[Future[R]] = deque()
    done = False
    try:
        for task in tasks:
            if fork and not pending:
                gc.freeze()  # the workers, forked at the first submit, never scan (and so copy) the loaded objects
            pending.append(pool.submit(func, task))
            gc.unfreeze()  # this process collects as before
            if len(pending) >= 3 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        done = True
    finally:
        pool.shutdown(wait=done, cancel_futures=True)


def parse_size(value: str) -> int:
    """Parse a size such as ``"200MB"``, ``"64k"``, ``"1G"`` or ``"4096"`` into bytes (K/M/G = 10**3/6/9).

    Raises:
        InputError: not a positive size.
    """
    text = value.strip().upper().removesuffix("B")
    scale = {"K": 10**3, "M": 10**6, "G": 10**9}.get(text[-1:], 1)
    number = text[:-1] if scale > 1 else text
    try:
        size = int(float(number) * scale)
    except (ValueError, OverflowError):
        size = 0
    if size <= 0:
        raise InputError(f"a size must look like 200MB, 64KB or 4096, got {value!r}")
    return size


def workers_or_default(workers: int | None) -> int:
    """Return ``workers``, or the CPU count when None."""
    return max(1, workers if workers is not None else (os.cpu_count() or 1))


# --- extract_many --------------------------------------------------------------------------------------
def extract_many(
    texts_or_docs: Iterable[str | Mapping[str, Any]],
    *,
    workers: int | None = None,
    published: dt.date | None = None,
    chunk_size: int = 16,
) -> Iterator[list[Entry]]:
    """Extract records from many texts in parallel; yields one list per input, in input order.

    ``list(extract_many(texts))`` equals ``[navnenyt.extract(t) for t in texts]``; memory stays flat for
    any number of inputs (they are read lazily, a few chunks ahead).

    Args:
        texts_or_docs: strings, or mappings with ``"text"`` and optionally ``"published"`` (date or ISO
            string, wins over ``published``).
        workers: processes; None = CPU count; 1 = this process. On Linux the pipeline is loaded once in this
            process (and stays loaded) and the forked workers share it; elsewhere each worker loads it.
        published: default publication date anchoring year-less dates.
        chunk_size: inputs per task sent to a worker.

    Returns:
        an iterator of ``list[Entry]``, one per input.

    Raises:
        NavnenytError: the error of the first input that fails (as :func:`navnenyt.extract` would).
    """

    def to_task(item: str | Mapping[str, Any]) -> tuple[str, dt.date | None]:
        if isinstance(item, str):
            return item, published
        return item["text"], parse_published(item.get("published")) or published

    tasks = chunked(map(to_task, texts_or_docs), chunk_size, lambda task: len(task[0]))
    count = workers_or_default(workers)
    for results in ordered_map(extract_chunk, tasks, count, init_worker, ("jsonl", published)):
        yield from results


def extract_chunk(chunk: list[tuple[str, dt.date | None]]) -> list[list[Entry]]:
    """Extract each (text, published) pair of ``chunk`` (in a worker)."""
    if _state.failure is not None:
        raise _state.failure
    return [_state.extractor.extract(text, published=pub) for text, pub in chunk]


# --- output files and checkpoints ----------------------------------------------------------------------
def state_path(output: Path) -> Path:
    """Return the resume state file of ``output``: ``OUT.state.json`` beside it."""
    return output.with_name(output.name + ".state.json")


@dataclass
class Checkpoint:
    """Progress that survives a crash: documents done and the output/error file lengths at that point."""

    fingerprint: dict[str, Any]
    done: int = 0
    output_bytes: int = 0
    errors_bytes: int = 0
    last: list[str] = field(default_factory=list)
    finished: bool = False


class Sink:
    """The output and error files of a run, written one whole document at a time, with checkpoints.

    Args:
        opts: the run's options.
        point: where to start (fresh: all zero; resumed: as loaded from the state file).
    """

    def __init__(self, opts: BatchOptions, point: Checkpoint) -> None:
        self.opts, self.point, self.state = opts, point, state_path(opts.output)
        self.out = self._open(opts.output, point.output_bytes)
        self.err = self._open(opts.errors, point.errors_bytes) if opts.errors else None
        if point.output_bytes == 0 and opts.fmt == "csv":
            self.point.output_bytes = os.write(self.out, csv_line(CSV_COLUMNS).encode())
        self.last_checkpoint = 0.0
        self.shown_errors = 0
        self.pending: deque[list[str]] = deque()  # keys of documents sent to the workers, not yet written

    @staticmethod
    def _open(path: Path, length: int) -> int:
        """Open ``path`` for appending after truncating it to ``length`` bytes (refusing a too-short file)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o666)
        if os.fstat(fd).st_size < length:
            os.close(fd)
            raise InputError(f"{path} is shorter than its resume state says; rerun without --resume")
        os.ftruncate(fd, length)
        os.lseek(fd, length, os.SEEK_SET)
        return fd

    def write(self, item_key: list[str], result: DocResult, show: Callable[[str], None]) -> None:
        """Append one document's records (one write) and error, then count it done."""
        out_bytes = os.write(self.out, "".join(result.lines).encode()) if result.lines else 0
        err_bytes = 0
        if result.error and self.err is not None:
            err_bytes = os.write(self.err, result.error.encode())
        elif result.error and self.shown_errors < 20:
            self.shown_errors += 1
            show(error_message(result.error, self.shown_errors))
        p = self.point  # replaced in one assignment, so a signal never leaves it half updated
        self.point = Checkpoint(
            p.fingerprint, p.done + 1, p.output_bytes + out_bytes, p.errors_bytes + err_bytes, item_key
        )

    def checkpoint(self, *, force: bool = False, finished: bool = False) -> None:
        """fsync the files, then atomically replace the state file (at most every ``checkpoint_seconds``)."""
        now = time.monotonic()
        if not force and now - self.last_checkpoint < self.opts.checkpoint_seconds:
            return
        for fd in (self.out, self.err):
            if fd is not None:
                os.fsync(fd)
        self.point.finished = finished
        write_atomic(self.state, json.dumps(asdict(self.point), ensure_ascii=False))
        self.last_checkpoint = now

    def close(self) -> None:
        """Close the files."""
        for fd in (self.out, self.err):
            if fd is not None:
                os.close(fd)


def error_message(line: str, count: int) -> str:
    """Return the stderr line for an error record (used when there is no ``--errors`` file)."""
    err = json.loads(line)
    more = " (more errors not shown; use --errors FILE)" if count == 20 else ""
    return f"navnenyt: skipped {err['source']}: {err['error']}: {err['message']}{more}"


def temp_path(path: Path) -> Path:
    """The temporary file :func:`write_atomic` writes before renaming it to ``path``: ``PATH.tmp``."""
    return path.with_name(path.name + ".tmp")


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` atomically and durably (temp file, fsync, rename, fsync directory)."""
    tmp = temp_path(path)
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def start_point(opts: BatchOptions) -> Checkpoint:
    """Return where the run starts: the saved checkpoint with ``--resume`` (when there is one), else zero.

    Raises:
        InputError: the state file belongs to a different command, or is unreadable.
    """
    fresh = Checkpoint(opts.fingerprint())
    path = state_path(opts.output)
    if not opts.resume or not path.exists():
        path.unlink(missing_ok=True)  # a stale state must never describe the new, truncated output
        return fresh
    try:
        point = Checkpoint(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(f"cannot read the resume state {path}: {exc}; rerun without --resume") from None
    if point.fingerprint != fresh.fingerprint:
        raise InputError(
            f"{path} was written by a different command (inputs or options differ); "
            "rerun the same command, or drop --resume to start over"
        )
    return point


def item_key(item: Item) -> list[str]:
    """Return the identity of a document saved in checkpoints: ``[source, doc_id]``."""
    return [item.source, item.doc_id]


def skip_done(items: Iterator[Item], point: Checkpoint) -> Iterator[Item]:
    """Skip the ``point.done`` documents of a resumed run, checking that the inputs are unchanged.

    Raises:
        InputError: the inputs no longer start with the documents the interrupted run had done.
    """
    count, last = 0, []
    for item in islice(items, point.done):
        count, last = count + 1, item_key(item)
    if count != point.done or last != point.last:
        raise InputError(
            "the inputs changed since the interrupted run (its last done document "
            f"{point.last} is not where it was); rerun without --resume"
        )
    return items


# --- progress ------------------------------------------------------------------------------------------
class Progress:
    """A rich progress bar on stderr (documents done/total, documents/s, records), or nothing.

    Refreshed from the main loop (no refresh thread, so worker processes are never forked beside one).
    """

    def __init__(self, enabled: bool, total: int | None, done: int) -> None:
        self.bar: Any = None
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            self.bar = RichProgress(
                TextColumn("[bold]navnenyt batch"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} docs/s"),
                TextColumn("{task.fields[records]:,} records"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                auto_refresh=False,
            )
            self.task = self.bar.add_task("batch", total=total, completed=done, rate="-", records=0)
            self.bar.start()
        self.start, self.last = time.monotonic(), 0.0

    def update(self, documents: int, records: int, run_docs: int, *, force: bool = False) -> None:
        """Show ``documents`` done (all runs) and ``records`` found, at most 10 times a second."""
        now = time.monotonic()
        if self.bar is None or (now - self.last < 0.1 and not force):
            return
        rate = f"{run_docs / max(now - self.start, 1e-9):,.0f}"
        self.bar.update(self.task, completed=documents, rate=rate, records=records)
        self.bar.refresh()
        self.last = now

    def print(self, message: str) -> None:
        """Print a line on stderr above the bar."""
        if self.bar is not None:
            self.bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            print(message, file=sys.stderr)

    def stop(self) -> None:
        """Stop refreshing the bar (its last state stays on screen)."""
        if self.bar is not None:
            self.bar.stop()


# --- the run -------------------------------------------------------------------------------------------
class Interrupt:
    """Turns the first SIGINT/SIGTERM into a flag the main loop checks (so it can checkpoint and stop)."""

    def __init__(self) -> None:
        self.raised = False
        self.saved: dict[int, Any] = {}

    def __enter__(self) -> Interrupt:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self.saved[sig] = signal.signal(sig, self.handle)
        return self

    def handle(self, signum: int, frame: Any) -> None:
        """First signal: set the flag; second: stop at once."""
        if self.raised:
            raise KeyboardInterrupt
        self.raised = True

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self.saved.items():
            signal.signal(sig, handler)


def run(opts: BatchOptions) -> Summary:
    """Run a batch: read ``opts.inputs``, extract in parallel, write records and error records.

    Returns:
        the :class:`Summary` of this invocation.

    Raises:
        InputError: an INPUT does not exist, or ``--resume`` cannot continue (state of another command).
        ModelError: the pipeline cannot be loaded.
        NavnenytError: a worker process died (e.g. killed for memory); the run can be resumed.
        KeyboardInterrupt: stopped by Ctrl-C or SIGTERM, after a checkpoint (rerun with ``--resume``).
    """
    from navnenyt.sources import check_inputs, count_documents, iter_documents

    check_inputs(opts.inputs)
    point = start_point(opts)
    summary = Summary(resumed_from=point.done)
    if point.finished:
        return summary
    own = [p for p in (opts.output, opts.errors, state_path(opts.output)) if p is not None]
    exclude = own + [temp_path(p) for p in own]  # (an output inside an input folder: never read back, nor the
    # state file's temporary copy that lives between a write and its rename)

    def read() -> Iterator[Item]:
        items = iter_documents(opts.inputs, text_field=opts.text_field, max_size=opts.max_member_size, exclude=exclude)
        return skip_done(items, point)

    workers = workers_or_default(opts.workers)
    ahead = start_read_ahead(read) if workers > 1 else None
    try:
        show = opts.progress if opts.progress is not None else sys.stderr.isatty()
        total = count_documents(opts.inputs, exclude) if show else None
        sink = Sink(opts, point)
        sink.checkpoint(force=True)
        started = time.monotonic()
        try:
            tasks = scanned_tasks(ahead, opts.chunk_size, sink) if ahead is not None else item_tasks(read(), opts, sink)
            write_all(opts, workers, tasks, sink, Progress(show, total, point.done), summary)
        finally:
            summary.seconds = time.monotonic() - started
            sink.close()
    finally:
        if ahead is not None:
            ahead.close()
    return summary


def start_read_ahead(read: Callable[[], Iterator[Item]]) -> ReadAhead | None:
    """Fork the read-ahead process (:mod:`navnenyt.read_ahead`) where fork exists, before spaCy is imported;
    None elsewhere (the main process then reads)."""
    from navnenyt.read_ahead import ReadAhead, fork_available

    return ReadAhead(read) if fork_available() else None


def item_tasks(items: Iterator[Item], opts: BatchOptions, sink: Sink) -> Tasks:
    """Worker tasks read here: chunks of ``opts.chunk_size`` documents for :func:`process_chunk`."""

    def remember(item: Item) -> Item:
        sink.pending.append(item_key(item))
        return item

    return process_chunk, chunked(map(remember, items), opts.chunk_size, size_of)


def scanned_tasks(ahead: ReadAhead, docs: int, sink: Sink) -> Tasks:
    """Worker tasks from the read-ahead: chunks with at most ``docs`` documents the scan kept (and up to
    :data:`SCANNED_TASK_ITEMS` it ruled out, which cost the worker nothing) for :func:`process_scanned`."""

    def remember(scanned: Scanned) -> Scanned:
        sink.pending.append(scanned.key)
        return scanned

    return process_scanned, chunked(map(remember, ahead), SCANNED_TASK_ITEMS, lambda s: s.doc is not None, docs)


def write_all(opts: BatchOptions, workers: int, tasks: Tasks, sink: Sink, progress: Progress, summary: Summary) -> None:
    """The main loop: chunks to workers, results written in order, checkpoints, progress, interrupts."""
    func, chunks = tasks
    try:
        with Interrupt() as interrupt:
            initargs = (opts.fmt, opts.published)
            for results in ordered_map(func, chunks, workers, init_worker, initargs):
                for result in results:
                    sink.write(sink.pending.popleft(), result, progress.print)
                    summary.documents += 1
                    summary.records += len(result.lines)
                    summary.errors += result.error is not None
                    summary.bytes += result.size
                progress.update(sink.point.done, summary.records, summary.documents)
                sink.checkpoint()
                if interrupt.raised:
                    raise KeyboardInterrupt
        progress.update(sink.point.done, summary.records, summary.documents, force=True)
        sink.checkpoint(force=True, finished=True)
    except BrokenProcessPool:
        sink.checkpoint(force=True)
        raise NavnenytError("a worker process died (out of memory?); rerun with --resume to continue") from None
    except BaseException:  # Ctrl-C, SIGTERM, a model error: keep what is done
        sink.checkpoint(force=True)
        raise
    finally:
        progress.stop()
