"""The learned span tagger: training on annotations, NPZ round trip, numpy inference, the stage's
use of it (rules first), the CLI, and the shipped weights on sentences written for these tests."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from cronica.cli.main import app
from cronica.errors import CronicaError
from cronica.options import Options
from cronica.pipeline import Pipeline
from cronica.rhetoric import tagger_training as training
from cronica.rhetoric.resources import TECHNIQUES
from cronica.rhetoric.tagger import LinearBlock, load_tagger, save_tagger, shipped_tagger_path, sigmoid
from cronica.rhetoric.tagger_features import DIM

TRAIN = Path(__file__).resolve().parents[1] / "data" / "rhetoric" / "train"
OTHER_STAGES = {"timex", "events", "link", "verify"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """A few pages of the real annotations, both languages, spans and neutral sentences."""
    folder = tmp_path_factory.mktemp("spans")
    for name, limit in (("es_a.jsonl", 30), ("en_a.jsonl", 25), ("en_c.jsonl", 20)):
        lines = (TRAIN / name).read_text(encoding="utf-8").splitlines()[:limit]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def fitted(sample, tmp_path_factory):
    examples = training.parse_examples(training.load_examples([sample]))
    tagger = training.fit_tagger(examples, training.TaggerConfig(gate_threshold=0.5))
    path = tmp_path_factory.mktemp("weights") / "tagger.npz"
    save_tagger(tagger, path)
    return examples, tagger, path


def test_training_data_is_well_formed():
    """Every record has an address, spans that occur in their sentence, and both kinds exist per language."""
    records = training.load_examples([TRAIN])
    by_lang: dict[str, list] = {}
    for gold, url in records:
        assert url.startswith("http"), gold.id
        by_lang.setdefault(gold.lang, []).append(gold)
    for lang, golds in by_lang.items():
        assert sum(1 for g in golds if g.neutral) >= 250, lang
        assert sum(len(g.spans) for g in golds) >= 250, lang


def _words(text: str) -> list[str]:
    return re.sub(r"\W+", " ", text.lower()).split()


def test_training_data_shares_no_page_and_no_sentence_with_the_evaluation_sets():
    """The gold and blind sets judge the tagger: none of their addresses, and no run of eight words
    of their sentences, may be in the training annotations."""
    urls, grams = set(), set()
    for path in (TRAIN.parent).glob("*.jsonl"):
        if path.name == "history_paragraphs.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            urls.add(record.get("url"))
            words = _words(record["text"])
            grams.update(" ".join(words[i : i + 8]) for i in range(len(words) - 7))
    for gold, url in training.load_examples([TRAIN]):
        assert url not in urls, f"{gold.id}: page {url} is in an evaluation set"
        words = _words(gold.text)
        shared = [" ".join(words[i : i + 8]) for i in range(len(words) - 7) if " ".join(words[i : i + 8]) in grams]
        assert not shared, f"{gold.id} shares text with an evaluation set: {shared[0]!r}"


def _set_grams(path: Path) -> tuple[set, set]:
    urls, grams = set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        urls.add(record.get("url"))
        words = _words(record["text"])
        grams.update(" ".join(words[i : i + 8]) for i in range(len(words) - 7))
    urls.discard(None)
    return urls, grams


def test_retired_sets_are_an_explicit_list_and_every_other_set_stays_held_out():
    """`--retired` trains on the named sets only; blind13n and any set not named (every future one)
    shares no address and no run of eight words with them or with train/."""
    folder = TRAIN.parent
    retired = set(training.RETIRED_SETS)
    assert all((folder / name).is_file() for name in retired)
    held_out = sorted(path for path in folder.glob("*.jsonl") if path.name not in retired)
    assert {"blind13n_real.jsonl", "blind13n_neutral.jsonl"} <= {path.name for path in held_out}
    assert not any(name.startswith("blind13") for name in retired)
    urls, grams = set(), set()
    for path in held_out:
        found = _set_grams(path)
        urls |= found[0]
        grams |= found[1]
    records = training.load_retired(folder) + training.load_examples([TRAIN])
    for gold, url in records:
        assert url not in urls, f"{gold.id}: page {url} is in a held-out set"
        words = _words(gold.text)
        shared = [" ".join(words[i : i + 8]) for i in range(len(words) - 7) if " ".join(words[i : i + 8]) in grams]
        assert not shared, f"{gold.id} shares text with a held-out set: {shared[0]!r}"


def test_retired_loader_keeps_inventory_spans_and_only_neutral_paragraphs():
    records = training.load_retired(TRAIN.parent, ("gold.jsonl", "history_paragraphs.jsonl"))
    paragraphs = [gold for gold, url in records if url == "history_paragraphs.jsonl"]
    assert paragraphs and all(gold.neutral and not gold.spans for gold in paragraphs)
    assert any(gold.spans for gold, _ in records)
    assert all(span.technique in TECHNIQUES for gold, _ in records for span in gold.spans)
    with pytest.raises(CronicaError, match="not found"):
        training.load_retired(TRAIN.parent, ("no_such_set.jsonl",))


def test_npz_round_trip_gives_the_same_probabilities(fitted):
    examples, tagger, path = fitted
    loaded = load_tagger(path)
    assert loaded.techniques == tagger.techniques
    for example in examples[:10]:
        for view in example.views:
            if len(view.tokens) < 4:
                continue
            assert loaded.sentence_probability(view) == pytest.approx(tagger.sentence_probability(view), abs=1e-3)
            assert loaded.token_probabilities(view) == pytest.approx(tagger.token_probabilities(view), abs=1e-3)


def test_linear_block_scores_what_the_matrix_product_scores():
    rng = np.random.default_rng(0)
    sparse = np.zeros((DIM, 1), dtype=np.float32)
    rows = [np.array([3, 3, 17]), np.array([17, 99])]
    sparse[[3, 17, 99], 0] = [0.5, -1.0, 2.0]
    dense = rng.normal(size=(2, 4)).astype(np.float32)
    block = LinearBlock(
        sparse=sparse,
        dense=np.ones((4, 1), dtype=np.float32),
        intercept=np.array([0.25], dtype=np.float32),
        dense_mean=np.zeros(4, dtype=np.float32),
        dense_scale=np.ones(4, dtype=np.float32),
        norm="sqrt",
    )
    expected = [
        0.25 + (0.5 * 2 - 1.0) / np.sqrt(3) + dense[0].sum(),
        0.25 + (-1.0 + 2.0) / np.sqrt(2) + dense[1].sum(),
    ]
    assert block.scores_many(rows, dense)[:, 0] == pytest.approx(expected, abs=1e-5)
    assert block.scores(rows[0], dense[0])[0] == pytest.approx(expected[0], abs=1e-5)
    assert float(sigmoid(0.0)) == pytest.approx(0.5)


def test_a_damaged_or_foreign_file_is_a_one_line_error(tmp_path):
    damaged = tmp_path / "damaged.npz"
    damaged.write_bytes(b"not a zip")
    with pytest.raises(CronicaError, match="cannot read span tagger weights"):
        load_tagger(damaged)
    foreign = tmp_path / "foreign.npz"
    np.savez(foreign, header=np.frombuffer(json.dumps({"format": "other"}).encode(), dtype=np.uint8))
    with pytest.raises(CronicaError, match="not a cronica span tagger"):
        load_tagger(foreign)


def analyze(text: str, lang: str, **config):
    pipeline = Pipeline(Options(lang=lang, skip=frozenset(OTHER_STAGES), stage_config={"rhetoric": config}))
    return pipeline.analyze_text(text)


def test_the_stage_runs_rules_first_and_marks_learned_flags(fitted):
    _, _, path = fitted
    text = (
        "Los banqueros judíos financiaron la revolución bolchevique. "
        "La élite ya no lo esconde: su plan maestro avanza para subyugar a la humanidad."
    )
    without = analyze(text, "es", tagger=False)
    with_tagger = analyze(text, "es", tagger=True, tagger_weights=str(path), classifier=False)
    rule_spans = {(f.start, f.end) for f in without.flags}
    assert rule_spans, "the rules find the hidden financiers"
    learned = [f for f in with_tagger.flags if (f.start, f.end) not in rule_spans]
    for flag in learned:
        assert flag.explanation.startswith("Señalado por el modelo aprendido")
        assert flag.confidence <= 0.75
        assert all(flag.end <= s or e <= flag.start for s, e in rule_spans)
    # the rule flags themselves are unchanged
    assert {(f.start, f.end, f.technique) for f in without.flags} <= {
        (f.start, f.end, f.technique) for f in with_tagger.flags
    }


def test_train_command_trains_the_tagger(sample, tmp_path):
    out = tmp_path / "tagger.npz"
    result = CliRunner().invoke(
        app, ["train", "rhetoric", "--spans", str(sample), "--tagger-out", str(out), "--folds", "0"]
    )
    assert result.exit_code == 0, result.output
    assert out.exists() and load_tagger(out) is not None


def test_train_command_keeps_the_gate_thresholds_of_given_weights(sample, fitted, tmp_path):
    _, tagger, _ = fitted
    source = tmp_path / "source.npz"
    save_tagger(replace(tagger, gate_thresholds={"en": 0.6, "es": 0.65}), source)
    out = tmp_path / "tagger.npz"
    result = CliRunner().invoke(
        app,
        ["train", "rhetoric", "--spans", str(sample), "--tagger-out", str(out), "--folds", "0",
         "--thresholds-from", str(source)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert dict(load_tagger(out).gate_thresholds) == {"en": 0.6, "es": 0.65}


def test_train_command_needs_something_to_train(tmp_path):
    result = CliRunner().invoke(app, ["train", "rhetoric"])
    assert result.exit_code != 0
    assert "nothing to train" in str(result.exception or result.output)


SHIPPED = pytest.mark.skipif(not shipped_tagger_path().exists(), reason="no shipped tagger weights")

#: written for these tests (not taken from any page, not in the training data)
NEUTRAL = [
    ("es", "El Congreso de Viena reunió en 1814 a los representantes de las potencias europeas."),
    ("es", "La logia se fundó en Cádiz en 1807 y sus actas se conservan en el archivo de Salamanca."),
    ("es", "Tras la muerte de Lenin, Stalin y Trotski se enfrentaron en el Politburó por la dirección del partido."),
    ("en", "The Bank of England was founded in 1694 to lend money to the government of William III."),
    ("en", "Historians estimate that the famine of 1932 and 1933 killed several million people in Ukraine."),
    ("en", "The Warren Commission published its report in September 1964 after ten months of hearings."),
]
LOADED = [
    ("es", "Los globalistas no descansan: quieren borrar nuestra identidad y convertirnos en esclavos obedientes."),
    ("en", "These traitors have sold our nation to the bankers, and the lying media will never tell you the truth."),
]


@SHIPPED
@pytest.mark.parametrize(("lang", "text"), NEUTRAL)
def test_shipped_tagger_keeps_plain_history_quiet(lang, text):
    analysis = analyze(text, lang, classifier=False)
    assert not [f for f in analysis.flags if "learned" in f.explanation or "aprendido" in f.explanation]


@SHIPPED
@pytest.mark.parametrize(("lang", "text"), LOADED)
def test_shipped_stage_flags_plainly_loaded_sentences(lang, text):
    assert analyze(text, lang, classifier=False).flags


#: written for this test: rhetoric no rule of the lexicons marks (the shipped gate is tuned for
#: precision, so the test lowers its threshold: what it checks is the output of a learned flag)
LEARNED_ONLY = [
    # ("… moviendo sus bancos en la sombra", the sentence used here before, is a rule's since 16f: hidden_hand)
    (
        "es",
        "Las mismas pocas familias se han enriquecido con cada una de estas guerras, moviendo su dinero en silencio.",
    ),
    ("en", "Every historian who repeats the official version is either a coward or on the payroll."),
]


@SHIPPED
@pytest.mark.parametrize(("lang", "text"), LEARNED_ONLY)
def test_cli_output_keeps_learned_spans_with_offsets_and_explanations(lang, text, tmp_path):
    """`cronica analyze --format json` with `tagger = true`: a learned flag is a span like any other
    (offsets into the text, technique, an explanation that says a model marked it); with `tagger =
    false` (rules only) no learned flag is given. The shipped weights are used with a lower gate
    threshold, so that the sentence reaches the token model."""
    from dataclasses import replace

    shipped = load_tagger(shipped_tagger_path())
    weights = tmp_path / "low-gate.npz"
    save_tagger(replace(shipped, gate_threshold=0.3, gate_thresholds={}), weights)
    skips = [part for stage in sorted(OTHER_STAGES) for part in ("--skip", stage)]
    args = ["analyze", "-", "--lang", lang, "--format", "json", *skips]
    config = tmp_path / "tagger.toml"
    config.write_text(f'[stages.rhetoric]\ntagger = true\ntagger_weights = "{weights}"\n', encoding="utf-8")
    result = CliRunner().invoke(app, [*args, "--config", str(config)], input=text)
    assert result.exit_code == 0, result.output
    flags = json.loads(result.stdout)["flags"]
    prefixes = ("Marked by the learned model", "Señalado por el modelo")
    learned = [f for f in flags if f["explanation"].startswith(prefixes)]
    assert learned, flags
    for flag in learned:
        assert text[flag["start"] : flag["end"]] == flag["text"]
        assert flag["technique"] and flag["voice"] == "author" and flag["confidence"] <= 0.75
        assert flag["text"][:40] in flag["explanation"]  # quoted (cut to 80 characters)
    rules = tmp_path / "rules.toml"
    rules.write_text("[stages.rhetoric]\ntagger = false\n", encoding="utf-8")
    off = CliRunner().invoke(app, [*args, "--config", str(rules)], input=text)
    assert off.exit_code == 0, off.output
    assert not [f for f in json.loads(off.stdout)["flags"] if f["explanation"].startswith(prefixes)]


def test_a_text_parsed_in_segments_keeps_the_token_vectors_the_tagger_reads():
    """Long texts are parsed in segments (cronica.nlp): the joined Doc keeps each token's vector,
    parsed in context, so the tagger sees what it sees in the whole text (it read zeros before)."""
    from cronica.nlp import NlpModels, segment_bounds

    text = " ".join(f"In {1800 + n} the council met in the city hall and voted on the budget." for n in range(12))
    models = NlpModels(Options())
    whole = models.parse(text, "en")
    bounds = segment_bounds(text, 200)
    assert len(bounds) > 2
    segmented = models.parse_segments(text, bounds, "en")
    assert [t.text for t in segmented] == [t.text for t in whole]
    assert segmented.tensor.shape == whole.tensor.shape
    assert np.allclose(segmented.tensor, whole.tensor, atol=1e-4)


def test_the_gate_threshold_of_a_language_travels_with_the_weights(tmp_path):
    """Per-language gate thresholds are stored in the NPZ header and read back; a language without
    one takes the general threshold (fifth round of #16: chosen on the seen sets, docs/rhetoric.md)."""
    from dataclasses import replace

    shipped = load_tagger(shipped_tagger_path())
    weights = tmp_path / "per-language.npz"
    save_tagger(replace(shipped, gate_threshold=0.7, gate_thresholds={"en": 0.55, "es": 0.8}), weights)
    again = load_tagger(weights)
    assert (again.threshold_for("en"), again.threshold_for("es"), again.threshold_for("fr")) == (0.55, 0.8, 0.7)
    assert shipped.gate_thresholds == {"en": 0.6, "es": 0.65}


@pytest.mark.parametrize(
    ("value", "ok"), [(0.6, True), (1, True), (None, True), (1.5, False), (True, False), ("0.6", False)]
)
def test_the_tagger_threshold_setting_is_a_probability(value, ok):
    from cronica.rhetoric.stage import check_config

    if ok:
        check_config({"tagger_threshold": value})
    else:
        with pytest.raises(CronicaError, match="tagger_threshold"):
            check_config({"tagger_threshold": value})


# --- thresholds per language and technique (16y) -------------------------------------------------


def _learned(analysis) -> list:
    prefixes = ("Marked by the learned model", "Señalado por el modelo")
    return [f for f in analysis.flags if f.explanation.startswith(prefixes)]


def test_thresholds_per_technique_travel_with_the_weights(fitted, tmp_path):
    _, tagger, _ = fitted
    labels = {"es": {"Conspiracy_Narrative": 0.8, "Doubt": training.LABEL_OFF}, "en": {"Loaded_Language": 0.55}}
    path = tmp_path / "labels.npz"
    save_tagger(replace(tagger, label_thresholds=labels), path)
    assert {lang: dict(values) for lang, values in load_tagger(path).label_thresholds.items()} == labels


@SHIPPED
@pytest.mark.parametrize(("lang", "text"), LEARNED_ONLY)
def test_a_technique_needs_its_own_threshold_and_a_user_threshold_overrides_them(lang, text, tmp_path):
    """With every technique of the language above 1 the tagger adds nothing; the same weights at a low
    general gate do add a learned flag; a user's `tagger_threshold` replaces the per-technique ones."""
    shipped = load_tagger(shipped_tagger_path())
    low = tmp_path / "low.npz"
    save_tagger(replace(shipped, gate_threshold=0.3, gate_thresholds={}, label_thresholds={}), low)
    off = tmp_path / "off.npz"
    labels = {lang: {technique: training.LABEL_OFF for technique in shipped.techniques}}
    save_tagger(replace(shipped, gate_threshold=0.3, gate_thresholds={}, label_thresholds=labels), off)
    assert _learned(analyze(text, lang, tagger=True, tagger_weights=str(low), classifier=False))
    assert not _learned(analyze(text, lang, tagger=True, tagger_weights=str(off), classifier=False))
    forced = analyze(text, lang, tagger=True, tagger_weights=str(off), tagger_threshold=0.3, classifier=False)
    assert _learned(forced)


@pytest.fixture(scope="module")
def out_of_fold(sample):
    examples = training.parse_examples(training.load_examples([sample]))
    config = training.TaggerConfig()
    return training.cross_validate(examples, config, folds=2), config


def test_thresholds_per_technique_meet_their_rule_out_of_fold(out_of_fold):
    """Each technique's threshold is on the grid (or off), and where it is on, the tagger's spans of that
    technique meet the rule on the same out-of-fold predictions, in both languages."""
    predictions, config = out_of_fold
    rule = training.ThresholdRule(precision=0.5, neutral_per_label=0.05, neutral_total=0.1, min_spans=1)
    chosen, report = training.choose_label_thresholds(predictions, config, rule)
    assert set(chosen) == {"es", "en"}
    techniques = {t for p in predictions for t in p.tagger.techniques}
    for lang, values in chosen.items():
        assert set(values) == techniques
        for technique, value in values.items():
            assert value in training.LABEL_GRID or value == training.LABEL_OFF
            figures = report[lang][technique]
            if value != training.LABEL_OFF:
                assert figures["spans"] >= rule.min_spans and figures["precision"] >= rule.precision
                assert figures["neutral_flagged"] <= rule.neutral_per_label * figures["neutral_texts"]


def test_a_stricter_rule_never_lowers_a_threshold(out_of_fold):
    predictions, config = out_of_fold
    loose = training.ThresholdRule(precision=0.5, neutral_per_label=0.05, neutral_total=0.1, min_spans=1)
    strict = training.ThresholdRule(precision=0.9, neutral_per_label=0.0, neutral_total=0.0, min_spans=3)
    low, _ = training.choose_label_thresholds(predictions, config, loose)
    high, _ = training.choose_label_thresholds(predictions, config, strict)
    for lang in low:
        assert all(high[lang][technique] >= value for technique, value in low[lang].items())


def test_the_train_command_chooses_thresholds_only_by_cross_validation(sample, tmp_path):
    out = tmp_path / "tagger.npz"
    base = ["train", "rhetoric", "--spans", str(sample), "--tagger-out", str(out), "--label-thresholds"]
    no_cv = CliRunner().invoke(app, [*base, "--folds", "0"])
    assert no_cv.exit_code != 0 and "cross-validation" in str(no_cv.exception or no_cv.output)
    both = CliRunner().invoke(app, [*base, "--folds", "2", "--thresholds-from", str(shipped_tagger_path())])
    assert both.exit_code != 0 and "--thresholds-from" in str(both.exception or both.output)
    assert not out.exists()
