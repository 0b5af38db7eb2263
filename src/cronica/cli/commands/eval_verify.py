"""`cronica eval verify GOLD`: per-verdict precision and recall of the verify stage."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from cronica.cli import params
from cronica.cli.params import KbChoice, ReportFormat

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups


def eval_verify(
    gold: Path = typer.Argument(..., help="Gold file (format: tests/data/verify/README.md)."),
    oracle: bool = typer.Option(False, "--oracle", help="Claims from the gold events: the verifier alone."),
    kb: KbChoice = params.kb_option(),
    output_format: ReportFormat = params.report_format_option(),
) -> None:
    """Score claim verdicts against a gold set (verdict gold, or truth gold: what is true in the world)."""
    from cronica.errors import CronicaError
    from cronica.evaluation.truth import format_truth_report, is_truth_gold, load_truth_gold
    from cronica.evaluation.verify import (
        evaluate_end_to_end,
        evaluate_oracle,
        evaluate_truth,
        format_report,
        load_gold,
    )
    from cronica.resources import load_resource

    data = load_resource(gold)
    if is_truth_gold(data):
        if oracle:
            raise CronicaError(f"{gold}: --oracle needs gold events; a truth-gold file has none")
        truth = evaluate_truth(load_truth_gold(gold, data), kb)
        if output_format == "json":
            typer.echo(json.dumps(truth.as_dict(), ensure_ascii=False, indent=2))
            return
        typer.echo(format_truth_report(truth, f"verify: {gold} — truth gold, end-to-end, kb {kb}"))
        return
    items = load_gold(gold)
    score = evaluate_oracle(items, kb) if oracle else evaluate_end_to_end(items, kb)
    if output_format == "json":
        typer.echo(json.dumps(score.as_dict(), ensure_ascii=False, indent=2))
        return
    mode = "oracle (claims from gold events)" if oracle else "end-to-end (full pipeline)"
    typer.echo(format_report(score, f"verify: {gold} — {mode}, kb {kb}"))


def register(app: typer.Typer, groups: CliGroups) -> None:
    groups.eval.command("verify")(eval_verify)
