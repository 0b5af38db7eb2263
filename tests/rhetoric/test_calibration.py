"""The cross-domain calibrator: its features, when it withholds the probability, and its storage."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from cronica.errors import CronicaError
from cronica.rhetoric.calibration import FEATURES, Calibrator, document_features, word_count
from cronica.rhetoric.classifier import load_classifier, save_classifier

HISTORY = Path(__file__).resolve().parents[1] / "data" / "rhetoric" / "history_paragraphs.jsonl"


def test_features_read_flag_densities_and_the_social_register():
    text = "x" * 1000
    features = document_features(text, 1.5, ["Conspiracy_Narrative", "Antisemitic_Framing", "Doubt"])
    assert set(features) == set(FEATURES)
    assert features["narrative_density"] == pytest.approx(np.log1p(2.0))
    assert features["other_density"] == pytest.approx(np.log1p(1.0))
    assert features["social"] == 0.0 and features["score_social"] == 0.0
    post = document_features("Mirad esto!! https://t.me/canal", 2.0, [])
    assert post["social"] == 1.0 and post["score_social"] == 2.0


def test_the_probability_is_withheld_when_unsure_or_too_short():
    calibrator = Calibrator({"score": 1.0}, 0.0, min_confidence=0.8, min_words=25)
    assert calibrator.shown(0.93, words=40, flags=2) == 0.93
    assert calibrator.shown(0.05, words=40, flags=0) == 0.05
    assert calibrator.shown(0.7, words=40, flags=3) is None
    assert calibrator.shown(0.25, words=40, flags=0) is None
    assert calibrator.shown(0.99, words=10, flags=3) is None
    assert calibrator.shown(0.93, words=40, flags=0) is None  # high, but nothing a reader could check
    assert word_count("Trotsky was born in 1879.") == 5


def test_the_calibrator_travels_in_the_weights_header_without_pickle(tmp_path):
    shipped = load_classifier()
    calibrator = Calibrator({"score": 0.9, "narrative_density": 2.0}, -0.5, 0.75, 30)
    out = tmp_path / "weights.npz"
    save_classifier(dataclasses.replace(shipped, calibrator=calibrator), out)
    loaded = load_classifier(out)
    assert loaded.calibrator == calibrator
    with np.load(out, allow_pickle=False) as npz:
        header = json.loads(npz["header"].tobytes().decode("utf-8"))
    assert header["calibrator"]["features"] == ["score", "narrative_density"]


def test_a_calibrator_with_unknown_features_is_a_one_line_error(tmp_path):
    shipped = load_classifier()
    out = tmp_path / "weights.npz"
    save_classifier(dataclasses.replace(shipped, calibrator=Calibrator({"score": 1.0}, 0.0)), out)
    with np.load(out, allow_pickle=False) as npz:
        arrays = dict(npz)
    header = json.loads(arrays["header"].tobytes().decode("utf-8"))
    header["calibrator"]["features"] = ["length"]
    arrays["header"] = np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8)
    np.savez(out, **arrays)
    with pytest.raises(CronicaError, match="cannot read classifier weights"):
        load_classifier(out)


def test_the_shipped_weights_carry_a_calibrator():
    calibrator = load_classifier().calibrator
    assert calibrator is not None
    assert calibrator.coef["narrative_density"] > 0  # conspiracy flags raise the probability
    assert 0.5 < calibrator.min_confidence < 1


@pytest.mark.parametrize("lang", ["es", "en"])
def test_neutral_history_gets_no_high_probability(lang, pipeline_es, pipeline_en):
    """The failure this calibration fixes: plain biographies scored 0.85–0.99."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    paragraphs = [json.loads(line) for line in HISTORY.read_text(encoding="utf-8").splitlines()]
    neutral = [item["text"] for item in paragraphs if item["lang"] == lang and item["label"] == "neutral"][:12]
    probabilities = [pipeline.analyze_text(text).rhetoric.conspiracy_probability for text in neutral]
    assert all(p is None or p < 0.5 for p in probabilities)
