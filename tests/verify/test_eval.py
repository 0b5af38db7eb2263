"""The gold file's format and the scoring of `cronica eval verify`."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from cronica.errors import CronicaError
from cronica.evaluation.verify import GoldClaim, GoldItem, VerifyScore, evidence_holds, load_gold, score_item
from cronica.events.ontology import load_ontology
from cronica.model import Claim, Evidence

GOLD = Path(__file__).resolve().parents[1] / "data" / "verify" / "gold.yaml"


def test_the_gold_set_is_large_enough_bilingual_and_well_formed():
    items = load_gold(GOLD)
    claims = [(item.lang, claim) for item in items for claim in item.claims]
    assert len(claims) >= 60
    assert Counter(lang for lang, _ in claims).keys() == {"es", "en"}
    verdicts = Counter(claim.verdict for _, claim in claims)
    assert all(verdicts[v] >= 5 for v in ("supported", "contradicted", "not_enough_info", "not_checkable"))
    types = load_ontology().types
    for _, claim in claims:
        assert (claim.verdict == "contradicted") == bool(claim.correct)
        if claim.event:
            assert claim.event.type in types
            assert claim.event.trigger in claim.span
    assert len({item.id for item in items}) == len(items)


def test_a_broken_gold_file_is_one_clear_error(tmp_path):
    bad = tmp_path / "gold.yaml"
    bad.write_text("items:\n  - {id: x, lang: es, text: 'Hola.', claims: [{span: 'Adiós', verdict: supported}]}\n")
    with pytest.raises(CronicaError, match="item x: span 'Adiós' is not in the text"):
        load_gold(bad)
    bad.write_text("items: [{id: 'y', lang: en, text: 'Hi.', claims: [{span: 'Hi', verdict: maybe}]}]\n")
    with pytest.raises(CronicaError, match="unknown verdict"):
        load_gold(bad)
    event = "{type: DEATH, trigger: died, participants: {patient: [He, Q1]}, time: ['1941']}"
    bad.write_text(f"items: [{{id: z, lang: en, text: 'He died in 1941.', claims: [{{span: 'He died in 1941', "
                   f"verdict: supported, event: {event}}}]}}]\n")  # fmt: skip
    with pytest.raises(CronicaError, match=r"item z: time must be a pair \[words, value\]"):
        load_gold(bad)


def claim(start, end, verdict, evidence=()):
    return Claim("c1", None, start, end, "", verdict, evidence)


def test_scoring_matches_by_overlap_and_counts_misses_and_extras():
    text = "Trotsky died in 1941. Stalin was great."
    item = GoldItem(
        "x", "en", text,
        (GoldClaim("Trotsky died in 1941", 0, 20, "contradicted", "1940"), GoldClaim("Stalin was great", 22, 38,
                                                                                   "not_checkable")),
    )  # fmt: skip
    score = VerifyScore()
    found = Evidence("embedded", "Q33391", "P570", "1940-08-21")
    score_item(score, item, [claim(8, 20, "contradicted", (found,)), claim(0, 3, "supported")], lambda c, v: True)
    assert score.counts["contradicted"].tp == 1
    assert score.counts["not_checkable"].fn == 1  # no system claim for the opinion
    assert score.counts["supported"].fp == 1  # a claim the gold does not have
    assert (score.corrections_right, score.corrections_total) == (1, 1)
    assert score.by_language["en"].counts["contradicted"].tp == 1 and set(score.by_language) == {"en"}


def test_right_value_in_evidence_by_date_prefix_or_label():
    dated = claim(0, 1, "contradicted", (Evidence("embedded", "Q1", "P102", "Q79854", {"P582": ["1927-11-12"]}),))
    assert evidence_holds(dated, "1927-11", lambda qid: None)
    assert not evidence_holds(dated, "1926", lambda qid: None)
    named = claim(0, 1, "contradicted", (Evidence("embedded", "Q1", "P20", "Q661315"),))
    assert evidence_holds(named, "Coyoacán", {"Q661315": "Coyoacán"}.get)


def test_eval_command_scores_a_gold_file_and_reports_bad_ones_in_one_line(tmp_path, capsys, monkeypatch):
    from contract_checks import run_cli

    gold = tmp_path / "gold.yaml"
    gold.write_text(
        "items:\n"
        "  - id: x\n"
        "    lang: en\n"
        "    text: 'Trotsky was the most brilliant orator of the revolution.'\n"
        "    claims: [{span: 'Trotsky was the most brilliant orator', verdict: not_checkable}]\n",
        encoding="utf-8",
    )
    result = run_cli(["eval", "verify", str(gold), "--oracle"], capsys, monkeypatch)
    assert result.code == 0, result.err
    assert "not_checkable" in result.out and "oracle" in result.out
    gold.write_text("items: 3\n", encoding="utf-8")
    result = run_cli(["eval", "verify", str(gold)], capsys, monkeypatch)
    assert result.code == 2 and result.err.count("\n") == 1 and "items" in result.err


def test_a_gold_claim_can_name_the_second_copy_of_a_repeated_passage() -> None:
    """A page that repeats a passage word for word: `occurrence: 2` is the span's second copy."""
    from cronica.evaluation.truth import truth_claim

    text = "Murió en 1938. Tenía 32 años. Murió en 1938. Tenía 32 años."
    claim = {"span": "Tenía 32 años", "truth": "false", "correct": "31", "occurrence": 2}
    assert truth_claim(text, claim).start == text.rindex("Tenía 32 años")
    assert truth_claim(text, {**claim, "occurrence": 1}).start == text.index("Tenía 32 años")
    with pytest.raises(ValueError, match="3 times"):
        truth_claim(text, {**claim, "occurrence": 3})


def test_a_further_claim_over_a_matched_claims_event_is_counted_apart_unless_contradicted():
    """A succession's two sides share their event and words; a gold written one claim per event matches one.
    The other side's verdict is counted apart (not an extra claim), but a contradiction is always scored."""
    text = "Yagoda was replaced by Yezhov in 1936."
    item = GoldItem("x", "en", text, (GoldClaim("Yagoda was replaced by Yezhov in 1936", 0, 37, "supported"),))
    sides = [Claim(f"c{n}", "ev1", 0, 37, "", "supported") for n in (1, 2)]
    score = VerifyScore()
    score_item(score, item, sides, lambda c, v: True)
    assert score.counts["supported"].tp == 1 and score.counts["supported"].fp == 0
    assert score.other_sides == {"supported": 1}
    contradicted = [sides[0], Claim("c2", "ev1", 0, 37, "", "contradicted")]
    score = VerifyScore()
    score_item(score, item, contradicted, lambda c, v: True)
    assert score.counts["contradicted"].fp == 1  # matched or not, the contradiction is scored
    another_event = [sides[0], Claim("c2", "ev2", 0, 37, "", "supported")]
    score = VerifyScore()
    score_item(score, item, another_event, lambda c, v: True)
    assert score.counts["supported"].fp == 1
