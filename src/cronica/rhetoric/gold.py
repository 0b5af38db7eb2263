"""The rhetoric gold format (JSONL of texts with their technique spans) and how flags score against it.

One home for both, shared by `cronica eval rhetoric` (cronica.evaluation.rhetoric) and the
span tagger's trainer (`tagger_training.py`, which picks its thresholds by the same scores in
cross-validation). It lives in the stage package because the format is checked against the
stage's technique inventory (`resources.TECHNIQUES`); it imports nothing above the stages.

A predicted flag matches a gold span when they overlap (relaxed span match) — "strict"
also asks for the same technique. Every flag counts toward precision, including flags
on neutral factual sentences, which are also reported as a false-alarm rate.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from cronica.errors import CronicaError
from cronica.folding import fold
from cronica.model import Flag
from cronica.rhetoric.resources import TECHNIQUES
from cronica.scoring import Counts, spans_overlap

#: SemEval-2023 Task 3 techniques the stage does not look for: a gold set written without reading
#: the stage may mark them; they stay gold spans (a miss is a miss) and `within_inventory` drops them
OUTSIDE_TECHNIQUES = frozenset(
    {
        "Appeal_to_Authority", "Appeal_to_Popularity", "Appeal_to_Values", "Appeal_to_Hypocrisy",
        "Appeal_to_Time", "Flag_Waving", "False_Dilemma-No_Choice", "Consequential_Oversimplification",
        "Straw_Man", "Red_Herring", "Whataboutism", "Slogans", "Conversation_Killer", "Repetition",
        "Obfuscation-Vagueness-Confusion",
    }
)  # fmt: skip


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str
    technique: str
    voice: str
    speaker: str | None


@dataclass(frozen=True)
class GoldText:
    id: str
    lang: str
    text: str
    neutral: bool
    spans: tuple[GoldSpan, ...]


def load_gold(path: Path) -> list[GoldText]:
    """Read the gold JSONL; a malformed line is a one-line error naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise CronicaError(f"{path}: cannot read: {error.strerror or error}") from None
    texts = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                texts.append(_gold_text(json.loads(line)))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
                raise CronicaError(f"{path}:{number}: invalid gold record: {error}") from None
    if not texts:
        raise CronicaError(f"{path}: no gold records")
    return texts


def _gold_text(record: dict) -> GoldText:
    text = record["text"]
    spans = []
    for flag in record.get("flags", []):
        start = text.find(flag["text"])
        if start < 0:
            raise ValueError(f"{record['id']}: span {flag['text']!r} not in the text")
        if flag["technique"] not in TECHNIQUES and flag["technique"] not in OUTSIDE_TECHNIQUES:
            raise ValueError(f"{record['id']}: unknown technique {flag['technique']!r}")
        if flag.get("voice", "author") not in ("author", "attributed"):
            raise ValueError(f"{record['id']}: voice must be author or attributed")
        spans.append(
            GoldSpan(
                start, start + len(flag["text"]), flag["text"], flag["technique"],
                flag.get("voice", "author"), flag.get("speaker"),
            )
        )  # fmt: skip
    return GoldText(record["id"], record["lang"], text, bool(record.get("neutral", False)), tuple(spans))


def within_inventory(gold: Iterable[GoldText]) -> list[GoldText]:
    """The gold texts with only the spans of techniques the stage looks for (recall on what it claims)."""
    return [replace(item, spans=tuple(span for span in item.spans if span.technique in TECHNIQUES)) for item in gold]


@dataclass
class LanguageScores:
    lenient: Counts = field(default_factory=Counts)
    strict: Counts = field(default_factory=Counts)
    neutral_sentences: int = 0
    neutral_flagged: int = 0
    #: neutral texts with a flag in the author's own voice: reported words ("Stalin called him a
    #: 'traitor'", "the theory holds that…") are flagged as attributed and are not the text's rhetoric
    neutral_flagged_own: int = 0
    voice_checked: int = 0
    voice_right: int = 0
    speaker_checked: int = 0
    speaker_right: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "spans (overlap)": self.lenient.as_dict(),
            "spans (overlap + technique)": self.strict.as_dict(),
            "neutral sentences": self.neutral_sentences,
            "neutral sentences flagged": self.neutral_flagged,
            "neutral false-alarm rate": round(self.neutral_flagged / self.neutral_sentences, 4)
            if self.neutral_sentences
            else 0.0,
            "neutral sentences flagged in the author's voice": self.neutral_flagged_own,
            "neutral own false-alarm rate": round(self.neutral_flagged_own / self.neutral_sentences, 4)
            if self.neutral_sentences
            else 0.0,
            "voice accuracy": round(self.voice_right / self.voice_checked, 4) if self.voice_checked else None,
            "speaker accuracy": round(self.speaker_right / self.speaker_checked, 4) if self.speaker_checked else None,
        }


def score_text(gold: GoldText, flags: Sequence[Flag], scores: LanguageScores, errors: list[str]) -> None:
    """Add one text's comparison to the language's scores; mismatches are listed for reading."""
    if gold.neutral:
        scores.neutral_sentences += 1
        scores.neutral_flagged += int(bool(flags))
        scores.neutral_flagged_own += int(any(flag.voice != "attributed" for flag in flags))
    scores.lenient += _match_counts(gold.spans, flags, strict=False)
    scores.strict += _match_counts(gold.spans, flags, strict=True)
    for span in gold.spans:
        flag = next((f for f in flags if spans_overlap(f.start, f.end, span.start, span.end)), None)
        if flag is None:
            errors.append(f"{gold.id}: missed {span.technique} «{span.text}»")
            continue
        scores.voice_checked += 1
        scores.voice_right += int(flag.voice == span.voice)
        if span.voice == "attributed" and span.speaker:
            scores.speaker_checked += 1
            scores.speaker_right += int(bool(flag.speaker) and fold(span.speaker) in fold(flag.speaker or ""))
    for flag in flags:
        if not any(spans_overlap(flag.start, flag.end, s.start, s.end) for s in gold.spans):
            errors.append(f"{gold.id}: false alarm {flag.technique} «{flag.text}»{_voice_note(flag)}")


def _match_counts(gold: Sequence[GoldSpan], flags: Sequence[Flag], strict: bool) -> Counts:
    """One-to-one greedy matching by overlap (and technique when strict)."""
    unmatched = list(gold)
    tp = 0
    for flag in flags:
        for span in unmatched:
            if spans_overlap(flag.start, flag.end, span.start, span.end) and (
                not strict or flag.technique == span.technique
            ):
                unmatched.remove(span)
                tp += 1
                break
    return Counts(tp=tp, fp=len(flags) - tp, fn=len(unmatched))


def _voice_note(flag: Flag) -> str:
    """ " (attributed to X)" after a false alarm in someone else's voice: reported, not the author's."""
    if flag.voice != "attributed":
        return ""
    return f" (attributed to {flag.speaker})" if flag.speaker else " (attributed)"
