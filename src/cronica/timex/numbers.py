"""Numbers written in digits or words ("mil novecientos cuarenta y ocho", "twenty-one"), ordinals, Roman numerals.

The word parser is language-independent: a language gives its cardinal words,
multipliers ("mil", "thousand", "hundred") and connectors ("y", "and", "-").
Sequences are capped at `MAX_NUMBER_WORDS` tokens so a text made of nothing but
number words is still scanned in linear time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cronica.timex.tokens import Token

MAX_NUMBER_WORDS = 12
MAX_DIGITS = 9
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


@dataclass(frozen=True)
class NumberWords:
    cardinals: Mapping[str, int]
    multipliers: Mapping[str, int]
    connectors: frozenset[str]
    articles: frozenset[str] = frozenset()  # "a", "un": one only before a unit ("a week"), never a day or year

    def parse(self, tokens: Sequence[Token], start: int) -> tuple[int, int] | None:
        """The longest number written in words from `start`, as (end index, value)."""
        total = current = 0
        last_added: int | None = None
        best: tuple[int, int] | None = None
        index = start
        limit = min(len(tokens), start + MAX_NUMBER_WORDS)
        while index < limit:
            key = tokens[index].key
            if key in self.cardinals:
                if index > start and key in self.articles:
                    break  # "a" is one only where a number starts: "$5 million a year ago"
                value = self.cardinals[key]
                if last_added is not None and not (value < last_added and (last_added >= 20 or last_added % 100 == 0)):
                    break
                current += value
                last_added = value if current % 100 else current
            elif key in self.multipliers:
                factor = self.multipliers[key]
                if factor >= 1000:
                    total += max(current, 1) * factor
                    current = 0
                    last_added = factor
                else:
                    if current >= factor:
                        break
                    current = max(current, 1) * factor
                    last_added = current
            elif key in self.connectors and best is not None and index + 1 < limit:
                index += 1
                continue
            else:
                break
            index += 1
            best = (index, total + current)
        return best


def digits_value(token: Token) -> int | None:
    if token.digits and len(token.text) <= MAX_DIGITS:
        return int(token.text)
    return None


def roman_value(text: str) -> int | None:
    """Value of an upper-case Roman numeral, or None if it is not one written canonically."""
    if not text or len(text) > 9 or any(ch not in _ROMAN for ch in text):
        return None
    total = 0
    for index, ch in enumerate(text):
        value = _ROMAN[ch]
        if index + 1 < len(text) and _ROMAN[text[index + 1]] > value:
            total -= value
        else:
            total += value
    return total if total > 0 and to_roman(total) == text else None


def to_roman(value: int) -> str:
    parts = []
    for number, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while value >= number:
            parts.append(letters)
            value -= number
    return "".join(parts)
