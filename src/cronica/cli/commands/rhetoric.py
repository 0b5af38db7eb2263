"""`cronica train rhetoric` and `cronica eval rhetoric`: the classifier's weights and the span gold set."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from cronica.cli import params
from cronica.cli.params import ReportFormat
from cronica.errors import CronicaError

if TYPE_CHECKING:
    from cronica.cli.main import CliGroups


def train_rhetoric(
    data: Path | None = typer.Option(None, "--data", help="Folder with PAN 2024 dataset_<lang>_*.json files."),
    output: Path | None = params.output_option("Weights file to write (default: the shipped weights)."),
    folds: int = typer.Option(5, "--folds", help="Stratified cross-validation folds (0 = skip CV)."),
    history: Path | None = typer.Option(
        None,
        "--history",
        help="History paragraphs (JSONL: lang, label neutral|conspiracy, text) to calibrate the probability "
        "across domains (tests/data/rhetoric/history_paragraphs.jsonl).",
    ),
    spans: Path | None = typer.Option(
        None,
        "--spans",
        help="Span annotations (JSONL files or a folder, tests/data/rhetoric/train) to train the span tagger.",
    ),
    tagger_out: Path | None = typer.Option(
        None, "--tagger-out", help="Span tagger weights to write (default: the shipped ones)."
    ),
    pan: Path | None = typer.Option(
        None,
        "--pan",
        help="PAN 2024 folder: sentences of its critical texts (training parts only) as the span tagger's negatives.",
    ),
    retired: Path | None = typer.Option(
        None,
        "--retired",
        help="Folder of the evaluation sets (tests/data/rhetoric): the sets no longer blind "
        "(tagger_training.RETIRED_SETS) join the span annotations; every other set stays held out.",
    ),
    thresholds_from: Path | None = typer.Option(
        None,
        "--thresholds-from",
        help="Span tagger weights whose per-language gate thresholds the new tagger keeps (e.g. the shipped ones).",
    ),
    label_thresholds: bool = typer.Option(
        False,
        "--label-thresholds",
        help="Choose a gate threshold per language and technique by the page-grouped CV on the training data "
        "(precision >= 0.85, neutral <= 1 %% per technique and <= 3 %% in all; docs/rhetoric.md).",
    ),
) -> None:
    """Train the conspiracy-vs-critical classifier (--data) and/or the span tagger (--spans): plain NPZ weights."""
    if data is None and spans is None:
        raise CronicaError("nothing to train: give --data (the document classifier) and/or --spans (the span tagger)")
    from cronica.extras import require

    require("train", "cronica train rhetoric")
    if data is not None:
        _train_classifier(data, output, folds, history)
    if spans is not None:
        if label_thresholds and thresholds_from is not None:
            raise CronicaError("--label-thresholds chooses the thresholds; --thresholds-from keeps others: give one")
        _train_tagger(spans, tagger_out, folds, pan, retired, thresholds_from, label_thresholds)


def _train_tagger(
    spans: Path,
    out: Path | None,
    folds: int,
    pan: Path | None,
    retired: Path | None,
    thresholds_from: Path | None,
    label_thresholds: bool = False,
) -> None:
    from dataclasses import replace

    from cronica.rhetoric.tagger import load_tagger, save_tagger, shipped_tagger_path
    from cronica.rhetoric.tagger_training import ThresholdRule, train_tagger

    # read before training: the default output overwrites the shipped weights
    kept = load_tagger(thresholds_from) if thresholds_from is not None else None
    rule = ThresholdRule() if label_thresholds else None
    tagger, figures = train_tagger([spans], folds=folds, pan=pan, retired=retired, label_rule=rule)
    if kept is not None:
        meta = dict(tagger.meta, gate_thresholds_from=str(thresholds_from))
        if "gate_thresholds_chosen" in kept.meta:
            meta["gate_thresholds_chosen"] = kept.meta["gate_thresholds_chosen"]
        tagger = replace(tagger, gate_thresholds=dict(kept.gate_thresholds), meta=meta)
    for name, values in figures.items():
        typer.echo(
            f"span tagger, {folds}-fold page-grouped CV, {name}: P {values['precision']:.3f} "
            f"R {values['recall']:.3f} neutral flagged {values['neutral_flagged']:.1%}"
        )
    for lang, per_label in sorted(tagger.label_thresholds.items()):
        listed = ", ".join(f"{technique} {value:.3f}" for technique, value in sorted(per_label.items()))
        typer.echo(f"gate thresholds per technique, {lang}: {listed}")
    target = out or shipped_tagger_path()
    save_tagger(tagger, target)
    typer.echo(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB, {tagger.meta.get('texts')} texts)")


def _train_classifier(data: Path, output: Path | None, folds: int, history: Path | None) -> None:
    from cronica.rhetoric import training
    from cronica.rhetoric.classifier import save_classifier, shipped_weights_path

    corpora = training.load_pan(data)
    too_small = [
        lang
        for lang, corpus in corpora.items()
        if folds and min(corpus.labels.sum(), (1 - corpus.labels).sum()) < folds
    ]
    if too_small:
        raise CronicaError(
            f"too few documents of a class for {folds}-fold CV in: {', '.join(too_small)} (try --folds 0)"
        )
    config = training.DEFAULT_CONFIG
    scores = training.cross_validate(corpora, config, folds) if folds else None
    # the same CV with runs of neighbouring ids kept together: channels and weeks the model never saw
    unseen = training.cross_validate(corpora, config, folds, split="id-block") if folds and history else None
    for name, found in (("", scores), (" (id-block split)", unseen)):
        for lang, fold_scores in sorted((found or {}).items()):
            typer.echo(
                f"{lang}: {folds}-fold CV{name} on {fold_scores.documents} documents: "
                f"MCC {fold_scores.mcc:.3f}  F1 {fold_scores.f1:.3f}  accuracy {fold_scores.accuracy:.3f}",
                err=True,
            )
    classifier = training.train_classifier(corpora, config, scores, unseen)
    if history is not None:
        import dataclasses

        calibrator = training.fit_calibrator(
            corpora, classifier, training.load_history(history), _flagged_techniques, config
        )
        classifier = dataclasses.replace(classifier, calibrator=calibrator)
        typer.echo("calibrator: " + ", ".join(f"{k} {v:+.3f}" for k, v in calibrator.coef.items()), err=True)
    target = output or shipped_weights_path()
    save_classifier(classifier, target)
    typer.echo(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB, config: {config.name})", err=True)


def eval_rhetoric(
    gold: Path = typer.Argument(..., help="Gold JSONL (format in tests/data/rhetoric/README.md)."),
    output_format: ReportFormat = params.report_format_option(),
    config: Path | None = typer.Option(
        None,
        "--config",
        help="TOML file whose \\[stages.rhetoric] table configures the stage (e.g. tagger = false: rules only).",
    ),
) -> None:
    """Score the rhetoric stage's spans against a gold set (precision, recall, neutral false alarms)."""
    from cronica.evaluation.rhetoric import evaluate_rhetoric, format_report
    from cronica.options import load_config
    from cronica.rhetoric.gold import load_gold

    stage_config = load_config(str(config)).get("stage_config", {}) if config else {}
    report = evaluate_rhetoric(load_gold(gold), {"rhetoric": stage_config.get("rhetoric", {})})
    typer.echo(
        json.dumps(report.as_dict(), indent=2, ensure_ascii=False) if output_format == "json" else format_report(report)
    )


def register(app: typer.Typer, groups: CliGroups) -> None:
    groups.train.command("rhetoric")(train_rhetoric)
    groups.eval.command("rhetoric")(eval_rhetoric)


def _flagged_techniques(items: Sequence[tuple[str, str]]) -> list[list[str]]:
    """The techniques the rhetoric stage flags in each (lang, text), classifier off: the calibrator's
    features, from the real pipeline (one per language, the stages flags do not need skipped)."""
    from cronica.options import Options
    from cronica.pipeline import Pipeline
    from cronica.rhetoric.training import NOT_FOR_FLAGS

    pipelines: dict[str, Pipeline] = {}
    found = []
    for lang, text in items:
        if lang not in pipelines:
            options = Options(lang=lang, skip=NOT_FOR_FLAGS, stage_config={"rhetoric": {"classifier": False}})
            pipelines[lang] = Pipeline(options)
        found.append([flag.technique for flag in pipelines[lang].analyze_text(text).flags])
    return found
