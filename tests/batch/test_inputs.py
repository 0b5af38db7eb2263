"""Every input kind the batch reads, and bad items that must not stop the stream."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from cronica.batch.inputs import RawFile, count_items, read_corpus
from cronica.batch.plan import plan_units, work_item
from cronica.errors import InputError
from cronica.ingest import Record, record_from_bytes

MAX = 100_000


def _decode(files):
    for file in files:
        try:
            yield record_from_bytes(file.data, file.source, file.id)
        except InputError as error:
            yield error


def _split(items):
    records = [i for i in items if isinstance(i, Record)]
    errors = [i for i in items if isinstance(i, InputError)]
    return records, errors


def test_folder_is_read_recursively_with_relative_ids(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a" / "nota.txt").write_text("Bolívar entró en Caracas en 1813.", encoding="utf-8")
    (tmp_path / "b" / "nota.txt").write_text("Douglass spoke in Rochester in 1852.", encoding="utf-8")
    (tmp_path / "b" / "c" / "page.html").write_text(
        "<html><head><title>Campoamor</title></head><body><p>Clara Campoamor defendió el voto femenino "
        "en las Cortes en 1931.</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "b" / "ignored.csv").write_text("x,y\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("La revolución de 1868 se llamó la Gloriosa.".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    files = list(read_corpus([str(tmp_path)], MAX))
    # files travel as bytes; the workers decode them (as analyze_unit does, through ingest)
    assert all(isinstance(f, RawFile) for f in files)
    assert [f.id for f in files] == ["a/nota.txt", "b/c/page.html", "b/nota.txt", "empty.txt", "latin1.txt"]
    records, errors = _split(list(_decode(files)))
    assert [r.id for r in records] == ["a/nota.txt", "b/c/page.html", "b/nota.txt", "latin1.txt"]
    assert records[1].title == "Campoamor" and "<p>" not in records[1].text
    assert records[3].text.startswith("La revolución")
    assert len(errors) == 1 and "empty" in errors[0].message
    assert count_items([str(tmp_path)]) == 5


def test_jsonl_and_gzipped_jsonl(tmp_path: Path, corpus):
    texts = corpus.texts(6)
    plain = corpus.jsonl(tmp_path / "c.jsonl", texts[:3])
    packed = corpus.jsonl(tmp_path / "c.jsonl.gz", texts[3:], gz=True)
    records, errors = _split(list(read_corpus([str(plain), str(packed)], MAX)))
    assert not errors
    assert [(r.id, r.lang, r.text) for r in records] == texts
    assert count_items([str(plain), str(packed)]) == 6


def test_parquet_with_a_text_column(tmp_path: Path):
    table = pa.table(
        {
            "id": [1, 2, 3],
            "body": ["Juárez llegó a Veracruz en 1858.", None, "Lincoln spoke at Gettysburg in 1863."],
            "lang": ["es", "es", "en"],
        }
    )
    path = tmp_path / "corpus.parquet"
    pq.write_table(table, path, row_group_size=2)
    records, errors = _split(list(read_corpus([str(path)], MAX, text_column="body")))
    assert [(r.id, r.lang) for r in records] == [("1", "es"), ("3", "en")]
    assert len(errors) == 1 and errors[0].line == 2
    missing = list(read_corpus([str(path)], MAX))  # default column "text" is not there
    assert len(missing) == 1 and "no 'text' column" in str(missing[0])
    assert count_items([str(path)]) == 3


def test_bad_items_are_yielded_and_the_stream_goes_on(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Sucre venció en Ayacucho en 1824."}\nnot json\n{"id": 5}\n{"text": "Ok in 1900."}\n')
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not parquet")
    items = list(read_corpus([str(bad), str(tmp_path / "missing.txt"), str(broken)], MAX))  # gone since planned
    records, errors = _split(items)
    assert len(records) == 2
    assert [e.line for e in errors[:2]] == [2, 3]
    assert "no such file" in errors[2].message and "Parquet" in errors[3].message


def test_keys_are_content_hash_plus_id_and_unreadable_items_are_keyed_by_place(tmp_path: Path):
    one = work_item(Record(id="a", text="Texto", source="x"))
    same_text_other_id = work_item(Record(id="b", text="Texto", source="x"))
    edited = work_item(Record(id="a", text="Texto editado", source="x"))
    assert len({one.key, same_text_other_id.key, edited.key}) == 3
    assert one.key == work_item(Record(id="a", text="Texto", source="elsewhere")).key
    failed = work_item(InputError("f.jsonl", "malformed JSON", line=7))
    assert failed.key == "unreadable:f.jsonl:7" and failed.error == "malformed JSON"


def test_planning_skips_what_the_ledger_has_and_cuts_bounded_units():
    records = [Record(id=str(i), text=f"Texto {i}", source="s") for i in range(10)]
    done = {work_item(records[i]).key for i in (0, 1, 5)}
    units = list(plan_units(records, lambda keys: {k for k in keys if k in done}, unit_size=3))
    assert [len(u.items) for u in units] == [3, 3, 1]
    assert [i.doc_id for u in units for i in u.items] == ["2", "3", "4", "6", "7", "8", "9"]
