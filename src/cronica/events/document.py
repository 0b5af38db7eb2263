"""What the event readers look up in one document: its entities, sentences and date tokens.

Built once per document; every lookup is by offset (bisection), so reading a long text
stays linear. A long text's parse is read batch by batch (`read`): the view holds the
batch's Doc (its offsets are the document's) and the one before it, for the few lookups
that reach back a sentence or two.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate, pairwise

from spacy.tokens import Doc, Span, Token

from cronica.events.frame import APPOSITION_DEPS, NON_PARTICIPANT_ENTS
from cronica.events.lexicon import Cues
from cronica.events.syntax import SUBJECT_DEPS, Sentences, entity_around
from cronica.events.timing import timex_token_indexes
from cronica.model import Analysis, Entity, Participant, Timex


class DocumentView:
    """The analysis and its parse, indexed for the readers of roles, participants and dates."""

    def __init__(self, analysis: Analysis, doc: Doc | None, cues: Cues) -> None:
        self.analysis = analysis
        self.cues = cues
        self.sentence_starts = [s.start for s in analysis.sentences]
        self.entities = sorted(analysis.entities, key=lambda e: e.start)
        # the furthest end among the entities up to each one: `entity_of` bisects past those ending too early
        self.entity_reach = list(accumulate((e.end for e in self.entities), max))
        self.entity_starts = [e.start for e in self.entities]
        self.timexes = analysis.timexes
        self._timex_starts = [t.start for t in self.timexes]
        self._timexes_sorted = all(a <= b for a, b in pairwise(self._timex_starts))
        #: the batch being read: its Doc, the character range its own tokens cover, and the batch before
        self.doc: Doc = doc  # type: ignore[assignment]  # set by `read` before any lookup
        self.previous: Doc | None = None
        self.start, self.end = 0, len(analysis.text)
        self.timex_tokens: set[int] = set()
        if doc is not None:
            self.read(doc)

    def read(self, doc: Doc) -> None:
        """Move to the next batch of the parse (the whole Doc for a short text)."""
        self.previous = self.doc
        self.doc = doc
        lead = 0
        while lead < len(doc) and doc[lead].is_space:  # the white space before a batch's first token
            lead += 1
        last = doc[-1] if len(doc) else None
        self.start = doc[lead].idx if lead < len(doc) else 0
        self.end = last.idx + len(last.text_with_ws) if last is not None else 0
        self.timex_tokens = timex_token_indexes(doc, self.batch_timexes())
        self.sentences = Sentences(doc)

    def batch_entities(self) -> list[Entity]:
        """The entities starting in the batch being read, by start."""
        return self.entities[bisect_left(self.entity_starts, self.start) : bisect_left(self.entity_starts, self.end)]

    def batch_timexes(self) -> list[Timex]:
        """The timexes starting in the batch being read, in the layer's order."""
        if self.start == 0 and self.end >= len(self.analysis.text):
            return list(self.timexes)
        if self._timexes_sorted:
            first = bisect_left(self._timex_starts, self.start)
            return list(self.timexes[first : bisect_left(self._timex_starts, self.end)])
        return [t for t in self.timexes if self.start <= t.start < self.end]

    def span(self, start: int, end: int) -> Span | None:
        """The tokens of the characters [start, end) (expanded to whole tokens), in the batch being
        read or, for an earlier offset, in the batch before it."""
        doc = self.previous if start < self.start and self.previous is not None else self.doc
        return doc.char_span(start, end, alignment_mode="expand")

    def sentence_number(self, offset: int) -> int:
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)

    def entity_of(self, start: int, end: int, head: Token, holding: bool = False) -> Entity | None:
        """The entity holding the head token; unless `holding`, else the first one overlapping the span."""
        best: Entity | None = None
        first = bisect_right(self.entity_reach, start)  # every entity before it ends at or before `start`
        for index in range(first, len(self.entities)):  # not islice: it would step over the first ones
            entity = self.entities[index]
            if entity.start >= end:
                break
            if entity.end > start:
                if entity.start <= head.idx < entity.end:
                    return entity
                best = best or entity
        return None if holding else best

    def entity_holding(self, head: Token) -> Entity | None:
        """The entity whose words hold the participant's head token."""
        return self.entity_of(head.idx, head.idx + len(head.text), head, holding=True)

    def named_beside(self, head: Token) -> Entity | None:
        """A name in apposition to a common noun head ("su hijo, Lev Sedov"; "the Bolshevik leader Trotsky"),
        also when the parser hangs it on the verb as a second subject ("se casó con su compañera,
        Nadezhda Krúpskaya")."""
        for child in head.children:
            if child.dep_ in APPOSITION_DEPS and child.i not in self.timex_tokens:
                entity = self.entity_holding(child)
                if entity is not None and entity.label == "PER":
                    return entity
        after = head.right_edge.i + 1
        if after + 1 < len(self.doc) and self.doc[after].text == "," and head.pos_ == "NOUN":
            name = self.doc[after + 1]
            if name.dep_ in SUBJECT_DEPS and name.head == head.head and name.i > head.head.i:
                entity = self.entity_holding(name)
                if entity is not None and entity.label == "PER":
                    return entity
        return None

    def name_and_title(self, head: Token) -> tuple[Entity, Entity] | None:
        """The person and the title one NER span drew together and the link stage split ("Trotsky People's
        Commissar", "Trotski Comisario del Pueblo"; `Gazetteer.split_titles`): a person's entity and, right after
        it, an entity of another kind, both starting inside the NER span around `head`."""
        around = entity_around(head)
        if around is None:
            return None
        start, end = around.start_char, around.end_char
        inside = [e for e in self.entities[bisect_left(self.entity_starts, start) :] if e.start < end]
        for person, title in pairwise(inside):
            between = self.analysis.text[person.end : title.start]
            if person.label == "PER" and title.label != "PER" and between.isspace():
                return person, title
        return None

    def has_proper_noun(self, entity: Entity) -> bool:
        """The Spanish NER tags capitalized common words ("Años después") as persons: not referents. A name
        the linker tied to a KB item is one even when the tagger took it for a verb ("Stalin lo desterró")."""
        if entity.item_id:
            return True
        span = self.span(entity.start, entity.end)
        return span is not None and any(token.pos_ == "PROPN" for token in span)

    def entity_is_subject(self, entity: Entity) -> bool:
        """A single (not coordinated) subject: "Wellington and Blücher" is a plural, not a topic."""
        span = self.span(entity.start, entity.end)
        if span is None:
            return False
        root = span.root
        coordinated = root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children)
        return root.dep_ in SUBJECT_DEPS and not coordinated

    def is_person(self, token: Token) -> bool:
        entity = self.entity_of(token.idx, token.idx + len(token.text), token)
        if entity is None and token.pos_ == "NOUN":
            entity = self.named_beside(token)  # "a su antiguo aliado, Trotski"
        return (entity is not None and entity.label == "PER") or token.lower_ in self.cues.pronouns

    def place_like(self, token: Token) -> bool:
        if token.pos_ == "PROPN":
            return True
        entity = self.entity_of(token.idx, token.idx + len(token.text), token)
        return entity is not None and entity.label in ("LOC", "ORG")

    def is_location(self, participant: Participant) -> bool:
        entity = self.analysis.entities_by_id.get(participant.entity) if participant.entity else None
        return entity is not None and entity.label == "LOC"

    def usable(self, token: Token) -> bool:
        """Not a date, a number or punctuation (also without a timex layer: the NER's DATE spans)."""
        return (
            token.i not in self.timex_tokens
            and (self.is_dual(token) or (token.ent_type_ not in NON_PARTICIPANT_ENTS and not token.like_num))
            and not token.is_punct
            and not token.is_space
        )

    def is_dual(self, token: Token) -> bool:
        """ "Ambos", "both", "los dos", "the two": a word that stands for exactly two persons (a number word
        only with a definite article and nothing after it: "dos hermanos", "two of them" are phrases of
        their own). The NER may tag the word itself ("Ambos" LOC, "Los dos" MISC): still no name."""
        lower = token.lower_
        if lower in self.cues.dual_numbers:
            if not any(c.dep_ == "det" and "Def" in c.morph.get("Definite", []) for c in token.children):
                return False
        elif lower not in self.cues.dual_words:
            return False
        if any(c.pos_ in ("NOUN", "PROPN", "ADP") or c.dep_ in ("nmod", "prep") for c in token.children):
            return False
        entity = self.entity_holding(token)
        if entity is None:
            return True
        # the words of the NER's span inside the dual's phrase are the dual and its article; the span may run
        # on over the verb ("Las dos murieron" MISC), never over a name
        span = self.span(entity.start, entity.end)
        phrase = {t.i for t in token.subtree}
        inside = {t.lower_ for t in span or () if t.i in phrase}
        outside = [t for t in span or () if t.i not in phrase]
        own = {lower, *(c.lower_ for c in token.children if c.dep_ == "det")}
        return inside <= own and not any(t.pos_ == "PROPN" for t in outside)

    def after_comma(self, token: Token) -> bool:
        return token.i > 0 and self.doc[token.i - 1].text == ","
