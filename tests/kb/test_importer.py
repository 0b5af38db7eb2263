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


# --- split, parallel and resumable builds -------------------------------------------------


def many_entities(count, seed=0):
    """Dump lines of people and cities with qualifiers and references, plus a few bad lines."""
    lines = ["["]
    for n in range(count):
        qid = f"Q{910000000 + n}"
        if n % 97 == 13:
            lines.append("{broken json,")
            continue
        is_person = n % 3 != 0
        claims = {"P31": [{"mainsnak": snak("P31", item_value("Q5" if is_person else "Q515")), "id": f"{qid}$a"}]}
        if is_person:
            claims["P569"] = [
                {
                    "mainsnak": snak("P569", time_value(f"+{1850 + n % 90}-0{1 + n % 9}-1{n % 10}T00:00:00Z"), "time"),
                    "id": f"{qid}$b",
                    "references": [{"hash": f"h{n}", "snaks": {"P248": [snak("P248", item_value("Q328"))]}}],
                }
            ]
            claims["P102"] = [
                {
                    "mainsnak": snak("P102", item_value("Q79854")),
                    "id": f"{qid}$c{k}",
                    "qualifiers": {"P580": [snak("P580", time_value(f"+19{20 + k}-01-01T00:00:00Z", 9), "time")]},
                }
                for k in range(1 + n % 3)
            ]
        lines.append(json.dumps(entity(qid, f"Name {n} Person", f"Nombre {n} Persona", claims)) + ",")
    lines.append("]")
    return lines


def write_gzip_members(path, lines, per_member):
    """A multi-member gzip like bgzip's: members cut every `per_member` bytes, mid-line."""
    data = ("\n".join(lines) + "\n").encode()
    with open(path, "wb") as handle:
        for start in range(0, len(data), per_member):
            handle.write(gzip.compress(data[start : start + per_member]))


def pack_triples(path):
    return set(gzip.decompress(path.read_bytes()).decode().splitlines())


@pytest.fixture
def people_dump(tmp_path):
    path = tmp_path / "people.json.gz"
    write_gzip_members(path, many_entities(400), per_member=7000)
    return path


def test_a_split_build_equals_the_one_pass_build(tmp_path, people_dump):
    whole = import_dump(people_dump, tmp_path / "whole.nt.gz", conditions={"P31": {"Q5"}}, split_bytes=1 << 30)
    split = import_dump(
        people_dump, tmp_path / "split.nt.gz", conditions={"P31": {"Q5"}}, split_bytes=3000, engine="inline"
    )
    assert split.splits > 10 and whole.splits == 1
    assert (split.entities, split.kept, split.triples, split.malformed) == (
        whole.entities,
        whole.kept,
        whole.triples,
        whole.malformed,
    )
    assert whole.kept == 263 and whole.malformed == 4
    assert pack_triples(tmp_path / "split.nt.gz") == pack_triples(tmp_path / "whole.nt.gz")
    assert all(isinstance(n, int) for n in whole.malformed_lines)
    assert all(str(n).startswith("split ") for n in split.malformed_lines)
    assert not (tmp_path / "split.nt.gz.parts").exists()  # the work folder goes once the pack is written


def test_a_failed_run_resumes_from_its_ledger(tmp_path, people_dump, monkeypatch):
    from cronica.kb import importer

    reference = tmp_path / "reference.nt.gz"
    import_dump(people_dump, reference, split_bytes=1 << 30)
    real = importer.convert_split
    calls = []

    def dies_on_the_sixth(job, split, wrap=None):
        calls.append(split.index)
        if len(calls) == 6:
            raise RuntimeError("worker lost")
        return real(job, split, wrap)

    monkeypatch.setattr(importer, "convert_split", dies_on_the_sixth)
    out = tmp_path / "out.nt.gz"
    with pytest.raises(RuntimeError):
        import_dump(people_dump, out, split_bytes=3000, engine="inline")
    assert not out.exists() and (tmp_path / "out.nt.gz.parts" / "ledger.jsonl").exists()
    monkeypatch.setattr(importer, "convert_split", real)
    report = import_dump(people_dump, out, split_bytes=3000, engine="inline")
    assert report.resumed_splits == 5
    assert pack_triples(out) == pack_triples(reference)


def test_a_torn_ledger_line_or_a_missing_part_is_done_again(tmp_path, people_dump, monkeypatch):
    from cronica.kb import importer
    from cronica.kb.import_ledger import WorkFolder

    out = tmp_path / "out.nt.gz"
    monkeypatch.setattr(WorkFolder, "merge", lambda self, indexes, output: None)  # stop before the pack
    first = import_dump(people_dump, out, split_bytes=3000, engine="inline")
    folder = WorkFolder(tmp_path / "out.nt.gz.parts")
    ledger = folder.ledger.read_text().splitlines()
    folder.ledger.write_text("\n".join(ledger[:-1]) + "\n" + ledger[-1][: len(ledger[-1]) // 2])  # torn by a kill
    folder.part(0).unlink()
    monkeypatch.undo()
    redone = []
    real = importer.convert_split
    monkeypatch.setattr(
        importer, "convert_split", lambda job, split, wrap=None: redone.append(split.index) or real(job, split)
    )
    report = import_dump(people_dump, out, split_bytes=3000, engine="inline")
    assert sorted(redone) == [0, first.splits - 1]
    assert report.resumed_splits == first.splits - 2 and report.kept == first.kept


def test_another_import_in_the_same_place_needs_restart(tmp_path, people_dump, monkeypatch):
    from cronica.kb.import_ledger import WorkFolder

    out = tmp_path / "out.nt.gz"
    monkeypatch.setattr(WorkFolder, "merge", lambda self, indexes, output: None)
    import_dump(people_dump, out, split_bytes=3000, engine="inline")
    monkeypatch.undo()
    with pytest.raises(CronicaError, match="--restart"):
        import_dump(people_dump, out, conditions={"P31": {"Q5"}}, split_bytes=3000, engine="inline")
    report = import_dump(people_dump, out, conditions={"P31": {"Q5"}}, split_bytes=3000, engine="inline", restart=True)
    assert report.resumed_splits == 0 and report.kept == 263


def test_bz2_dumps_split_by_blocks(tmp_path):
    data = ("\n".join(many_entities(300)) + "\n").encode()
    path = tmp_path / "people.json.bz2"
    path.write_bytes(bz2.compress(data, 1))
    whole = import_dump(path, tmp_path / "whole.nt.gz", split_bytes=1 << 30)
    split = import_dump(path, tmp_path / "split.nt.gz", split_bytes=2000, engine="inline")
    assert split.splits > 3 and split.kept == whole.kept == 297
    assert pack_triples(tmp_path / "split.nt.gz") == pack_triples(tmp_path / "whole.nt.gz")


@pytest.mark.slow
def test_runs_on_an_existing_dask_scheduler(tmp_path, people_dump):
    """--scheduler: the splits go to a cluster someone else started (the CLI's own LocalCluster is
    exercised by tests/kb/test_import_kill.py)."""
    from distributed import LocalCluster

    reference = tmp_path / "reference.nt.gz"
    import_dump(people_dump, reference, split_bytes=1 << 30)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        report = import_dump(
            people_dump, tmp_path / "dask.nt.gz", split_bytes=8000, scheduler=cluster.scheduler_address
        )
    assert report.splits > 5 and report.kept == 396
    assert pack_triples(tmp_path / "dask.nt.gz") == pack_triples(reference)
