"""Coreference salience reads a window, not the whole document (#17): the same numbers as the
old whole-list sum, in the same order (so the same floats), for any mentions in text order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cronica.events.coref import (
    ALTERNATIVE_SHARE,
    DECAY,
    SAME_SENTENCE_WEIGHT,
    TOPIC_WEIGHT,
    WINDOW,
    Referent,
    Referents,
)
from cronica.model import Entity


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


#: (surname index, offset step, sentence step, a subject?)
NAMED = st.lists(st.tuples(st.integers(0, 7), st.integers(1, 30), st.integers(0, 3), st.booleans()), max_size=50)


@given(NAMED, st.lists(st.tuples(st.integers(0, 7), st.integers(0, 1500)), max_size=10), st.integers(0, 1600))
def test_candidates_from_the_window_are_those_of_every_referent(named, resolved, offset):
    """A pronoun's candidates are read from the referents mentioned in the last WINDOW sentences, not
    from every person of the document (#17): the same referents, in the same order."""
    persons, at, sentence = [], 0, 0
    for number, (surname, step, sentence_step, subject) in enumerate(named, 1):
        at, sentence = at + step, sentence + sentence_step
        persons.append((sentence, Entity(f"e{number}", f"Person{surname}", at, at + 5, "PER"), subject))
    referents = Referents(persons)
    sentence_at = {entity.start: index for index, entity, _ in persons}
    for surname, where in resolved:  # pronouns resolved later, as the extractor records them
        referent = referents._match(f"Person{surname}")
        if referent is not None:
            number = max((s for start, s in sentence_at.items() if start <= where), default=0)
            referents.mention(referent, number, where)
    sentence_index = max((s for start, s in sentence_at.items() if start < offset), default=0)
    everyone = [
        (score, referent) for referent in referents.items if (score := referent.salience(sentence_index, offset)) > 0
    ]
    everyone.sort(key=lambda pair: -pair[0])
    expected = [
        referent
        for score, referent in everyone
        if score >= everyone[0][0] * ALTERNATIVE_SHARE or referent.mentioned_since(sentence_index - 1, offset)
    ]
    assert referents.candidates(sentence_index, offset, []) == expected
