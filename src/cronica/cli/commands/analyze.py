"""`cronica analyze PATH...`: analyze files, stdin or JSONL records and print or write the result."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import typer

from cronica.cli import params
from cronica.cli.params import ExportFormat, KbChoice, LangChoice, Stage
from cronica.errors import CronicaError, InputError
from cronica.ingest import JSONL_SUFFIXES, read_inputs
from cronica.model import Analysis
from cronica.nlp import SEGMENT_CHARS
from cronica.options import Options, load_config, parse_model_overrides

if TYPE_CHECKING:
    from rich.console import Console

    from cronica.cli.main import CliGroups
    from cronica.pipeline import ProgressEvent

#: formats written one document at a time as results arrive
STREAMED_FORMATS = ("json", "jsonl")
EXIT_ALL_FAILED = 1
EXIT_SOME_FAILED = 3


def analyze(
    paths: list[str] = typer.Argument(..., metavar="PATH...", help="Files (.txt, .html, .jsonl[.gz]) or - for stdin."),
    lang: LangChoice | None = params.lang_option(None),
    dct: str | None = params.dct_option(),
    output_format: ExportFormat | None = params.format_option(
        None, "Output format (default: table at a terminal, else json; jsonl for several documents)."
    ),
    output: Path | None = params.output_option("Write here instead of stdout."),
    skip: list[Stage] = params.skip_option(),
    model: list[str] = params.model_option(),
    kb: KbChoice | None = params.kb_option(None),
    max_chars: int | None = params.max_chars_option(),
    config: Path | None = typer.Option(None, "--config", help="TOML file of options; flags given here override it."),
    timings: bool = params.timings_option(),
) -> None:
    """Analyze texts into a checked timeline."""
    from cronica.export import get_exporter
    from cronica.pipeline import Pipeline, StageProblems

    options = build_options(
        config, lang=lang, dct=dct, skip=sorted(params.stage_names(skip)), model=model, kb=kb, max_chars=max_chars,
        timings=timings,
    )  # fmt: skip
    max_chars = options.max_chars
    many = len(paths) > 1 or any(p.lower().endswith(JSONL_SUFFIXES) for p in paths)
    fmt = output_format or ("table" if output is None and sys.stdout.isatty() else ("jsonl" if many else "json"))
    if fmt == "json" and many:
        fmt = "jsonl"  # several documents: one JSON object a line, in input order
    exporter = get_exporter(fmt)
    pipeline = Pipeline(options)
    results = pipeline.analyze_records(read_inputs(paths, max_chars))
    done, failures = 0, []
    problems = StageProblems()
    with _open_output(output) as out, _Progress(many) as progress:
        pipeline.progress = progress
        kept: list[Analysis] = []
        for result in results:
            progress.advance()
            item: Analysis | InputError | str = result
            if isinstance(result, Analysis):
                warnings = result.warnings
                if fmt in STREAMED_FORMATS:
                    item = _rendered(exporter, result)
            if isinstance(item, InputError):
                failures.append(item)
                progress.print_error(f"cronica: error: {item}")
                continue
            done += 1
            problems.add(warnings)
            if isinstance(item, str):
                out.write(item)
                out.flush()
            else:
                kept.append(item)
        if kept:
            for error in _write_rendered(fmt, kept, out, output):
                done -= 1
                failures.append(error)
                progress.print_error(f"cronica: error: {error}")
    for line in problems.lines():
        typer.echo(f"cronica: warning: {line}", err=True)
    _report(done, failures)


def _rendered(exporter: Any, analysis: Analysis) -> str | InputError:
    """One analysis in the output format, or its failure: one document must not cost the others."""
    try:
        return exporter.render([analysis])
    except Exception as error:
        where = analysis.document.source or analysis.document.id
        return InputError(where, f"cannot write its analysis: {type(error).__name__}: {error}")


def build_options(
    config: Path | None,
    *,
    lang: str | None,
    dct: str | None,
    skip: list[str],
    model: list[str],
    kb: str | None,
    max_chars: int | None,
    timings: bool = False,
) -> Options:
    """Options from the config file (if any) overridden by the flags actually given."""
    settings = load_config(str(config)) if config else {}
    if timings:
        settings["timings"] = True
    given = {"lang": lang, "dct": dct, "kb": kb, "max_chars": max_chars}
    settings.update({key: value for key, value in given.items() if value is not None})
    if skip:
        settings["skip"] = frozenset(settings.get("skip", frozenset())) | frozenset(skip)
    if model:
        settings["models"] = {**settings.get("models", {}), **parse_model_overrides(model)}
    return Options(**settings)


def _write_rendered(fmt: str, analyses: list[Analysis], out: IO[str], output: Path | None) -> list[InputError]:
    """Write the documents in one rendering; if that fails, find the ones that cannot be written."""
    from cronica.export import get_exporter

    exporter = get_exporter(fmt)
    failures: list[InputError] = []
    try:
        rendered = _render_all(fmt, analyses, output, exporter)
    except Exception:
        checked = [(analysis, _rendered(exporter, analysis)) for analysis in analyses]
        failures = [result for _, result in checked if isinstance(result, InputError)]
        writable = [analysis for analysis, result in checked if not isinstance(result, InputError)]
        rendered = _render_all(fmt, writable, output, exporter)
    out.write(rendered)
    return failures


def _render_all(fmt: str, analyses: list[Analysis], output: Path | None, exporter: Any) -> str:
    if not analyses:
        return ""
    if fmt == "table" and output is None:
        import io

        from rich.console import Console

        from cronica.export.table import print_table

        buffer = io.StringIO()
        print_table(analyses, Console(file=buffer, force_terminal=sys.stdout.isatty(), width=_terminal_width()))
        return buffer.getvalue()
    return exporter.render(analyses)


def _terminal_width() -> int | None:
    import shutil

    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


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
    """Rich progress on stderr when it is a terminal; silent otherwise.

    Several documents get a bar counting them; a long document gets a bar of its own,
    advanced segment by segment while it is parsed (most of the time) and stage by stage
    after, named after the stage running."""

    #: share of a long document's bar given to parsing; the other stages share the rest
    PARSING_SHARE = 80

    def __init__(self, many: bool, console: Console | None = None) -> None:
        self.bar = None
        self.task = None
        self.long: dict[str, Any] = {}
        if console is not None or sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TaskProgressColumn(),
                TimeElapsedColumn(),
                console=console or Console(stderr=True),
                transient=True,
            )
            if many:
                self.task = self.bar.add_task("analyzing", total=None)

    def __enter__(self) -> _Progress:
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.stop()

    def advance(self) -> None:
        if self.bar and self.task is not None:
            self.bar.advance(self.task)

    def __call__(self, event: ProgressEvent) -> None:
        """The pipeline's progress listener: a bar per long document while it is analyzed."""
        if self.bar is None or event.chars <= SEGMENT_CHARS:
            return
        task = self.long.get(event.doc_id)
        if task is None:
            task = self.long[event.doc_id] = self.bar.add_task(event.doc_id, total=100)
        if event.stage == "done":
            self.bar.remove_task(task)
            del self.long[event.doc_id]
            return
        if event.stage == "nlp":
            share = self.PARSING_SHARE * event.done / max(1, event.total)
            label = f"{event.doc_id}: parsing {event.done:,} of {event.total:,} characters"
        else:
            share = self.PARSING_SHARE + (100 - self.PARSING_SHARE) * event.done / max(1, event.total)
            label = f"{event.doc_id}: {event.stage}"
        self.bar.update(task, completed=share, description=label)

    def print_error(self, message: str) -> None:
        if self.bar:
            self.bar.console.print(message, markup=False, highlight=False)
        else:
            typer.echo(message, err=True)


def register(app: typer.Typer, groups: CliGroups) -> None:
    app.command("analyze")(analyze)
