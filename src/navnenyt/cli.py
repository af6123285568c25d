"""The ``navnenyt`` command (Typer): parses arguments, calls the library, maps errors to exit codes.

Exit codes: 0 success (also when nothing is found), 1 a threshold not met (``evaluate --min-f1``),
2 usage error or unreadable input (one line on stderr, no traceback), 70 an internal error (a bug; one line,
the traceback with NAVNENYT_DEBUG=1).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from navnenyt.errors import NavnenytError
from navnenyt.training import SHIPPED_SEED

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract Danish people-news (Navnenyt) as structured records.",
    pretty_exceptions_enable=False,
)


def _show_version(value: bool) -> None:
    """Print ``navnenyt VERSION`` (the installed package's version) and exit when ``--version`` is given."""
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"navnenyt {version('navnenyt')}")
        except PackageNotFoundError:  # run from a source tree that is not installed
            typer.echo("navnenyt (not installed)")
        raise typer.Exit()


@app.callback()
def _options(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", metavar="", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Extract Danish people-news (Navnenyt) as structured records."""


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``navnenyt: error: MESSAGE`` on stderr and return the Exit to raise."""
    typer.echo(f"navnenyt: error: {message}", err=True)
    return typer.Exit(code)


def parse_published(value: Optional[str]) -> Optional[dt.date]:  # noqa: UP045 (Typer needs Optional)
    """Parse ``--published YYYY-MM-DD``; raise a usage error on anything else."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"--published must be an ISO date YYYY-MM-DD, got {value!r}") from None


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Entry record."""
    from navnenyt.records import Entry

    typer.echo(json.dumps(Entry.model_json_schema(), ensure_ascii=False, indent=2))


# --- extract --------------------------------------------------------------------------------------------
@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(metavar="FILES", help="Text or HTML files; '-' reads stdin.")],
    as_json: Annotated[bool, typer.Option("--json", metavar="", help="Print one JSON array of records.")] = False,
    as_jsonl: Annotated[bool, typer.Option("--jsonl", metavar="", help="Print one JSON record per line.")] = False,
    published: Annotated[
        Optional[str], typer.Option(help="Publication date YYYY-MM-DD anchoring year-less dates.")  # noqa: UP045
    ] = None,
    show_text: Annotated[
        bool,
        typer.Option(
            "--show-text", metavar="", help="Print the decoded text (HTML: its text) that offsets index; no records."
        ),
    ] = False,
) -> None:
    """Extract people-news records from FILES (a readable table unless --json/--jsonl).

    A file that cannot be read is named on stderr and skipped; the others give their records (exit status 2)."""
    from navnenyt.api import Extractor
    from navnenyt.reading import read_path

    pub = parse_published(published)
    if as_json and as_jsonl:
        raise fail("choose one of --json and --jsonl")
    for name in files:  # as `navnenyt batch` does: a .json file is metadata or output, not a document
        if name.lower().endswith(".json"):
            raise fail(f"{name}: a .json file is not a text document; give documents as JSON Lines to navnenyt batch")
        if name.lower().endswith((".jsonl", ".jsonl.gz")):  # (read as one text, its lines' JSON would be the text)
            raise fail(f"{name}: a JSON Lines file holds many documents; give it to navnenyt batch")
    texts, unreadable = [], 0
    for name in files:  # an unreadable file is reported and skipped; the others still give their records
        try:
            texts.append((name, read_path(name)))
        except NavnenytError as exc:
            typer.echo(f"navnenyt: error: {exc}", err=True)
            unreadable += 1
    if not texts:
        raise typer.Exit(2)  # nothing could be read: no output at all
    for name, text in texts:  # no records because there is no text: say so (the output stays valid, exit 0)
        if not text.strip():
            typer.echo(f"navnenyt: note: {name} holds no text", err=True)
    try:
        if show_text:  # one file: exactly the text start/end index; several: each ends with a newline
            for _, text in texts:
                sys.stdout.write(text if len(texts) == 1 or text.endswith("\n") else text + "\n")
            raise typer.Exit(2 if unreadable else 0)
        extractor = Extractor()
        records = [entry for _, text in texts for entry in extractor.extract(text, published=pub)]
    except NavnenytError as exc:
        raise fail(str(exc)) from None
    dumped = [entry.model_dump(mode="json") for entry in records]
    if as_json:
        sys.stdout.write(json.dumps(dumped, ensure_ascii=False, indent=2) + "\n")
    elif as_jsonl:
        for row in dumped:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        from navnenyt.table import print_table

        print_table(records)
    if unreadable:
        raise typer.Exit(2)  # (the files that could not be read are named on stderr above)


# --- evaluate -------------------------------------------------------------------------------------------
@app.command()
def evaluate(
    gold: Annotated[
        list[str],
        typer.Argument(metavar="GOLD", help="Gold corpus JSON, or NAME.expected.json (text in NAME.txt)."),
    ],
    errors: Annotated[int, typer.Option("--errors", min=0, help="Also list the first N mismatches.")] = 0,
    min_f1: Annotated[
        Optional[float], typer.Option("--min-f1", help="Exit 1 when entry F1 is below X.")  # noqa: UP045
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", metavar="", help="Print the figures as one JSON object.")] = False,
    kinds: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--kinds", help="Score only these kinds, e.g. new_job,completed_education."),
    ] = None,
    published: Annotated[
        Optional[str], typer.Option(help="Publication date YYYY-MM-DD overriding the gold's.")  # noqa: UP045
    ] = None,
) -> None:
    """Score the extractor on GOLD files: entry P/R/F1, field accuracy, per-kind P/R/F1, exact match."""
    from navnenyt import evaluation

    pub = parse_published(published)
    try:
        wanted = evaluation.parse_kinds(kinds)
        documents = [doc for path in gold for doc in evaluation.load_gold(path)]
        report = evaluation.evaluate(documents, kinds=wanted, published=pub)
    except NavnenytError as exc:
        raise fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(max_errors=errors), ensure_ascii=False, indent=2) + "\n")
    else:
        typer.echo(evaluation.format_report(report, max_errors=errors))
    if min_f1 is not None and report.f1 < min_f1:
        raise fail(f"entry F1 {report.f1:.4f} is below --min-f1 {min_f1}", code=1)


# --- batch ----------------------------------------------------------------------------------------------
@app.command()
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT",
            help="Files, directories (recursive) or globs: .txt .html .jsonl[.gz] .zip .tar[.gz] .warc[.gz].",
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Write the records here (JSONL or CSV).")],
    errors: Annotated[
        Optional[Path], typer.Option(help="Write one JSON line per unreadable document here.")  # noqa: UP045
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="Output format: jsonl or csv.")] = "jsonl",
    workers: Annotated[
        Optional[int], typer.Option(min=1, help="Worker processes (default: the CPU count).")  # noqa: UP045
    ] = None,
    resume: Annotated[bool, typer.Option(metavar="", help="Continue an interrupted run of the same command.")] = False,
    published: Annotated[
        Optional[str], typer.Option(help="Default publication date YYYY-MM-DD.")  # noqa: UP045
    ] = None,
    text_field: Annotated[str, typer.Option(help="JSON Lines field holding the text.")] = "text",
    progress: Annotated[
        Optional[bool],  # noqa: UP045
        typer.Option("--progress/--no-progress", metavar="", help="Progress bar (default: when stderr is a terminal)."),
    ] = None,
    max_member_size: Annotated[
        str, typer.Option(help="Refuse a document or archive member expanding past this size, e.g. 200MB.")
    ] = "200MB",
    chunk_size: Annotated[int, typer.Option(min=1, help="Documents per task sent to a worker.")] = 16,
) -> None:
    """Extract records from many documents and archives into one JSONL/CSV file (parallel, resumable)."""
    from navnenyt import batch as batch_run

    if fmt not in ("jsonl", "csv"):
        raise fail(f"--format must be jsonl or csv, got {fmt!r}")
    try:
        opts = batch_run.BatchOptions(
            inputs=tuple(inputs),
            output=output,
            errors=errors,
            fmt="csv" if fmt == "csv" else "jsonl",
            workers=workers,
            resume=resume,
            published=parse_published(published),
            text_field=text_field,
            max_member_size=batch_run.parse_size(max_member_size),
            chunk_size=chunk_size,
            progress=progress,
        )
        summary = batch_run.run(opts)
    except NavnenytError as exc:
        raise fail(str(exc)) from None
    except KeyboardInterrupt:
        raise fail("interrupted; rerun the same command with --resume to continue", code=130) from None
    typer.echo(summary.line(), err=True)
    if summary.documents == 0 and summary.resumed_from == 0:
        typer.echo(
            "navnenyt batch: warning: the inputs hold no documents (an empty directory or archive, or only hidden "
            "files: names starting with '.' are skipped)",
            err=True,
        )


# --- train (NER model) ----------------------------------------------------------------------------------
@app.command()
def train(
    data: Annotated[Path, typer.Option(help="Data folder with uner_danish_ddt/, danish_names_dst2023/, ...")],
    output: Annotated[Path, typer.Option(help="Model folder to write (its README.md is kept).")] = Path(
        "models/da_navnenyt_ner"
    ),
    config: Annotated[
        Optional[Path], typer.Option(help="spaCy config (default models/da_navnenyt_ner.cfg).")  # noqa: UP045
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed (the default gives the shipped model).")] = SHIPPED_SEED,
    max_steps: Annotated[
        Optional[int], typer.Option(min=1, help="Stop after N updates (default: the config's).")  # noqa: UP045
    ] = None,
    synthetic: Annotated[int, typer.Option(min=0, help="Synthetic people-news sentences to add.")] = 1500,
    person_swaps: Annotated[
        bool, typer.Option("--person-swaps/--no-person-swaps", metavar="", help="Add person-swapped treebank copies.")
    ] = True,
    include_dev: Annotated[
        bool, typer.Option(metavar="", help="Train on news train+dev for --max-steps, install the last model.")
    ] = False,
    limit: Annotated[int, typer.Option(min=0, help="Use only the first N sentences per split (smoke).")] = 0,
    eval_frequency: Annotated[
        Optional[int], typer.Option(min=1, help="Evaluate on dev every N updates.")  # noqa: UP045
    ] = None,
    work_dir: Annotated[
        Optional[Path], typer.Option(help="Keep corpora and checkpoints here.")  # noqa: UP045
    ] = None,
) -> None:
    """Train navnenyt's Danish NER model (tok2vec + ner) and install it in OUTPUT."""
    from navnenyt.training.train import train as run_training

    overrides = {"training.eval_frequency": eval_frequency} if eval_frequency else {}
    try:
        run_training(
            data,
            output,
            config=config,
            seed=seed,
            max_steps=max_steps,
            synthetic=synthetic,
            person_swaps=person_swaps,
            include_dev=include_dev,
            work_dir=work_dir,
            limit=limit,
            overrides=overrides,
        )
    except NavnenytError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"model written to {output}", err=True)


def _click_exceptions() -> Any:
    """The click exceptions module Typer raises (recent Typer vendors click as ``typer._click``)."""
    import importlib

    try:
        return importlib.import_module("typer._click.exceptions")
    except ImportError:
        return importlib.import_module("click.exceptions")


def main() -> None:
    """Console-script entry point: run the Typer app with UTF-8 standard streams.

    A usage error (unknown option, missing argument) is one line on stderr and exit code 2; an unexpected error
    (a bug) is one line and exit code 70 (EX_SOFTWARE), with the traceback only when NAVNENYT_DEBUG is set.
    """
    errors = _click_exceptions()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    try:
        code = app(prog_name="navnenyt", standalone_mode=False)
    except errors.UsageError as exc:
        if type(exc).__name__ == "NoArgsIsHelpError" and exc.ctx is not None:
            typer.echo(exc.ctx.get_help())  # "navnenyt" alone: the help
            sys.exit(0)
        command = f" {exc.ctx.info_name}" if exc.ctx is not None and exc.ctx.parent is not None else ""
        typer.echo(f"navnenyt{command}: error: {exc.format_message()} (see --help)", err=True)
        code = 2
    except typer.Abort:  # Typer's own class (click's Abort in older Typer, re-exported)
        typer.echo("navnenyt: aborted", err=True)
        code = 130
    except Exception as exc:  # a bug: one line, not a traceback (NAVNENYT_DEBUG=1 shows it)
        if os.environ.get("NAVNENYT_DEBUG"):
            raise
        typer.echo(f"navnenyt: internal error: {type(exc).__name__}: {exc} (NAVNENYT_DEBUG=1 shows where)", err=True)
        code = 70
    sys.exit(code if isinstance(code, int) else 0)
