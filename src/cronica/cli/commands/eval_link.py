"""`cronica eval link GOLD`: score entity linking against a gold set (see cronica.evaluation.link)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from cronica.cli import params
from cronica.cli.params import KbChoice, ReportFormat

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups


def eval_link(
    gold: Path = typer.Argument(..., help="Gold YAML (see tests/data/link/gold.yaml)."),
    kb: KbChoice = params.kb_option(),
    show_errors: bool = typer.Option(False, "--errors", help="List every wrong decision."),
    output_format: ReportFormat = params.report_format_option(),
) -> None:
    """Accuracy on linkable mentions, NIL precision/recall, spurious links."""
    from cronica.evaluation.link import evaluate, load_gold
    from cronica.options import Options
    from cronica.pipeline import Pipeline

    documents = load_gold(gold)
    scores = evaluate(documents, Pipeline(Options(kb=kb, skip=frozenset({"verify", "rhetoric"}))))
    result = scores.as_dict()
    if output_format == "json":
        typer.echo(json.dumps({**result, "errors": scores.errors} if show_errors else result, ensure_ascii=False))
        return
    for key, value in result.items():
        typer.echo(f"{key}: {value}")
    if show_errors:
        for error in scores.errors:
            typer.echo(
                f"  {error['doc']}: '{error['mention']}' gold={error['gold']} "
                f"predicted={error['predicted']} (entity: {error['entity']})"
            )
        for error in scores.oracle_errors:
            typer.echo(
                f"  given the gold span: {error['doc']}: '{error['mention']}' gold={error['gold']} "
                f"predicted={error['predicted']}"
            )


def register(app: typer.Typer, groups: CliGroups) -> None:
    groups.eval.command("link")(eval_link)
