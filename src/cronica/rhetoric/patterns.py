"""The small pattern language of the lexicons, compiled once and matched over token keys.

A pattern is a sequence of token tests and gaps (syntax in resources/*/lexicon.yaml).
Tokens are compared by lemma and by form, without case or accents, so one entry covers
inflected and derived forms (delictivo/delictiva/delictivas; masón/masonería/masónico);
`=form` asks for that exact form when the plural means something else ("world governments").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cronica.errors import CronicaError
from cronica.folding import fold  # the comparison key of patterns and tokens ("Élites" → "elites"; ñ too)


@dataclass(frozen=True, slots=True)
class TokenKey:
    """What a pattern sees of a token: folded lemma and form, and the coarse part of speech."""

    lemma: str
    form: str
    pos: str


@dataclass(frozen=True, slots=True)
class Alternative:
    word: str
    prefix: bool = False
    pos: str | None = None
    form_only: bool = False  # "=gobierno": this form, not every form of the lemma (not "gobiernos")

    def accepts(self, token: TokenKey) -> bool:
        if self.pos and token.pos != self.pos:
            return False
        if self.form_only:
            return token.form == self.word
        if self.prefix:
            return token.lemma.startswith(self.word) or token.form.startswith(self.word)
        return token.lemma == self.word or token.form == self.word


@dataclass(frozen=True, slots=True)
class Step:
    """One token test (any alternative) or, when `gap` > 0, up to `gap` tokens of anything."""

    alternatives: tuple[Alternative, ...] = ()
    gap: int = 0

    def accepts(self, token: TokenKey) -> bool:
        return any(alternative.accepts(token) for alternative in self.alternatives)


@dataclass(frozen=True, slots=True)
class Pattern:
    source: str
    steps: tuple[Step, ...]

    def match_at(self, tokens: Sequence[TokenKey], start: int, limit: int) -> int | None:
        """End (exclusive) of the shortest match starting at `start` and ending before `limit`."""
        return _match(self.steps, 0, tokens, start, limit)


def _match(steps: Sequence[Step], index: int, tokens: Sequence[TokenKey], position: int, limit: int) -> int | None:
    if index == len(steps):
        return position
    step = steps[index]
    if step.gap:
        for skip in range(step.gap + 1):
            if position + skip > limit:
                break
            end = _match(steps, index + 1, tokens, position + skip, limit)
            if end is not None:
                return end
        return None
    if position < limit and step.accepts(tokens[position]):
        return _match(steps, index + 1, tokens, position + 1, limit)
    return None


def compile_pattern(source: str) -> Pattern:
    """Parse "a|b ~3 stem*/VERB" into steps; a malformed pattern is a one-line error naming it."""
    steps: list[Step] = []
    for part in source.split():
        if part.startswith("~"):
            if not part[1:].isdigit() or not steps:
                raise CronicaError(f"pattern {source!r}: a gap is ~N after a token test")
            steps.append(Step(gap=int(part[1:])))
            continue
        alternatives = []
        for item in part.split("|"):
            word, _, pos = item.partition("/")
            form_only = word.startswith("=")
            word = word[1:] if form_only else word
            prefix = word.endswith("*") and len(word) > 1 and not form_only
            word = fold(word[:-1] if prefix else word)
            if not word:
                raise CronicaError(f"pattern {source!r}: empty alternative in {part!r}")
            alternatives.append(Alternative(word, prefix, pos or None, form_only))
        steps.append(Step(tuple(alternatives)))
    if not steps or steps[0].gap or steps[-1].gap:
        raise CronicaError(f"pattern {source!r}: must start and end with a token test")
    return Pattern(source, tuple(steps))
