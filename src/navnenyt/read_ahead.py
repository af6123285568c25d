"""Read-ahead for batch runs: a forked process reads, decodes and scans documents while spaCy loads.

Importing spaCy and loading the pipeline takes about a second on one core, and used to leave the other core idle.
On Linux, ``navnenyt batch`` now forks this process first: it reads the inputs
(:func:`navnenyt.sources.iter_documents`), decodes each document and runs the cheap-first scan
(:func:`navnenyt.lexicon.could_hold_people_news`, which needs no spaCy). A document the scan rules out is done
there: it has no records. Only the others travel on to the extraction workers, already decoded. Nothing in
this module imports spaCy.

Output is unchanged: :class:`navnenyt.api.Extractor` applies the same scan to the same normalised text first, so
a document this process rules out would have given no records there either, and an error in reading or decoding
becomes the same error record as in the worker. Memory stays bounded: at most :data:`QUEUE_MESSAGES` messages
of at most :data:`MESSAGE_ITEMS` documents or :data:`MESSAGE_BYTES` of text wait in the queue.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from navnenyt.batch import chunked, decode, error_line, exit_with_parent, item_key, size_of
from navnenyt.errors import NavnenytError
from navnenyt.lexicon import could_hold_people_news
from navnenyt.normalise import normalise
from navnenyt.sources import Item, RawDoc, ReadError

MESSAGE_ITEMS = 512
"""Documents per queue message at most."""
MESSAGE_BYTES = 1_000_000
"""A queue message closes at this many characters of decoded text even with fewer documents."""
QUEUE_MESSAGES = 32
"""Messages waiting in the queue at most (so at most 16,384 documents or about 32 MB of text ahead)."""


class Scanned(NamedTuple):
    """One document after the cheap-first scan, as the read-ahead process sends it.

    Attributes:
        key: ``[source, doc_id]`` (:func:`navnenyt.batch.item_key`), saved in checkpoints.
        size: the document's input size in bytes (0 for an unreadable one), for the summary's MB/s.
        doc: the document with its decoded text as ``data`` when it may hold people-news, else None.
        error: the error record line (JSON) when it could not be read or decoded, else None.
    """

    key: list[str]
    size: int
    doc: RawDoc | None
    error: str | None


def scan_item(item: Item) -> Scanned:
    """Decode ``item`` and run the cheap-first scan on its normalised text; never raises for bad input."""
    if isinstance(item, ReadError):
        return Scanned(item_key(item), 0, None, error_line(item))
    key, size = item_key(item), size_of(item)
    try:
        text = decode(item)
        if not could_hold_people_news(normalise(text).text):
            return Scanned(key, size, None, None)
    except Exception as exc:  # the same error record the worker would write
        return Scanned(key, size, None, error_line(ReadError.of(item.source, item.doc_id, exc)))
    return Scanned(key, size, dataclasses.replace(item, data=text), None)


def text_size(scanned: Scanned) -> int:
    """Characters of decoded text a :class:`Scanned` carries (0 when the scan ruled it out)."""
    return len(scanned.doc.data) if scanned.doc is not None else 0


def _picklable(exc: BaseException) -> BaseException:
    """``exc`` itself when it survives pickling, else a :class:`NavnenytError` with its class and message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return NavnenytError(f"reading the inputs failed: {type(exc).__name__}: {exc}")
    return exc


def _read(messages: Any, read: Callable[[], Iterator[Item]]) -> None:
    """The read-ahead process: scan every document of ``read()`` and put lists of :class:`Scanned` on
    ``messages``, then None; an exception is put instead and ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    threading.Thread(target=exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        for message in chunked(map(scan_item, read()), MESSAGE_ITEMS, text_size, MESSAGE_BYTES):
            messages.put(message)
        messages.put(None)
    except BaseException as exc:  # e.g. InputError from a resumed run whose inputs changed
        messages.put(_picklable(exc))


class ReadAhead:
    """A forked process scanning ``read()``'s documents ahead; iterate to get them in order as :class:`Scanned`.

    Args:
        read: builds the document iterator (called in the new process, so the inputs are opened there).

    Raises:
        NavnenytError: from the iteration, when the process died without finishing (e.g. killed for memory).
        Any exception ``read()`` raised in the process (e.g. :class:`navnenyt.errors.InputError`).
    """

    def __init__(self, read: Callable[[], Iterator[Item]]) -> None:
        context = multiprocessing.get_context("fork")
        self.messages: Any = context.Queue(QUEUE_MESSAGES)
        self.process = context.Process(target=_read, args=(self.messages, read), name="navnenyt-read-ahead")
        self.process.daemon = True
        self.process.start()

    def __iter__(self) -> Iterator[Scanned]:
        while True:
            try:
                message = self.messages.get(timeout=1.0)
            except queue.Empty:
                if not self.process.is_alive():
                    raise NavnenytError("the read-ahead process died; rerun with --resume to continue") from None
                continue
            if message is None:
                return
            if isinstance(message, BaseException):
                raise message
            yield from message

    def close(self) -> None:
        """Stop the process (if still running) and wait for it."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(timeout=5.0)
        self.messages.close()


def fork_available() -> bool:
    """True where the read-ahead runs: Linux, whose fork start method is also what the workers use."""
    return sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()
