"""Tests of navnenyt.sources: every input kind, deterministic order, error items, size limit (zip bomb)."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from navnenyt.errors import InputError
from navnenyt.sources import (
    RawDoc,
    ReadError,
    check_inputs,
    count_documents,
    iter_documents,
    kind_of,
)

NOTICE = "Mads Krog er pr. 1. april 2026 ansat som indkøbschef i Lunde A/S."


def summary(items: list[RawDoc | ReadError]) -> list[tuple[str, ...]]:
    """Each item as (kind, source, doc_id, data-or-error) for compact golden comparisons."""
    out: list[tuple[str, ...]] = []
    for item in items:
        if isinstance(item, RawDoc):
            data = item.data if isinstance(item.data, str) else item.data.decode()
            out.append(("doc", item.source, item.doc_id, data))
        else:
            out.append(("error", item.source, item.doc_id, item.error))
    return out


def write_tar(path: Path, members: dict[str, bytes], mode: str = "w:gz") -> None:
    """Write a tar archive with ``members`` (name -> bytes)."""
    with tarfile.open(path, mode) as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", "file"),
        ("a.HTML", "file"),
        ("x.jsonl", "jsonl"),
        ("x.jsonl.gz", "jsonl"),
        ("a.zip", "zip"),
        ("a.tar", "tar"),
        ("a.tar.gz", "tar"),
        ("a.tgz", "tar"),
        ("c.warc", "warc"),
        ("c.warc.gz", "warc"),
        ("page.html.gz", "gz"),
        ("records.json", "json"),
        ("noext", "file"),
    ],
)
def test_kind_of(name: str, kind: str) -> None:
    assert kind_of(name) == kind


def test_directory_is_walked_sorted_recursively_skipping_hidden_and_excluded(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ("b/2.txt", "b/1.txt", "a.txt", ".hidden.txt", ".git/x.txt", "out.jsonl"):
        (tmp_path / rel).write_text(rel, encoding="utf-8")
    items = list(iter_documents([str(tmp_path)], exclude=[tmp_path / "out.jsonl"]))
    assert [(i.source, i.data) for i in items if isinstance(i, RawDoc)] == [
        (str(tmp_path / "a.txt"), b"a.txt"),
        (str(tmp_path / "b" / "1.txt"), b"b/1.txt"),
        (str(tmp_path / "b" / "2.txt"), b"b/2.txt"),
    ]
    assert count_documents([str(tmp_path)], exclude=[tmp_path / "out.jsonl"]) == 3


def test_glob_and_missing_inputs(tmp_path: Path) -> None:
    for name in ("x1.html", "x2.html", "y.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    items = list(iter_documents([str(tmp_path / "*.html")]))
    assert [i.doc_id for i in items] == [str(tmp_path / "x1.html"), str(tmp_path / "x2.html")]
    assert isinstance(items[0], RawDoc) and items[0].name == "x1.html"
    check_inputs([str(tmp_path / "*.html"), str(tmp_path)])
    with pytest.raises(InputError, match=r"nope\.txt, .*\*\.pdf"):
        check_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "*.pdf")])


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_jsonl_documents_ids_published_and_bad_lines(tmp_path: Path, suffix: str) -> None:
    lines = [
        json.dumps({"id": "a1", "body": NOTICE, "published": "2025-03-01"}),
        "",
        json.dumps({"body": "ingen id", "published": "2025-03-02T10:00:00Z"}),
        "{broken",
        json.dumps({"id": 7, "text": "wrong field"}),
        json.dumps({"id": 8, "body": "x", "published": "last week"}),
    ]
    data = ("\n".join(lines) + "\n").encode()
    path = tmp_path / f"export{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    items = list(iter_documents([str(path)], text_field="body"))
    assert summary(items) == [
        ("doc", str(path), "a1", NOTICE),
        ("doc", str(path), "3", "ingen id"),
        ("error", str(path), "4", "InputError"),
        ("error", str(path), "5", "InputError"),
        ("error", str(path), "6", "InputError"),
    ]
    assert [i.published for i in items[:2] if isinstance(i, RawDoc)] == [
        dt.date(2025, 3, 1),
        dt.date(2025, 3, 2),
    ]
    assert isinstance(items[2], ReadError) and items[2].message.startswith("line 4 is not valid JSON")


def test_jsonl_overlong_line_is_refused_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "kort"}) + "\n", encoding="utf-8")
    items = list(iter_documents([str(path)], max_size=100))
    assert summary(items) == [("error", str(path), "1", "InputError"), ("doc", str(path), "2", "kort")]


def test_zip_members_are_streamed_and_directories_skipped(tmp_path: Path) -> None:
    path = tmp_path / "pages.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("2024/", "")
        zf.writestr("2024/b.html", "<p>B</p>")
        zf.writestr("a.txt", NOTICE)
    items = list(iter_documents([str(path)]))
    assert summary(items) == [
        ("doc", f"{path}::2024/b.html", "2024/b.html", "<p>B</p>"),
        ("doc", f"{path}::a.txt", "a.txt", NOTICE),
    ]


def test_zip_bad_member_gives_an_error_and_the_other_members(tmp_path: Path) -> None:
    path = tmp_path / "bad.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("1.txt", "første dokument")
        zf.writestr("2.txt", "ANDET DOKUMENT MED EN FEJL")
        zf.writestr("3.txt", "tredje dokument")
    raw = bytearray(path.read_bytes())
    at = raw.index(b"ANDET")
    raw[at : at + 5] = b"XXXXX"  # same length, so only the CRC check fails
    path.write_bytes(bytes(raw))
    items = list(iter_documents([str(path)]))
    assert summary(items) == [
        ("doc", f"{path}::1.txt", "1.txt", "første dokument"),
        ("error", f"{path}::2.txt", "2.txt", "BadZipFile"),
        ("doc", f"{path}::3.txt", "3.txt", "tredje dokument"),
    ]


def test_zip_bomb_member_is_refused_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"0" * 1_000_000)  # ~1 KB compressed, 1 MB expanded
        zf.writestr("ok.txt", "lille")
    assert path.stat().st_size < 5_000
    items = list(iter_documents([str(path)], max_size=10_000))
    assert summary(items) == [
        ("error", f"{path}::bomb.txt", "bomb.txt", "InputError"),
        ("doc", f"{path}::ok.txt", "ok.txt", "lille"),
    ]
    assert isinstance(items[0], ReadError) and "past the limit of 10,000" in items[0].message


def test_json_file_is_an_error_record_pointing_to_json_lines(tmp_path: Path) -> None:
    """A .json file in a folder of pages (metadata, navnenyt's own output) is not read as a page's text."""
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "a.expected.json").write_text(json.dumps([{"person": "Mads Krog", "text": NOTICE}]), encoding="utf-8")
    items = list(iter_documents([str(tmp_path)]))
    assert summary(items) == [
        ("error", str(tmp_path / "a.expected.json"), "a.expected.json", "InputError"),
        ("doc", str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), NOTICE),
    ]
    error = items[0]
    assert isinstance(error, ReadError) and "JSON Lines (.jsonl)" in error.message
    assert count_documents([str(tmp_path)]) == 2


def test_zip_that_is_not_a_zip_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.zip"
    path.write_bytes(b"not a zip at all")
    assert summary(list(iter_documents([str(path)]))) == [("error", str(path), "fake.zip", "BadZipFile")]


@pytest.mark.parametrize(("name", "mode"), [("a.tar", "w"), ("a.tar.gz", "w:gz"), ("a.tgz", "w:gz")])
def test_tar_members(tmp_path: Path, name: str, mode: str) -> None:
    path = tmp_path / name
    write_tar(path, {"x/1.txt": b"en", "x/2.html": b"<p>to</p>"}, mode)
    assert summary(list(iter_documents([str(path)]))) == [
        ("doc", f"{path}::x/1.txt", "x/1.txt", "en"),
        ("doc", f"{path}::x/2.html", "x/2.html", "<p>to</p>"),
    ]


def test_truncated_tar_gz_keeps_the_members_before_and_reports_the_break(tmp_path: Path) -> None:
    path = tmp_path / "cut.tar.gz"
    big = {f"{i}.txt": bytes(f"dokument {i} ", "ascii") * 3000 for i in range(6)}
    write_tar(path, big)
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) * 2 // 3])
    items = list(iter_documents([str(path)]))
    kinds = [s[0] for s in summary(items)]
    assert kinds[-1] == "error" and kinds.count("error") == 1
    assert 2 <= kinds.count("doc") <= 4
    assert [i.doc_id for i in items[:2]] == ["0.txt", "1.txt"]


def test_tar_member_past_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.tar.gz"
    write_tar(path, {"big.txt": b"a" * 5000, "ok.txt": b"ok"})
    assert summary(list(iter_documents([str(path)], max_size=1000))) == [
        ("error", f"{path}::big.txt", "big.txt", "InputError"),
        ("doc", f"{path}::ok.txt", "ok.txt", "ok"),
    ]


def test_gz_document_and_truncated_gz(tmp_path: Path) -> None:
    good, bad = tmp_path / "a.html.gz", tmp_path / "b.txt.gz"
    good.write_bytes(gzip.compress(b"<p>hej</p>"))
    bad.write_bytes(gzip.compress(b"hej " * 1000)[:30])
    items = list(iter_documents([str(good), str(bad)]))
    assert summary(items) == [
        ("doc", str(good), str(good), "<p>hej</p>"),
        ("error", str(bad), str(bad), "InputError"),
    ]
    assert isinstance(items[0], RawDoc) and items[0].name == "a.html"


def write_warc(path: Path, gz: bool) -> None:
    """A WARC with a request, HTML and text responses, a 404, an image and a text resource record."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(uri: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            )

        writer.write_record(writer.create_warc_record("https://a.dk/1", "request", payload=io.BytesIO(b"GET")))
        response("https://a.dk/1", "200 OK", "text/html; charset=utf-8", b"<p>Navnenyt</p>")
        response("https://a.dk/2", "404 Not Found", "text/html", "<p>væk</p>".encode())
        response("https://a.dk/logo.png", "200 OK", "image/png", b"\x89PNG")
        response("https://a.dk/3.txt", "200 OK", "text/plain", b"ren tekst")
        writer.write_record(
            writer.create_warc_record(
                "urn:x", "resource", payload=io.BytesIO(b"ressource"), warc_content_type="text/plain"
            )
        )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_and_text_payloads(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_warc(path, gz=name.endswith(".gz"))
    items = list(iter_documents([str(path)]))
    assert summary(items) == [
        ("doc", str(path), "https://a.dk/1", "<p>Navnenyt</p>"),
        ("doc", str(path), "https://a.dk/3.txt", "ren tekst"),
        ("doc", str(path), "urn:x", "ressource"),
    ]
    assert [i.name for i in items if isinstance(i, RawDoc)] == [
        "https://a.dk/1#.html",
        "https://a.dk/3.txt",
        "urn:x#.txt",
    ]


def test_broken_warc_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"x" * 1000 + b"\n")
    items = list(iter_documents([str(path)]))
    assert summary(items) == [("error", str(path), "bad.warc", "ArchiveLoadFailed")]
    assert isinstance(items[0], ReadError) and len(items[0].message) == 300


def test_file_past_limit_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    items = list(iter_documents([str(tmp_path)], max_size=1000))
    assert summary(items) == [("error", str(tmp_path / "big.txt"), str(tmp_path / "big.txt"), "InputError")]


def test_gz_file_without_gzip_magic_is_read_as_it_is(tmp_path: Path) -> None:
    """A plain-text file named ".gz" is read as text, as ``navnenyt extract`` reads it; a real one is unpacked."""
    (tmp_path / "plain.txt.gz").write_bytes("Mette Holm er ny direktør.".encode())
    (tmp_path / "packed.txt.gz").write_bytes(gzip.compress(b"Jonas Bak er ny CFO."))
    docs = list(iter_documents([str(tmp_path)]))
    assert [(d.name, d.data) for d in docs if isinstance(d, RawDoc)] == [
        ("packed.txt", b"Jonas Bak er ny CFO."),
        ("plain.txt", "Mette Holm er ny direktør.".encode()),
    ]
