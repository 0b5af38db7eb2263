"""Fixtures of the verify tests: a fake KB and a helper that builds analyses by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))  # contract_checks

from fake_kb import FakeKnowledgeBase

from cronica.verify.reference import ReferenceView
from cronica.verify.verifier import Verifier


@pytest.fixture(scope="session")
def verifier() -> Verifier:
    return Verifier(ReferenceView(FakeKnowledgeBase()))


@pytest.fixture
def assert_contradiction(pipeline_es, pipeline_en):
    """Checks a sentence's event claims: `contradicted` among them, or (`not_contradicted`) none contradicted."""

    def check(lang: str, text: str, verdict: str) -> None:
        pipeline = pipeline_es if lang == "es" else pipeline_en
        claims = pipeline.analyze_text(text, lang=lang).claims
        verdicts = [c.verdict for c in claims if c.event is not None]
        assert verdicts, text
        assert ("contradicted" in verdicts) == (verdict == "contradicted"), [c.explanation for c in claims]

    return check
