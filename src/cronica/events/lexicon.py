"""Per-language trigger lexicons and cue lists, loaded from `resources/<lang>/*.yaml`.

Language knowledge is data: adding a language means adding a folder with
`triggers.yaml` and `cues.yaml` (see docs/events.md), not code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, TypeGuard

from pydantic import Field

from cronica.errors import CronicaError
from cronica.events.ontology import load_ontology
from cronica.model import Kin, Manner
from cronica.resources import Schema, WordList, load_resource, package_file


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """How one lemma (or lemma pair) evokes an event type and maps its dependents to roles."""

    type: str
    manner: Manner | None = None
    subject: str = "agent"
    object: str = "patient"
    complement: str | None = None
    of: str = "patient"
    preps: Mapping[str, str | None] = field(default_factory=dict)
    requires: tuple[str, ...] = ()
    voice: str | None = None
    reflexive: bool = False
    #: "expulsado de la Unión Soviética": when the organization is a place, the event is this type
    #: (its organization becoming the origin)
    from_place: str | None = None
    #: "apartado del Politburó", "removed from the Presidium": when the position reached through "de"/"from"
    #: is a body (an organization), the event is this type (the body becoming its organization)
    from_body: str | None = None
    #: the verb itself says the event happens again ("readmitir", "rejoin"): never the first one
    repeated: bool = False
    #: the subject's role when the verb has no object ("the party dissolved": patient, not agent)
    subject_without_object: str | None = None
    #: a place the parser hung on one of the event's other words is the event's own ("born Lev Rosenfeld
    #: in Moscow", "born into a Jewish family in Rybinsk", "nació en el seno de una familia judía en
    #: Moscú"): one may be born of, or into, only one place at a time
    carried_place: bool = False
    #: "was transferred to the People's Commissariat of ...": when the destination is a body, not a place,
    #: the event is this type (the body becoming its position)
    to_body: str | None = None
    #: the entry fits only when the verb has a dependent introduced by one of these prepositions and headed by
    #: a name or a pronoun ("Stalin replaced Yagoda with Yezhov": the subject made the change, "with" names the
    #: successor; "por orden de Stalin" is a cause, not a successor)
    with_preps: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Cues:
    negation: frozenset[str]
    negating_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    report_verbs: frozenset[str]
    report_markers: tuple[str, ...]
    hypothetical_markers: tuple[str, ...]
    time_same: tuple[str, ...]
    time_after: tuple[str, ...]
    pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    reflexive: frozenset[str]
    passive_aux: frozenset[str]
    #: participle ending → infinitive endings, for participles the tagger leaves as adjectives with
    #: themselves as lemma ("fusilado" → fusilar); longest ending first
    participle_infinitives: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: (phrase, manner) for a death whose trigger does not say how ("died of natural causes");
    #: longest phrase first
    manner_phrases: tuple[tuple[str, Manner], ...] = ()
    #: kinship noun lemma → relation ("padre" → father): the participant is the relative, not the possessor
    kinship: Mapping[str, Kin] = field(default_factory=dict)
    #: plural personal pronouns: never one person
    plural_pronouns: frozenset[str] = frozenset()
    #: words that stand for exactly two persons ("ambos", "both"; "dos"/"two" only after a definite
    #: article: "los dos", "the two"): each of the two named last is the filler
    dual_words: frozenset[str] = frozenset()
    dual_numbers: frozenset[str] = frozenset()
    #: gendered pronoun forms → Masc/Fem (where the morphology does not say it)
    pronoun_gender: Mapping[str, str] = field(default_factory=dict)
    #: phrases saying the event happened again ("de nuevo", "again"), longest first
    repetition_markers: tuple[str, ...] = ()
    #: verbs that with an infinitive say the event happened again ("volvió a ser expulsado")
    repetition_verbs: frozenset[str] = frozenset()
    #: verbs whose subject brings about the event of their complement ("logró que fuera expulsado",
    #: "had him expelled"): that subject is the event's agent, never its patient
    causative_verbs: frozenset[str] = frozenset()
    #: lemmas of verbs and nouns that act on a person ("atacó a Trotski", "ordered Yagoda's arrest"): the
    #: person acted on may be what the next sentence speaks of, so the subject does not continue for certain
    topic_shift_words: frozenset[str] = frozenset()
    #: verbs of becoming over a copular clause ("pasó a ser presidente", "llegó a ser secretario"):
    #: the office begins there, an event (`copular_onset` in triggers.yaml), not a description
    onset_verbs: frozenset[str] = frozenset()
    #: verbs of heading a body ("to head the party organization", "pasó a encabezar el Consejo") and verbs
    #: that, governing one, put the person in that post ("was transferred to Leningrad to head ...",
    #: "moved to head", "fue trasladado para dirigir", "pasó a encabezar"): the post begins, an event
    #: (`headship_onset` in triggers.yaml); a headship verb alone ("dirigió el partido") is no event
    headship_verbs: frozenset[str] = frozenset()
    post_taking_verbs: frozenset[str] = frozenset()
    #: words after which a verbless conjunct with a date of its own repeats the verb's frame ("and in
    #: 1929 from the Soviet Union", "; en 1929, de la Unión Soviética": `gapping`)
    gap_joiners: frozenset[str] = frozenset()
    #: adverbs of sequence opening a predicate that shares the clause's subject ("luego deportado", "then exiled")
    continuation_adverbs: frozenset[str] = frozenset()
    #: words before a date that make it the end of a state ("hasta 1930", "until 1930") or its start
    #: ("desde 1918", "since 1918"): an end never dates a punctual event
    time_until: tuple[str, ...] = ()
    time_since: tuple[str, ...] = ()
    #: prepositions by which a date names the noun before it when the parser hangs the date on the
    #: preposition ("the congress of 1927": `timing.named_dates`); Spanish hangs "de 1927" on the noun itself
    name_prepositions: frozenset[str] = frozenset()
    #: nouns of time that a date through such a preposition only narrows ("in the chaotic days of June 1941",
    #: "on the night of 20 August"): the date is the event's own
    time_nouns: frozenset[str] = frozenset()
    #: verbs saying that an event happened ("acaecida en 1848", "which came on 16 December 1934") and
    #: verbs of deciding it ("decidida en 1927"): in an apposition to an event noun, their date is the
    #: noun's (`timing`); multiword ones ("tener lugar", "take place") as the lemma and a dependent word
    occurrence_verbs: tuple[str, ...] = ()
    decision_verbs: tuple[str, ...] = ()
    #: characters that split a life span's birth from its death ("(1870–1924)")
    life_span_separators: frozenset[str] = frozenset()
    #: words opening a one-sided life span ("(n. 1879)", "(b. 1879)", "(d. 1940)"), lowercased
    birth_markers: tuple[str, ...] = ()
    death_markers: tuple[str, ...] = ()
    #: an entry's labels of a birth or a death line, read only before a colon ("Born: …", "Fallecimiento: …")
    birth_labels: tuple[str, ...] = ()
    death_labels: tuple[str, ...] = ()
    #: a ruler's titles: bare years in brackets after "Tsar Nicholas II" are the reign, not the life
    reign_titles: frozenset[str] = frozenset()
    #: a life span's death part that names its place as the birth's ("(Moscú, 1883 - íd., 1936)"), lowercased
    same_place: tuple[str, ...] = ()
    #: phrases giving a person's age at the event ("a los {n} años", "aged {n}"), `{n}` the number
    age_phrases: tuple[str, ...] = ()
    #: a clause giving its subject's age over a when-clause ("was {n} years old", "tenía {n} años"),
    #: and the words opening that when-clause ("when", "cuando")
    age_clause_phrases: tuple[str, ...] = ()
    age_when_words: frozenset[str] = frozenset()
    #: possessive determiners (lowercased forms): "Su madre (1858-1937)" under a heading names someone else
    possessives: frozenset[str] = frozenset()
    #: governing verbs that order the event: it is told as ordered, not as done (hypothetical)
    directive_verbs: frozenset[str] = frozenset()
    #: verbs and nouns of an intention ("tramar", "dream of", "the aim", "el complot") that govern a noun event
    #: ("plotting the murder of Stalin", "soñaban con la muerte de Stalin"): the event is intended, not told
    intention_verbs: frozenset[str] = frozenset()
    intention_nouns: frozenset[str] = frozenset()
    #: prepositions through which an intention governs a noun event ("conspired in", "soñaban con"); any other
    #: ("after", "tras") makes the noun an adjunct of the verb, not what was meant
    intention_prepositions: frozenset[str] = frozenset()
    #: an indefinite article makes a predicative noun a description, not an office ("fue un revolucionario")
    indefinite_articles: frozenset[str] = frozenset()
    #: articles that may stand between such a word and its date ("hasta el 5 de mayo")
    articles: frozenset[str] = frozenset()
    #: nouns that name a post without saying which ("el puesto de comisario", "his post as Commissar",
    #: "sus funciones"): never the position; the office named after them is
    generic_positions: frozenset[str] = frozenset()
    #: head nouns of an office's title: an appositive headed by one gives its person the office ("Lenin, the
    #: first president of the Soviet Union"; "Rykov, presidente de la URSS"), a claim to check (issue 13)
    office_heads: frozenset[str] = frozenset()
    #: prepositions after a generic post noun that name the office ("puesto de", "post as")
    position_prepositions: frozenset[str] = frozenset()
    #: prepositions of leaving ("apartado de", "removed from"): a body after them is an organization
    from_prepositions: frozenset[str] = frozenset()
    #: finite-verb ending → infinitive endings, for verb forms the lemmatizer gets wrong
    #: ("desterraran" → "desterrarar"); longest ending first
    verb_form_infinitives: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: base forms the lemmatizer reads as another verb's past ("helped found Pravda": "found" → find):
    #: form → lemma, taken only under one of `base_form_governors` ("to", "help", a modal)
    base_forms: Mapping[str, str] = field(default_factory=dict)
    base_form_governors: frozenset[str] = frozenset()
    #: words introducing an infinitive of purpose ("para matar", "to kill"): a goal, not a fact
    purpose_markers: frozenset[str] = frozenset()
    #: prepositions that make a place of a place-like noun when the lexicon maps none ("en", "in", "near")
    place_prepositions: frozenset[str] = frozenset()
    #: relative adverbs of place: "Saint Helena, where he died", "Coyoacán, donde murió"
    where_words: frozenset[str] = frozenset()
    #: "one" words: "one of the editors who founded Pravda" (the relative's antecedent is "one")
    one_words: frozenset[str] = frozenset()
    #: prepositions of the passive agent ("by", "por")
    agent_prepositions: frozenset[str] = frozenset()
    #: heads of an agent preposition's phrase that name a cause, a means or an occasion, not who acted
    #: ("por primera vez", "por sus ideas", "by gunfire", "by order of the court")
    not_agents: frozenset[str] = frozenset()
    #: the preposition marking a personal direct object (Spanish "a": "expulsó a Trotsky"), and its
    #: forms with an article fused ("al"); none in English
    personal_a: str | None = None
    personal_a_forms: frozenset[str] = frozenset()
    #: prepositions of a noun's "of" phrase ("la muerte de Lenin", "the death of Lenin")
    of_prepositions: frozenset[str] = frozenset()
    #: object clitics glued to a verb ("asesinarlo"), longest first; a reflexive one is not listed
    object_clitics: tuple[str, ...] = ()
    #: reflexive clitics glued to a verb ("embarcarse", "suicidarse")
    reflexive_clitics: tuple[str, ...] = ()
    #: the language drops subjects: a finite verb or a participle without one takes the salient person
    drops_subject: bool = False
    #: a finite clause the parser left without a subject ("In 1927 was exiled") takes the salient person,
    #: in a language that does not drop subjects (issue 13r; "was"/"had been" must stand in it)
    subjectless_clauses: bool = False
    #: a reflexive verb with a non-person subject is a passive ("se proclamó la República")
    reflexive_passive: bool = False
    #: a subjunctive complement clause has a subject other than its governor's ("quiso que fuera expulsado")
    subjunctive_complements: bool = False
    #: questions (modality "questioned"): the words opening a question that presupposes its content
    #: ("por qué", "why"), the auxiliaries an inverted yes/no question opens with ("did", "was"), the
    #: verbs of asking whose "si"/"whether" clause is an embedded question, and the factive verbs whose
    #: complement a question still asserts ("¿Sabía usted que…?", "Did you know that…?")
    question_words: tuple[str, ...] = ()
    question_auxiliaries: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    question_complementizers: frozenset[str] = frozenset()
    factive_verbs: frozenset[str] = frozenset()
    #: a question tag after a comma ("wasn't he", "¿no?"): the sentence before it is asserted
    question_tags: tuple[str, ...] = ()
    #: phrases that begin like a report marker but name no source ("según el calendario juliano")
    not_report_phrases: tuple[str, ...] = ()
    #: a report that distances the text from its content (modality "alleged"): verbs of claim, rumour,
    #: suspicion or belief, the markers "allegedly"/"supuestamente", and the nouns whose complement clause is
    #: the content ("the rumour that", "la versión de que")
    allegation_verbs: frozenset[str] = frozenset()
    allegation_markers: tuple[str, ...] = ()
    allegation_nouns: frozenset[str] = frozenset()
    #: the narrative future in the past ("who would be shot in 1936", "que sería fusilado en 1938"): the forms
    #: that tell it besides the conditional mood, the modals and the perfect auxiliary whose conditional stays
    #: hypothetical ("could", "podría", "would have been", "habría sido"), the words of a condition, those that
    #: open a condition at the head of the sentence ("Had he lived", "Sin la guerra"), the adverbs of doubt and
    #: the verbs of expectation whose complement is a plan or a fear ("feared that he would return")
    future_in_past_markers: tuple[str, ...] = ()
    conditional_modals: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()
    condition_markers: tuple[str, ...] = ()
    condition_openers: tuple[str, ...] = ()
    doubt_adverbs: tuple[str, ...] = ()
    prospective_verbs: frozenset[str] = frozenset()
    #: coordinators that set a conjunct against its head ("not shot but murdered", "no fusilado sino asesinado"):
    #: such a conjunct does not share the head's frame (modality._shared_frame)
    contrast_coordinators: frozenset[str] = frozenset()
    #: the words that place an event before or after a dated named thing ("a year before the Constitution of
    #: 1936"): that date is no date of the event (timing.ordered_named_dates)
    order_words: frozenset[str] = frozenset()
    #: those of `order_words` that place it before ("before", "antes"); the others place it after
    order_before: frozenset[str] = frozenset()

    def infinitives_of(self, participle: str) -> tuple[str, ...]:
        return _infinitives(participle, self.participle_infinitives)

    def infinitives_of_form(self, form: str) -> tuple[str, ...]:
        """Infinitives a finite form may belong to ("desterraran" → desterrar), by its ending."""
        return _infinitives(form, self.verb_form_infinitives)


def _infinitives(form: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, ...]:
    for ending, replacements in table:
        # a whole word stands for an irregular participle ("muerto" → morir)
        if form == ending or (form.endswith(ending) and len(form) > len(ending) + 1):
            stem = form[: -len(ending)]
            return tuple(stem + replacement for replacement in replacements)
    return ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    verbs: Mapping[str, tuple[TriggerEntry, ...]]
    nouns: Mapping[str, TriggerEntry]
    multiword: Mapping[str, tuple[tuple[str, TriggerEntry], ...]]  # head lemma → (dependent lemma, entry)
    cues: Cues
    #: a predicative noun with a copula ("fue comisario", "was Chairman"): an office held, kept only when
    #: the text gives its start or its end ("de 1918 hasta 1930", "until 1930")
    copular: TriggerEntry | None = None
    #: a copular clause under a verb of becoming (cues `onset_verbs`: "pasó a ser presidente de"): the
    #: office's start, dated by the clause like any appointment
    copular_onset: TriggerEntry | None = None
    #: a headship verb under a post-taking verb (cues `headship_verbs`, `post_taking_verbs`): the post's start
    headship_onset: TriggerEntry | None = None


def _entry(spec: Mapping[str, Any], defaults: Mapping[str, Mapping[str, Any]], where: str) -> TriggerEntry:
    type_name = spec.get("type")
    ontology = load_ontology()
    if not isinstance(type_name, str) or type_name not in ontology.types:
        raise CronicaError(f"{where}: bad trigger entry {dict(spec)} (unknown type)")
    base = dict(defaults.get(type_name, {}))
    preps = {**base.get("preps", {}), **spec.get("preps", {})}
    merged = {**base, **{k: v for k, v in spec.items() if k not in ("head", "dependent")}, "preps": preps}
    entry = TriggerEntry(
        type=type_name,
        manner=merged.get("manner"),
        subject=merged.get("subject", "agent"),
        object=merged.get("object", "patient"),
        complement=merged.get("complement"),
        of=merged.get("of", "patient"),
        preps=preps,
        requires=tuple(merged.get("requires", ())),
        voice=merged.get("voice"),
        reflexive=bool(merged.get("reflexive", False)),
        from_place=merged.get("from_place"),
        from_body=merged.get("from_body"),
        repeated=bool(merged.get("repeated", False)),
        subject_without_object=merged.get("subject_without_object"),
        carried_place=bool(merged.get("carried_place", False)),
        to_body=merged.get("to_body"),
        with_preps=tuple(str(word).lower() for word in merged.get("with_preps", ())),
    )
    if (
        entry.from_place is not None
        and "origin" not in ontology.types.get(entry.from_place, ontology.types[type_name]).roles
    ):
        raise CronicaError(f"{where}: from_place type {entry.from_place} must exist and take an origin")
    if (
        entry.from_body is not None
        and "organization" not in ontology.types.get(entry.from_body, ontology.types[type_name]).roles
    ):
        raise CronicaError(f"{where}: from_body type {entry.from_body} must exist and take an organization")
    declared = set(ontology.types[type_name].roles)
    used = {
        merged[key] for key in ("subject", "object", "of", "complement", "subject_without_object") if merged.get(key)
    }
    used |= {*entry.requires, *(role for role in preps.values() if role)}
    if entry.manner is not None and entry.manner not in ontology.manners:
        raise CronicaError(f"{where}: unknown manner '{entry.manner}'")
    # roles a type does not declare are dropped at extraction; listing them here is a data mistake
    stray = used - declared - {"place"}
    if stray:
        raise CronicaError(f"{where}: {type_name} entry uses roles {sorted(stray)} the ontology does not declare")
    return entry


def parse_lexicon(lang: str, triggers: Mapping[str, Any], cues: Mapping[str, Any]) -> Lexicon:
    defaults = triggers.get("type_defaults") or {}
    verbs = {
        lemma: tuple(_entry(s, defaults, f"{lang} verb {lemma}") for s in (spec if isinstance(spec, list) else [spec]))
        for lemma, spec in (triggers.get("verbs") or {}).items()
    }
    nouns = {
        lemma: _entry(spec, defaults, f"{lang} noun {lemma}") for lemma, spec in (triggers.get("nouns") or {}).items()
    }
    multiword: dict[str, list[tuple[str, TriggerEntry]]] = {}
    for spec in triggers.get("multiword") or ():
        entry = _entry(spec, defaults, f"{lang} multiword {spec.get('head')}+{spec.get('dependent')}")
        multiword.setdefault(spec["head"], []).append((spec["dependent"], entry))
    copular = _entry(triggers["copular"], defaults, f"{lang} copular") if triggers.get("copular") else None
    onset = triggers.get("copular_onset")
    copular_onset = _entry(onset, defaults, f"{lang} copular_onset") if onset else None
    headship = triggers.get("headship_onset")
    headship_onset = _entry(headship, defaults, f"{lang} headship_onset") if headship else None
    multi = {k: tuple(v) for k, v in multiword.items()}
    return Lexicon(lang, verbs, nouns, multi, _cues(cues), copular, copular_onset, headship_onset)


def _cues(data: Mapping[str, Any]) -> Cues:
    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    def phrases(key: str) -> tuple[str, ...]:
        return tuple(sorted((str(w).lower() for w in data.get(key) or ()), key=len, reverse=True))

    return Cues(
        negation=words("negation"),
        negating_verbs=words("negating_verbs"),
        attempt_verbs=words("attempt_verbs"),
        directive_verbs=words("directive_verbs"),
        intention_verbs=words("intention_verbs"),
        intention_nouns=words("intention_nouns"),
        intention_prepositions=words("intention_prepositions"),
        report_verbs=words("report_verbs"),
        report_markers=phrases("report_markers"),
        hypothetical_markers=phrases("hypothetical_markers"),
        time_same=phrases("time_same"),
        time_after=phrases("time_after"),
        pronouns=words("pronouns"),
        relative_pronouns=words("relative_pronouns"),
        reflexive=words("reflexive"),
        passive_aux=words("passive_aux"),
        participle_infinitives=_endings(data.get("participle_infinitives") or {}),
        manner_phrases=_manner_phrases(data.get("manner_phrases") or {}),
        kinship=_kinship(data.get("kinship") or {}),
        plural_pronouns=words("plural_pronouns"),
        dual_words=words("dual_words"),
        dual_numbers=words("dual_numbers"),
        pronoun_gender=_pronoun_gender(data.get("pronoun_gender") or {}),
        repetition_markers=_expand_ordinals(phrases("repetition_markers"), words("repetition_ordinals")),
        repetition_verbs=words("repetition_verbs"),
        causative_verbs=words("causative_verbs"),
        topic_shift_words=words("topic_shift_words"),
        onset_verbs=words("onset_verbs"),
        headship_verbs=words("headship_verbs"),
        post_taking_verbs=words("post_taking_verbs"),
        gap_joiners=words("gap_joiners"),
        continuation_adverbs=words("continuation_adverbs"),
        time_until=phrases("time_until"),
        time_since=phrases("time_since"),
        name_prepositions=words("name_prepositions"),
        time_nouns=words("time_nouns"),
        occurrence_verbs=phrases("occurrence_verbs"),
        decision_verbs=phrases("decision_verbs"),
        articles=words("articles"),
        life_span_separators=frozenset(str(w) for w in data.get("life_span_separators") or ()),
        birth_markers=phrases("birth_markers"),
        death_markers=phrases("death_markers"),
        birth_labels=phrases("birth_labels"),
        death_labels=phrases("death_labels"),
        reign_titles=words("reign_titles"),
        same_place=phrases("same_place"),
        age_phrases=phrases("age_phrases"),
        age_clause_phrases=phrases("age_clause_phrases"),
        age_when_words=words("age_when_words"),
        possessives=frozenset(str(w).lower() for w in data.get("possessives") or ()),
        indefinite_articles=words("indefinite_articles"),
        generic_positions=words("generic_positions"),
        office_heads=words("office_heads"),
        position_prepositions=words("position_prepositions"),
        from_prepositions=words("from_prepositions"),
        verb_form_infinitives=_endings(data.get("verb_form_infinitives") or {}),
        base_forms={str(k).lower(): str(v) for k, v in (data.get("base_forms") or {}).items()},
        base_form_governors=words("base_form_governors"),
        purpose_markers=words("purpose_markers"),
        place_prepositions=words("place_prepositions"),
        where_words=words("where_words"),
        one_words=words("one_words"),
        agent_prepositions=words("agent_prepositions"),
        not_agents=words("not_agents"),
        personal_a=str(data["personal_a"]).lower() if data.get("personal_a") else None,
        personal_a_forms=words("personal_a_forms"),
        of_prepositions=words("of_prepositions"),
        object_clitics=phrases("object_clitics"),
        reflexive_clitics=phrases("reflexive_clitics"),
        drops_subject=bool(data.get("drops_subject", False)),
        subjectless_clauses=bool(data.get("subjectless_clauses", False)),
        reflexive_passive=bool(data.get("reflexive_passive", False)),
        subjunctive_complements=bool(data.get("subjunctive_complements", False)),
        question_words=phrases("question_words"),
        question_auxiliaries=words("question_auxiliaries"),
        question_verbs=words("question_verbs"),
        question_complementizers=words("question_complementizers"),
        factive_verbs=words("factive_verbs"),
        question_tags=phrases("question_tags"),
        not_report_phrases=phrases("not_report_phrases"),
        allegation_verbs=words("allegation_verbs"),
        allegation_markers=phrases("allegation_markers"),
        allegation_nouns=words("allegation_nouns"),
        future_in_past_markers=phrases("future_in_past_markers"),
        conditional_modals=words("conditional_modals"),
        perfect_auxiliaries=words("perfect_auxiliaries"),
        condition_markers=phrases("condition_markers"),
        condition_openers=phrases("condition_openers"),
        doubt_adverbs=phrases("doubt_adverbs"),
        prospective_verbs=words("prospective_verbs"),
        contrast_coordinators=words("contrast_coordinators"),
        order_words=words("order_words"),
        order_before=words("order_before"),
    )


def _expand_ordinals(markers: tuple[str, ...], ordinals: frozenset[str]) -> tuple[str, ...]:
    """ "for the {ordinal} time" → one marker per ordinal of the language ("for the fifth time")."""
    expanded = [m.replace("{ordinal}", o) for m in markers for o in (sorted(ordinals) if "{ordinal}" in m else [""])]
    return tuple(sorted(dict.fromkeys(expanded), key=len, reverse=True))


def _endings(data: Mapping[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    pairs = ((str(end).lower(), tuple(str(r).lower() for r in reps)) for end, reps in data.items())
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


def _manner_phrases(data: Mapping[str, Any]) -> tuple[tuple[str, Manner], ...]:
    manners = load_ontology().manners
    unknown = sorted(set(data) - set(manners))
    if unknown:
        raise CronicaError(f"cues manner_phrases: unknown manner {unknown} (ontology manners: {sorted(manners)})")
    pairs = [
        (str(phrase).lower(), manner)
        for manner, phrases in data.items()
        if _is_manner(manner, manners)
        for phrase in phrases or ()
    ]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


def _is_manner(name: str, manners: Mapping[str, Any]) -> TypeGuard[Manner]:
    """A manner the ontology declares (a test keeps them equal to model.Manner)."""
    return name in manners


#: the relations a kinship noun may name (the verifier maps each to a KB property)
KIN_RELATIONS = frozenset(
    {"father", "mother", "parent", "spouse", "husband", "wife"}
    | {"child", "son", "daughter", "sibling", "brother", "sister"}
)


def _kinship(data: Mapping[str, Any]) -> dict[str, Kin]:
    kinship: dict[str, Kin] = {}
    unknown: set[str] = set()
    for lemma, value in data.items():
        relation = str(value)
        if _is_kin(relation):
            kinship[str(lemma).lower()] = relation
        else:
            unknown.add(relation)
    if unknown:
        raise CronicaError(f"cues kinship: unknown relations {sorted(unknown)} (known: {sorted(KIN_RELATIONS)})")
    return kinship


def _is_kin(relation: str) -> TypeGuard[Kin]:
    return relation in KIN_RELATIONS


def _pronoun_gender(data: Mapping[str, Any]) -> dict[str, str]:
    unknown = sorted({str(v) for v in data.values()} - {"Masc", "Fem"})
    if unknown:
        raise CronicaError(f"cues pronoun_gender: genders must be Masc or Fem, not {unknown}")
    return {str(form).lower(): str(gender) for form, gender in data.items()}


# --- the files' schemas (docs/events.md) ------------------------------------------------------


class TriggerDefaults(Schema):
    """What an entry of a type takes unless it says otherwise (`type_defaults` in triggers.yaml)."""

    manner: str | None = None
    subject: str | None = None
    object: str | None = None
    complement: str | None = None
    of: str | None = None
    preps: dict[str, str | None] = Field(default_factory=dict)
    requires: WordList
    voice: Literal["active", "passive"] | None = None
    reflexive: bool = False
    from_place: str | None = None
    from_body: str | None = None
    repeated: bool = False
    subject_without_object: str | None = None
    carried_place: bool = False
    to_body: str | None = None
    with_preps: WordList


class TriggerSpec(TriggerDefaults):
    type: str


class MultiwordSpec(TriggerSpec):
    head: str
    dependent: str


class TriggersFile(Schema):
    """events/resources/<lang>/triggers.yaml"""

    type_defaults: dict[str, TriggerDefaults] = Field(default_factory=dict)
    copular: TriggerSpec | None = None
    copular_onset: TriggerSpec | None = None
    headship_onset: TriggerSpec | None = None
    verbs: dict[str, TriggerSpec | list[TriggerSpec]] = Field(default_factory=dict)
    multiword: list[MultiwordSpec] = Field(default_factory=list)
    nouns: dict[str, TriggerSpec] = Field(default_factory=dict)


class CuesFile(Schema):
    """events/resources/<lang>/cues.yaml: the words of modality, coreference and dating"""

    negation: WordList
    negating_verbs: WordList
    attempt_verbs: WordList
    directive_verbs: WordList
    intention_verbs: WordList = Field(default_factory=list)
    intention_nouns: WordList = Field(default_factory=list)
    intention_prepositions: WordList = Field(default_factory=list)
    report_verbs: WordList
    report_markers: WordList
    hypothetical_markers: WordList
    time_same: WordList
    time_after: WordList
    time_until: WordList
    time_since: WordList
    name_prepositions: WordList = Field(default_factory=list)
    time_nouns: WordList = Field(default_factory=list)
    occurrence_verbs: WordList
    decision_verbs: WordList
    pronouns: WordList
    relative_pronouns: WordList
    plural_pronouns: WordList
    dual_words: WordList
    dual_numbers: WordList
    pronoun_gender: dict[str, Literal["Masc", "Fem"]] = Field(default_factory=dict)
    reflexive: WordList
    passive_aux: WordList
    participle_infinitives: dict[str, list[str]] = Field(default_factory=dict)
    verb_form_infinitives: dict[str, list[str]] = Field(default_factory=dict)
    base_forms: dict[str, str] = Field(default_factory=dict)
    base_form_governors: WordList
    manner_phrases: dict[str, list[str]] = Field(default_factory=dict)
    kinship: dict[str, str] = Field(default_factory=dict)
    repetition_markers: WordList
    repetition_ordinals: WordList
    repetition_verbs: WordList
    causative_verbs: WordList
    topic_shift_words: WordList
    onset_verbs: WordList
    headship_verbs: WordList
    post_taking_verbs: WordList
    gap_joiners: WordList
    continuation_adverbs: WordList
    generic_positions: WordList
    office_heads: WordList
    position_prepositions: WordList
    from_prepositions: WordList
    articles: WordList
    indefinite_articles: WordList
    life_span_separators: WordList
    birth_markers: WordList
    death_markers: WordList
    birth_labels: WordList = Field(default_factory=list)
    death_labels: WordList = Field(default_factory=list)
    reign_titles: WordList = Field(default_factory=list)
    same_place: WordList
    age_phrases: WordList
    age_clause_phrases: WordList
    age_when_words: WordList
    purpose_markers: WordList
    not_report_phrases: WordList
    allegation_verbs: WordList = Field(default_factory=list)
    allegation_markers: WordList = Field(default_factory=list)
    allegation_nouns: WordList = Field(default_factory=list)
    future_in_past_markers: WordList = Field(default_factory=list)
    conditional_modals: WordList = Field(default_factory=list)
    perfect_auxiliaries: WordList = Field(default_factory=list)
    condition_markers: WordList = Field(default_factory=list)
    condition_openers: WordList = Field(default_factory=list)
    doubt_adverbs: WordList = Field(default_factory=list)
    prospective_verbs: WordList = Field(default_factory=list)
    contrast_coordinators: WordList = Field(default_factory=list)
    order_words: WordList = Field(default_factory=list)
    order_before: WordList = Field(default_factory=list)
    possessives: WordList
    # role reading (roles.py): the words that mark a role, and the grammar as switches
    place_prepositions: WordList
    where_words: WordList
    one_words: WordList
    agent_prepositions: WordList
    not_agents: WordList
    of_prepositions: WordList
    personal_a: str | None = None
    personal_a_forms: WordList
    object_clitics: WordList
    reflexive_clitics: WordList
    drops_subject: bool = False
    subjectless_clauses: bool = False
    reflexive_passive: bool = False
    subjunctive_complements: bool = False
    question_words: WordList
    question_auxiliaries: WordList
    question_verbs: WordList
    question_complementizers: WordList
    factive_verbs: WordList
    question_tags: WordList


def available_languages() -> list[str]:
    root = package_file("cronica.events", "resources")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("triggers.yaml").is_file())


@cache
def load_lexicon(lang: str) -> Lexicon | None:
    """The lexicon of `lang`, or None when cronica has no event lexicon for that language."""
    folder = package_file("cronica.events", "resources", lang)
    if not folder.joinpath("triggers.yaml").is_file():
        return None
    triggers = load_resource(folder.joinpath("triggers.yaml"), TriggersFile)
    cues = load_resource(folder.joinpath("cues.yaml"), CuesFile)
    return parse_lexicon(lang, triggers, cues)
