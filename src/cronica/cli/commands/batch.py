"""`cronica batch INPUT... --out DIR`: analyze a corpus, resumably, into partitions and a store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from cronica.options import DEFAULT_MAX_CHARS, PIPELINE_STAGES, Options, parse_model_overrides

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups

EXIT_ALL_FAILED = 1
EXIT_SOME_FAILED = 3


def batch(
    inputs: list[str] = typer.Argument(
        ..., metavar="INPUT...", help="Folders of .txt/.html (recursive), .jsonl[.gz] or .parquet files."
    ),
    out: str = typer.Option(..., "--out", "-o", help="Output folder: partitions, corpus.sqlite and the ledger."),
    allow_other_files: bool = typer.Option(
        False, "--allow-other-files", help="Write into a folder that holds other files (they are never touched)."
    ),
    workers: int = typer.Option(
        1, "--workers", "-w", min=1, max=1024, help="Worker processes (each loads the models once)."
    ),
    engine: str = typer.Option("local", "--engine", help="local (processes on this machine) or dask."),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 (default: a LocalCluster)."
    ),
    output_format: str = typer.Option(
        "jsonl", "--format", "-f", help="Partition format: jsonl (.jsonl.gz) or parquet."
    ),
    text_column: str = typer.Option("text", "--text-column", help="Parquet column holding the text."),
    unit_size: int = typer.Option(
        64, "--unit-size", min=1, max=1_000_000, help="Documents per work unit and output partition."
    ),
    lang: str = typer.Option("auto", "--lang", "-l", help="auto, es or en."),
    dct: str | None = typer.Option(None, "--dct", help="Document creation time YYYY-MM-DD for records without one."),
    skip: list[str] = typer.Option([], "--skip", help=f"Stage to skip (repeatable): {', '.join(PIPELINE_STAGES[1:])}."),
    model: list[str] = typer.Option([], "--model", help="spaCy pipeline per language, e.g. es=es_core_news_lg."),
    kb: str = typer.Option("embedded", "--kb", help="Knowledge base: embedded (offline) or wikidata (online)."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1, help="Refuse texts longer than this."),
    report_json: bool = typer.Option(False, "--report-json", help="Print the final report as JSON on stdout."),
    timings: bool = typer.Option(False, "--timings", help='Record the seconds each stage took (JSON: "timings").'),
) -> None:
    """Analyze a corpus: resumable (run it again after a kill), each document exactly once."""
    from cronica.batch.run import BatchConfig, run_batch

    if not out.strip():
        raise typer.BadParameter("give a folder name (an empty name would mean the current folder)", param_hint="--out")
    options = Options(
        lang=lang, dct=dct, skip=frozenset(skip), models=parse_model_overrides(model), kb=kb, max_chars=max_chars,
        timings=timings,
    )  # fmt: skip
    config = BatchConfig(
        inputs=tuple(inputs), out=Path(out), options=options, workers=workers, engine=engine, scheduler=scheduler,
        fmt=output_format, unit_size=unit_size, text_column=text_column, allow_other_files=allow_other_files,
    )  # fmt: skip
    report = run_batch(config)
    if report_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        for line in report.lines():
            typer.echo(f"cronica: {line}", err=True)
    if report.all_failed:
        raise typer.Exit(EXIT_ALL_FAILED)
    if report.any_failed:  # this run's failures, or earlier ones a resume did not retry
        raise typer.Exit(EXIT_SOME_FAILED)


def register(app: typer.Typer, groups: CliGroups) -> None:
    app.command("batch")(batch)
