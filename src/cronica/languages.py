"""The languages cronica analyzes, read from `languages.yaml`: codes, default models, examples.

A language is data: an entry in `languages.yaml` and a resources folder per stage
(docs/languages.md). Every module that needs the list asks here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Annotated

from pydantic import AfterValidator, Field

from cronica.resources import Schema, WordList, load_resource, package_file


def _letter_with_a_mark(letter: str) -> str:
    """A `letters` entry must be one letter that folding would change: else listing it keeps nothing."""
    composed = unicodedata.normalize("NFC", letter)
    decomposed = unicodedata.normalize("NFD", composed)
    if len(composed) != 1 or not composed.isalpha() or not any(unicodedata.combining(c) for c in decomposed):
        raise ValueError(f"{letter!r} is not one letter with a mark (ñ, å): folding would not change it")
    return letter


class LanguageSpec(Schema):
    name: str
    model: str
    example: str
    letters: list[Annotated[str, AfterValidator(_letter_with_a_mark)]] = Field(default_factory=list)
    legacy_encodings: WordList
    paragraph_breaks_sentences: bool = False


class LanguagesFile(Schema):
    """cronica/languages.yaml"""

    languages: dict[str, LanguageSpec] = Field(min_length=1)
    also_detected: WordList
    canonical_label: str
    interface_fallback: str


@dataclass(frozen=True)
class Languages:
    """The supported languages in the file's order (the order of `--lang` choices and of detection ties)."""

    codes: tuple[str, ...]
    names: Mapping[str, str]  # each in itself: "español"
    models: Mapping[str, str]
    examples: Mapping[str, str]
    legacy_encodings: tuple[str, ...]  # the ordered union over the languages
    letters: str  # every language's letters of their own (cronica.folding keeps their marks)
    also_detected: tuple[str, ...]
    canonical_label: str  # the language of a KB item's canonical name
    interface_fallback: str  # the report's and web pages' language when the reader's is not one of ours
    #: languages whose pipeline ends a sentence at a blank line (`cronica.nlp.end_sentences_at_paragraphs`)
    paragraph_sentences: frozenset[str] = frozenset()


@cache
def languages() -> Languages:
    data = load_resource(package_file("cronica", "languages.yaml"), LanguagesFile)
    specs = data["languages"]
    encodings = dict.fromkeys(name for spec in specs.values() for name in spec.get("legacy_encodings", ()))
    return Languages(
        codes=tuple(specs),
        names={code: spec["name"] for code, spec in specs.items()},
        models={code: spec["model"] for code, spec in specs.items()},
        examples={code: spec["example"] for code, spec in specs.items()},
        legacy_encodings=tuple(encodings),
        letters="".join(sorted({letter for spec in specs.values() for letter in spec.get("letters", ())})),
        also_detected=tuple(data.get("also_detected", ())),
        canonical_label=data["canonical_label"],
        interface_fallback=data["interface_fallback"],
        paragraph_sentences=frozenset(
            code for code, spec in specs.items() if spec.get("paragraph_breaks_sentences", False)
        ),
    )


def label_languages() -> tuple[str, ...]:
    """The languages whose KB labels and aliases cronica keeps and searches: the canonical one first."""
    return tuple(dict.fromkeys((languages().canonical_label, *languages().codes)))
