"""The linker's two passes (issue 17): a document's summary from its distinct mentions, then each
mention decided against it, give the decisions of scoring every mention of the document at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from cronica.kb.linker import Decision, Linker, Mention, document_years
from cronica.kb.stage import Spans, _unlinked
from cronica.model import Entity

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def whole_document(linker: Linker, mentions: list[Mention], years: list[int]) -> list[Decision]:
    """The one-pass reading the two passes replace: every mention's candidates held at once, each
    step a list over the whole document (the code before issue 17's fifth part), kept as the oracle."""
    scored = [linker._score_alone(mention, years) for mention in mentions]
    bearers = linker._named_in_full(mentions, scored)
    anchors = linker._anchors(mentions, scored)
    unlinked = linker._unlinked_full_names(mentions, scored)
    scored = [
        linker._bare_surname(mention, options, bearers, unlinked, anchors)
        for mention, options in zip(mentions, scored, strict=True)
    ]
    anchors = linker._anchors(mentions, scored)
    scored = [options or linker._by_given_name(m, anchors) for m, options in zip(mentions, scored, strict=True)]
    scored = [linker._corefer(m, options, bearers) for m, options in zip(mentions, scored, strict=True)]
    return [linker._decide(options, anchors) for options in scored]


#: names said short, read against the document: shared surnames, given names in the family circle,
#: a surname borne by someone the KB does not hold, a surname NER tagged as a place
SHORT_NAMES = [
    Mention("Nadezhda Alliluyeva", "PER"),
    Mention("Alliluyeva", "PER"),
    Mention("Alexander Ulyanov", "PER"),
    Mention("Ulyanov", "PER"),
    Mention("Leon Trotsky", "PER"),
    Mention("Lev", "PER"),
    Mention("Zinaida", "MISC"),
    Mention("Pavel Alliluyev", "PER"),
    Mention("Alliluyev", "LOC"),
    Mention("Stalin", "PER"),
    Mention("Vasily Stalin", "PER"),
    Mention("Kryuchkov", "PER"),
    Mention("Alma-Ata", "LOC"),
    Mention("Roosevelt", "PER"),  # the same words with another label: another decision
    Mention("Roosevelt", "LOC"),
]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_two_passes_decide_as_the_whole_document(lang, request, kb):
    analysis = request.getfixturevalue(f"pipeline_{lang}").analyze_text(
        (EXAMPLES / f"trotsky_{lang}.txt").read_text(encoding="utf-8"), lang=lang
    )
    mentions = [Mention(e.text, e.label) for e in analysis.entities]
    years = document_years((t.value for t in analysis.timexes if t.type == "DATE"), analysis.document.dct)
    linker = Linker(kb)
    for document in (mentions, mentions[::-1], mentions + mentions, SHORT_NAMES, mentions[:40] + SHORT_NAMES):
        expected = whole_document(linker, document, years)
        assert linker.link_document(document, years) == expected
        assert any(decision.qid for decision in expected)


def test_a_mention_said_again_gets_the_same_decision(kb):
    links = Linker(kb).document(SHORT_NAMES + SHORT_NAMES[:3])
    first = links.decide(Mention("Alliluyeva", "PER"))
    assert links.decide(Mention("Alliluyeva", "PER")) is first
    assert first.qid is not None  # the one Alliluyeva the document names in full
    assert links.decide(Mention("Roosevelt", "PER")).qid and links.decide(Mention("Roosevelt", "LOC")).qid is None


def test_an_unlinked_ner_mention_is_not_copied():
    ner = Entity(id="e1", text="Coyoacán", start=0, end=8, label="LOC")
    assert _unlinked(ner) is ner
    linked = Entity(id="e2", text="Trotsky", start=10, end=17, label="PER", kb_id="Q33391", score=0.9)
    cleared = _unlinked(linked)
    assert cleared.kb_id is None and cleared.score is None and cleared.text == "Trotsky"


def test_spans_are_read_again_as_pairs():
    spans = Spans(iter([(0, 7), (12, 20), (2**40, 2**40 + 5)]))
    assert list(spans) == [(0, 7), (12, 20), (2**40, 2**40 + 5)] == list(spans)
    assert len(spans) == 3 and list(Spans(())) == []
