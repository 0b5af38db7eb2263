"""`cronica kb ...` and `cronica eval link` as a user meets them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract_checks import run_cli

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "link"


def test_info(capsys, monkeypatch):
    result = run_cli(["kb", "info"], capsys, monkeypatch)
    assert result.code == 0, result.err
    assert "name: embedded" in result.out and "items:" in result.out


def test_search_any_spelling(capsys, monkeypatch):
    result = run_cli(["kb", "search", "trotzki"], capsys, monkeypatch)
    assert result.code == 0 and result.out.startswith("Q33391\tLeon Trotsky")
    result = run_cli(["kb", "search", "Zinóviev"], capsys, monkeypatch)
    assert result.code == 0 and result.out.startswith("Q207459\tGrigory Zinoviev")
    result = run_cli(["kb", "search", "Rýkov"], capsys, monkeypatch)  # a provisional item: its own id, never a QID
    assert result.code == 0 and result.out.startswith("cronica:alexei-rykov\tAlexei Rykov")
    result = run_cli(["kb", "search", "Gorbachov"], capsys, monkeypatch)  # outside the pack's period
    assert result.code == 1 and "no entity matches" in result.err


def test_show_text_and_json(capsys, monkeypatch):
    result = run_cli(["kb", "show", "Q33391"], capsys, monkeypatch)
    assert result.code == 0 and "P570: 1940-08-21" in result.out and "source: English Wikipedia" in result.out
    result = run_cli(["kb", "show", "q33391", "--format", "json"], capsys, monkeypatch)
    data = json.loads(result.out)
    party = next(s for s in data["statements"] if s["property"] == "P102" and s["value"] == "Q79854")
    assert party["qualifiers"]["P582"][0]["time"] == "1927-11-12"


def test_show_bad_ids_are_one_line_errors(capsys, monkeypatch):
    for bad, message in (("Trotsky", "not a Wikidata item id"), ("Q999999999", "not in the embedded")):
        result = run_cli(["kb", "show", bad], capsys, monkeypatch)
        assert result.code == 2 and message in result.err and "Traceback" not in result.err


def test_query_file(tmp_path, capsys, monkeypatch):
    query = tmp_path / "exile.rq"
    query.write_text("SELECT ?place WHERE { wd:Q33391 wdt:P551 ?place } ORDER BY ?place", encoding="utf-8")
    result = run_cli(["kb", "query", str(query)], capsys, monkeypatch)
    # a header and Trotsky's 16 distinct places of residence and exile (issue 14, fifth wave, Siberia included)
    assert result.code == 0 and result.out.splitlines()[0] == "place" and len(result.out.splitlines()) == 17
    query.write_text("SELECT WHERE {", encoding="utf-8")
    result = run_cli(["kb", "query", str(query)], capsys, monkeypatch)
    assert result.code == 2 and "syntax error" in result.err


def test_import_then_the_kb_knows_it(tmp_path, capsys, monkeypatch):
    entity = {
        "type": "item",
        "id": "Q900000003",
        "labels": {"en": {"language": "en", "value": "Imported Person"}},
        "claims": {
            "P31": [
                {
                    "mainsnak": {
                        "snaktype": "value",
                        "property": "P31",
                        "datavalue": {"value": {"id": "Q5"}, "type": "wikibase-entityid"},
                    },
                    "rank": "normal",
                }
            ]
        },
    }
    dump = tmp_path / "people.json"
    dump.write_text("[\n" + json.dumps(entity) + ",\nnot json\n]\n", encoding="utf-8")
    result = run_cli(["kb", "import", str(dump), "--where", "P31=Q5"], capsys, monkeypatch)
    assert result.code == 0, result.err
    assert "kept 1" in result.err and "skipped 1 malformed lines" in result.err and result.out == ""
    result = run_cli(["kb", "search", "imported person"], capsys, monkeypatch)
    assert result.out.startswith("Q900000003")


@pytest.mark.parametrize(("name", "size"), [("gold.yaml", 100), ("gold_blind.yaml", 80)])
def test_eval_link_meets_the_bar(name, size, capsys, monkeypatch):
    result = run_cli(["eval", "link", str(GOLD_DIR / name), "--format", "json"], capsys, monkeypatch)
    assert result.code == 0, result.err
    scores = json.loads(result.out)
    assert scores["mentions"] >= size and scores["nil_mentions"] >= 20
    assert scores["accuracy"] >= 0.9
    assert scores["nil_precision"] >= 0.8
