"""One phrase, one flag: join flags that only punctuation, a conjunction or an article separate.

The rules flag words ("bloodthirsty", "maniac"; "savage", "evil", "sadistic") and the learned
tagger flags runs of tokens; a reader marks the phrase ("a bloodthirsty maniac", "savage, evil and
sadistic"). Two flags side by side in one sentence, in the same voice, each headed by a word or a
noun phrase (not a clause), with nothing between them but punctuation, coordinating conjunctions,
determiners or spaces, are one judgement and are shown as one flag. Two quotations stay two flags
(«gusanos» y «traidores» are each a label the speaker used). The test is the parse's part of speech,
not a word list, so it holds in every language. The span scorer is one-to-one: the seventh round's
English "false alarms" were mostly such fragments of one gold phrase; docs/rhetoric.md, "Eighth round
of #16".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from cronica.rhetoric.detector import LEARNED_MAX_CONFIDENCE, SpanFlag
from cronica.rhetoric.shouting import is_shouted

#: what may stand between two flags of one phrase (Universal Dependencies parts of speech)
JOINING_POS = frozenset({"PUNCT", "CCONJ", "DET", "SPACE"})
#: the head a joined flag may have: a word or a noun phrase, not a clause ("un vendepatrias y los
#: francmasones dominan el país" are two judgements, the second a clause of its own)
PHRASE_HEAD_POS = frozenset({"NOUN", "PROPN", "ADJ", "PRON", "NUM", "X"})


def join_adjacent(doc: Doc, flags: Sequence[SpanFlag]) -> list[SpanFlag]:
    """The flags in text order, each run of adjacent flags of one sentence and one voice joined.

    The joined flag keeps the lead flag's technique, trope and speaker: a rule's over the learned
    tagger's (a rule says why), then the one holding the phrase's syntactic head ("maniac" names
    the person in "a bloodthirsty maniac"), then the wider span; its confidence is the highest. A flag with a
    learned part says so in its explanation and is capped like a learned flag."""
    ordered = sorted(flags, key=lambda flag: (flag.start, flag.end))
    joined: list[SpanFlag] = []
    for flag in ordered:
        if joined and _adjacent(doc, joined[-1], flag):
            joined[-1] = _join(doc, joined[-1], flag)
        else:
            joined.append(flag)
    return joined


def _adjacent(doc: Doc, left: SpanFlag, right: SpanFlag) -> bool:
    if left.voice != right.voice or left.speaker != right.speaker:
        return False
    if right.start < left.end:
        return True
    first = doc.char_span(left.start, left.end, alignment_mode="expand")
    second = doc.char_span(right.start, right.end, alignment_mode="expand")
    if first is None or second is None or first.sent.start != second.sent.start:
        return False
    if is_shouted(first.sent):
        return False  # a sentence in capitals is parsed badly ("SOLD" a proper noun): its word classes can't join
    if first.root.pos_ not in PHRASE_HEAD_POS or second.root.pos_ not in PHRASE_HEAD_POS:
        return False
    between = doc[first.end : second.start]
    if any(token.is_quote for token in between):
        return False  # «gusanos» y «traidores»: two quotations, each its own label
    return all(token.pos_ in JOINING_POS or token.is_punct or token.is_space for token in between)


def _join(doc: Doc, left: SpanFlag, right: SpanFlag) -> SpanFlag:
    learned = left.learned or right.learned  # a learned part keeps the "check it" of its explanation
    whole = doc.char_span(min(left.start, right.start), max(left.end, right.end), alignment_mode="expand")
    root = whole.root.idx if whole is not None else -1

    def holds_root(flag: SpanFlag) -> bool:
        return flag.start <= root < flag.end

    lead = min(
        (left, right), key=lambda flag: (flag.learned, not holds_root(flag), -(flag.end - flag.start), flag.start)
    )
    return replace(
        lead,
        start=min(left.start, right.start),
        end=max(left.end, right.end),
        confidence=max(left.confidence, right.confidence)
        if not learned
        else min(max(left.confidence, right.confidence), LEARNED_MAX_CONFIDENCE),
        learned=learned,
    )
