"""Per-language rhetoric resources (lexicon, context rules, explanations) loaded from data files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import Field

from cronica.errors import CronicaError
from cronica.folding import fold
from cronica.resources import Schema, WordList, load_resource, package_file
from cronica.rhetoric.patterns import Pattern, compile_pattern
from cronica.rhetoric.tropes import Trope, compile_tropes

#: the techniques a lexicon entry may name (SemEval-2023 Task 3 subset + Conspiracy_Narrative)
TECHNIQUES = (
    "Loaded_Language",
    "Name_Calling-Labeling",
    "Questioning_the_Reputation",
    "Doubt",
    "Exaggeration-Minimisation",
    "Appeal_to_Fear-Prejudice",
    "Causal_Oversimplification",
    "Guilt_by_Association",
    "Conspiracy_Narrative",
    "Antisemitic_Framing",
)


@dataclass(frozen=True)
class LexiconEntry:
    technique: str
    confidence: float
    patterns: tuple[Pattern, ...]
    #: the words name a frame ("judeobolchevismo", "contubernio"): a sentence that names it as an object
    #: of history ("era un estereotipo antisemita", "the pamphlet…") mentions it rather than uses it
    names_a_frame: bool = False


@dataclass(frozen=True)
class ContextRules:
    negators: frozenset[str]
    negation_window: int
    speech_verbs: frozenset[str]
    labelling_verbs: frozenset[str]
    source_markers: tuple[tuple[str, ...], ...]
    distancing_cues: tuple[tuple[str, ...], ...]
    scare_quote_words: frozenset[str] = frozenset()
    term_markers: frozenset[str] = frozenset()
    so_called: tuple[tuple[str, ...], ...] = ()
    #: round 16m: the so-called words that name a quoted period term rather than doubt it ("the so-called \"kulaks\"")
    naming_words: tuple[tuple[str, ...], ...] = ()
    #: ... unless the quoted word names an event a denier disputes ('the so-called "holocaust"')
    denied_events: frozenset[str] = frozenset()
    #: round 16s: modifiers that doubt the noun they stand on ("la tan cacareada", "spurious", "fake"): a
    #: short lowercase quotation right after them is scare quotes whatever its words
    doubt_modifiers: frozenset[str] = frozenset()
    mention_cues: tuple[tuple[str, ...], ...] = ()
    #: subjects that make reported words the author's own ("I say they are traitors")
    first_person: frozenset[str] = frozenset()
    #: nouns whose content clause states a theory's claim, not the author's ("the theory that Jews rule")
    theory_nouns: frozenset[str] = frozenset()
    #: things a quoted phrase may name without labelling anyone (a treaty, a battle, a famine, an era)
    thing_nouns: frozenset[str] = frozenset()
    #: verbs by which a theory or a person states a claim ("the theory holds that…", "sostiene que…"):
    #: a learned span that is such a verb's whole sentence reports the claim (twelfth round of #16)
    claim_verbs: frozenset[str] = frozenset()
    #: round 16l: verbs of proof under a verb of attempt ("they try to prove that…", "intentan demostrar
    #: que…"): the content is the claim of the attempt's subject, not the author's
    proof_verbs: frozenset[str] = frozenset()
    attempt_verbs: frozenset[str] = frozenset()
    #: round 16l: learned spans that describe a population or a person's standing (learned_guards.py)
    group_labels: frozenset[str] = frozenset()
    population_verbs: frozenset[str] = frozenset()
    superlative_words: frozenset[str] = frozenset()
    #: round 16n: verbs that give a ranking as a standing ("considerada como la más mortífera", "regarded as
    #: the richest"), and the words that are evidence of rhetoric in a ranked sentence (evaluative words,
    #: hidden agents, the reader addressed); entries ending in "*" are stems (learned_guards.py)
    reputation_verbs: frozenset[str] = frozenset()
    evidence_words: frozenset[str] = frozenset()
    #: round 16o: a label given as others' view or as a charge (holders.py): the prepositions that put a
    #: holder before a clause ("para sus detractores", "to the Francoist press"), the nouns of a view or a
    #: report ("a ojos de", "in Stalin's speeches", "the indictment"), the words that make the holder
    #: everyone (the author's appeal: "para cualquier persona decente"), and the words of a charge
    holder_prepositions: frozenset[str] = frozenset()
    holder_nouns: frozenset[str] = frozenset()
    universal_words: frozenset[str] = frozenset()
    charge_words: frozenset[str] = frozenset()
    #: round 16q: a label given by a verdict or a standing (holders.py): the verbs of trying, sentencing or
    #: punishing and of being remembered ("tried as a traitor", "fusilado como traidor", "a traitor convicted
    #: by a court martial"), the words that make a noun the role it was judged in ("as", "como", "por"), and the
    #: nouns of a standing ("went down in history as", "pasó a la historia como")
    verdict_verbs: frozenset[str] = frozenset()
    #: round 16q: the words without which a learned span may not be named antisemitic framing (a Jewish
    #: reference or a name antisemitic writing uses as its code); entries ending in "*" are stems
    framing_words: frozenset[str] = frozenset()
    role_markers: frozenset[str] = frozenset()
    standing_nouns: frozenset[str] = frozenset()
    #: round 16n2: scholarship as the holder of a learned span's sentence ("es considerada por los
    #: historiadores como…", "Historians relate it to…", "topics of controversy and scholarship") and the
    #: verbs that give a quoted term its name impersonally ("se denomina al proceso «autogenocidio»");
    #: entries ending in "*" are stems (learned_guards.py)
    scholar_nouns: frozenset[str] = frozenset()
    designation_verbs: frozenset[str] = frozenset()
    #: round 16d: a sentence that defines a term (learned_guards.py): the class nouns a definition's predicate
    #: names ("a political system in which…", "una ideología caracterizada por…"), the verbs that define
    #: ("refers to", "se define como"), the openers of the sentence that elaborates the term just defined ("It",
    #: "Esta"), and the evidence words a definition may still hold ("the state holds total control"); "*": stem
    class_nouns: frozenset[str] = frozenset()
    definition_verbs: frozenset[str] = frozenset()
    definition_openers: frozenset[str] = frozenset()
    definition_plain_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LanguageResources:
    lang: str
    entries: tuple[LexiconEntry, ...]
    context: ContextRules
    explanations: Mapping[str, str]
    tropes: tuple[Trope, ...] = ()
    #: name-calling and loaded-language entries matched over the parse (labels.yaml, same format)
    labels: tuple[Trope, ...] = ()


# --- the files' schemas (docs/rhetoric.md) ----------------------------------------------------

Words = list[str]


class LexiconEntrySpec(Schema):
    technique: str
    confidence: float = 0.7
    patterns: list[str]
    names_a_frame: bool = False


LEXICON_SCHEMA = list[LexiconEntrySpec]


class ContextFile(Schema):
    """rhetoric/resources/<lang>/context.yaml"""

    negators: WordList
    negation_window: int = 3
    speech_verbs: WordList
    labelling_verbs: WordList
    source_markers: WordList
    distancing_cues: WordList
    scare_quote_words: WordList
    term_markers: WordList
    so_called: WordList
    naming_words: WordList
    denied_events: WordList
    doubt_modifiers: WordList
    mention_cues: WordList
    first_person: WordList
    theory_nouns: WordList
    thing_nouns: WordList
    claim_verbs: WordList
    proof_verbs: WordList
    attempt_verbs: WordList
    group_labels: WordList
    population_verbs: WordList
    superlative_words: WordList
    reputation_verbs: WordList
    evidence_words: WordList
    holder_prepositions: WordList
    holder_nouns: WordList
    universal_words: WordList
    charge_words: WordList
    verdict_verbs: WordList
    framing_words: WordList
    role_markers: WordList
    standing_nouns: WordList
    scholar_nouns: WordList
    designation_verbs: WordList
    class_nouns: WordList
    definition_verbs: WordList
    definition_openers: WordList
    definition_plain_words: WordList


#: technique (or voice) → the explanation shown with a flag
TECHNIQUES_SCHEMA = dict[str, str]


class TropeNodeSpec(Schema):
    """One DependencyMatcher node of a trope pattern (syntax in resources/<lang>/tropes.yaml)."""

    id: str
    words: str | Words | None = None
    parent: str | None = Field(default=None, alias="from")
    rel: str | None = None
    dep: Words | None = None
    pos: Words | None = None
    without: str | Words | None = None
    not_words: str | Words | None = None
    without_subject: str | Words | None = None


class TropePatternSpec(Schema):
    nodes: list[TropeNodeSpec]
    sentence_requires: str | Words | None = None
    sentence_excludes: str | Words | None = None
    names_a_frame: bool = False


class TropeSpec(Schema):
    id: str
    technique: str
    confidence: float = 0.75
    name: str
    definition: str
    explanation: str
    patterns: list[list[TropeNodeSpec] | TropePatternSpec]
    keeps_negation: bool = False


class TropesFile(Schema):
    """rhetoric/resources/<lang>/tropes.yaml and labels.yaml"""

    classes: dict[str, str | Words] = Field(default_factory=dict)
    entries: list[TropeSpec]


#: each rhetoric resource file and its schema
FILE_SCHEMAS: Mapping[str, Any] = {
    "lexicon.yaml": LEXICON_SCHEMA,
    "context.yaml": ContextFile,
    "techniques.yaml": TECHNIQUES_SCHEMA,
    "tropes.yaml": TropesFile,
    "labels.yaml": TropesFile,
}


def available_languages() -> tuple[str, ...]:
    root = package_file("cronica.rhetoric", "resources")
    return tuple(sorted(item.name for item in root.iterdir() if item.is_dir() and not item.name.startswith("_")))


def _read_yaml(lang: str, name: str, optional: bool = False) -> Any:
    path = package_file("cronica.rhetoric", "resources", lang, name)
    if optional and not path.is_file():
        return None
    return load_resource(path, FILE_SCHEMAS[name])


def _words(lang: str, context: dict, key: str) -> list[str]:
    """A list of strings from context.yaml (its schema checked the type)."""
    return list(context.get(key, []))


def _phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(word).split()) for word in words)


@cache
def load_language(lang: str) -> LanguageResources | None:
    """The resources of one language, or None when cronica has none for it."""
    if lang not in available_languages():
        return None
    raw_entries = _read_yaml(lang, "lexicon.yaml")
    context = _read_yaml(lang, "context.yaml")
    explanations = _read_yaml(lang, "techniques.yaml")
    if not isinstance(raw_entries, list) or not isinstance(context, dict) or not isinstance(explanations, dict):
        raise CronicaError(f"rhetoric resources {lang}: lexicon must be a list, context and techniques mappings")
    entries = []
    for raw in raw_entries:
        technique = raw.get("technique")
        if technique not in TECHNIQUES:
            raise CronicaError(f"rhetoric resources {lang}/lexicon.yaml: unknown technique {technique!r}")
        sources = raw.get("patterns", ())
        if not sources or not all(isinstance(source, str) for source in sources):
            raise CronicaError(f"rhetoric resources {lang}/lexicon.yaml: {technique} entry needs quoted patterns")
        patterns = tuple(compile_pattern(source) for source in sources)
        frame = bool(raw.get("names_a_frame", False))
        entries.append(LexiconEntry(technique, float(raw.get("confidence", 0.7)), patterns, frame))
    rules = ContextRules(
        negators=frozenset(fold(word) for word in _words(lang, context, "negators")),
        negation_window=int(context.get("negation_window", 3)),
        speech_verbs=frozenset(fold(word) for word in _words(lang, context, "speech_verbs")),
        labelling_verbs=frozenset(fold(word) for word in _words(lang, context, "labelling_verbs")),
        source_markers=_phrases(_words(lang, context, "source_markers")),
        distancing_cues=_phrases(_words(lang, context, "distancing_cues")),
        scare_quote_words=frozenset(fold(word) for word in _words(lang, context, "scare_quote_words")),
        term_markers=frozenset(fold(word) for word in _words(lang, context, "term_markers")),
        so_called=_phrases(_words(lang, context, "so_called")),
        naming_words=_phrases(_words(lang, context, "naming_words")),
        denied_events=frozenset(fold(word) for word in _words(lang, context, "denied_events")),
        doubt_modifiers=frozenset(fold(word) for word in _words(lang, context, "doubt_modifiers")),
        mention_cues=_phrases(_words(lang, context, "mention_cues")),
        first_person=frozenset(fold(word) for word in _words(lang, context, "first_person")),
        theory_nouns=frozenset(fold(word) for word in _words(lang, context, "theory_nouns")),
        thing_nouns=frozenset(fold(word) for word in _words(lang, context, "thing_nouns")),
        claim_verbs=frozenset(fold(word) for word in _words(lang, context, "claim_verbs")),
        proof_verbs=frozenset(fold(word) for word in _words(lang, context, "proof_verbs")),
        attempt_verbs=frozenset(fold(word) for word in _words(lang, context, "attempt_verbs")),
        group_labels=frozenset(fold(word) for word in _words(lang, context, "group_labels")),
        population_verbs=frozenset(fold(word) for word in _words(lang, context, "population_verbs")),
        superlative_words=frozenset(fold(word) for word in _words(lang, context, "superlative_words")),
        reputation_verbs=frozenset(fold(word) for word in _words(lang, context, "reputation_verbs")),
        evidence_words=frozenset(fold(word) for word in _words(lang, context, "evidence_words")),
        holder_prepositions=frozenset(fold(word) for word in _words(lang, context, "holder_prepositions")),
        holder_nouns=frozenset(fold(word) for word in _words(lang, context, "holder_nouns")),
        universal_words=frozenset(fold(word) for word in _words(lang, context, "universal_words")),
        charge_words=frozenset(fold(word) for word in _words(lang, context, "charge_words")),
        verdict_verbs=frozenset(fold(word) for word in _words(lang, context, "verdict_verbs")),
        framing_words=frozenset(fold(word) for word in _words(lang, context, "framing_words")),
        role_markers=frozenset(fold(word) for word in _words(lang, context, "role_markers")),
        standing_nouns=frozenset(fold(word) for word in _words(lang, context, "standing_nouns")),
        scholar_nouns=frozenset(fold(word) for word in _words(lang, context, "scholar_nouns")),
        designation_verbs=frozenset(fold(word) for word in _words(lang, context, "designation_verbs")),
        class_nouns=frozenset(fold(word) for word in _words(lang, context, "class_nouns")),
        definition_verbs=frozenset(fold(word) for word in _words(lang, context, "definition_verbs")),
        definition_openers=frozenset(fold(word) for word in _words(lang, context, "definition_openers")),
        definition_plain_words=frozenset(fold(word) for word in _words(lang, context, "definition_plain_words")),
    )
    tropes = compile_tropes(lang, _read_yaml(lang, "tropes.yaml", optional=True), TECHNIQUES)
    labels = compile_tropes(lang, _read_yaml(lang, "labels.yaml", optional=True), TECHNIQUES, "labels.yaml")
    texts = {str(k): str(v) for k, v in explanations.items()}
    return LanguageResources(lang, tuple(entries), rules, texts, tropes, labels)
