"""The document-level conspiracy-vs-critical classifier: plain numpy inference from NPZ weights.

A model is TF-IDF blocks (word and character n-grams, each L2-normalized) feeding one
linear scorer and a sigmoid calibration: p = 1 / (1 + exp(-(a·score + b))). Weights are
stored without pickle (vocabularies as UTF-8 bytes, numbers as float32), so loading a
weights file can never run code, and scikit-learn is needed only to train.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from cronica.errors import CronicaError
from cronica.rhetoric.calibration import Calibrator, document_features, word_count
from cronica.rhetoric.features import ANALYZERS

FORMAT = "cronica-rhetoric-classifier@1"
WEIGHTS_NAME = "conspiracy-classifier.npz"


@dataclass(frozen=True)
class FeatureBlock:
    """One TF-IDF block: which analyzer, its vocabulary (feature → column) and idf weights."""

    analyzer: str
    vocabulary: Mapping[str, int]
    idf: np.ndarray

    def vector(self, text: str, sublinear_tf: bool) -> tuple[np.ndarray, np.ndarray]:
        """Column indexes and L2-normalized TF-IDF values of the text's features in this block."""
        counts = Counter(gram for gram in ANALYZERS[self.analyzer](text) if gram in self.vocabulary)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        columns = np.fromiter((self.vocabulary[gram] for gram in counts), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        if sublinear_tf:
            tf = 1.0 + np.log(tf)
        values = tf * self.idf[columns]
        return columns, values / np.linalg.norm(values)


@dataclass(frozen=True)
class LinearModel:
    """TF-IDF blocks + a linear scorer + sigmoid calibration → P(conspiracy narrative)."""

    blocks: tuple[FeatureBlock, ...]
    coef: np.ndarray
    intercept: float
    calibration: tuple[float, float] = (1.0, 0.0)
    sublinear_tf: bool = True

    def score(self, text: str) -> float:
        total, offset = self.intercept, 0
        for block in self.blocks:
            columns, values = block.vector(text, self.sublinear_tf)
            total += float(values @ self.coef[offset + columns]) if len(columns) else 0.0
            offset += len(block.idf)
        return total

    def probability(self, text: str) -> float:
        a, b = self.calibration
        z = a * self.score(text) + b
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


@dataclass(frozen=True)
class ConspiracyClassifier:
    """Models by name and the language → model routing (a joint model may serve every language)."""

    models: Mapping[str, LinearModel]
    route: Mapping[str, str]
    meta: Mapping[str, object] = field(default_factory=dict)
    #: the cross-domain calibration over the score and the flags (None in weights that predate it)
    calibrator: Calibrator | None = None

    def model_for(self, lang: str) -> LinearModel | None:
        name = self.route.get(lang)
        return self.models.get(name) if name else None

    def probability(self, text: str, lang: str) -> float | None:
        """P(conspiracy narrative) for the document, or None for a language the weights do not cover."""
        model = self.model_for(lang)
        return None if model is None or not text.strip() else model.probability(text)

    def document_probability(self, text: str, lang: str, techniques: Sequence[str]) -> float | None:
        """The probability to report: calibrated with the flags when the weights carry a calibrator,
        and withheld (None) when the text is too short or the calibrated model is unsure."""
        model = self.model_for(lang)
        if model is None or not text.strip():
            return None
        if self.calibrator is None:
            return model.probability(text)
        probability = self.calibrator.probability(document_features(text, model.score(text), techniques))
        return self.calibrator.shown(probability, word_count(text), len(techniques))


# --- storage -------------------------------------------------------------------------


def encode_vocabulary(vocabulary: Mapping[str, int]) -> np.ndarray:
    """A vocabulary as UTF-8 bytes, one feature a line in column order (no pickle)."""
    ordered = sorted(vocabulary, key=vocabulary.__getitem__)
    return np.frombuffer("\n".join(ordered).encode("utf-8"), dtype=np.uint8)


def decode_vocabulary(raw: np.ndarray) -> dict[str, int]:
    text = raw.tobytes().decode("utf-8")
    return {gram: index for index, gram in enumerate(text.split("\n"))} if text else {}


def save_classifier(classifier: ConspiracyClassifier, path: Path) -> None:
    """Write the weights as a compressed NPZ with a JSON header (no pickled objects)."""
    arrays: dict[str, np.ndarray] = {}
    described: dict[str, object] = {}
    for name, model in classifier.models.items():
        described[name] = {
            "blocks": [block.analyzer for block in model.blocks],
            "sublinear_tf": model.sublinear_tf,
            "intercept": model.intercept,
            "calibration": list(model.calibration),
        }
        for block in model.blocks:
            arrays[f"{name}/{block.analyzer}/vocabulary"] = encode_vocabulary(block.vocabulary)
            arrays[f"{name}/{block.analyzer}/idf"] = block.idf.astype(np.float32)
        arrays[f"{name}/coef"] = model.coef.astype(np.float32)
    header = {"format": FORMAT, "models": described, "route": dict(classifier.route), "meta": dict(classifier.meta)}
    if classifier.calibrator is not None:
        header["calibrator"] = classifier.calibrator.as_dict()
    arrays["header"] = np.frombuffer(json.dumps(header, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        np.savez_compressed(out, **arrays)  # type: ignore[arg-type]  # numpy's stub reads **arrays as its keywords


def shipped_weights_path() -> Path:
    """Where the weights shipped in the package live (what `cronica train rhetoric` rewrites)."""
    return Path(str(resources.files("cronica.rhetoric") / "resources" / WEIGHTS_NAME))


def load_classifier(path: Path | None = None) -> ConspiracyClassifier:
    """Load weights (the shipped ones by default); a damaged or foreign file is a one-line error."""
    source = path or shipped_weights_path()
    try:
        with np.load(source, allow_pickle=False) as npz:
            header = json.loads(npz["header"].tobytes().decode("utf-8"))
            if header.get("format") != FORMAT:
                raise CronicaError(f"{source}: not a cronica rhetoric classifier (format {header.get('format')!r})")
            models = {name: _load_model(npz, name, spec) for name, spec in header["models"].items()}
            calibrator = Calibrator.from_dict(header["calibrator"]) if "calibrator" in header else None
    except (OSError, KeyError, ValueError, TypeError) as error:
        raise CronicaError(f"{source}: cannot read classifier weights: {error}") from None
    return ConspiracyClassifier(
        models=models, route=header["route"], meta=header.get("meta", {}), calibrator=calibrator
    )


def _load_model(npz: Mapping[str, np.ndarray], name: str, spec: Mapping[str, Any]) -> LinearModel:
    analyzers: Sequence[str] = spec["blocks"]
    blocks = tuple(
        FeatureBlock(
            analyzer=analyzer,
            vocabulary=decode_vocabulary(npz[f"{name}/{analyzer}/vocabulary"]),
            idf=npz[f"{name}/{analyzer}/idf"].astype(np.float64),
        )
        for analyzer in analyzers
    )
    a, b = spec["calibration"]
    return LinearModel(
        blocks=blocks,
        coef=npz[f"{name}/coef"].astype(np.float64),
        intercept=float(spec["intercept"]),
        calibration=(float(a), float(b)),
        sublinear_tf=bool(spec["sublinear_tf"]),
    )
