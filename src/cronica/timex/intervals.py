"""Intervals: two DATE timexes joined as a period ("de 1925 a 1927", "between 1925 and 1927", "1914–1918").

A biography's lead parenthesis puts the places between the dates: "(Yanovka, 7 November
1879 – Coyoacán, 21 August 1940)" is the period from the first date to the second.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from cronica.model import Interval, Timex
from cronica.timex.language import Lexicon
from cronica.timex.tokens import Token, fold

_DASHES = frozenset({"-", "–", "—"})
_MAX_GAP = 12  # characters between the two dates: a connector and white space
#: a dash, then a place and a comma before the second date: "1879 – Coyoacán, 21 August 1940"
_DASH_PLACE = re.compile(r"\s*[-–—]\s*[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+){0,4}\s*,\s*")


def find_intervals(
    text: str, timexes: Sequence[Timex], tokens: Sequence[Token], lexicon: Lexicon
) -> tuple[Interval, ...]:
    intervals: list[Interval] = []
    starts = {token.start: index for index, token in enumerate(tokens)}
    for first, second in itertools.pairwise(timexes):
        if first.type != "DATE" or second.type != "DATE" or not _is_point(first) or not _is_point(second):
            continue
        gap = text[first.end : second.start]
        if _DASH_PLACE.fullmatch(gap) and gap.strip(" -–—")[:1].isupper():
            connector = "-"
        elif len(gap) > _MAX_GAP:
            continue
        else:
            connector = fold(gap.strip())
        if connector in _DASHES:
            opener_start = _opener_before(first, tokens, starts, lexicon.interval_dash_openers)
            start = opener_start if opener_start is not None else first.start
        elif connector in lexicon.interval_connectors:
            opener_start = _opener_before(first, tokens, starts, lexicon.interval_openers)
            if opener_start is None:
                continue
            start = opener_start
        else:
            continue
        if intervals and intervals[-1].end > start:
            continue
        intervals.append(
            Interval(
                id=f"i{len(intervals) + 1}",
                start_timex=first.id,
                end_timex=second.id,
                text=text[start : second.end],
                start=start,
                end=second.end,
            )
        )
    return tuple(intervals)


def _is_point(timex: Timex) -> bool:
    return timex.value[:1].isdigit() or timex.value.startswith(("BC", "XXXX-"))


def _opener_before(
    timex: Timex, tokens: Sequence[Token], starts: dict[int, int], openers: frozenset[str]
) -> int | None:
    index = starts.get(timex.start)
    if index is None or index == 0:
        return None
    previous = tokens[index - 1]
    return previous.start if previous.key in openers else None
