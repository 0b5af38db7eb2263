"""Alias keys: one spelling for the many ways a Russian name is written in es and en.

"Trotsky", "Trotski", "Trotzki", "TROTSKY" and "Trotsky's" share one key; so do
"Zinoviev"/"Zinóviev"/"Zinovyev" and "Joffe"/"Ioffe"/"Yoffe". The folding rules are
data (`resources/transliteration.yaml`), applied after accents, case, possessives,
punctuation and leading articles (`resources/<lang>/names.yaml`) are removed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

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


#: the most words before a key's last one whose endings `modifier_variants` tries (2^n variants at worst)
MODIFIER_WORDS = 3


def modifier_variants(key: str) -> list[str]:
    """The alias key with a modifier's plural or possessive ending taken off each word before the last ("bolsheviks
    party" → "bolshevik party"; `modifier_endings` of names.yaml), as the KB writes its names; never the last word,
    the head (its plural names several things). [] for a single word or when no word has such an ending."""
    words = key.split()
    endings = name_words().modifier_endings
    if len(words) < 2 or len(words) > MODIFIER_WORDS + 1 or not endings:
        return []
    options = []
    for word in words[:-1]:
        ending = next((e for e in endings if word.endswith(e) and len(word) - len(e) >= 3), None)
        options.append((word,) if ending is None else (word, word[: -len(ending)]))
    variants = [" ".join((*chosen, words[-1])) for chosen in product(*options)]
    return [variant for variant in variants if variant != key]
