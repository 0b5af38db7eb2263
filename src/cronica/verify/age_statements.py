"""Ages said outside an event: "Cuando era un niño de doce años, León Sedov fue testigo de la revolución de 1917".

An event's own age ("murió a los 53 años", "fue detenido con dieciocho años", "... He was 31.") is read by the
events stage and checked with the event (`claims._age_check`). Here are the others: an age phrase whose
clause tells no event the ontology knows ("was a twelve-year-old boy in 1917", "witnessed the revolution of
1917"), checked against the person's date of birth at the date of that same clause (`verify.ages`).

Every link must hold, or there is no claim:
- the phrase is one of the language's (`resources/<lang>/age_statements.yaml`), not an anniversary ("a los 20
  años de la revolución": a word of `not_after` follows) nor an approximation ("unos 30 años", "about thirty");
- whose age it is comes from the parse: the subject of the phrase's clause (through a when-clause with no
  subject of its own: "Cuando era un niño de doce años, León fue ..."), the relative clause's noun ("Lenin,
  que entonces tenía 46 años, ..."), or the name an appositive phrase hangs on ("Yakov, thirty-six years
  old, ..."); that person is a name the KB links, never a pronoun, and no kinship word stands with it ("the
  son of Stalin, Yakov": the relative's age, which kinship would have to settle);
- the moment is the one date of that clause, never a date in another clause with a subject of its own
  ("Cuando Lenin murió en 1924, Stalin tenía 45 años" gives no date to Stalin's age).
The age contradicts the reference only when no day of the birth and of the moment gives it (Old Style dates
widened), and only when the person's identity is certain (`Identity.certain`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span
from spacy.tokens import Token as SpacyToken

from cronica.events.age import MAX_AGE, MIN_AGE, SUBJECT_DEPS, AgeReader, read_number
from cronica.events.lexicon import load_lexicon as load_events_lexicon
from cronica.events.ontology import KbMapping, Ontology
from cronica.model import Analysis, Claim, Entity, Event, Participant, Sentence, Timex
from cronica.resources import Schema, WordList, load_resource, package_file
from cronica.timex.language import load_lexicon
from cronica.timex.numbers import NumberWords
from cronica.timex.tokens import Token, tokenize
from cronica.verify.checker import Checker
from cronica.verify.claims import (
    AGE,
    AGE_AT_DEATH,
    AGE_MATCH,
    DATE_OF_BIRTH,
    DATE_OF_DEATH,
    POINT_IN_TIME,
    Check,
    Claimed,
)
from cronica.verify.dates import parse_timex_date
from cronica.verify.identity import Identity, IdentityResolver

NUMBER_SLOT, PERSON_SLOT = "{n}", "{p}"
SEX, MALE, FEMALE = "P21", "Q6581097", "Q6581072"
#: the dependency labels of a phrase hung on a noun: the noun is whose age it is
NOUN_MODIFIERS = frozenset({"appos", "amod", "acl", "acl:relcl", "relcl", "nmod"})
#: the labels of a clause inside another: its dates are its own, unless the phrase lies in it
CLAUSES = frozenset({"advcl", "ccomp", "csubj", "acl", "acl:relcl", "relcl", "parataxis", "conj", "xcomp"})
#: parts of speech of a noun phrase: a phrase inside one (not its head) speaks of that noun
NOMINALS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
#: a copula's nominal predicate (English parses hang it on the verb): part of the clause, not a thing in it
PREDICATE_DEPS = frozenset({"attr", "oprd", "acomp"})
#: how far up the parse the phrase's person is looked for
MAX_CLIMB = 4


class AgeStatementsFile(Schema):
    """verify/resources/<lang>/age_statements.yaml"""

    phrases: WordList
    person_nouns: WordList
    not_after: WordList
    approximate: WordList
    kinship: WordList
    presence: WordList
    as_words: WordList


@dataclass(frozen=True)
class Words:
    """One language's age phrases, folded: a pattern's parts are words, `None` for the number, `PERSON_SLOT`."""

    patterns: tuple[tuple[str | None, ...], ...]
    person_nouns: frozenset[str]
    not_after: frozenset[str]
    approximate: frozenset[str]
    kinship: frozenset[str]
    numbers: NumberWords
    presence: frozenset[str] = frozenset()
    as_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AgeStatement:
    """An age the text gives a named person at the date of the same clause."""

    years: int
    start: int
    end: int
    person: Entity
    moment: Timex


@cache
def load_words(lang: str) -> Words | None:
    path = package_file("cronica.verify", "resources", lang, "age_statements.yaml")
    if not path.is_file():
        return None
    data = load_resource(path, AgeStatementsFile)
    patterns = sorted((_pattern(p) for p in data.get("phrases", [])), key=len, reverse=True)

    def folded(key: str) -> frozenset[str]:
        return frozenset(t.key for word in data.get(key, []) for t in tokenize(word))

    return Words(
        tuple(patterns),
        folded("person_nouns"),
        folded("not_after"),
        folded("approximate"),
        folded("kinship"),
        load_lexicon(lang).numbers,
        frozenset(w.lower() for w in data.get("presence", [])),
        frozenset(w.lower() for w in data.get("as_words", [])),
    )


def _pattern(phrase: str) -> tuple[str | None, ...]:
    parts: list[str | None] = []
    for chunk in phrase.replace(NUMBER_SLOT, f" {NUMBER_SLOT} ").replace(PERSON_SLOT, f" {PERSON_SLOT} ").split():
        if chunk == NUMBER_SLOT:
            parts.append(None)
        elif chunk == PERSON_SLOT:
            parts.append(PERSON_SLOT)
        else:
            parts.extend(t.key for t in tokenize(chunk))
    return tuple(parts)


def find_phrases(text: str, words: Words) -> Iterator[tuple[int, int, int]]:
    """(years, start, end) of each age phrase in `text` (offsets into it), longest first at each place."""
    tokens = tokenize(text)
    index = 0
    while index < len(tokens):
        found = None
        for pattern in words.patterns:
            found = _match(pattern, tokens, index, words)
            if found is not None:
                break
        if found is None:
            index += 1
            continue
        years, end, number_at = found
        before = tokens[number_at - 1].key if number_at > 0 else ""
        opening = tokens[index - 1].key if index > 0 else ""
        after = tokens[end].key if end < len(tokens) else ""
        approximate = before in words.approximate or opening in words.approximate
        if MIN_AGE <= years <= MAX_AGE and not approximate and after not in words.not_after:
            # a phrase opened or closed by a comma (an appositive) is the words between
            first, last = index, end - 1
            while first < last and not tokens[first].key.isalnum():
                first += 1
            while last > first and not tokens[last].key.isalnum():
                last -= 1
            yield years, tokens[first].start, tokens[last].end
        index = end


def _match(
    pattern: Sequence[str | None], tokens: Sequence[Token], start: int, words: Words
) -> tuple[int, int, int] | None:
    """(years, end index, index of the number) when the tokens from `start` read as the pattern."""
    index, years, number_at = start, None, start
    for part in pattern:
        if index >= len(tokens):
            return None
        if part is None:
            parsed = read_number(words.numbers, tokens, index)
            if parsed is None:
                return None
            number_at = index
            index, years = parsed
        elif part == PERSON_SLOT:
            if tokens[index].key not in words.person_nouns:
                return None
            index += 1
        elif tokens[index].key != part:
            return None
        else:
            index += 1
    return (years, index, number_at) if years is not None else None


@dataclass(frozen=True)
class Context:
    """What every sentence's statements are read against, gathered once per document."""

    #: the spans of ages an event's claim already reads (`Event.age`)
    taken: tuple[tuple[int, int], ...]
    people: tuple[Entity, ...]
    dates: tuple[Timex, ...]

    @classmethod
    def of(cls, analysis: Analysis) -> Context:
        return cls(
            tuple((e.age.start, e.age.end) for e in analysis.events if e.age is not None),
            tuple(e for e in analysis.entities if e.label == "PER"),
            tuple(t for t in analysis.timexes if t.type == "DATE"),
        )


def read_statements(sentence: Span, context: Context, words: Words) -> Iterator[AgeStatement]:
    """The age statements of one sentence: an age phrase, the named person it is about, the one date of its
    clause. Phrases an event's claim already reads are left to it."""
    offset = sentence.start_char
    for years, start, end in find_phrases(sentence.text, words):
        start, end = start + offset, end + offset
        if any(s < end and start < e for s, e in context.taken):
            continue
        statement = _statement(sentence, years, start, end, context.people, context.dates, words)
        if statement is not None:
            yield statement


def _statement(
    sentence: Span,
    years: int,
    start: int,
    end: int,
    people: Sequence[Entity],
    dates: Sequence[Timex],
    words: Words,
) -> AgeStatement | None:
    inside = [t for t in sentence if start <= t.idx < end]
    heads = [t for t in inside if not (start <= t.head.idx < end) or t.head == t]
    if len(heads) != 1:
        return None
    found = _person_and_clause(heads[0], words)
    if found is None:
        return None
    person, clause = found
    entity = next((e for e in people if e.start <= person.idx < e.end), None)
    if entity is None or not entity.item_id:
        return None
    if any(t.lower_ in words.kinship or t.lemma_.lower() in words.kinship for t in _near(person)):
        return None  # "el hijo de Stalin, Yákov": a relative's age
    own = _own_tokens(clause, {t.i for t in inside})
    moments = {
        t.value: t
        for t in dates
        if sentence.start_char <= t.start < sentence.end_char
        and t.start in own
        and _dates_clause(sentence, t, clause, words)
    }
    if len(moments) != 1:
        return None
    return AgeStatement(years, start, end, entity, next(iter(moments.values())))


def _dates_clause(sentence: Span, timex: Timex, clause: SpacyToken, words: Words) -> bool:
    """The date is the clause's own ("en 1906", "in August 1936"), not a thing's name inside it ("escribió la
    historia de la revolución de 1917": the age is at the writing), unless the clause says the person was
    present at that thing ("fue testigo de la revolución de 1917", "witnessed the revolution of 1917":
    `presence`)."""
    token = next((t for t in sentence if t.idx >= timex.start), None)
    for _ in range(MAX_CLIMB + 2):
        if token is None or token == clause:
            return token is not None
        predicate = token.head == clause and token.dep_ in PREDICATE_DEPS  # "was a boy in 1917"
        if token.pos_ in NOMINALS and not timex.start <= token.idx < timex.end and not predicate:
            break  # a noun outside the date's words holds it: a thing's date
        if token.head == token:
            return False
        token = token.head
    else:
        return False
    return clause.lemma_.lower() in words.presence or clause.lower_ in words.presence


def _person_and_clause(head: SpacyToken, words: Words) -> tuple[SpacyToken, SpacyToken] | None:
    """The token naming whose age the phrase gives, and the head of the clause that dates it."""
    token = head
    for _ in range(MAX_CLIMB):
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            subject = subjects[0]
            if _relative_pronoun(subject) and token.dep_ in NOUN_MODIFIERS and token.head.pos_ == "PROPN":
                return token.head, _clause_of(token.head)  # "Lenin, que entonces tenía 46 años, vivía ..."
            if subject.pos_ != "PROPN" or len(subjects) > 1:
                return None  # a pronoun, a common noun ("su hijo"), a coordination: not said here whose age
            return subject, token
        if _person_as_argument(token, words):
            return None  # "met a boy of twelve", "regresó con un niño de doce años": the boy's age
        if token.head == token:
            return None
        parent = token.head
        if token.dep_ in NOUN_MODIFIERS or (parent.pos_ in NOMINALS and not _predicate(parent)):
            if parent.pos_ == "PROPN" and token.dep_ in NOUN_MODIFIERS:
                return parent, _clause_of(parent)  # "Yakov, thirty-six years old, was taken ..."
            if parent.lower_ not in words.person_nouns or token.dep_ not in NOUN_MODIFIERS:
                return None  # inside another noun's phrase: "his son, a boy of eleven", "the arrest of a boy of 12"
        token = parent  # "a twelve-year-old boy": the person noun is the phrase's
    return None


def _person_as_argument(token: SpacyToken, words: Words) -> bool:
    """A person noun ("boy", "niño") that is a verb's object or the object of a preposition other than "as"
    / "como": a person of its own, not the subject said "as a boy"."""
    if token.lower_ not in words.person_nouns or _predicate(token) or token.dep_ in PREDICATE_DEPS | {"advcl"}:
        return False
    if token.dep_ in NOUN_MODIFIERS:
        return False  # settled by the noun it modifies
    markers = [c for c in token.children if c.dep_ == "case"] + ([token.head] if token.dep_ == "pobj" else [])
    return not any(m.lower_ in words.as_words for m in markers)


def _predicate(token: SpacyToken) -> bool:
    """A noun heading a clause ("fue testigo de ...", "was a boy"): a copula or a subject of its own."""
    return token.head == token or any(c.dep_ == "cop" or c.dep_ in SUBJECT_DEPS for c in token.children)


def _clause_of(token: SpacyToken) -> SpacyToken:
    """The verb (or predicate) heading the clause a noun stands in."""
    while token.head != token and token.pos_ in ("PROPN", "NOUN", "PRON") and token.dep_ not in CLAUSES:
        token = token.head
    return token


def _relative_pronoun(token: SpacyToken) -> bool:
    return token.pos_ == "PRON" and bool({"Rel", "Int,Rel"} & set(token.morph.get("PronType", [])))


def _near(person: SpacyToken) -> list[SpacyToken]:
    """The person's own words and those it hangs on (two steps up): where a kinship word would stand."""
    near = list(person.subtree)
    token = person
    for _ in range(2):
        if token.head == token:
            break
        token = token.head
        near.append(token)
        near.extend(c for c in token.children if c.dep_ in ("nmod", "compound", "poss", "appos", "flat"))
    return near


def _own_tokens(clause: SpacyToken, phrase: set[int]) -> set[int]:
    """Character offsets of the clause's own tokens: its subtree without any clause inside it that has a
    subject of its own and does not hold the phrase (a date there is another event's)."""
    skipped: set[int] = set()
    for token in clause.subtree:
        if token == clause or token.dep_ not in CLAUSES:
            continue
        subtree = {t.i for t in token.subtree}
        if subtree & phrase:
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in token.children) or token.dep_ in ("ccomp", "parataxis", "conj"):
            skipped |= subtree
    return {t.idx for t in clause.subtree if t.i not in skipped}


def age_statement_claims(
    analysis: Analysis, docs: Iterable[Doc], checker: Checker, resolver: IdentityResolver, ontology: Ontology
) -> list[Claim]:
    """One claim per age statement, judged by the date-of-birth arithmetic of `verify.ages`: an age at a
    date of its own clause, and an age alone in its sentence after a nominal death ("... the death of Lev
    Sedov. He was 32."). The parse is read batch by batch, each sentence once (no batch is kept)."""
    words = load_words(analysis.document.lang)
    if words is None:
        return []
    context = Context.of(analysis)
    deaths = _deaths_before(analysis, ontology)
    reader = _alone_reader(analysis.document.lang) if deaths else None
    claims = []
    for doc in docs:
        for sentence in doc.sents:
            for statement in read_statements(sentence, context, words):
                claim = _dated_claim(analysis, statement, checker, resolver)
                if claim is not None:
                    claims.append(claim)
            for event, told in deaths.get(sentence.start_char, ()):
                claim = _after_death_claim(analysis, event, told, sentence, reader, checker, resolver, ontology)
                if claim is not None:
                    claims.append(claim)
    return claims


def _dated_claim(
    analysis: Analysis, statement: AgeStatement, checker: Checker, resolver: IdentityResolver
) -> Claim | None:
    person = statement.person
    identity = resolver.identify(Participant("agent", person.id, person.text, person.start, person.end))
    if identity is None or not identity.resolved:
        return None
    moment = statement.moment
    date = parse_timex_date(moment.value)
    if date is None:
        return None
    if moment.calendar == "julian":
        date = date.as_julian()
    said = analysis.text[statement.start : statement.end]
    check = Check(
        KbMapping(DATE_OF_BIRTH, "agent", AGE, match=AGE_MATCH),
        identity.candidates[0],
        person.text,
        DATE_OF_BIRTH,
        Claimed("age", str(statement.years), said),
        {POINT_IN_TIME: Claimed("date", date, moment.text, mod=moment.mod, calendar_stated=bool(moment.calendar))},
        person.score,
    )
    return _judge(analysis, statement.start, statement.end, check, identity, person, checker)


def _deaths_before(analysis: Analysis, ontology: Ontology) -> dict[int, list[tuple[Event, Sentence]]]:
    """Start of the sentence after it → each death told by a noun (with no age of its own) and its sentence,
    when that sentence's one event with a person is this death and no paragraph break follows it."""
    by_sentence: dict[int, list[Event]] = {}
    for event in analysis.events:
        index = analysis.sentence_index(event.trigger.start)
        if index is not None and any(p.entity or p.kin for p in event.participants):
            by_sentence.setdefault(index, []).append(event)
    deaths: dict[int, list[tuple[Event, Sentence]]] = {}
    for index, events in by_sentence.items():
        if len(events) != 1 or index + 1 >= len(analysis.sentences):
            continue
        (event,) = events
        if event.trigger.pos != "NOUN" or event.age is not None or event.modality != "asserted":
            continue
        if not any(m.property == DATE_OF_DEATH and m.value == "time" for m in ontology.type(event.type).kb):
            continue
        told, following = analysis.sentences[index], analysis.sentences[index + 1]
        if "\n" not in analysis.text[told.end : following.start]:  # the same paragraph
            deaths.setdefault(following.start, []).append((event, told))
    return deaths


def _alone_reader(lang: str) -> tuple[AgeReader, Mapping[str, str]] | None:
    """The events stage's reader of a sentence that only gives an age, and its pronouns' genders."""
    lexicon = load_events_lexicon(lang)
    if lexicon is None or not lexicon.cues.age_clause_phrases:
        return None
    cues = lexicon.cues
    reader = AgeReader.of(lexicon.lang, cues.age_phrases, cues.age_clause_phrases, sorted(cues.age_when_words))
    return reader, cues.pronoun_gender


def _after_death_claim(
    analysis: Analysis,
    event: Event,
    told: Sentence,
    span: Span,
    reader: tuple[AgeReader, Mapping[str, str]] | None,
    checker: Checker,
    resolver: IdentityResolver,
    ontology: Ontology,
) -> Claim | None:
    """ "Hoy se cumplen 80 años de la muerte del hijo mayor de Trotski, León Sedov. Tenía 31 años.": a sentence
    that only gives an age (`AgeReader.age_alone`), right after a sentence whose one event is a death told
    by a noun, gives the dead person's age at death. The dead person is the death's named person, or the
    name in apposition to its kinship noun when the KB holds that relation; no other person may be named
    in that sentence but inside those words; a pronoun's gender must be the person's."""
    if reader is None:
        return None
    read = reader[0].age_alone(span, reader[1])
    found = _dead_person(analysis, event, ontology.type(event.type).main_role, resolver)
    if read is None or found is None:
        return None
    age, gender = read
    person, identity, words = found
    named = [e for e in analysis.entities_starting(told.start, told.end) if e.label == "PER"]
    if any(not (words[0] <= e.start and e.end <= words[1]) for e in named):
        return None  # another person named in the sentence may be whom the age is about
    if gender is not None and gender != _sex(checker, identity.candidates[0]):
        return None
    check = Check(
        KbMapping(DATE_OF_BIRTH, "patient", AGE_AT_DEATH, match=AGE_MATCH),
        identity.candidates[0],
        person.text,
        DATE_OF_BIRTH,
        Claimed("age", str(age.years), age.text),
        {},
        person.score,
    )
    return _judge(analysis, age.start, age.end, check, identity, person, checker)


def _dead_person(
    analysis: Analysis, event: Event, main: str | None, resolver: IdentityResolver
) -> tuple[Entity, Identity, tuple[int, int]] | None:
    """The death's person, its identity and the words naming it (a kinship noun and its apposition)."""
    participant = next((p for p in event.participants if p.role == main), None)
    if participant is None:
        return None
    entities = analysis.entities_by_id
    entity = entities.get(participant.entity or "")
    if entity is not None and entity.item_id and entity.label == "PER" and not participant.kin:
        identity = resolver.identify(participant)
        if identity is None or not identity.certain:
            return None
        return entity, identity, (participant.start, participant.end)
    if not participant.kin:
        return None
    # a bisection within the sentence: asked per death, a scan of every entity is quadratic on a book
    sentence = analysis.sentence_of(participant.start)
    until = sentence.end if sentence is not None else len(analysis.text)
    named = next((e for e in analysis.entities_starting(participant.end, until) if e.label == "PER"), None)
    if named is None or not named.item_id or analysis.text[participant.end : named.start].strip() != ",":
        return None  # "del hijo mayor de Trotski, León Sedov": the name right after the kinship noun
    kin = resolver.identify(participant)
    identity = resolver.identify(Participant(main or "patient", named.id, named.text, named.start, named.end))
    if kin is None or identity is None or not identity.certain or identity.candidates[0] not in kin.candidates:
        return None  # the KB must hold the relation the words state
    return named, identity, (participant.start, named.end)


def _sex(checker: Checker, qid: str) -> str | None:
    values = {str(f.value) for f in checker.view.facts(qid, SEX)}
    return "Masc" if values == {MALE} else "Fem" if values == {FEMALE} else None


def _judge(
    analysis: Analysis,
    start: int,
    end: int,
    check: Check,
    identity: Identity,
    person: Entity,
    checker: Checker,
) -> Claim | None:
    """The claim: supported when a day of the birth and of the moment gives the age, contradicted when none
    does and the person is certain (with its proof), else not enough info."""
    finding = checker.check("", check)[0]
    explain, confidence = checker.explain, checker.policy.confidence
    text = analysis.text[start:end]
    if finding.outcome == "agrees":
        evidence = explain.evidence([finding])
        return Claim("", None, start, end, text, "supported", evidence, None, finding.explanation, finding.confidence)
    if finding.outcome != "differs":
        explanation = finding.explanation
        return Claim("", None, start, end, text, "not_enough_info", (), None, explanation, confidence.not_enough_info)
    if not identity.certain:
        explanation = explain.identity_uncertain(person.text)
        return Claim("", None, start, end, text, "not_enough_info", (), None, explanation, confidence.not_enough_info)
    mention = (person.text, person.start, person.end)
    note = explain.identity_note(identity.basis, identity.relation, identity.relative_of, person.text, check.subject)
    proof = explain.proof(finding, identity.basis, note, mention)
    evidence = explain.evidence([finding])
    explanation = finding.explanation
    return Claim(
        "", None, start, end, text, "contradicted", evidence, finding.correction, explanation, finding.confidence, proof
    )
