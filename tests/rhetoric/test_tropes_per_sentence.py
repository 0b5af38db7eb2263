"""The rhetoric stage on long documents (issue 17): same results as the whole-document passes it replaced.

Trope patterns run sentence by sentence find exactly what they find run over the whole document
(the oracle is the whole-document matching `TropeMatcher.find` did before, kept here); a speaker's
entity read from the IOB tags is the one `Doc.ents` holds; overlapping flags resolved by binary
search are those the pairwise loop kept.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import HEAD
from spacy.tokens import Doc
from spacy.vocab import Vocab

from cronica.folding import fold
from cronica.rhetoric.context import entity_of
from cronica.rhetoric.detector import PatternIndex, SpanFlag, _merge_same_technique, _without_overlaps, detect
from cronica.rhetoric.resources import load_language
from cronica.rhetoric.tropes import TAGS_ATTR, TropeMatch, TropeMatcher, _accepted, independent_blocks

ROOT = Path(__file__).resolve().parents[2]
#: the rhetoric gold and blind sets with rhetoric, concatenated per language: hundreds of sentences,
#: many with tropes (benchmarks/long_text_tropes.py compares every set, neutral ones too)
SETS = sorted((ROOT / "tests" / "data" / "rhetoric").glob("*.jsonl"))
SETS = [path for path in SETS if "neutral" not in path.name and "history" not in path.name]


def whole_document_matches(tropes: TropeMatcher, doc: Doc) -> list[TropeMatch]:
    """The old `find`: tag every token, then every pattern whose words the document holds over all of it."""
    present: set[str] = set()
    for token in doc:
        tags = tropes.word_sets.tags(fold(token.lemma_ or token.text), fold(token.text))
        token._.set(TAGS_ATTR, tags)
        present.update(tags)
    found = []
    for matcher, required, trope, pattern in tropes.matchers:
        if required <= present:
            for _, token_ids in matcher(doc):
                tokens = tuple(doc[i] for i in token_ids)
                extra = _accepted(pattern, tokens)
                if extra is not None:
                    found.append(TropeMatch(trope, tokens + extra, pattern))
    return found


def described(matches: list[TropeMatch]) -> list[tuple[str, int, tuple[int, ...]]]:
    return [(m.trope.id, m.trope.patterns.index(m.pattern), tuple(t.i for t in m.tokens)) for m in matches]


def concatenated(lang: str) -> str:
    texts = []
    for path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("lang") == lang:
                texts.append(record["text"].strip())
    return "\n\n".join(texts)


@pytest.fixture(scope="module", params=["es", "en"])
def parsed(request, pipeline):
    lang = request.param
    doc = pipeline.models.parse(concatenated(lang), lang)
    resources = load_language(lang)
    tropes = TropeMatcher.build(doc.vocab, resources.tropes + resources.labels)
    return doc, resources, tropes, whole_document_matches(tropes, doc)


def test_per_sentence_matches_equal_whole_document_matches(parsed):
    doc, _, tropes, whole = parsed
    new = described(tropes.find(doc))
    assert len(list(doc.sents)) > 200
    assert len(new) > 30  # the sets are full of tropes: the comparison is not vacuous
    assert new == described(whole)


def test_flags_of_the_long_document_equal_those_of_whole_document_matching(parsed, monkeypatch):
    doc, resources, tropes, whole = parsed
    index = PatternIndex.build(resources)
    per_sentence = detect(doc, resources, index, tropes)
    monkeypatch.setattr(TropeMatcher, "find", lambda self, doc: whole)
    assert detect(doc, resources, index, tropes) == per_sentence


def test_blocks_cover_the_document_and_no_arc_crosses_them(parsed):
    doc = parsed[0]
    blocks = independent_blocks(doc, doc.to_array(HEAD).view("int64"))
    assert blocks[0][0] == 0 and blocks[-1][1] == len(doc)
    assert all(end == next_start for (_, end), (next_start, _) in itertools.pairwise(blocks))
    starts = {sentence.start for sentence in doc.sents}
    for start, end in blocks:
        assert start in starts
        assert all(start <= token.head.i < end for token in doc[start:end])
    assert len(blocks) > 0.9 * len(starts)  # almost every block is one sentence


def test_the_entity_of_a_token_is_the_one_doc_ents_holds(parsed):
    doc = parsed[0]
    around = {token.i: entity for entity in doc.ents for token in entity}
    assert len(around) > 500
    found = {token.i: entity_of(token) for token in doc}
    assert {i: (e.start, e.end) for i, e in found.items() if e} == {i: (e.start, e.end) for i, e in around.items()}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 60), st.integers(0, 12), st.sampled_from(["A", "B", "C"]), st.sampled_from([0.6, 0.8])
        ),
        max_size=40,
    )
)
def test_overlaps_are_resolved_as_by_comparing_every_pair(raw):
    flags = [
        SpanFlag(start, start + size, technique, confidence, "author", None)
        for start, size, technique, confidence in raw
    ]
    kept: list[SpanFlag] = []  # the old way: each flag against every flag kept so far
    for flag in sorted(_merge_same_technique(flags), key=lambda f: (-f.confidence, -(f.end - f.start), f.start)):
        if all(flag.end <= other.start or other.end <= flag.start for other in kept):
            kept.append(flag)
    assert _without_overlaps(flags) == sorted(kept, key=lambda f: (f.start, f.end))


def test_an_arc_across_a_sentence_start_joins_the_two_sentences():
    words = ["The", "bankers", "paid", ".", "They", "won", "."]
    doc = Doc(Vocab(), words=words, sent_starts=[True, False, False, False, True, False, False])
    tree = np.array([2, 2, 2, 2, 5, 5, 5]) - np.arange(len(words))  # two trees, one per sentence
    assert independent_blocks(doc, tree) == [(0, 4), (4, 7)]
    crossed = np.array([2, 2, 2, 2, 1, 5, 5]) - np.arange(len(words))  # "They" hangs on "bankers"
    assert independent_blocks(doc, crossed) == [(0, 7)]
