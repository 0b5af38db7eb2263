"""Invisible characters hidden from the stages, with offsets still true to the text as given.

A zero-width space, joiner or soft hyphen inside a word ("Sta\u200blin", "19\u200b17") is
invisible on screen but splits the word for every stage: the name is not linked and the
date not tagged. Scraped posts carry them by accident, and a text may carry them on
purpose to slip past a checker. The stages therefore read the text without them, and the
layers they produce are mapped back, so that every offset and every span's text refer to
`Analysis.text`, the text exactly as ingest produced it (invisible characters included).

Control characters (NUL and the other C0 controls but tab and line ends, DEL) are not text
either: the stages read each as a space (one character for one, so offsets do not move),
and the spans they produce show the text as given.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, TypeVar

from cronica.model import Analysis

#: zero-width space, non-joiner, joiner, word joiner, BOM used inside a text, soft hyphen,
#: Mongolian vowel separator (formerly white space, now zero-width)
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
#: C0 controls but tab, line feed, vertical tab, form feed and carriage return; DEL
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")

T = TypeVar("T")


@dataclass(frozen=True)
class HiddenCharacters:
    """Where the invisible characters of a text were: enough to map offsets back to it."""

    original: str
    #: for each removed character, in order, the offset in the cleaned text it was removed at
    cleaned_positions: tuple[int, ...]
    #: control characters read as spaces (they keep their place: no offset moves)
    controls: int = 0

    @property
    def count(self) -> int:
        return len(self.cleaned_positions)

    def note(self) -> str:
        """What the warning says about them."""
        parts = []
        if self.count:
            parts.append(f"{self.count} invisible character(s) (zero-width, soft hyphen) were ignored")
        if self.controls:
            parts.append(f"{self.controls} control character(s) (NUL...) were read as spaces")
        return f"ingest: {' and '.join(parts)} by the stages; offsets and spans refer to the text as given"

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """A cleaned-text offset in the original text; an end offset stays right after its last character."""
        if end:
            return self.to_original(offset - 1) + 1 if offset > 0 else 0
        return offset + bisect_right(self.cleaned_positions, offset)

    def restore(self, analysis: Analysis) -> Analysis:
        """The analysis of the cleaned text, with every span pointing into the original text."""
        layers = {
            name: self._remap(getattr(analysis, name))
            for name in ("sentences", "entities", "timexes", "intervals", "events", "claims", "flags")
        }
        return dataclasses.replace(analysis, text=self.original, **layers)

    def _remap(self, value: T) -> T:
        if isinstance(value, tuple):
            return tuple(self._remap(item) for item in value)  # type: ignore[return-value]
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            return value
        changes: dict[str, Any] = {}
        for field in dataclasses.fields(value):
            if field.name in ("start", "end", "text"):
                continue
            item = getattr(value, field.name)
            if isinstance(item, tuple) or dataclasses.is_dataclass(item):
                changes[field.name] = self._remap(item)
        names = {field.name for field in dataclasses.fields(value)}
        if {"start", "end"} <= names:
            start = self.to_original(value.start)  # type: ignore[attr-defined]
            end = max(start, self.to_original(value.end, end=True))  # type: ignore[attr-defined]
            changes.update(start=start, end=end)
            if "text" in names:
                changes["text"] = self.original[start:end]
        return dataclasses.replace(value, **changes) if changes else value


def hide_invisible(text: str) -> tuple[str, HiddenCharacters | None]:
    """The text as the stages read it, and how to map back (None when it is the text as given)."""
    readable, controls = _CONTROL.subn(" ", text)
    if _INVISIBLE.search(readable) is None:
        return (readable, HiddenCharacters(text, (), controls)) if controls else (text, None)
    positions: list[int] = []
    pieces: list[str] = []
    previous = 0
    for match in _INVISIBLE.finditer(readable):
        pieces.append(readable[previous : match.start()])
        positions.append(match.start() - len(positions))
        previous = match.end()
    pieces.append(readable[previous:])
    return "".join(pieces), HiddenCharacters(text, tuple(positions), controls)
