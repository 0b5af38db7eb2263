"""Round 16l of #16: learned spans that describe rather than persuade, read from the parse.

The span tagger learned that words like "Jews" or "greatest" go with rhetoric; two shapes of plain history
share those words and no rule of the tagger can tell them apart:

- a population counted or placed: an ethnic or religious group as the subject of a verb of living,
  being born, settling or numbering ("five million Jews … lived in Russia") is demography, not a group
  cast as the agent of a political act (the issue's definition of antisemitic framing);
- a superlative in apposition to a name ("George Washington, the greatest hero of the American
  Revolution, was a Mason") says who the person is, as an encyclopedia does; a superlative that ranks a
  crime or a person against history is the rules' (`superlative_over_history`), and a rule flag overlapping
  a learned span already wins over it.

The words live in context.yaml (`group_labels`, `population_verbs`, `superlative_words`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cronica.folding import fold
from cronica.rhetoric.resources import ContextRules

FRAMING = "Antisemitic_Framing"
EXAGGERATION = "Exaggeration-Minimisation"


def describes_history(match: Span, technique: str, rules: ContextRules) -> bool:
    """True when a learned span of `technique` is one of the plain-history shapes above."""
    if technique == FRAMING:
        return _population_counted(match.sent, rules)
    if technique == EXAGGERATION:
        return _superlative_apposition(match, rules)
    return False


def _population_counted(sentence: Span, rules: ContextRules) -> bool:
    labels = [
        token
        for token in sentence
        if fold(token.lemma_) in rules.group_labels or fold(token.text) in rules.group_labels
    ]
    return bool(labels) and all(_verb_of(token) in rules.population_verbs for token in labels)


def _verb_of(token: Token) -> str:
    """The lemma of the nearest verb above a token (its clause's predicate)."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return fold(token.lemma_)
        if token.head is token:
            break
        token = token.head
    return ""


def _superlative_apposition(match: Span, rules: ContextRules) -> bool:
    return any(
        token.dep_ == "appos"
        and token.head.pos_ == "PROPN"
        and token.pos_ == "NOUN"
        and any(_is_superlative(child, rules) for child in token.children)
        for token in match
    )


def _is_superlative(token: Token, rules: ContextRules) -> bool:
    if (
        token.tag_ == "JJS"
        or fold(token.lemma_) in rules.superlative_words
        or fold(token.text) in rules.superlative_words
    ):
        return True
    return any(fold(child.text) in rules.superlative_words for child in token.children if child.dep_ == "advmod")
