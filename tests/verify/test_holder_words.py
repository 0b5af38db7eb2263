"""Words about an office's holder ("the first female People's Commissar", "la primera mujer ...") do not
make the phrase name another office (#13, class blind set tests/data/verify/blind_post_transfer_first.yaml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "words", "qualifies"),
    [
        ("en", "the first female", False),  # the holder was the first woman; the office is the same
        # a bare ordinal is an order word since 13o ("the first president of the Soviet Union" names the
        # presidency); "First Secretary" as an office links as a whole name, so no qualifier is needed for it
        ("en", "first", False),
        ("en", "Deputy", True),
        ("es", "la primera mujer", False),
        ("es", "primer", False),
    ],
)
def test_words_about_the_holder_do_not_change_the_office(lang, words, qualifies):
    from cronica.verify.language import load_language

    assert load_language(lang).qualifies(words) is qualifies
