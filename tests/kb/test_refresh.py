"""The refresh logic, offline: the embedded KB stands in for live Wikidata."""

from __future__ import annotations

from cronica.kb.pack import load_source
from cronica.kb.refresh import compare_pack, provisional_entities, resolve_pending


def test_the_pack_agrees_with_itself(kb):
    rows = list(compare_pack(load_source(), kb))
    assert rows and all(row.status == "agrees" for row in rows), [r for r in rows if r.status != "agrees"][:3]


def test_a_different_value_is_reported(kb):
    document = {"entities": [{"id": "Q33391", "claims": {"P570": "1940-08-20", "P20": "Q661315"}}]}
    statuses = {row.property: row.status for row in compare_pack(document, kb)}
    assert statuses == {"P570": "differs", "P20": "agrees"}


def test_pending_entries_resolve_only_on_a_unique_fitting_candidate(kb):
    pending = [
        {"key": "trotsky-again", "label": {"en": "Trotsky"}, "claims": {"P569": 1879}},
        {"key": "wrong-year", "label": {"en": "Trotsky"}, "claims": {"P569": 1901}},
        {"key": "no-date", "label": {"en": "Trotsky"}, "claims": {}},
    ]
    results = {r.key: r for r in resolve_pending(pending, kb)}
    assert results["trotsky-again"].qid == "Q33391"
    assert results["wrong-year"].qid is None and results["no-date"].qid is None


def test_provisional_items_have_labels_in_both_languages_and_a_source():
    provisional = provisional_entities(load_source())
    assert len(provisional) >= 20
    for entity in provisional:
        assert {"en", "es"} <= set(entity["label"]) and entity["source"]["ref"] in {"enwiki", "web"}, entity["id"]


def test_the_check_compares_provisional_items_too(kb):
    rows = [row for row in compare_pack(load_source(), kb) if row.qid.startswith("cronica:")]
    assert rows and all(row.status == "agrees" for row in rows)
