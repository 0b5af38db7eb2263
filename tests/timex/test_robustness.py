"""Hostile and odd input: linear time, no crash, offsets always exact."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cronica.timex import tag

#: a tenth of a hostile text against the whole: linear time gives about 10, quadratic about 100. A ratio,
#: not seconds, so a loaded machine (CI beside other jobs) slows both sides alike; the floor absorbs the
#: noise of a tenth that takes a few milliseconds
MAX_RATIO = 30
FLOOR_SECONDS = 2.0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "7" * 1_000_000),
        ("es", "1" * 1_000_000),
        ("en", "a" * 100_000),
        ("es", "año " * 25_000),
        ("en", "May " * 10_000),
        ("es", "enero " * 10_000),
        ("es", "mil " * 20_000),
        ("en", "1.2." * 50_000),
        ("en", "the next " * 10_000),
        ("es", "de " * 30_000 + "1925"),
        ("es", "el 2 de mayo, " * 10_000),
        ("en", "May 4 and 5, " * 10_000),
        ("es", "1, 2 y 3 de mayo; " * 5_000),
    ],
)
def test_hostile_input_finishes_quickly(lang: str, text: str) -> None:
    tenth = _seconds(text[: len(text) // 10], lang)
    began = time.perf_counter()
    result = tag(text, lang)
    assert time.perf_counter() - began < MAX_RATIO * tenth + FLOOR_SECONDS
    for timex in result.timexes:
        assert text[timex.start : timex.end] == timex.text


def _seconds(text: str, lang: str) -> float:
    """The fastest of three runs: the least disturbed by other jobs."""
    timings = []
    for _ in range(3):
        began = time.perf_counter()
        tag(text, lang)
        timings.append(time.perf_counter() - began)
    return min(timings)


def test_ten_thousand_month_names_are_ten_thousand_months() -> None:
    result = tag("enero " * 10_000, "es")
    assert len(result.timexes) == 10_000


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1925",
                "de",
                "enero",
                "el",
                "23",
                "/",
                "10",
                "-",
                "a. C.",
                "año",
                "siglo",
                "XX",
                "mil",
                "y",
                "May",
                "the",
                "1920s",
                "BC",
                "early",
                "late",
                "hace",
                "dos",
                "días",
                "después",
                " ",
                ",",
                ".",
                "31",
                "febrero",
                "0",
                "99999",
                "las",
                "4:00",
                "pm",
                "cada",
                "every",
                "Sunday",
                "1939-45",
                "–",
            ]
        ),
        max_size=40,
    ),
    st.sampled_from(["es", "en"]),
    st.sampled_from([None, "2019-12-20"]),
)
def test_any_mix_of_date_words_keeps_exact_offsets(parts: list[str], lang: str, dct: str | None) -> None:
    text = " ".join(parts)
    result = tag(text, lang, dct=dct)
    ids = [t.id for t in result.timexes]
    assert ids == [f"t{n}" for n in range(1, len(ids) + 1)]
    for timex in result.timexes:
        assert text[timex.start : timex.end] == timex.text
        assert timex.value
        assert timex.anchor in (None, "dct", *ids)
    for interval in result.intervals:
        assert text[interval.start : interval.end] == interval.text


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "el",
                "a",
                "de",
                "May",
                "mayo",
                "23",
                "21st",
                "century",
                "siglo",
                "XX",
                "following",
                "next",
                "day",
                "año",
                "siguiente",
                "1925",
                "BC",
                "early",
                "in",
                "en",
                ",",
                "Monday",
                "lunes",
                "of",
                "1920s",
                "las",
                "3:30",
                "pm",
                "every",
                "cada",
                "two",
                "dos",
                "weeks",
                "semanas",
                "later",
                "después",
                "ago",
            ]
        ),
        max_size=25,
    ),
    st.sampled_from(["es", "en"]),
)
def test_the_rule_index_never_hides_a_match(parts: list[str], lang: str) -> None:
    """The index and its pre-checks only skip rules that cannot match: trying every rule
    at every token must give the same result."""
    from cronica.timex.tagger import Tagger

    text = " ".join(parts)
    indexed = Tagger(lang)
    brute = Tagger(lang)
    every_rule = list(brute.finder.rules)
    brute.finder.index.candidates = lambda tokens, index: every_rule  # type: ignore[method-assign]
    assert indexed.tag(text).timexes == brute.tag(text).timexes


#: control characters, format characters and separators a hostile or broken text may carry
_ODD_CHARACTERS = "\x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f\x85\xa0\u200b\u200e\u2028\u2029\ufeff\ufffd\t\r\n"


def test_a_control_character_inside_a_lexicon_entry_is_no_crash() -> None:
    """Tokens are keys of the lexicon's trie: a NUL must never read as the trie's end mark."""
    assert [t.value for t in tag("año\x001917", "es").timexes] == ["1917"]
    assert tag("a\x00. C. fin\x00de semana \x00", "es").timexes == ()
    assert tag("\x00\x00 May\x00 4 \x00", "en").timexes is not None


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=12),
            st.text(alphabet=_ODD_CHARACTERS, max_size=3),
            st.sampled_from(["año", "1917", "a. C.", "fin de semana", "May", "mayo", "the", "de", "4 pm", "ago"]),
        ),
        max_size=20,
    ),
    st.lists(st.sampled_from(["", " ", *_ODD_CHARACTERS]), min_size=1, max_size=4),
    st.sampled_from(["es", "en"]),
    st.sampled_from([None, "2019-12-20"]),
    st.sampled_from([None, "auto", "news", "narrative"]),
)
def test_any_string_never_crashes_the_direct_api(
    parts: list[str], joiners: list[str], lang: str, dct: str | None, mode: str | None
) -> None:
    """`tag` on arbitrary text (control characters, unpaired surrogates excluded by
    hypothesis' text strategy, any Unicode otherwise): no exception, exact offsets."""
    text = "".join(part + joiners[index % len(joiners)] for index, part in enumerate(parts))
    result = tag(text, lang, dct=dct, mode=mode)
    for timex in result.timexes:
        assert text[timex.start : timex.end] == timex.text
        assert timex.value
    for interval in result.intervals:
        assert text[interval.start : interval.end] == interval.text
