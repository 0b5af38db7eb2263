"""The store's columns are the contract's fields: a field of the model is a column or said to be left out."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from cronica import model
from cronica.export.json_export import to_dict
from cronica.schema.fields import contract_fields, model_classes
from cronica.store import tables
from cronica.store.db import connect
from cronica.store.load import load_analysis


def _columns_of(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def test_the_migrated_database_has_exactly_the_columns_the_model_derives(tmp_path: Path) -> None:
    conn = connect(tmp_path / "corpus.sqlite")
    for name, table in tables.TABLES.items():
        assert _columns_of(conn, name) == set(table.generated) | set(tables.columns(name)), (
            f"{name}: the model and the migrations disagree: add a migration (store/migrations/) for a new field,"
            " or list the field in store/tables.py as not stored"
        )


def test_every_field_of_the_model_is_stored_or_said_not_to_be() -> None:
    storage = tables.storage_of_fields()
    stored_classes = {cls for cls, _ in storage}
    for cls in stored_classes:
        for item in contract_fields(cls):
            assert (cls, item.name) in storage, f"{cls.__name__}.{item.name}"
    # the model classes with no table of their own are kept whole in JSON, or left out on purpose
    assert set(model_classes()) - stored_classes == {
        model.Age, model.Proof, model.Sentence, model.Summary, model.Support,
    }  # fmt: skip
    assert storage[(model.Event, "age")] == "json:age"
    assert storage[(model.Claim, "proof")] == "json:proof"
    assert storage[(model.Claim, "support")] == "json:support"
    assert storage[(model.Analysis, "sentences")].startswith("not stored: ")
    assert storage[(model.Analysis, "summary")].startswith("not stored: ")
    assert storage[(model.Event, "trigger")] == "spread" and storage[(model.Trigger, "start")] == "trigger_start"
    assert storage[(model.Participant, "alternatives")] == "json:alternatives"


def test_inserts_name_their_columns() -> None:
    sql = tables.insert_sql("events")
    assert sql.startswith('INSERT INTO events ("doc", "id", "type", "trigger", "trigger_start", "trigger_end"')
    assert '"manner"' in sql and '"time_source"' in sql and '"repeated"' in sql
    assert sql.count("?") == len(tables.columns("events"))


@pytest.fixture
def additions(hand_analyses) -> model.Analysis:
    """The English hand-built analysis with every optional addition of the contract filled."""
    base = hand_analyses[1]
    event = base.events[0]
    patient = dataclasses.replace(event.participants[0], kin="father", kin_of="e3", alternatives=("e2", "e3"))
    claim = base.claims[0]
    proof = model.Proof(
        mention="Vladimir Ulyanov", start=0, end=16, entity="Q1394", entity_label="Vladimir Lenin",
        identity="full_name", identity_note="the full name", property="P570", qualifier=None,
        property_label="date of death", reference="1924-01-21", reference_label="21 January 1924",
        source="Wikidata", url=None, text_value="1925", rule="single_value", rule_note="one date of death",
    )  # fmt: skip
    start = base.text.index("December 1922")
    return dataclasses.replace(
        base,
        entities=(*base.entities[:2], dataclasses.replace(base.entities[2], kb_id=None, provisional_id="cronica:ussr")),
        timexes=(base.timexes[0], dataclasses.replace(base.timexes[1], calendar="gregorian")),
        intervals=(model.Interval("i1", "t2", "t2", "December 1922", start, start + 13),),
        events=(
            dataclasses.replace(
                event,
                participants=(patient,),
                manner="natural",
                time_source="clause",
                repeated=True,
                age=model.Age(53, "aged 53", 0, 7),
            ),
            *base.events[1:],
        ),
        claims=(dataclasses.replace(claim, proof=proof),),
        timings={"ingest": 0.01, "nlp": 0.2},
    )


def test_every_optional_addition_reaches_its_column(tmp_path: Path, additions: model.Analysis) -> None:
    conn = connect(tmp_path / "corpus.sqlite")
    assert load_analysis(conn, to_dict(additions))
    one = lambda sql: conn.execute(sql).fetchone()  # noqa: E731
    assert one("SELECT manner, time_source, repeated FROM events WHERE id = 'ev1'") == ("natural", "clause", 1)
    assert one("SELECT repeated FROM events WHERE id = 'ev2'") == (0,)
    assert json.loads(one("SELECT age FROM events WHERE id = 'ev1'")[0]) == {
        "years": 53,
        "text": "aged 53",
        "start": 0,
        "end": 7,
    }
    assert one("SELECT age FROM events WHERE id = 'ev2'") == (None,)
    kin, kin_of, alternatives = one("SELECT kin, kin_of, alternatives FROM participants WHERE event = 'ev1'")
    assert (kin, kin_of, json.loads(alternatives)) == ("father", "e3", ["e2", "e3"])
    assert json.loads(one("SELECT proof FROM claims")[0])["rule"] == "single_value"
    assert one("SELECT calendar FROM timexes WHERE id = 't2'") == ("gregorian",)
    assert one("SELECT provisional_id, kb_id FROM entities WHERE id = 'e3'") == ("cronica:ussr", None)
    assert one("SELECT id, start_timex, end_timex, text FROM intervals") == ("i1", "t2", "t2", "December 1922")
    assert json.loads(one("SELECT timings FROM documents")[0]) == {"ingest": 0.01, "nlp": 0.2}


def test_a_document_written_before_the_additions_loads_with_their_defaults(
    tmp_path: Path, additions: model.Analysis
) -> None:
    data = to_dict(additions)
    del data["timings"]
    for event in data["events"]:
        for key in ("manner", "time_source", "repeated", "age"):
            del event[key]
        for participant in event["participants"]:
            for key in ("kin", "kin_of", "alternatives"):
                del participant[key]
    for claim in data["claims"]:
        del claim["proof"]
    conn = connect(tmp_path / "corpus.sqlite")
    assert load_analysis(conn, data)
    row = conn.execute("SELECT manner, time_source, repeated FROM events WHERE id = 'ev1'").fetchone()
    assert row == (None, None, 0)
    assert conn.execute("SELECT alternatives FROM participants").fetchone() == ("[]",)
    assert conn.execute("SELECT proof FROM claims").fetchone() == (None,)  # SQL NULL, not the JSON "null"
