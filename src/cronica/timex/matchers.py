"""Category matchers: what a `{category}` in a pattern may match at a token, and with what value.

Lexicon categories (months, units, ...) come from the language's data; the
numeric ones below (years, days, clock times, numeric dates) are the same in
every language. A matcher returns every way it can match at a position as
(end token index, value), and results are memoized per position, so each token
is examined a bounded number of times whatever the input.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from cronica.timex.language import Lexicon
from cronica.timex.numbers import digits_value, roman_value
from cronica.timex.tokens import COMPOUND_KEY, DIGITS_KEY, Token
from cronica.timex.trie import Trie

#: the fractions of a mixed number written in digits ("5 1/2 hours")
_FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "1/3": 1 / 3, "2/3": 2 / 3}

Found = list[tuple[int, Any]]

_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?")
_DAY_RANGE = re.compile(r"(\d{1,2})[-/](\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})")
_ISO_DATE = re.compile(r"(\d{4})([/-])(\d{1,2})\2(\d{1,2})")
_YEAR_RANGE = re.compile(r"(\d{3,4})[-/](\d{2,4})")
MIN_YEAR, MAX_YEAR = 1000, 2999  # a bare four-digit number outside this range is not read as a year


@dataclass(frozen=True, slots=True)
class YearValue:
    year: int  # negative before Christ; never 0
    explicit_era: bool
    spoken: bool = False  # said in two pairs of number words: "nineteen ninety-six"


def valid_date(year: int, month: int, day: int) -> bool:
    if not (1 <= month <= 12 and day >= 1):
        return False
    leap_year = abs(year) if year > 0 else abs(year) - 1  # proleptic: 1 BC is a leap year
    return day <= calendar.monthrange(2000 if calendar.isleap(leap_year) else 2001, month)[1]


class Matchers:
    """The matchers of one language; `match` is called through a per-text memo (see `patterns`)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._numeric: dict[str, tuple[Callable[[Sequence[Token], int], Found], frozenset[str]]] = {
            "num": (self.number, self._number_keys()),
            "day": (self.day, self._number_keys() | self._ordinal_keys()),
            "hour": (self.hour, self._number_keys()),
            "year": (self.year, self._number_keys()),
            "ordinal": (self.ordinal, self._ordinal_keys()),
            "roman": (self.roman, frozenset({"i", "v", "x", "l", "c", "d", "m"}) | _roman_keys()),
            "tens": (self.tens, self._number_keys()),
            "clock": (self.clock, frozenset({COMPOUND_KEY})),
            "colon_clock": (self.colon_clock, frozenset({COMPOUND_KEY})),
            "numeric_date": (self.numeric_date, frozenset({COMPOUND_KEY})),
            "iso_date": (self.iso_date, frozenset({COMPOUND_KEY})),
            "year_range": (self.year_range, frozenset({COMPOUND_KEY})),
            "day_range": (self.day_range, frozenset({COMPOUND_KEY})),
        }

    # --- the registry ----------------------------------------------------------------

    def known(self, category: str) -> bool:
        return category in self._numeric or category in self.lexicon.categories

    def continuation_keys(self, category: str) -> frozenset[str] | None:
        """Keys of the tokens a numeric category may read after its first one ("twenty - one",
        "23 rd", "480 BC"); None for the lexicon categories (their tries answer that)."""
        if category not in self._numeric:
            return None
        numbers = self.lexicon.numbers
        words = frozenset(numbers.cardinals) | frozenset(numbers.multipliers) | numbers.connectors
        ordinal_trie = self.lexicon.categories.get("ordinal")
        ordinal_words = frozenset(_all_keys(ordinal_trie)) if ordinal_trie else frozenset()
        ordinals = self.lexicon.ordinal_suffixes | {"."} | ordinal_words
        era_trie = self.lexicon.categories.get("era")
        eras = frozenset(_all_keys(era_trie)) if era_trie else frozenset()
        pairs = self.lexicon.categories.get("pair_number")
        pair_words = frozenset(_all_keys(pairs)) if pairs else frozenset()
        return {
            "num": words | pair_words | {COMPOUND_KEY},  # "a couple of", "5 1/2"
            "tens": words,
            "hour": words,
            "day": words | ordinals,
            "ordinal": ordinals,
            "year": words | eras,
        }.get(category, frozenset())

    def lexicon_trie(self, category: str) -> Trie | None:
        """The trie of a purely lexical category (None for the numeric ones, which also read digits)."""
        return None if category in self._numeric else self.lexicon.categories.get(category)

    def first_keys(self, category: str) -> frozenset[str]:
        if category in self._numeric:
            return self._numeric[category][1]
        return self.lexicon.categories[category].first_keys()

    def match(self, category: str, tokens: Sequence[Token], index: int) -> Found:
        numeric = self._numeric.get(category)
        if numeric is not None:
            return numeric[0](tokens, index)
        found = self.lexicon.categories[category].matches(tokens, index)
        if found and tokens[index].key in self.lexicon.needs_capital and not tokens[index].text[0].isupper():
            return []
        return found

    def _number_keys(self) -> frozenset[str]:
        numbers = self.lexicon.numbers
        pairs = self.lexicon.categories.get("pair_number")
        return frozenset({DIGITS_KEY, *numbers.cardinals, *numbers.multipliers}) | (
            pairs.first_keys() if pairs else frozenset()
        )

    def _ordinal_keys(self) -> frozenset[str]:
        trie = self.lexicon.categories.get("ordinal")
        return frozenset({DIGITS_KEY}) | (trie.first_keys() if trie else frozenset())

    # --- numbers -----------------------------------------------------------------------

    def number(self, tokens: Sequence[Token], index: int) -> Found:
        """A cardinal in digits or words; "5 1/2" (a mixed number) also as 5.5; "a couple of", "un
        par de" (lexicon `pair_number`) as their number."""
        value = digits_value(tokens[index])
        if value is not None:
            found: list[tuple[int, Any]] = [(index + 1, value)]
            if index + 1 < len(tokens) and tokens[index + 1].text in _FRACTIONS and not tokens[index + 1].glued:
                found.append((index + 2, value + _FRACTIONS[tokens[index + 1].text]))
            return found
        pairs = self.lexicon.categories.get("pair_number")
        if pairs is not None:
            paired = pairs.matches(tokens, index)
            if paired:
                return [paired[-1]]
        parsed = self.lexicon.numbers.parse(tokens, index)
        return [parsed] if parsed else []

    def ordinal(self, tokens: Sequence[Token], index: int) -> Found:
        token = tokens[index]
        if token.digits and len(token.text) <= 3:
            end = index + 1
            if end < len(tokens) and tokens[end].glued and tokens[end].key == ".":
                end += 1  # Spanish "1.º"
            if end < len(tokens) and tokens[end].glued and tokens[end].key in self.lexicon.ordinal_suffixes:
                return [(end + 1, int(token.text))]
            return []
        trie = self.lexicon.categories.get("ordinal")
        return trie.matches(tokens, index) if trie else []

    def day(self, tokens: Sequence[Token], index: int) -> Found:
        token = tokens[index]
        if token.digits:
            if len(token.text) > 2 or not 1 <= int(token.text) <= 31:
                return []
            ordinal = self.ordinal(tokens, index)
            return ordinal or [(index + 1, int(token.text))]
        if token.key in self.lexicon.numbers.articles:
            return []
        return [item for item in self.number(tokens, index) + self.ordinal(tokens, index) if 1 <= item[1] <= 31]

    def hour(self, tokens: Sequence[Token], index: int) -> Found:
        token = tokens[index]
        if (token.digits and len(token.text) > 2) or token.key in self.lexicon.numbers.articles:
            return []
        return [item for item in self.number(tokens, index) if 0 <= item[1] <= 24]

    def tens(self, tokens: Sequence[Token], index: int) -> Found:
        return [item for item in self.number(tokens, index) if 10 <= item[1] <= 90 and item[1] % 10 == 0]

    def roman(self, tokens: Sequence[Token], index: int) -> Found:
        value = roman_value(tokens[index].text)
        return [(index + 1, value)] if value else []

    def year(self, tokens: Sequence[Token], index: int) -> Found:
        """A year: four digits in 1000-2999, or any number followed by an era ("264 a. C.", "AD 70" is not)."""
        token = tokens[index]
        if token.digits:
            if len(token.text) > 4:
                return []
            value, end = int(token.text), index + 1
        elif token.key in self.lexicon.numbers.articles:
            return []
        else:
            parsed = self.lexicon.numbers.parse(tokens, index)
            if not parsed:
                return []
            end, value = parsed
        if value == 0:
            return []
        found: Found = []
        if not token.digits and 10 <= value <= 29 and end < len(tokens):  # "nineteen ninety-six"
            rest = self.lexicon.numbers.parse(tokens, end)
            hyphen_after = rest is not None and rest[0] < len(tokens) and tokens[rest[0]].key == "-"
            if rest and 10 <= rest[1] <= 99 and not hyphen_after:  # not "nineteen twenty-dollar bills"
                found.append((rest[0], YearValue(value * 100 + rest[1], False, spoken=True)))
        for era_end, sign in self.lexicon.categories["era"].matches(tokens, end):
            found.append((era_end, YearValue(value * sign, True)))
        if (token.digits and value <= MAX_YEAR) or (not token.digits and MIN_YEAR <= value <= MAX_YEAR):
            found.append((end, YearValue(value, False)))
        return found

    # --- numeric compounds (one token: "23/10/1926", "4:30", "1926-10-23", "1939-45") ---

    def clock(self, tokens: Sequence[Token], index: int) -> Found:
        match = _CLOCK.fullmatch(tokens[index].text)
        if not match:
            return []
        hour, minute = int(match.group(1)), int(match.group(2))
        second = int(match.group(3)) if match.group(3) else None
        if hour > 24 or minute > 59 or (second or 0) > 59:
            return []
        return [(index + 1, (hour, minute, second))]

    def colon_clock(self, tokens: Sequence[Token], index: int) -> Found:
        """A clock time written with a colon ("22:50"): alone, "3.14" is more likely a number."""
        return self.clock(tokens, index) if ":" in tokens[index].text else []

    def day_range(self, tokens: Sequence[Token], index: int) -> Found:
        match = _DAY_RANGE.fullmatch(tokens[index].text)
        if not match:
            return []
        first, second = int(match.group(1)), int(match.group(2))
        return [(index + 1, (first, second))] if 1 <= first < second <= 31 else []

    def numeric_date(self, tokens: Sequence[Token], index: int) -> Found:
        match = _NUMERIC_DATE.fullmatch(tokens[index].text)
        if not match:
            return []
        first, second, year_text = int(match.group(1)), int(match.group(3)), match.group(4)
        year = int(year_text) if len(year_text) == 4 else 1900 + int(year_text)
        if len(year_text) == 2 and match.group(2) == ".":
            return []  # "12.05.30" is more often a score or a version than a date
        orders = [(first, second), (second, first)]
        if self.lexicon.numeric_date_order == "MDY":
            orders.reverse()
        for day, month in orders:
            if valid_date(year, month, day):
                return [(index + 1, (year, month, day))]
        return []

    def iso_date(self, tokens: Sequence[Token], index: int) -> Found:
        match = _ISO_DATE.fullmatch(tokens[index].text)
        if not match:
            return []
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
        return [(index + 1, (year, month, day))] if year and valid_date(year, month, day) else []

    def year_range(self, tokens: Sequence[Token], index: int) -> Found:
        match = _YEAR_RANGE.fullmatch(tokens[index].text)
        if not match:
            return []
        first, second_text = int(match.group(1)), match.group(2)
        second = int(second_text)
        if len(second_text) == 2 and first >= 100:
            second += first - first % 100  # "1939-45"
        if not (first and second and first <= MAX_YEAR and second <= MAX_YEAR):
            return []
        return [(index + 1, (first, second))]


def _all_keys(trie: Trie) -> set[str]:
    keys: set[str] = set()
    stack = [trie.root]
    while stack:
        node = stack.pop()
        for key, child in node.items():
            if isinstance(child, dict):
                keys.add(key)
                stack.append(child)
    return keys


def _roman_keys() -> frozenset[str]:
    from cronica.timex.numbers import to_roman

    return frozenset(to_roman(value).lower() for value in range(1, 40))
