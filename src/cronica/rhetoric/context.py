"""Context rules around a lexicon match: negation, and whose words they are (voice, speaker).

Words the author quotes or reports ("X called Y 'a traitor'") are X's rhetoric, reported
by the author: the flag keeps them, with voice "attributed" and X as the speaker. A match
under a negator ("no es un traidor") is dropped: precision matters more than recall.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from cronica import model
from cronica.folding import fold
from cronica.rhetoric.holders import Frame, frame_above
from cronica.rhetoric.resources import ContextRules

#: opening → closing quotation marks
QUOTES = {"«": "»", "“": "”", '"': '"', "‘": "’", "„": "“", "‹": "›"}
#: dependencies that make a token the speaker of its head rather than what is said
SAYER_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "agent", "obl:agent"})
#: how far a subject phrase may run before it is cut to its head
MAX_SPEAKER_TOKENS = 6


@dataclass(frozen=True, slots=True)
class Voice:
    voice: model.Voice
    speaker: str | None = None


AUTHOR = Voice("author")


def quoted_regions(sentence: Span) -> list[tuple[int, int]]:
    """Character ranges (document offsets) of quoted text inside the sentence, marks excluded."""
    text, base = sentence.text, sentence.start_char
    regions: list[tuple[int, int]] = []
    index = 0
    while index < len(text):
        closing = QUOTES.get(text[index])
        if closing is None:
            index += 1
            continue
        end = text.find(closing, index + 1)
        if end == -1:
            break
        inner = text[index + 1 : end]
        left = len(inner) - len(inner.lstrip())
        right = len(inner.rstrip())
        if right > left:  # the quoted words without the spaces inside the marks
            regions.append((base + index + 1 + left, base + index + 1 + right))
        index = end + 1
    return regions


def is_negated(tokens: list[Token], first: int, rules: ContextRules) -> bool:
    """A negator in the few tokens before the match, inside the same clause (no punctuation between)."""
    for position in range(first - 1, max(-1, first - 1 - rules.negation_window), -1):
        token = tokens[position]
        if token.is_punct:
            return False
        if fold(token.lemma_ or token.text) in rules.negators or fold(token.text) in rules.negators:
            return True
    return False


def voice_of(match: Span, sentence: Span, quoted: bool, rules: ContextRules, frames: bool = True) -> Voice:
    """Author or attributed (with the speaker, when the parse names one). `frames` False skips a holder's
    or a charge's frame (holders.py): scare quotes are the writer's own doubt even inside a reported charge
    ("blaming them for the rejection of his “peace” proposals")."""
    speaker = reported_voice(match, sentence, rules)
    if speaker is not None:
        return speaker
    frame = frame_above(match, rules) if frames else None
    if frame is not None:  # "para sus detractores es un criminal", "acusado de ser un agente…" (holders.py)
        return frame_voice(frame)
    if quoted or has_phrase(sentence, rules.distancing_cues, outside=match):
        return Voice("attributed")  # a cue inside the match is what it says ("el Holodomor es un mito")
    return AUTHOR


def reported_voice(match: Span, sentence: Span, rules: ContextRules) -> Voice | None:
    """The voice of a verb of saying above the match or of a source marker before it ("Goebbels wrote
    that…", "según la prensa…"), or None when the match is not reported speech."""
    return _speaker_by_verb(match, rules) or _speaker_by_source_marker(sentence, match, rules)


def frame_voice(frame: Frame) -> Voice:
    """The attributed voice of a holder's or a charge's frame, with its speaker when the parse names one
    (the holder's phrase without its preposition: "la prensa franquista", not "Para la prensa franquista,")."""
    if frame.speaker is None:
        return Voice("attributed")
    words = list(frame.speaker.subtree)
    while words and (words[0].dep_ in ("case", "prep") or words[0].is_punct):
        words.pop(0)
    while words and (words[-1].is_punct or words[-1].dep_ == "case"):
        words.pop()  # the full stop, the possessive "'s" ("Stalin's speeches" → Stalin)
    if not words or len(words) > MAX_SPEAKER_TOKENS:
        return Voice("attributed", phrase_of(frame.speaker))
    return Voice("attributed", frame.speaker.doc[words[0].i : words[-1].i + 1].text)


def _speaker_by_verb(match: Span, rules: ContextRules) -> Voice | None:
    """Walk up from the match to a verb of saying; its subject is the speaker."""
    token: Token = match.root
    for _ in range(8):
        if token.dep_ in SAYER_DEPS and token.head is not token and token.head not in match:
            return None  # the match is who speaks ("los traidores dijeron..."), not what is said
        attempt = _attempted_proof(token, rules) and token not in match
        if attempt:
            token = token.head  # "they try to prove that X": X is their claim; the trying verb has the subject
        said = token.pos_ in ("VERB", "AUX") and fold(token.lemma_) in rules.speech_verbs and token not in match
        if attempt or said:
            subject = _subject_of(token)
            if subject is not None:
                if fold(subject.text) in rules.first_person:
                    return AUTHOR
                return Voice("attributed", phrase_of(subject))
            if "1" in token.morph.get("Person", []):  # [] is spaCy's default; its stub requires one
                return AUTHOR
            return Voice("attributed")
        if token.head is token:
            break
        token = token.head
    return None


def _attempted_proof(token: Token, rules: ContextRules) -> bool:
    """A verb of proof under a verb of attempt ("try to prove", "intentan demostrar"): the proof is
    the attempt's subject's claim, which the author reports without making it."""
    return (
        token.pos_ == "VERB"
        and fold(token.lemma_) in rules.proof_verbs
        and token.dep_ == "xcomp"
        and fold(token.head.lemma_) in rules.attempt_verbs
    )


def _subject_of(verb: Token) -> Token | None:
    if _is_passive(verb):
        return _agent_of(verb)  # "Arnold es recordado como traidor": Arnold is the one judged, not who judges
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent") or child.dep_ == "obl:agent":
            if child.dep_ == "agent":  # English passive "by X": X is the object of "by"
                return next((grandchild for grandchild in child.children if grandchild.dep_ == "pobj"), None)
            return child
    return None


def _is_passive(verb: Token) -> bool:
    """A passive verb: its subject is what the verb is done to (Spanish "es recordado": a participle
    under "ser"; English: the parser's passive auxiliary)."""
    for child in verb.children:
        if child.dep_ in ("auxpass", "aux:pass"):
            return True
        if child.dep_ in ("aux", "cop") and fold(child.lemma_) == "ser" and "Part" in verb.morph.get("VerbForm", []):
            return True
    return False


def _agent_of(verb: Token) -> Token | None:
    """The agent of a passive ("by X", "por X"), if the parse names one."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((grandchild for grandchild in child.children if grandchild.dep_ == "pobj"), None)
        if child.dep_ == "obl:agent":
            return child
    return None


def phrase_of(head: Token) -> str:
    """The subject phrase ("el diario Pravda"), or the named entity or head alone when it runs long."""
    if head.ent_type_:
        entity = entity_of(head)
        if entity is not None:
            return entity.text
    left, right = head.left_edge.i, head.right_edge.i + 1
    if right - left <= MAX_SPEAKER_TOKENS:
        return head.doc[left:right].text
    return head.text


def entity_of(token: Token) -> Span | None:
    """The named entity the token is part of, read from the IOB tags around it as `Doc.ents` reads
    them: not by building every entity of the document, which costs the document's length per call."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ != "B" or not doc[start].ent_type_:
        return None
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _speaker_by_source_marker(sentence: Span, match: Span, rules: ContextRules) -> Voice | None:
    """ "según X, ..." / "according to X, ...": X speaks for the rest of the sentence."""
    folded = [fold(token.text) for token in sentence]
    for marker in rules.source_markers:
        for start in range(len(folded) - len(marker) + 1):
            if tuple(folded[start : start + len(marker)]) != marker:
                continue
            after = sentence.start + start + len(marker)
            end = after
            while end < sentence.end and not sentence.doc[end].is_punct and end - after < MAX_SPEAKER_TOKENS:
                end += 1
            source = sentence.doc[after:end]
            if source and source.end <= match.start and any(t.pos_ in ("PROPN", "NOUN") for t in source):
                return Voice("attributed", source.text)
    return None


def has_phrase(sentence: Span, phrases: tuple[tuple[str, ...], ...], outside: Span | None = None) -> bool:
    """One of the phrases (folded lemmas or forms) occurs in the sentence (starting `outside` that span)."""
    lemmas = [fold(token.lemma_ or token.text) for token in sentence]
    forms = [fold(token.text) for token in sentence]
    for phrase in phrases:
        size = len(phrase)
        for start in range(len(forms) - size + 1):
            if outside is not None and outside.start <= sentence.start + start < outside.end:
                continue
            if tuple(forms[start : start + size]) == phrase or tuple(lemmas[start : start + size]) == phrase:
                return True
    return False
