"""The rhetoric tests' pipelines read the rules alone (`[stages.rhetoric] tagger = false`).

The learned span tagger is on by default since the eighth round of #16 (off for a while: its vectors on
long texts, lifted by 16v); these tests were written for the rules' classes (what a rule flags and what
it leaves quiet), so they keep reading the rules. The tagger is tested with its own settings
(test_tagger.py, test_eval.py, test_tagger_batches.py) and measured on the blind sets
(docs/benchmarks.md): with it on, some neutral sentences of these class tests do get a learned flag
(e.g. "Behind the scenes of the Congress of Berlin, Bismarck bargained with Disraeli.").
"""

from __future__ import annotations

import pytest

from cronica.options import Options
from cronica.pipeline import Pipeline

RULES_ONLY = {"rhetoric": {"tagger": False}}


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Options(stages=RULES_ONLY))


@pytest.fixture(scope="session")
def pipeline_es() -> Pipeline:
    return Pipeline(Options(lang="es", stages=RULES_ONLY))


@pytest.fixture(scope="session")
def pipeline_en() -> Pipeline:
    return Pipeline(Options(lang="en", stages=RULES_ONLY))


@pytest.fixture(scope="session")
def parse():
    """A parser per language, for the tests that read one rule's function over a parse (holders, guards)."""
    from cronica.nlp import NlpModels

    models = {lang: NlpModels(Options(lang=lang)).get(lang) for lang in ("es", "en")}
    return lambda lang, text: models[lang](text)


@pytest.fixture(scope="session")
def span_of():
    """The span of the first occurrence of `words` in a parsed text."""

    def find(doc, words: str):
        start = doc.text.index(words)
        span = doc.char_span(start, start + len(words), alignment_mode="expand")
        assert span is not None
        return span

    return find
