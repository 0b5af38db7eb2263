"""The corpus store answers the users' questions, over analyses built by hand with every layer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from contract_checks import check_contract
from cronica.cli.main import app
from cronica.errors import CronicaError
from cronica.export.json_export import to_dict
from cronica.store import queries
from cronica.store.db import connect
from cronica.store.load import load_analysis


@pytest.fixture
def store(tmp_path: Path, hand_analyses):
    conn = connect(tmp_path / "corpus.sqlite")
    conn.execute("BEGIN")
    for analysis in hand_analyses:
        assert load_analysis(conn, to_dict(analysis))
    conn.execute("COMMIT")
    yield conn
    conn.close()


def _ids(result, *columns: str) -> list[tuple]:
    return [tuple(row[c] for c in columns) for row in result.as_dicts()]


def test_the_hand_built_analyses_keep_the_contract(hand_analyses):
    for analysis in hand_analyses:
        check_contract(to_dict(analysis))


def test_loading_again_is_a_no_op(store, hand_analyses):
    assert not load_analysis(store, to_dict(hand_analyses[0]))
    assert store.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
    assert store.execute("SELECT count(*) FROM entities").fetchone()[0] == 7


def test_wal_mode(store):
    assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_events_of_an_entity_by_qid_and_by_name_in_date_order(store):
    by_qid = queries.events_of_entity(store, "Q1394")
    assert _ids(by_qid, "document", "event", "date") == [
        ("revolucion-es", "ev1", "1917-11-07"),
        ("lenin-en", "ev1", "1925"),
    ]
    # a name, in any case and without its accents, finds its mentions and, through their QID, the others
    assert _ids(queries.events_of_entity(store, "LENIN"), "document", "event") == _ids(by_qid, "document", "event")
    assert _ids(queries.events_of_entity(store, "vladimir ulyanov"), "document") == [
        ("revolucion-es",),
        ("lenin-en",),
    ]


def test_events_of_an_entity_in_a_date_range(store):
    assert _ids(queries.events_of_entity(store, "Q1394", "1920", None), "document") == [("lenin-en",)]
    assert _ids(queries.events_of_entity(store, "Q1394", "1917-11", "1917-11"), "document") == [("revolucion-es",)]
    # an event dated to a year overlaps a range inside that year
    assert _ids(queries.events_of_entity(store, "Q1394", "1925-06-01", "1925-06-30"), "document") == [("lenin-en",)]
    assert queries.events_of_entity(store, "Q1394", "1930", "1940").rows == ()


def test_a_place_finds_the_events_that_happen_there(store):
    result = queries.events_of_entity(store, "saint petersburg")  # by its canonical (English) label
    assert _ids(result, "document", "event", "role") == [("revolucion-es", "ev1", "place")]


def test_undated_events_are_left_out_only_when_a_range_is_asked(store):
    assert _ids(queries.events_of_entity(store, "Trotski"), "event") == [("ev2",)]
    assert queries.events_of_entity(store, "Trotski", "1900", "2000").rows == ()


def test_contradicted_claims_with_corrections(store):
    rows = queries.contradicted_claims(store).as_dicts()
    assert len(rows) == 1
    assert rows[0]["document"] == "lenin-en"
    assert rows[0]["correction"] == "1924-01-21"
    assert "P570" in rows[0]["evidence"]


def test_documents_mentioning_all_terms_ignore_case_and_accents(store):
    assert _ids(queries.documents_mentioning(store, ["Lenin", "Petrogrado"]), "document") == [("revolucion-es",)]
    assert _ids(queries.documents_mentioning(store, ["comite militar"]), "document") == [("revolucion-es",)]
    assert {r["document"] for r in queries.documents_mentioning(store, ["moscow"]).as_dicts()} == {"lenin-en"}
    found = {r["document"] for r in queries.documents_mentioning(store, ["verdad"]).as_dicts()}
    assert found == {"davos-es"}
    assert {r["document"] for r in queries.documents_mentioning(store, ["truth"]).as_dicts()} == {"pharma-en"}


@pytest.mark.parametrize("term", ['Lenin" OR "Moscow', "NEAR(Lenin", "*", "Lenin'; DROP TABLE documents; --", '"'])
def test_search_terms_are_never_read_as_query_syntax(store, term):
    assert queries.documents_mentioning(store, [term, "Davos"]).rows == ()
    assert store.execute("SELECT count(*) FROM documents").fetchone()[0] == 4


def test_most_flagged_documents(store):
    rows = queries.most_flagged(store).as_dicts()
    assert [(r["document"], r["flags"]) for r in rows] == [("davos-es", 3), ("pharma-en", 1)]
    assert rows[0]["conspiracy_probability"] == pytest.approx(0.91)


def test_counts_by_month(store):
    assert queries.counts_by_month(store, "events").rows == (("1917-11", 1), ("1922-12", 1))
    assert queries.counts_by_month(store, "documents").rows == (("1967-11", 1), ("2020-03", 2), ("2021-01", 1))
    assert queries.counts_by_month(store, "flags").rows == (("2020-03", 3), ("2021-01", 1))
    with pytest.raises(CronicaError):
        queries.counts_by_month(store, "entities; DROP TABLE x")


def test_bad_dates_are_one_line_errors(store):
    with pytest.raises(CronicaError, match="--from"):
        queries.events_of_entity(store, "Q1394", "next tuesday")


def test_query_cli_renders_table_csv_and_json(store, tmp_path: Path):
    runner = CliRunner()
    db = str(tmp_path / "corpus.sqlite")
    as_json = runner.invoke(app, ["query", "events", "Q1394", "--db", db, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    assert [row["document"] for row in json.loads(as_json.output)] == ["revolucion-es", "lenin-en"]
    as_csv = runner.invoke(app, ["query", "contradicted", "--db", db, "--format", "csv"])
    assert as_csv.output.splitlines()[0].startswith("document,claim,text,correction")
    assert "1924-01-21" in as_csv.output
    table = runner.invoke(app, ["query", "mentions", "Davos", "--db", str(tmp_path)])  # the folder names the db
    assert table.exit_code == 0 and "davos-es" in table.output


def test_store_load_command_is_idempotent_and_skips_bad_records(tmp_path: Path, hand_analyses):
    analyses = tmp_path / "analyses.jsonl"
    lines = [json.dumps(to_dict(a), ensure_ascii=False) for a in hand_analyses]
    analyses.write_text("\n".join([*lines, "{not json", '{"text": "no schema"}']) + "\n", encoding="utf-8")
    db = tmp_path / "loaded.sqlite"
    runner = CliRunner()
    first = runner.invoke(app, ["store", "load", str(analyses), "--db", str(db)])
    assert first.exit_code == 3
    assert "loaded 4 documents (0 already there, 2 bad records)" in first.output
    again = runner.invoke(app, ["store", "load", str(analyses), "--db", str(db)])
    assert "loaded 0 documents (4 already there" in again.output
    info = runner.invoke(app, ["store", "info", "--db", str(db)])
    assert "documents: 4" in info.output and "flags: 4" in info.output
