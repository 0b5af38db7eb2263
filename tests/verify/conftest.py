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
