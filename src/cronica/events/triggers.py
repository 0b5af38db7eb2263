"""Trigger detection: which tokens evoke an event type, by the language's lexicon.

Verbs (with voice and reflexive constraints), multiword expressions (a head lemma with
a dependent's lemma: "cometer suicidio", "step down") and nominals ("la expulsión").
Tokens inside a timex never trigger. A trigger's span covers its verb group: passive
auxiliary, negation and reflexive clitic when adjacent ("fue expulsado", "se unió").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from cronica.events.lexicon import Cues, Lexicon, TriggerEntry
from cronica.events.syntax import (
    OPENING_PARTICIPLE,
    appositive_participle,
    clause_token,
    continued_clause,
    first_lemma,
    has_reflexive,
    is_passive,
    listed_participle,
    nominal_participle,
    noun_conjunct_verb,
    participial_opening,
    preposition_of,
    prepositional_arguments,
    serial_participle,
)

#: what a `with_preps` phrase must be headed by: a name or a pronoun, never a common noun ("por orden de")
NAMED_POS = frozenset({"PROPN", "PRON"})


@dataclass(frozen=True)
class TriggerMatch:
    token: Token
    entry: TriggerEntry
    tokens: tuple[int, ...]  # every token of the trigger (aux, "se", particle), for its span
    nominal: bool = False
    #: a predicative noun with a copula ("fue comisario", "was Chairman"): `position` is that noun
    position: Token | None = None
    #: a multiword trigger's dependent noun ("condenado al exilio en Siberia"): its own arguments are the
    #: event's too (the parser hangs the place on the noun)
    dependent: Token | None = None
    #: a headship verb's post-taking governor ("was transferred ... to head"): it dates the post and says
    #: who takes it (its object, or its passive subject)
    onset_governor: Token | None = None


def find_triggers(doc: Doc, lexicon: Lexicon, timex_tokens: set[int]) -> list[TriggerMatch]:
    mark_opening_participles(doc, lexicon)
    matches = list(_triggers(doc, lexicon, timex_tokens))
    verbal = {(m.token.i, m.entry.type) for m in matches if not m.nominal}
    # a noun of the same type governed by a verbal trigger restates it ("murió de muerte natural",
    # "died a natural death"): one event, not two
    matches = [m for m in matches if not m.nominal or not any((a.i, m.entry.type) in verbal for a in m.token.ancestors)]
    # "was appointed to head the OGPU": the headship onset names the post its governor leaves unsaid, so the
    # governor's own event of the same type is that one event said twice
    onsets = {(m.onset_governor.i, m.entry.type) for m in matches if m.onset_governor is not None}
    return [m for m in matches if (m.token.i, m.entry.type) not in onsets]


def mark_opening_participles(doc: Doc, lexicon: Lexicon) -> None:
    """A sentence opening with a word the tagger took for a name or a noun but whose ending makes it a
    participle of a trigger verb (`participle_infinitives`: "Nacida" → nacer), set off by a comma from
    a clause with a verb ("Nacida en 1869, Krúpskaya se casó…"), is a participial opening: the word is
    marked (`syntax.OPENING_PARTICIPLE`), whatever the model tagged it."""
    cues = lexicon.cues
    for sentence in doc.sents:
        first = sentence[0]
        if first.pos_ not in ("PROPN", "NOUN") or not first.is_title or first.ent_type_:
            continue
        if not any(verb in lexicon.verbs for verb in cues.infinitives_of(first.lower_)):
            continue
        rest = doc[first.i + 1 : min(len(doc), sentence.end + 24)]
        comma = next((t for t in rest if t.text == ","), None)
        if comma is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[comma.i + 1 : rest.end]):
            first._.set(OPENING_PARTICIPLE, True)


def _triggers(doc: Doc, lexicon: Lexicon, timex_tokens: set[int]) -> Iterator[TriggerMatch]:
    consumed: set[int] = set()
    cues = lexicon.cues
    for token in doc:
        if token.i in consumed or token.i in timex_tokens:
            continue
        lemma = first_lemma(token)
        multi = _multiword(token, lemma, lexicon)
        if multi is not None:
            consumed.update(multi.tokens)
            yield multi
            continue
        if lemma in cues.repetition_verbs and any(c.dep_ == "xcomp" for c in token.children):
            continue  # "volvió a ser expulsado": the infinitive is the event, happening again
        headship = _headship_onset(token, lemma, lexicon)
        if headship is not None:
            yield headship
            continue
        if _verbal(token, cues):
            lemma = _base_form_lemma(token, cues) or lemma
            if lemma not in lexicon.verbs and (token.pos_ == "ADJ" or token._.get(OPENING_PARTICIPLE)):
                lemma = next((v for v in cues.infinitives_of(token.lower_) if v in lexicon.verbs), lemma)
            elif lemma not in lexicon.verbs:  # a finite form the lemmatizer got wrong ("desterraran")
                lemma = next((v for v in cues.infinitives_of_form(token.lower_) if v in lexicon.verbs), lemma)
            for entry in lexicon.verbs.get(lemma, ()):
                if _entry_fits(token, entry, cues):
                    yield TriggerMatch(token, entry, verb_group(token, cues))
                    break
        elif token.pos_ == "NOUN" and lemma in lexicon.nouns:
            yield TriggerMatch(token, lexicon.nouns[lemma], (token.i,), nominal=True)
        elif lexicon.copular is not None:
            copular = _copular(token, lexicon.copular, cues, lexicon.copular_onset)
            if copular is not None:
                yield copular


def _headship_onset(token: Token, lemma: str, lexicon: Lexicon) -> TriggerMatch | None:
    """ "was transferred to Leningrad to head the party organization", "was moved to head the
    Commissariat", "fue trasladado para dirigir", "pasó a encabezar el Consejo": a headship verb
    controlled by, or the purpose of, a post-taking verb (cues) is the post's start."""
    cues, entry = lexicon.cues, lexicon.headship_onset
    if entry is None or lemma not in cues.headship_verbs or token.pos_ != "VERB":
        return None
    if token.dep_ not in ("xcomp", "advcl") or token.head == token:
        return None
    governor = token.head
    if first_lemma(governor) not in cues.post_taking_verbs:
        return None
    return TriggerMatch(token, entry, verb_group(token, cues), onset_governor=governor)


#: dependencies of a token that heads a clause (a predicative noun heads its copular clause in UD)
_CLAUSE_HEAD_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp", "parataxis", "acl", "relcl", "csubj"})


def _copular(token: Token, entry: TriggerEntry, cues: Cues, onset: TriggerEntry | None = None) -> TriggerMatch | None:
    """ "fue comisario" (UD: the noun heads, the copula is its `cop`), "was Chairman" (ClearNLP: the
    verb heads, the noun is its `attr`). Under a verb of becoming ("pasó a ser presidente", cues
    `onset_verbs`) the clause says the office began: the `onset` entry, its trigger from that verb."""
    if _office_appositive(token, cues):
        return TriggerMatch(token, entry, (token.i,), position=token)
    nominal_head = token.pos_ in ("NOUN", "PROPN") and token.dep_ in _CLAUSE_HEAD_DEPS
    if not nominal_head and not (token.pos_ in ("AUX", "VERB") and first_lemma(token) in cues.passive_aux):
        return None  # (cheap filter first: most tokens head no copular clause)
    if any(c.dep_ == "det" and c.lower_ in cues.indefinite_articles for c in token.children):
        return None  # "fue un revolucionario", "was a Marxist theorist": a description, not an office
    if token.pos_ in ("NOUN", "PROPN"):
        copula = next((c for c in token.children if c.dep_ == "cop" and first_lemma(c) in cues.passive_aux), None)
        if copula is not None and copula.i < token.i:
            governor = token.head
            if onset is not None and token.dep_ == "xcomp" and first_lemma(governor) in cues.onset_verbs:
                return TriggerMatch(token, onset, (governor.i, copula.i), position=token)
            return TriggerMatch(token, entry, (copula.i, token.i), position=token)
    elif token.pos_ in ("AUX", "VERB") and first_lemma(token) in cues.passive_aux:
        noun = next((c for c in token.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
        indefinite = noun is not None and any(
            c.dep_ == "det" and c.lower_ in cues.indefinite_articles for c in noun.children
        )
        if noun is not None and noun.i > token.i and not indefinite:
            return TriggerMatch(token, entry, (token.i, noun.i), position=noun)
    return None


def _office_appositive(token: Token, cues: Cues) -> bool:
    """ "Lenin, the first president of the Soviet Union, died…", "Rykov, presidente de la URSS, fue…": an
    office's title (`office_heads`) set beside a name after a comma says that person held it. A title with an
    indefinite article describes ("Lenin, a leader of…"), and a bare noun with no complement is no office."""
    if token.dep_ != "appos" or token.pos_ not in ("NOUN", "PROPN") or not is_office_title(token, cues):
        return False
    head = token.head
    if head.pos_ != "PROPN" or head.i >= token.i or not any(t.text == "," for t in token.doc[head.i : token.i]):
        return False
    if any(c.dep_ == "det" and c.lower_ in cues.indefinite_articles for c in token.children):
        return False
    return any(c.i > token.i and c.dep_ in ("prep", "nmod", "compound", "pobj") for c in token.children)


def is_office_title(token: Token, cues: Cues) -> bool:
    """The noun heads an office's title ("president", "comisario": cues `office_heads`)."""
    return token.lower_ in cues.office_heads or first_lemma(token) in cues.office_heads


def _multiword(token: Token, lemma: str, lexicon: Lexicon) -> TriggerMatch | None:
    """Head lemma + a dependent's lemma, the dependent possibly behind a preposition ("went into exile");
    a participle the tagger left as an adjective by its infinitive ("y enviado al exilio")."""
    entries = lexicon.multiword.get(lemma, ())
    if not entries and token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm", []):
        heads = (v for v in lexicon.cues.infinitives_of(token.lower_) if v in lexicon.multiword)
        entries = lexicon.multiword.get(next(heads, ""), ())
    for dependent, entry in entries:
        for child in _dependents(token, lexicon.cues.of_prepositions):
            if first_lemma(child) == dependent or child.lower_ == dependent:
                return TriggerMatch(token, entry, (*verb_group(token, lexicon.cues), child.i), dependent=child)
    return None


def _dependents(token: Token, of_prepositions: frozenset[str] = frozenset()) -> Iterator[Token]:
    """The token's dependents, and the "of" complement of a nominal one: "condenado a tres años de
    destierro", "sentenced to four years of exile" say the punishment through a measure noun."""
    for child in _direct_dependents(token):
        yield child
        if child.pos_ in ("NOUN", "PROPN"):
            for inner in _direct_dependents(child):
                if inner.pos_ == "NOUN" and preposition_of(inner) in of_prepositions:
                    yield inner


def _direct_dependents(token: Token) -> Iterator[Token]:
    for child in token.children:
        yield child
        if child.dep_ == "prep":  # ClearNLP: the noun hangs from the preposition
            yield from (grandchild for grandchild in child.children if grandchild.dep_ == "pobj")


def _base_form_lemma(token: Token, cues: Cues) -> str | None:
    """ "helped found Pravda", "to found a party": a base form the lemmatizer took for another verb's
    past ("find"), recognized by what governs it (cues `base_forms`, `base_form_governors`)."""
    lemma = cues.base_forms.get(token.lower_)
    if lemma is None:
        return None
    governors = cues.base_form_governors
    marked = any(c.dep_ in ("aux", "mark") and c.lower_ in governors for c in token.children)
    governed = token.dep_ == "xcomp" and token.head != token and token.head.lower_ in governors
    return lemma if marked or governed else None


def _verbal(token: Token, cues: Cues) -> bool:
    if nominal_participle(token):
        return False  # "the other accused", "los demás acusados": people, not an event
    if token.pos_ == "VERB":
        return True
    if token._.get(OPENING_PARTICIPLE):
        return True  # "Nacida en 1869, …" tagged as a name
    if token.pos_ != "ADJ" or "Part" not in token.morph.get("VerbForm", []):
        return False
    if token.dep_ in ("acomp", "ROOT") or participial_opening(token) is not None:
        return True
    if any(c.dep_ == "cop" and first_lemma(c) in cues.passive_aux and c.i < token.i for c in token.children):
        return True  # "Kámenev, que sería fusilado en 1936": a passive the parser read as copula + adjective
    if appositive_participle(token) is not None:
        return True  # "Sverdlov, nacido en 1885 en Nizhni Nóvgorod, …"
    if continued_clause(token, cues.continuation_adverbs, cues.passive_aux) is not None:
        return True  # "fue detenido en 1898, luego deportado a Siberia en 1900"
    if noun_conjunct_verb(token) is not None and is_passive(token, cues.passive_aux):
        return True  # "fue condenado a muerte y fusilado": the parser coordinated it with "muerte"
    if listed_participle(token) is not None:
        return True  # "Bujarin: expulsado del Politburó (1929); detenido (1937)": a headed list's item
    if serial_participle(token, cues.passive_aux) is not None:
        return True  # "fue expulsado del partido (1927), desterrado a Alma-Atá (1928)": a series
    # "fue expulsado del partido y fusilado en 1937": a participle coordinated with a verbal one
    return (token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX")) or (
        token.dep_ == "conj" and token.head.pos_ == "ADJ" and "Part" in token.head.morph.get("VerbForm", [])
    )


def _entry_fits(token: Token, entry: TriggerEntry, cues: Cues) -> bool:
    passive = is_passive(token, cues.passive_aux, cues.causative_verbs, cues.continuation_adverbs)
    if entry.voice == "passive" and not passive:
        return False
    if entry.voice == "active" and passive:
        return False
    if entry.with_preps and not any(
        prep in entry.with_preps and head.pos_ in NAMED_POS for prep, head in prepositional_arguments(token)
    ):
        return False  # "lo reemplazó con Yezhov", never a cause ("reemplazó a Yagoda por orden de Stalin")
    return not (entry.reflexive and not has_reflexive(token, cues.reflexive, cues.reflexive_clitics))


def verb_group(token: Token, cues: Cues) -> tuple[int, ...]:
    """The verb with its passive auxiliary, negation and reflexive clitic when they are adjacent."""
    group = [token.i]
    clause = clause_token(token)
    if clause != token:
        group.append(clause.i)
    for child in token.children:
        auxiliary = child.dep_ in ("aux", "auxpass", "aux:pass") and first_lemma(child) in cues.passive_aux
        negation = child.dep_ == "neg" or child.lower_ in cues.negation
        if auxiliary or negation or child.lower_ in cues.reflexive:
            group.append(child.i)
    group.sort()
    # keep only the contiguous run that contains the trigger
    start = end = group.index(token.i)
    while start > 0 and group[start - 1] >= group[start] - 2:
        start -= 1
    while end < len(group) - 1 and group[end + 1] <= group[end] + 2:
        end += 1
    return tuple(group[start : end + 1])
