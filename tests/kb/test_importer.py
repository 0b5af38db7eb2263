"""`cronica kb import`: streaming dumps, filters, malformed lines reported and skipped."""

from __future__ import annotations

import bz2
import gzip
import json

import pytest

from cronica.errors import CronicaError
from cronica.kb.embedded import EmbeddedKB
from cronica.kb.importer import import_dump, parse_conditions

GREGORIAN = "http://www.wikidata.org/entity/Q1985727"
JULIAN = "http://www.wikidata.org/entity/Q1985786"


def item_value(qid):
    return {"value": {"entity-type": "item", "id": qid}, "type": "wikibase-entityid"}


def snak(pid, datavalue, datatype="wikibase-item"):
    return {"snaktype": "value", "property": pid, "datavalue": datavalue, "datatype": datatype}


def time_value(time, precision=11, calendar=GREGORIAN):
    return {"value": {"time": time, "precision": precision, "calendarmodel": calendar}, "type": "time"}


def entity(qid, label_en, label_es, claims):
    return {
        "type": "item",
        "id": qid,
        "labels": {"en": {"language": "en", "value": label_en}, "es": {"language": "es", "value": label_es}},
        "aliases": {"es": [{"language": "es", "value": label_es.split()[-1]}]},
        "descriptions": {"en": {"language": "en", "value": "test entity"}},
        "claims": claims,
    }


ZINOVIEV_LIKE = entity(
    "Q900000001",
    "Test Person",
    "Persona de Prueba",
    {
        "P31": [{"mainsnak": snak("P31", item_value("Q5")), "rank": "normal", "id": "Q900000001$A"}],
        "P569": [
            {
                "mainsnak": snak("P569", time_value("+1883-09-11T00:00:00Z", 11, JULIAN), "time"),
                "rank": "normal",
                "id": "Q900000001$B",
                "references": [{"hash": "abc", "snaks": {"P248": [snak("P248", item_value("Q328"))]}}],
            }
        ],
        "P102": [
            {
                "mainsnak": snak("P102", item_value("Q79854")),
                "rank": "normal",
                "id": "Q900000001$C",
                "qualifiers": {"P582": [snak("P582", time_value("+1927-11-12T00:00:00Z"), "time")]},
            }
        ],
    },
)
A_CITY = entity("Q900000002", "Test City", "Ciudad de Prueba", {"P31": [{"mainsnak": snak("P31", item_value("Q515"))}]})


def write_dump(path, lines, opener=open):
    with opener(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def official_dump_lines():
    """The official dump's shape: a JSON array, one entity a line, each followed by a comma."""
    return ["[", json.dumps(ZINOVIEV_LIKE) + ",", "{not json", json.dumps(A_CITY) + ",", '"a string"', "]"]


@pytest.mark.parametrize(("suffix", "opener"), [(".json", open), (".json.gz", gzip.open), (".json.bz2", bz2.open)])
def test_json_dumps_in_any_compression(tmp_path, suffix, opener):
    dump = tmp_path / f"dump{suffix}"
    write_dump(dump, official_dump_lines(), opener)
    report = import_dump(dump, tmp_path / "out.nt.gz")
    assert (report.entities, report.kept, report.malformed) == (2, 2, 2)
    assert report.malformed_lines == [3, 5]


def test_imported_entities_answer_the_same_queries(tmp_path):
    dump = tmp_path / "dump.json"
    write_dump(dump, official_dump_lines())
    out = tmp_path / "out.nt.gz"
    import_dump(dump, out, conditions=parse_conditions(["P31=Q5"]))
    kb = EmbeddedKB.from_ntriples(gzip.decompress(out.read_bytes()))
    assert kb.label("Q900000001", "es") == "Persona de Prueba"
    assert not kb.exists("Q900000002")  # filtered out by class
    (birth,) = kb.statements("Q900000001", "P569")
    assert birth.value.iso == "1883-09-23" and birth.value.entered_in == "julian"  # Old Style converted, as WDQS does
    assert birth.references[0].stated_in == "Q328"
    (party,) = kb.statements("Q900000001", "P102")
    assert party.qualifier("P582").iso == "1927-11-12"
    assert [c.qid for c in kb.candidates("prueba")] == ["Q900000001"]


def test_filter_by_qid_list(tmp_path):
    dump = tmp_path / "dump.json"
    write_dump(dump, official_dump_lines())
    report = import_dump(dump, tmp_path / "out.nt.gz", ids={"Q900000002"})
    assert report.kept == 1


def test_ntriples_dumps_with_class_filter_and_bad_lines(tmp_path):
    dump = tmp_path / "dump.json"
    write_dump(dump, official_dump_lines())
    first = tmp_path / "first.nt.gz"
    import_dump(dump, first)
    lines = gzip.decompress(first.read_bytes()).decode().splitlines()
    nt = tmp_path / "dump.nt"
    write_dump(nt, [*lines[:3], "<broken triple", *lines[3:]])
    out = tmp_path / "out.nt.gz"
    report = import_dump(nt, out, conditions=parse_conditions(["P31=Q515"]))
    assert report.malformed == 1 and report.kept == 1
    kb = EmbeddedKB.from_ntriples(gzip.decompress(out.read_bytes()))
    assert kb.exists("Q900000002") and not kb.exists("Q900000001")


def test_truncated_archive_keeps_what_was_read(tmp_path):
    dump = tmp_path / "dump.json.gz"
    write_dump(dump, official_dump_lines(), gzip.open)
    data = dump.read_bytes()
    dump.write_bytes(data[: len(data) - 30])
    report = import_dump(dump, tmp_path / "out.nt.gz")
    assert report.malformed >= 1


def test_bad_arguments_are_one_line_errors(tmp_path):
    with pytest.raises(CronicaError, match="expected PID=QID"):
        parse_conditions(["instance=human"])
    with pytest.raises(CronicaError, match="unknown dump format"):
        (tmp_path / "x.csv").write_text("a")
        import_dump(tmp_path / "x.csv", tmp_path / "o.nt.gz")
    with pytest.raises(CronicaError, match="no such file"):
        import_dump(tmp_path / "missing.json", tmp_path / "o.nt.gz")
