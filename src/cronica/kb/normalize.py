"""Alias keys: one spelling for the many ways a Russian name is written in es and en.

"Trotsky", "Trotski", "Trotzki", "TROTSKY" and "Trotsky's" share one key; so do
"Zinoviev"/"Zinóviev"/"Zinovyev" and "Joffe"/"Ioffe"/"Yoffe". The folding rules are
data (`FOLDS`), applied after accents, case, possessives, punctuation and leading
articles are removed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: leading words that do not belong to a name ("the Soviet Union", "la Unión Soviética")
LEADING_ARTICLES = ("the", "el", "la", "los", "las", "lo")

#: transliteration folds, applied in order to the accent-less lower-case text
FOLDS: tuple[tuple[str, str], ...] = (
    (r"\bj(?=[aeiou])", "i"),  # Joffe, Josif (German/English j = i/y)
    (r"j", "h"),  # Spanish j = Russian kh: Jrushchov ~ Khrushchev
    (r"kh", "h"),
    (r"tz", "ts"),  # Trotzki
    (r"y", "i"),  # Trotsky/Trotski, Yoffe/Ioffe, Zinovyev/Zinoviev
    (r"w", "v"),
    (r"ph", "f"),
    (r"([a-z])\1+", r"\1"),  # doubled letters: Ioffe/Iofe
)
_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in FOLDS)
_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[^\w]+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=65536)
def alias_key(text: str) -> str:
    """The key under which a mention and a KB alias meet ("" for text with no letters)."""
    lowered = _POSSESSIVE.sub("", text.casefold().replace("ı", "i"))
    plain = _NON_WORD.sub(" ", strip_accents(lowered).replace("-", " ")).strip()
    words = plain.split()
    while len(words) > 1 and words[0] in LEADING_ARTICLES:
        words = words[1:]
    key = " ".join(words)
    for pattern, replacement in _COMPILED:
        key = pattern.sub(replacement, key)
    return key
