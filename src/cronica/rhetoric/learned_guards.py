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

Round 16n adds a third shape, for a learned span of any technique: a sentence that RANKS without rhetoric. The
tagger learned that a superlative over history goes with rhetoric; plain history ranks too, and two forms of it
are descriptive by their construction:

- a ranking given as a standing, the superlative under a verb of reputation ("La Gran Hambruna China está
  considerada como la más mortífera…", "era considerado el hombre más rico de España", "is regarded as the
  richest man in history"): the sentence reports how the thing is held, not the author's judgement;
- a ranking measured, the superlative as a copula's predicate with its count in the same sentence
  ("Stalingrado fue la batalla más sangrienta de la última guerra mundial…: casi dos millones de muertos"),
  when no word of the sentence is evidence of rhetoric (`evidence_words`: an evaluative word, a hidden agent,
  the reader addressed). A ranking with such a word ("fue el mayor robo de la Historia… el colmo del
  vandalismo"), or without its measure, stays the tagger's.

The words live in context.yaml (`reputation_verbs`, `evidence_words`).

Round 16o adds a guard of another kind: a learned span that REPORTS a label rather than uses it. The tagger reads
the label's words ("un criminal", "un agente del fascismo") and not the frame around them; when the span ends
inside the scope of a holder fronted before its clause ("…; para sus detractores es un criminal, responsable de…")
or of a charge ("…el POUM, acusado de ser un agente del fascismo…"), the label is the holder's or the accuser's:
the span is kept, attributed (`reported_label`; the frames and their words are holders.py's, context.yaml's
`holder_prepositions`, `holder_nouns`, `universal_words`, `charge_words`).

Round 16n2 adds a fourth shape, for a learned span of any technique: a sentence whose holder is SCHOLARSHIP. The
tagger reads the words of a judgement ("un genocidio impuesto por el gobierno estalinista", "the campaign against
the so-called Jewish rootless cosmopolitans"); when the sentence gives them as the state of the question, they are
no author's persuasion:

- a noun of the discipline (`scholar_nouns`: historians, scholarship, debate; historiadores, estudiosos) as the
  subject or the agent of a verb ("La hambruna … es considerada por los historiadores como un genocidio…",
  "Historians typically relate it to…"), or as the complement of the sentence's predicate ("remain topics of
  controversy and active scholarship");
- an impersonal verb of naming (`designation_verbs`) whose clause holds a quoted term ("a veces se denomina al
  proceso como un «autogenocidio»", "is sometimes called “autogenocide”"): a name given, not a judgement.

Only when no word of the sentence is evidence of rhetoric (`evidence_words`): "La historiografía oficial … no
suele estar a favor de la investigación de la verdad" and "establishment historians … misrepresent" stay the
tagger's.

Round 16d adds a fifth shape, for a learned span of any technique: a sentence that DEFINES a term. The tagger reads
the words of a definition ("a political system in which the state holds total control…", «una ideología social
caracterizada por… la eliminación de las clases sociales y el Estado») as the words of a judgement; a definition says
what a word means, as a dictionary does. From the parse:

- the term as the subject (a noun or a name, not a pronoun) and, as the predicate of a copula, a class noun
  (`class_nouns`: system, ideology, term, category, policy; sistema, ideología, término, política) with what sets it
  apart on it (a relative clause, a participle, an adjective, a complement): "Totalitarianism is a political system
  in which…", "Kulaks were a category of relatively affluent peasants…", "Un gulag es un campo de trabajos forzados…";
- a verb that defines (`definition_verbs`: refer, mean, stand for, define; referirse, significar, denominar,
  definir) with the term as its subject, or impersonal: "The term “gulag” refers to…", "se denomina X a…";
- a term noun of `term_markers` as the subject, whatever the verb: "El término Revolución rusa agrupa todos los
  sucesos…", "The label carried a political meaning…";
- the sentence right after such a definition when it opens with the term or with an opener (`definition_openers`:
  it, this; este, esta): "It is characterized by a highly centralized, autocratic government…".

Only when no rule flag is in the sentence (the caller's check), no group label (`group_labels`) and no word of
`evidence_words` but `definition_plain_words` (a definition of a regime says who holds control): "Communism is a
Jewish plot…", "The New World Order … is the long-term plan to create a one-world oligarchical government",
"So communism is the political philosophy of evil people" stay the tagger's.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from cronica.folding import fold
from cronica.rhetoric.holders import Frame, frame_within
from cronica.rhetoric.resources import ContextRules

FRAMING = "Antisemitic_Framing"
EXAGGERATION = "Exaggeration-Minimisation"


def named_technique(technique: str, alternatives: Sequence[str], sentence: Span, rules: ContextRules) -> str:
    """The technique a learned span is shown with. Antisemitic framing only when the sentence holds a Jewish
    reference or a name used as its code (`framing_words`, round 16q): the tagger reads the words of hostility
    and may name a sentence about smallpox in the Americas so, and a reader takes the name as an accusation.
    Otherwise the tagger's next technique."""
    if technique != FRAMING or any(_in_stems(token, rules.framing_words) for token in sentence):
        return technique
    return next((other for other in alternatives if other != FRAMING), technique)


def describes_history(match: Span, technique: str, rules: ContextRules) -> bool:
    """True when a learned span of `technique` is one of the plain-history shapes above."""
    if technique == FRAMING and _population_counted(match.sent, rules):
        return True
    if technique == EXAGGERATION and _superlative_apposition(match, rules):
        return True
    return ranks_without_rhetoric(match.sent, rules) or scholarship_holds(match.sent, rules)


def scholarship_holds(sentence: Span, rules: ContextRules) -> bool:
    """True when scholarship holds what the sentence says, or the sentence names a quoted term impersonally,
    and no word of it is evidence of rhetoric (round 16n2; the module's docstring)."""
    if not any(_is_scholar(token, rules) or _designates(token, rules) for token in sentence):
        return False
    if any(_is_evidence(token, rules) for token in sentence):
        return False
    return any(_scholar_holds(token, rules) for token in sentence if _is_scholar(token, rules)) or any(
        _designates(token, rules) and _impersonal_with_quoted_term(token) for token in sentence
    )


#: a scholar noun that says or holds: a clause's subject, or the passive's agent
HOLDER_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obl:agent"})
#: the prepositions of a passive's agent ("by historians", "por los historiadores")
AGENT_MARKS = frozenset({"by", "por"})
#: a predicate's complement, on which a scholar noun may hang ("topics of controversy", "objeto de debate")
COMPLEMENT_DEPS = frozenset({"attr", "oprd", "acomp", "xcomp", "ROOT"})


def _is_scholar(token: Token, rules: ContextRules) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and _in_stems(token, rules.scholar_nouns)


def _scholar_holds(noun: Token, rules: ContextRules) -> bool:
    """The scholar noun is the subject or the agent of a verb (not of a copula: "historians are cowards" judges
    them), or hangs on the predicate's complement; never "every historian", "todos los historiadores"."""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head  # "controversy and active scholarship"
    head = noun.head
    if any(_in_stems(child, rules.universal_words) for child in noun.children):
        return False  # "Every historian who repeats the official version is a coward": the author judges them all
    if noun.dep_ in HOLDER_DEPS:
        return head.pos_ == "VERB" and not any(child.dep_ == "cop" for child in head.children)
    if head.pos_ in ("VERB", "AUX") and any(fold(child.text) in AGENT_MARKS for child in noun.children):
        return True  # "considerada por los historiadores": the small Spanish model's agent is an obj or obl
    if noun.dep_ == "pobj" and head.dep_ == "agent":
        return True  # "is considered by historians"
    if noun.dep_ in ("pobj", "nmod") and head.dep_ == "prep":
        head = head.head  # "topics of controversy"
    return head is not noun and head.pos_ == "NOUN" and head.dep_ in COMPLEMENT_DEPS and noun.i > head.i


def _designates(token: Token, rules: ContextRules) -> bool:
    return token.pos_ == "VERB" and fold(token.lemma_) in rules.designation_verbs


def _impersonal_with_quoted_term(verb: Token) -> bool:
    """A verb of naming without a person who names: impersonal "se" or a passive, and a quoted term in its clause;
    not inside a noun's modifier ("Largo Caballero, a quien se le conocería con el apodo del “Lenin español”,
    incitaba…": the sentence says what he did, the name is an aside)."""
    if any(token.dep_ in NOUN_MODIFIERS for token in (verb, *verb.ancestors)):
        return False
    impersonal = any(
        fold(child.text) == "se" or child.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass")
        for child in verb.children
    )
    if not impersonal or any(child.dep_ in ("agent", "obl:agent") for child in verb.children):
        return False
    return any(token.is_quote or token.text in QUOTES for token in verb.subtree)


#: the relative and adnominal clauses: a naming inside them is an aside on a noun
NOUN_MODIFIERS = frozenset({"acl", "acl:relcl", "relcl", "appos"})

#: quotation marks the parser may not tag as quotes (the Spanish model reads « as an adjective)
QUOTES = frozenset('«»“”"‘’')


def _in_stems(token: Token, words: frozenset[str]) -> bool:
    for form in {fold(token.lemma_), fold(token.text)}:
        if form in words or any(word.endswith("*") and form.startswith(word[:-1]) for word in words):
            return True
    return False


def reported_label(match: Span, rules: ContextRules) -> Frame | None:
    """The holder's or the charge's frame when a learned span reports a label (round 16o; the docstring)."""
    return frame_within(match, rules)


#: tokens a superlative may sit after its verb of reputation ("está considerada como la más mortífera")
REPUTATION_WINDOW = 8


def ranks_without_rhetoric(sentence: Span, rules: ContextRules) -> bool:
    """True when the sentence ranks something as a standing, or as a measured fact with no evidence of
    rhetoric (round 16n; the module's docstring)."""
    rankings = [token for token in sentence if _ranking(token, rules)]
    if not rankings:
        return False
    if any(_after_reputation_verb(token, rules) for token in rankings):
        return True
    measured = any((token.like_num or token.pos_ == "NUM") and fold(token.text) not in ONE for token in sentence)
    return (
        measured
        and any(_predicate_of_copula(token) for token in rankings)
        and not any(_is_evidence(token, rules) for token in sentence)
    )


def _ranking(token: Token, rules: ContextRules) -> bool:
    """A superlative adjective with a definite article on it or on its noun ("la más mortífera", "el hombre
    más rico", "the bloodiest battle"): a comparative ("más mortal que…") has none."""
    if token.pos_ != "ADJ" or not _is_superlative(token, rules):
        return False
    determiners = [*token.children, *token.head.children] if token.head is not token else list(token.children)
    return any(child.dep_ == "det" and fold(child.lemma_) in DEFINITE for child in determiners)


#: "one of the most…" ranks without measuring (es, en)
ONE = frozenset({"un", "uno", "una", "one"})

#: the definite articles' lemmas (es, en)
DEFINITE = frozenset({"el", "the"})


def _after_reputation_verb(token: Token, rules: ContextRules) -> bool:
    sentence = token.sent
    start = max(sentence.start, token.i - REPUTATION_WINDOW)
    return any(
        fold(word.lemma_) in rules.reputation_verbs or fold(word.text) in rules.reputation_verbs
        for word in token.doc[start : token.i]
    )


def _predicate_of_copula(token: Token) -> bool:
    """The superlative ranks the subject: it is, or modifies, a copula's predicate (two steps up at most)."""
    for candidate in (token, token.head, token.head.head):
        if any(child.dep_ == "cop" for child in candidate.children):
            return True
        if candidate.dep_ in ("attr", "acomp") and fold(candidate.head.lemma_) in COPULAS:
            return True
        if candidate.dep_ == "ROOT":
            return fold(candidate.lemma_) in COPULAS
    return False


#: copulas' lemmas (es, en): a ranking's verb when the parse does not mark a `cop` dependent
COPULAS = frozenset({"ser", "be"})


def _is_evidence(token: Token, rules: ContextRules) -> bool:
    for form in {fold(token.lemma_), fold(token.text)}:
        if form in rules.evidence_words or any(
            word.endswith("*") and form.startswith(word[:-1]) for word in rules.evidence_words
        ):
            return True
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


def defines_term(sentence: Span, rules: ContextRules) -> bool:
    """True when the sentence defines or characterizes a term, or elaborates the term the sentence before it
    defined, and holds no group label or evidence of rhetoric (round 16d; the module's docstring)."""
    if not _plain(sentence, rules):
        return False
    if _definition_subject(sentence, rules) is not None:
        return True
    previous = _previous_sentence(sentence)
    if previous is None or not _plain(previous, rules):
        return False
    term = _definition_subject(previous, rules)
    if term is None:
        return False
    opener = next((token for token in sentence if token.is_alpha), None)
    if opener is None:
        return False
    if fold(opener.text) in rules.definition_openers:
        return True
    subject = _subject(sentence.root)
    return subject is not None and fold(subject.lemma_) == fold(term.lemma_)


#: the dependents that set a class noun apart ("a system in which…", "a category of…", "una ideología social
#: caracterizada por…")
DISTINGUISHERS = frozenset(
    {"relcl", "acl", "acl:relcl", "amod", "prep", "nmod", "appos", "compound", "nummod", "advcl", "ccomp"}
)
#: a subject's dependency labels (es UD, en ClearNLP)
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj"})


def _definition_subject(sentence: Span, rules: ContextRules) -> Token | None:
    """The defined term (the subject's head) when the sentence has one of the definition shapes, else None."""
    root = sentence.root
    subject = _subject(root)
    if subject is not None and _in_stems(subject, rules.term_markers):
        return subject  # "The term “gulag” refers to…", "El término Revolución rusa agrupa…"
    if root.pos_ in ("VERB", "AUX") and fold(root.lemma_) in rules.definition_verbs:
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return subject  # "Collectivization … refers to a process whereby…"
        if subject is None and any(fold(child.text) == "se" for child in root.children):
            return root  # "Se denomina kulak al campesino…": the term is the verb's object
        return None
    predicate = _copula_predicate(root)
    if predicate is None or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if not _in_stems(predicate, rules.class_nouns):
        return None
    return subject if any(child.dep_ in DISTINGUISHERS for child in predicate.children) else None


def _subject(head: Token) -> Token | None:
    return next((child for child in head.children if child.dep_ in SUBJECTS), None)


def _copula_predicate(root: Token) -> Token | None:
    """The noun a copula predicates of the subject: the root itself (es UD: `cop` on the noun) or the copula's
    attribute (en)."""
    if root.pos_ in ("NOUN", "PROPN") and any(child.dep_ == "cop" for child in root.children):
        return root
    if fold(root.lemma_) in COPULAS:
        return next((child for child in root.children if child.dep_ in ("attr", "oprd") and child.pos_ == "NOUN"), None)
    return None


def _plain(sentence: Span, rules: ContextRules) -> bool:
    """No group label and no evidence of rhetoric but the plain words of a definition."""
    for token in sentence:
        if fold(token.lemma_) in rules.group_labels or fold(token.text) in rules.group_labels:
            return False
        if _is_evidence(token, rules) and not (
            fold(token.text) in rules.definition_plain_words or fold(token.lemma_) in rules.definition_plain_words
        ):
            return False
    return True


def _previous_sentence(sentence: Span) -> Span | None:
    if sentence.start == 0:
        return None
    return sentence.doc[sentence.start - 1].sent
