"""`cronica batch` end to end: outputs, the ledger, resume, bad documents, duplicates, formats."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from contract_checks import check_contract
from cronica.batch.ledger import Ledger
from cronica.batch.partitions import partition_files, read_partition
from cronica.batch.run import BatchConfig, run_batch
from cronica.options import Options
from cronica.store.db import connect

#: the property under test does not need the parse: skipping it keeps these tests fast
FAST = Options(skip=frozenset({"nlp"}))


def _run(inputs, out: Path, **kwargs):
    return run_batch(BatchConfig(inputs=tuple(str(i) for i in inputs), out=out, options=FAST, progress=False, **kwargs))


def _output_ids(out: Path) -> list[str]:
    return [data["document"]["id"] for path in partition_files(out) for data in read_partition(path)]


def test_a_corpus_is_analyzed_into_partitions_store_and_ledger(tmp_path: Path, corpus):
    source = corpus.jsonl(tmp_path / "c.jsonl", corpus.texts(10))
    out = tmp_path / "out"
    report = _run([source], out, unit_size=4)
    assert (report.done, report.failed, report.skipped) == (10, 0, 0)
    assert sorted(_output_ids(out)) == [f"doc-{i:05d}" for i in range(10)]
    assert len(partition_files(out)) == 3
    for path in partition_files(out):
        for data in read_partition(path):
            check_contract(data)
    conn = connect(out)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 10
    assert conn.execute("SELECT count(*) FROM batch_items WHERE status = 'done'").fetchone()[0] == 10
    stages = json.loads(conn.execute("SELECT stages FROM documents LIMIT 1").fetchone()[0])
    assert stages["nlp"] == "skipped"


def test_a_second_run_skips_everything_and_a_grown_corpus_adds_only_the_new(tmp_path: Path, corpus):
    texts = corpus.texts(9)
    source = corpus.jsonl(tmp_path / "c.jsonl", texts[:6])
    out = tmp_path / "out"
    _run([source], out)
    again = _run([source], out)
    assert (again.done, again.skipped) == (0, 6)
    assert not again.notes
    corpus.jsonl(source, texts)  # three more records appended
    grown = _run([source], out)
    assert (grown.done, grown.skipped) == (3, 6)
    assert sorted(_output_ids(out)) == sorted(t[0] for t in texts)


def test_bad_documents_are_recorded_with_their_error_and_not_retried(tmp_path: Path, corpus):
    source = tmp_path / "mixed.jsonl"
    good = corpus.texts(3)
    lines = [json.dumps({"id": i, "lang": lang, "text": text}) for i, lang, text in good]
    lines.insert(1, "{broken json")
    lines.insert(2, json.dumps({"id": "fr", "text": "Le roi est arrivé à Paris hier soir avec toute sa cour."}))
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    report = _run([source], out)
    assert (report.done, report.failed) == (3, 2)
    reasons = {f.doc_id: f.error for f in report.failures}
    assert "malformed JSON" in reasons[f"{source}:2"]
    assert "French" in reasons["fr"]
    again = _run([source], out)
    assert (again.done, again.failed, again.skipped) == (0, 0, 5)
    # the resume did not retry them, but the corpus still has them: the report says so
    assert (again.done_earlier, again.failed_earlier) == (3, 2) and again.any_failed and not again.all_failed
    assert {f.doc_id for f in again.earlier_failures} == {f"{source}:2", "fr"}
    assert any("failed in earlier runs, not retried: 2" in line for line in again.lines())


def test_the_same_document_twice_is_analyzed_once(tmp_path: Path, corpus):
    texts = corpus.texts(3)
    first = corpus.jsonl(tmp_path / "a.jsonl", texts)
    second = corpus.jsonl(tmp_path / "b.jsonl", texts[1:])
    out = tmp_path / "out"
    report = _run([first, second], out, unit_size=2, workers=2)
    assert report.done == 3
    assert report.skipped + report.duplicates == 2
    assert sorted(_output_ids(out)) == [t[0] for t in texts]


def test_leftovers_of_a_killed_run_are_removed_before_resuming(tmp_path: Path, corpus):
    source = corpus.jsonl(tmp_path / "c.jsonl", corpus.texts(4))
    out = tmp_path / "out"
    _run([source], out, unit_size=2)
    # what a kill between "file renamed" and "ledger committed" leaves: a partition the ledger
    # holds as pending (recorded before the file was written) but never committed, and a .tmp
    conn = connect(out)
    ledger = Ledger(conn)
    run = ledger.start_run("local", 1, {})
    for name in ("part-r0099-000001.jsonl.gz", "part-r0099-000002.jsonl.gz"):
        ledger.record_pending(name, run)
    conn.close()
    orphan = out / "part-r0099-000001.jsonl.gz"
    with gzip.open(orphan, "wt") as handle:
        handle.write(json.dumps({"document": {"id": "doc-00000"}}) + "\n")
    (out / "part-r0099-000002.jsonl.gz.tmp").write_bytes(b"half written")
    report = _run([source], out)
    assert report.skipped == 4
    assert not orphan.exists() and not list(out.glob("*.tmp"))
    assert sorted(_output_ids(out)) == [f"doc-{i:05d}" for i in range(4)]


def test_files_the_batch_did_not_write_are_never_deleted(tmp_path: Path, corpus):
    """A Spark partition in the output folder was deleted because its name started with part-."""
    source = corpus.jsonl(tmp_path / "c.jsonl", corpus.texts(3))
    out = tmp_path / "out"
    out.mkdir()
    theirs = {
        "part-00000-3f2a.snappy.parquet": b"PAR1 spark",
        "part-r0001-000001.jsonl.gz.bak": b"not ours either",
        "notes.txt": b"keep me",
    }
    for name, data in theirs.items():
        (out / name).write_bytes(data)
    from cronica.errors import CronicaError

    with pytest.raises(CronicaError, match="holds other files and is not a cronica batch folder"):
        _run([source], out)
    assert not (out / "corpus.sqlite").exists()
    report = _run([source], out, allow_other_files=True)
    assert report.done == 3
    again = _run([source], out)  # now a cronica folder: no flag needed to resume
    assert again.skipped == 3
    for name, data in theirs.items():
        assert (out / name).read_bytes() == data, name
    assert sorted(_output_ids(out)) == sorted(t[0] for t in corpus.texts(3))


def test_a_partition_name_already_taken_is_not_overwritten(tmp_path: Path, corpus):
    source = corpus.jsonl(tmp_path / "c.jsonl", corpus.texts(2))
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-r0001-000001.jsonl.gz").write_bytes(b"someone else's file")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "part-r0001-000001.jsonl.gz.tmp").write_bytes(b"someone else's temp file")
    from cronica.errors import CronicaError

    for folder, name in ((out, "part-r0001-000001.jsonl.gz"), (tmp_path / "other", "part-r0001-000001.jsonl.gz.tmp")):
        with pytest.raises(CronicaError, match="will not overwrite it"):
            _run([source], folder, allow_other_files=True)
        assert (folder / name).read_bytes().startswith(b"someone else's")


def test_an_empty_folder_and_a_batch_folder_need_no_flag(tmp_path: Path, corpus):
    source = corpus.jsonl(tmp_path / "c.jsonl", corpus.texts(1))
    (tmp_path / "empty").mkdir()
    assert _run([source], tmp_path / "empty").done == 1
    assert _run([source], tmp_path / "new" / "nested").done == 1


def test_parquet_partitions(tmp_path: Path, corpus):
    import pyarrow.parquet as pq

    source = corpus.jsonl(tmp_path / "c.jsonl", corpus.texts(5))
    out = tmp_path / "out"
    _run([source], out, fmt="parquet")
    files = partition_files(out)
    assert files and all(f.suffix == ".parquet" for f in files)
    table = pq.read_table(files[0])
    assert table.column_names == ["id", "sha256", "lang", "chars", "analysis"]
    assert sorted(_output_ids(out)) == [f"doc-{i:05d}" for i in range(5)]


def test_a_resume_with_other_options_says_so(tmp_path: Path, corpus):
    source = corpus.jsonl(tmp_path / "c.jsonl", corpus.texts(2))
    out = tmp_path / "out"
    _run([source], out)
    options = Options(skip=frozenset({"nlp", "rhetoric"}))
    other = run_batch(BatchConfig(inputs=(str(source),), out=out, options=options, progress=False))
    assert any("skip" in note for note in other.notes)


def test_a_folder_of_text_and_web_pages_with_a_bad_file(tmp_path: Path):
    folder = tmp_path / "archivo"
    (folder / "1931").mkdir(parents=True)
    (folder / "1931" / "cortes.html").write_text(
        "<html><head><title>Cortes</title></head><body><nav>Menú</nav><p>Clara Campoamor defendió el voto"
        " femenino en las Cortes el 1 de octubre de 1931.</p></body></html>",
        encoding="utf-8",
    )
    (folder / "1852.txt").write_text("Frederick Douglass spoke in Rochester on 5 July 1852.", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\x03 not text")
    out = tmp_path / "out"
    report = _run([folder], out)
    assert (report.done, report.failed) == (2, 1)
    assert "binary file" in report.failures[0].error
    by_id = {data["document"]["id"]: data for path in partition_files(out) for data in read_partition(path)}
    assert by_id["1931/cortes.html"]["document"]["title"] == "Cortes"
    assert "<p>" not in by_id["1931/cortes.html"]["text"] and "Campoamor" in by_id["1931/cortes.html"]["text"]
    assert (_run([folder], out).done, _run([folder], out).skipped) == (0, 3)


def test_a_missing_input_is_a_one_line_error_before_anything_runs(tmp_path: Path):
    from cronica.errors import CronicaError

    with pytest.raises(CronicaError, match="no such file or folder"):
        _run([tmp_path / "typo.jsonl"], tmp_path / "out")
    assert not (tmp_path / "out").exists()
