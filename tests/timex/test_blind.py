"""The blind sets (tests/data/timex/blind/): one per class of real-world format, written before
the tagger was run on them. Their figures are in docs/benchmarks.md; this test keeps them from
sliding back (a floor per class and language, below the measured score)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cronica.evaluation.timex_blind import load_blind_set, score_blind_set

BLIND = Path(__file__).resolve().parents[1] / "data" / "timex" / "blind"
#: class → the timex F1 each language must keep (the measured scores are higher)
FLOORS = {
    "calendars": 0.9,
    "ranges": 0.9,
    "biographies": 0.9,
    "named_events": 0.9,
    "vague": 0.9,
    "news": 0.9,
    # second round of #15 (news classes)
    "tense": 0.9,
    "clock": 0.85,
    "amounts": 0.9,
    "not_times": 0.9,
    "periods": 0.9,
    "story_news": 0.9,
    "participles": 0.9,
    "counted_days": 0.85,
    # issue #13 (13t): dates interrupted by the other calendar's value
    "interrupted_dates": 0.9,
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_set(name: str) -> None:
    scores = score_blind_set(load_blind_set(BLIND / f"{name}.yaml"))
    assert set(scores) == {"en", "es"}, "every blind set has both languages"
    for lang, result in scores.items():
        assert result.timexes.f1 >= FLOORS[name], f"{name} [{lang}]: " + "\n".join(result.misses)
        if result.intervals.tp + result.intervals.fn:
            assert result.intervals.f1 >= FLOORS[name], f"{name} [{lang}] intervals: " + "\n".join(result.misses)


def test_blind_items_are_well_formed() -> None:
    for path in BLIND.glob("*.yaml"):
        for item in load_blind_set(path):  # raises when a gold span is not in its text
            assert item.lang in ("en", "es")
