"""The embedded KB answers the interface from the pack (the facts the verifier relies on)."""

from __future__ import annotations

from cronica.kb import TimeValue, open_kb
from cronica.kb.embedded import EmbeddedKB
from cronica.kb.pack import data_path


def test_labels_aliases_descriptions(kb):
    assert kb.label("Q33391") == "Leon Trotsky"
    assert kb.label("Q33391", "es") == "León Trotski"
    assert "Trotzki" in kb.aliases("Q33391")["es"]
    assert kb.descriptions("Q15180")["es"].startswith("estado socialista")
    assert kb.label("Q999999999") is None
    assert kb.exists("Q33391") and not kb.exists("Q999999999")


def test_candidates_fold_accents_case_and_transliteration(kb):
    for spelling in ("Trotsky", "TROTSKI", "Trotzki", "trotsky's", "León Trotsky", "Liev Trotski"):
        assert [c.qid for c in kb.candidates(spelling)] == ["Q33391"], spelling
    assert [c.qid for c in kb.candidates("Petrogrado")] == ["Q656"]
    assert [c.qid for c in kb.candidates("Alma Ata")] == ["Q35493"]
    assert [c.qid for c in kb.candidates("Jrushchov")] == ["Q35314"]
    assert [c.qid for c in kb.candidates("Zinóviev")] == ["Q207459"]
    assert [c.qid for c in kb.candidates("Rýkov")] == ["cronica:alexei-rykov"]  # a provisional item
    assert kb.candidates("Gorbachov") == []  # not in the pack: NIL, never a guess


def test_statements_with_qualifiers_and_sources(kb):
    (death,) = kb.statements("Q33391", "P570")
    assert death.value == TimeValue(1940, 8, 21, 11, "gregorian", "gregorian")
    assert death.source_url == "https://en.wikipedia.org/wiki/Leon_Trotsky"
    party = next(s for s in kb.statements("Q33391", "P102") if s.value == "Q79854")
    assert party.qualifier("P582").iso == "1927-11-12"
    exile = next(s for s in kb.statements("Q33391", "P551") if s.value == "Q35493")
    assert (exile.qualifier("P580").iso, exile.qualifier("P582").iso) == ("1928-01", "1929-01")
    mexico = next(s for s in kb.statements("Q33391", "P551") if s.value == "Q96")
    assert mexico.qualifier("P580").iso == "1937-01"  # 8 or 9 January 1937: the sources differ


def test_successions_and_offices_of_the_third_pass(kb):
    """Offices as Wikidata files them, with their successors, and dates cut to what the sources agree on."""
    premier = next(s for s in kb.statements("Q855", "P39") if s.value == "Q4376674")
    assert (premier.qualifier("P580").iso, premier.qualifier("P582").iso) == ("1946-03-15", "1953-03-05")
    assert premier.qualifier("P1366") == "Q180588"  # Malenkov
    (malenkov,) = [s for s in kb.statements("Q180588", "P39") if s.value == "Q4376674"]
    assert (malenkov.qualifier("P580").iso, malenkov.qualifier("P1365")) == ("1953-03-06", "Q855")
    war = next(s for s in kb.statements("Q33391", "P39") if s.value == "Q2367317")
    assert (war.qualifier("P580").iso, war.qualifier("P582").iso) == ("1918-03", "1925-01")  # sources differ by days
    terms = [s for s in kb.statements("Q207459", "P39") if s.value == "Q108495011"]  # Zinoviev: two terms
    assert sorted(s.qualifier("P582").iso for s in terms) == ["1917", "1926-07-23"]
    assert kb.values("Q4426244", "P740") == ["Q656"]  # Sovnarkom formed in Petrograd
    assert set(kb.values("Q855", "P40")) == {"Q163816", "Q459216", "Q228584"}


def test_every_statement_has_a_reference(kb):
    for qid in ("Q33391", "Q1394", "Q855", "Q656"):
        for statement in kb.statements(qid):
            assert statement.references, (qid, statement.property)


def test_historical_names_are_qualified_official_names(kb):
    names = {s.value: s for s in kb.statements("Q656", "P1448")}
    assert names["Ленинград"].qualifier("P580").iso == "1924-01-26"
    assert names["Петроград"].qualifier("P582").iso == "1924-01-26"


def test_types_and_places(kb):
    assert kb.instance_of("Q33391") == {"Q5"} and kb.is_human("Q855")
    assert kb.located_in("Q35493", "Q232")
    assert kb.located_in("Q649", "Q649")
    assert not kb.located_in("Q35493", "Q159")
    assert kb.values("Q15180", "P36") == ["Q649"]


def test_unknown_ids_are_harmless(kb):
    assert kb.statements("not a qid", "P31") == []
    assert kb.statements("Q33391", "P31'; DROP") == []
    assert not kb.located_in("Q1 } ", "Q2")


def test_user_query(kb):
    prefixes = "PREFIX wd: <http://www.wikidata.org/entity/> PREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
    rows = kb.query(prefixes + "SELECT ?place WHERE { wd:Q33391 wdt:P551 ?place }")
    assert len(rows) == 16 and {"place": "http://www.wikidata.org/entity/Q35493"} in rows  # 16 places (fifth wave)
    assert {"place": "urn:cronica:entity:buyukada"} in rows  # a provisional item: its project IRI


def test_cache_is_reused_and_loads_fast(kb_cache):
    first = EmbeddedKB.open([data_path()], cache=kb_cache)
    second = EmbeddedKB.open([data_path()], cache=kb_cache)
    assert second.origin == "cache"
    assert second.info()["items"] == first.info()["items"] > 50


def test_open_kb_by_name(tmp_path, monkeypatch):
    monkeypatch.setenv("CRONICA_CACHE", str(tmp_path))
    assert open_kb("embedded").name == "embedded"


def test_unwritable_cache_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    kb = EmbeddedKB.open([data_path()], cache=blocker)
    assert kb.origin == "memory" and kb.label("Q855") == "Joseph Stalin"


def test_unknown_kb_name_is_a_one_line_error():
    import pytest

    from cronica.errors import CronicaError
    from cronica.options import Options

    with pytest.raises(CronicaError, match="unknown knowledge base"):
        Options(kb="dbpedia")
    with pytest.raises(CronicaError, match="unknown knowledge base"):
        open_kb("dbpedia")


def test_a_rebuilt_pack_replaces_its_old_cache(tmp_path):
    import shutil

    pack = tmp_path / "pack.nt.gz"
    shutil.copy(data_path(), pack)
    EmbeddedKB.open([pack], cache=tmp_path / "cache")
    pack.write_bytes(pack.read_bytes())  # same content: same cache
    assert len(list((tmp_path / "cache" / "kb").glob("pack.nt.gz-*"))) == 1
    import gzip
    import os
    import time

    from cronica.kb.embedded import STALE_AFTER_SECONDS

    (ready,) = (tmp_path / "cache" / "kb").glob("pack.nt.gz-*/READY")
    old = time.time() - STALE_AFTER_SECONDS - 60  # the old version's cache, unused for a week
    os.utime(ready, (old, old))
    pack.write_bytes(gzip.compress(gzip.decompress(pack.read_bytes()) + b"\n"))
    EmbeddedKB.open([pack], cache=tmp_path / "cache")
    assert len(list((tmp_path / "cache" / "kb").glob("pack.nt.gz-*"))) == 1
