"""The harness every rhetoric class test shares: a class's sentences must be flagged, the history that
shares their words must stay quiet, in Spanish and in English.

Each round of #16 wrote the same `_flags` helper and the same four parametrized tests; a module now
states its sentences and takes its tests from `class_tests`:

    (test_spanish_class_is_flagged, test_english_class_is_flagged,
     test_spanish_history_stays_quiet, test_english_history_stays_quiet) = class_tests(
        FLAGGED_ES, FLAGGED_EN, NEUTRAL_ES, NEUTRAL_EN)

A flagged item is `(text, words, technique)`: some flag of that technique covers `words`. The tests ask
for the session pipelines of conftest.py (`pipeline_es`, `pipeline_en`: the rules alone).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

import pytest

from cronica.pipeline import Pipeline

Check = Callable[[list[Any], str, str, str], bool]


def flags(pipeline: Pipeline, text: str) -> list[Any]:
    """The rhetoric flags of one text; the stage must have run (a skipped stage would pass every quiet test)."""
    analysis = pipeline.analyze_text(text)
    assert analysis.stages["rhetoric"] == "ok"
    return list(analysis.flags)


def covers(found: list[Any], lang: str, words: str, technique: str) -> bool:
    """Some flag of `technique` covers `words` (the default check of a flagged item)."""
    return any(words in flag.text and flag.technique == technique for flag in found)


def overlaps(found: list[Any], lang: str, words: str, technique: str) -> bool:
    """Some flag of `technique` covers `words` or lies inside them (the sixth and seventh rounds' check)."""
    return any((words in flag.text or flag.text in words) and flag.technique == technique for flag in found)


def by_language(items: Iterable[Sequence[Any]], lang: str) -> list[tuple[Any, ...]]:
    """The items of one language from a list whose items start with their language, without it."""
    return [tuple(item[1:]) for item in items if item[0] == lang]


class ClassTests(NamedTuple):
    spanish_flagged: Callable[..., None]
    english_flagged: Callable[..., None]
    spanish_quiet: Callable[..., None]
    english_quiet: Callable[..., None]


def class_tests(
    flagged_es: Sequence[tuple[str, str, str]],
    flagged_en: Sequence[tuple[str, str, str]],
    neutral_es: Sequence[str],
    neutral_en: Sequence[str],
    check: Check = covers,
) -> ClassTests:
    """The four tests of a class, parametrized over its sentences (`check` reads a flagged item)."""

    @pytest.mark.parametrize(("text", "words", "technique"), flagged_es)
    def spanish_flagged(pipeline_es: Pipeline, text: str, words: str, technique: str) -> None:
        found = flags(pipeline_es, text)
        assert check(found, "es", words, technique), [(flag.text, flag.technique) for flag in found]

    @pytest.mark.parametrize(("text", "words", "technique"), flagged_en)
    def english_flagged(pipeline_en: Pipeline, text: str, words: str, technique: str) -> None:
        found = flags(pipeline_en, text)
        assert check(found, "en", words, technique), [(flag.text, flag.technique) for flag in found]

    @pytest.mark.parametrize("text", neutral_es)
    def spanish_quiet(pipeline_es: Pipeline, text: str) -> None:
        assert [(flag.text, flag.technique) for flag in flags(pipeline_es, text)] == []

    @pytest.mark.parametrize("text", neutral_en)
    def english_quiet(pipeline_en: Pipeline, text: str) -> None:
        assert [(flag.text, flag.technique) for flag in flags(pipeline_en, text)] == []

    return ClassTests(spanish_flagged, english_flagged, spanish_quiet, english_quiet)
