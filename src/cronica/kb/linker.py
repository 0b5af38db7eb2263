"""Entity linking: mentions → KB entities (QIDs), or NIL when nothing fits well enough.

Candidates come from the KB's normalized alias index (accents, case, transliteration).
Each is scored on how the name matched, on type (a PER mention links to humans), on
time (a person acting in 1926 should be alive then; an organization should exist), and
on context (KB relations with the other entities linked in the same document). The best
candidate is kept when its score reaches `threshold`; ties between close candidates
lower the score, so an unresolved ambiguity ends as NIL instead of a guess.

A mention's decision depends on its text, its label and what the document says as a whole
(its years, the people it names in full, its confident links), never on where it stands.
So a document is linked in two passes (`Linker.document`): the first reads each distinct
mention once and gathers that summary (`DocumentLinks`); the second decides each mention
against it, once per distinct mention. No list of every mention's candidates is kept: the
memory is the document's distinct names, not its length (issue 17).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from cronica.kb.base import Candidate, KnowledgeBase, TimeValue, is_item_id
from cronica.kb.name_words import name_words
from cronica.kb.normalize import alias_key, modifier_variants
from cronica.kb.offices import OfficeTitles, elided_office_names
from cronica.kb.respell import Respeller

#: KB classes → the contract's entity labels (what a mention of an instance should be labelled)
CLASS_LABELS: Mapping[str, str] = {
    "Q5": "PER",
    "Q515": "LOC",
    "Q6256": "LOC",
    "Q3024240": "LOC",
    "Q3624078": "LOC",
    "Q486972": "LOC",
    "Q7278": "ORG",
    "Q43229": "ORG",
    "Q484652": "ORG",
    "Q327333": "ORG",
    # newspapers: a work, not a body NER tags ORG, so two papers sharing a name ("Pravda": Trotsky's Vienna paper
    # and the Bolshevik daily) stay a tie under the contradiction threshold unless the document decides (issue 14)
    "Q11032": "MISC",
}

MATCH_SCORE = {"label": 1.0, "alias": 0.9, "partial": 0.7}


@dataclass(frozen=True)
class LinkerConfig:
    threshold: float = 0.5
    #: a candidate whose score is this close to the best makes the choice ambiguous
    ambiguity_margin: float = 0.1
    #: the highest score a tied choice may keep: under the verifier's `min_link_score_to_contradict` (0.6),
    #: so two people of one exact name ("Vasily Kuznetsov") never let a coin toss contradict a text (issue 13)
    tie_ceiling: float = 0.55
    context_bonus: float = 0.15
    #: score at or above which a linked mention's NER label is replaced by the KB's type
    relabel_at: float = 0.75
    #: a person whose life ended before every date of the document can still be mentioned
    dead_factor: float = 0.9
    #: a person born (or an organization founded) after every date of the document is unlikely
    anachronism_factor: float = 0.3
    #: ... but only by more than this many years: a text that misdates a birth or a founding by a few
    #: years ("Trotsky was born in 1877") is still about that person, and is what the verifier must see
    anachronism_margin: int = 10
    #: a shared surname linked to the one bearer the document names in full (before context)
    coreference_score: float = 0.8
    #: a first name said alone, borne by one person of the family circle of the document's people
    given_name_score: float = 0.75
    #: properties whose value, linked in the same document, settles who a bare surname means for an item
    #: marked `surname_alone: false` (the trial a defendant stood in); kinship does not: relatives come
    #: together, and they are the people who share the surname
    settling_properties: tuple[str, ...] = ("P1344",)
    #: a name matched only after a word was respelled from another romanization ("Vorochílov"): the
    #: match counts a little less than the same name written as the KB writes it
    respelled_factor: float = 0.9
    #: KB classes of offices (positions): their names may be said short (`cronica.kb.offices`)
    office_classes: tuple[str, ...] = ("Q4164871",)

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> LinkerConfig:
        known = {name: values[name] for name in cls.__dataclass_fields__ if name in values}
        return cls(**known)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Mention:
    text: str
    label: str


@dataclass(frozen=True)
class Decision:
    qid: str | None
    score: float
    kb_label: str | None = None
    scores: Mapping[str, float] = field(default_factory=dict)


@dataclass
class _Scored:
    candidate: Candidate
    base: float
    kb_label: str | None
    related: frozenset[str]
    how: str = "label"


class Linker:
    """Links the mentions of one document at a time against a `KnowledgeBase`."""

    def __init__(self, kb: KnowledgeBase, config: LinkerConfig | None = None) -> None:
        self.kb = kb
        self.config = config or LinkerConfig()
        self._types: dict[str, str | None] = {}
        self._spans: dict[str, tuple[int | None, int | None]] = {}
        self._related: dict[str, frozenset[str]] = {}
        self._circles: dict[str, frozenset[str]] = {}
        self._given: dict[str, set[str]] = {}
        self._surname_cache: dict[str, set[str]] = {}
        self._surnames, self._name_words = self._human_name_indexes()
        index = self.kb.alias_index() or {}
        self.respeller = Respeller(index)
        words = name_words()
        #: office names said short ("chairman of the Supreme Soviet") → the one office each names
        self.short_offices = elided_office_names(
            index,
            self.is_office,
            lambda qid: self.kb_label(qid) == "LOC",
            words.complement_joiners,
            words.elidable_organs,
        )
        #: office titles said with modifiers ("primer secretario del Comité de Leningrado del PCUS")
        self.office_titles = OfficeTitles(
            index,
            self.is_office,
            lambda qid: self.kb_label(qid) == "PER",
            self._item_values,
            words.title_prepositions,
            words.leading_articles,
            words.body_levels,
        )

    # --- per-entity facts, cached for the life of the linker ---------------------------

    def is_office(self, qid: str) -> bool:
        return bool(self.kb.instance_of(qid) & set(self.config.office_classes))

    def _item_values(self, qid: str, pid: str) -> list[str]:
        return [value for value in self.kb.values(qid, pid) if isinstance(value, str) and is_item_id(value)]

    def kb_label(self, qid: str) -> str | None:
        if qid not in self._types:
            labels = {CLASS_LABELS[c] for c in self.kb.instance_of(qid) if c in CLASS_LABELS}
            self._types[qid] = labels.pop() if len(labels) == 1 else None
        return self._types[qid]

    def lifespan(self, qid: str) -> tuple[int | None, int | None]:
        """First and last year the entity existed (birth/inception, death/dissolution)."""
        if qid not in self._spans:
            start = _year(self.kb.values(qid, "P569")) or _year(self.kb.values(qid, "P571"))
            end = _year(self.kb.values(qid, "P570")) or _year(self.kb.values(qid, "P576"))
            self._spans[qid] = (start, end)
        return self._spans[qid]

    def related(self, qid: str) -> frozenset[str]:
        """Items the entity's statements point to (values and qualifier values)."""
        if qid not in self._related:
            found: set[str] = set()
            for statement in self.kb.statements(qid):
                if isinstance(statement.value, str) and is_item_id(statement.value):
                    found.add(statement.value)
                for values in statement.qualifiers.values():
                    found.update(v for v in values if isinstance(v, str) and is_item_id(v))
            self._related[qid] = frozenset(found)
        return self._related[qid]

    def _human_name_indexes(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """(surname → humans, word → humans), from the alias index of an offline KB.

        A surname is the last word of a multi-word name ("Roosevelt" → FDR); a person's words
        are the union over all their names, so "Lev Davidovich Trotsky" (not itself an alias)
        still finds Trotsky."""
        surnames: dict[str, set[str]] = {}
        by_word: dict[str, set[str]] = {}
        for key, qids in (self.kb.alias_index() or {}).items():
            words = key.split()
            for qid in qids:
                if self.kb_label(qid) != "PER":
                    continue
                if len(words) > 1:
                    surnames.setdefault(words[-1], set()).add(qid)
                for word in words:
                    by_word.setdefault(word, set()).add(qid)
        return surnames, by_word

    # --- linking -------------------------------------------------------------------------

    def key(self, text: str) -> str:
        """The mention's alias key, each word no KB name holds respelled when it is a KB name's word
        written in another romanization ("Vorochílov" → "voroshilov"; `cronica.kb.respell`): the key
        every decision on the mention reads."""
        return self.respeller.key(text)

    def candidates(self, mention: Mention) -> list[tuple[Candidate, str]]:
        """(candidate, how it matched): exact alias matches, else a person's surname alone; the name as
        written first, then respelled from another romanization (`key`)."""
        found = self.kb.candidates(mention.text)
        key = alias_key(mention.text)
        if not found and (respelled := self.key(mention.text)) != key:
            key = respelled
            found = self.kb.candidates(key)
        if not found and mention.label != "PER":
            found = self.compass_expanded(mention.text)
        if found:
            return [(c, "label" if c.is_label else "alias") for c in found]
        # "the Bolsheviks Party", "the Bolsheviks' party": the KB's "Bolshevik Party", its modifier's plural undone
        inflected = self.modifiers_undone(key)
        if inflected:
            return [(c, "alias") for c in inflected]
        # "chairman of the Supreme Soviet": the chairman of its Presidium; "primer secretario del Comité de
        # Leningrado del PCUS": the one office a title's head, bodies and places name (`OfficeTitles`)
        office = self.short_offices.get(key) or self.office_titles.match(key)
        if office is not None:
            return [(Candidate(office, self.kb.label(office), mention.text, exact=False), "partial")]
        words = key.split()
        if not words or (len(words) == 1 and mention.label != "PER"):
            return []
        if len(words) == 1:
            qids = self._surnames.get(key, set())
        else:  # every word of the mention is a word of the same person's names (whatever NER called it)
            qids = set.intersection(*(self._name_words.get(word, set()) for word in words))
        return [(Candidate(qid, self.kb.label(qid), mention.text, exact=False), "partial") for qid in sorted(qids)]

    def modifiers_undone(self, key: str) -> list[Candidate]:
        """What the name names with its modifiers' plural or possessive endings undone ("bolsheviks party" →
        "bolshevik party"; `modifier_variants`): the first variant the KB knows, never a person (a family is
        no one person: "the Romanovs' palace")."""
        for variant in modifier_variants(key):
            found = [c for c in self.kb.candidates(variant) if self.kb_label(c.qid) != "PER"]
            if found:
                return found
        return []

    def compass_expanded(self, text: str) -> list[Candidate]:
        """A region named with its compass point's initial, as reference works write it ("exiled to C Asia",
        "NE Siberia"): what the spelled-out names ("Central Asia") name, never a person or a body."""
        first, _, rest = text.strip().partition(" ")
        expansions = name_words().compass_abbreviations.get(first.rstrip("."), ())
        if not rest or not expansions:
            return []
        found = [c for word in expansions for c in self.kb.candidates(f"{word} {rest}")]
        # the whole spelled-out name, of a place (a region has no class label): never a person or a body
        return [c for c in found if c.exact and self.kb_label(c.qid) not in ("PER", "ORG")]

    def link_document(self, mentions: Sequence[Mention], years: Sequence[int] = ()) -> list[Decision]:
        """One decision per mention, in order; context = the document's other confident links."""
        links = self.document(mentions, years)
        return [links.decide(mention) for mention in mentions]

    def document(self, mentions: Iterable[Mention], years: Sequence[int] = ()) -> DocumentLinks:
        """The first pass over a document's mentions (read once, as they come): each distinct mention
        scored alone, and what the document says as a whole, which `DocumentLinks.decide` reads.

        The summary is built from the distinct mentions, as the decisions it feeds are sets and
        maps over them: a name said twice adds nothing the first saying did not."""
        alone: dict[Mention, list[_Scored]] = {}
        for mention in mentions:
            if mention not in alone:
                alone[mention] = self._score_alone(mention, years)
        distinct = list(alone)
        scored = list(alone.values())
        bearers = self._named_in_full(distinct, scored)
        anchors = self._anchors(distinct, scored)
        unlinked = self._unlinked_full_names(distinct, scored)
        for mention in distinct:
            alone[mention] = self._bare_surname(mention, alone[mention], bearers, unlinked, anchors)
        anchors = self._anchors(distinct, list(alone.values()))
        return DocumentLinks(self, alone, bearers, anchors)

    def _anchors(self, mentions: Sequence[Mention], scored: Sequence[list[_Scored]]) -> set[str]:
        """The document's confident links (one candidate at or above the threshold); a bare surname of an
        item marked `surname_alone: false` is not one until the document settles it."""
        return {
            options[0].candidate.qid
            for mention, options in zip(mentions, scored, strict=True)
            if len(options) == 1
            and options[0].base >= self.config.threshold
            and (len(self.key(mention.text).split()) > 1 or self.kb.surname_alone(options[0].candidate.qid))
        }

    def _unlinked_full_names(self, mentions: Sequence[Mention], scored: Sequence[list[_Scored]]) -> set[str]:
        """Last words of the names of two words or more that link to no one ("Pavel Alliluyev"): someone the
        KB does not hold bears that surname in this document."""
        return {
            words[-1]
            for mention, options in zip(mentions, scored, strict=True)
            if len(words := self.key(mention.text).split()) > 1 and mention.label in ("PER", "MISC") and not options
        }

    def _bare_surname(
        self,
        mention: Mention,
        options: list[_Scored],
        bearers: Mapping[str, set[str]],
        unlinked: set[str],
        anchors: set[str],
    ) -> list[_Scored]:
        """A bare surname keeps a candidate marked `surname_alone: false` (docs/kb.md) only when the document
        settles who it means: it names that person in full, or links something that person took part in
        (`settling_properties`), and names no other bearer of the surname that the KB does not hold."""
        words = self.key(mention.text).split()
        if len(words) != 1 or not options:
            return options
        kept = []
        for option in options:
            qid = option.candidate.qid
            if self.kb.surname_alone(qid) or words[0] not in self._surname_keys(qid):
                kept.append(option)
                continue
            if words[0] in unlinked:
                continue
            named = bearers.get(words[0], set())
            if qid in named or (not named and self._settled_by(qid, anchors)):
                kept.append(option)
        return kept

    def _surname_keys(self, qid: str) -> set[str]:
        """The last words of the item's names of two words or more (labels and aliases, es and en)."""
        if qid not in self._surname_cache:
            names = list(self.kb.labels(qid).values())
            names += [alias for aliases in self.kb.aliases(qid).values() for alias in aliases]
            self._surname_cache[qid] = {key.split()[-1] for name in names if len((key := alias_key(name)).split()) > 1}
        return self._surname_cache[qid]

    def _settled_by(self, qid: str, anchors: set[str]) -> bool:
        return any(
            isinstance(value, str) and value in anchors
            for pid in self.config.settling_properties
            for value in self.kb.values(qid, pid)
        )

    def _by_given_name(self, mention: Mention, anchors: set[str]) -> list[_Scored]:
        """A first name said alone ("his daughters, Zinaida and Nina") names the one person of the
        family circle of the document's people (themselves, parents, children, spouses, siblings)
        who bears it; none or several: nothing."""
        words = self.key(mention.text).split()
        if len(words) != 1 or mention.label not in ("PER", "MISC"):
            return []
        bearers = {person for anchor in anchors for person in self._family_circle(anchor)}
        named = sorted(person for person in bearers if words[0] in self._given_names(person))
        if len(named) != 1:
            return []
        (qid,) = named
        candidate = Candidate(qid, self.kb.label(qid), mention.text, exact=False)
        return [_Scored(candidate, self.config.given_name_score, self.kb_label(qid), self.related(qid), "given-name")]

    def _family_circle(self, qid: str) -> frozenset[str]:
        if qid not in self._circles:
            circle = {qid} if self.kb_label(qid) == "PER" else set()
            if circle:
                for relation in ("parent", "child", "spouse", "sibling"):
                    circle.update(self.kb.relatives(qid, relation))
            self._circles[qid] = frozenset(circle)
        return self._circles[qid]

    def _given_names(self, qid: str) -> set[str]:
        """First words of the person's multi-word labels and aliases, es and en ("Lev", "León", "Zina")."""
        if qid not in self._given:
            names = list(self.kb.labels(qid).values())
            names += [alias for aliases in self.kb.aliases(qid).values() for alias in aliases]
            self._given[qid] = {key.split()[0] for name in names if len((key := alias_key(name)).split()) > 1}
        return self._given[qid]

    def _named_in_full(self, mentions: Sequence[Mention], scored: Sequence[list[_Scored]]) -> dict[str, set[str]]:
        """Surname key → the people the document names in full (a name of two words or more that links
        to one person alone): "Alexander Ulyanov" makes Alexander a bearer of "ulianov"."""
        bearers: dict[str, set[str]] = {}
        for mention, options in zip(mentions, scored, strict=True):
            words = self.key(mention.text).split()
            confident = len(options) == 1 and options[0].base >= self.config.threshold
            if len(words) > 1 and confident and options[0].kb_label == "PER":
                bearers.setdefault(words[-1], set()).add(options[0].candidate.qid)
        return bearers

    def _corefer(self, mention: Mention, options: list[_Scored], bearers: Mapping[str, set[str]]) -> list[_Scored]:
        """A surname said alone, read against the people the document names in full.

        A surname several people share ("Alliluyeva": Nadezhda and Svetlana) names the one of them the
        document names in full, and stays unlinked when it names none or several. A surname that is an
        alias of someone for whom it is not the principal name (Lenin's "Ulyanov") yields to another
        bearer named in full ("Alexander Ulyanov ... Ulyanov was hanged"); a principal name stays
        ("Vasily Stalin ... Stalin" is still Joseph Stalin)."""
        words = self.key(mention.text).split()
        if len(words) != 1:
            return options
        named = bearers.get(words[0], set())
        if not options:
            # a surname NER tagged as a place or a thing ("Allilúyev" as LOC) after the document named its one
            # bearer in full: that person
            if mention.label == "PER" or len(named) != 1:
                return []
            (qid,) = named
            candidate = Candidate(qid, self.kb.label(qid), mention.text, exact=False)
            return [
                _Scored(candidate, self.config.coreference_score, self.kb_label(qid), self.related(qid), "coreference")
            ]
        if all(option.how == "partial" for option in options):
            if len(options) < 2:
                return options
            chosen = [option for option in options if option.candidate.qid in named]
            if len(chosen) != 1:
                return []  # a shared surname with no single bearer in view: ambiguous, so NIL
            return [dataclasses.replace(chosen[0], base=max(chosen[0].base, self.config.coreference_score))]
        others = named - {option.candidate.qid for option in options}
        if not others or any(words[0] in self._principal_surnames(option.candidate.qid) for option in options):
            return options
        if len(others) > 1:
            return []
        (qid,) = others
        candidate = Candidate(qid, self.kb.label(qid), mention.text, exact=False)
        return [_Scored(candidate, self.config.coreference_score, self.kb_label(qid), self.related(qid), "coreference")]

    def _principal_surnames(self, qid: str) -> set[str]:
        """The last words of the item's labels (es and en): the surname it is known by."""
        return {alias_key(label).split()[-1] for label in self.kb.labels(qid).values() if alias_key(label)}

    def _score_alone(self, mention: Mention, years: Sequence[int]) -> list[_Scored]:
        found = [(candidate, how, self.kb_label(candidate.qid)) for candidate, how in self.candidates(mention)]
        # the type decides between candidates; when no candidate has the mention's type,
        # the NER label is the likelier mistake ("Leningrad" tagged PER), so it costs less
        competing = any(kb_label == mention.label for _, _, kb_label in found)
        result = []
        respelled = self.key(mention.text) != alias_key(mention.text)
        for candidate, how, kb_label in found:
            base = MATCH_SCORE[how] * self._type_factor(mention.label, kb_label, competing)
            if respelled:
                base *= self.config.respelled_factor
            base *= self._time_factor(candidate.qid, kb_label, years)
            result.append(_Scored(candidate, base, kb_label, self.related(candidate.qid), how))
        return result

    def _type_factor(self, mention_label: str, kb_label: str | None, competing: bool) -> float:
        if kb_label is None or mention_label == kb_label:
            return 1.0
        if mention_label == "MISC":
            return 0.9  # NORP-like mentions ("the Bolsheviks") name parties and peoples
        if competing:
            return 0.4  # a candidate of the mention's own type exists: a PER mention links to the human
        return 0.85

    def _time_factor(self, qid: str, kb_label: str | None, years: Sequence[int]) -> float:
        if not years:
            return 1.0
        start, end = self.lifespan(qid)
        if start is not None and start > max(years) + self.config.anachronism_margin and not self.is_office(qid):
            # (an office named before it existed is the text's anachronism, for the verifier to judge: issue 13)
            return self.config.anachronism_factor
        if kb_label == "PER" and end is not None and end < min(years):
            return self.config.dead_factor
        return 1.0

    def _decide(self, options: list[_Scored], anchors: set[str]) -> Decision:
        if not options:
            return Decision(None, 0.0)
        scores: dict[str, float] = {}
        for option in options:
            others = anchors - {option.candidate.qid}
            linked = bool(option.related & others) or any(
                option.candidate.qid in self.related(other) for other in others
            )
            scores[option.candidate.qid] = min(1.0, option.base + (self.config.context_bonus if linked else 0.0))
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        best_qid, best = ranked[0]
        if len(ranked) > 1 and best - ranked[1][1] < self.config.ambiguity_margin:
            best = min(best - 0.3, self.config.tie_ceiling)  # an unresolved tie: better NIL than a coin toss
        best = round(max(best, 0.0), 3)
        if best < self.config.threshold:
            return Decision(None, best, scores=scores)
        kb_label = next(o.kb_label for o in options if o.candidate.qid == best_qid)
        return Decision(best_qid, best, kb_label, scores)


class DocumentLinks:
    """The second pass: a document's mentions decided against what the document says as a whole
    (`Linker.document`), each distinct mention once (a mention said again gets the same decision).

    Held: the options of the distinct mentions not decided yet, and the decisions made."""

    def __init__(
        self,
        linker: Linker,
        options: dict[Mention, list[_Scored]],
        bearers: Mapping[str, set[str]],
        anchors: set[str],
    ) -> None:
        self.linker = linker
        self._options = options  # scored alone, then read for a bare surname; dropped once decided
        self.bearers = bearers  # surname key → the people the document names in full
        self.anchors = anchors  # the document's confident links, the context bonus's
        self._decided: dict[Mention, Decision] = {}

    def decide(self, mention: Mention) -> Decision:
        """The mention's decision: a given name or a bare surname read against the document's people,
        then the context bonus of the document's confident links. The mention must have been in the
        first pass (its options are the document's)."""
        decision = self._decided.get(mention)
        if decision is None:
            linker = self.linker
            options = self._options.pop(mention) or linker._by_given_name(mention, self.anchors)
            options = linker._corefer(mention, options, self.bearers)
            decision = self._decided[mention] = linker._decide(options, self.anchors)
        return decision


def _year(values: Iterable[object]) -> int | None:
    years = [value.year for value in values if isinstance(value, TimeValue)]
    return min(years) if years else None


_YEAR = re.compile(r"^(\d{4})")


def document_years(timex_values: Iterable[str], dct: str | None = None) -> list[int]:
    """Years the document talks about: its DATE timexes (TIMEX3 values), else its creation date."""
    years = sorted({int(m.group(1)) for value in timex_values if (m := _YEAR.match(value or ""))})
    if not years and dct and (m := _YEAR.match(dct)):
        years = [int(m.group(1))]
    return years
