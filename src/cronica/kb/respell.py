"""Names written in another romanization: "Vorochílov" (French ch = ш) is Voroshilov, "Iósiv" is Iosif.

The alias key (`normalize.alias_key`) folds the spellings every convention shares (y/i, w/v, kh/j, doubled
letters); the conventions that disagree cannot all be folded into one key without merging words a text
keeps apart (Spanish j is Russian kh, French j is zh, German j is y). So a word no KB name holds is *read*
under each other convention (`resources/transliteration.yaml` `readings`) and respelled when exactly one
KB name's word comes out; a word a KB name holds is never touched, so a name the KB knows keeps its key.
"""

from __future__ import annotations

from collections.abc import Iterable

from cronica.kb.name_words import read_as, readings
from cronica.kb.normalize import alias_key

#: the alias key, uncached: a respeller keeps its own keys, and the phrases it reads are nearly all said
#: once, so they would fill `alias_key`'s cache (issue 17)
_key = alias_key.__wrapped__

#: how many texts' keys a respeller remembers (one lives as long as a pipeline: every document's names)
KEY_CACHE = 65536


class Respeller:
    """The keys of mentions, with the words no KB name holds respelled from another romanization."""

    def __init__(self, keys: Iterable[str]) -> None:
        #: every word of every KB name (people, places, bodies, offices)
        self.known = frozenset(word for key in keys for word in key.split())
        self._keys: dict[str, str] = {}

    def key(self, text: str) -> str:
        """`respell(text)`, remembered (bounded: the cache is emptied when full)."""
        key = self._keys.get(text)
        if key is None:
            if len(self._keys) >= KEY_CACHE:
                self._keys.clear()
            key = self._keys[text] = self.respell(text)
        return key

    def could_respell(self, key: str) -> bool:
        """Whether a respelling could change the key: some word of it is no KB name's word (never, with no
        known words: an online KB lists none)."""
        return bool(self.known) and any(word not in self.known for word in key.split())

    def respell(self, text: str) -> str:
        """`alias_key(text)`, each word no KB name holds replaced by the one KB name word that reading the
        text under another romanization gives at its place; a word that reads as none or as several KB
        words stays as it is. With no known words (an online KB lists none), the alias key."""
        key = _key(text)
        words = key.split()
        if not self.could_respell(key):
            return key
        variants = [v for rules in readings() if len(v := _key(read_as(rules, text)).split()) == len(words)]
        respelled = []
        for position, word in enumerate(words):
            found = set() if word in self.known else {variant[position] for variant in variants} & self.known
            respelled.append(found.pop() if len(found) == 1 else word)
        return " ".join(respelled)
