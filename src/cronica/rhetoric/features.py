"""Text → sparse features for the document classifier, shared by training and inference.

Training (scikit-learn) and inference (plain numpy) call the very same analyzers, so
the shipped weights mean the same thing in both places: no re-implementation of a
library's tokenizer can drift apart from it.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator

_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
#: a URL as PAN's tokenized texts write it ("https :// t . me / canal", "www . x . com / a - b"): its
#: pieces joined by " . ", " / ", " - " would otherwise become words naming the source channel
_SPACED_URL = re.compile(
    r"(?:https?\s*:\s*//|www\s+\.|\bt\s+\.\s+me\s+/)\s*[\w%]+(?:\s*(?:[./\-_?=&#:~+]|--)+\s*[\w%]+)*\s*/?",
    re.IGNORECASE,
)
_MENTION = re.compile(r"@\w+")
_DIGITS = re.compile(r"\d")
_WORD = re.compile(r"\w+", re.UNICODE)


def normalize(text: str) -> str:
    """Lowercase, with URLs, @mentions and digits folded so they count as one feature each."""
    text = _SPACED_URL.sub(" _url_ ", text)
    text = _URL.sub(" _url_ ", text)
    text = _MENTION.sub(" _user_ ", text)
    return _DIGITS.sub("0", text.lower())


def words_of(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def _words(normalized: str) -> Iterator[str]:
    """The words of a normalized text one by one (a list of a book's words: 11 MiB per million characters)."""
    return (match.group() for match in _WORD.finditer(normalized))


def word_ngrams(text: str, max_n: int = 2) -> Iterator[str]:
    """Word unigrams and bigrams ("deep", "deep state"), produced one by one: a long text's grams
    are counted as they come, never all held at once (1M characters of WikiWars: 327,000); the
    words too, read again for each n, so the grams come in the same order as from a list."""
    normalized = normalize(text)
    yield from _words(normalized)
    for n in range(2, max_n + 1):
        window: deque[str] = deque(maxlen=n)
        for word in _words(normalized):
            window.append(word)
            if len(window) == n:
                yield " ".join(window)


def char_ngrams(text: str, min_n: int = 2, max_n: int = 5) -> Iterator[str]:
    """Character n-grams inside word boundaries (padded words), robust to inflection and typos;
    produced one by one (1M characters of WikiWars: 2.9 million, 178 MiB as a list)."""
    for word in _words(normalize(text)):
        padded = f" {word} "
        for n in range(min_n, max_n + 1):
            if n > len(padded):
                break
            yield from (padded[i : i + n] for i in range(len(padded) - n + 1))


#: the feature blocks by name; weights files record which blocks (and in what order) they use
ANALYZERS: dict[str, Callable[[str], Iterable[str]]] = {
    "word": word_ngrams,
    "char": char_ngrams,
    # character 3-5-grams: the span tagger's sentence gate (short texts; fewer, more telling grams)
    "char35": lambda text: char_ngrams(text, 3, 5),
}
