"""What a relative pronoun stands for (docs/events.md, "Relative clauses").

A relative pronoun takes the place of the noun its clause modifies, in whatever role the pronoun fills in
its own clause: the subject ("Trotski, que fue expulsado"), the object ("the party, which he joined";
"Bujarin, a quien detuvieron"), the body of a preposition ("del que fue expulsado", "from which he was
removed"). Three shapes need more than the parser's attachment:

- the pronoun under a preposition: English hangs "which" on "from", and "from" on the clause's verb;
- a predicative noun as antecedent ("Dzerzhinsky was a revolutionary who founded the Cheka", "Bujarin fue
  un teórico que fue fusilado", "one of the editors who founded Pravda"): the noun describes the copula's
  subject, and that person is whom the pronoun means;
- a person named inside the antecedent's phrase right before the pronoun ("a close ally of Lenin who was
  expelled", "un colaborador de Lenin, quien murió"): either could be meant, so both are readings, and the
  verifier contradicts only what is false of both. The Spanish small parser may also hang such a clause
  on the main verb (advcl); a comma-led relative right after a noun phrase then modifies that phrase.

The main clause's subject is never the antecedent by default: only the noun the clause follows is.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from cronica.events.syntax import SUBJECT_DEPS

#: dependencies of a relative clause on the noun it modifies
RELATIVE_CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})
#: dependencies of a predicative noun on its copula (ClearNLP "attr"); UD hangs the copula on the noun
_PREDICATIVE_DEPS = frozenset({"attr"})
#: the copula's dependency in UD
_COPULA_DEPS = frozenset({"cop"})
#: a clause the parser hung on the main verb instead of the noun right before it
_MISATTACHED_DEPS = frozenset({"advcl", "parataxis", "conj"})


@dataclass(frozen=True, slots=True)
class Antecedent:
    """The token a relative pronoun stands for, and a second reading when the words leave two."""

    head: Token
    other: Token | None = None


def relative_clause(pronoun: Token) -> Token | None:
    """The verb of the clause the relative pronoun opens: its head, or its preposition's head ("from
    which he was removed": which → from → removed)."""
    clause = pronoun.head
    if clause.pos_ == "ADP" and clause.head != clause:
        clause = clause.head
    return clause if clause != pronoun else None


def antecedent_of(pronoun: Token, of_words: frozenset[str], one_words: frozenset[str]) -> Antecedent | None:
    """What `pronoun` (a word of the language's `relative_pronouns`) stands for, or None when its clause
    modifies no noun (a complementizer the parser took for a pronoun). `of_words`: the language's "of"
    prepositions; `one_words`: "one", "uno", "una" ("one of the editors who …")."""
    clause = relative_clause(pronoun)
    if clause is None:
        return None
    noun: Token | None = None
    if clause.dep_ in RELATIVE_CLAUSE_DEPS and clause.head != clause:
        noun = clause.head
    elif clause.dep_ in _MISATTACHED_DEPS:
        noun = _noun_before(pronoun)
    if noun is None:
        return None
    head = _described(noun, of_words, one_words) or noun
    nearer = _name_before(pronoun, noun)
    if nearer is not None:  # "un colaborador de Lenin, quien murió": Lenin, or the collaborator
        return Antecedent(head, nearer)
    outer = _outer_noun(noun, of_words)
    if outer is not None:  # "a close ally of Lenin who was expelled", hung on "Lenin": the ally too
        return Antecedent(head, _described(outer, of_words, one_words) or outer)
    return Antecedent(head)


def _outer_noun(noun: Token, of_words: frozenset[str]) -> Token | None:
    """The common noun whose of-phrase the name `noun` ends ("ally of Lenin", "colaborador de Lenin")."""
    if noun.pos_ != "PROPN":
        return None
    preposition = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in of_words), None)
    if preposition is not None and noun.dep_ == "nmod" and noun.head != noun:
        return noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in of_words and head.head != head and head.head.pos_ == "NOUN":
        return head.head
    return None


def _first_of_relative(pronoun: Token) -> int:
    """Index of the first word of the relative phrase: "a quien", "del que", "en la que", "from which"."""
    index = pronoun.i
    doc = pronoun.doc
    while index > 0 and doc[index - 1].pos_ in ("ADP", "DET") and doc[index - 1].head.i in (pronoun.i, index):
        index -= 1
    while index > 0 and doc[index - 1].pos_ in ("ADP", "DET") and index > pronoun.i - 3:
        index -= 1
    return index


def _last_before(pronoun: Token) -> Token | None:
    """The word right before the relative phrase and its comma."""
    index = _first_of_relative(pronoun) - 1
    doc = pronoun.doc
    if index >= 0 and doc[index].text == ",":
        index -= 1
    return doc[index] if index >= 0 else None


def _noun_before(pronoun: Token) -> Token | None:
    """A comma-led relative the parser hung on the main verb: the noun phrase right before the comma."""
    first = _first_of_relative(pronoun)
    if first == 0 or pronoun.doc[first - 1].text != ",":
        return None
    word = _last_before(pronoun)
    if word is None or word.pos_ not in ("NOUN", "PROPN"):
        return None
    while word.dep_ in ("flat", "flat:name", "compound") and word.head != word and word.head.i < word.i:
        word = word.head
    return word


def _name_before(pronoun: Token, noun: Token) -> Token | None:
    """A proper noun ending right before the relative phrase, inside `noun`'s phrase but not its head
    ("un colaborador de Lenin, quien"): a second candidate for the pronoun."""
    word = _last_before(pronoun)
    if word is None or word.pos_ != "PROPN":
        return None
    head = word
    while head.dep_ in ("flat", "flat:name", "compound") and head.head != head and head.head.i < head.i:
        head = head.head
    if head.i == noun.i or head.i > pronoun.i:
        return None
    node = head
    for _ in range(4):  # the name hangs under the antecedent's phrase ("of Lenin", "de Lenin")
        if node.head == node:
            break
        node = node.head
        if node.i == noun.i or (node.i < pronoun.i and node == noun.head):
            return head
    return None


def _described(noun: Token, of_words: frozenset[str], one_words: frozenset[str]) -> Token | None:
    """The subject of the copula whose predicative noun `noun` is ("was a revolutionary who", "fue un
    teórico que", "was one of the editors who"), or None when `noun` is no predicate."""
    node = noun
    # "one of the editors": the predicate is "one", the noun its of-phrase
    preposition = node.head
    if (
        preposition.pos_ == "ADP"
        and preposition.lower_ in of_words
        and preposition.head.lower_ in one_words
        and preposition.head != preposition
    ):
        node = preposition.head
    elif node.dep_ == "nmod" and node.head.lower_ in one_words:
        node = node.head
    if node.dep_ in _PREDICATIVE_DEPS and node.head != node:
        subjects = [c for c in node.head.children if c.dep_ in SUBJECT_DEPS and c.i < node.i]
        return subjects[0] if len(subjects) == 1 else None
    # UD: the copula and the subject hang on the predicate (or on an adjective the parser made its head)
    for predicate in (node, node.head):
        if any(c.dep_ in _COPULA_DEPS for c in predicate.children):
            subjects = [c for c in predicate.children if c.dep_ in SUBJECT_DEPS and c.i < node.i]
            if len(subjects) == 1 and subjects[0].i != noun.i:
                return subjects[0]
        if predicate.head == predicate or predicate.dep_ not in ("amod", "obj", "ROOT"):
            break
    return None
