"""`cronica eval events GOLD`: precision, recall and F1 of the events stage on a gold set."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from cronica.cli import params
from cronica.cli.main import CliGroups
from cronica.cli.params import ReportFormat
from cronica.evaluation.events import GoldDocument, evaluate, load_gold
from cronica.model import Analysis
from cronica.options import Options
from cronica.pipeline import Pipeline

#: stages after events add nothing to the score and cost time (link runs before events: kept)
SKIPPED = frozenset({"verify", "rhetoric"})


def eval_events(
    gold: Path = typer.Argument(..., help="Gold file (tests/data/events/gold.json format)."),
    output_format: ReportFormat = params.report_format_option(),
) -> None:
    """Score event extraction: (type, main participant, date) triples, (type, main) pairs, roles."""
    documents = load_gold(gold)
    pipeline = Pipeline(Options(skip=SKIPPED))

    def analyze(document: GoldDocument) -> Analysis:
        return pipeline.analyze_text(document.text, id=document.id, lang=document.lang, dct=document.dct)

    reports = evaluate(documents, analyze)
    if output_format == "json":
        typer.echo(json.dumps({lang: r.as_dict() for lang, r in reports.items()}, indent=2))
        return
    table = Table(title=f"events vs {gold.name} ({sum(len(d.events) for d in documents)} gold events)")
    for column in ("lang", "measure", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column)
    for lang, report in sorted(reports.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        figures = report.as_dict()
        for measure in ("triples", "type_main", "roles"):
            c = figures[measure]
            table.add_row(
                lang, measure, f"{c['precision']:.3f}", f"{c['recall']:.3f}", f"{c['f1']:.3f}",
                str(c["tp"]), str(c["fp"]), str(c["fn"]),
            )  # fmt: skip
        table.add_row(lang, "modality acc.", f"{figures['modality_accuracy']:.3f}", "", "", str(report.matched), "", "")
        table.add_row(lang, "date acc.", f"{figures['date_accuracy']:.3f}", "", "", str(report.matched), "", "")
        table.add_row(
            lang, "repetition acc.", f"{figures['repetition_accuracy']:.3f}", "", "", str(report.matched), "", ""
        )
    Console().print(table)


def register(app: typer.Typer, groups: CliGroups) -> None:
    groups.eval.command("events")(eval_events)
