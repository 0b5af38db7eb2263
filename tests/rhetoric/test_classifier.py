"""The shipped conspiracy classifier: plain weights, probabilities, no scikit-learn or pickle at run time."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from cronica.errors import CronicaError
from cronica.rhetoric.classifier import load_classifier, save_classifier, shipped_weights_path

CONSPIRACY = {
    "en": "Wake up: the plandemic was planned by Bill Gates and the globalist cabal to depopulate the world.",
    "es": "Despertad: la plandemia la planearon Bill Gates y las élites globalistas para reducir la población.",
}
CRITICAL = {
    "en": "The ministry published the vaccination figures late and hospitals asked for more staff.",
    "es": "El ministerio publicó tarde los datos de vacunación y los hospitales pidieron más personal.",
}


@pytest.fixture(scope="module")
def classifier():
    return load_classifier()


def test_shipped_weights_are_small_and_load_without_pickle():
    path = shipped_weights_path()
    assert path.stat().st_size <= 20_000_000
    with np.load(path, allow_pickle=False) as npz:
        assert "header" in npz.files


@pytest.mark.parametrize("lang", ["es", "en"])
def test_probabilities_in_both_languages(classifier, lang):
    high = classifier.probability(CONSPIRACY[lang], lang)
    low = classifier.probability(CRITICAL[lang], lang)
    assert 0.0 <= low < 0.5 < high <= 1.0


def test_unknown_language_and_empty_text_give_no_probability(classifier):
    assert classifier.probability("Ceci n'est pas une pipe.", "fr") is None
    assert classifier.probability("   ", "es") is None


def test_weights_record_their_cross_validation(classifier):
    cv = classifier.meta["cross_validation"]
    assert set(cv) == {"es", "en"}
    assert all(-1.0 <= cv[lang]["mcc"] <= 1.0 for lang in cv)


def test_save_and_load_round_trip(classifier, tmp_path):
    target = tmp_path / "copy.npz"
    save_classifier(classifier, target)
    copy = load_classifier(target)
    for lang in ("es", "en"):
        assert copy.probability(CONSPIRACY[lang], lang) == pytest.approx(classifier.probability(CONSPIRACY[lang], lang))


def test_damaged_weights_are_a_one_line_error(tmp_path):
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(CronicaError, match="cannot read classifier weights"):
        load_classifier(broken)


def test_inference_does_not_import_scikit_learn():
    code = (
        "import sys; from cronica.rhetoric.classifier import load_classifier; "
        "c = load_classifier(); c.probability('la plandemia', 'es'); "
        "assert 'sklearn' not in sys.modules, 'sklearn imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
