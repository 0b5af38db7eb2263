"""Temporal expressions → TIMEX3: a fast, data-driven tagger for Spanish and English.

    >>> from cronica.timex import tag
    >>> [(t.text, t.value) for t in tag("Trotsky fue expulsado en noviembre de 1927.", "es").timexes]
    [('noviembre de 1927', '1927-11')]

The engine (find in `patterns`, normalize in `normalize`) names no word of any
language; each language is a folder of data files under `resources/`.
"""

from __future__ import annotations

import datetime as dt

from cronica.timex.tagger import Tagger, TagResult, get_tagger


def tag(text: str, lang: str, dct: str | dt.date | None = None, mode: str | None = None) -> TagResult:
    """Tag `text` in `lang` ("es", "en"). By default each expression chooses its anchor: deictic ones
    ("ayer", "last week") the DCT, anaphoric ones ("al año siguiente") the text's own dates,
    underspecified ones ("en mayo") whichever the text supports. `mode` "news" or "narrative"
    forces the DCT or the text's dates."""
    return get_tagger(lang).tag(text, dct=dct, mode=mode)


__all__ = ["TagResult", "Tagger", "get_tagger", "tag"]
