"""Words YAML 1.1 reads as something else: `on: place` was `True: place`, so "executed on Red
Square" had no place (issue #18). These tests run the whole pipeline, as a user does."""

from __future__ import annotations

import pytest

from cronica.events.lexicon import available_languages, load_lexicon
from cronica.pipeline import Pipeline

from .conftest import only, role


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nikolai Bukharin was executed on Red Square in 1938.", "Red Square"),
        ("The rebels were executed on the Champ de Mars in 1791.", "the Champ de Mars"),
    ],
)
def test_a_place_after_on_is_the_events_place_end_to_end(pipeline_en: Pipeline, text: str, place: str) -> None:
    analysis = pipeline_en.analyze_text(text)
    event = only(analysis, "EXECUTION")
    assert role(event, "place") == [place]


def test_every_preposition_of_every_lexicon_is_a_word() -> None:
    """A preposition read as a boolean (on, no, y…) can never match a token."""
    for lang in available_languages():
        lexicon = load_lexicon(lang)
        entries = [*(e for entries in lexicon.verbs.values() for e in entries), *lexicon.nouns.values()]
        entries += [entry for pairs in lexicon.multiword.values() for _, entry in pairs]
        for entry in entries:
            assert all(isinstance(prep, str) for prep in entry.preps), (lang, entry)
