"""Scoring verdicts against what is true in the world (the stress set and the real-world corpus).

Truth gold (tests/data/verify/README.md, "Truth gold") says of every checkable claim a text
makes whether it is true, false (with the right value) or undecidable, independently of
what cronica's knowledge base holds. Scored per set:

- **false contradictions**: `contradicted` on a claim that is true or undecidable, or on
  words the gold lists as no claim at all. The target is zero: each one accuses a true text.
- contradicted precision and recall (against the false claims), supported precision and
  recall (against the true claims), and the share of real errors caught, with the right value.

A system claim covers one event, a gold claim one property: a system claim may answer
several gold claims of its sentence. A contradiction counts against the gold claim whose
property its proof names (`Proof.property`), and says nothing of the others it overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from cronica.errors import CronicaError
from cronica.model import Claim
from cronica.resources import load_resource
from cronica.scoring import Counts, claim_side

TRUTHS = ("true", "false", "undecidable")

#: a gold property name → the KB properties a proof about it names (empty: any)
PROPERTY_PIDS: Mapping[str, frozenset[str]] = {
    name: frozenset(pids.split())
    for name, pids in {
        "birth_date": "P569",
        "birth_place": "P19",
        "death_date": "P570",
        "death_place": "P20",
        "manner_of_death": "P1196",
        "expulsion_date": "P102 P463 P39 P582",
        "expulsion_org": "P102 P463 P39",
        "removal_date": "P39 P463 P102 P582",
        "appointment_date": "P39 P580",
        "position": "P39",
        "membership_start": "P102 P463 P580",
        "exile_date": "P551 P580",
        "exile_place": "P551",
        "deportation_date": "P551 P580 P582",
        "deportation_place": "P551",
        "residence_place": "P551",
        "move_date": "P551 P580 P582",
        "marriage_date": "P26 P580",
        "spouse": "P26",
        "father": "P22",
        "mother": "P25",
        "child": "P40",
        "sibling": "P3373",
        "founding_date": "P571",
        "dissolution_date": "P576",
        "succession": "P39 P1365 P1366",
        "age": "P569",
        # an arrest or a trial is a significant event (P793) with its point in time; a trial may also be told
        # as the person's part in it (P1344): a proof about anything else (an age, a place) is not about its date
        "arrest_date": "P793 P585",
        "trial_date": "P793 P1344 P585",
        # a treaty: who signed it (P1891 signatory) and when (P585 point in time)
        "signatory": "P1891",
        "signing_date": "P585",
        "other": "",
    }.items()
}


#: the qualifiers that hold a statement's dates
_DATE_QUALIFIERS = frozenset({"P580", "P582", "P585"})


@dataclass(frozen=True, slots=True)
class TruthClaim:
    """One claim of the truth gold: where it is, what it says of whom, and whether it is so."""

    span: str
    start: int
    end: int
    truth: str
    property: str = "other"
    about: str = ""
    text_value: str = ""
    correct: str | None = None

    def names(self, pid: str | None) -> bool:
        """Whether a proof about `pid` speaks of this claim's property."""
        wanted = PROPERTY_PIDS.get(self.property, frozenset())
        return not wanted or pid is None or pid in wanted

    def is_qualified_date(self) -> bool:
        """Whether this claim is a date kept as a statement's qualifier (a start, an end, a point in time)."""
        return bool(PROPERTY_PIDS.get(self.property, frozenset()) & _DATE_QUALIFIERS)

    def names_exactly(self, pid: str) -> bool:
        """Whether this claim's property is one a proof about `pid` is about (never for "other")."""
        return pid in PROPERTY_PIDS.get(self.property, frozenset())


@dataclass
class Outcome:
    """What happened to one gold claim (or one unmatched system claim), for the report."""

    item: str
    lang: str
    kind: str
    span: str
    truth: str | None
    verdict: str | None
    explanation: str = ""
    #: where the system claim that answered it lies (to count distinct system claims)
    claim_span: tuple[int, int] | None = None
    #: a `supported` verdict whose support did not check this claim whole (`model.Support`: a day against a month
    #: value, one reading of the words): what the output says is "supported (month only)", not "the text is right"
    partial: bool = False


@dataclass
class TruthScore:
    gold_claims: int = 0
    truths: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TRUTHS, 0))
    contradicted: Counts = field(default_factory=Counts)
    supported: Counts = field(default_factory=Counts)
    caught: int = 0
    caught_right_value: int = 0
    false_contradictions: list[Outcome] = field(default_factory=list)
    missed_errors: list[Outcome] = field(default_factory=list)
    #: a full `supported` printed on a claim that is false or undecidable: the second error a reader trusts
    wrong_supports: list[Outcome] = field(default_factory=list)
    #: supports that said they checked the claim whole, scored alone (`supported` counts every support)
    supported_full: Counts = field(default_factory=Counts)
    #: partial supports ("supported (month only)", "supported (one reading only)") by the gold's truth
    partial_supports: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TRUTHS, 0))
    #: a partial support on a claim that is false or undecidable: the output says what it did not check
    wrong_partial_supports: list[Outcome] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    #: contradicted sides of a two-sided event (a succession) the gold lists only the other side of: for audit
    unlisted_sides: list[Outcome] = field(default_factory=list)
    by_group: dict[str, TruthScore] = field(default_factory=dict)

    @property
    def false_contradiction_claims(self) -> int:
        """Distinct system claims behind the false contradictions (one claim may answer several gold claims)."""
        return len({(o.item, o.claim_span or o.span) for o in self.false_contradictions})

    @property
    def errors_caught(self) -> float:
        return self.caught / self.truths["false"] if self.truths["false"] else 0.0

    def add(self, outcome: Outcome, right_value: bool = False) -> None:
        self.outcomes.append(outcome)
        truth, verdict = outcome.truth, outcome.verdict
        if truth is not None:
            self.gold_claims += 1
            self.truths[truth] += 1
        if verdict == "contradicted":
            if truth == "false":
                self.contradicted += Counts(tp=1)
                self.caught += 1
                self.caught_right_value += int(right_value)
            else:
                self.contradicted += Counts(fp=1)
                self.false_contradictions.append(outcome)
        elif truth == "false":
            self.contradicted += Counts(fn=1)
            self.missed_errors.append(outcome)
        if truth is None:
            return
        if verdict == "supported":
            self.supported += Counts(tp=1) if truth == "true" else Counts(fp=1)
            if outcome.partial:
                self.partial_supports[truth] += 1
                if truth == "true":
                    self.supported_full += Counts(fn=1)  # true, but not confirmed whole
                else:
                    self.wrong_partial_supports.append(outcome)
            else:
                self.supported_full += Counts(tp=1) if truth == "true" else Counts(fp=1)
                if truth != "true":
                    self.wrong_supports.append(outcome)
        elif truth == "true":
            self.supported += Counts(fn=1)
            self.supported_full += Counts(fn=1)

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_claims": self.gold_claims,
            "truths": self.truths,
            "false_contradictions": len(self.false_contradictions),
            "false_contradiction_claims": self.false_contradiction_claims,
            "contradicted": self.contradicted.as_dict(),
            "supported": self.supported.as_dict(),
            "supported_full": self.supported_full.as_dict(),
            "partial_supports": dict(self.partial_supports),
            "wrong_supports": len(self.wrong_supports),
            "wrong_partial_supports": len(self.wrong_partial_supports),
            "errors_caught": {
                "caught": self.caught,
                "false_claims": self.truths["false"],
                "share": round(self.errors_caught, 4),
                "with_right_value": self.caught_right_value,
            },
            "false_contradiction_list": [vars(o) for o in self.false_contradictions],
            "missed_error_list": [vars(o) for o in self.missed_errors],
            "wrong_support_list": [vars(o) for o in self.wrong_supports],
            "wrong_partial_support_list": [vars(o) for o in self.wrong_partial_supports],
            "unlisted_contradicted_sides": [vars(o) for o in self.unlisted_sides],
            "by_group": {key: part.as_dict() for key, part in sorted(self.by_group.items())},
        }


@dataclass(frozen=True, slots=True)
class TruthItem:
    id: str
    lang: str
    kind: str
    text: str
    claims: tuple[TruthClaim, ...]
    url: str | None = None


def is_truth_gold(data: Any) -> bool:
    """Whether a loaded gold file is truth gold (its claims say `truth:`, not `verdict:`)."""
    items = data.get("items") if isinstance(data, dict) else data
    if not isinstance(items, list):
        return False
    return any(
        isinstance(claim, dict) and "truth" in claim
        for item in items
        if isinstance(item, dict) and isinstance(item.get("claims"), list)
        for claim in item["claims"]
    )


def load_truth_gold(path: Path, data: Any = None) -> list[TruthItem]:
    """Read a truth-gold file; every mistake in it is one clear line naming the item."""
    if data is None:
        data = load_resource(path)
    items = data.get("items") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise CronicaError(f"{path}: expected a list of items (or a mapping with a list under 'items')")
    loaded = []
    for entry in items:
        where = f"{path}: item {entry.get('id', '?') if isinstance(entry, dict) else '?'}"
        try:
            if "text" not in entry:
                raise ValueError(
                    "no text (a real-world set must be assembled first: scripts/build_realworld_verify.py)"
                )
            text = str(entry["text"])
            claims = tuple(truth_claim(text, claim) for claim in entry.get("claims") or ())
            kind = str(entry.get("class") or entry.get("kind") or "")
            loaded.append(TruthItem(str(entry["id"]), str(entry["lang"]), kind, text, claims, entry.get("url")))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise CronicaError(f"{where}: {error}") from None
    return loaded


def truth_claim(text: str, entry: Mapping[str, Any]) -> TruthClaim:
    """A truth-gold claim from its YAML mapping (errors are ValueErrors naming the problem)."""
    span = str(entry["span"])
    # a page that repeats a passage word for word: `occurrence: 2` is the span's second copy
    occurrence = int(entry.get("occurrence") or 1)
    start = -1
    for _ in range(occurrence):
        start = text.find(span, start + 1)
        if start < 0:
            times = f" {occurrence} times" if occurrence > 1 else ""
            raise ValueError(f"span {span!r} is not in the text{times}")
    truth = str(entry["truth"]).lower()
    if truth not in TRUTHS:
        raise ValueError(f"unknown truth {entry['truth']!r} (expected true, false or undecidable)")
    correct = entry.get("correct")
    if truth == "false" and correct in (None, ""):
        raise ValueError(f"false claim {span!r} has no correct value")
    prop = str(entry.get("property") or "other")
    if prop not in PROPERTY_PIDS:
        raise ValueError(f"unknown property {prop!r}")
    return TruthClaim(
        span,
        start,
        start + len(span),
        truth,
        prop,
        str(entry.get("about") or ""),
        str(entry.get("text_value") or ""),
        str(correct) if correct not in (None, "") else None,
    )


def score_truth_item(
    score: TruthScore,
    item_id: str,
    lang: str,
    kind: str,
    gold: Sequence[TruthClaim],
    claims: Sequence[Claim],
    right_value: Callable[[Claim, str], bool],
    is_about: Callable[[Claim, str], bool] | None = None,
) -> None:
    """Pair each gold claim with the overlapping system claim whose proof names its property and that
    may be about the gold claim's person (`is_about`: one claim per person of "Ambos fueron detenidos"),
    else the one that overlaps it most (of two that overlap it alike, the one with fewer words besides: a
    claim on "the Fifteenth Party Congress (1925)" answers those words before the sentence-long claim of the
    expulsion it opens), and count, overall and per language and per class."""
    groups = [score, score.by_group.setdefault(f"lang {lang}", TruthScore())]
    if kind:
        groups.append(score.by_group.setdefault(f"class {kind}", TruthScore()))
    used: set[int] = set()
    matches: list[tuple[TruthClaim, int | None]] = []
    for claim_gold in gold:
        best, best_key = None, (False, False, 0, 0, False)
        for position, candidate in enumerate(claims):
            overlap = min(claim_gold.end, candidate.end) - max(claim_gold.start, candidate.start)
            proves = _proves_property(candidate, claim_gold) and not _names_another(candidate, claim_gold, gold)
            about = is_about is None or not claim_gold.about or is_about(candidate, claim_gold.about)
            # of two claims over the same words (a succession's two sides), the one whose own subject is the gold
            # claim's person: "X was replaced by Y" answers X's leaving by X's claim and Y's start by Y's
            own = (
                is_about is not None and bool(claim_gold.about) and _own_subject(candidate, claim_gold.about, is_about)
            )
            key = (
                overlap > 0 and about and proves,
                about,
                overlap,
                overlap - (candidate.end - candidate.start),
                own,
            )
            if overlap > 0 and key > best_key:
                best, best_key = position, key
        matches.append((claim_gold, best))
        if best is not None:
            used.add(best)
    for claim_gold, index in matches:
        claim = claims[index] if index is not None else None
        verdict = claim.verdict if claim else None
        if (
            claim is not None
            and verdict == "contradicted"
            and not _refutes(claim, claim_gold, index, matches, right_value)
        ):
            verdict = "not_enough_info"  # the contradiction is about another gold claim of this event
        elif claim is not None and verdict == "supported" and not _support_is_about(claim, claim_gold):
            verdict = "not_enough_info"  # the support checked another gold claim's value ("born on <date> in <place>")
        outcome = Outcome(
            item_id,
            lang,
            kind,
            claim_gold.span,
            claim_gold.truth,
            verdict,
            claim.explanation if claim else "",
            partial=claim is not None and verdict == "supported" and _partial_for(claim, claim_gold),
        )
        right = bool(
            claim and verdict == "contradicted" and claim_gold.correct and right_value(claim, claim_gold.correct)
        )
        for group in groups:
            group.add(outcome, right)
    answered = {claim_side(claims[index]) for index in used}
    for index, claim in enumerate(claims):
        if index not in used and claim.verdict == "contradicted":
            # words the gold lists as no claim: contradicting them accuses the text of what it did not say
            outcome = Outcome(
                item_id, lang, kind, claim.text, None, claim.verdict, claim.explanation, (claim.start, claim.end)
            )
            if claim_side(claim) in answered and claim_side(claim)[0] is not None and _is_office_side(claim):
                # the other side of an event whose first side answered a gold claim over the same words (a
                # succession: the gold lists the successor's start, not the predecessor's end): the gold says
                # nothing of it, so it is listed for audit, neither true nor false
                for group in groups:
                    group.unlisted_sides.append(outcome)
                continue
            for group in groups:
                group.add(outcome)


def _is_office_side(claim: Claim) -> bool:
    """A contradiction of an office's holding (P39): a succession's side, never one person of "both were arrested"."""
    proof = getattr(claim, "proof", None)
    return proof is not None and proof.property in PROPERTY_PIDS["succession"] - {"P1365", "P1366"}


def _own_subject(claim: Claim, name: str, is_about: Callable[[Claim, str], bool]) -> bool:
    """Whether the claim's own subject (its proof's person, else its first evidence's) is the named person."""
    if getattr(claim, "proof", None) is None and not getattr(claim, "evidence", ()):
        return False
    proof = getattr(claim, "proof", None)
    own = () if proof is not None else tuple(claim.evidence[:1])
    return is_about(cast(Claim, SimpleNamespace(evidence=own, proof=proof)), name)


def _proves_property(claim: Claim, gold: TruthClaim) -> bool:
    """Whether the claim's proof is about the gold claim's property: a span holding a birth and a
    death ("(Gori, 1879 - Moscú, 1953)") pairs its birth claims with the birth event's claim."""
    proof = getattr(claim, "proof", None)
    wanted = PROPERTY_PIDS.get(gold.property, frozenset())
    if proof is None or not wanted:
        return False
    statements = wanted - _DATE_QUALIFIERS
    if statements and proof.property not in statements:
        # a date qualifier alone is no sign: the end of a stay (P551, P582) does not prove the end of a
        # party membership ("expulsado del Partido Comunista y exiliado de Rusia": two claims, two proofs)
        return False
    return any(pid in wanted for pid in (proof.property, proof.qualifier) if pid)


def _names_another(claim: Claim, gold: TruthClaim, golds: Sequence[TruthClaim]) -> bool:
    """Whether the words the claim's proof names its subject by lie in another gold claim's span and not
    in this one's: "Kamenev was expelled from the party in 1927, and Bukharin in 1929" is one verb and two
    events, and the proof about "Bukharin" answers the claim whose span holds that name."""
    proof = getattr(claim, "proof", None)
    start, end = getattr(proof, "start", None), getattr(proof, "end", None)
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    if gold.start <= start and end <= gold.end:
        return False
    return any(other is not gold and other.start <= start and end <= other.end for other in golds)


def _contradiction_is_about(
    claim: Claim, gold: TruthClaim, index: int | None, matches: Iterable[tuple[TruthClaim, int | None]]
) -> bool:
    """A contradiction answers the gold claim whose property its proof names; with no proof, or when no
    other gold claim answered by the same system claim names it, it answers every one it overlaps."""
    proof = getattr(claim, "proof", None)
    if proof is None:
        return True
    pids = [pid for pid in (proof.property, proof.qualifier) if pid]
    siblings = [other for other, other_index in matches if other_index == index and other is not gold]
    qualifier = proof.qualifier
    if qualifier and not gold.names_exactly(qualifier) and any(other.names_exactly(qualifier) for other in siblings):
        # refuted on a date a sibling claim is about: "to 1924" answers the end of the office, not its
        # start ("From 1918 to 1924, Trotsky was the people's commissar …": one span, two gold claims)
        return False
    if (
        qualifier is None
        and gold.is_qualified_date()
        and any(other.names_exactly(proof.property) and not other.is_qualified_date() for other in siblings)
    ):
        # the statement's value refuted, no date compared ("deported to Norway in 1929": the place): it
        # answers the sibling claim about that value, not the date claim
        return False
    if qualifier in _DATE_QUALIFIERS and not gold.is_qualified_date() and any(o.is_qualified_date() for o in siblings):
        # the converse: a date refuted ("En 1932 … reemplazó a Rykov con Mólotov": the successor's start,
        # December 1930) answers the sibling date claim, not the claim about who followed whom
        return False
    if any(gold.names_exactly(pid) for pid in pids):
        return True
    if any(other.names_exactly(pid) for other in siblings for pid in pids):
        return False  # a sibling claim is the one whose property the proof names
    return any(gold.names(pid) for pid in pids) or not any(other.names(pid) for other in siblings for pid in pids)


def _refutes(
    claim: Claim,
    gold: TruthClaim,
    index: int | None,
    matches: Sequence[tuple[TruthClaim, int | None]],
    holds: Callable[[Claim, str], bool],
) -> bool:
    """Whether a contradiction answers this gold claim: the one whose named value (a place, a person) its
    evidence holds, when the evidence holds no other gold claim's value; else by the property its proof names."""
    reference = str(getattr(getattr(claim, "proof", None), "reference", None) or "")
    named = [other for other, other_index in matches if other_index == index and other.correct]
    named = [other for other in named if reference and reference.startswith(str(other.correct))]
    if named:
        # the proof names the right value of one gold claim on these words ("exiled to Alma-Ata in December
        # 1927": January 1928, the date claim's): that claim is the one answered, not the place whose stay it is
        return gold in named
    side = _value_side(claim, gold, index, matches, holds)
    return side if side is not None else _contradiction_is_about(claim, gold, index, matches)


def _value_side(
    claim: Claim,
    gold: TruthClaim,
    index: int | None,
    matches: Sequence[tuple[TruthClaim, int | None]],
    holds: Callable[[Claim, str], bool],
) -> bool | None:
    """Which of the gold claims on one system claim a contradiction's evidence speaks of, by the values they
    state. False: it holds another claim's named value and not this one's ("se trasladó a México desde Francia
    en 1937" refuted on France's stay, left in June 1935, says nothing of the move's true date). True: it holds
    this claim's named value and no other's. None: the values do not tell, and the proof's property decides
    as before. Only named values (not dates) decide: a place refuted through the stay that began at the text's
    date ("deported to Norway in 1929": Turkey, February 1929) holds the date claim's year and still answers
    the place. A gold value in the text's language ("Turquía") is held by no English label: it decides
    nothing, and the pairing stays as it was (supports are never re-paired so, for that reason). Only
    gold claims that one statement answers (their properties share a KB property: a move's date and the place
    left are both P551) are told apart so; an age and a date of death are told apart by their proofs."""
    if gold.property in _RECKONED:
        return None
    shared = PROPERTY_PIDS.get(gold.property, frozenset())
    if "P551" not in shared:
        # stays only: a succession refuted on its date ("In 1940 Stalin replaced Yezhov with Beria") holds
        # the successor because it agrees on him; the date claim is the one answered (the property rules)
        return None
    siblings = [
        other
        for other, other_index in matches
        if other_index == index
        and other is not gold
        and other.property not in _RECKONED
        and shared & PROPERTY_PIDS.get(other.property, frozenset())
    ]
    if not gold.text_value or not siblings:
        return None
    own = holds(claim, gold.text_value)
    others = [o for o in siblings if o.text_value and not _is_date(o.text_value)]
    if not own and any(holds(claim, other.text_value) for other in others):
        return False
    if own and not _is_date(gold.text_value) and not any(holds(claim, o.text_value) for o in siblings if o.text_value):
        return True
    return None


#: gold properties whose value no statement holds (an age is reckoned from two dates)
_RECKONED = frozenset({"age"})


def _is_date(value: str) -> bool:
    """A TIMEX3-like date value ("1937", "1937-01", "1937-01-09")."""
    return bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value))


#: gold properties that are a date or a place: a support that reached a coarser date (a wider place) than the text's
#: did not check them whole
_DATE_PROPERTIES = frozenset(name for name in PROPERTY_PIDS if name.endswith("_date")) | {"membership_start"}
_PLACE_PROPERTIES = frozenset(name for name in PROPERTY_PIDS if name.endswith("_place"))


def _partial_for(claim: Claim, gold: TruthClaim) -> bool:
    """Whether a support left this gold claim partly unchecked (`model.Support.limits`): under one reading of the
    words, or at a coarser date or a wider place than the text's when the claim is a date or a place. A value the
    support did not check at all ("unchecked") answers no gold claim already (`_support_is_about`)."""
    support = getattr(claim, "support", None)
    if support is None or support.full:
        return False
    limits = set(support.limits)
    return (
        "reading" in limits
        or ("date_precision" in limits and gold.property in _DATE_PROPERTIES)
        or ("place_precision" in limits and gold.property in _PLACE_PROPERTIES)
    )


def _support_is_about(claim: Claim, gold: TruthClaim) -> bool:
    """A support answers a gold claim only when its evidence names the gold claim's property: "nació el
    7 de noviembre de 1891 en Nizhni Nóvgorod" supported on the date (P569) never checked the place, and
    a false place must not be counted as a false claim the system confirmed."""
    pids = {
        pid for evidence in getattr(claim, "evidence", ()) for pid in (evidence.property, *evidence.qualifiers) if pid
    }
    if pids and not PROPERTY_PIDS.get(gold.property):
        # a claim of no property the verifier compares ("other": a birth name, a title) is never what a support
        # with evidence checked: "Sverdlov nació en Nizhni Nóvgorod como Solomon …" supported on the birthplace
        # (P19) says nothing of the name (issue 13, 13p)
        return False
    return not pids or any(gold.names(pid) for pid in pids)


def format_truth_report(score: TruthScore, title: str) -> str:
    c, s, f, p = score.contradicted, score.supported, score.supported_full, score.partial_supports
    lines = [
        title,
        f"gold claims {score.gold_claims}: true {score.truths['true']}, false {score.truths['false']}, "
        f"undecidable {score.truths['undecidable']}",
        f"false contradictions: {len(score.false_contradictions)} (distinct system claims: "
        f"{score.false_contradiction_claims})",
        f"contradicted  P {c.precision:6.1%}  R {c.recall:6.1%}  (tp {c.tp}, fp {c.fp}, fn {c.fn})",
        f"supported     P {s.precision:6.1%}  R {s.recall:6.1%}  (tp {s.tp}, fp {s.fp}, fn {s.fn})",
        f"  full        P {f.precision:6.1%}  R {f.recall:6.1%}  (tp {f.tp}, fp {f.fp}, fn {f.fn}); "
        f"wrong full supports {len(score.wrong_supports)}",
        f"  partial     on true {p['true']}, false {p['false']}, undecidable {p['undecidable']}",
        f"real errors caught: {score.caught}/{score.truths['false']} ({score.errors_caught:.1%}), "
        f"with the right value in evidence: {score.caught_right_value}",
    ]
    for key, part in sorted(score.by_group.items()):
        pc, ps = part.contradicted, part.supported
        lines.append(
            f"  [{key}] {part.gold_claims} claims; false contradictions {len(part.false_contradictions)}; "
            f"contradicted P {pc.precision:.0%} R {pc.recall:.0%}; supported P {ps.precision:.0%} R {ps.recall:.0%}"
        )
    if score.false_contradictions:
        lines.append("false contradictions:")
        for outcome in score.false_contradictions:
            gold = outcome.truth or "no gold claim"
            lines.append(f"  {outcome.item} ({gold}): {outcome.span}")
            lines.append(f"      {outcome.explanation}")
    if score.unlisted_sides:
        lines.append("contradicted, the other side of a succession the gold lists one side of (audit, not scored):")
        for outcome in score.unlisted_sides:
            lines.append(f"  {outcome.item}: {outcome.span}")
            lines.append(f"      {outcome.explanation}")
    if score.wrong_supports:
        lines.append("supported, but the gold says false or undecidable:")
        for outcome in score.wrong_supports:
            lines.append(f"  {outcome.item} ({outcome.truth}): {outcome.span}")
            lines.append(f"      {outcome.explanation}")
    if score.wrong_partial_supports:
        lines.append("partly supported (the output says what it did not check), the gold says false or undecidable:")
        for outcome in score.wrong_partial_supports:
            lines.append(f"  {outcome.item} ({outcome.truth}): {outcome.span}")
    return "\n".join(lines)
