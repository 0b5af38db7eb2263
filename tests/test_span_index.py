"""SpanIndex answers by bisection what a scan over every span would: the property the linear-time lookups rely on."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from cronica.model import SpanIndex


@dataclasses.dataclass(frozen=True)
class Span:
    start: int
    end: int


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda t: Span(t[0], t[0] + t[1])), max_size=25)
ranges = st.tuples(st.integers(0, 70), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1]))


@given(spans, ranges)
def test_overlapping_matches_a_scan(items: list[Span], query: tuple[int, int]) -> None:
    start, end = query
    expected = sorted((s for s in items if s.start < end and start < s.end), key=lambda s: (s.start, s.end))
    found = sorted(SpanIndex(items).overlapping(start, end), key=lambda s: (s.start, s.end))
    assert found == expected


@given(spans, ranges)
def test_covering_matches_a_scan(items: list[Span], query: tuple[int, int]) -> None:
    start, end = query
    assert SpanIndex(items).covering(start, end) == any(s.start <= start and end <= s.end for s in items)


def test_covering_examples() -> None:
    index = SpanIndex([Span(0, 10), Span(20, 30)])
    assert index.covering(2, 8)
    assert index.covering(20, 30)
    assert not index.covering(8, 22)
    assert not index.covering(31, 33)
