"""`cronica batch INPUT... --output DIR`: analyze a corpus, resumably, into partitions and a store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import typer

from cronica.cli import params
from cronica.cli.params import KbChoice, LangChoice, ReportFormat, Stage
from cronica.options import DEFAULT_MAX_CHARS, Options, parse_model_overrides

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups

EXIT_ALL_FAILED = 1
EXIT_SOME_FAILED = 3


def batch(
    inputs: list[str] = typer.Argument(
        ..., metavar="INPUT...", help="Folders of .txt/.html (recursive), .jsonl[.gz] or .parquet files."
    ),
    output: str = params.output_option("Output folder: partitions, corpus.sqlite and the ledger.", ...),
    allow_other_files: bool = typer.Option(
        False, "--allow-other-files", help="Write into a folder that holds other files (they are never touched)."
    ),
    workers: int = params.workers_option(1, "Worker processes (each loads the models once)."),
    engine: Literal["local", "dask"] = typer.Option(
        "local", "--engine", help="local (processes on this machine) or dask (a Dask cluster)."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 (default: a LocalCluster)."
    ),
    output_format: Literal["jsonl", "parquet"] = params.format_option(
        "jsonl", "Partition format: jsonl (.jsonl.gz files) or parquet."
    ),
    text_column: str = typer.Option("text", "--text-column", help="Parquet column holding the text."),
    unit_size: int = typer.Option(
        64, "--unit-size", min=1, max=1_000_000, help="Documents per work unit and output partition."
    ),
    lang: LangChoice = params.lang_option(),
    dct: str | None = params.dct_option("Document creation time YYYY-MM-DD for records without one."),
    skip: list[Stage] = params.skip_option(),
    model: list[str] = params.model_option(),
    kb: KbChoice = params.kb_option(),
    max_chars: int = params.max_chars_option(DEFAULT_MAX_CHARS),
    report_format: ReportFormat = typer.Option(
        "text", "--report-format", help="The final report: text (on stderr) or json (on stdout)."
    ),
    timings: bool = params.timings_option(),
) -> None:
    """Analyze a corpus: resumable (run it again after a kill), each document exactly once."""
    from cronica.batch.run import BatchConfig, run_batch
    from cronica.extras import require

    if engine == "dask":
        require("batch", "cronica batch --engine dask", ("dask", "distributed"))
    if output_format == "parquet" or any(item.lower().endswith(".parquet") for item in inputs):
        require("batch", "cronica batch with Parquet", ("pyarrow",))

    if not output.strip():
        raise typer.BadParameter(
            "give a folder name (an empty name would mean the current folder)", param_hint="--output"
        )
    options = Options(
        lang=lang, dct=dct, skip=params.stage_names(skip), models=parse_model_overrides(model), kb=kb,
        max_chars=max_chars, timings=timings,
    )  # fmt: skip
    config = BatchConfig(
        inputs=tuple(inputs), out=Path(output), options=options, workers=workers, engine=engine, scheduler=scheduler,
        fmt=output_format, unit_size=unit_size, text_column=text_column, allow_other_files=allow_other_files,
    )  # fmt: skip
    report = run_batch(config)
    if report_format == "json":
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
