"""`cronica train rhetoric` on a tiny sample, and the numpy export against scikit-learn itself."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from cronica.cli.main import app
from cronica.rhetoric.classifier import load_classifier

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "rhetoric" / "pan_sample"


def test_train_command_writes_loadable_weights(tmp_path):
    out = tmp_path / "weights.npz"
    result = CliRunner().invoke(app, ["train", "rhetoric", "--data", str(SAMPLE), "--output", str(out), "--folds", "2"])
    assert result.exit_code == 0, result.output
    assert "2-fold CV" in result.output and "MCC" in result.output
    classifier = load_classifier(out)
    assert set(classifier.route) == {"en", "es"}
    probability = classifier.probability("Las élites globalistas planearon la plandemia.", "es")
    assert 0.0 <= probability <= 1.0


def test_train_command_rejects_a_folder_without_data(tmp_path):
    result = CliRunner().invoke(
        app, ["train", "rhetoric", "--data", str(tmp_path), "--output", str(tmp_path / "w.npz")]
    )
    assert result.exit_code != 0
    assert "no dataset_<lang>_*.json files" in str(result.exception or result.output)


def test_numpy_scores_equal_scikit_learns_decision_function():
    """The exported model computes what scikit-learn computed: same TF-IDF, same linear score."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from cronica.rhetoric.features import ANALYZERS
    from cronica.rhetoric.training import ModelConfig, fit_model, load_pan

    corpus = load_pan(SAMPLE)["en"]
    config = ModelConfig(name="test", learner="logreg", c=1.0, min_df=1)
    model = fit_model(corpus.texts, corpus.labels, config)

    blocks = [TfidfVectorizer(analyzer=ANALYZERS[name], sublinear_tf=True, min_df=1) for name in config.blocks]
    matrix = hstack([block.fit_transform(corpus.texts) for block in blocks]).tocsr()
    reference = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000, random_state=13).fit(
        matrix, corpus.labels
    )
    expected = reference.decision_function(matrix)
    ours = np.array([model.score(text) for text in corpus.texts])
    assert ours == pytest.approx(expected, abs=1e-6)
