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
from functools import cache

from cronica import folding
from cronica.languages import languages

# Each alternative is a single character class with a bounded or possessive-free
# shape, so the scan is linear even on a megabyte of digits.
TOKEN_RE = re.compile(r"\d+(?:[.,:/-]\d+)*|[^\W\d_]+|\S")


@cache
def _letters() -> str:
    return languages().letters


def fold(word: str) -> str:
    """The comparison form of a word (cronica.folding): no case, no accents, except on the letters a
    language keeps apart ("sabado" matches "sábado"; "año" is not "ano")."""
    return folding.fold(word, _letters())


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    key: str  # folded form used for every lexicon and pattern comparison
    start: int
    end: int
    glued: bool  # no white space between this token and the previous one
    digits: bool  # only ASCII digits
    compound: bool  # digit groups joined by punctuation ("23/10/1926")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end], with offsets in `text` (a batch of a long text is read in place)."""
    tokens: list[Token] = []
    append = tokens.append
    folded: dict[str, str] = {}  # words repeat: fold each once per text
    previous_end = -1
    for match in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
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


#: a year and a day joined by an unspaced hyphen: "7 November 1879-21 August 1940"
_YEAR_DAY = re.compile(r"(\d{3,4})-(\d{1,2})")


def split_date_joins(
    tokens: list[Token], month_keys: frozenset[str], joiners: frozenset[str], glued_months: dict[str, int]
) -> list[Token]:
    """Undo two joins the tokenizer cannot see without the lexicon:

    * "1879-21 August", "1906-16 de febrero": a year and the next date's day joined by a
      hyphen (one digit compound) when a month follows (maybe after a joiner such as "de");
      it becomes "1879", "-", "21";
    * "octubrejul.", "noviembre…greg.": a month with a calendar note run into it (copied
      superscripts); `glued_months` maps such keys to the length of their month.

    One pass over the tokens, with a set lookup for most of them."""
    replacements: dict[int, list[Token]] = {}
    for index, token in enumerate(tokens):
        if token.compound:
            match = _YEAR_DAY.fullmatch(token.text)
            if match is None:
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            after = tokens[index + 2] if index + 2 < len(tokens) else None
            month_next = following is not None and following.key in month_keys
            joined_month = following is not None and following.key in joiners and after and after.key in month_keys
            if not (month_next or joined_month):
                continue
            year_end = token.start + match.end(1)
            day_start = token.start + match.start(2)
            replacements[index] = [
                Token(match.group(1), match.group(1), token.start, year_end, token.glued, True, False),
                Token("-", "-", year_end, day_start, True, False, False),
                Token(match.group(2), match.group(2), day_start, token.end, True, True, False),
            ]
        elif token.key in glued_months:
            cut = token.start + glued_months[token.key]
            month, note = token.text[: cut - token.start], token.text[cut - token.start :]
            replacements[index] = [
                Token(month, fold(month), token.start, cut, token.glued, False, False),
                Token(note, fold(note), cut, token.end, True, False, False),
            ]
    if not replacements:
        return tokens
    refined: list[Token] = []
    for index, token in enumerate(tokens):
        refined.extend(replacements.get(index, (token,)))
    return refined
