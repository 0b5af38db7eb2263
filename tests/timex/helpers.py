"""Small helpers shared by the timex tests."""

from __future__ import annotations

from cronica.timex import tag


def found(
    text: str, lang: str, dct: str | None = None, mode: str | None = None
) -> list[tuple[str, str, str, str | None]]:
    """(text, type, value, mod) of every timex, checking the offsets on the way."""
    result = tag(text, lang, dct=dct, mode=mode)
    for timex in result.timexes:
        assert text[timex.start : timex.end] == timex.text
    return [(t.text, t.type, t.value, t.mod) for t in result.timexes]
