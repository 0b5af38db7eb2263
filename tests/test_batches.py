"""Long texts read in batches: what one batch leaves for the next (issue 17, fourth part).

Each test forces a short text into several batches with a small batch size set through the
stage config, then checks that what reads across sentences still does across a batch
boundary, and that the batched result is the one of the text read whole."""

from __future__ import annotations

import itertools

import pytest

from cronica.export.json_export import to_dict
from cronica.options import Options
from cronica.pipeline import Pipeline
from cronica.timex.tagger import batch_bounds, get_tagger

#: a date, a blank line (a batch boundary), then an expression anchored on that date
ANCHORED = {
    "es": (
        "El 7 de noviembre de 1917 los bolcheviques tomaron el Palacio de Invierno.\n\n"
        "Al día siguiente, el congreso de los soviets aprobó el decreto sobre la paz.\n\n"
        "Dos años después la guerra civil seguía.\n",
        ("7 de noviembre de 1917", "1917-11-07"),
        ("Al día siguiente", "1917-11-08"),
        ("Dos años después", "1919"),
    ),
    "en": (
        "On 7 November 1917 the Bolsheviks stormed the Winter Palace.\n\n"
        "The next day, the congress of soviets approved the decree on peace.\n\n"
        "Two years later the civil war went on.\n",
        ("7 November 1917", "1917-11-07"),
        ("The next day", "1917-11-08"),
        ("Two years later", "1919"),
    ),
}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_timex_anchor_is_carried_across_a_batch_boundary(lang: str) -> None:
    text, *expected = ANCHORED[lang]
    bounds = batch_bounds(text, 50)
    assert len(bounds) == 3  # one paragraph a batch
    tagger = get_tagger(lang)
    batched = tagger.tag(text, batch_chars=50)
    assert batched == tagger.tag(text)
    found = [next(t for t in batched.timexes if words in t.text) for words, _ in expected]
    assert [timex.value for timex in found] == [value for _, value in expected]
    assert found[1].anchor == found[0].id  # anchored on the date of the batch before


def test_batches_end_only_after_a_sentence_end_and_a_blank_line() -> None:
    text = "A title without a stop\n\nFirst sentence. Second one.\n\nThird one.\n\nFourth one."
    bounds = batch_bounds(text, 20)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in itertools.pairwise(bounds))
    for _, end in bounds[:-1]:
        assert text[:end].rstrip()[-1] in ".!?;" and "\n\n" in text[end - 3 : end]
    assert "A title without a stop" in text[bounds[0][0] : bounds[0][1]]  # never cut after the title
    assert batch_bounds(text, None) == [(0, len(text))] == batch_bounds(text, 0)


# --- events: what one batch of the parse leaves for the next --------------------------------------

#: (text, the event type, the words of its participant, who they are / its date): a person named
#: in one paragraph and a pronoun or dropped subject in the next; a date and, in the next
#: paragraph, a clause that takes it ("ese mismo día", "that same day")
ACROSS = {
    "es": {
        "pronoun": (
            "León Trotski llegó a México en enero de 1937 con su esposa.\n\n"
            "Fue asesinado en Coyoacán el 21 de agosto de 1940.\n",
            "León Trotski",
        ),
        "date": (
            "Trotski murió en Coyoacán el 21 de agosto de 1940.\n\nEse mismo día, Ramón Mercader fue detenido.\n",
            "1940-08-21",
        ),
    },
    "en": {
        "pronoun": (
            "Leon Trotsky arrived in Mexico in January 1937 with his wife.\n\n"
            "He was murdered in Coyoacán on 21 August 1940.\n",
            "Leon Trotsky",
        ),
        "date": (
            "Trotsky died in Coyoacán on 21 August 1940.\n\nThat same day, Ramón Mercader was arrested.\n",
            "1940-08-21",
        ),
    },
}


@pytest.fixture(scope="module")
def whole() -> Pipeline:
    return Pipeline(Options())


def _batched(**rhetoric: object) -> Pipeline:
    pipeline = Pipeline(Options(stages={"timex": {"batch_chars": 70}, "rhetoric": rhetoric}))
    pipeline.models.segment_chars = 70
    return pipeline


@pytest.fixture(scope="module")
def batched() -> Pipeline:
    """Batches of at most 70 characters: the parse cut at each paragraph (its segment size), the
    timex tagger too (its stage config); the stages' default config otherwise."""
    return _batched()


@pytest.fixture(scope="module", params=[False, True], ids=["tagger-off", "tagger-on"])
def batched_either(request: pytest.FixtureRequest) -> Pipeline:
    """`batched` with rhetoric's span tagger off and on: on, it reads the token vectors, which each
    batch computes for itself (16v); before, they made the parse one Doc of the whole text."""
    return _batched(tagger=request.param)


def _parsed_batches(pipeline: Pipeline, text: str, lang: str) -> int:
    return pipeline.models.parse_text(text, lang, vectors=False).batch_count


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_pronoun_resolves_to_a_person_named_in_the_batch_before(
    lang: str, whole: Pipeline, batched: Pipeline
) -> None:
    text, person = ACROSS[lang]["pronoun"]
    assert _parsed_batches(batched, text, lang) == 2
    analysis = batched.analyze_text(text, lang=lang)
    death = next(event for event in analysis.events if event.type in ("DEATH", "ATTACK", "EXECUTION"))
    named = {analysis.entities_by_id[p.entity] for p in death.participants if p.entity}
    assert {entity.text for entity in named if entity.label == "PER"} == {person}
    assert to_dict(analysis) == to_dict(whole.analyze_text(text, lang=lang))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_an_undated_clause_takes_the_date_of_the_batch_before(lang: str, whole: Pipeline, batched: Pipeline) -> None:
    text, _ = ACROSS[lang]["date"]
    assert _parsed_batches(batched, text, lang) == 2
    analysis = batched.analyze_text(text, lang=lang)
    arrest = next(event for event in analysis.events if event.type == "ARREST")
    assert arrest.time_value == "1940-08-21"
    assert arrest.trigger.start > text.index("\n\n")  # in the second batch
    assert to_dict(analysis) == to_dict(whole.analyze_text(text, lang=lang))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_long_text_is_analyzed_without_a_doc_of_the_whole_text(
    lang: str, batched_either: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stages read the batches: joining the segments (what made memory grow with the text) fails
    here, with the span tagger off and on (no batch keeps its vectors past its own reading)."""
    import cronica.nlp

    def refuse(*_: object) -> None:
        raise AssertionError("a Doc of the whole text was built")

    monkeypatch.setattr(cronica.nlp, "join_packed", refuse)
    monkeypatch.setattr(cronica.nlp, "join_docs", refuse)
    text = ACROSS[lang]["pronoun"][0] + "\n" + ACROSS[lang]["date"][0]
    analysis = batched_either.analyze_text(text, lang=lang)
    assert _parsed_batches(batched_either, text, lang) >= 3
    assert all(status == "ok" for status in analysis.stages.values()), analysis.stages
    assert analysis.events and analysis.sentences
    parsed = batched_either.models.parse_text(text, lang, vectors=batched_either.vectors)
    assert parsed.doc is None and all(doc.tensor.size == 0 for doc in parsed.batches())  # no vectors kept


def test_a_batch_far_into_a_text_keeps_the_document_offsets(whole: Pipeline) -> None:
    """A batch is led by white space up to its offset, in at most 17 distinct padding words."""
    from cronica.nlp import PackedSegment, sentences_of

    nlp = whole.models.get("en")
    segment = nlp("Trotsky was born in 1879. He died in Mexico.")
    offset = 3 * 65_536 + 12_345
    doc = PackedSegment.of(segment).unpack(nlp.vocab, offset)
    assert doc.text[offset:] == segment.text and not doc.text[:offset].strip()
    first = next(token for token in doc if not token.is_space)
    assert first.idx == offset and first.is_sent_start
    assert [(s.start, s.end) for s in sentences_of(doc)] == [(offset, offset + 25), (offset + 26, offset + 44)]
    assert len({token.text for token in doc if token.is_space}) <= 17
