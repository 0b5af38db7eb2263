"""An event while it is being read (`Frame`), and the small parse tests every reader shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from cronica.events.coref import Referent
from cronica.events.syntax import clause_token
from cronica.events.triggers import TriggerMatch
from cronica.model import Modality, Participant, TimeSource, Timex

PLACE_ROLES = frozenset({"place", "destination", "origin"})
RELATIVE_CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})
NON_PARTICIPANT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
#: roles a person can fill
PERSON_ROLES = frozenset({"agent", "patient", "counterpart", "successor", "predecessor", "speaker"})
#: dependents that set a name beside a noun: "su hijo, Lev Sedov", "el líder bolchevique Trotski"
APPOSITION_DEPS = frozenset({"appos", "flat", "flat:name", "compound"})
#: dependents that are clauses (or their glue) rather than modifiers of the trigger itself
CLAUSAL_DEPS = frozenset(
    {
        "advcl",
        "ccomp",
        "xcomp",
        "relcl",
        "acl",
        "conj",
        "parataxis",
        "csubj",
        "nsubj",
        "nsubjpass",
        "cc",
        "mark",
        "punct",
    }
)


@dataclass
class Frame:
    match: TriggerMatch
    participants: list[Participant] = field(default_factory=list)
    referents: list[Referent] = field(default_factory=list)
    heads: dict[int, Token] = field(default_factory=dict)  # participant start → its head token
    time: Timex | None = None
    time_source: TimeSource | None = None
    modality: Modality = "asserted"
    #: persons the event's pronouns and dropped subjects cannot be: the subject of a causative verb
    #: above it ("Stalin logró que fuera expulsado": not Stalin)
    disjoint: list[Referent] = field(default_factory=list)
    #: the verb whose complement clause holds the event, when its fronted date dates the event too
    governor: Token | None = None
    #: the text says the event happened again ("de nuevo", "volvió a ser expulsado", "for the second time")
    repeated: bool = False
    #: tokens of a repetition marker ("de nuevo"): never a participant's words, even inside its phrase
    #: ("expulsado del partido de nuevo", where the parser hangs the marker on "partido")
    marker_tokens: set[int] = field(default_factory=set)
    #: the character offset where a gapped second conjunct begins ("… and in 1929 from the Soviet
    #: Union"): the event's words and dates all lie before it (`gapping`)
    limit: int | None = None


def gender_of(token: Token) -> str | None:
    """Masc/Fem of a pronoun or of a verb carrying a clitic ("asesinarlo"); None when unmarked."""
    genders = token.morph.get("Gender", [])
    return genders[0] if len(genders) == 1 and genders[0] in ("Masc", "Fem") else None


def is_plural(verb: Token) -> bool:
    """The verb agrees with a plural subject (its own number, its auxiliary's or its copula's)."""
    clause = clause_token(verb)
    forms = [verb, clause, *(c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
    return any("Plur" in form.morph.get("Number", []) for form in forms if form.pos_ in ("VERB", "AUX", "ADJ"))


def phrase_tokens(tokens: Sequence[Token], phrases: Sequence[str]) -> set[int]:
    """Indexes of the tokens (in text order) that spell one of the phrases, as whole words."""
    words = [t.lower_ for t in tokens]
    found: set[int] = set()
    for phrase in phrases:
        parts = phrase.split()
        for start in range(len(words) - len(parts) + 1):
            if words[start : start + len(parts)] == parts:
                found.update(t.i for t in tokens[start : start + len(parts)])
    return found


def others(ranked: Sequence[Referent], offset: int) -> tuple[str, ...]:
    """Entity ids of the referents a pronoun could also stand for (the first one is chosen)."""
    named = (referent.last_named_before(offset) for referent in ranked[1:])
    return tuple(dict.fromkeys(entity.id for entity in named if entity is not None))


def dedupe(participants: list[Participant]) -> list[Participant]:
    seen: set[tuple[str, int, int, str | None]] = set()
    kept = []
    for participant in participants:
        # one pronoun standing for several persons ("they": Zinoviev and Kamenev) is one filler each
        key = (participant.role, participant.start, participant.end, participant.entity)
        if key not in seen:
            seen.add(key)
            kept.append(participant)
    return kept
