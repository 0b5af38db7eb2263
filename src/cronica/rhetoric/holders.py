"""Round 16o of #16: a label given as others' view, or a reported charge, read from the parse.

A historian reports labels without using them: "para sus detractores es un criminal", "To the Francoist press,
the defenders of Madrid were red hordes", "In Stalin's speeches Tito became a fascist agent", "fue acusado de ser
un agente del fascismo". The label is the holder's or the accuser's, and its flag is attributed, not the
author's. Two frames, the words of each in context.yaml:

- a holder fronted before the predicate of the label's clause: a phrase of a holder preposition
  (`holder_prepositions`: para, for, to) whose noun is a party (a name, a pronoun, a plural noun, a noun of
  view or report), or any fronted phrase whose noun is a noun of view or report (`holder_nouns`: ojos,
  discursos, propaganda, indictment). A holder that is everyone (`universal_words`: "para cualquier persona
  decente") or the author ("para mí", "in my view") is the author's own appeal: no frame;
- a charge (`charge_words`: accused, acusado, tachado, tildado, read as a verb or an adjective, never the noun
  of "in charge of") whose complement holds the label.

The walk up from the label stops at a new clause joined by coordination ("his enemies called him a tyrant, and
they were right: he was a fanatic"): a report does not reach the author's next clause.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from cronica.folding import fold
from cronica.rhetoric.resources import ContextRules

#: how many heads a walk up from the label climbs at most
MAX_STEPS = 10
#: dependencies of the one who accuses or speaks, and of the one accused (not the label's place)
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "agent", "obl:agent"})
#: entity types that are no party: "For decades…", "Para 1937…"
NOT_A_PARTY = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


@dataclass(frozen=True)
class Frame:
    """A report over a label: `speaker` is the holder's or the accuser's token, None when the parse names none."""

    speaker: Token | None


def frame_above(match: Span, rules: ContextRules) -> Frame | None:
    """The report whose scope holds a flag: a verdict or a standing whose role it is, a charge above it, or a
    holder fronted before its clause's predicate, walking up from the flag's root."""
    return verdict_of(match.root, rules) or _walk(match.root, match, rules, charge_inside=False)


#: how many nouns the walk from a role to its verdict may cross ("condemned Dreyfus as a traitor" parsed with
#: the role on Dreyfus; "condenado en ausencia como traidor" with the role on "ausencia")
MAX_NOUN_HOPS = 2
#: the dependencies of the word that marks a role on the label: English "as" is its head, Spanish "como" or
#: "por" its child
ROLE_CHILD_DEPS = frozenset({"case", "mark"})
#: a participle that modifies the label ("a traitor convicted by a court martial")
MODIFIER_DEPS = frozenset({"acl", "amod"})


def verdict_of(label: Token, rules: ContextRules) -> Frame | None:
    """A label given as the role of a verdict or a standing (round 16q; context.yaml `verdict_verbs`): the court
    or history gives it, not the writer. The court speaks when the parse names it ("the Convention tried Danton
    as a traitor"); a passive ("was shot as a traitor") or a standing ("went down in history as") names no one."""
    for child in label.children:
        if child.dep_ in MODIFIER_DEPS and _in(child, rules.verdict_verbs):
            return Frame(_agent(child))  # "a traitor convicted by a court martial"
    head = _role_head(label, rules)
    for _ in range(MAX_NOUN_HOPS + 1):
        if head is None:
            return None
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            if _in(head, rules.verdict_verbs):
                if label.i < head.i and not _passive(head):
                    return None  # "As a tyrant, Stalin executed thousands": the role is the actor's, the writer's label
                return Frame(_agent(head))
            return Frame(None) if _standing(head, rules) else None
        if any(child.dep_ in MODIFIER_DEPS and _in(child, rules.verdict_verbs) for child in head.children):
            return Frame(None)  # "convicted Dreyfus as a traitor", the participle parsed on the name
        head = None if head.head is head else head.head
    return None


def _role_head(label: Token, rules: ContextRules) -> Token | None:
    """What the label is the role of: the head of English "as", or the label's head when Spanish "como" marks it
    ("por" only before a bare noun: "condenado por traidor", never "denunciado por los traidores", the agent)."""
    if label.dep_ == "pobj" and _in(label.head, rules.role_markers) and label.head.head is not label.head:
        return label.head.head
    for child in label.children:
        if child.dep_ in ROLE_CHILD_DEPS and _in(child, rules.role_markers):
            if fold(child.text) == "por" and any(word.dep_ == "det" for word in label.children):
                return None
            return None if label.head is label else label.head
    return None


#: the auxiliaries of a passive the Spanish model tags plain "aux" ("fue fusilado")
PASSIVE_AUXILIARIES = frozenset({"be", "ser"})


def _passive(verb: Token) -> bool:
    """A passive verdict ("was shot", "fue fusilado"): its subject is the one judged, wherever the role stands."""
    if any(child.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for child in verb.children):
        return True
    participle = "Part" in verb.morph.get("VerbForm", [])
    return participle and any(
        child.dep_ == "aux" and fold(child.lemma_) in PASSIVE_AUXILIARIES for child in verb.children
    )


def _standing(verb: Token, rules: ContextRules) -> bool:
    """A verb with a noun of standing under it, directly or through its preposition: "went down in history",
    "pasó a la historia"."""
    for child in verb.children:
        nouns = [child, *(word for word in child.children if word.dep_ == "pobj")]
        if any(_in(noun, rules.standing_nouns) for noun in nouns):
            return True
    return False


def frame_within(match: Span, rules: ContextRules) -> Frame | None:
    """A learned span that holds its own report and ends in its scope ("…; para sus detractores es un
    criminal, responsable de…", "…el POUM, acusado de ser un agente del fascismo"): the walk starts at the
    span's last word, and a charge inside the span counts."""
    words = [token for token in match if not token.is_punct]
    if not words:
        return None
    return _walk(words[-1], match, rules, charge_inside=True)


def _walk(start: Token, match: Span, rules: ContextRules, charge_inside: bool) -> Frame | None:
    token, child = start, None
    for _ in range(MAX_STEPS):
        if child is not None and _new_clause(child):
            return None
        reached_by_subject = child is not None and child.dep_ in SUBJECT_DEPS
        if not reached_by_subject and (charge_inside or token not in match) and _is_charge(token, rules):
            return Frame(_agent(token))
        found = _fronted_holder(token, start.i, rules)
        if found is not None:
            return None if found is AUTHORS_OWN else found
        if token.head is token:
            return None
        child, token = token, token.head
    return None


def _new_clause(token: Token) -> bool:
    """A coordinated or juxtaposed clause: its own verb, subject or copula."""
    if token.dep_ not in ("conj", "parataxis"):
        return False
    return token.pos_ in ("VERB", "AUX") or any(
        child.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "cop") for child in token.children
    )


def _is_charge(token: Token, rules: ContextRules) -> bool:
    """A charge made: a verb or its participle, not an infinitive that names the act ("la táctica de culpar a
    los demás" describes a tactic, it reports no charge)."""
    if token.pos_ not in ("VERB", "ADJ", "AUX") or "Inf" in token.morph.get("VerbForm", []):
        return False
    return fold(token.lemma_) in rules.charge_words or fold(token.text) in rules.charge_words


def _agent(verb: Token) -> Token | None:
    """Who accuses: the active subject, or the passive's agent ("by X", "por X")."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((word for word in child.children if word.dep_ == "pobj"), None)
        if child.dep_ == "obl:agent":
            return child
    passive = any(child.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for child in verb.children)
    if passive or verb.pos_ == "ADJ":
        return None
    return _subject(verb)


def _subject(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ == "nsubj"), None)


#: `_fronted_holder`'s answer for the author's own holder ("para mí", "to any decent person"): no report
AUTHORS_OWN = Frame(None)  # compared by identity: a charge without a named accuser is another Frame(None)


def _fronted_holder(predicate: Token, label: int, rules: ContextRules) -> Frame | None:
    """A phrase before the predicate and before the label that names whose view the clause gives. The predicate
    is a clause's: a verb, a copula's predicate or the sentence's root ("la supresión de las fronteras … para los
    autóctonos" is a noun's complement, no view). A clause in which the author speaks in the first person ("para
    los republicanos, lo que voy a decir es desesperante") stays the author's."""
    if not _is_predicate(predicate):
        return None
    for child in predicate.children:
        if child.i >= predicate.i or child.i >= label:
            continue
        marker: Token | None
        noun: Token | None
        if child.dep_ == "prep":
            marker, noun = child, next((word for word in child.children if word.dep_ == "pobj"), None)
        elif child.dep_ in ("obl", "nmod"):
            marker, noun = next((word for word in child.children if word.dep_ == "case"), None), child
        else:
            continue
        if noun is None:
            continue
        if _in(noun, rules.holder_nouns):
            if _is_first_person(noun, rules) or any(_is_first_person(word, rules) for word in noun.children):
                return AUTHORS_OWN  # "in my view", "a mi juicio"
            return Frame(_possessor(noun) or noun)
        if marker is not None and _in(marker, rules.holder_prepositions) and _is_party(noun):
            if _is_first_person(noun, rules) or _is_universal(noun, rules):
                return AUTHORS_OWN  # "para mí", "to any decent person": the author's own appeal
            if any(_is_first_person(word, rules) for word in predicate.subtree if word not in noun.subtree):
                return AUTHORS_OWN  # "para los republicanos, lo que voy a decir…": the author speaks
            return Frame(noun)
    return None


def _is_predicate(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT" or any(child.dep_ == "cop" for child in token.children)


def _in(token: Token, words: frozenset[str]) -> bool:
    return fold(token.lemma_) in words or fold(token.text) in words


def _is_party(noun: Token) -> bool:
    """A name, an indefinite pronoun or a plural noun, not a time or a number ("para sus detractores", "to the
    Whites", "para muchos de sus partidarios"; not "for decades"). Not a personal pronoun: "para ello" is a
    purpose, and "para ellos, la vida no vale nada" is how a polemic states its enemies' mind."""
    if noun.like_num or noun.ent_type_ in NOT_A_PARTY:
        return False
    if noun.pos_ == "PROPN":
        return True
    if noun.pos_ == "PRON":
        return "Prs" not in noun.morph.get("PronType", [])
    return noun.pos_ == "NOUN" and "Plur" in noun.morph.get("Number", [])


def _is_first_person(token: Token, rules: ContextRules) -> bool:
    return fold(token.text) in rules.first_person or "1" in token.morph.get("Person", [])


def _is_universal(noun: Token, rules: ContextRules) -> bool:
    return _in(noun, rules.universal_words) or any(_in(word, rules.universal_words) for word in noun.children)


def _possessor(noun: Token) -> Token | None:
    """Whose view or report: "Stalin's speeches", "los discursos de Stalin", "the eyes of the Whites"."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "nmod" and child.i > noun.i):
            return child
        if child.dep_ == "prep" and child.i > noun.i:
            return next((word for word in child.children if word.dep_ == "pobj"), None)
    return None
