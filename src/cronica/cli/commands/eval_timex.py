"""`cronica eval timex PATH...`: TempEval-3 scores of the temporal tagger on TimeML files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import typer

from cronica.cli import params
from cronica.cli.params import LangChoice, ReportFormat
from cronica.errors import CronicaError, InputError

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups
    from cronica.evaluation.timeml import TimeMLDocument
    from cronica.evaluation.timex import TimexScores
    from cronica.model import Timex
    from cronica.scoring import Counts


def eval_timex(
    paths: list[Path] = typer.Argument(..., metavar="PATH...", help="TimeML files (.tml) or folders of them."),
    lang: LangChoice = params.lang_option(),
    dct: str | None = params.dct_option("Document creation time YYYY-MM-DD (overrides the files')."),
    mode: Literal["auto", "news", "narrative"] = typer.Option(
        "auto",
        "--mode",
        help="auto (each expression's anchor by its kind), news (DCT for every deictic and"
        " underspecified expression) or narrative (ignore the DCT).",
    ),
    output_format: ReportFormat = params.report_format_option(),
    show_errors: bool = typer.Option(False, "--errors", help="List value mismatches per file."),
) -> None:
    """Score the timex tagger: strict/relaxed span P/R/F1, value F1 and type F1 (TempEval-3)."""
    from cronica.evaluation.timeml import read_timeml
    from cronica.evaluation.timex import evaluate_documents
    from cronica.ingest import detect_language
    from cronica.options import check_dct, check_language
    from cronica.timex import tag

    forced_dct = check_dct(dct) if dct else None
    files = _tml_files(paths)
    documents = []
    for path in files:  # a bad file is reported and skipped; the others are still scored
        try:
            documents.append(read_timeml(path))
        except InputError as error:
            typer.echo(f"cronica: error: {error}", err=True)
    if not documents:
        raise CronicaError("no readable TimeML file among the given paths")

    def run(document: TimeMLDocument) -> tuple[Timex, ...]:
        language = (
            check_language(lang) if lang not in ("", "auto") else detect_language(document.text, document.path, None)
        )
        reference = forced_dct or document.dct
        if mode == "narrative":
            reference = None
        return tag(document.text, language, dct=reference, mode=None if mode == "auto" else mode).timexes

    results, total = evaluate_documents(documents, run)
    if output_format == "json":
        payload = {
            "files": [
                {"path": r.path, **r.scores.as_dict(), **({"errors": list(r.errors)} if show_errors else {})}
                for r in results
            ],
            "overall": total.as_dict(),
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    header = f"{'file':<32} {'strict P/R/F1':>20} {'relaxed P/R/F1':>20} {'value F1':>9} {'type F1':>8}"
    typer.echo(header)
    for result in results:
        typer.echo(_row(Path(result.path).name, result.scores))
        if show_errors:
            for miss in result.errors:
                typer.echo(f"    {miss['text']!r}: {miss['value']} (gold {miss['gold']})")
    typer.echo("-" * len(header))
    typer.echo(_row(f"overall ({len(results)} files)", total))


def _row(name: str, scores: TimexScores) -> str:
    def prf(counts: Counts) -> str:
        return f"{counts.precision:.3f}/{counts.recall:.3f}/{counts.f1:.3f}"

    spans = f"{prf(scores.strict):>20} {prf(scores.relaxed):>20}"
    return f"{name[:32]:<32} {spans} {scores.value.f1:>9.3f} {scores.type.f1:>8.3f}"


def _tml_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.tml")))
        elif path.is_file():
            files.append(path)
        else:
            raise CronicaError(f"{path}: no such file or folder")
    if not files:
        raise CronicaError("no .tml files found in the given paths")
    return files


def register(app: typer.Typer, groups: CliGroups) -> None:
    groups.eval.command("timex")(eval_timex)
