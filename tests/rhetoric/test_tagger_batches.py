"""The span tagger on a long text read in batches (16v): each batch's token vectors are computed for
that batch alone, from the text it was parsed in, so a long text gets the tagger's spans of the short
texts it is made of, and neither a Doc of the whole text nor the whole text's vectors is ever built
(memory stays flat, issue 17). Paragraphs written for this test, Spanish and English."""

from __future__ import annotations

import numpy as np
import pytest

from cronica.options import Options
from cronica.pipeline import Pipeline

#: loaded paragraphs (some with a rule flag, some only the tagger reads) and plain history between them
PARAGRAPHS = {
    "es": (
        "Detrás de cada guerra moderna aparecen siempre los mismos apellidos, los mismos bancos y las mismas "
        "sociedades discretas que deciden el destino de los pueblos.",
        "El tratado se firmó en Viena en 1815 y redibujó las fronteras de media Europa.",
        "Desde hace dos siglos los grandes financieros buscan por todos los medios controlar la moneda de cada "
        "nación, y casi nadie se ha dado cuenta de ello.",
        "El congreso aprobó el presupuesto de 1925 tras tres semanas de debate.",
        "La prensa jamás contará quién pagó de verdad aquel golpe, porque sus dueños son los mismos hombres que "
        "lo organizaron.",
        "Nos ocultan la verdad porque la élite globalista quiere reducir la población del planeta.",
    ),
    "en": (
        "Behind every modern war appear always the same surnames, the same banks and the same discreet "
        "societies that decide the fate of the peoples.",
        "The treaty was signed in Vienna in 1815 and redrew the borders of half of Europe.",
        "The press will never tell who really financed that coup, because its owners are the same men who "
        "organized it.",
        "The council approved the 1925 budget after three weeks of debate.",
        "The globalist elite pulls the strings of every government from behind closed doors.",
    ),
}
#: how a learned flag's explanation opens (techniques.yaml, `learned`)
LEARNED = ("Marked by the learned model", "Señalado por el modelo aprendido")
ONLY_RHETORIC = frozenset({"timex", "link", "events", "verify"})


def _tagger_on(segment_chars: int | None = None) -> Pipeline:
    pipeline = Pipeline(Options(skip=ONLY_RHETORIC, stages={"rhetoric": {"tagger": True}}))
    if segment_chars is not None:
        pipeline.models.segment_chars = segment_chars
    return pipeline


@pytest.fixture(scope="module")
def short() -> Pipeline:
    return _tagger_on()


@pytest.fixture(scope="module")
def batched() -> Pipeline:
    """Segments of at most 200 characters: about one paragraph a batch."""
    return _tagger_on(200)


def _flags(analysis, offset: int = 0) -> list[tuple[int, int, str, str, str]]:
    """Where each flag is, its technique, whose words and its explanation (which says a learned one)."""
    return [(f.start + offset, f.end + offset, f.technique, f.voice, f.explanation) for f in analysis.flags]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_long_text_read_in_batches_gets_the_tagger_spans_of_its_short_texts(
    lang: str, short: Pipeline, batched: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same spans as each paragraph read alone, and the very flags (confidences too) of the text
    read as one Doc: a confidence is the gate's probability, which the next paragraph's words can move
    by a hundredth through the vectors of a sentence's last tokens, in one Doc as in batches."""
    import cronica.nlp

    text = "\n\n".join(PARAGRAPHS[lang])
    whole = short.analyze_text(text, lang=lang)  # 1,000 characters: one Doc, with its vectors
    expected: list[tuple[int, int, str, str, str]] = []
    offset = 0
    for paragraph in PARAGRAPHS[lang]:
        expected += _flags(short.analyze_text(paragraph, lang=lang), offset)
        offset += len(paragraph) + 2
    assert sum(flag[4].startswith(LEARNED) for flag in expected) >= 2  # the tagger has something to find
    assert any(not flag[4].startswith(LEARNED) for flag in expected)  # and the rules too

    def refuse(*_: object) -> None:
        raise AssertionError("a Doc of the whole text was built")

    monkeypatch.setattr(cronica.nlp, "join_packed", refuse)
    monkeypatch.setattr(cronica.nlp, "join_docs", refuse)
    assert batched.vectors and batched.models.parse_text(text, lang, vectors=True).batch_count >= 3
    analysis = batched.analyze_text(text, lang=lang)
    assert analysis.stages["rhetoric"] == "ok"
    assert _flags(analysis) == expected
    assert analysis.flags == whole.flags


@pytest.mark.parametrize("lang", ["es", "en"])
def test_each_batch_gets_the_vectors_of_the_whole_text_and_none_are_kept(lang: str, batched: Pipeline) -> None:
    """A long text's parse keeps no vectors; a batch asked with them gets its tokens' rows of the whole
    text's Doc (zeros for the white space that leads it to its offset)."""
    text = "\n\n".join(PARAGRAPHS[lang])
    whole = batched.models.get(lang)(text)
    by_offset = {token.idx: whole.tensor[token.i] for token in whole}
    parsed = batched.models.parse_text(text, lang, vectors=True)
    assert parsed.doc is None and parsed.batch_count >= 3
    assert all(doc.tensor.size == 0 for doc in parsed.batches())  # not asked: none computed
    seen = 0
    for start, doc in zip(parsed.starts, parsed.batches(vectors=True), strict=True):
        assert doc.tensor.shape == (len(doc), 96)
        for token in doc:
            if token.idx < start:
                assert not token.text.strip() and not doc.tensor[token.i].any()  # the leading padding
            else:
                assert np.allclose(doc.tensor[token.i], by_offset[token.idx], atol=1e-4)
                seen += 1
    assert seen == len(whole)
