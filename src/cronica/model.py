"""The immutable data model behind the `cronica/analysis@1` contract.

Every span carries `start`/`end` character offsets into `Analysis.text` (the text
produced by ingest), end-exclusive, so that `text[start:end] == span.text` always
holds. Stages never mutate these objects: each stage returns a new `Analysis`
built with `dataclasses.replace`, which keeps provenance simple and lets stages
run in separate processes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_ID = "cronica/analysis@1"

EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "negated", "attempted", "reported", "hypothetical"]
Verdict = Literal["supported", "contradicted", "not_enough_info", "not_checkable"]
Voice = Literal["author", "attributed"]
TimeSource = Literal["clause", "coordination", "inherited", "inherited_after", "named"]
Calendar = Literal["julian", "gregorian"]

#: stage status values: "ok", "skipped", "not run", or "failed: <reason>"
STATUS_OK = "ok"
STATUS_SKIPPED = "skipped"
STATUS_NOT_RUN = "not run"


@dataclass(frozen=True, slots=True)
class Document:
    """Metadata of one ingested document (the text itself lives on `Analysis`)."""

    id: str
    lang: str
    dct: str | None
    title: str | None
    source: str | None
    chars: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention; `kb_id`/`canonical`/`score` are filled by `link`.

    `kb_id` is a Wikidata QID. A mention linked to a KB item whose QID is not confirmed yet
    keeps `kb_id` null and carries the project's provisional id ("cronica:lev-kamenev") in
    `provisional_id`; `item_id` is whichever of the two is set."""

    id: str
    text: str
    start: int
    end: int
    label: EntityLabel
    kb_id: str | None = None
    canonical: str | None = None
    score: float | None = None
    provisional_id: str | None = None

    @property
    def item_id(self) -> str | None:
        """The KB item the mention is linked to: its QID, else its provisional id, else None."""
        return self.kb_id or self.provisional_id


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 temporal expression; `anchor` is a timex id or "dct". `calendar` is set only
    when the text names the calendar of the date: "julian" (an Old Style date, `value` as
    written) or "gregorian" (New Style, or a date given in both: `value` is the New Style one)."""

    id: str
    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None = None
    anchor: str | None = None
    calendar: Calendar | None = None


@dataclass(frozen=True, slots=True)
class Interval:
    """Two DATE timexes that together denote a period ("de 1925 a 1927")."""

    id: str
    start_timex: str
    end_timex: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Trigger:
    text: str
    start: int
    end: int
    #: the trigger's part of speech: "VERB" (a verb, a participle, a copula with its noun) or "NOUN"
    #: (a nominal trigger: "la muerte", "the trial"); None when unknown (an analysis built elsewhere)
    pos: Literal["VERB", "NOUN"] | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    role: str
    entity: str | None
    text: str
    start: int
    end: int
    #: the words name a relative of someone ("el padre de Lenin", "his son Lev"): the relation
    #: (father, mother, parent, spouse, husband, wife, child, son, daughter, sibling, brother, sister) ...
    kin: str | None = None
    #: ... and the entity id of the person it is a relative of (the possessor, never the participant)
    kin_of: str | None = None
    #: a pronoun or a dropped subject: other entities it could refer to besides `entity` (empty when
    #: the context leaves one candidate)
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    trigger: Trigger
    sentence: str
    participants: tuple[Participant, ...] = ()
    time: str | None = None
    time_value: str | None = None
    place: str | None = None
    modality: Modality = "asserted"
    #: DEATH/EXECUTION manner from the ontology's `manners` (natural, suicide, killing, execution, accident)
    manner: str | None = None
    #: how the date was found: clause | coordination | inherited | inherited_after | named (the date is
    #: part of another thing's name: "durante la revolución de 1905") (None when undated)
    time_source: TimeSource | None = None
    #: the text says the event happened again ("de nuevo", "again", "por segunda vez"): not the first one
    repeated: bool = False


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
    start: int
    end: int
    #: the KB item the mention was resolved to
    entity: str
    entity_label: str
    #: how identity was established: full_name, unique_name, context, kinship, coreference, all_candidates
    identity: str
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
    #: the rule that makes them incompatible: single_value, complete_list, closed_values, place_hierarchy
    rule: str
    rule_note: str


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    event: str | None
    start: int
    end: int
    text: str
    verdict: Verdict
    evidence: tuple[Evidence, ...] = ()
    correction: str | None = None
    explanation: str = ""
    confidence: float | None = None
    #: contradicted claims only: the chain of reasons (None for every other verdict)
    proof: Proof | None = None


@dataclass(frozen=True, slots=True)
class Flag:
    id: str
    start: int
    end: int
    text: str
    technique: str
    explanation: str
    confidence: float
    voice: Voice = "author"
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Rhetoric:
    conspiracy_probability: float | None = None
    techniques: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Analysis:
    """The result of running the pipeline over one document."""

    document: Document
    text: str
    stages: Mapping[str, str] = field(default_factory=dict)
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    intervals: tuple[Interval, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    flags: tuple[Flag, ...] = ()
    rhetoric: Rhetoric = field(default_factory=Rhetoric)
    warnings: tuple[str, ...] = ()
    schema: str = SCHEMA_ID
    #: seconds each stage took on this document (an optional addition to the contract; empty
    #: unless timings were asked for, so that two runs of the same text give the same output)
    timings: Mapping[str, float] = field(default_factory=dict)
    #: id → item lookups, built on first use (not part of the contract; `replace` starts afresh)
    _lookups: dict[str, Mapping[str, Any]] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def summary(self) -> dict[str, int]:
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
        index = bisect_right(self.sentences, offset, key=_start_of) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    @property
    def entities_by_id(self) -> Mapping[str, Entity]:
        """Entities by id, built once per analysis (a lookup per event must not rescan the layer)."""
        return self._lookup("entities")

    @property
    def timexes_by_id(self) -> Mapping[str, Timex]:
        return self._lookup("timexes")

    def _lookup(self, layer: str) -> Mapping[str, Any]:
        lookups = self._lookups
        if lookups is None:
            lookups = {}
            object.__setattr__(self, "_lookups", lookups)
        if layer not in lookups:
            index: dict[str, Any] = {}
            for item in getattr(self, layer):
                index.setdefault(item.id, item)  # the first of a (never expected) repeated id, as a scan finds
            lookups[layer] = index
        return lookups[layer]


def _start_of(span: Sentence) -> int:
    return span.start
