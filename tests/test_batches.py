"""Long texts read in batches: what one batch leaves for the next (issue 17, fourth part).

Each test forces a short text into several batches with a small batch size set through the
stage config, then checks that what reads across sentences still does across a batch
boundary, and that the batched result is the one of the text read whole."""

from __future__ import annotations

import itertools

import pytest

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
