"""A time of day without a day of its own takes the day its clause names.

The day is the nearest date (or time with a date) in the same sentence, at most `MAX_GAP`
tokens away: "4 in the morning (4 a.m. EDT Thursday)" is Thursday's.

"La sesión terminó ayer a las 23.30", "mañana, domingo, a las 08.00 hora local", "jugará
mañana en el Palau (20.45 horas)", "shot at 10 p.m. as he stood in his kitchen on Oct.
23": the clock time is resolved first against the reference day (the DCT in news), but the
day it belongs to is the one written beside it, before or after, in the same sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from cronica.model import Timex
from cronica.timex.tokens import Token

#: a day named this many tokens away (or nearer) in the same sentence is the time's day
MAX_GAP = 10
_DAY_VALUE = re.compile(r"(?:BC)?\d{4}-\d{2}-\d{2}(?:$|T)")
_SENTENCE_END = frozenset({".", "!", "?", ";", "\n"})


def date_times(timexes: Sequence[Timex], dateless: set[str], tokens: Sequence[Token]) -> list[Timex]:
    """`timexes` in text order; `dateless`: ids of the TIME timexes whose day came from the
    reference rather than from their own words. Read in text order, so a time restated in
    parentheses takes the day just given to the one before it ("las 08.00 hora local (13.00 GMT)")."""
    if not dateless:
        return list(timexes)
    starts = [token.start for token in tokens]
    ends = _sentence_ends(tokens)
    result = list(timexes)
    for index, timex in enumerate(timexes):
        if timex.id not in dateless or "T" not in timex.value:
            continue
        first = bisect_left(starts, timex.start)
        last = bisect_left(starts, timex.end)
        best: tuple[int, Timex] | None = None
        before = _nearest(result, range(index - 1, -1, -1), dateless, index)
        after = _nearest(timexes, range(index + 1, len(timexes)), dateless, index)
        for day in (before, after):
            if day is None:
                continue
            if day.end <= timex.start:
                gap_start, gap_end = bisect_left(starts, day.end), first
            else:
                gap_start, gap_end = last, bisect_left(starts, day.start)
            gap = gap_end - gap_start
            if gap > MAX_GAP or any(i in ends for i in range(gap_start, gap_end)):
                continue
            if best is None or gap < best[0]:
                best = (gap, day)
        if best is not None:
            day = best[1]
            clock = timex.value.split("T", 1)[1]
            result[index] = replace(timex, value=f"{day.value.split('T')[0]}T{clock}", anchor=day.id)
    return result


def _nearest(timexes: Sequence[Timex], order: range, dateless: set[str], current: int) -> Timex | None:
    """The nearest timex with a day in `order` (a later time still without its day does not count)."""
    for index in order:
        timex = timexes[index]
        if index > current and timex.id in dateless:
            continue
        if _DAY_VALUE.match(timex.value):
            return timex
        if abs(index - current) > MAX_GAP:
            break
    return None


def _sentence_ends(tokens: Sequence[Token]) -> set[int]:
    """Sentence ends; a full stop only before a capital ("10 p.m. as he stood", "Oct. 23" go on)."""
    ends = set()
    for index, token in enumerate(tokens):
        if token.key in _SENTENCE_END and (
            token.text != "." or (index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper())
        ):
            ends.add(index)
    return ends


__all__ = ["date_times"]
