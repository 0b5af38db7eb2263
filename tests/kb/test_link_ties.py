"""A tie between two people of one exact name is a coin toss: the linker may still name one (the table shows
a link), but its score stays under the verifier's contradiction threshold, so no verdict rests on it (#13)."""

from __future__ import annotations

from cronica.kb.base import Candidate
from cronica.kb.linker import Linker, LinkerConfig, _Scored
from cronica.verify.policy import verify_policy


def _option(qid: str, base: float) -> _Scored:
    return _Scored(Candidate(qid, "Vasily Kuznetsov", "vasily kuznetsov"), base, "PER", frozenset())


def test_an_exact_tie_stays_under_the_contradiction_threshold(kb):
    linker = Linker(kb)
    decision = linker._decide([_option("Q1", 1.0), _option("Q2", 1.0)], set())
    assert decision.score < verify_policy().min_link_score_to_contradict
    assert decision.score >= LinkerConfig().threshold  # still a link to show, not a verdict's ground


def test_a_clear_winner_keeps_its_score(kb):
    linker = Linker(kb)
    decision = linker._decide([_option("Q1", 1.0), _option("Q2", 0.7)], set())
    assert decision.qid == "Q1" and decision.score == 1.0
