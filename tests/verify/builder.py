"""Build an `Analysis` with one event by naming its pieces in the text (offsets found, never typed)."""

from __future__ import annotations

from cronica.evaluation.verify import GoldEvent, analysis_from_event
from cronica.model import Analysis


def analysis_with_event(
    text: str,
    lang: str,
    event_type: str,
    trigger: str,
    participants: dict[str, tuple[str, str | None]],
    time: tuple[str, str] | None = None,
    place: tuple[str, str] | None = None,
    modality: str = "asserted",
) -> Analysis:
    """participants: role → (words in the text, QID or None); time: (words, TIMEX3 value); place: (words, QID)."""
    return analysis_from_event(text, lang, GoldEvent(event_type, trigger, participants, time, place, modality))
