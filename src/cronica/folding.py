"""One way to compare words without case or accents: the key every stage matches text by.

The policy, chosen for the languages cronica reads and the names they write:

- **Case**: Unicode case folding (`str.casefold`), not `lower()`: "STRASSE" and "Straße" meet,
  and the Latin ligatures ﬁ/ﬂ become fi/fl.
- **Accents**: canonical decomposition (NFD) and every combining mark dropped: "Zinóviev",
  "Zinoviev" and "ZINÓVIEV" meet, as do "Mercader"/"Mércader", "Lódz"/"Łódź"'s accent (but not
  its stroke: ł is a letter of its own in Unicode, not l with a mark). Marks with combining class
  0 (the vowel signs of Indic scripts) are kept: removing them would change the letters.
- **Not compatibility decomposition (NFKD)**: it would turn the Spanish ordinal indicators into
  letters ("1º" → "1o", "nº" → "no", the negator), superscripts into digits ("m²" → "m2") and ½
  into "1⁄2". Full-width and other compatibility forms stay as written.
- **Letters that are letters of their own**: a language may list letters its spelling keeps apart
  from their base letter (`languages.yaml` `letters`: Spanish ñ, so "año" and "ano" do not meet).
  A caller comparing a language's words passes them as `keep`; a caller comparing names does
  not (the pack's "Peña" is written "Pena" in English texts).
- **Turkish dotless ı** folds to i, as its capital İ already does through case folding.
- **Other scripts**: Cyrillic and Greek lose their marks too ("й" → "и", "ё" → "е", "ά" → "α"):
  texts write them both ways, and both sides of a comparison are folded alike. Ligatures that
  are letters (æ, œ, ø) stay.

A folded string may be shorter or longer than its source (ß → ss, a dropped mark): never use its
indices in the original text. Folding twice changes nothing (`fold(fold(x)) == fold(x)`).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["fold"]


def fold(text: str, keep: str = "") -> str:
    """The comparison key of `text`: case-folded, without accents except on the letters in `keep`."""
    if text.isascii():
        return text.lower()  # casefold is lower for ASCII, and there is nothing to strip
    return _fold(text, keep)


@lru_cache(maxsize=131072)
def _fold(text: str, keep: str) -> str:
    folded = text.casefold().replace("ı", "i")
    if keep:
        kept = {unicodedata.normalize("NFC", letter.casefold()) for letter in keep}
        return "".join(char if char in kept else _strip(char) for char in unicodedata.normalize("NFC", folded))
    return _strip(folded)


def _strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if not unicodedata.combining(char)))
