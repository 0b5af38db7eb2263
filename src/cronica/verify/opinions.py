"""Sentences that judge rather than report: recorded as `not_checkable` claims.

A claim normally comes from an event; an opinion ("Stalin fue el peor tirano de su
siglo") has none, yet a reader checking the text wants to see it marked as not
checkable rather than skipped. Only sentences without any event are considered, and
only on an explicit cue from the language's list (resources/<lang>/opinions.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from cronica.model import Analysis
from cronica.resources import Schema, WordList, load_resource, package_file

TRAILING = " \t\n.;:!?…"


@dataclass(frozen=True, slots=True)
class Opinion:
    start: int
    end: int
    cue: str
    explanation: str


@dataclass(frozen=True)
class OpinionCues:
    pattern: re.Pattern[str]
    explanation: str


class OpinionsFile(Schema):
    """verify/resources/<lang>/opinions.yaml"""

    cues: WordList
    #: regular expressions, searched case-insensitively
    patterns: WordList
    explanation: str


@cache
def load_cues(lang: str) -> OpinionCues | None:
    path = package_file("cronica.verify", "resources", lang, "opinions.yaml")
    if not path.is_file():
        return None
    data = load_resource(path, OpinionsFile)
    words = sorted((re.escape(cue) for cue in data.get("cues", ())), key=len, reverse=True)
    alternatives = [rf"\b(?:{'|'.join(words)})\b", *data.get("patterns", ())]
    return OpinionCues(re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE), data["explanation"])


def find_opinions(analysis: Analysis) -> Iterator[Opinion]:
    """Event-free sentences holding an opinion cue, as spans without the final punctuation."""
    cues = load_cues(analysis.document.lang)
    if cues is None:
        return
    with_events = {event.sentence for event in analysis.events}
    for sentence in analysis.sentences:
        if sentence.id in with_events:
            continue
        text = analysis.text[sentence.start : sentence.end]
        match = cues.pattern.search(text)
        if match is None:
            continue
        stripped = text.rstrip(TRAILING)
        start = sentence.start + (len(stripped) - len(stripped.lstrip()))
        end = sentence.start + len(stripped)
        yield Opinion(start, end, match.group(0), cues.explanation.format(cue=match.group(0)))
