"""Tokenization for the temporal tagger: one linear regex pass, no spaCy.

Digit groups joined by `. , : / -` stay one token ("1.000", "23/10/1926",
"4:00", "1926-10-23"), so "1.000 lempiras" can never look like a year and a
numeric date is judged as a whole. Every token keeps its character offsets and
whether it touches the previous one (`glued`), which patterns such as "1920s"
("1920" + glued "s") rely on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each alternative is a single character class with a bounded or possessive-free
# shape, so the scan is linear even on a megabyte of digits.
TOKEN_RE = re.compile(r"\d+(?:[.,:/-]\d+)*|[^\W\d_]+|\S")

#: acute accents and diaeresis are folded so "sabado" matches "sábado"; ñ is kept ("año" ≠ "ano")
_FOLD = str.maketrans("áéíóúüàèìòùâêîôû", "aeiouuaeiouaeiou")


def fold(word: str) -> str:
    """The comparison form of a word: lower case, vowel accents removed."""
    return word.lower().translate(_FOLD)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    key: str  # folded form used for every lexicon and pattern comparison
    start: int
    end: int
    glued: bool  # no white space between this token and the previous one
    digits: bool  # only ASCII digits
    compound: bool  # digit groups joined by punctuation ("23/10/1926")


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    folded: dict[str, str] = {}  # words repeat: fold each once per text
    previous_end = -1
    for match in TOKEN_RE.finditer(text):
        word = match.group()
        start, end = match.span()
        key = folded.get(word)
        if key is None:
            key = folded[word] = fold(word)
        is_number = "0" <= word[0] <= "9"
        digits = is_number and word.isdigit()
        append(Token(word, key, start, end, start == previous_end, digits, is_number and not digits))
        previous_end = end
    return tokens


def token_keys(token: Token) -> tuple[str, ...]:
    """The keys under which rules may start at this token (see `patterns.RuleIndex`)."""
    if token.digits:
        return (token.key, DIGITS_KEY)
    if token.compound:
        return (COMPOUND_KEY,)
    return (token.key,)


DIGITS_KEY = "#digits"
COMPOUND_KEY = "#compound"
