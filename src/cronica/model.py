"""The immutable data model behind the `cronica/analysis@1` contract, and its one home.

Every span carries `start`/`end` character offsets into `Analysis.text` (the text
produced by ingest), end-exclusive, so that `text[start:end] == span.text` always
holds. Stages never mutate these objects: each stage returns a new `Analysis`
built with `dataclasses.replace`, which keeps provenance simple and lets stages
run in separate processes.

The field types are the contract: the JSON Schema (`schema/analysis-1.json`, written by
`python -m cronica.schema.generate`), the corpus store's columns (`store/tables.py`) and the
web API's response model are derived from them, and tests fail when one drifts. What a
Python type cannot say (a pattern, a bound, a note) rides along in `Annotated[...]` as
`JsonSchema(...)`; a field added after the first version of the contract is marked
`Added(...)`: it is always written, but a reader must accept a document without it. The
annotations are read only by those generators: building the model costs what plain frozen
dataclasses cost.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Annotated, Any, Literal, TypedDict, TypeVar, cast, get_args

T = TypeVar("T")

SCHEMA_ID = "cronica/analysis@1"


class JsonSchema:
    """JSON Schema keywords a field adds to what its Python type says (a pattern, bounds, a note)."""

    __slots__ = ("keywords",)

    def __init__(self, **keywords: Any) -> None:
        self.keywords = keywords


class Added:
    """Marks an optional addition to the contract: written by this version, absent from documents
    of older ones, so not required. `omit_empty`: left out of the output when empty (timings)."""

    __slots__ = ("omit_empty",)

    def __init__(self, *, omit_empty: bool = False) -> None:
        self.omit_empty = omit_empty


ADDED = Added()


def id_pattern(prefix: str) -> JsonSchema:
    """Ids are stable within a document: `s1` sentences, `e1` entities, `ev1` events..."""
    return JsonSchema(pattern=rf"^{prefix}\d+$")


Offset = Annotated[int, JsonSchema(minimum=0)]
Count = Annotated[int, JsonSchema(minimum=0)]
Seconds = Annotated[float, JsonSchema(minimum=0)]
Probability = Annotated[float, JsonSchema(minimum=0, maximum=1)]


class LanguageCode:
    """Marks a language code: the contract's set of codes is the one cronica/languages.yaml lists
    (a new language is a data change; the schema generator reads the list)."""


Language = Annotated[str, LanguageCode()]
#: the stages in running order, which is also their order in the output. link runs before events
#: so that events see the names the KB gazetteer found and the labels it repaired (docs/architecture.md)
StageName = Literal["ingest", "nlp", "timex", "link", "events", "verify", "rhetoric"]
PIPELINE_STAGES: tuple[StageName, ...] = get_args(StageName)
StageStatus = Annotated[str, JsonSchema(pattern=r"^(ok|skipped|not run|failed: .+)$")]
EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "negated", "attempted", "reported", "alleged", "hypothetical", "questioned"]
Verdict = Literal["supported", "contradicted", "not_enough_info", "not_checkable"]
Voice = Literal["author", "attributed"]
TimeSource = Literal["clause", "coordination", "inherited", "inherited_after", "named", "computed"]
Calendar = Literal["julian", "gregorian"]
#: the ontology's `manners` (events/ontology.yaml; a test keeps the two equal)
Manner = Literal["natural", "suicide", "killing", "execution", "accident", "violent"]
#: grammatical gender a sentence gives a person by agreement
Gender = Literal["Masc", "Fem"]
#: the kinship nouns verify/resources/policy.yaml maps to KB properties (a test keeps the two equal)
Kin = Literal[
    "father", "mother", "parent", "spouse", "husband", "wife", "child", "son", "daughter", "sibling", "brother",
    "sister",
]  # fmt: skip
IdentityRule = Literal["full_name", "unique_name", "context", "kinship", "coreference", "description", "all_candidates"]
#: the precisions a verified date is compared and reported at (a claim may be dated by its decade or century)
DatePrecision = Literal["day", "month", "year", "decade", "century"]
#: what a support did not check (docs/verify.md, "What a support checked"): the text's date finer than the
#: reference's, the text's place finer than the reference's, one reading of words that may name several persons,
#: a value the text states that the reference is silent on or could not identify
SupportLimit = Literal["date_precision", "place_precision", "reading", "unchecked"]
IncompatibilityRule = Literal[
    "single_value",
    "complete_list",
    "complete_values",
    "closed_values",
    "place_hierarchy",
    "place_region",
    "age_arithmetic",
    "anachronism",
    "one_holder",
    "continuous_state",
]

#: stage status values: "ok", "skipped", "not run", or "failed: <reason>"
STATUS_OK = "ok"
STATUS_SKIPPED = "skipped"
STATUS_NOT_RUN = "not run"


@dataclass(frozen=True, slots=True)
class Document:
    """Metadata of one ingested document (the text itself lives on `Analysis`)."""

    #: from the JSONL record or the file name
    id: str
    #: detected or given
    lang: Language
    #: the document creation time, or null (narrative mode)
    dct: Annotated[str | None, JsonSchema(pattern=r"^\d{4}-\d{2}-\d{2}$")]
    title: str | None
    #: the URL or path
    source: str | None
    #: the length of `text`
    chars: Count
    #: of `text` in UTF-8
    sha256: Annotated[str, JsonSchema(pattern=r"^[0-9a-f]{64}$")]


@dataclass(frozen=True, slots=True)
class Sentence:
    id: Annotated[str, id_pattern("s")]
    start: Offset
    end: Offset


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention; `kb_id`/`canonical`/`score` are filled by `link`.

    `kb_id` is a Wikidata QID. A mention linked to a KB item whose QID is not confirmed yet
    keeps `kb_id` null and carries the project's provisional id ("cronica:lev-kamenev") in
    `provisional_id`; `item_id` is whichever of the two is set."""

    id: Annotated[str, id_pattern("e")]
    text: str
    start: Offset
    end: Offset
    label: EntityLabel
    kb_id: Annotated[str | None, JsonSchema(pattern=r"^Q\d+$")] = None
    canonical: str | None = None
    score: float | None = None
    #: the KB item's provisional id when it has no confirmed Wikidata QID yet (kb_id is then null)
    provisional_id: Annotated[str | None, JsonSchema(pattern=r"^cronica:[a-z][a-z0-9]*(-[a-z0-9]+)*$"), ADDED] = None

    @property
    def item_id(self) -> str | None:
        """The KB item the mention is linked to: its QID, else its provisional id, else None."""
        return self.kb_id or self.provisional_id


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 temporal expression; `anchor` is a timex id or "dct"."""

    id: Annotated[str, id_pattern("t")]
    text: str
    start: Offset
    end: Offset
    type: TimexType
    value: Annotated[str, JsonSchema(minLength=1)]
    mod: str | None = None
    anchor: str | None = None
    #: set only when the text names the calendar of the date: "julian" (an Old Style date, `value` as
    #: written) or "gregorian" (New Style, or a date given in both: `value` is the New Style one)
    calendar: Annotated[Calendar | None, ADDED] = None


@dataclass(frozen=True, slots=True)
class Interval:
    """Two DATE timexes that together denote a period ("de 1925 a 1927")."""

    id: str
    start_timex: str
    end_timex: str
    text: str
    start: Offset
    end: Offset


@dataclass(frozen=True, slots=True)
class Trigger:
    text: str
    start: Offset
    end: Offset
    #: the trigger's part of speech: "VERB" (a verb, a participle, a copula with its noun) or "NOUN"
    #: (a nominal trigger: "la muerte", "the trial"); None when unknown (an analysis built elsewhere)
    pos: Annotated[Literal["VERB", "NOUN"] | None, ADDED] = None


@dataclass(frozen=True, slots=True)
class Age:
    """The age the text gives an event's main participant at the event ("a los 53 años", "aged 73")."""

    years: Annotated[int, JsonSchema(minimum=1, maximum=120)]
    #: the words that say it, with their offsets
    text: str
    start: Offset
    end: Offset


@dataclass(frozen=True, slots=True)
class Participant:
    role: str
    entity: str | None
    text: str
    start: Offset
    end: Offset
    #: the words name a relative of someone ("el padre de Lenin", "his son Lev"): the relation ...
    kin: Annotated[Kin | None, ADDED] = None
    #: ... and the entity id of the person it is a relative of (the possessor, never the participant)
    kin_of: Annotated[str | None, ADDED] = None
    #: a pronoun or a dropped subject: other entity ids it could refer to besides `entity` (empty when
    #: the context leaves one candidate)
    alternatives: Annotated[tuple[str, ...], ADDED] = ()
    #: a pronoun or a dropped subject settled by topic continuity: the id of the sentence whose main
    #: subject it continues ("s3")
    antecedent: Annotated[str | None, ADDED] = None
    #: the gender the sentence's grammar gives this participant by agreement (a participle or adjective
    #: agreeing with it, a gendered pronoun: "fue detenida", "nacido en", "she"); null when it gives none.
    #: A masculine plural gives none (it covers a mixed group); a feminine plural gives Fem to each member
    gender: Annotated[Gender | None, ADDED] = None


@dataclass(frozen=True, slots=True)
class Event:
    id: Annotated[str, id_pattern("ev")]
    type: str
    trigger: Trigger
    #: a sentence id
    sentence: str
    participants: tuple[Participant, ...] = ()
    #: a timex id
    time: str | None = None
    time_value: str | None = None
    #: an entity id
    place: str | None = None
    modality: Modality = "asserted"
    #: DEATH/EXECUTION manner from the ontology's `manners` (natural, suicide, killing, execution, accident;
    #: violent for words that fit both a killing and an execution)
    manner: Annotated[Manner | None, ADDED] = None
    #: how the date was found: clause | coordination | inherited | inherited_after | named (the date is
    #: part of another thing's name: "durante la revolución de 1905") | computed (shifted from such a date by
    #: the offset the text gives: "two years after the revolution of 1917" is 1919; `time` is that date's
    #: timex, `time_value` the computed date); null when undated
    time_source: Annotated[TimeSource | None, ADDED] = None
    #: the text says the event happened again ("de nuevo", "again", "por segunda vez"): not the first one
    repeated: Annotated[bool, ADDED] = False
    #: the age the text gives the event's main participant at the event; null when it gives none
    age: Annotated[Age | None, ADDED] = None


@dataclass(frozen=True, slots=True)
class Evidence:
    kb: str
    subject: str
    property: str
    value: Any
    qualifiers: Mapping[str, Any] = field(default_factory=dict)
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Proof:
    """Why a claim is contradicted, link by link, so a reader can audit it in seconds: who the
    text speaks of and how that was established, the property, the reference value and its
    source, the text's value, and the rule that makes the two incompatible."""

    #: the words naming the subject, with their offsets (an elided subject: its antecedent's)
    mention: str
    start: Offset
    end: Offset
    #: the KB item the mention was resolved to
    entity: str
    entity_label: str
    #: how identity was established
    identity: IdentityRule
    identity_note: str
    #: the statement's property and, when a qualifier was compared (an end date), that qualifier,
    #: with the compared one's name in the document's language
    property: str
    qualifier: str | None
    property_label: str
    #: the reference value (ISO date or item id) with its label, source and address
    reference: str
    reference_label: str
    source: str | None
    url: str | None
    #: the value the text states, in its own words
    text_value: str
    #: the rule that makes them incompatible
    rule: IncompatibilityRule
    rule_note: str


@dataclass(frozen=True, slots=True)
class Support:
    """What a supported claim was checked on, so that "supported" never reads as more than the evidence:
    the precision of the text's date against the precision the reference confirmed, the reading of the
    words the support holds under, and what was not checked. `full` is false for a partial support."""

    #: the reference confirmed every value the text states, as precisely as the text states it, under every
    #: reading its words allow
    full: bool
    #: the precision of the text's date and the precision the reference confirmed it to (null: no date compared)
    text_precision: DatePrecision | None = None
    checked_precision: DatePrecision | None = None
    #: the KB item the support holds for when the words may name others it does not hold for (null otherwise)
    reading: str | None = None
    reading_label: str | None = None
    #: what was not checked (empty for a full support)
    limits: tuple[SupportLimit, ...] = ()
    #: the verdict as a reader sees it, in the document's language ("supported (month only)")
    label: str = ""
    #: what was and was not checked, in the document's language (empty for a full support)
    note: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    id: Annotated[str, id_pattern("c")]
    event: str | None
    start: Offset
    end: Offset
    text: str
    verdict: Verdict
    evidence: tuple[Evidence, ...] = ()
    correction: str | None = None
    explanation: str = ""
    confidence: Probability | None = None
    #: contradicted claims only: the chain of reasons (null for every other verdict)
    proof: Annotated[Proof | None, ADDED] = None
    #: supported claims only: what the support checked, full or partial (null for every other verdict)
    support: Annotated[Support | None, ADDED] = None

    @property
    def partial(self) -> bool:
        """A support that did not check the claim whole (a day against a month value, one reading of the words)."""
        return self.verdict == "supported" and self.support is not None and not self.support.full

    def shown_verdict(self) -> str:
        """The verdict as a reader should see it: a partial support says what it reached ("supported (month
        only)", "apoyado (solo el mes)"), so that "supported" never reads as more than the evidence."""
        if self.partial and self.support is not None and self.support.label:
            return self.support.label
        return self.verdict


@dataclass(frozen=True, slots=True)
class Flag:
    id: Annotated[str, id_pattern("f")]
    start: Offset
    end: Offset
    text: str
    technique: str
    explanation: str
    confidence: Probability
    voice: Voice = "author"
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Rhetoric:
    conspiracy_probability: Probability | None = None
    techniques: Mapping[str, Count] = field(default_factory=dict)


class Summary(TypedDict):
    """Counts derived from the layers (`Analysis.summary`)."""

    events: Count
    dated_events: Count
    claims: Count
    supported: Count
    contradicted: Count
    not_enough_info: Count
    not_checkable: Count
    flags: Count


#: the contract's top-level keys in output order: the fields of `Analysis` and its derived `summary`
ANALYSIS_KEYS = (
    "schema", "document", "stages", "timings", "text", "sentences", "entities", "timexes", "intervals", "events",
    "claims", "flags", "rhetoric", "summary", "warnings",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Analysis:
    """The result of running the pipeline over one document."""

    document: Document
    text: str
    #: every stage by name (in running order) → ok, skipped, not run or failed: reason
    stages: Annotated[Mapping[str, StageStatus], JsonSchema(required=list(PIPELINE_STAGES))] = field(
        default_factory=dict
    )
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    intervals: tuple[Interval, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    flags: tuple[Flag, ...] = ()
    rhetoric: Rhetoric = field(default_factory=Rhetoric)
    warnings: tuple[str, ...] = ()
    schema: Annotated[str, JsonSchema(const=SCHEMA_ID)] = SCHEMA_ID
    #: seconds each stage took on this document, only when timings were asked for (--timings,
    #: Options(timings=True)), so that two runs of the same text give the same output
    timings: Annotated[Mapping[StageName, Seconds], Added(omit_empty=True)] = field(default_factory=dict)
    #: id → item lookups, built on first use (not part of the contract; `replace` starts afresh)
    _lookups: dict[str, Any] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def summary(self) -> Summary:
        """Counts derived from the layers, so no stage has to keep them in sync."""
        verdicts = [claim.verdict for claim in self.claims]
        return {
            "events": len(self.events),
            "dated_events": sum(1 for event in self.events if event.time_value),
            "claims": len(self.claims),
            "supported": verdicts.count("supported"),
            "contradicted": verdicts.count("contradicted"),
            "not_enough_info": verdicts.count("not_enough_info"),
            "not_checkable": verdicts.count("not_checkable"),
            "flags": len(self.flags),
        }

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence holding a character offset, for stages that attach spans.

        Sentences are in text order and never overlap (nlp makes them so), so this is a
        bisection: a stage asking once per event stays linear on a book."""
        index = self.sentence_index(offset)
        return None if index is None else self.sentences[index]

    def sentence_index(self, offset: int) -> int | None:
        """The position in `sentences` of the sentence holding a character offset (a bisection)."""
        index = bisect_right(self.sentences, offset, key=_start_of) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return index
        return None

    @property
    def entities_by_id(self) -> Mapping[str, Entity]:
        """Entities by id, built once per analysis (a lookup per event must not rescan the layer)."""
        return self._lookup("entities")

    @property
    def timexes_by_id(self) -> Mapping[str, Timex]:
        return self._lookup("timexes")

    def entities_starting(self, start: int, end: int) -> Sequence[Entity]:
        """The entities starting at an offset in [start, end), by start (a bisection: a stage asking
        once per event or participant stays linear on a book)."""
        return self._spans("entities").starting(start, end)

    def timexes_overlapping(self, start: int, end: int) -> Sequence[Timex]:
        """The timexes sharing a character with [start, end), by start (a bisection)."""
        return self._spans("timexes").overlapping(start, end)

    def derived(self, key: str, build: Callable[[Analysis], T]) -> T:
        """An index a stage derives from the layers, built once per analysis under `key`: a question asked
        once per event must not rescan a layer (quadratic on a book)."""
        lookups = self._lookups_dict()
        if key not in lookups:
            lookups[key] = build(self)
        return cast(T, lookups[key])

    def _lookup(self, layer: str) -> Mapping[str, Any]:
        lookups = self._lookups_dict()
        if layer not in lookups:
            index: dict[str, Any] = {}
            for item in getattr(self, layer):
                index.setdefault(item.id, item)  # the first of a (never expected) repeated id, as a scan finds
            lookups[layer] = index
        return lookups[layer]

    def _spans(self, layer: str) -> SpanIndex:
        lookups = self._lookups_dict()
        key = f"{layer}:spans"
        if key not in lookups:
            lookups[key] = SpanIndex(getattr(self, layer))
        return lookups[key]

    def _lookups_dict(self) -> dict[str, Any]:
        lookups = self._lookups
        if lookups is None:
            lookups = {}
            object.__setattr__(self, "_lookups", lookups)
        return lookups


class SpanIndex:
    """Items with `start` and `end` offsets, sorted by start, with the furthest end reached so far:
    the items starting in a range, or overlapping it, by bisection."""

    def __init__(self, items: Sequence[Any]) -> None:
        self.items = sorted(items, key=_start_of)
        self.starts = [item.start for item in self.items]
        self.reach = list(accumulate((item.end for item in self.items), max))

    def starting(self, start: int, end: int) -> Sequence[Any]:
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def overlapping(self, start: int, end: int) -> Sequence[Any]:
        first = bisect_right(self.reach, start)  # every item before it ends at or before `start`
        last = bisect_left(self.starts, end)
        return [item for item in self.items[first:last] if item.end > start]

    def covering(self, start: int, end: int) -> bool:
        """Whether an item holds the whole range [start, end)."""
        return any(item.start <= start and end <= item.end for item in self.overlapping(start, end))


def _start_of(span: Any) -> int:
    return span.start
