"""The report's words in each language, kept as data (`i18n/<lang>.json`).

The page speaks the language of its documents when cronica has its words (es, en),
English otherwise (languages.yaml `interface_fallback`); adding a language is adding a file with the same keys.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from cronica.languages import languages


@dataclass(frozen=True)
class Translations:
    lang: str
    words: Mapping[str, str]

    def __call__(self, key: str, **values: object) -> str:
        """The phrase for `key` with its {placeholders} filled (values are inserted as text)."""
        phrase = self.words[key]
        return phrase.format(**values) if values else phrase

    def for_script(self) -> dict[str, str]:
        """The phrases the page's script needs (keys starting with js_), sent as JSON data."""
        return {key: value for key, value in self.words.items() if key.startswith("js_")}


def available_languages() -> tuple[str, ...]:
    folder = resources.files("cronica.report") / "i18n"
    return tuple(sorted(item.name.removesuffix(".json") for item in folder.iterdir() if item.name.endswith(".json")))


@cache
def translations(lang: str) -> Translations:
    if lang not in available_languages():
        lang = languages().interface_fallback
    path = resources.files("cronica.report") / "i18n" / f"{lang}.json"
    return Translations(lang, json.loads(path.read_text(encoding="utf-8")))


def language_of_request(accept_language: str) -> str:
    """The first language of an Accept-Language header that cronica speaks (English otherwise)."""
    weighted = []
    for position, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        weighted.append((-quality, position, tag.strip().split("-")[0].lower()))
    for _, _, lang in sorted(weighted):
        if lang in available_languages():
            return lang
    return languages().interface_fallback


def language_for(document_languages: Iterable[str]) -> str:
    """One language for the page: the documents' own when they share one cronica speaks."""
    found = set(document_languages)
    if len(found) == 1:
        (lang,) = found
        if lang in available_languages():
            return lang
    return languages().interface_fallback
