"""Tests of navnenyt.batch and ``navnenyt batch``: equality with extract, ordering, error records, CSV,
resume after an interruption (also a real kill -9 of a running command), extract_many."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import navnenyt
from navnenyt import batch, sources
from navnenyt.batch import BatchOptions, Summary, format_row, parse_size, state_path
from navnenyt.cli import app
from navnenyt.errors import InputError
from navnenyt.reading import decode_bytes
from navnenyt.records import Education, Entry, EntryKind

NOTICE = "Mads Krog er pr. 1. april 2026 ansat som indkøbschef i Lunde A/S."
YEARLESS = "Anne Holm er pr. 1. marts ansat som direktør i Bager ApS."
PROSE = "Regeringen fremlagde i går et nyt udspil om kollektiv trafik. Forhandlingerne fortsætter i næste uge.\n"
PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "page-itnyt.txt").read_text(encoding="utf-8")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def run_batch(inputs: list[Path], out: Path, **options: Any) -> tuple[Summary, list[str], list[dict[str, Any]]]:
    """Run a batch in this process (1 worker unless given); return the summary, output lines, error records."""
    errors = out.with_name("errors.jsonl")
    opts = BatchOptions(tuple(map(str, inputs)), out, errors=errors, workers=options.pop("workers", 1), **options)
    summary = batch.run(opts)
    error_rows = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    return summary, out.read_text(encoding="utf-8").splitlines(keepends=True), error_rows


def expected_rows(source: str, doc_id: str, text: str, published: dt.date | None = None) -> list[dict[str, Any]]:
    """What batch must write for one document: ``navnenyt.extract`` plus source and doc_id."""
    return [
        {"source": source, "doc_id": doc_id, **e.model_dump(mode="json")}
        for e in navnenyt.extract(text, published=published)
    ]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A directory with a text notice, an HTML page, prose, a JSON Lines export and a zip archive."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(NOTICE, encoding="utf-8")
    (root / "sub" / "page.html").write_text(f"<html><body><p>{YEARLESS}</p></body></html>", encoding="utf-8")
    (root / "sub" / "prose.txt").write_text(PROSE * 20, encoding="utf-8")
    docs = [{"id": "j1", "text": YEARLESS, "published": "2024-02-01"}, {"id": "j2", "text": PAGE}]
    (root / "export.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    with zipfile.ZipFile(root / "pages.zip", "w") as zf:
        zf.writestr("z/notice.txt", NOTICE)
        zf.writestr("z/page.txt", PAGE)
    return root


@pytest.mark.parametrize("workers", [1, 2])  # 2: read and scanned ahead in a forked process (Linux)
def test_batch_output_equals_extract_on_every_document(corpus: Path, tmp_path: Path, workers: int) -> None:
    default = dt.date(2025, 1, 15)
    summary, lines, errors = run_batch([corpus], tmp_path / "out.jsonl", published=default, workers=workers)
    zip_path, jsonl = corpus / "pages.zip", str(corpus / "export.jsonl")
    expected = [
        *expected_rows(str(corpus / "a.txt"), str(corpus / "a.txt"), NOTICE, default),
        *expected_rows(jsonl, "j1", YEARLESS, dt.date(2024, 2, 1)),  # the document's own date wins
        *expected_rows(jsonl, "j2", PAGE, default),
        *expected_rows(f"{zip_path}::z/notice.txt", "z/notice.txt", NOTICE, default),
        *expected_rows(f"{zip_path}::z/page.txt", "z/page.txt", PAGE, default),
    ]
    html = corpus / "sub" / "page.html"
    html_text = decode_bytes(html.read_bytes(), name="page.html")
    expected += expected_rows(str(html), str(html), html_text, default)
    expected += expected_rows(str(corpus / "sub" / "prose.txt"), str(corpus / "sub" / "prose.txt"), PROSE * 20)
    assert [json.loads(line) for line in lines] == expected
    assert any(row["person"] == "Mads Krog" for row in expected)  # the comparison is not vacuous
    assert (summary.documents, summary.records, summary.errors, errors) == (7, len(expected), 0, [])
    files = [corpus / "a.txt", html, corpus / "sub" / "prose.txt"]
    texts = [YEARLESS, PAGE, NOTICE, PAGE]  # JSON Lines and zip members
    assert summary.bytes == sum(len(p.read_bytes()) for p in files) + sum(len(t.encode()) for t in texts)


def test_two_workers_write_the_same_file_as_one(corpus: Path, tmp_path: Path) -> None:
    _, one, _ = run_batch([corpus], tmp_path / "one.jsonl", chunk_size=1)
    _, two, _ = run_batch([corpus], tmp_path / "two.jsonl", workers=2, chunk_size=1)
    assert one == two and len(one) >= 2


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_documents_become_error_records_and_the_rest_is_processed(tmp_path: Path, workers: int) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "logo.png").write_bytes(PNG)
    (root / "ok.txt").write_text(NOTICE, encoding="utf-8")
    (root / "cut.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": NOTICE}).encode() * 50)[:40])
    with zipfile.ZipFile(root / "mixed.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"A" * 200_000)
        zf.writestr("fine.txt", NOTICE)
    summary, lines, errors = run_batch([root], tmp_path / "out.jsonl", max_member_size=50_000, workers=workers)
    assert [(e["source"], e["doc_id"], e["error"]) for e in errors] == [
        (str(root / "cut.jsonl.gz"), "cut.jsonl.gz", "EOFError"),
        (str(root / "logo.png"), str(root / "logo.png"), "InputError"),
        (f"{root / 'mixed.zip'}::bomb.txt", "bomb.txt", "InputError"),
    ]
    assert "past the limit of 50,000 bytes" in errors[2]["message"]
    sources = [json.loads(line)["source"] for line in lines]
    assert sources == [f"{root / 'mixed.zip'}::fine.txt"] * len(expected_rows("", "", NOTICE)) + [
        str(root / "ok.txt")
    ] * len(expected_rows("", "", NOTICE))
    assert (summary.documents, summary.errors) == (5, 3)


def test_csv_output_has_flat_columns(corpus: Path, tmp_path: Path) -> None:
    run_batch([corpus / "a.txt"], tmp_path / "out.csv", fmt="csv")
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [
        "source", "doc_id", "kind", "label", "person", "organisation", "role", "date", "date_precision",
        "previous_role", "previous_organisation", "education_programme", "education_specialisation",
        "education_institution", "education_via", "years", "age", "award", "text", "start", "end",
    ]  # fmt: skip
    expected = expected_rows(str(corpus / "a.txt"), str(corpus / "a.txt"), NOTICE)
    assert [(r["person"], r["organisation"], r["date"], r["start"]) for r in rows] == [
        (e["person"], e["organisation"] or "", e["date"] or "", str(e["start"])) for e in expected
    ]


def test_csv_row_flattens_education_and_keeps_newlines_quoted() -> None:
    entry = Entry(
        kind=EntryKind.completed_education, person="Mette Kragh", text="Mette\nKragh", start=0, end=11,
        education=Education(programme="Master i it", institution="Aalborg Universitet"),
    )  # fmt: skip
    line = format_row({"source": "s.txt", "doc_id": "s", **entry.model_dump(mode="json")}, "csv")
    row = next(csv.DictReader(io.StringIO(line), fieldnames=batch.CSV_COLUMNS))
    assert (row["education_programme"], row["education_institution"], row["education_via"]) == (
        "Master i it", "Aalborg Universitet", "",
    )  # fmt: skip
    assert (row["text"], row["kind"], row["age"]) == ("Mette\nKragh", "completed_education", "")


@pytest.mark.parametrize("workers", [1, 2])
def test_resume_after_interruption_truncates_and_continues(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    _, clean, _ = run_batch([corpus], tmp_path / "clean.jsonl", chunk_size=1, workers=workers)
    out = tmp_path / "out.jsonl"
    calls = {"n": 0}
    real_write = batch.Sink.write

    def write_then_stop(self: batch.Sink, key: list[str], result: batch.DocResult, show: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 4:  # interrupted after writing the 4th document's lines, before counting it
            os.write(self.out, "".join(result.lines).encode() + b'{"half a li')
            raise KeyboardInterrupt
        real_write(self, key, result, show)

    monkeypatch.setattr(batch.Sink, "write", write_then_stop)
    with pytest.raises(KeyboardInterrupt):
        run_batch([corpus], out, chunk_size=1, workers=workers)
    monkeypatch.setattr(batch.Sink, "write", real_write)
    assert json.loads(state_path(out).read_text())["done"] == 3
    assert out.read_text(encoding="utf-8").endswith('{"half a li')
    summary, resumed, _ = run_batch([corpus], out, chunk_size=1, resume=True, workers=workers)
    assert resumed == clean
    assert (summary.resumed_from, summary.documents) == (3, 4)


def test_resume_of_a_finished_run_does_nothing(corpus: Path, tmp_path: Path) -> None:
    _, first, _ = run_batch([corpus / "a.txt"], tmp_path / "out.jsonl")
    summary, again, _ = run_batch([corpus / "a.txt"], tmp_path / "out.jsonl", resume=True)
    assert again == first and (summary.documents, summary.resumed_from) == (0, 1)


@pytest.mark.parametrize("workers", [1, 2])
def test_resume_refuses_another_command_and_changed_inputs(corpus: Path, tmp_path: Path, workers: int) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([corpus], out, workers=workers)
    state = json.loads(state_path(out).read_text())
    with pytest.raises(InputError, match="different command"):
        run_batch([corpus], out, resume=True, fmt="csv", workers=workers)
    state_path(out).write_text(json.dumps({**state, "done": 2, "finished": False}))
    with pytest.raises(InputError, match="inputs changed"):  # raised in the read-ahead process with 2 workers
        run_batch([corpus], out, resume=True, workers=workers)


def test_a_new_run_without_resume_starts_over(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old line\n" * 100, encoding="utf-8")
    _, lines, _ = run_batch([corpus / "a.txt"], out)
    assert lines == [
        json.dumps(r, ensure_ascii=False) + "\n" for r in expected_rows(*[str(corpus / "a.txt")] * 2, NOTICE)
    ]


def test_progress_bar_only_when_asked_on_a_non_terminal(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_batch([corpus / "sub"], tmp_path / "quiet.jsonl")
    assert capsys.readouterr().err == ""
    run_batch([corpus / "sub"], tmp_path / "shown.jsonl", progress=True)
    err = capsys.readouterr().err
    assert "navnenyt batch" in err and "2/2" in err and "docs/s" in err and "records" in err


def test_extract_many_equals_extract() -> None:
    texts = [NOTICE, PROSE, PAGE, "", YEARLESS]
    expected = [navnenyt.extract(t) for t in texts]
    assert list(navnenyt.extract_many(texts, workers=1)) == expected
    assert list(navnenyt.extract_many(iter(texts), workers=2, chunk_size=2)) == expected
    docs = [{"text": YEARLESS, "published": "2024-02-01"}, {"text": YEARLESS}]
    default = dt.date(2025, 6, 1)
    assert list(navnenyt.extract_many(docs, workers=1, published=default)) == [
        navnenyt.extract(YEARLESS, published=dt.date(2024, 2, 1)),
        navnenyt.extract(YEARLESS, published=default),
    ]


@pytest.mark.parametrize(
    ("text", "size"), [("200MB", 200_000_000), ("64kb", 64_000), ("1.5M", 1_500_000), ("4096", 4096)]
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("bad", ["", "MB", "-5", "lots", "inf", "nan"])
def test_parse_size_refuses(bad: str) -> None:
    with pytest.raises(InputError):
        parse_size(bad)


def test_cli_batch_writes_output_and_summary(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(corpus / "a.txt"), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    records = len(expected_rows("", "", NOTICE))
    assert result.stderr.startswith(f"navnenyt batch: 1 document (0 errors), {records} record")
    assert " in " in result.stderr and "B/s" in result.stderr and "documents/s" in result.stderr
    assert out.read_text(encoding="utf-8").count("\n") == len(expected_rows("", "", NOTICE))


def test_cli_batch_warns_when_the_inputs_hold_no_documents(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / ".hidden.txt").write_text("Mette Holm er ansat som CFO i Lunde A/S.", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(empty), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("navnenyt batch: 0 documents (0 errors), 0 records")
    assert "warning: the inputs hold no documents" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope/*.html"], "no such file, directory or matching glob: nope/*.html"),
        (["{corpus}", "--format", "xml"], "--format must be jsonl or csv"),
        (["{corpus}", "--max-member-size", "huge"], "a size must look like"),
        (["{corpus}", "--published", "2025-13-01"], "--published must be an ISO date"),
    ],
)
def test_cli_batch_usage_errors(corpus: Path, tmp_path: Path, args: list[str], message: str) -> None:
    argv = ["batch", *[a.format(corpus=corpus) for a in args], "-o", str(tmp_path / "o.jsonl")]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2 and message in result.stderr, result.output


# --- a real interruption of a running command ------------------------------------------------------------
FAKE_MAIN = """
import sys, time
import navnenyt.api
from navnenyt.records import Entry


class SlowFakeExtractor:
    '''One record per non-blank line, 20 ms per document, so that a kill lands midway.'''

    def __init__(self, **kwargs):
        pass

    def extract(self, text, *, published=None):
        time.sleep(0.02)
        return [Entry(kind="other", person=s, text=s, start=0, end=len(s)) for s in text.splitlines() if s]


navnenyt.api.Extractor = SlowFakeExtractor
import navnenyt.read_ahead  # its cheap-first scan would rule these documents out before the fake sees them
navnenyt.read_ahead.could_hold_people_news = lambda text: True
from navnenyt.cli import main

main()
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    """A tar.gz of 300 two-line documents (and 3 binary members), a fake-extractor entry script, and the
    command's arguments; plus a clean run's output beside it (``clean.jsonl``, ``clean.errors.jsonl``)."""
    root = tmp_path_factory.mktemp("kill")
    path = root / "docs.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        for i in range(300):
            data = PNG if i % 100 == 50 else f"Person {i} a\nPerson {i} b\n".encode()
            info = tarfile.TarInfo(f"d/{i:04d}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    script = root / "fake_main.py"
    script.write_text(FAKE_MAIN, encoding="utf-8")
    clean = subprocess.run(command(script, path, root / "clean"), env=child_env(), capture_output=True, text=True)
    assert clean.returncode == 0, clean.stderr
    return script, path, (root / "clean.jsonl").read_text(encoding="utf-8").splitlines()


def command(script: Path, archive: Path, out: Path, *extra: str) -> list[str]:
    """The batch command line run through the fake-extractor script."""
    return [sys.executable, str(script), "batch", str(archive), "-o", f"{out}.jsonl", "--errors",
            f"{out}.errors.jsonl", "--workers", "2", "--chunk-size", "4", "--no-progress", *extra]  # fmt: skip


def child_env() -> dict[str, str]:
    """Environment whose PYTHONPATH finds the navnenyt this test imported (source tree or installed)."""
    here = str(Path(navnenyt.__file__).resolve().parents[1])
    return {**os.environ, "PYTHONPATH": os.pathsep.join([here, os.environ.get("PYTHONPATH", "")])}


def wait_for_checkpoint(path: Path, count: int, proc: subprocess.Popen[str], timeout: float = 30.0) -> None:
    """Wait until ``path`` has ``count`` lines and a checkpoint past the start (fails if the run ends first)."""
    deadline = time.monotonic() + timeout
    state = state_path(path)
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= count and state.exists():
            with suppress(ValueError, OSError):  # replaced atomically, but a fresh run unlinks it first
                if json.loads(state.read_text(encoding="utf-8"))["done"] > 0:
                    return
        assert proc.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.02)
    raise AssertionError("no output appeared")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_interrupted_run_resumes_without_loss_or_duplicates(
    archive: tuple[Path, Path, list[str]], tmp_path: Path, sig: signal.Signals
) -> None:
    script, path, clean = archive
    out = tmp_path / "out"
    proc = subprocess.Popen(command(script, path, out), env=child_env(), text=True, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        wait_for_checkpoint(Path(f"{out}.jsonl"), 120, proc)
        os.kill(proc.pid, sig)
        _, stderr = proc.communicate(timeout=20)
        if sig == signal.SIGKILL:
            assert_workers_exit(proc.pid)
        else:
            assert proc.returncode == 130 and "--resume" in stderr
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    partial = Path(f"{out}.jsonl").read_text(encoding="utf-8").splitlines()
    assert 120 <= len(partial) < len(clean)
    resumed = subprocess.run(command(script, path, out, "--resume"), env=child_env(), capture_output=True,
                             text=True)  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    assert "resumed after" in resumed.stderr
    assert Path(f"{out}.jsonl").read_text(encoding="utf-8").splitlines() == clean
    assert len(clean) == 2 * 297 and len(set(clean)) == len(clean)
    errors = Path(f"{out}.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(e)["doc_id"] for e in errors] == ["d/0050.txt", "d/0150.txt", "d/0250.txt"]


def assert_workers_exit(group: int, timeout: float = 5.0) -> None:
    """The worker processes of a killed run end by themselves (no orphans)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    raise AssertionError("worker processes outlived the killed run")


# --- the read-ahead process ------------------------------------------------------------------------------
def test_read_ahead_scan_keeps_exactly_the_documents_that_give_records() -> None:
    from navnenyt.read_ahead import scan_item
    from navnenyt.sources import RawDoc

    docs = [RawDoc("s", "notice", NOTICE.encode()), RawDoc("s", "prose", PROSE.encode()), RawDoc("s", "png", PNG)]
    scanned = [scan_item(doc) for doc in docs]
    assert [(s.key, s.size) for s in scanned] == [(["s", d.doc_id], len(d.data)) for d in docs]
    assert scanned[0].doc is not None and scanned[0].doc.data == NOTICE and scanned[0].error is None
    assert navnenyt.extract(PROSE) == [] and (scanned[1].doc, scanned[1].error) == (None, None)
    assert scanned[2].doc is None and json.loads(scanned[2].error or "{}")["error"] == "InputError"


def test_read_ahead_forwards_an_exception_and_notices_a_dead_process() -> None:
    from navnenyt.errors import NavnenytError
    from navnenyt.read_ahead import ReadAhead
    from navnenyt.sources import RawDoc

    def fails() -> Iterator[Any]:
        yield RawDoc("s", "1", NOTICE)
        raise InputError("the inputs changed")

    ahead = ReadAhead(fails)
    with pytest.raises(InputError, match="the inputs changed"):
        list(ahead)
    ahead.close()

    def dies() -> Iterator[Any]:
        os._exit(3)
        yield  # pragma: no cover

    ahead = ReadAhead(dies)
    with pytest.raises(NavnenytError, match="read-ahead process died"):
        list(ahead)
    ahead.close()


@pytest.mark.parametrize(
    ("size", "seconds", "rate"),
    [(29_700_000, 4.0, "7.42 MB/s"), (3_100, 1.0, "3.1 kB/s"), (120, 1.5, "80 B/s"), (0, 0.0, "0 B/s")],
)
def test_summary_rate_keeps_a_readable_unit(size: int, seconds: float, rate: str) -> None:
    line = Summary(documents=2, records=1, bytes=size, seconds=seconds).line()
    assert f"({rate}, " in line
    assert line.startswith("navnenyt batch: 2 documents (0 errors), 1 record in ")


CMS_BODY = (
    "<h2>Personalenyt</h2><h3>Nyt job</h3><p>Mette Lind er pr. 1. marts ansat som <strong>økonomichef</strong> i "
    "Fjordvang A/S.</p><h3>Jubilæum</h3><p>Lagerchef Ole Hald kan 1. april fejre 25 års jubilæum hos Fjordvang A/S.</p>"
)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_json_lines_text_with_html_markup_gives_what_extract_gives_for_a_file_of_it(
    tmp_path: Path, workers: int
) -> None:
    (tmp_path / "export.jsonl").write_text(json.dumps({"id": "cms", "text": CMS_BODY}) + "\n", encoding="utf-8")
    (tmp_path / "body.txt").write_text(CMS_BODY, encoding="utf-8")
    day = dt.date(2026, 2, 20)
    _, lines, _ = run_batch([tmp_path / "export.jsonl"], tmp_path / "out.jsonl", published=day, workers=workers)
    from_file = navnenyt.extract(decode_bytes(CMS_BODY.encode(), name="body.txt"), published=day)
    rows = [json.loads(line) for line in lines]
    assert [(r["person"], r["kind"], r["role"], r["text"], r["start"]) for r in rows] == [
        (e.person, e.kind.value, e.role, e.text, e.start) for e in from_file
    ]
    assert [r["person"] for r in rows] == ["Mette Lind", "Ole Hald"] and "<strong>" not in rows[0]["text"]


def test_an_output_inside_an_input_folder_is_never_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The run's own files inside the folder it reads (the output, its state file and that file's temporary copy
    between a write and its rename) are no input documents: one document read, no error record."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(NOTICE, encoding="utf-8")
    out = root / "out.jsonl"
    walk = sources.walk

    def walk_while_the_state_is_written(path: Path) -> Iterator[Path]:
        (root / "out.jsonl.state.json.tmp").write_text("{}", encoding="utf-8")  # a state write in flight
        yield from walk(path)

    monkeypatch.setattr(sources, "walk", walk_while_the_state_is_written)
    summary, lines, errors = run_batch([root], out)
    assert (summary.documents, errors) == (1, [])
    assert [json.loads(line)["source"] for line in lines] == [str(root / "a.txt")] * len(lines)
    assert lines
