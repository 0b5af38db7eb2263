"""Property-based checks of the readers and the date tagger on arbitrary input.

Whatever the bytes or the characters, ingest either gives a text or says why not (an
`InputError`, one line), and the tagger gives spans true to the text. Hypothesis looks
for the input that breaks that; the hang timeout (conftest) catches one that freezes.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cronica.errors import InputError
from cronica.ingest import decode_text, normalize_text, record_from_bytes, record_from_json
from cronica.invisible import INVISIBLE
from cronica.timex import tag

#: pieces that make texts hostile to a reader or a date tagger (NUL: see the pipeline test below;
#: the tagger called directly fails on "año\x001917", its trie reads NUL as its end-of-key marker)
HOSTILE_TO_TAGGER = [
    "1917", "de", "enero", "January", "12", "/", "-", ".", "«", "»", "(", "[", '"', "'", " ", "\n", "\r\n",
    "\ufeff", "\u200b", "\u00ad", "\u0301", "\u202e", "\U0001f600", "año", "siglo", "XX", "a.C.", "BC",
]  # fmt: skip
HOSTILE = [*HOSTILE_TO_TAGGER, "\x00", "\x1b", "\x7f"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_to_text_or_one_line_error(data: bytes):
    try:
        text, notes = decode_text(data, "x.txt")
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert isinstance(text, str) and all(isinstance(note, str) for note in notes)
    text.encode("utf-8")  # always valid Unicode: no surrogate escapes


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(HOSTILE) | st.text(max_size=5), max_size=30), st.sampled_from(["utf-8", "cp1252"]))
def test_any_text_file_is_a_record_or_one_line_error(parts: list[str], encoding: str):
    data = "".join(parts).encode(encoding, errors="replace")
    try:
        record = record_from_bytes(data, "x.txt", "x")
    except InputError:
        return
    assert record.text == normalize_text(record.text)  # already canonical: NFC, "\n" line ends


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["text", "id", "lang", "dct", "title", "url", "format"]), st.from_type(object)))
def test_any_json_object_is_a_record_or_one_line_error(obj: dict):
    import json

    try:
        line = json.dumps(obj, default=repr)
    except (TypeError, ValueError):
        return
    try:
        record = record_from_json(line, "x.jsonl", 1, 10_000, "x")
    except InputError as error:
        assert error.line == 1
        return
    assert record.text.strip()


@pytest.mark.parametrize("lang", ["es", "en"])
@settings(max_examples=150, deadline=None)
@given(parts=st.lists(st.sampled_from(HOSTILE_TO_TAGGER) | st.text(max_size=4), max_size=40))
def test_the_tagger_keeps_true_spans_on_any_text(lang: str, parts: list[str]):
    text = "".join(ch for ch in "".join(parts) if ch != "\x00")
    result = tag(text, lang)
    for timex in result.timexes:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text and timex.value
    for interval in result.intervals:
        assert text[interval.start : interval.end] == interval.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["19", "17", "de", " ", "enero", "año", "\x00", "\x1b", *INVISIBLE]), max_size=20))
def test_invisible_and_control_characters_never_break_a_pipeline_span(pipeline_es, parts: list[str]):
    from contract_checks import check_contract
    from cronica.export.json_export import to_dict

    text = "Lenin llegó el 3 de abril de 1917. " + "".join(parts)
    data = to_dict(pipeline_es.analyze_text(text, lang="es"))
    check_contract(data)
    assert data["stages"]["timex"] == "ok", data["stages"]  # "año\x001917" once failed the whole stage


def test_a_nul_between_words_no_longer_fails_the_date_stage(pipeline_es):
    analysis = pipeline_es.analyze_text("Aquel año\x001917 cambió todo. Lenin murió en 1924.", lang="es")
    assert analysis.stages["timex"] == "ok"
    assert "1924" in {timex.value for timex in analysis.timexes}
    assert any("control character" in warning for warning in analysis.warnings)
