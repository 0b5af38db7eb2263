"""One phrase, one flag (eighth round of #16, `cronica.rhetoric.phrases`): adjacent flags of one noun
phrase are shown as one; clauses, quotations and different speakers stay apart. The flags are placed by
hand on a real parse, so the test reads the joining rule, not the rules that would raise the flags."""

from __future__ import annotations

import pytest

from cronica.nlp import NlpModels
from cronica.options import Options
from cronica.rhetoric.detector import SpanFlag
from cronica.rhetoric.phrases import join_adjacent

NC, LL, CN = "Name_Calling-Labeling", "Loaded_Language", "Conspiracy_Narrative"


@pytest.fixture(scope="module")
def models() -> NlpModels:
    return NlpModels(Options())


def flag(text: str, words: str, technique: str, voice: str = "author", speaker: str | None = None, **extra):
    start = text.index(words)
    return SpanFlag(start, start + len(words), technique, 0.8, voice, speaker, **extra)  # type: ignore[arg-type]


def joined(models: NlpModels, lang: str, text: str, flags: list[SpanFlag]) -> list[tuple[str, str]]:
    doc = models.parse(text, lang)
    return [(text[f.start : f.end], f.technique) for f in join_adjacent(doc, flags)]


@pytest.mark.parametrize(
    ("lang", "text", "parts", "expected"),
    [
        # an epithet and the noun it qualifies: the noun, the phrase's head, names the technique
        (
            "en",
            "Your shirt celebrates a bloodthirsty maniac.",
            [("bloodthirsty", LL), ("maniac", NC)],
            [("bloodthirsty maniac", NC)],
        ),
        (
            "en",
            "Lenin was every bit as savage, evil and sadistic as Stalin.",
            [("savage", LL), ("evil", LL), ("sadistic", LL)],
            [("savage, evil and sadistic", LL)],
        ),
        (
            "es",
            "Fue un tirano cruel y sanguinario.",
            [("tirano", NC), ("cruel", LL), ("sanguinario", LL)],
            [("tirano cruel y sanguinario", NC)],
        ),
        # a second judgement that is a clause of its own stays apart
        (
            "es",
            "Ese ministro es un vendepatrias y los francmasones dominan el país.",
            [("vendepatrias", NC), ("francmasones dominan el país", CN)],
            [("vendepatrias", NC), ("francmasones dominan el país", CN)],
        ),
        # words between the two that are not punctuation, conjunctions or articles
        (
            "en",
            "Horrible and monstrous is the guilt of these criminals.",
            [("Horrible and monstrous", LL), ("these criminals", NC)],
            [("Horrible and monstrous", LL), ("these criminals", NC)],
        ),
    ],
)
def test_adjacent_flags_of_one_phrase_are_one(models, lang, text, parts, expected):
    assert joined(models, lang, text, [flag(text, words, technique) for words, technique in parts]) == expected


def test_two_quotations_stay_two_labels(models):
    text = "La prensa del régimen llamaba a los disidentes «gusanos» y «traidores»."
    speaker = "La prensa del régimen"
    flags = [flag(text, word, NC, "attributed", speaker) for word in ("gusanos", "traidores")]
    assert joined(models, "es", text, flags) == [("gusanos", NC), ("traidores", NC)]


def test_the_author_and_a_speaker_are_not_joined(models):
    text = "He called them vermin, those cowardly traitors."
    flags = [flag(text, "vermin", NC, "attributed", "He"), flag(text, "those cowardly traitors", NC)]
    assert len(join_adjacent(models.parse(text, "en"), flags)) == 2


def test_a_learned_part_keeps_the_check_it_and_the_learned_cap(models):
    text = "Your shirt celebrates a bloodthirsty maniac."
    flags = [flag(text, "bloodthirsty", LL), flag(text, "maniac", NC, learned=True)]
    flags[0] = SpanFlag(flags[0].start, flags[0].end, LL, 0.9, "author", None)
    (one,) = join_adjacent(models.parse(text, "en"), flags)
    assert one.learned and one.confidence == 0.75 and one.technique == LL  # a rule's technique over the tagger's
