"""Score the rhetoric stage's flags against a hand-written gold set.

A predicted flag matches a gold span when they overlap (relaxed span match) — "strict"
also asks for the same technique. Every flag counts toward precision, including flags
on neutral factual sentences, which are also reported as a false-alarm rate.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from cronica.errors import CronicaError
from cronica.evaluation.scoring import Counts, spans_overlap
from cronica.folding import fold
from cronica.model import Flag
from cronica.rhetoric.resources import TECHNIQUES

#: stages the rhetoric evaluation does not need (the spans depend only on nlp)
OTHER_STAGES = frozenset({"timex", "events", "link", "verify"})

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
            "voice accuracy": round(self.voice_right / self.voice_checked, 4) if self.voice_checked else None,
            "speaker accuracy": round(self.speaker_right / self.speaker_checked, 4) if self.speaker_checked else None,
        }


@dataclass
class RhetoricReport:
    by_lang: dict[str, LanguageScores]
    errors: list[str] = field(default_factory=list)

    @property
    def total(self) -> LanguageScores:
        total = LanguageScores()
        for scores in self.by_lang.values():
            total.lenient += scores.lenient
            total.strict += scores.strict
            total.neutral_sentences += scores.neutral_sentences
            total.neutral_flagged += scores.neutral_flagged
            total.voice_checked += scores.voice_checked
            total.voice_right += scores.voice_right
            total.speaker_checked += scores.speaker_checked
            total.speaker_right += scores.speaker_right
        return total

    def as_dict(self) -> dict[str, object]:
        result: dict[str, object] = {lang: scores.as_dict() for lang, scores in sorted(self.by_lang.items())}
        result["all"] = self.total.as_dict()
        result["errors"] = self.errors
        return result


def score_text(gold: GoldText, flags: Sequence[Flag], scores: LanguageScores, errors: list[str]) -> None:
    """Add one text's comparison to the language's scores; mismatches are listed for reading."""
    if gold.neutral:
        scores.neutral_sentences += 1
        scores.neutral_flagged += int(bool(flags))
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
            errors.append(f"{gold.id}: false alarm {flag.technique} «{flag.text}»")


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


def evaluate_rhetoric(
    gold: Iterable[GoldText], stage_config: Mapping[str, Mapping[str, object]] | None = None
) -> RhetoricReport:
    """Run nlp + rhetoric over every gold text (one pipeline per language) and score the flags.

    `stage_config` is passed to the pipeline (e.g. the rhetoric stage with or without its tagger)."""
    from cronica.options import Options
    from cronica.pipeline import Pipeline

    pipelines: dict[str, Pipeline] = {}
    report = RhetoricReport({})
    for item in gold:
        if item.lang not in pipelines:
            pipelines[item.lang] = Pipeline(
                Options(lang=item.lang, skip=OTHER_STAGES, stage_config=dict(stage_config or {}))
            )
        analysis = pipelines[item.lang].analyze_text(item.text, id=item.id)
        if analysis.stages.get("rhetoric") != "ok":
            raise CronicaError(f"{item.id}: the rhetoric stage did not run: {analysis.stages.get('rhetoric')}")
        score_text(item, analysis.flags, report.by_lang.setdefault(item.lang, LanguageScores()), report.errors)
    return report


def format_report(report: RhetoricReport) -> str:
    lines = []
    for name, scores in [*sorted(report.by_lang.items()), ("all", report.total)]:
        lenient, strict = scores.lenient, scores.strict
        rate = scores.neutral_flagged / scores.neutral_sentences if scores.neutral_sentences else 0.0
        lines.append(
            f"{name}: spans P {lenient.precision:.3f} R {lenient.recall:.3f} F1 {lenient.f1:.3f} "
            f"(with technique: P {strict.precision:.3f} R {strict.recall:.3f}) | "
            f"neutral flagged {scores.neutral_flagged}/{scores.neutral_sentences} ({rate:.1%}) | "
            f"voice {scores.voice_right}/{scores.voice_checked}, "
            f"speaker {scores.speaker_right}/{scores.speaker_checked}"
        )
    lines.extend(["", "mismatches:", *report.errors])
    return "\n".join(lines)
