"""Words about an office's holder ("the first female People's Commissar", "la primera mujer ...") do not
make the phrase name another office (#13, class blind set tests/data/verify/blind_post_transfer_first.yaml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "words", "qualifies"),
    [
        ("en", "the first female", False),  # the holder was the first woman; the office is the same
        ("en", "first", True),  # a bare "first" may name another office ("First Secretary")
        ("en", "Deputy", True),
        ("es", "la primera mujer", False),
        ("es", "primer", True),
    ],
)
def test_words_about_the_holder_do_not_change_the_office(lang, words, qualifies):
    from cronica.verify.language import load_language

    assert load_language(lang).qualifies(words) is qualifies
