"""Options are typed and validated in one place: an unknown or mistyped setting is a one-line error."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from cronica.errors import CronicaError
from cronica.options import Options, load_config


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (
            {"colour": "red"},
            "unknown setting 'colour' (known: dct, kb, lang, max_chars, models, skip, stages, timings)",
        ),
        ({"lang": "fr"}, "unsupported language 'fr'"),
        ({"models": {"fr": "fr_core_news_sm"}}, "unsupported language 'fr'"),
        ({"skip": ["everything"]}, "unknown stage to skip: everything"),
        ({"skip": "nlp"}, "skip must be a list of stage names"),
        ({"skip": ["ingest"]}, "ingest stage cannot be skipped"),
        ({"kb": "dbpedia"}, "unknown knowledge base 'dbpedia'"),
        ({"max_chars": 0}, "max_chars must be a positive number"),
        ({"max_chars": "5000"}, "'max_chars': input should be a valid integer (got '5000')"),
        ({"timings": "yes"}, "'timings': input should be a valid boolean"),
        ({"stage_config": {"timx": {"mode": "news"}}}, "config for an unknown stage: timx"),
        ({"dct": "ayer"}, "invalid document date 'ayer'"),
    ],
)
def test_a_bad_setting_is_a_one_line_error(settings: dict, message: str) -> None:
    with pytest.raises(CronicaError) as raised:
        Options(**settings)
    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_options_are_frozen_comparable_and_travel_to_workers() -> None:
    options = Options(
        lang="es", skip={"rhetoric"}, models={"es": "es_core_news_sm"}, stages={"timex": {"mode": "news"}}
    )
    assert options.skip == frozenset({"rhetoric"}) and options.stage_config == {"timex": {"mode": "news"}}
    assert pickle.loads(pickle.dumps(options)) == options
    assert Options(lang="auto").lang is None and Options(dct="2024-03-10T12:00").dct == "2024-03-10"
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen-instance error
        options.lang = "en"  # type: ignore[misc]
    assert options.config_for("timex", {"mode": None, "other": 1}) == {"mode": "news", "other": 1}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('lang = "es"\ncolour = "red"\n', "unknown setting 'colour'"),
        ('skip = "nlp"\n', "skip must be a list of stage names"),
        ("timings = 1\n", "'timings': input should be a valid boolean"),
        ('max_chars = "many"\n', "'max_chars': input should be a valid integer"),
        ("[stages.verfy]\nmin_link_score_to_contradict = 0.7\n", "config for an unknown stage: verfy"),
        ("lang = \n", "invalid TOML"),
    ],
)
def test_a_bad_config_file_names_itself_and_the_setting(content: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "cronica.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CronicaError) as raised:
        load_config(str(path))
    assert str(raised.value).startswith(f"{path}: ") and message in str(raised.value)


def test_a_config_file_gives_only_what_it_sets(tmp_path: Path) -> None:
    path = tmp_path / "cronica.toml"
    path.write_text(
        'lang = "es"\nskip = ["rhetoric"]\n[models]\nes = "es_core_news_md"\n[stages.timex]\nmode = "news"\n'
    )
    assert load_config(str(path)) == {
        "lang": "es",
        "skip": frozenset({"rhetoric"}),
        "models": {"es": "es_core_news_md"},
        "stage_config": {"timex": {"mode": "news"}},
    }


@pytest.mark.parametrize(
    ("stages", "message"),
    [
        ({"timex": {"mod": "news"}}, "unknown setting 'stages.timex.mod' (known: batch_chars, mode)"),
        ({"link": {"treshold": 0.7}}, "unknown setting 'stages.link.treshold' (known: find_missed_names,"),
        (
            {"rhetoric": {"clasifier": False}},
            "unknown setting 'stages.rhetoric.clasifier' (known: classifier, join_phrases, tagger, tagger_threshold,",
        ),
        ({"nlp": {"model": "x"}}, "the nlp stage takes no settings: remove [stages.nlp]"),
    ],
)
def test_a_misspelt_stage_setting_stops_the_pipeline_before_any_document(stages: dict, message: str) -> None:
    """A stage's settings are its declared defaults' keys: a misspelt one used to be ignored."""
    from cronica.pipeline import Pipeline

    with pytest.raises(CronicaError) as raised:
        Pipeline(Options(stages=stages))
    assert message in str(raised.value) and "\n" not in str(raised.value)
    assert Pipeline(Options(stages={"timex": {"mode": "news"}})).options.config_for("timex", {"mode": None}) == {
        "mode": "news"
    }


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('[stages.timex]\nmod = "news"\n', "unknown setting 'stages.timex.mod' (known: batch_chars, mode)"),
        ("[stages.link]\ntreshold = 0.7\n", "unknown setting 'stages.link.treshold' (known: find_missed_names,"),
        ("[stages.events]\nmax_events = 3\n", "the events stage takes no settings: remove [stages.events]"),
        ("[stages.verify]\nmin_link_score = 0.7\n", "unknown setting 'stages.verify.min_link_score' (known: "),
        (
            "[stages.verify.confidence.supported]\nday = 'high'\n",
            "'stages.verify.confidence.supported.day': input should be a valid number (got 'high')",
        ),
        ("[stages.rhetoric]\nclasifier = false\n", "unknown setting 'stages.rhetoric.clasifier' (known: classifier,"),
        ('[stages.nlp]\nmodel = "x"\n', "the nlp stage takes no settings: remove [stages.nlp]"),
        ('[stages.ingest]\nencoding = "latin-1"\n', "the ingest stage takes no settings: remove [stages.ingest]"),
        ('[stages]\ntimex = "news"\n', "stages.timex must be a table of settings"),
        ("[stages.timex]\nmode = 3\n", "'stages.timex.mode': should be a string (got 3)"),
        ('[stages.link]\nthreshold = "high"\n', "'stages.link.threshold': should be a number (got 'high')"),
        ("[stages.link]\nmax_name_words = 6.5\n", "'stages.link.max_name_words': should be a whole number"),
        ("[stages.rhetoric]\ntagger = 1\n", "'stages.rhetoric.tagger': should be true or false (got 1)"),
    ],
)
def test_every_stage_table_is_checked_when_the_config_is_loaded(table: str, message: str, tmp_path: Path) -> None:
    """Each [stages.NAME] table is checked by its stage as the file is read, before any model loads or
    document runs: verify's used to fail only when the stage ran, and events' was never read."""
    path = tmp_path / "cronica.toml"
    path.write_text(table, encoding="utf-8")
    with pytest.raises(CronicaError) as raised:
        load_config(str(path))
    assert str(raised.value).startswith(f"{path}: ") and message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_good_stage_tables_load(tmp_path: Path) -> None:
    path = tmp_path / "cronica.toml"
    path.write_text(
        '[stages.timex]\nmode = "news"\n[stages.link]\nfind_missed_names = false\nthreshold = 1\n'
        "[stages.verify]\nmin_link_score_to_contradict = 0.7\n[stages.verify.confidence.supported]\nday = 0.9\n"
        "[stages.rhetoric]\nclassifier = false\n",
        encoding="utf-8",
    )
    stages = load_config(str(path))["stage_config"]
    assert stages["verify"] == {"min_link_score_to_contradict": 0.7, "confidence": {"supported": {"day": 0.9}}}
    assert Options(stages=stages).config_for("timex", {"mode": None}) == {"mode": "news"}
    weights = Options(stages={"rhetoric": {"tagger_weights": tmp_path / "tagger.npz"}})  # a path from Python
    assert weights.stage_config["rhetoric"]["tagger_weights"] == tmp_path / "tagger.npz"
