"""`cronica eval rhetoric`: the gold set loads, is scored, and the stage meets the quality bar on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cronica.cli.main import app
from cronica.errors import CronicaError
from cronica.evaluation.rhetoric import evaluate_rhetoric
from cronica.model import Flag
from cronica.rhetoric.gold import GoldText, LanguageScores, load_gold, score_text, within_inventory

GOLD = Path(__file__).resolve().parents[1] / "data" / "rhetoric" / "gold.jsonl"


def test_gold_set_is_big_enough_and_bilingual():
    gold = load_gold(GOLD)
    spans = [span for item in gold for span in item.spans]
    neutral = [item for item in gold if item.neutral]
    assert len(spans) >= 80 and len(neutral) >= 40
    assert {item.lang for item in gold} == {"es", "en"}
    for item in gold:
        for span in item.spans:
            assert item.text[span.start : span.end] == span.text


def test_stage_meets_the_quality_bar_on_the_gold_set():
    """Span precision ≥ 0.8 and at most 1 neutral sentence in 20 flagged (the issue's bar)."""
    report = evaluate_rhetoric(load_gold(GOLD))
    total = report.total
    assert total.lenient.precision >= 0.8
    assert total.neutral_flagged / total.neutral_sentences <= 0.05
    for lang in ("es", "en"):
        assert report.by_lang[lang].lenient.precision >= 0.8


def flag(start: int, end: int, technique: str = "Loaded_Language") -> Flag:
    return Flag(
        id="f1", start=start, end=end, text="x" * (end - start), technique=technique, explanation="", confidence=1.0
    )


def test_scoring_counts_overlaps_techniques_and_neutral_alarms():
    from cronica.rhetoric.gold import GoldSpan

    gold = GoldText("t", "en", "a vile act", False, (GoldSpan(2, 6, "vile", "Loaded_Language", "author", None),))
    scores, errors = LanguageScores(), []
    score_text(gold, [flag(2, 6, "Name_Calling-Labeling"), flag(7, 10)], scores, errors)
    assert (scores.lenient.tp, scores.lenient.fp, scores.lenient.fn) == (1, 1, 0)
    assert (scores.strict.tp, scores.strict.fp, scores.strict.fn) == (0, 2, 1)
    neutral = GoldText("n", "en", "a fact", True, ())
    score_text(neutral, [flag(0, 1)], scores, errors)
    assert (scores.neutral_sentences, scores.neutral_flagged) == (1, 1)
    assert any("false alarm" in error for error in errors)


def test_bad_gold_is_a_one_line_error(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text(
        json.dumps({"id": "x", "lang": "en", "text": "abc", "flags": [{"text": "zzz", "technique": "Doubt"}]})
    )
    with pytest.raises(CronicaError, match=r"gold.jsonl:1: .*not in the text"):
        load_gold(bad)


def test_eval_command_prints_scores(tmp_path):
    small = tmp_path / "gold.jsonl"
    small.write_text("\n".join(GOLD.read_text(encoding="utf-8").splitlines()[:3]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "rhetoric", str(small), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert "spans (overlap)" in scores["all"]


def test_gold_may_mark_techniques_outside_the_inventory(tmp_path):
    """A blind set written without reading the stage may mark any SemEval-2023 technique: it stays a
    gold span (a miss is a miss), `within_inventory` drops it; an unknown name is still an error."""
    record = {
        "id": "t1",
        "lang": "en",
        "text": "As every serious scientist agrees, the plot was real and the traitors paid for it.",
        "flags": [
            {"text": "As every serious scientist agrees", "technique": "Appeal_to_Authority"},
            {"text": "the traitors", "technique": "Name_Calling-Labeling"},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    gold = load_gold(path)
    assert [s.technique for s in gold[0].spans] == ["Appeal_to_Authority", "Name_Calling-Labeling"]
    assert [s.technique for s in within_inventory(gold)[0].spans] == ["Name_Calling-Labeling"]
    record["flags"][0]["technique"] = "Appeal_to_Autority"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(CronicaError, match="unknown technique"):
        load_gold(path)


def test_eval_command_reads_the_stage_config(tmp_path):
    """`--config` with `tagger = true` adds the learned spans: a sentence no rule marks (written for this
    test) is missed by the rules alone (`tagger = false`) and found with the tagger on (the shipped
    weights with a lower gate threshold: the shipped gate is tuned for precision)."""
    from dataclasses import replace

    from cronica.rhetoric.tagger import load_tagger, save_tagger, shipped_tagger_path

    weights = tmp_path / "low-gate.npz"
    save_tagger(replace(load_tagger(shipped_tagger_path()), gate_threshold=0.3, gate_thresholds={}), weights)
    # (the sentence of the stage's docs, "… moviendo sus bancos en la sombra", is a rule's since 16f: hidden_hand)
    text = "Las mismas pocas familias se han enriquecido con cada una de estas guerras, moviendo su dinero en silencio."
    span = {"text": text[:-1], "technique": "Conspiracy_Narrative"}
    record = {"id": "t1", "lang": "es", "text": text, "flags": [span]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    config = tmp_path / "tagger.toml"
    config.write_text(f'[stages.rhetoric]\ntagger = true\ntagger_weights = "{weights}"\n', encoding="utf-8")
    rules = tmp_path / "rules.toml"
    rules.write_text("[stages.rhetoric]\ntagger = false\n", encoding="utf-8")
    recall = {}
    for name, extra in (("rules", ["--config", str(rules)]), ("tagger", ["--config", str(config)])):
        result = CliRunner().invoke(app, ["eval", "rhetoric", str(gold), "--format", "json", *extra])
        assert result.exit_code == 0, result.output
        recall[name] = json.loads(result.output)["all"]["spans (overlap)"]["recall"]
    assert recall == {"rules": 0.0, "tagger": 1.0}
