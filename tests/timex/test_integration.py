"""The stage in the pipeline, the spaCy component, and `cronica eval timex`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cronica.cli.main import app
from cronica.options import Options
from cronica.pipeline import Pipeline

DATA = Path(__file__).resolve().parents[1] / "data" / "timex"
LIGHT = frozenset({"nlp", "events", "link", "verify", "rhetoric"})


def test_stage_fills_timexes_and_intervals_without_spacy() -> None:
    pipeline = Pipeline(Options(lang="es", skip=LIGHT))
    analysis = pipeline.analyze_text("Gobernó de 1925 a 1927. Al año siguiente murió.")
    assert analysis.stages["timex"] == "ok"
    assert [(t.id, t.text, t.value) for t in analysis.timexes] == [
        ("t1", "1925", "1925"),
        ("t2", "1927", "1927"),
        ("t3", "Al año siguiente", "1928"),
    ]
    assert analysis.timexes[2].anchor == "t2"
    (interval,) = analysis.intervals
    assert (interval.start_timex, interval.end_timex, interval.text) == ("t1", "t2", "de 1925 a 1927")


def test_stage_uses_the_document_dct_in_news_mode() -> None:
    pipeline = Pipeline(Options(lang="en", dct="2019-12-20", skip=LIGHT))
    analysis = pipeline.analyze_text("Yesterday the talks failed.")
    assert [(t.value, t.anchor) for t in analysis.timexes] == [("2019-12-19", "dct")]


def test_stage_mode_can_be_forced_by_config() -> None:
    options = Options(lang="en", dct="2019-12-20", skip=LIGHT, stage_config={"timex": {"mode": "narrative"}})
    analysis = Pipeline(options).analyze_text("Today the city is a museum.")
    assert analysis.timexes[0].value == "PRESENT_REF"


def test_stage_in_the_full_pipeline(pipeline_es: Pipeline) -> None:
    analysis = pipeline_es.analyze_text("Trotsky fue expulsado del partido en noviembre de 1927.")
    assert analysis.stages["timex"] == "ok"
    assert [t.value for t in analysis.timexes] == ["1927-11"]


def test_spacy_factory_by_name() -> None:
    import spacy

    nlp = spacy.blank("es")
    nlp.add_pipe("cronica_timex", config={"dct": "2019-12-20"})
    doc = nlp("Ayer, 19 de diciembre, llovió.")
    assert [t.value for t in doc._.timexes] == ["2019-12-19", "2019-12-19"]
    assert doc._.timex_intervals == []
    spans = doc.spans["timex"]
    assert [(s.text, s.label_, s._.timex_value) for s in spans] == [
        ("Ayer", "DATE", "2019-12-19"),
        ("19 de diciembre", "DATE", "2019-12-19"),
    ]


def test_spacy_component_results_survive_docbin_and_show_in_displacy() -> None:
    """The TIMEX3s are plain data on the Doc: a DocBin round trip keeps the objects, the span
    group and its attributes; displaCy's span view shows each expression with its type."""
    import spacy
    from spacy import displacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    nlp.add_pipe("cronica_timex", config={"dct": "2019-12-20"})
    doc = nlp("He lived in Alma-Ata from 1928 to 1929 and left about March 1930.")
    assert {(s.text, s.label_, s._.timex_value, s._.timex_mod) for s in doc.spans["timex"]} >= {
        ("1928", "DATE", "1928", None),
        ("about March 1930", "DATE", "1930-03", "APPROX"),  # the modifier is part of the TIMEX3
    }
    docbin = DocBin(store_user_data=True)
    docbin.add(doc)
    (back,) = DocBin().from_bytes(docbin.to_bytes()).get_docs(nlp.vocab)
    assert back._.timexes == doc._.timexes and back._.timex_intervals == doc._.timex_intervals
    assert len(back._.timex_intervals) == 1
    assert [
        (s.start_char, s.end_char, s.label_, s._.timex_value, s._.timex_mod, s._.timex_id) for s in back.spans["timex"]
    ] == [
        (s.start_char, s.end_char, s.label_, s._.timex_value, s._.timex_mod, s._.timex_id) for s in doc.spans["timex"]
    ]
    html = displacy.render(back, style="span", options={"spans_key": "timex"})
    assert "1928" in html and "DATE" in html


def test_eval_timex_on_hand_written_gold() -> None:
    result = CliRunner().invoke(app, ["eval", "timex", str(DATA), "--format", "json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.output)["overall"]
    assert overall["relaxed"]["tp"] >= 1
    assert 0 < overall["value"]["f1"] <= 1


def test_eval_timex_text_table_and_bad_paths() -> None:
    runner = CliRunner()
    table = runner.invoke(app, ["eval", "timex", str(DATA / "es_news.tml")])
    assert "overall (1 files)" in table.output
    missing = runner.invoke(app, ["eval", "timex", "no/such/file.tml"])
    assert missing.exit_code != 0


@pytest.mark.shared_data
def test_eval_timex_on_the_shared_dev_data(timex_data: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["eval", "timex", str(timex_data / "wikiwars-dev"), "--mode", "narrative", "--lang", "en", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["overall"]["value"]["f1"] > 0.8


def test_eval_timex_skips_a_bad_file_and_scores_the_rest(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tml"
    bad.write_text("not TimeML", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "timex", str(bad), str(DATA / "es_news.tml"), "--format", "json"])
    assert result.exit_code == 0
    assert "no <TEXT> element" in result.output
