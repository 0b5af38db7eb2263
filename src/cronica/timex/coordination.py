"""Coordinated expressions, completed after normalization.

* Durations written in parts ("dos años, 3 meses y un día", "two years and three
  months") are merged into one DURATION ("P2Y3M1D").
* A bare number coordinated with a dated expression borrows its frame: "el 2 y el
  3 de abril", "del 2 al 15 de agosto", "April 6 and 7", "una o dos semanas".
* An underspecified month followed by a coordinated one with a year takes that
  year ("mayo y junio de 2020").
The connectors are language data (`coordination` in lexicon.yaml).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from cronica.model import Timex
from cronica.timex.language import Lexicon
from cronica.timex.tokens import Token, fold

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?|X)(WE|[YMWDHS])")
_DATE_PART_ORDER = ("Y", "M", "W", "WE", "D")
_TIME_PART_ORDER = ("H", "M", "S")
_DAY_DATE = re.compile(r"^(BC)?(\d{4}|XXXX)-\d{2}-(\d{2})$")
_MONTH_ONLY = re.compile(r"^(\d{4}|XXXX)-(\d{2}|SP|SU|FA|WI)$")
_MAX_GAP = 8


def _duration_parts(value: str) -> tuple[dict[str, str], dict[str, str]] | None:
    if not value.startswith("P") or value.count("T") > 1:
        return None
    date_text, _, time_text = value[1:].partition("T")
    date_parts = dict((unit, amount) for amount, unit in _DURATION_PART.findall(date_text))
    time_parts = dict((unit, amount) for amount, unit in _DURATION_PART.findall(time_text))
    return date_parts, time_parts


def _join_durations(first: str, second: str) -> str | None:
    a, b = _duration_parts(first), _duration_parts(second)
    if a is None or b is None or "X" in first + second:
        return None
    if set(a[0]) & set(b[0]) or set(a[1]) & set(b[1]):
        return None  # "two days or two days" is not one duration
    dates = {**a[0], **b[0]}
    times = {**a[1], **b[1]}
    value = "P" + "".join(f"{dates[u]}{u}" for u in _DATE_PART_ORDER if u in dates)
    if times:
        value += "T" + "".join(f"{times[u]}{u}" for u in _TIME_PART_ORDER if u in times)
    return value


def merge_durations(text: str, timexes: list[Timex], lexicon: Lexicon) -> list[Timex]:
    merged: list[Timex] = []
    for timex in timexes:
        previous = merged[-1] if merged else None
        if previous is not None and previous.type == timex.type == "DURATION":
            gap = fold(text[previous.end : timex.start].strip())
            if len(gap) <= _MAX_GAP and gap in lexicon.duration_joiners:
                value = _join_durations(previous.value, timex.value)
                if value is not None:
                    merged[-1] = replace(previous, end=timex.end, text=text[previous.start : timex.end], value=value)
                    continue
        merged.append(timex)
    return merged


def complete_coordinated(text: str, timexes: list[Timex], tokens: Sequence[Token], lexicon: Lexicon) -> list[Timex]:
    """Add the bare numbers coordinated with a dated expression or a duration, and share years."""
    by_start = {token.start: index for index, token in enumerate(tokens)}
    by_end = {token.end: index for index, token in enumerate(tokens)}
    taken: set[int] = set()  # start offsets of the tokens already inside a timex
    for timex in timexes:
        first, last = by_start.get(timex.start), by_end.get(timex.end)
        if first is not None and last is not None:
            taken.update(token.start for token in tokens[first : last + 1])
    added: list[Timex] = []
    result: list[Timex | None] = list(timexes)
    merged_into: dict[str, str] = {}
    for position, timex in enumerate(timexes):
        index = by_start.get(timex.start)
        if index is not None and ((timex.type == "DATE" and _DAY_DATE.match(timex.value)) or timex.type == "DURATION"):
            added += _numbers_before(text, timex, index, tokens, lexicon, taken)
            if timex.type == "DATE":
                added += _day_after(timex, by_end.get(timex.end), tokens, lexicon, taken)
        day_match = _DAY_DATE.match(timex.value) if timex.type == "DATE" and timex.anchor else None
        if day_match and not _bare_day(timex, tokens, by_start, lexicon):
            day_match = None  # "March 19 ... April 30" names its month: it borrows nothing
        if day_match and position + 1 < len(timexes):
            following = timexes[position + 1]
            gap = fold(text[timex.end : following.start].strip())
            later = _DAY_DATE.match(following.value) if following.type == "DATE" else None
            if (
                gap in lexicon.coordination_connectors
                and later
                and following.value[:7] != timex.value[:7]
                and int(later.group(3)) > int(day_match.group(3))
            ):  # "el día 1 y el 2 de marzo"
                value = following.value[:8] + day_match.group(3)
                result[position] = replace(timex, value=value, anchor=following.id)
        if result[position] is timex and position + 1 < len(timexes):
            result[position] = _share_year(text, timex, timexes[position + 1], lexicon)
        previous, current = result[position - 1], result[position]
        if position > 0 and timex.type == "DATE" and previous is not None and current is not None:
            merged = _same_day(text, previous, current, tokens, by_start, lexicon)
            if merged is not None:  # "hoy, jueves" is one expression
                merged_into[timex.id] = merged.id
                result[position - 1], result[position] = merged, None
        month_match = _MONTH_ONLY.match(timex.value) if timex.type == "DATE" else None
        underspecified = timex.anchor is not None or timex.value.startswith("XXXX")
        if month_match and underspecified and position + 1 < len(timexes):
            following = timexes[position + 1]
            gap = fold(text[timex.end : following.start].strip())
            year = following.value[:4]
            if gap in lexicon.coordination_connectors and following.anchor is None and year.isdigit():
                result[position] = replace(timex, value=f"{year}-{month_match.group(2)}", anchor=following.id)
    kept = [timex for timex in result if timex is not None] + added
    if merged_into:  # whatever was anchored on a merged weekday is anchored on the whole expression
        kept = [replace(t, anchor=merged_into.get(t.anchor, t.anchor)) if t.anchor else t for t in kept]
    return sorted(kept, key=lambda t: (t.start, t.end))


def _bare_day(timex: Timex, tokens: Sequence[Token], by_start: dict[int, int], lexicon: Lexicon) -> bool:
    """Whether a timex names no month: "el día 1", "the 2nd" (not "March 19", not "mañana")."""
    index = by_start.get(timex.start)
    if index is None:
        return False
    months = [lexicon.categories[name] for name in ("month", "month_abbr") if name in lexicon.categories]
    inside = list(itertools.takewhile(lambda token: token.end <= timex.end, tokens[index : index + 16]))
    has_number = any(token.digits or token.key in lexicon.numbers.cardinals for token in inside)
    names_a_month = any(trie.matches(tokens, index + offset) for trie in months for offset in range(len(inside)))
    return has_number and not names_a_month


def _same_day(
    text: str, previous: Timex, timex: Timex, tokens: Sequence[Token], by_start: dict[int, int], lexicon: Lexicon
) -> Timex | None:
    """ "hoy, jueves", "mañana viernes", "yesterday, Monday": a bare weekday in apposition to a day
    that falls on it names the same day: one timex over both, or None when they are not one."""
    if text[previous.end : timex.start].strip() not in ("", ",") or not _DAY_DATE.match(previous.value):
        return None
    index = by_start.get(timex.start)
    weekdays = lexicon.categories["weekday"]
    found = weekdays.matches(tokens, index) if index is not None else []
    if not found or tokens[found[-1][0] - 1].end != timex.end:
        return None
    try:
        day = dt.date.fromisoformat(previous.value)
    except ValueError:
        return None
    if day.isoweekday() != found[-1][1]:
        return None
    return replace(previous, end=timex.end, text=text[previous.start : timex.end])


def _share_year(text: str, timex: Timex, following: Timex, lexicon: Lexicon) -> Timex:
    """ "October 26–November 7, 1917": a day without a written year, joined to a date that has one,
    takes that year (the year before when its month comes later: "December 28–January 3, 1918")."""
    underspecified = timex.anchor is not None or timex.value.startswith("XXXX")
    mine, theirs = _DAY_DATE.match(timex.value), _DAY_DATE.match(following.value)
    if not (underspecified and mine and theirs and following.type == "DATE" and following.anchor is None):
        return timex
    if mine.group(1) or theirs.group(1) or not theirs.group(2).isdigit():
        return timex  # before Christ: leave it
    gap = fold(text[timex.end : following.start].strip())
    if gap not in lexicon.coordination_connectors and gap not in lexicon.interval_connectors:
        return timex
    year = int(theirs.group(2))
    if timex.value[5:7] > following.value[5:7]:
        year -= 1
    return replace(timex, value=f"{year:04d}{timex.value[4:]}", anchor=following.id)


def _numbers_before(
    text: str, timex: Timex, index: int, tokens: Sequence[Token], lexicon: Lexicon, taken: set[int]
) -> list[Timex]:
    """Walk back from `timex` over "[el] N, [el] N y|o|al" and give each bare number the timex's frame."""
    is_day = timex.type == "DATE"
    lead = index
    while lead < len(tokens) and tokens[lead].key in lexicon.coordination_articles and tokens[lead].end < timex.end:
        lead += 1
    lead_value = _number_of(tokens[lead], lexicon, allow_articles=not is_day)
    if lead_value is None:
        return []  # the timex must start with its number ("el 3 de abril", "dos semanas")
    found: list[Timex] = []
    cursor = index  # first token of the expression reached so far
    while cursor >= 2 and tokens[cursor - 1].key in lexicon.coordination_connectors:
        number = tokens[cursor - 2]
        value = _number_of(number, lexicon, allow_articles=not is_day)
        if value is None or value >= lead_value or number.start in taken:
            break
        if is_day:
            new_value = timex.value[:-2] + f"{value:02d}"
        else:
            new_value = re.sub(r"^P(T?)\d+(?:\.\d+)?", rf"P\g<1>{value}", timex.value, count=1)
        first = cursor - 2
        while first > 0 and tokens[first - 1].key in lexicon.coordination_articles:
            first -= 1
        start = tokens[first].start
        found.append(
            Timex(
                id=f"{timex.id}.{len(found) + 1}",
                text=text[start : number.end],
                start=start,
                end=number.end,
                type=timex.type,
                value=new_value,
                anchor=timex.anchor,
            )
        )
        taken.add(number.start)
        cursor, lead_value = first, value
    return found


def _day_after(
    timex: Timex, end_index: int | None, tokens: Sequence[Token], lexicon: Lexicon, taken: set[int]
) -> list[Timex]:
    """A bare day right after a dated expression ending in its day: "May 4 and 5"."""
    if end_index is None or end_index + 2 >= len(tokens) or not tokens[end_index].digits:
        return []
    connector, number = tokens[end_index + 1], tokens[end_index + 2]
    following = tokens[end_index + 3] if end_index + 3 < len(tokens) else None
    value = _number_of(number, lexicon, allow_articles=False)
    lead = int(timex.value[-2:])
    if connector.key not in lexicon.coordination_connectors or value is None or not lead < value <= 31:
        return []
    if (following is not None and following.text[0].isalpha()) or number.start in taken:
        return []  # "May 4 and 5 divisions" is not a date
    taken.add(number.start)
    value_text = timex.value[:-2] + f"{value:02d}"
    return [Timex(f"{timex.id}.n", number.text, number.start, number.end, "DATE", value_text, anchor=timex.anchor)]


def _number_of(token: Token, lexicon: Lexicon, allow_articles: bool) -> int | None:
    if token.digits and len(token.text) <= 2:
        return int(token.text)
    if token.key in lexicon.numbers.articles and not allow_articles:
        return None
    return lexicon.numbers.cardinals.get(token.key)
