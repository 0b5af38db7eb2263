"""Score the rhetoric stage's flags against a hand-written gold set (`cronica eval rhetoric`).

The gold format and the scoring of one text live with the stage (`cronica.rhetoric.gold`),
shared with the span tagger's trainer; this module runs the pipeline over a gold set and
reports the scores.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cronica.errors import CronicaError
from cronica.rhetoric.gold import GoldText, LanguageScores, score_text

#: stages the rhetoric evaluation does not need (the spans depend only on nlp)
OTHER_STAGES = frozenset({"timex", "events", "link", "verify"})


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
            total.neutral_flagged_own += scores.neutral_flagged_own
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
        own = scores.neutral_flagged_own / scores.neutral_sentences if scores.neutral_sentences else 0.0
        lines.append(
            f"{name}: spans P {lenient.precision:.3f} R {lenient.recall:.3f} F1 {lenient.f1:.3f} "
            f"(with technique: P {strict.precision:.3f} R {strict.recall:.3f}) | "
            f"neutral flagged {scores.neutral_flagged}/{scores.neutral_sentences} ({rate:.1%}; "
            f"author's voice {scores.neutral_flagged_own}, {own:.1%}) | "
            f"voice {scores.voice_right}/{scores.voice_checked}, "
            f"speaker {scores.speaker_right}/{scores.speaker_checked}"
        )
    lines.extend(["", "mismatches:", *report.errors])
    return "\n".join(lines)
