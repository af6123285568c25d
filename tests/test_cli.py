"""The Typer CLI: every command has help, usage errors exit 2 with one line, output formats."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from navnenyt.cli import app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
runner = CliRunner()


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_the_documented_commands_exist() -> None:
    assert {"extract", "batch", "evaluate", "schema", "train"} <= set(_commands())


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout and len(result.stdout.splitlines()) > 3


def test_schema_is_the_json_schema_of_entry() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "Entry"
    assert {"kind", "person", "organisation", "role", "date", "education", "text", "start", "end"} <= set(
        schema["properties"]
    )


def test_extract_json_and_jsonl_agree() -> None:
    page = str(FIXTURES / "page-itnyt.txt")
    as_json = json.loads(runner.invoke(app, ["extract", page, "--json"]).stdout)
    as_jsonl = [json.loads(line) for line in runner.invoke(app, ["extract", page, "--jsonl"]).stdout.splitlines()]
    assert as_json == as_jsonl
    assert [r["person"] for r in as_json] == [
        "Mette Kragh Sørensen",
        "Oliver Dam Thygesen",
        "Sofie Winther-Hansen",
        "Jens Peter Østergaard",
    ]


def test_extract_table_names_every_person() -> None:
    result = runner.invoke(app, ["extract", str(FIXTURES / "page-itnyt.txt")])
    assert result.exit_code == 0
    for name in ("Mette Kragh Sørensen", "Oliver Dam Thygesen", "Brinkmann & Holt K/S"):
        assert name in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "fixtures/page-itnyt.txt", "--published", "3. maj"],
        ["extract", "fixtures/page-itnyt.txt", "--json", "--jsonl"],
        ["extract", "no/such/file.txt"],
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr + result.stdout


def test_published_anchors_year_less_dates(tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text("Mads Krog er pr. 1/3 ansat som indkøbschef i Lunde A/S.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--json", "--published", "2026-11-20"])
    assert json.loads(result.stdout)[0]["date"] == "2027-03-01"


@pytest.mark.parametrize("args", [["extract"], ["extract", "--bogus", "x"], ["frob"]])
def test_framework_usage_errors_are_one_line_through_the_console_entry_point(args: list[str]) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "navnenyt", *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "error" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_unreadable_file_costs_only_itself(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("Mads Krog er pr. 1/3 ansat som indkøbschef i Lunde A/S.\n", encoding="utf-8")
    bad.write_bytes(b"\x89PNG\x00\x00\x01binary")
    result = runner.invoke(app, ["extract", str(bad), str(good), "--json", "--published", "2026-02-01"])
    assert result.exit_code == 2
    assert [r["person"] for r in json.loads(result.stdout)] == ["Mads Krog"]
    assert "bad.txt" in result.stderr and "Traceback" not in result.stderr


def test_extract_refuses_a_json_file_as_batch_does(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    path.write_text('[{"person": "Karen Holt"}]', encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert "a .json file is not a text document" in result.stderr


@pytest.mark.parametrize("name", ["docs.jsonl", "docs.JSONL.gz"])
def test_extract_refuses_a_json_lines_file_it_would_read_as_one_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(
        '{"id": "a", "text": "Mads Krog er pr. 1/3 ansat som indkøbschef i Lunde A/S."}\n', encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "a JSON Lines file holds many documents; give it to navnenyt batch" in result.stderr


def test_an_unexpected_error_is_one_line_not_a_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import navnenyt.cli as cli

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    path = tmp_path / "a.txt"
    path.write_text("Mads Krog er ansat som CFO i Lunde A/S.", encoding="utf-8")
    monkeypatch.delenv("NAVNENYT_DEBUG", raising=False)
    monkeypatch.setattr("navnenyt.api.Extractor.extract", boom)
    monkeypatch.setattr(sys, "argv", ["navnenyt", "extract", str(path)])
    with pytest.raises(SystemExit) as stop:
        cli.main()
    assert stop.value.code == 70


def test_version_and_flags_shown_without_a_value_placeholder() -> None:
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and version.output.startswith("navnenyt ")
    for command in (["extract", "--help"], ["batch", "--help"], ["evaluate", "--help"]):
        shown = runner.invoke(app, command, env={"COLUMNS": "160"}).output
        assert shown.count("<bool>") == 1, shown  # only Typer's own --help
    assert "{FILES}" in runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "160"}).output
