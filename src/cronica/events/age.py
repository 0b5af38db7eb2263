"""The age a text gives the person of an event: "murió a los 53 años", "died aged 73", "at the age of eighteen".

An age is a checkable claim: with the reference's date of birth and the event's date (for a
death, the reference's date of death) it either fits or cannot. Only the trigger's own
modifiers are read, never its subject's or object's ("Ramón Mercader, de 26 años, asesinó a
Trotski" gives Mercader's age, not Trotsky's), and the phrase must be the whole modifier ("at
5 pm" is no age). The phrases are data (cues.yaml `age_phrases`, `{n}` for the number); the
number words are the date tagger's (timex resources, `numbers`), so a language writes them once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Span
from spacy.tokens import Token as SpacyToken

from cronica.events.frame import gender_of
from cronica.model import Age
from cronica.timex.language import load_lexicon
from cronica.timex.numbers import NumberWords, digits_value
from cronica.timex.tokens import Token, tokenize

#: the place of the number in a phrase of `age_phrases`
NUMBER_SLOT = "{n}"
#: the place of any one word ("cuando era un {w} de {n} años": niño, joven, estudiante...)
WORD_SLOT = "{w}"
#: how many words a number may take when spelled out ("ciento veinte", "treinta y dos")
NUMBER_WORDS = 3
#: an age outside this range is not an age ("a los 1917 años" is a misreading)
MIN_AGE, MAX_AGE = 1, 120


#: subjects of a clause
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})

#: a pattern's parts: a folded word, `None` for the number, `WORD_SLOT` for any one word
Pattern = tuple[str | None, ...]


@dataclass(frozen=True)
class AgeReader:
    """Reads the ages of one language: its phrases (folded words, `None` for the number) and number words."""

    phrases: tuple[Pattern, ...]
    numbers: NumberWords
    #: "was {n} years old", "tenía {n} años": a clause over a when-clause ("… when he died")
    clause_phrases: tuple[Pattern, ...] = ()
    when_words: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, lang: str, phrases: Sequence[str], clause_phrases: Sequence[str] = (), when_words: Sequence[str] = ()
    ) -> AgeReader:
        numbers = load_lexicon(lang).numbers if phrases or clause_phrases else NumberWords({}, {}, frozenset())
        return cls(_patterns(phrases), numbers, _patterns(clause_phrases), frozenset(w.lower() for w in when_words))

    def age_over(self, trigger: SpacyToken) -> Age | None:
        """The age a clause above the trigger's when-clause gives its subject ("Lenin was 53 when he
        died", "Bujarin tenía 49 años cuando fue fusilado"), when both clauses speak of the same
        person: the event's subject is a pronoun or left out, never a noun or a name of its own
        ("Lenin tenía 15 años cuando murió su padre" is Lenin's age, not the father's)."""
        if not self.clause_phrases or trigger.dep_ != "advcl" or trigger.head == trigger:
            return None
        if not any(c.lower_ in self.when_words and c.dep_ in ("mark", "advmod") for c in trigger.children):
            return None
        own = [c for c in trigger.children if c.dep_ in SUBJECT_DEPS]
        if any(not _personal_pronoun(s) for s in own):
            return None
        head = trigger.head
        subject = {t.i for c in head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        if own and not subject:
            return None  # "tenía 12 años cuando él murió": whose age the clause gives is not said
        skipped = subject | {t.i for t in trigger.subtree}
        words = [t for t in head.subtree if t.i not in skipped and not t.is_punct]
        if not words:
            return None
        tokens = tokenize(" ".join(t.text for t in words))
        for pattern in self.clause_phrases:
            matched = self._match(pattern, tokens)
            if matched is not None and matched[1] == len(tokens) and MIN_AGE <= matched[0] <= MAX_AGE:
                start, last = words[0].idx, words[-1]
                end = last.idx + len(last.text)
                return Age(matched[0], trigger.doc[words[0].i : last.i + 1].text, start, end)
        return None

    def age_alone(self, sentence: Span, pronouns: Mapping[str, str]) -> tuple[Age, str | None] | None:
        """The age a sentence of its own gives its subject, and the subject pronoun's gender: "He was
        only 32.", "Tenía treinta y dos años." Nothing else may stand in it (no date, no other clause,
        no named subject): only a personal pronoun or no subject at all, then a whole `age_clause_phrases`
        phrase. Whose age it is, and at which event, is the caller's to settle (the sentence before)."""
        if not self.clause_phrases:
            return None
        words = [t for t in sentence if not t.is_punct and not t.is_space]
        if len(words) > 1 + max(len(pattern) for pattern in self.clause_phrases) + NUMBER_WORDS:
            return None  # longer than a pronoun and a phrase: other words stand in it (cheap test first)
        gender = None
        if words and words[0].dep_ in SUBJECT_DEPS:
            if not _personal_pronoun(words[0]):
                return None
            gender = pronouns.get(words[0].lower_) or gender_of(words[0])
            words = words[1:]
        if not words or any(t.dep_ in SUBJECT_DEPS for t in words):
            return None
        tokens = tokenize(" ".join(t.text for t in words))
        for pattern in self.clause_phrases:
            matched = self._match(pattern, tokens)
            if matched is not None and matched[1] == len(tokens) and MIN_AGE <= matched[0] <= MAX_AGE:
                first, last = words[0], words[-1]
                said = sentence.doc[first.i : last.i + 1].text
                return Age(matched[0], said, first.idx, last.idx + len(last.text)), gender
        return None

    def age_at(self, trigger: SpacyToken) -> Age | None:
        """The age one of the trigger's own modifiers states, or None. The phrase opens the modifier
        and holds its head; only punctuation may follow it inside ("A los 18 años, en 1898, ...":
        the parser hangs the date on "años"). A subject's or object's modifier is never read: it
        lies inside their subtree, not at the start of one."""
        if not self.phrases:
            return None
        doc = trigger.doc
        for child in trigger.children:
            subtree = list(child.subtree)
            start = subtree[0].idx
            # the span's own text: `doc.text` rebuilds the whole document's on every read (#17)
            text = doc[subtree[0].i : subtree[-1].i + 1].text
            read = self.read(text, child.idx - start)
            if read is not None:
                years, first, last = read
                return Age(years, text[first:last], start + first, start + last)
        return None

    def read(self, text: str, head: int = 0) -> tuple[int, int, int] | None:
        """(age, start, end) of a phrase opening `text`, when the phrase holds the character `head`
        and nothing but punctuation follows it."""
        tokens = tokenize(text)
        while tokens and not tokens[0].key.isalnum():
            tokens.pop(0)
        for pattern in self.phrases:
            matched = self._match(pattern, tokens)
            if matched is None:
                continue
            age, end = matched
            if end < len(tokens) and tokens[end].key.isalnum():
                continue  # "at 5 pm": more words follow
            if not (tokens[0].start <= head < tokens[end - 1].end):
                continue  # the modifier's head lies beyond the phrase
            if MIN_AGE <= age <= MAX_AGE:
                return age, tokens[0].start, tokens[end - 1].end
        return None

    def _match(self, pattern: Pattern, tokens: Sequence[Token]) -> tuple[int, int] | None:
        """(age, tokens used) when the tokens open with the pattern."""
        index, age = 0, None
        for part in pattern:
            if index >= len(tokens):
                return None
            if part == WORD_SLOT:
                if not tokens[index].key.isalpha():
                    return None
                index += 1
                continue
            if part is not None:
                if tokens[index].key != part:
                    return None
                index += 1
                continue
            parsed = read_number(self.numbers, tokens, index)
            if parsed is None:
                return None
            index, age = parsed
        return (age, index) if age is not None else None


def read_number(numbers: NumberWords, tokens: Sequence[Token], index: int) -> tuple[int, int] | None:
    """(end index, value) of a number in digits or words at `index`. An article alone is no number ("a
    boy"), and a tens word joined to an article is one more ("treinta y un años": the date tagger reads
    "un" as one only where a number starts)."""
    value = digits_value(tokens[index])
    if value is not None:
        return index + 1, value
    parsed = numbers.parse(tokens, index)
    if parsed is None:
        return None
    end, value = parsed
    if end == index + 1 and tokens[index].key in numbers.articles:
        return None
    if (
        value >= 20
        and value % 10 == 0
        and end + 1 < len(tokens)
        and tokens[end].key in numbers.connectors
        and tokens[end + 1].key in numbers.articles
        and numbers.cardinals.get(tokens[end + 1].key) == 1
    ):
        return end + 2, value + 1
    return end, value


def _patterns(phrases: Sequence[str]) -> tuple[Pattern, ...]:
    return tuple(
        tuple(None if t.text == NUMBER_SLOT else WORD_SLOT if t.text == WORD_SLOT else t.key for t in _phrase_tokens(p))
        for p in phrases
    )


def _personal_pronoun(token: SpacyToken) -> bool:
    return token.pos_ == "PRON" and "Prs" in token.morph.get("PronType", [])


def _phrase_tokens(phrase: str) -> list[Token]:
    """A phrase's tokens, its `{n}` kept as one token."""
    tokens: list[Token] = []
    for part in phrase.replace(NUMBER_SLOT, f" {NUMBER_SLOT} ").replace(WORD_SLOT, f" {WORD_SLOT} ").split():
        if part in (NUMBER_SLOT, WORD_SLOT):
            tokens.append(Token(part, part, 0, 0, False, False, False))
        else:
            tokens.extend(tokenize(part))
    return tokens
