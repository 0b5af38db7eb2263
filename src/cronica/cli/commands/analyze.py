"""`cronica analyze PATH...`: analyze files, stdin or JSONL records and print or write the result."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING

import typer

from cronica.errors import CronicaError, InputError
from cronica.ingest import JSONL_SUFFIXES, read_inputs
from cronica.model import Analysis
from cronica.options import DEFAULT_MAX_CHARS, PIPELINE_STAGES, Options, load_config, parse_model_overrides

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups

#: formats written one document at a time as results arrive
STREAMED_FORMATS = ("json", "jsonl")
EXIT_ALL_FAILED = 1
EXIT_SOME_FAILED = 3


def analyze(
    paths: list[str] = typer.Argument(..., metavar="PATH...", help="Files (.txt, .html, .jsonl[.gz]) or - for stdin."),
    lang: str | None = typer.Option(None, "--lang", "-l", help="auto (default), es or en."),
    dct: str | None = typer.Option(None, "--dct", help="Document creation time YYYY-MM-DD (anchors 'today')."),
    output_format: str | None = typer.Option(
        None, "--format", "-f", help="table (default at a terminal), json, jsonl, or any other installed format."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    skip: list[str] = typer.Option([], "--skip", help=f"Stage to skip (repeatable): {', '.join(PIPELINE_STAGES[1:])}."),
    model: list[str] = typer.Option([], "--model", help="spaCy pipeline per language, e.g. es=es_core_news_lg."),
    kb: str | None = typer.Option(None, "--kb", help="Knowledge base: embedded (default, offline) or wikidata."),
    max_chars: int | None = typer.Option(
        None, "--max-chars", help=f"Refuse texts longer than this (default {DEFAULT_MAX_CHARS:,})."
    ),
    config: Path | None = typer.Option(None, "--config", help="TOML file of options; flags given here override it."),
) -> None:
    """Analyze texts into a checked timeline."""
    from cronica.export import get_exporter
    from cronica.pipeline import Pipeline

    options = build_options(config, lang=lang, dct=dct, skip=skip, model=model, kb=kb, max_chars=max_chars)
    max_chars = options.max_chars
    many = len(paths) > 1 or any(p.lower().endswith(JSONL_SUFFIXES) for p in paths)
    fmt = output_format or ("table" if output is None and sys.stdout.isatty() else ("jsonl" if many else "json"))
    if fmt == "json" and many:
        fmt = "jsonl"  # several documents: one JSON object a line, in input order
    exporter = get_exporter(fmt)
    pipeline = Pipeline(options)
    results = pipeline.analyze_records(read_inputs(paths, max_chars))
    done, failures = 0, []
    with _open_output(output) as out, _progress(many) as progress:
        kept: list[Analysis] = []
        for result in results:
            progress.advance()
            if isinstance(result, InputError):
                failures.append(result)
                progress.print_error(f"cronica: error: {result}")
                continue
            done += 1
            if fmt in STREAMED_FORMATS:
                out.write(exporter.render([result]))
                out.flush()
            else:
                kept.append(result)
        if kept:
            _write_rendered(fmt, kept, out, output)
    _report(done, failures)


def build_options(
    config: Path | None,
    *,
    lang: str | None,
    dct: str | None,
    skip: list[str],
    model: list[str],
    kb: str | None,
    max_chars: int | None,
) -> Options:
    """Options from the config file (if any) overridden by the flags actually given."""
    settings = load_config(str(config)) if config else {}
    given = {"lang": lang, "dct": dct, "kb": kb, "max_chars": max_chars}
    settings.update({key: value for key, value in given.items() if value is not None})
    if skip:
        settings["skip"] = frozenset(settings.get("skip", frozenset())) | frozenset(skip)
    if model:
        settings["models"] = {**settings.get("models", {}), **parse_model_overrides(model)}
    return Options(**settings)


def _write_rendered(fmt: str, analyses: list[Analysis], out: IO[str], output: Path | None) -> None:
    from cronica.export import get_exporter

    if fmt == "table" and output is None:
        from rich.console import Console

        from cronica.export.table import print_table

        print_table(analyses, Console(file=out))
        return
    out.write(get_exporter(fmt).render(analyses))


def _open_output(output: Path | None):
    if output is None:
        return nullcontext(sys.stdout)
    try:
        return output.open("w", encoding="utf-8")
    except OSError as error:
        raise CronicaError(f"{output}: cannot write: {error.strerror or error}") from None


def _report(done: int, failures: list[InputError]) -> None:
    if not failures:
        return
    total = done + len(failures)
    typer.echo(f"cronica: {len(failures)} of {total} documents could not be analyzed (see the errors above)", err=True)
    raise typer.Exit(EXIT_ALL_FAILED if done == 0 else EXIT_SOME_FAILED)


class _Progress:
    """A Rich progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.bar = None
        if enabled and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("analyzing", total=None)

    def __enter__(self) -> _Progress:
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.stop()

    def advance(self) -> None:
        if self.bar:
            self.bar.advance(self.task)

    def print_error(self, message: str) -> None:
        if self.bar:
            self.bar.console.print(message, markup=False, highlight=False)
        else:
            typer.echo(message, err=True)


def _progress(enabled: bool) -> _Progress:
    return _Progress(enabled)


def register(app: typer.Typer, groups: CliGroups) -> None:
    app.command("analyze")(analyze)
