"""Scoring the timex tagger on the hand-written blind sets (tests/data/timex/blind/*.yaml).

Each set is one class of real-world format, written before the tagger was run on it.
A gold timex is found when a system timex overlaps it with the same value (relaxed
span + value, as TempEval-3 scores values) and, when the gold names a calendar, the
same `calendar`; an interval is found when one has the same text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cronica.errors import CronicaError
from cronica.evaluation.timex import relaxed_pairs, same_value
from cronica.model import Timex
from cronica.resources import load_resource
from cronica.scoring import Counts
from cronica.timex import tag
from cronica.timex.tagger import TagResult


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    calendar: str | None


@dataclass(frozen=True)
class BlindItem:
    lang: str
    text: str
    dct: str | None
    timexes: tuple[GoldTimex, ...]
    intervals: tuple[str, ...]


@dataclass(frozen=True)
class BlindScores:
    timexes: Counts
    intervals: Counts
    misses: tuple[str, ...]  # one line per wrong, missing or extra timex or interval


def load_blind_set(path: Path) -> list[BlindItem]:
    data = load_resource(path)
    if not isinstance(data, list):
        raise CronicaError(f"{path}: expected a list of items")
    return [_item(entry, path) for entry in data]


def _item(entry: dict[str, Any], path: Path) -> BlindItem:
    text = entry["text"]
    timexes: list[GoldTimex] = []
    cursor = 0
    for gold in entry.get("timexes") or []:
        words, value = gold[0], gold[1]
        start = text.find(words, cursor)
        if start < 0:
            raise CronicaError(f"{path}: {words!r} is not in {text!r} (after offset {cursor})")
        cursor = start + len(words)
        calendar = gold[2] if len(gold) > 2 else None
        timexes.append(GoldTimex(start, cursor, "", value, calendar))
    intervals = tuple(entry.get("intervals") or ())
    return BlindItem(entry["lang"], text, entry.get("dct"), tuple(timexes), intervals)


def score_item(item: BlindItem, result: TagResult) -> BlindScores:
    system: list[Timex] = list(result.timexes)
    pairs = relaxed_pairs(system, list(item.timexes))
    good = 0
    misses: list[str] = []
    matched_gold: set[int] = set()
    matched_system: set[int] = set()
    for predicted, reference in pairs:
        assert isinstance(reference, GoldTimex) and isinstance(predicted, Timex)
        matched_gold.add(id(reference))
        matched_system.add(id(predicted))
        one_value = same_value(predicted, reference)
        same_calendar = reference.calendar is None or getattr(predicted, "calendar", None) == reference.calendar
        if one_value and same_calendar:
            good += 1
        else:
            calendar = f" [{getattr(predicted, 'calendar', None)}]" if reference.calendar else ""
            wanted = f" [{reference.calendar}]" if reference.calendar else ""
            misses.append(
                f"{predicted.text!r}: {predicted.value}{calendar} (gold {item.text[reference.start : reference.end]!r}"
                f" {reference.value}{wanted})"
            )
    misses += [f"missed {item.text[g.start : g.end]!r} {g.value}" for g in item.timexes if id(g) not in matched_gold]
    misses += [f"extra {t.text!r} {t.value}" for t in system if id(t) not in matched_system]
    timexes = Counts(good, len(system) - good, len(item.timexes) - good)
    found = {interval.text for interval in result.intervals}
    hits = sum(1 for text in item.intervals if text in found)
    misses += [f"missed interval {text!r}" for text in item.intervals if text not in found]
    intervals = Counts(hits, len(found) - hits, len(item.intervals) - hits) if item.intervals else Counts()
    return BlindScores(timexes, intervals, tuple(misses))


def score_blind_set(
    items: Iterable[BlindItem], tagger: Callable[[BlindItem], TagResult] | None = None
) -> dict[str, BlindScores]:
    """Scores per language over `items` (the tagger defaults to `cronica.timex.tag`)."""
    run = tagger or (lambda item: tag(item.text, item.lang, dct=item.dct))
    totals: dict[str, BlindScores] = {}
    for item in items:
        scores = score_item(item, run(item))
        misses = tuple(f"[{item.lang}] {line}  «{item.text}»" for line in scores.misses)
        before = totals.get(item.lang, BlindScores(Counts(), Counts(), ()))
        totals[item.lang] = BlindScores(
            before.timexes + scores.timexes, before.intervals + scores.intervals, before.misses + misses
        )
    return totals


__all__ = ["BlindItem", "BlindScores", "load_blind_set", "score_blind_set", "score_item"]
