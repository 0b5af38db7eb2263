"""Ingest: encodings, HTML, JSONL records, language detection, and every kind of bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from cronica.errors import InputError
from cronica.ingest import decode_bytes, detect_language, extract_html, normalize_text, read_inputs

LIMIT = 1_000_000


def _records(paths: list[Path | str]) -> list:
    return list(read_inputs([str(p) for p in paths], LIMIT))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16"])
def test_common_encodings_decode(tmp_path: Path, encoding: str) -> None:
    text = "El 23 de octubre de 1926, Trotski fue apartado del Politburó. «Así fue», escribió después; año, señal."
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    [record] = _records([path])
    assert record.text == text


def test_text_is_nfc_with_unix_line_ends() -> None:
    decomposed = "Zinóviev\r\nMoscú\rfin"
    assert normalize_text(decomposed) == "Zinóviev\nMoscú\nfin"
    assert normalize_text("\ufeffhola") == "hola"


def test_html_main_text_without_markup_or_scripts(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Exilio</title><script>alert('x')</script></head><body>"
        "<nav>Inicio | Contacto</nav><article><h1>El exilio</h1>"
        "<p>El 16 de enero de 1928, Trotsky fue desterrado a Alma-Ata, en el Asia central soviética.</p>"
        "<p>En febrero de 1929 fue expulsado de la Unión Soviética y llegó a Constantinopla.</p>"
        "</article><footer>© 2024</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [record] = _records([path])
    assert "Alma-Ata" in record.text
    assert "alert" not in record.text and "<p>" not in record.text
    assert record.title in ("Exilio", "El exilio")  # trafilatura may prefer the page heading


def test_hostile_html_yields_only_text() -> None:
    text, _ = extract_html(
        '<html><body><p onclick="evil()">Lenin murió en 1924.</p><img src=x onerror=alert(1)>'
        "<script>document.write('pwned')</script><style>p{}</style></body></html>",
        "<test>",
    )
    assert "Lenin murió en 1924." in text
    assert "pwned" not in text and "onerror" not in text


def test_jsonl_records_keep_order_ids_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        {"id": "a", "text": "Primero.", "lang": "es", "dct": "2020-01-02", "title": "T"},
        {"text": "Second one."},
        {"id": 7, "text": "Third.", "url": "https://example.org/x"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    records = _records([path])
    assert [r.id for r in records] == ["a", "docs:2", "7"]
    assert records[0].lang == "es" and records[0].dct == "2020-01-02" and records[0].title == "T"
    assert records[2].url == "https://example.org/x"


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "z", "text": "Texto."}) + "\n")
    [record] = _records([path])
    assert record.id == "z"


def test_bad_jsonl_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": "ok1", "text": "Bien."}\n'
        "{not json\n"
        '{"id": "no-text"}\n'
        '["a list"]\n'
        '{"id": "bad-lang", "text": "Bonjour.", "lang": "fr"}\n'
        '{"id": "bad-dct", "text": "Hola.", "dct": "yesterday"}\n'
        '{"id": "empty", "text": "   "}\n'
        '{"id": "ok2", "text": "También."}\n',
        encoding="utf-8",
    )
    results = _records([path])
    assert [r.id for r in results if not isinstance(r, InputError)] == ["ok1", "ok2"]
    errors = [r for r in results if isinstance(r, InputError)]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6, 7]
    assert all(str(e).startswith(f"{path}:") for e in errors)
    assert "malformed JSON" in str(errors[0]) and "'text'" in str(errors[1])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "binary"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [error] = _records([path])
    assert isinstance(error, InputError)
    assert message in str(error) and "\n" not in str(error)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    missing, directory = _records([tmp_path / "nope.txt", tmp_path])
    assert isinstance(missing, InputError) and "no such file" in str(missing)
    assert isinstance(directory, InputError) and "directory" in str(directory)


def test_huge_text_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"palabra " * (20 * 1024 * 1024 // 8))  # 20 MB
    [error] = list(read_inputs([str(path)], 5_000_000))
    assert isinstance(error, InputError) and "too large" in str(error)


def test_undecodable_bytes_are_decoded_or_refused_never_raised() -> None:
    mojibake = "Año nuevo en Petrogrado, según la prensa".encode("cp1252") + b"\x81\x8d\x8f"
    text = decode_bytes(mojibake, "<t>")
    assert "Petrogrado" in text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("León Trotsky fue expulsado del partido y desterrado a Alma-Ata en enero de 1928.", "es"),
        ("Leon Trotsky was expelled from the party and exiled to Alma-Ata in January 1928.", "en"),
        ("Lenin died in 1924.", "en"),
        ("Lenin murió en 1924.", "es"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_unsupported_language_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="French"):
        detect_language("Léon Trotski a été exclu du parti communiste et exilé à Alma-Ata en janvier 1928.")


def test_text_without_words_needs_a_language() -> None:
    with pytest.raises(InputError, match="--lang"):
        detect_language("1927 — 1928 … 1929")
