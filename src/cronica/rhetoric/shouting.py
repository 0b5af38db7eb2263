"""Sentences written in capitals, read again in lower case (seventh round of #16).

A small spaCy model parses "LA PESTILENCIA COMUNISTA" or "UN BANQUERO MARXISTA CONTRA LOS ZARES" as a
run of proper nouns: no lemma, no part of speech, no dependency a rule can read, so every rule of the
stage misses what it would find in the same words in lower case. The rules read such a sentence
again from a parse of its lower-cased text. Lower-casing keeps every character offset (it is used
only when the lengths agree), so the flags land on the capitals of the original text.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

#: a sentence is shouted when at least this share of its words (two letters or more) are in capitals
SHOUTED_SHARE = 0.8
#: … and it has at least this many such words (not "NATO and the USSR signed")
MIN_SHOUTED_WORDS = 3


def is_shouted(sentence: Span) -> bool:
    """Most of the sentence's words are written in capitals."""
    words = [token.text for token in sentence if token.is_alpha and len(token.text) >= 2]
    upper = sum(1 for word in words if word.isupper())
    return upper >= MIN_SHOUTED_WORDS and upper >= SHOUTED_SHARE * len(words)


def lowered_sentences(doc: Doc, parse: Callable[[str], Doc]) -> list[tuple[int, Doc]]:
    """(offset of the sentence in `doc`, the parse of its lower-cased text) for each shouted sentence.

    `parse` is called only when there is one, so a text without capitals costs nothing."""
    found = []
    for sentence in doc.sents:
        if not is_shouted(sentence):
            continue
        lowered = sentence.text.lower()
        if len(lowered) != len(sentence.text):  # a letter whose lower case is longer ("İ"): offsets would move
            continue
        found.append((sentence.start_char, parse(lowered)))
    return found
