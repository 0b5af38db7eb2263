"""`cronica eval verify GOLD`: per-verdict precision and recall of claim verification.

Two modes (tests/data/verify/README.md): end-to-end runs the whole pipeline and
matches system claims to gold claims by overlapping spans; oracle builds claims
from the gold events (participants resolved to KB items by their English names),
which measures the verifier alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, get_args

from cronica.errors import CronicaError
from cronica.ingest import sha256_of
from cronica.kb.base import is_item_id
from cronica.model import (
    Analysis,
    Claim,
    Document,
    Entity,
    EntityLabel,
    Event,
    Modality,
    Participant,
    Sentence,
    Timex,
    Trigger,
)
from cronica.resources import load_resource
from cronica.scoring import Counts, claim_side, spans_overlap

VERDICTS = ("supported", "contradicted", "not_enough_info", "not_checkable")
MODALITIES: tuple[Modality, ...] = get_args(Modality)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """An event as the gold file gives it: roles → (words, KB id or English name)."""

    type: str
    trigger: str
    participants: Mapping[str, tuple[str, str | None]] = field(default_factory=dict)
    time: tuple[str, str] | None = None
    place: tuple[str, str | None] | None = None
    modality: Modality = "asserted"


@dataclass(frozen=True, slots=True)
class GoldClaim:
    span: str
    start: int
    end: int
    verdict: str
    correct: str | None = None
    event: GoldEvent | None = None


@dataclass(frozen=True, slots=True)
class GoldItem:
    id: str
    lang: str
    text: str
    claims: tuple[GoldClaim, ...]


# --- reading the gold file ----------------------------------------------------------------


def load_gold(path: Path) -> list[GoldItem]:
    """Read and check a gold file (YAML or JSON); every mistake in it is one clear line."""
    data = load_resource(path)
    items = data.get("items") if isinstance(data, dict) else data  # a bare list of items is fine too
    if not isinstance(items, list):
        raise CronicaError(f"{path}: expected a list of items (or a mapping with a list under 'items')")
    return [_item(path, entry) for entry in items]


def _item(path: Path, entry: Any) -> GoldItem:
    where = f"{path}: item {entry.get('id', '?') if isinstance(entry, dict) else '?'}"
    try:
        text, lang = str(entry["text"]), str(entry["lang"])
        claims = tuple(_claim(text, claim) for claim in entry.get("claims") or ())
        return GoldItem(str(entry["id"]), lang, text, claims)
    except (KeyError, TypeError, ValueError) as error:
        raise CronicaError(f"{where}: {error}") from None


def _claim(text: str, entry: Mapping[str, Any]) -> GoldClaim:
    span = str(entry["span"])
    start = text.find(span)
    if start < 0:
        raise ValueError(f"span {span!r} is not in the text")
    verdict = entry["verdict"]
    if verdict not in VERDICTS:
        raise ValueError(f"unknown verdict {verdict!r}")
    event = _event(entry["event"]) if entry.get("event") else None
    correct = entry.get("correct")
    return GoldClaim(span, start, start + len(span), verdict, str(correct) if correct else None, event)


def _event(entry: Mapping[str, Any]) -> GoldEvent:
    modality = entry.get("modality", "asserted")
    if modality not in MODALITIES:
        raise ValueError(f"unknown modality {modality!r}")
    participants = {role: (str(pair[0]), str(pair[1])) for role, pair in (entry.get("participants") or {}).items()}
    time = _pair(entry["time"], "time") if entry.get("time") else None
    place = _pair(entry["place"], "place") if entry.get("place") else None
    return GoldEvent(entry["type"], str(entry["trigger"]), participants, time, place, modality)


def _pair(value: Any, key: str) -> tuple[str, str]:
    """`[words, value]` of a gold event's time or place."""
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise ValueError(f"{key} must be a pair [words, value], not {value!r}")
    return str(value[0]), str(value[1])


# --- building an analysis from a gold event ------------------------------------------------


def analysis_from_event(
    text: str, lang: str, event: GoldEvent, within: tuple[int, int] | None = None, doc_id: str = "gold"
) -> Analysis:
    """An analysis holding one event whose participant ids are already KB ids (offsets found in `text`)."""
    lo, hi = within or (0, len(text))
    entities: list[Entity] = []

    def locate(words: str) -> int:
        found = text.find(words, lo, hi)
        return found if found >= 0 else text.find(words)

    def entity(words: str, kb_id: str | None, label: EntityLabel) -> Entity:
        start = locate(words)
        if start < 0:
            raise CronicaError(f"gold: {words!r} is not in the text")
        made = Entity(f"e{len(entities) + 1}", words, start, start + len(words), label, kb_id=kb_id)
        entities.append(made)
        return made

    participants = []
    for role, (words, kb_id) in event.participants.items():
        made = entity(words, kb_id, "PER")
        participants.append(Participant(role, made.id, words, made.start, made.end))
    timexes: tuple[Timex, ...] = ()
    if event.time:
        start = locate(event.time[0])
        timexes = (Timex("t1", event.time[0], start, start + len(event.time[0]), "DATE", event.time[1]),)
    place = entity(event.place[0], event.place[1], "LOC").id if event.place else None
    trigger_start = locate(event.trigger)
    made_event = Event(
        "ev1",
        event.type,
        Trigger(event.trigger, trigger_start, trigger_start + len(event.trigger)),
        "s1",
        tuple(participants),
        time="t1" if event.time else None,
        time_value=event.time[1] if event.time else None,
        place=place,
        modality=event.modality,
    )
    return Analysis(
        document=Document(doc_id, lang, None, None, None, len(text), sha256_of(text)),
        text=text,
        sentences=(Sentence("s1", lo, hi),),  # the gold span: the claim stays inside it
        entities=tuple(entities),
        timexes=timexes,
        events=(made_event,),
    )


def analysis_without_events(text: str, lang: str, sentence: tuple[int, int]) -> Analysis:
    """The gold text with one sentence and no event (what the verifier sees of an opinion)."""
    return Analysis(
        document=Document("gold", lang, None, None, None, len(text), sha256_of(text)),
        text=text,
        sentences=(Sentence("s1", *sentence),),
    )


def resolve_names(event: GoldEvent, resolve: Callable[[str], str | None]) -> GoldEvent:
    """The same event with English names replaced by KB ids: the name, else the text's words, else None."""
    participants = {
        role: (words, resolve(name or words) or resolve(words)) for role, (words, name) in event.participants.items()
    }
    place = (
        (event.place[0], resolve(event.place[1] or event.place[0]) or resolve(event.place[0])) if event.place else None
    )
    return GoldEvent(event.type, event.trigger, participants, event.time, place, event.modality)


# --- scoring --------------------------------------------------------------------------------


@dataclass
class VerifyScore:
    """Per-verdict counts, the confusion of matched pairs, and how often the right value was given."""

    counts: dict[str, Counts] = field(default_factory=lambda: {v: Counts() for v in VERDICTS})
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)  # (gold, system) → n; "-" = none
    corrections_right: int = 0
    corrections_total: int = 0
    gold_claims: int = 0
    system_claims: int = 0
    #: verdicts of a further claim over a matched claim's event and words (a succession's other side, the second
    #: person of "ambos") when the gold lists one claim there: counted apart, not scored; a contradicted one is
    #: still scored (a contradiction the gold does not list stays an error)
    other_sides: dict[str, int] = field(default_factory=dict)
    #: matched `supported` claims whose support is partial ("supported (month only)": `model.Support`)
    partial_supports: int = 0
    #: the same counts per document language (empty inside a per-language score)
    by_language: dict[str, VerifyScore] = field(default_factory=dict)

    def add(self, gold: str | None, system: str | None) -> None:
        self.confusion[(gold or "-", system or "-")] = self.confusion.get((gold or "-", system or "-"), 0) + 1
        for verdict in VERDICTS:
            tp = int(gold == verdict and system == verdict)
            fp = int(system == verdict and gold != verdict)
            fn = int(gold == verdict and system != verdict)
            self.counts[verdict] = self.counts[verdict] + Counts(tp, fp, fn)

    @property
    def accuracy(self) -> float:
        right = sum(n for (gold, system), n in self.confusion.items() if gold == system)
        return right / self.gold_claims if self.gold_claims else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_claims": self.gold_claims,
            "system_claims": self.system_claims,
            "accuracy": round(self.accuracy, 4),
            "verdicts": {verdict: counts.as_dict() for verdict, counts in self.counts.items()},
            "corrections": {"right": self.corrections_right, "total": self.corrections_total},
            "other_sides": dict(sorted(self.other_sides.items())),
            "partial_supports": self.partial_supports,
            "confusion": {f"{gold} → {system}": n for (gold, system), n in sorted(self.confusion.items())},
            "by_language": {lang: score.as_dict() for lang, score in sorted(self.by_language.items())},
        }


def score_item(score: VerifyScore, item: GoldItem, claims: Sequence[Claim], right_value: Callable) -> None:
    """Match claims to gold by overlapping spans (best overlap first, each used once) and count,
    overall and for the item's language."""
    _score_into(score, item, claims, right_value)
    _score_into(score.by_language.setdefault(item.lang, VerifyScore()), item, claims, right_value)


def _score_into(score: VerifyScore, item: GoldItem, claims: Sequence[Claim], right_value: Callable) -> None:
    pairs = sorted(
        (
            (_overlap(gold, claim), g, c)
            for g, gold in enumerate(item.claims)
            for c, claim in enumerate(claims)
            if spans_overlap(gold.start, gold.end, claim.start, claim.end)
        ),
        reverse=True,
    )
    gold_used: dict[int, int] = {}
    claim_used: set[int] = set()
    for _, g, c in pairs:
        if g not in gold_used and c not in claim_used:
            gold_used[g] = c
            claim_used.add(c)
    score.gold_claims += len(item.claims)
    score.system_claims += len(claims)
    for g, gold in enumerate(item.claims):
        claim = claims[gold_used[g]] if g in gold_used else None
        score.add(gold.verdict, claim.verdict if claim else None)
        if claim is not None and claim.verdict == "supported" and claim.support is not None and not claim.support.full:
            score.partial_supports += 1
        if gold.verdict == "contradicted" and claim is not None and claim.verdict == "contradicted" and gold.correct:
            score.corrections_total += 1
            score.corrections_right += int(right_value(claim, gold.correct))
    matched_sides = {claim_side(claims[c]) for c in claim_used}
    for c, claim in enumerate(claims):
        if c in claim_used:
            continue
        if claim.verdict != "contradicted" and claim.event is not None and claim_side(claim) in matched_sides:
            score.other_sides[claim.verdict] = score.other_sides.get(claim.verdict, 0) + 1
            continue
        score.add(None, claim.verdict)


def _overlap(gold: GoldClaim, claim: Claim) -> int:
    return min(gold.end, claim.end) - max(gold.start, claim.start)


def evidence_holds(claim: Claim, correct: str, label_of: Callable[[str], str | None]) -> bool:
    """The claim's evidence carries the gold's correct value (a date at any finer precision, or a name);
    for an age, which no statement holds, the correction that reckons it from them must name it."""
    if claim.proof is not None and claim.proof.rule == "age_arithmetic":
        return re.search(rf"(?<!\d){re.escape(correct)}(?!\d)", claim.correction or "") is not None
    values: list[Any] = []
    for evidence in claim.evidence:
        values.append(evidence.value)
        if claim.proof is not None and claim.proof.rule == "one_holder":
            values.append(evidence.subject)  # the other holder's own statement: its subject is the right value
        for qualifier in evidence.qualifiers.values():
            values.extend(qualifier if isinstance(qualifier, (list, tuple)) else [qualifier])
    for value in values:
        text = str(value)
        # an item is named by its label: a QID or a provisional id ("cronica:grigori-sokolnikov")
        if text.startswith(correct) or (is_item_id(text) and label_of(text) == correct):
            return True
    return False


def format_report(score: VerifyScore, title: str) -> str:
    lines = [title, f"{'verdict':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for verdict, counts in score.counts.items():
        lines.append(
            f"{verdict:<16} {counts.precision:>6.1%} {counts.recall:>6.1%} {counts.f1:>6.1%}"
            f" {counts.tp:>4} {counts.fp:>4} {counts.fn:>4}"
        )
    lines.append(
        f"gold claims {score.gold_claims}, system claims {score.system_claims}, accuracy {score.accuracy:.1%}; "
        f"contradictions with the right value in evidence: {score.corrections_right}/{score.corrections_total}"
    )
    if score.partial_supports:
        lines.append(
            f"supported claims whose support is partial (the output says what was not checked): "
            f"{score.partial_supports}"
        )
    if score.other_sides:
        sides = ", ".join(f"{verdict} {n}" for verdict, n in sorted(score.other_sides.items()))
        lines.append(f"further claims over a matched claim's event and words (not scored): {sides}")
    for lang, part in sorted(score.by_language.items()):
        contradicted = part.counts["contradicted"]
        lines.append(
            f"  [{lang}] {part.gold_claims} gold claims, accuracy {part.accuracy:.1%}; "
            f"contradicted P {contradicted.precision:.1%} R {contradicted.recall:.1%}"
        )
    lines.append("confusion (gold → system; '-' = no claim):")
    for (gold, system), n in sorted(score.confusion.items()):
        if gold != system:
            lines.append(f"  {gold} → {system}: {n}")
    return "\n".join(lines)


def _analyzed(items: Sequence[Any], kb_name: str) -> Iterator[tuple[Any, Analysis, Callable[[Claim, str], bool]]]:
    """Each gold item with its end-to-end analysis and a check that a claim's evidence holds a value
    (one pipeline per language, models loaded once)."""
    from cronica.options import Options
    from cronica.pipeline import Pipeline

    pipelines: dict[str, Pipeline] = {}
    for item in items:
        pipeline = pipelines.setdefault(item.lang, Pipeline(Options(lang=item.lang, kb=kb_name)))
        analysis = pipeline.analyze_text(item.text, id=item.id, lang=item.lang)
        kb = pipeline.resources.get("kb", lambda: _open(kb_name))
        yield item, analysis, partial(_holds, kb=kb)


def evaluate_end_to_end(items: Sequence[GoldItem], kb_name: str = "embedded") -> VerifyScore:
    """Run the whole pipeline on each gold text and score its claims."""
    score = VerifyScore()
    for item, analysis, holds in _analyzed(items, kb_name):
        score_item(score, item, analysis.claims, holds)
    return score


def evaluate_truth(items: Sequence[Any], kb_name: str = "embedded") -> Any:
    """Run the whole pipeline on each truth-gold text and score its verdicts against what is true."""
    from cronica.evaluation.truth import TruthScore, score_truth_item

    score = TruthScore()
    resolvers: dict[int, Callable[[str], str | None]] = {}
    for item, analysis, holds in _analyzed(items, kb_name):
        kb = getattr(holds, "keywords", {}).get("kb")  # the check is partial(_holds, kb=...)
        about = partial(_is_about, resolve=resolvers.setdefault(id(kb), _resolver(kb))) if kb else None
        score_truth_item(score, item.id, item.lang, item.kind, item.claims, analysis.claims, holds, about)
    return score


def _is_about(claim: Claim, name: str, resolve: Callable[[str], str | None]) -> bool:
    """Whether a claim may be about the person a gold claim names: it names no subject (its proof and
    evidence are silent), or one of them is that person. "Ambos fueron detenidos" gives one claim per
    person over the same words: each answers the gold claim about its own person."""
    subjects = {e.subject for e in claim.evidence if e.subject}
    if claim.proof is not None:
        subjects.add(claim.proof.entity)
    return not subjects or resolve(name) in subjects


def evaluate_oracle(items: Sequence[GoldItem], kb_name: str = "embedded") -> VerifyScore:
    """Claims from the gold events (names resolved through the KB): the verifier alone."""
    from cronica.verify.reference import ReferenceView
    from cronica.verify.verifier import Verifier

    kb = _open(kb_name)
    verifier = Verifier(ReferenceView(kb, kb_name))
    score = VerifyScore()
    resolve = _resolver(kb)
    for item in items:
        claims: list[Claim] = []
        for gold in item.claims:
            if gold.event is None:  # an opinion: the verifier sees the sentence without any event
                claims.extend(verifier.claims_of(analysis_without_events(item.text, item.lang, (gold.start, gold.end))))
                continue
            event = resolve_names(gold.event, resolve)
            analysis = analysis_from_event(item.text, item.lang, event, (gold.start, gold.end), item.id)
            claims.extend(verifier.claims_of(analysis))
        score_item(score, item, claims, lambda claim, correct: _holds(claim, correct, kb))
    return score


def _open(kb_name: str) -> Any:
    from cronica.kb import open_kb

    return open_kb(kb_name)


def _resolver(kb: Any) -> Callable[[str], str | None]:
    """Canonical (English) name → QID: the candidate whose canonical label is the name, else the first exact one."""
    cache: dict[str, str | None] = {}

    def resolve(name: str) -> str | None:
        if name not in cache:
            candidates = kb.candidates(name)
            labelled = [c.qid for c in candidates if kb.label(c.qid) == name]
            exact = [c.qid for c in candidates if c.exact]
            cache[name] = (labelled or exact or [None])[0]
        return cache[name]

    return resolve


def _holds(claim: Claim, correct: str, kb: Any) -> bool:
    return evidence_holds(claim, correct, lambda qid: kb.label(qid))
