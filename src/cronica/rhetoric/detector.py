"""Find technique spans in a parsed document with the language's lexicon and context rules."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from cronica.folding import fold
from cronica.model import Voice
from cronica.rhetoric.context import (
    SAYER_DEPS,
    frame_voice,
    has_phrase,
    is_negated,
    phrase_of,
    quoted_regions,
    reported_voice,
    voice_of,
)
from cronica.rhetoric.context import Voice as AttributedVoice
from cronica.rhetoric.learned_guards import defines_term, describes_history, named_technique, reported_label
from cronica.rhetoric.patterns import Pattern, TokenKey
from cronica.rhetoric.resources import ContextRules, LanguageResources, LexiconEntry
from cronica.rhetoric.tagger import TaggedSpan
from cronica.rhetoric.tropes import Trope, TropeMatcher, match_span

LABEL = "Name_Calling-Labeling"
PLOT = "Conspiracy_Narrative"
#: prefix patterns are indexed by this many first letters (shorter prefixes by all they have)
PREFIX_BUCKET = 2
#: a quotation this short is one label ("«sepulturero de la revolución»"): the flag covers all of it
MAX_QUOTED_LABEL_CHARS = 60
#: a quoted label governed by a labelling verb ("X called them 'worms'") is at most this many tokens
MAX_LABEL_TOKENS = 6
#: such a label is name-calling more surely than any single loaded word inside it
QUOTED_LABEL_CONFIDENCE = 0.8
#: objects of a labelling verb a small parser may hang the label on ("llamaba a los campesinos «parásitos»")
OBJECT_DEPS = frozenset({"obj", "dobj", "iobj"})
#: an evaluative word in scare quotes ("la «democracia» soviética") doubts rather than labels
SCARE_QUOTE_CONFIDENCE = 0.7
#: scare quotes hold one word (two with an article or an adjective inside the marks)
MAX_SCARE_QUOTE_TOKENS = 2
#: a learned span is never shown as surer than this (the rules' stock phrases go up to 0.9)
LEARNED_MAX_CONFIDENCE = 0.75
#: passive labelling ("what is being called a 'shambles'") names things more often than people
PASSIVE_DEPS = frozenset({"auxpass", "aux:pass", "nsubjpass", "nsubj:pass"})


@dataclass(frozen=True, slots=True)
class SpanFlag:
    """A technique found at character offsets [start, end) with its voice and speaker."""

    start: int
    end: int
    technique: str
    confidence: float
    voice: Voice
    speaker: str | None
    #: the inventory trope this flag instantiates (its own explanation), or None for a lexicon match
    trope: Trope | None = None
    #: found by the learned span tagger, not by a rule (its explanation says so)
    learned: bool = False


@dataclass(frozen=True)
class PatternIndex:
    """Patterns by their first token, so each token is tried only against patterns that can start there."""

    exact: dict[str, list[tuple[Pattern, LexiconEntry]]]
    #: prefix patterns bucketed by their first two letters, so a token checks only its own bucket
    prefixed: dict[str, list[tuple[str, Pattern, LexiconEntry]]]

    @classmethod
    def build(cls, resources: LanguageResources) -> PatternIndex:
        exact: dict[str, list[tuple[Pattern, LexiconEntry]]] = defaultdict(list)
        prefixed: dict[str, list[tuple[str, Pattern, LexiconEntry]]] = defaultdict(list)
        for entry in resources.entries:
            for pattern in entry.patterns:
                for alternative in pattern.steps[0].alternatives:
                    if alternative.prefix:
                        prefixed[alternative.word[:PREFIX_BUCKET]].append((alternative.word, pattern, entry))
                    else:
                        exact[alternative.word].append((pattern, entry))
        return cls(dict(exact), dict(prefixed))

    def candidates(self, token: TokenKey) -> list[tuple[Pattern, LexiconEntry]]:
        found = list(self.exact.get(token.lemma, ()))
        if token.form != token.lemma:
            found.extend(self.exact.get(token.form, ()))
        buckets = {key[:size] for key in (token.lemma, token.form) for size in range(1, PREFIX_BUCKET + 1)}
        found.extend(
            (pattern, entry)
            for bucket in buckets
            for prefix, pattern, entry in self.prefixed.get(bucket, ())
            if token.lemma.startswith(prefix) or token.form.startswith(prefix)
        )
        return found


def detect(
    doc: Doc, resources: LanguageResources, index: PatternIndex, tropes: TropeMatcher | None = None
) -> list[SpanFlag]:
    """Flags of the rules (lexicon, tropes, labels) in text order, at most one per stretch of text
    (the most confident)."""
    found: list[SpanFlag] = []
    for sentence in doc.sents:
        found.extend(_detect_in_sentence(sentence, resources, index))
    if tropes is not None:
        found.extend(_trope_flags(doc, resources, tropes))
    return _without_overlaps(found)


def _rule_in(sentence: Span, rules: Sequence[SpanFlag]) -> bool:
    """A rule flag inside the sentence: a loaded definition ("Communism is a Jewish plot…") is no plain one."""
    return any(rule.start < sentence.end_char and sentence.start_char < rule.end for rule in rules)


def learned_flags(
    doc: Doc, rules: Sequence[SpanFlag], tagged: Sequence[TaggedSpan], resources: LanguageResources | None
) -> list[SpanFlag]:
    """The tagger's spans where no rule fired (rules first: a learned span overlapping a rule flag
    is dropped), with the voice the context rules give them; `resources` None keeps the author's voice."""
    flags = []
    for span in tagged:
        if any(span.start < rule.end and rule.start < span.end for rule in rules):
            continue
        match = doc.char_span(span.start, span.end, alignment_mode="expand")
        if match is None:
            continue
        voice: Voice = "author"
        speaker: str | None = None
        technique = span.technique
        if resources is not None:
            sentence = match.sent
            technique = named_technique(span.technique, span.alternatives, sentence, resources.context)
            quoted = any(qs <= span.start and span.end <= qe for qs, qe in quoted_regions(sentence))
            found = voice_of(match, sentence, quoted, resources.context)
            if found.voice == "author" and describes_history(match, technique, resources.context):
                continue  # a population counted, a name's superlative apposition (learned_guards.py)
            # (the sentence-local shape first: the scan of the rule flags runs only for a definition)
            if found.voice == "author" and defines_term(sentence, resources.context) and not _rule_in(sentence, rules):
                continue  # a definition of a term, or its elaboration (learned_guards.py, round 16d)
            if found.voice == "author":
                frame = reported_label(match, resources.context)
                if frame is not None:  # "…para sus detractores es un criminal" (learned_guards.py, round 16o)
                    found = frame_voice(frame)
            if found.voice == "author":
                reported = _reported_claim(match, resources)
                if reported is THEORY_DESCRIBED:
                    continue  # "the New World Order theory holds that…": a theory's claim, described
                found = reported or found
            voice, speaker = found.voice, found.speaker
        confidence = round(min(span.sentence_probability, LEARNED_MAX_CONFIDENCE), 2)
        flags.append(SpanFlag(span.start, span.end, technique, confidence, voice, speaker, learned=True))
    return _without_overlaps(flags)


#: `_reported_claim`'s answer for a claim whose subject is a theory, not a person
THEORY_DESCRIBED = AttributedVoice("attributed", "\x00theory")


def _reported_claim(match: Span, resources: LanguageResources) -> AttributedVoice | None:
    """A learned span that is a clause of claiming with its content ("Goebbels maintained that…", "la
    teoría del Nuevo Orden Mundial sostiene que…"): the tagger reads the claim's words, but the claim
    is the subject's. Its subject speaks (attributed), a theory noun as subject describes a theory
    (`THEORY_DESCRIBED`), a first person is the author's (None). Twelfth round of #16."""
    rules = resources.context
    if _describes_a_theory(match, rules.theory_nouns, rules.claim_verbs):
        return THEORY_DESCRIBED
    verb = match.root
    if verb.pos_ not in ("VERB", "AUX") or fold(verb.lemma_ or verb.text) not in rules.claim_verbs | rules.speech_verbs:
        return None
    if not any(child.dep_ == "ccomp" and child in match and _has_content_mark(child) for child in verb.children):
        return None  # "who really financed…" asks; "that…" / "que…" states what is claimed
    if _negated_predicate(verb, resources):
        return None  # "the press will never tell that…": the author says what the press would not
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    if subject is None or fold(subject.text) in rules.first_person:
        return None
    if _is_theory(subject, rules.theory_nouns):
        return THEORY_DESCRIBED
    return AttributedVoice("attributed", phrase_of(subject))


#: words that open a content clause ("the claim that…", "la afirmación de que…")
CONTENT_MARKS = frozenset({"que", "that"})


def _describes_a_theory(match: Span, nouns: frozenset[str], claim_verbs: frozenset[str] = frozenset()) -> bool:
    """The span holds a theory noun and the clause that states its content: "la afirmación de que una élite
    secreta controla…" (the noun's content clause), "uno de los mitos … es que ellos mataron a Jesús" (a
    clause predicated of a subject that names a myth), "es una teoría de conspiración que sostiene la
    existencia de…" (a relative clause of claiming on the noun, round 16r: an encyclopedia's definition).
    The tagger read the claim; the text describes it."""
    for token in match:
        if _is_theory(token, nouns) and any(
            child.dep_ in ("acl", "acl:relcl", "relcl") and child in match and fold(child.lemma_) in claim_verbs
            for child in token.children
        ):
            return True
        clauses = [child for child in token.children if child.dep_ in ("acl", "ccomp") and child in match]
        if not any(_has_content_mark(clause) for clause in clauses):
            continue
        if _is_theory(token, nouns):
            return True
        subject = next((child for child in token.children if child.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None and any(_is_theory(word, nouns) for word in subject.subtree):
            return True
    return False


def _has_content_mark(clause: Token) -> bool:
    return any(child.dep_ == "mark" and fold(child.text) in CONTENT_MARKS for child in clause.children)


def _trope_flags(doc: Doc, resources: LanguageResources, tropes: TropeMatcher) -> list[SpanFlag]:
    """Inventory tropes found over the parse, with the same negation and voice rules as the lexicon."""
    flags = []
    for match in tropes.find(doc):
        span = match_span(match)
        sentence = span.sent
        tokens = [token for token in sentence if not token.is_space]
        first = next(position for position, token in enumerate(tokens) if token.i >= span.start)
        negated = is_negated(tokens, first, resources.context) or any(
            _negated_predicate(token, resources) for token in match.tokens
        )
        if negated and not match.trope.keeps_negation:
            continue
        if match.pattern.names_a_frame and has_phrase(sentence, resources.context.mention_cues):
            continue
        if _states_a_theory(span, resources):
            continue  # "the conspiracy theory that Jewry is dominating the world": its claim, described
        quotes = quoted_regions(sentence)
        quoted = any(qs <= span.start_char and span.end_char <= qe for qs, qe in quotes)
        voice = voice_of(span, sentence, quoted, resources.context)
        trope = match.trope
        start, end = span.start_char, span.end_char
        flags.append(SpanFlag(start, end, trope.technique, trope.confidence, voice.voice, voice.speaker, trope))
    return flags


#: dependencies that attach a clause stating a noun's content ("the theory that…", "la teoría según la cual…")
CONTENT_CLAUSE_DEPS = frozenset({"acl", "relcl", "acl:relcl", "ccomp", "appos"})
#: how far up from a match its theory noun may stand
THEORY_HOPS = 6


def _states_a_theory(span: Span, resources: LanguageResources) -> bool:
    """The match lies in a clause that states what a theory, a myth or a belief claims: the content
    clause of the noun ("the conspiracy theory that Jewry is dominating the world") or the complement
    of a verb whose subject is such a noun ("la teoría … alega que los judíos controlan…"). An
    encyclopedia describes the claim; it does not make it."""
    nouns = resources.context.theory_nouns
    if _names_a_theory(span, nouns):
        return True
    token = span.root
    for _ in range(THEORY_HOPS):
        head = token.head
        if head is token:
            return False
        if token.dep_ in CONTENT_CLAUSE_DEPS and head not in span:
            if _is_theory(head, nouns) or (head.dep_ in ("nmod", "compound") and _is_theory(head.head, nouns)):
                return True  # "la teoría de la conspiración que sostiene que…" hangs on "conspiración"
            if token.dep_ == "ccomp" and any(
                child.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and _is_theory(child, nouns)
                for child in head.children
            ):
                return True
        token = head
    return False


def _names_a_theory(span: Span, nouns: frozenset[str]) -> bool:
    """The match is (inside) the subject of a definition whose predicate is a theory noun: "The Zionist
    Occupation Government is a conspiracy theory that…", "La conspiración judeomasónica, también
    llamada…, es una teoría conspirativa": the theory is named to be described (fifth round of #16)."""
    token = span.root
    for _ in range(THEORY_HOPS):
        head = token.head
        if head is token or head in span:
            return False
        if token.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
            if _is_theory(head, nouns) and any(child.dep_ == "cop" for child in head.children):
                return True  # UD: the predicate noun heads the clause ("es una teoría")
            # spaCy English: "is" heads, "theory" is its attribute
            return head.pos_ in ("AUX", "VERB") and any(
                child.dep_ == "attr" and _is_theory(child, nouns) for child in head.children
            )
        token = head
    return False


def _is_theory(token: Token, nouns: frozenset[str]) -> bool:
    return fold(token.lemma_ or token.text) in nouns


def _negated_predicate(token: Token, resources: LanguageResources) -> bool:
    """A matched predicate with its own negation ("no financiaron", "did not control"); a negator fixed
    into a connective ("sin embargo", "no obstante") negates nothing (round 16b)."""
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    negators = resources.context.negators
    return any(
        child.dep_ in ("neg", "advmod")
        and fold(child.lemma_ or child.text) in negators
        and not any(grandchild.dep_ == "fixed" for grandchild in child.children)
        for child in token.children
    )


def _detect_in_sentence(sentence: Span, resources: LanguageResources, index: PatternIndex) -> list[SpanFlag]:
    tokens = [token for token in sentence if not token.is_space]
    if not tokens:  # white space only: nothing to flag (and a long text's batch opens with one, #17)
        return []
    keys = [TokenKey(fold(token.lemma_ or token.text), fold(token.text), token.pos_) for token in tokens]
    quotes = quoted_regions(sentence)
    mentioned = has_phrase(sentence, resources.context.mention_cues)
    flags: list[SpanFlag] = []
    for position, key in enumerate(keys):
        for pattern, entry in index.candidates(key):
            end = pattern.match_at(keys, position, len(keys))
            if end is None or is_negated(tokens, position, resources.context):
                continue
            if entry.names_a_frame and (mentioned or tokens[position].pos_ == "PROPN"):
                continue  # "el «judeobolchevismo» era un estereotipo antisemita", "el Contubernio de Múnich"
            doc = sentence.doc
            match = doc[tokens[position].i : tokens[end - 1].i + 1]
            if entry.technique == PLOT and _beside_theory_noun(tokens, position, end, resources):
                continue  # "la teoría del Nuevo Orden Mundial", "the New World Order theory": the theory's name
            if entry.technique == LABEL and _part_of_full_name(match):
                continue  # "Vidkun Quisling headed…": the man whose surname became the label
            if _states_a_theory(match, resources):
                continue  # "una teoría que sostiene que los judíos controlan…": its claim, described
            start_char, end_char = match.start_char, match.end_char
            quote = next(((qs, qe) for qs, qe in quotes if qs <= start_char and end_char <= qe), None)
            if quote and entry.technique == LABEL and _after_term_marker(sentence, quote, resources):
                continue  # "palabras como «traidores»", "the term “enemy of the people”": a term mentioned
            if quote and entry.technique == LABEL and quote[1] - quote[0] <= MAX_QUOTED_LABEL_CHARS:
                start_char, end_char = quote
            voice = voice_of(match, sentence, quote is not None, resources.context)
            flags.append(SpanFlag(start_char, end_char, entry.technique, entry.confidence, voice.voice, voice.speaker))
    flags.extend(_quoted_labels(sentence, quotes, resources))
    flags.extend(_scare_quotes(sentence, quotes, resources))
    return flags


#: how many tokens may stand between a theory noun and the name of its theory ("las teorías del …")
THEORY_NAME_WINDOW = 3


def _beside_theory_noun(tokens: list[Token], first: int, end: int, resources: LanguageResources) -> bool:
    """A conspiracy phrase that names a theory (twelfth round of #16): a theory noun right after it ("the
    New World Order theory") or shortly before it with only function words between ("la teoría del Nuevo
    Orden Mundial", "theories of a New World Order"). The historian names the theory to describe it; a
    believer who asserts the plot does not call it a theory."""
    nouns = resources.context.theory_nouns
    if end < len(tokens) and _is_theory(tokens[end], nouns):
        return True
    for position in range(first - 1, max(-1, first - 1 - THEORY_NAME_WINDOW), -1):
        token = tokens[position]
        if _is_theory(token, nouns):
            return True
        if token.pos_ not in FUNCTION_POS:
            return False
    return False


#: parts of speech that may stand between a theory noun and the theory's name
FUNCTION_POS = frozenset({"ADP", "DET", "PUNCT"})


def _part_of_full_name(match: Span) -> bool:
    """A one-word label written as a surname after a capitalized first name ("Vidkun Quisling"): the
    person, not the label his name became."""
    if len(match) != 1 or not match.text[:1].isupper() or match.start == match.sent.start:
        return False
    before = match.doc[match.start - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper()


def _scare_quotes(sentence: Span, quotes: list[tuple[int, int]], resources: LanguageResources) -> list[SpanFlag]:
    """An evaluative word alone in quotation marks inside a noun phrase casts doubt on it ("la
    «democracia» soviética", "the Soviet 'liberation'"), and so does any short quotation after a
    doubting modifier ("la tan cacareada «falsedad»", "spurious federal 'corruption' charges", round
    16s). Not a mention after a term marker ("la palabra «soviet»"), not a name (capitalized), not a
    quotation governed by a labelling verb (that is the speaker's label, `_quoted_labels`)."""
    rules = resources.context
    found = []
    for start, end in quotes:
        inside = sentence.doc.char_span(start, end, alignment_mode="expand")
        if inside is None or not 0 < len(inside) <= MAX_LABEL_TOKENS or not inside.text[:1].islower():
            continue
        words = [token for token in inside if not token.is_punct]  # "“fascism,”": the word, not its comma
        if not words:
            continue
        keys = _quote_keys(inside, words)
        evaluative = len(words) <= MAX_SCARE_QUOTE_TOKENS and bool(keys & rules.scare_quote_words)
        doubted = len(words) <= MAX_DOUBTED_TOKENS and _after_doubt_modifier(sentence, inside, rules)
        so_called = _after_so_called(sentence, inside, rules)
        named = so_called is None or (so_called in rules.naming_words and not keys & rules.denied_events)
        if not evaluative and not doubted and named:
            continue  # "the so-called “kulaks”", los llamados «nepmen»: a period term named (round 16m)
        if _after_term_marker(sentence, (start, end), resources):
            continue
        if any(_governed_by(token, rules.labelling_verbs, inside) for token in inside):
            continue
        if is_negated(list(sentence), inside.start - sentence.start, rules):
            continue
        if not doubted and reported_voice(inside, sentence, rules) is not None:
            continue  # "Goebbels wrote that the campaign had been a “success”": the speaker's word, quoted
        voice = voice_of(inside, sentence, False, rules, frames=False)
        found.append(SpanFlag(start, end, "Doubt", SCARE_QUOTE_CONFIDENCE, voice.voice, voice.speaker))
    return found


#: round 16s: a quotation after a doubting modifier may hold a short phrase ("fake “memories of blockades”")
MAX_DOUBTED_TOKENS = 4
#: how many modifiers may stand between a doubting modifier and the quotation ("spurious federal 'corruption'")
DOUBT_MODIFIER_WINDOW = 3
#: parts of speech the words between a doubting modifier and the quotation may have
MODIFIER_POS = frozenset({"ADJ", "ADV", "VERB"})


def _quote_keys(inside: Span, words: list[Token]) -> set[str]:
    """The folded lemmas and forms of the quotation's words ("la «liberación comunista»", "the “brotherly
    nations”"), the words a scare-quote list is matched on; none when its head is a verb."""
    keys = set()
    for token in words:
        keys |= {fold(token.lemma_ or token.text), fold(token.text)}
    return keys if inside.root.pos_ in QUOTED_WORD_POS else set()


#: a scare-quoted word is a noun or an adjective; a quoted verb phrase ("quería «hacerse legítimo»") is
#: someone's words
QUOTED_WORD_POS = frozenset({"NOUN", "ADJ", "PROPN"})


def _after_doubt_modifier(sentence: Span, inside: Span, rules: ContextRules) -> bool:
    """A doubting modifier stands right before the quotation, with at most a few other modifiers
    between ("la tan cacareada «falsedad»", "su inventada «amenaza soviética»", "spurious federal
    'corruption' charges"): the writer doubts what the quoted words name."""
    seen = 0
    for position in range(inside.start - 1, sentence.start - 1, -1):
        token = sentence.doc[position]
        if token.is_quote:
            continue
        if seen == DOUBT_MODIFIER_WINDOW:
            return False
        if fold(token.lemma_ or token.text) in rules.doubt_modifiers or fold(token.text) in rules.doubt_modifiers:
            return True  # whatever its tag: a small parser may read "su inventada" as a noun
        if token.pos_ not in MODIFIER_POS:
            return False
        seen += 1
    return False


def _after_term_marker(sentence: Span, quote: tuple[int, int], resources: LanguageResources) -> bool:
    """The quotation follows a word that introduces terms ("the word", "expresiones como", "words such
    as"), within three tokens: it mentions the term rather than uses it."""
    inside = sentence.doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if inside is None:
        return False
    before = sentence.doc[max(sentence.start, inside.start - 4) : inside.start]
    words = [token for token in before if not token.is_quote]
    return any(fold(token.lemma_ or token.text) in resources.context.term_markers for token in words[-3:])


def _quoted_labels(sentence: Span, quotes: list[tuple[int, int]], resources: LanguageResources) -> list[SpanFlag]:
    """Short quoted words put on someone by a labelling verb: the speaker's name-calling, lexicon or not.

    "Fidel Castro llamó «gusanos» a los exiliados", "Soviet papers branded the rebels 'fascist bandits'".
    A quoted proper name ("called the operation 'Overlord'") is a name, not a label: it needs a
    lowercase noun or adjective.
    """
    rules = resources.context
    found = []
    for start, end in quotes:
        label = sentence.doc.char_span(start, end, alignment_mode="expand")
        if label is None or not 0 < len(label) <= MAX_LABEL_TOKENS:
            continue
        if not any(token.pos_ in ("NOUN", "ADJ") and token.text[:1].islower() for token in label):
            continue
        verbs = [verb for token in label if (verb := _labelling_verb(token, rules.labelling_verbs, label)) is not None]
        if not verbs or _labels_a_thing(verbs[0], label, rules):
            continue
        voice = voice_of(label, sentence, True, rules)
        found.append(SpanFlag(start, end, LABEL, QUOTED_LABEL_CONFIDENCE, voice.voice, voice.speaker))
    return found


#: entity types of things, not of persons or groups (a quoted phrase on them names, it does not label)
THING_ENTITIES = frozenset({"EVENT", "FAC", "LAW", "WORK_OF_ART", "PRODUCT", "DATE"})


def _labels_a_thing(verb: Token, label: Span, rules: ContextRules) -> bool:
    """The labelling verb's object is a thing, not a person or a group (fifth round of #16): "calls the
    treaty “a peace of vengeance”", "lo que Hobsbawm llama «la era de las catástrofes»", "llama al
    Holodomor «hambruna artificial»" — a name given to an event, a document or a period."""
    for child in verb.children:
        if child in label or child.dep_ not in (*OBJECT_DEPS, "dative"):
            continue
        noun = child
        if noun.pos_ == "ADP":  # "a la Restauración": the noun under the preposition
            noun = next((grand for grand in child.children if grand.pos_ in ("NOUN", "PROPN", "PRON")), child)
        if set(noun.morph.get("PronType", [])) & {"Rel", "Int"} or noun.tag_ in ("WP", "WDT"):
            noun = label.root  # "what Hobsbawm calls “the age of catastrophe”": the name says what it names
        if fold(noun.lemma_ or noun.text) in rules.thing_nouns or fold(noun.text) in rules.thing_nouns:
            return True
        if noun.ent_type_ in THING_ENTITIES:
            return True
        # a singular name the Spanish model calls MISC ("el Holodomor", "la Restauración"); groups are plural
        if noun.ent_type_ == "MISC" and noun.pos_ == "PROPN" and "Plur" not in noun.morph.get("Number", []):
            return True
    return False


def _after_so_called(sentence: Span, inside: Span, rules) -> tuple[str, ...] | None:
    """The so-called phrase the quotation follows ("so-called", "llamado", "alleged"; its opening mark between
    them), the longest that matches, or None."""
    before = [fold(token.text) for token in sentence.doc[sentence.start : inside.start] if not token.is_quote]
    matches = [
        phrase for phrase in rules.so_called if len(before) >= len(phrase) and tuple(before[-len(phrase) :]) == phrase
    ]
    return max(matches, key=len, default=None)


def _governed_by(token: Token, verbs: frozenset[str], inside: Span) -> bool:
    """The label hangs on a labelling verb as its complement (see `_labelling_verb`)."""
    return _labelling_verb(token, verbs, inside) is not None


def _labelling_verb(token: Token, verbs: frozenset[str], inside: Span) -> Token | None:
    """The labelling verb the label hangs on as its complement: directly ("called him a 'nutcase'")
    or through a preposition ("described it as 'unethical'", "lo tachó de «traidor»") or the verb's
    object; never as its subject ("the 'doctor' called for..."). None when there is none."""
    while token.dep_ == "conj" and token.head is not token:  # «parásitos» y «enemigos de clase»
        token = token.head
    head = token.head
    if head is token or head in inside or token.dep_ in SAYER_DEPS:
        return None
    if (head.pos_ == "ADP" or head.dep_ in OBJECT_DEPS) and head.head is not head:
        head = head.head  # "as 'X'", "de «X»", or the label parsed onto the verb's object
    if head.pos_ == "VERB" and fold(head.lemma_) in verbs and not _is_passive_or_so_called(head):
        return head
    return None


def _is_passive_or_so_called(verb: Token) -> bool:
    """ "so-called 'X'" casts doubt rather than labels; a passive label is usually put on a thing."""
    if any(child.dep_ in PASSIVE_DEPS for child in verb.children):
        return True
    previous = [token.lower_ for token in verb.doc[max(0, verb.i - 2) : verb.i]]
    return "so" in previous


def _merge_same_technique(flags: list[SpanFlag]) -> list[SpanFlag]:
    """Overlapping matches of one technique are one flag over their union ("masones controlan" +
    "controlan en secreto los gobiernos"), with the best confidence and its voice."""
    merged: list[SpanFlag] = []
    for flag in sorted(flags, key=lambda f: (f.technique, f.start, -f.end)):
        last = merged[-1] if merged else None
        if last and last.technique == flag.technique and flag.start < last.end:
            best = last if last.confidence >= flag.confidence else flag
            merged[-1] = replace(best, start=last.start, end=max(last.end, flag.end))
        else:
            merged.append(flag)
    return merged


def _without_overlaps(flags: list[SpanFlag]) -> list[SpanFlag]:
    """Merge overlaps of one technique, then keep the most confident, then longest, of other overlaps.

    The kept flags never overlap, so sorted by start their ends rise too: a flag overlaps one of them
    exactly when the last that starts before it ends reaches past its start (one search, not a
    comparison with every kept flag, which cost flags² on a long text)."""
    kept: list[SpanFlag] = []
    bounds: list[tuple[int, int]] = []  # (start, end) of the kept flags, sorted
    for flag in sorted(_merge_same_technique(flags), key=lambda f: (-f.confidence, -(f.end - f.start), f.start)):
        before = bisect_left(bounds, (flag.end,))  # the kept flags that start before this one ends
        if before and bounds[before - 1][1] > flag.start:
            continue
        insort(bounds, (flag.start, flag.end))
        kept.append(flag)
    return sorted(kept, key=lambda f: (f.start, f.end))


#: the overlap resolution of `detect`, for flags found in more than one reading of a text
without_overlaps = _without_overlaps

#: the rules' flags (the name the tagger's training uses)
rule_flags = detect
