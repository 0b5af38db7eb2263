"""Alias keys: one spelling for the many ways a Russian name is written in es and en.

"Trotsky", "Trotski", "Trotzki", "TROTSKY" and "Trotsky's" share one key; so do
"Zinoviev"/"Zinóviev"/"Zinovyev" and "Joffe"/"Ioffe"/"Yoffe". The folding rules are
data (`resources/transliteration.yaml`), applied after accents, case, possessives,
punctuation and leading articles (`resources/<lang>/names.yaml`) are removed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cronica.folding import fold
from cronica.kb.name_words import name_words, transliteration_folds

_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def alias_key(text: str) -> str:
    """The key under which a mention and a KB alias meet ("" for text with no letters)."""
    words_around = name_words()
    folded = fold(text)  # a name: ñ folds too ("Peña" is written "Pena" in English texts)
    if words_around.possessive is not None:
        folded = words_around.possessive.sub("", folded)
    plain = _NON_WORD.sub(" ", folded.replace("-", " ")).strip()
    words = plain.split()
    while len(words) > 1 and words[0] in words_around.leading_articles:
        words = words[1:]
    key = " ".join(words)
    for pattern, replacement in transliteration_folds():
        key = pattern.sub(replacement, key)
    return key
