"""Topic continuity: the subject of the sentence before is the antecedent of a subject pronoun or a
dropped subject (documented in docs/events.md, "Topic continuity").

Salience (`coref.py`) ranks the persons a pronoun could mean and keeps as readings anyone named in
that sentence or the one before, so "Bujarin apoyó a Stalin contra Trotski. Fue fusilado en 1937"
leaves four readings, and nothing can be proved. Centering says more: a subject that continues the
topic is the previous main clause's subject. This module takes that person as the only antecedent,
and says which sentence gave it, when every one of these holds:

- the pronoun or dropped subject is the subject of its clause and singular;
- the sentence before is in the same paragraph (no line break between it and the pronoun) and no
  quotation mark stands between them;
- that sentence's main clause has one person as subject (named, or a pronoun or dropped subject
  settled the same way or by being the only reading), not a coordination of persons, of a gender the
  pronoun allows;
- no other person is the subject of any clause after that subject ("Kamenev was arrested after
  Nikolaev killed Kirov": Nikolaev competes), nor is named before the pronoun in its own sentence;
- no verb or noun of that sentence acts on another person in its phrase (`topic_shift_words`: "atacó
  a Trotski", "ordered Yagoda's arrest": the person acted on may be whom the next sentence speaks of);
- the subject was already the topic: a subject in an earlier sentence (a text's first sentence sets
  no topic: "León Trotski recibió a Blumkin en Prínkipo. Fue fusilado en 1929" is Blumkin).

Otherwise nothing changes: the readings salience gives stay, and the verifier contradicts only what is
false of every one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from cronica.events.coref import TOPIC_WEIGHT, WINDOW, Referent, Referents
from cronica.events.document import DocumentView
from cronica.events.syntax import SUBJECT_DEPS, subjects_of

#: quotation marks: a pronoun inside quoted speech may mean whom the speaker speaks of
QUOTES = frozenset('"“”«»„')
#: sentences walked back through subject pronouns that only this rule can settle ("He lacked …. He
#: supported …. He was executed")
MAX_DEPTH = 4


@dataclass(frozen=True, slots=True)
class Anchor:
    """The antecedent and the index of the sentence whose main subject it is."""

    referent: Referent
    sentence: int


@dataclass
class TopicContinuity:
    """The subjects settled so far in one document, and the rule that continues them."""

    view: DocumentView
    referents: Referents
    #: char offset of a subject pronoun, or of a clause's verb whose subject was dropped → the person it
    #: was settled to (the only reading, or this rule)
    settled: dict[int, Referent] = field(default_factory=dict)

    def record(self, offsets: list[int], referent: Referent) -> None:
        for offset in offsets:
            self.settled.setdefault(offset, referent)

    def antecedent(self, offset: int, gender: str | None, depth: int = 0) -> Anchor | None:
        """The previous sentence's main subject, when the rule above makes it the only antecedent."""
        view = self.view
        here = view.sentence_number(offset)
        if here == 0 or depth > MAX_DEPTH:
            return None
        start, end = view.sentence_starts[here - 1], view.sentence_starts[here]
        between = view.analysis.text[start:offset]
        if "\n" in between or any(mark in between for mark in QUOTES):
            return None  # a new paragraph, or quoted speech
        span = view.span(start, end)
        if span is None:
            return None
        found = self._main_subject(span, depth)
        if found is None:
            return None
        topic, position = found
        if gender and topic.gender and topic.gender != gender:
            return None
        if any(other is not topic for other in self.referents.mentioned_in(here, offset)):
            return None
        if self._competing_subject(span, topic, position):
            return None
        if self._acts_on_another(span, topic, here - 1):
            return None
        if not self._established(topic, here - 1):
            return None
        return Anchor(topic, here - 1)

    # --- the sentence before --------------------------------------------------------------

    def _main_subject(self, span: Span, depth: int) -> tuple[Referent, int] | None:
        """The one person who is the subject of the sentence's main clauses, and the token index where
        it stands; None for no person, several, or a coordination."""
        found: list[tuple[int, Referent]] = []
        for verb in _main_verbs(span):
            subjects = subjects_of(verb)
            if len(subjects) > 1:
                return None  # "Zinóviev y Kámenev encabezaron…": a plural
            if not subjects:
                if verb.dep_ == "conj":
                    continue  # shares its head's subject
                referent = self._dropped(verb)
                if referent is not None:
                    found.append((verb.i, referent))
                continue
            referent = self._person(subjects[0], depth)
            if referent is not None:
                found.append((subjects[0].i, referent))
        if not found or any(referent is not found[0][1] for _, referent in found):
            return None
        return found[0][1], min(position for position, _ in found)

    def _competing_subject(self, span: Span, topic: Referent, position: int) -> bool:
        """Another person is the subject of a clause after the main subject (named, a settled pronoun or
        a settled dropped subject): nearer the pronoun, it could be whom it means."""
        for token in span:
            if token.i <= position:
                continue
            if token.dep_ in SUBJECT_DEPS:
                other = self._person(token, None)
            elif token.pos_ in ("VERB", "AUX"):
                other = self._dropped(token)
            else:
                continue
            if other is not None and other is not topic:
                return True
        return False

    def _acts_on_another(self, span: Span, topic: Referent, sentence: int) -> bool:
        """A verb or noun of `topic_shift_words` with another person of the sentence in its phrase
        ("atacó a Trotski", "ordered Yagoda's arrest", "lo desterró")."""
        start, end = span.start_char, span.end_char
        others = [
            offset
            for other in self.referents.mentioned_in(sentence, end)
            if other is not topic
            for offset in other.mentions.starts
            if start <= offset < end
        ]
        if not others:
            return False
        shift_words = self.view.cues.topic_shift_words
        for token in span:
            if token.lemma_.lower() not in shift_words:
                continue
            words = list(token.subtree)
            first, last = words[0].idx, words[-1].idx + len(words[-1].text)
            if any(first <= offset < last for offset in others):
                return True
        return False

    def _dropped(self, verb: Token) -> Referent | None:
        """The person a verb's dropped subject was settled to (keyed by the verb, its copula or auxiliary)."""
        for token in (verb, *(c for c in verb.children if c.dep_ in ("cop", "aux", "aux:pass", "auxpass"))):
            referent = self.settled.get(token.idx)
            if referent is not None:
                return referent
        return None

    def _person(self, token: Token, depth: int | None) -> Referent | None:
        """The person a subject token stands for: a name (or a name beside a common noun: "Su padre,
        Ilyá Uliánov"), or a singular pronoun settled before or by this rule one sentence further back."""
        view = self.view
        entity = view.entity_holding(token) or view.named_beside(token)
        if entity is not None:
            return self.referents.of_entity(entity.id) if entity.label == "PER" else None
        cues = view.cues
        pronoun = token.lower_ in cues.pronouns or "Prs" in token.morph.get("PronType", [])
        if not pronoun or token.lower_ in cues.plural_pronouns or "Plur" in token.morph.get("Number", []):
            return None
        referent = self.settled.get(token.idx)
        if referent is not None or depth is None:
            return referent
        # a pronoun no event was read for ("In 1925 he backed Stalin"): its only reading, or this rule
        gender = cues.pronoun_gender.get(token.lower_) or next(iter(token.morph.get("Gender", [])), None)
        readings = self.referents.candidates(view.sentence_number(token.idx), token.idx, [], gender)
        if len(readings) == 1:
            return readings[0]
        anchor = self.antecedent(token.idx, gender, depth + 1)
        return anchor.referent if anchor is not None else None

    def _established(self, topic: Referent, sentence: int) -> bool:
        """The topic was already a subject before that sentence. A text's first sentence sets no topic
        yet: "Lenin praised Trotsky in 1917. In 1933 he was arrested" and "Stalin no longer trusted
        Yagoda. In 1935 he was replaced by Yezhov" speak of the object (blind_pronoun_names,
        blind_succession_readings)."""
        start = self.view.sentence_starts[sentence]
        return any(weight >= TOPIC_WEIGHT for _, weight in topic.mentions.before(start, sentence - WINDOW))


def _main_verbs(span: Span) -> list[Token]:
    """The roots of the sentence and the verbs coordinated with them. The parser's sentences may not be
    the analysis's (a line break joined to the sentence before): a token whose head lies outside the
    span is a root of it too, when it is a verb."""
    roots = [
        token
        for token in span
        if token.head == token or (not span.start <= token.head.i < span.end and token.pos_ in ("VERB", "AUX"))
    ]
    found = []
    for root in roots:
        found.append(root)
        found.extend(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return found
