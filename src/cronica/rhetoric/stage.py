"""The `rhetoric` pipeline stage: technique spans into `flags`, a document score into `rhetoric`.

Rhetoric is judged apart from the facts: this stage reads only the text and its parse,
never claims, and nothing it finds changes a verdict.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cronica.errors import CronicaError
from cronica.model import Analysis, Flag, Rhetoric
from cronica.registry import StageContext, register_stage
from cronica.rhetoric.classifier import ConspiracyClassifier, load_classifier
from cronica.rhetoric.detector import PatternIndex, SpanFlag, detect, learned_flags, without_overlaps
from cronica.rhetoric.phrases import join_adjacent
from cronica.rhetoric.resources import LanguageResources, load_language
from cronica.rhetoric.shouting import lowered_sentences
from cronica.rhetoric.tagger import SpanTagger, load_tagger
from cronica.rhetoric.tagger_features import RuleHit
from cronica.rhetoric.tropes import TropeMatcher

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: longest span text quoted inside an explanation
MAX_QUOTED_IN_EXPLANATION = 80


DEFAULT_CONFIG = {
    "classifier": True,
    "weights": None,
    #: on by default: it passed its blind gate (16h, blind9); it reads the token vectors, which a long
    #: text's batches compute one at a time (16v: memory stays flat); `tagger = false` for rules only
    "tagger": True,
    "tagger_weights": None,
    #: the tagger's gate threshold for every language (None: each language's own, stored with the weights)
    "tagger_threshold": None,
    #: flags side by side in one phrase ("a bloodthirsty maniac") shown as one (`cronica.rhetoric.phrases`)
    "join_phrases": True,
}
#: settings that are true or false
BOOLEAN_SETTINGS = ("classifier", "tagger", "join_phrases")


def check_config(table: Mapping[str, Any]) -> None:
    """Refuse a `[stages.rhetoric]` setting this stage cannot take, naming it."""
    for key, value in table.items():
        if key not in DEFAULT_CONFIG:
            known = ", ".join(sorted(DEFAULT_CONFIG))
            raise CronicaError(f"unknown setting 'stages.rhetoric.{key}' (known: {known})")
        if key in BOOLEAN_SETTINGS and not isinstance(value, bool):
            raise CronicaError(f"'stages.rhetoric.{key}': should be true or false (got {value!r})")
        if key in ("weights", "tagger_weights") and not (value is None or isinstance(value, (str, os.PathLike))):
            raise CronicaError(f"'stages.rhetoric.{key}': should be a string (got {value!r})")
        if key == "tagger_threshold" and value is not None and not _is_probability(value):
            raise CronicaError(f"'stages.rhetoric.{key}': should be a number from 0 to 1 (got {value!r})")


def _is_probability(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0.0 <= value <= 1.0


@register_stage(
    "rhetoric",
    requires=("nlp",),
    default_config=DEFAULT_CONFIG,
    check_config=check_config,
    reads_vectors=lambda config: bool(config.get("tagger", True)),  # the learned tagger's features
)
def run_rhetoric(analysis: Analysis, ctx: StageContext) -> Analysis:
    lang = analysis.document.lang
    resources = load_language(lang)
    flags: tuple[Flag, ...] = ()
    #: the calibrator was fitted on the rules' flags: the document probability reads only those
    rule_techniques: list[str] = []
    #: the learned tagger reads the token vectors: a long text's are computed batch by batch, never kept
    batches = ctx.batches(vectors=bool(ctx.config.get("tagger", True)))
    if resources is not None and batches is not None:
        # a long text's parse comes in batches of whole sentences: every rule reads one sentence
        found: list[SpanFlag] = []
        for doc in batches:
            batch_found = _rule_and_learned_flags(doc, resources, ctx)
            rule_techniques += [flag.technique for flag in batch_found if not flag.learned]
            found += join_adjacent(doc, batch_found) if ctx.config.get("join_phrases", True) else batch_found
        flags = tuple(_flag(number, span, analysis.text, resources) for number, span in enumerate(found, 1))
    probability = None
    if ctx.config.get("classifier", True):
        weights = ctx.config.get("weights")
        classifier: ConspiracyClassifier = ctx.resources.get(
            f"rhetoric.classifier.{weights}", lambda: load_classifier(Path(weights) if weights else None)
        )
        score = classifier.document_probability(analysis.text, lang, rule_techniques)
        probability = None if score is None else round(score, 4)
    techniques = dict(sorted(Counter(flag.technique for flag in flags).items()))
    rhetoric = Rhetoric(conspiracy_probability=probability, techniques=techniques)
    return dataclasses.replace(analysis, flags=flags, rhetoric=rhetoric)


def _rule_and_learned_flags(doc: Doc, resources: LanguageResources, ctx: StageContext) -> list[SpanFlag]:
    """The flags of one batch of the parse (the whole Doc of a short text), in text order: the rules',
    then the learned tagger's where no rule fired (when the config turns it on)."""
    lang = resources.lang
    index = ctx.resources.get(f"rhetoric.index.{lang}", lambda: PatternIndex.build(resources))
    entries = resources.tropes + resources.labels
    tropes = ctx.resources.get(
        f"rhetoric.tropes.{lang}.{id(doc.vocab)}", lambda: TropeMatcher.build(doc.vocab, entries)
    )
    found = detect(doc, resources, index, tropes)
    shouted = _shouted_flags(doc, resources, index, ctx)
    if shouted:
        found = without_overlaps(found + shouted)
    if ctx.config.get("tagger", True):
        path = ctx.config.get("tagger_weights")
        tagger: SpanTagger | None = ctx.resources.get(
            f"rhetoric.tagger.{path}", lambda: load_tagger(Path(path) if path else None)
        )
        if tagger is not None:
            hits = [RuleHit(flag.start, flag.end, flag.technique) for flag in found]
            setting = ctx.config.get("tagger_threshold")
            threshold = None if setting is None else float(setting)
            tagged = tagger.find(doc, hits, resources.context, threshold, lang)
            found = sorted(
                found + learned_flags(doc, found, tagged, resources),
                key=lambda flag: (flag.start, flag.end),
            )
    return found


def _shouted_flags(doc: Doc, resources: LanguageResources, index: PatternIndex, ctx: StageContext) -> list[SpanFlag]:
    """The rules' flags of the sentences written in capitals, read from a parse of their lower-cased
    text (`cronica.rhetoric.shouting`), at the offsets of the original text. The lower-case parser is
    a second copy of the language's pipeline, loaded the first time a shouted sentence is seen."""
    lang = resources.lang

    def parse(text: str) -> Doc:
        from cronica.nlp import NlpModels

        nlp = ctx.resources.get(f"rhetoric.lowercase_nlp.{lang}", lambda: NlpModels(ctx.options).get(lang))
        return nlp(text)

    flags: list[SpanFlag] = []
    entries = resources.tropes + resources.labels
    for offset, lowered in lowered_sentences(doc, parse):
        vocab = lowered.vocab
        tropes: TropeMatcher = ctx.resources.get(
            f"rhetoric.tropes.{lang}.{id(vocab)}",
            functools.partial(TropeMatcher.build, vocab, entries),
        )
        for flag in detect(lowered, resources, index, tropes):
            flags.append(dataclasses.replace(flag, start=flag.start + offset, end=flag.end + offset))
    return flags


def _flag(number: int, span: SpanFlag, text: str, resources: LanguageResources) -> Flag:
    covered = text[span.start : span.end]
    return Flag(
        id=f"f{number}",
        start=span.start,
        end=span.end,
        text=covered,
        technique=span.technique,
        explanation=explain(span, covered, resources),
        confidence=span.confidence,
        voice="attributed" if span.voice == "attributed" else "author",
        speaker=span.speaker,
    )


def explain(span: SpanFlag, covered: str, resources: LanguageResources) -> str:
    """The technique named neutrally in the document's language, prefixed by whose words they are."""
    quoted = covered if len(covered) <= MAX_QUOTED_IN_EXPLANATION else covered[: MAX_QUOTED_IN_EXPLANATION - 1] + "…"
    template = span.trope.explanation if span.trope is not None else resources.explanations[span.technique]
    body = template.format(text=quoted)
    if span.learned:
        body = resources.explanations.get("learned", "") + body
    if span.voice != "attributed":
        return body
    if span.speaker:
        return resources.explanations["attributed"].format(speaker=span.speaker) + body
    return resources.explanations["attributed_unknown"] + body


def rule_machinery(lang: str, vocab) -> tuple[LanguageResources, PatternIndex, TropeMatcher] | None:
    """The rules of a language, built once (the tagger's training runs them as the stage does)."""
    resources = load_language(lang)
    if resources is None:
        return None
    return resources, PatternIndex.build(resources), TropeMatcher.build(vocab, resources.tropes + resources.labels)
