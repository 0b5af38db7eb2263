"""A relative day named against the date that follows it: "the day before last Tuesday's
hearing", "the day after the Oct. 23 shooting", "al día siguiente del 11 de septiembre",
"el día anterior a la votación del 5 de mayo".

The finder reads "the day before" alone and resolves it against the reference time; when
its complement holds a date (within a few words, no punctuation between), the day is
counted from that date instead.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import replace

from cronica.model import Timex
from cronica.timex.tokens import Token

#: the date that anchors "the day before ..." lies at most this many tokens after it
MAX_GAP = 5
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
#: tokens allowed between the two: words and the possessive ("last Tuesday's"), no punctuation
_ALLOWED_MARKS = frozenset({"'"})
#: "the next day and the day following": a conjunction ends the complement
_CONJUNCTIONS = frozenset({"and", "or", "y", "e", "o", "u", "ni"})


def anchor_on_following(timexes: Sequence[Timex], shifts: Mapping[str, int], tokens: Sequence[Token]) -> list[Timex]:
    """`shifts`: id → days of the relative expressions that end in their direction word. In
    apposition to a date ("Oct. 12, the day before the plunge") the expression is that date."""
    if not shifts:
        return list(timexes)
    starts = [token.start for token in tokens]
    result = list(timexes)
    for index, timex in enumerate(timexes):
        shift = shifts.get(timex.id)
        if shift is None:
            continue
        if index > 0:
            before = result[index - 1]
            between = tokens[bisect_left(starts, before.end) : bisect_left(starts, timex.start)]
            if _DAY.match(before.value) and [t.key for t in between] == [","]:
                result[index] = replace(timex, value=before.value[:10], anchor=before.id)
                continue
        if index + 1 >= len(timexes):
            continue
        following = timexes[index + 1]
        day = counted_day(timex, shift, following, tokens, starts)
        if day is not None:
            result[index] = replace(timex, value=day, anchor=following.id)
    return result


def counted_day(
    timex: Timex, shift: int, following: Timex, tokens: Sequence[Token], starts: Sequence[int] | None = None
) -> str | None:
    """The day `timex` ("the day before") names when counted `shift` days from `following`, the
    date right after it in its complement ("... last Tuesday's hearing"); None when `following`
    is no day or lies outside the complement."""
    found = _DAY.match(following.value)
    if found is None or following.start < timex.end:
        return None
    starts = starts if starts is not None else [token.start for token in tokens]
    between = tokens[bisect_left(starts, timex.end) : bisect_left(starts, following.start)]
    if len(between) > MAX_GAP or any(
        (not t.text[0].isalnum() and t.key not in _ALLOWED_MARKS) or t.key in _CONJUNCTIONS for t in between
    ):
        return None
    try:
        day = dt.date(*map(int, found.groups())) + dt.timedelta(days=shift)
    except (ValueError, OverflowError):
        return None
    return day.isoformat()


__all__ = ["anchor_on_following", "counted_day"]
