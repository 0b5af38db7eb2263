"""`cronica eval events`, its scoring, and the stage inside the whole pipeline (contract kept)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cronica.errors import CronicaError
from cronica.evaluation.events import GoldDocument, GoldEvent, load_gold, same_filler, score_document
from cronica.export.json_export import to_dict
from cronica.model import Analysis, Document, Entity, Event, Participant, Trigger

from ..contract_checks import check_contract, run_cli

GOLD = Path(__file__).resolve().parents[1] / "data" / "events" / "gold.json"


def test_the_gold_sets_load_and_are_big_enough():
    documents = load_gold(GOLD) + load_gold(GOLD.with_name("heldout.json"))
    assert sum(len(d.events) for d in documents) >= 40
    assert {d.lang for d in documents} == {"es", "en"}
    for lang in ("es", "en"):
        assert sum(len(d.events) for d in documents if d.lang == lang) >= 20


def test_fillers_match_by_words():
    assert same_filler("Trotsky", "León Trotsky")
    assert same_filler("el rey Alfonso XIII", "Alfonso XIII")
    assert not same_filler("lo", "León Trotsky")
    assert not same_filler(None, "León Trotsky")


def test_score_counts_triples_pairs_and_roles():
    text = "Trotsky fue expulsado. Lo desterraron."
    analysis = Analysis(
        document=Document("d", "es", None, None, None, len(text), "0" * 64),
        text=text,
        entities=(Entity("e1", "Trotsky", 0, 7, "PER"),),
        events=(
            Event("ev1", "EXPULSION", Trigger("fue expulsado", 8, 21), "s1",
                  (Participant("patient", "e1", "Trotsky", 0, 7),), time_value="1927-11-12"),
            Event("ev2", "EXILE", Trigger("desterraron", 26, 37), "s2",
                  (Participant("patient", "e1", "Lo", 23, 25),), time_value="1927"),
        ),
    )  # fmt: skip
    gold = GoldDocument("d", "es", None, text, (
        GoldEvent("EXPULSION", "León Trotsky", "1927-11-12", "asserted", {"organization": "Partido Comunista"}),
        GoldEvent("EXILE", "León Trotsky", "1928-01-16", "asserted", {}),
    ))  # fmt: skip
    report = score_document(analysis, gold)
    assert (report.triples.tp, report.triples.fp, report.triples.fn) == (1, 1, 1)
    assert (report.pairs.tp, report.pairs.fp, report.pairs.fn) == (2, 0, 0)
    assert (report.roles.tp, report.roles.fn) == (2, 1)
    assert report.as_dict()["date_accuracy"] == 0.5


@pytest.mark.parametrize(
    ("content", "message"),
    [("{", "not JSON"), ('{"format": "x"}', "not an events gold file"),
     ('{"format": "cronica-events-gold/1", "documents": [{"id": "a"}]}', "lacks a field")],
)  # fmt: skip
def test_bad_gold_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CronicaError, match=message):
        load_gold(path)


def test_eval_command_prints_figures(tmp_path, capsys, monkeypatch, pipeline):
    gold = {"format": "cronica-events-gold/1", "documents": [
        {"id": "x", "lang": "en", "dct": None, "text": "Gandhi was arrested in Bombay.",
         "events": [{"type": "ARREST", "main": "Gandhi", "date": None, "roles": {"place": "Bombay"}}]}]}  # fmt: skip
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    result = run_cli(["eval", "events", str(path), "--format", "json"], capsys, monkeypatch)
    assert result.code == 0, result.err
    figures = json.loads(result.out)
    assert figures["all"]["type_main"]["tp"] == 1
    missing = run_cli(["eval", "events", str(tmp_path / "nope.json")], capsys, monkeypatch)
    assert missing.code != 0 and "Traceback" not in missing.err


def test_stage_runs_in_the_pipeline_and_keeps_the_contract(pipeline_es):
    analysis = pipeline_es.analyze_text(
        "León Trotsky fue expulsado del Partido Comunista. Nunca regresó a la Unión Soviética. <b>&</b>"
    )
    assert analysis.stages["events"] == "ok"
    assert [e.type for e in analysis.events][:2] == ["EXPULSION", "RETURN"]
    check_contract(to_dict(analysis))


def test_dates_match_as_timex3_dates():
    from cronica.evaluation.events import same_date

    assert same_date("196", "196X") and same_date("1828-09-25TNI", "1828-09-25")
    assert not same_date("1828-09-25", "1828-09-26") and not same_date(None, "1828") and same_date(None, None)
    assert not same_date("1828-09-25TNI", "1828-09-25TMO")
