"""A succession is checked on the office the text names, never on another office of the same body (#13).

Found by the fourth KB wave: with Molotov's Foreign Affairs statement naming Litvinov as his predecessor, the
true "In December 1930 Molotov succeeded Rykov as Chairman of the Council of People's Commissars" came out
contradicted ("succeeded Litvinov"): the text's office matched every office linked to the Council, and the
only predecessor among them belonged to another office. Expected verdicts written before the fix ran.
"""

from __future__ import annotations

from dataclasses import replace

from builder import analysis_with_event
from fake_kb import POLITBURO, POLITBURO_MEMBER, STALIN, TROTSKY, ZINOVIEV, FakeKnowledgeBase, FakeStatement, FakeTime

from cronica.verify.reference import ReferenceView
from cronica.verify.verifier import Verifier

OTHER_OFFICE = "Q999001"  # illustrative: another office of the Politburo


class TwoOffices(FakeKnowledgeBase):
    """Trotsky held the Politburo seat (no predecessor recorded) and another office of that body whose
    predecessor was Stalin."""

    def statements(self, qid, pid=None):
        if (qid, pid) == (TROTSKY, "P39"):
            seat = FakeStatement(POLITBURO_MEMBER, {"P580": (FakeTime(1919, 3, 25),)})
            other = FakeStatement(OTHER_OFFICE, {"P580": (FakeTime(1920, 1, 1),), "P1365": (STALIN,)})
            return [replace(s, subject=qid, property=pid) for s in (seat, other)]
        if (qid, pid) == (OTHER_OFFICE, "P361"):
            return [replace(FakeStatement(POLITBURO), subject=qid, property=pid)]
        return super().statements(qid, pid)


def _succession(text, lang, trigger, office_words, office):
    return analysis_with_event(
        text, lang, "SUCCESSION", trigger,
        {"successor": ("Trotsky", TROTSKY), "predecessor": ("Zinoviev", ZINOVIEV), "position": (office_words, office)},
    )  # fmt: skip


def test_a_predecessor_of_another_office_of_the_body_is_no_proof_es_en():
    verifier = Verifier(ReferenceView(TwoOffices()))
    for text, lang, trigger, words in (
        ("Trotsky succeeded Zinoviev in the Politburo.", "en", "succeeded", "the Politburo"),
        ("Trotsky sucedió a Zinoviev en el Politburó.", "es", "sucedió", "Politburó"),
    ):
        claims = verifier.claims_of(_succession(text, lang, trigger, words, POLITBURO))
        assert claims and all(c.verdict != "contradicted" for c in claims), [c.explanation for c in claims]


def test_a_predecessor_of_the_named_office_still_refutes_es_en():
    verifier = Verifier(ReferenceView(TwoOffices()))
    for text, lang, trigger, words in (
        ("Trotsky succeeded Zinoviev in that office.", "en", "succeeded", "that office"),
        ("Trotsky sucedió a Zinoviev en ese cargo.", "es", "sucedió", "ese cargo"),
    ):
        claims = verifier.claims_of(_succession(text, lang, trigger, words, OTHER_OFFICE))
        # the successor's claim (issue-13s: the predecessor's end is a claim of its own)
        assert claims[0].verdict == "contradicted", [c.explanation for c in claims]
