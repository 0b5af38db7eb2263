"""The words around names, per language (`resources/<lang>/names.yaml`), and the transliteration
folds of alias keys (`resources/transliteration.yaml`).

A mention and a KB alias meet under one key whatever the language of the text (the pack's
aliases are in every language), so the stage uses the words of all languages together:
a leading "la" or "the" is dropped from any name, "Camarada" and "Comrade" are both titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import Field

from cronica.folding import fold
from cronica.resources import Schema, StringPair, WordList, load_resource, package_file

RESOURCE_PACKAGE = "cronica.kb.resources"


class NamesFile(Schema):
    """kb/resources/<lang>/names.yaml"""

    titles: WordList
    leading_articles: WordList
    complement_joiners: WordList
    possessive_endings: WordList


class TransliterationFile(Schema):
    """kb/resources/transliteration.yaml: [pattern, replacement] pairs, applied in order"""

    folds: list[StringPair] = Field(default_factory=list)


@dataclass(frozen=True)
class NameWords:
    titles: frozenset[str]  # folded (cronica.folding), as the words they meet
    leading_articles: frozenset[str]
    complement_joiners: tuple[str, ...]  # longest first
    possessive: re.Pattern[str] | None  # "Trotsky's": the ending an alias key leaves out


def available_languages() -> list[str]:
    root = package_file(RESOURCE_PACKAGE)
    return sorted(item.name for item in root.iterdir() if item.is_dir() and item.joinpath("names.yaml").is_file())


@cache
def name_words() -> NameWords:
    """The words of every language with a names.yaml, together."""
    files = [
        load_resource(package_file(RESOURCE_PACKAGE, lang, "names.yaml"), NamesFile) for lang in available_languages()
    ]
    joiners = {word for data in files for word in data.get("complement_joiners", ())}
    endings = sorted({fold(word) for data in files for word in data.get("possessive_endings", ())}, key=len)
    return NameWords(
        titles=frozenset(fold(word) for data in files for word in data.get("titles", ())),
        leading_articles=frozenset(fold(word) for data in files for word in data.get("leading_articles", ())),
        complement_joiners=tuple(sorted(joiners, key=lambda joiner: (-len(joiner), joiner))),
        possessive=re.compile(rf"(?:{'|'.join(map(re.escape, reversed(endings)))})\b") if endings else None,
    )


@cache
def transliteration_folds() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = load_resource(package_file(RESOURCE_PACKAGE, "transliteration.yaml"), TransliterationFile)
    return tuple((re.compile(pattern), replacement) for pattern, replacement in data.get("folds", ()))
