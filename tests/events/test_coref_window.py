"""Coreference salience reads a window, not the whole document (#17): the same numbers as the
old whole-list sum, in the same order (so the same floats), for any mentions in text order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cronica.events.coref import DECAY, SAME_SENTENCE_WEIGHT, TOPIC_WEIGHT, WINDOW, Referent


def _old_salience(mentions: dict[int, tuple[int, float]], sentence_index: int, offset: int) -> float:
    score = 0.0
    for start, (sentence, weight) in mentions.items():
        if start >= offset or sentence_index - sentence > WINDOW:
            continue
        if sentence == sentence_index:
            score += weight * SAME_SENTENCE_WEIGHT if weight >= TOPIC_WEIGHT else weight
        else:
            score += weight * DECAY ** (sentence_index - sentence)
    return score


#: (offset step, sentence step, weight, recorded later as a resolved mention?)
STEPS = st.lists(
    st.tuples(st.integers(1, 40), st.integers(0, 3), st.sampled_from([0.5, 1.5]), st.booleans()), max_size=60
)


@given(STEPS, st.integers(0, 2500), st.integers(0, 80))
def test_windowed_salience_equals_the_whole_sum(steps, offset, sentence_index):
    referent, plain = Referent(set()), {}
    offset_at, sentence_at, later = 0, 0, []
    for step, sentence_step, weight, resolved in steps:
        offset_at, sentence_at = offset_at + step, sentence_at + sentence_step
        if resolved:
            later.append((offset_at, sentence_at))
        else:
            referent.mentions.set(offset_at, sentence_at, weight)
            plain[offset_at] = (sentence_at, weight)
    for start, sentence in later:  # pronouns resolved after the names were read, as the extractor does
        referent.mentions.set(start, sentence, TOPIC_WEIGHT, keep=True)
        plain.setdefault(start, (sentence, TOPIC_WEIGHT))
    assert referent.salience(sentence_index, offset) == _old_salience(plain, sentence_index, offset)
    since = any(start < offset and sentence >= sentence_index for start, (sentence, _) in plain.items())
    assert referent.mentioned_since(sentence_index, offset) == since
