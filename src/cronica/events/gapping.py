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


def gapped_remnants(
    token: Token, sentence: Span, timex_tokens: Collection[int], joiners: Collection[str]
) -> list[Remnant]:
    """The remnants of gapped conjuncts after the trigger `token`, in order, or none. A list of them
    runs on with commas ("expelling him from the Politburo in 1926, from the party in 1927, from Moscow in
    1928, and from the USSR in 1929"): read from the end, each piece after a comma or a joiner that is
    verbless, dated and names something is a remnant, up to the first that is not; the last one must
    follow a joiner, and the first conjunct must be dated."""
    if token.pos_ not in _VERBAL and not ("Part" in token.morph.get("VerbForm", []) or token.tag_ == "VBN"):
        return []
    words = [t for t in sentence if t.i > token.i]
    pieces: list[tuple[Token, list[Token]]] = []  # (boundary, words after it)
    for word in words:
        if word.lower_ in joiners or word.text == ",":
            if pieces and not pieces[-1][1]:
                pieces[-1] = (word if word.lower_ in joiners else pieces[-1][0], [])  # ", and": one boundary
            else:
                pieces.append((word, []))
        elif pieces:
            pieces[-1][1].append(word)
    merged: list[tuple[Token, list[Token]]] = []
    for boundary, piece in pieces:  # "; en 1929, de la Unión Soviética": a comma inside one remnant
        if boundary.text == "," and merged and not _remnant_like(_words(piece), timex_tokens):
            merged[-1][1].extend(piece)
        else:
            merged.append((boundary, piece))
    pieces = merged
    if not pieces or pieces[-1][0].lower_ not in joiners:
        return []
    found: list[Remnant] = []
    for boundary, piece in reversed(pieces):
        segment = _words(piece)
        if not _remnant_like(segment, timex_tokens):
            break
        found.append(Remnant(boundary, tuple(segment)))
    if not found or not any(t.i in timex_tokens for t in sentence if t.i < found[-1].joiner.i):
        return []
    return list(reversed(found))


def _words(piece: list[Token]) -> list[Token]:
    return [t for t in piece if not (t.is_punct and t.text not in ("'", "’"))]


def _remnant_like(segment: list[Token], timex_tokens: Collection[int]) -> bool:
    """No verb, a date, and a noun that is not the date. A participle is a verb here: "…; desterrado a
    Alma-Atá (1928); expulsado de la URSS (1929)" is a list of predicates, not a gapped one."""
    if not segment or any((t.pos_ in _VERBAL or _participle(t)) and t.i not in timex_tokens for t in segment):
        return False
    dated = any(t.i in timex_tokens for t in segment)
    return dated and any(t.pos_ in _NOMINAL and t.i not in timex_tokens for t in segment)


def _participle(token: Token) -> bool:
    return token.tag_ == "VBN" or (token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm", []))


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


__all__ = ["Remnant", "gapped_remnants", "remnant_arguments"]
