"""Gapped clauses: a second conjunct that repeats the verb's frame without the verb.

"In 1927 Trotsky was expelled from the party and in 1929 from the Soviet Union", "En 1927 Trotski fue
expulsado del partido; en 1929, de la Unión Soviética", "Kamenev was expelled from the party in 1927, and
Bukharin in 1929": the words after the joiner are a second event of the same verb, with a date of their
own. The parser hangs them anywhere (a conjunct of a preposition, of a date, of the verb), so the
remnant is read from the words: after a joiner (cues `gap_joiners`), up to the sentence's end, no verb,
a date, and a noun that is not the date; and the first conjunct has a date too (two parallel dated
clauses). Without all of it there is no remnant ("expelled in 1927 and 1929" is two dates of one verb,
which dating splits; "was arrested in 1905 and exiled in 1906" has a verb of its own).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span, Token

_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class Remnant:
    """The second conjunct of a gapped clause: where it starts and its words."""

    joiner: Token
    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        """Character offset of the joiner: the first conjunct's words all lie before it."""
        return self.joiner.idx


def gapped_remnant(
    token: Token, sentence: Span, timex_tokens: Collection[int], joiners: Collection[str]
) -> Remnant | None:
    """The remnant of a gapped second conjunct after the trigger `token`, or None."""
    if token.pos_ not in _VERBAL and not ("Part" in token.morph.get("VerbForm", []) or token.tag_ == "VBN"):
        return None
    words = [t for t in sentence if t.i > token.i]
    for position, joiner in enumerate(words):
        if joiner.lower_ not in joiners:
            continue
        segment = [t for t in words[position + 1 :] if not (t.is_punct and t.text not in ("'", "’"))]
        if not segment or any(t.pos_ in _VERBAL and t.i not in timex_tokens for t in segment):
            return None  # a verb of its own: a clause, not a remnant (and no later joiner can start one)
        if any(t.lower_ in joiners for t in segment):
            continue  # one remnant at a time: the last one is read from the last joiner
        dated = any(t.i in timex_tokens for t in segment)
        named = any(t.pos_ in _NOMINAL and t.i not in timex_tokens for t in segment)
        first_dated = any(t.i in timex_tokens for t in sentence if t.i < joiner.i)
        if dated and named and first_dated:
            return Remnant(joiner, tuple(segment))
        return None
    return None


def remnant_arguments(remnant: Remnant, timex_tokens: Collection[int]) -> list[tuple[str | None, Token]]:
    """(preposition, head noun) of each phrase of the remnant, in order: the preposition is the word just
    before the phrase ("from the Soviet Union": from; "de la Unión Soviética": de); a phrase with none
    ("and Bukharin in 1929") has None."""
    found: list[tuple[str | None, Token]] = []
    preposition: str | None = None
    inside = False
    for token in remnant.tokens:
        if token.i in timex_tokens:
            preposition, inside = None, False
            continue
        if token.pos_ == "ADP":
            preposition, inside = token.lower_, False
            continue
        if token.pos_ in _NOMINAL:
            if not inside:
                found.append((preposition, _phrase_head(token, remnant)))
                inside = True
            continue
        if token.pos_ not in ("DET", "ADJ", "NUM", "PART"):
            preposition, inside = None, False
    return [(p, h) for i, (p, h) in enumerate(found) if all(h != other for _, other in found[:i])]


def _phrase_head(first: Token, remnant: Remnant) -> Token:
    """The head of the run of nouns that starts at `first`: the one whose head lies outside the run
    ("the Soviet Union": Union; "la Unión Soviética": Unión), else its last noun."""
    run: list[Token] = []
    for token in remnant.tokens:
        if token.i < first.i:
            continue
        if token.pos_ not in _NOMINAL:
            break
        run.append(token)
    members = {t.i for t in run}
    return next((t for t in run if t.head.i not in members or t.head == t), run[-1])


__all__ = ["Remnant", "gapped_remnant", "remnant_arguments"]
