"""A causative verb with a to-infinitive tells what happened: "Stalin got the party to expel him"
(#13, class "complement clause"). The infinitive is the causative's complement, not a purpose:
the expulsion is asserted. A purpose infinitive after any other verb stays a goal ("sent agents
to kill Trotsky"). Expected modalities written before the change.
"""

from __future__ import annotations

import pytest

CASES = [
    ("en", "In 1927 Stalin got the Central Committee to expel Trotsky.", "EXPULSION", "asserted"),
    ("en", "In 1929 Stalin forced Bukharin to resign from the Politburo.", "RESIGNATION", "asserted"),
    # (first written "got the Politburo to remove Zinoviev": a bare "remove X" is no trigger of the lexicon,
    # so it tested the lexicon, not the modality; replaced by an expulsion from a named body)
    ("en", "In 1927 Stalin got the party to expel Kamenev from the Central Committee.", "EXPULSION", "asserted"),
    ("en", "In 1940 Stalin sent agents to kill Trotsky.", "DEATH", "hypothetical"),
    ("en", "In 1934 Stalin set up a commission to arrest the plotters.", "ARREST", "hypothetical"),
    # an order is a causative too, but told as an order, never as done (cues directive_verbs)
    ("en", "In July 1917 the Provisional Government ordered the police to arrest Lenin.", "ARREST", "hypothetical"),
    ("es", "En 1927 Stalin hizo expulsar a Trotski del partido.", "EXPULSION", "asserted"),
    ("es", "En 1927 Stalin consiguió que el partido expulsara a Trotski.", "EXPULSION", "asserted"),
    ("es", "En 1940 Stalin envió agentes para matar a Trotski.", "DEATH", "hypothetical"),
]


@pytest.mark.parametrize(("lang", "text", "event_type", "modality"), CASES)
def test_a_causatives_infinitive_is_no_purpose(pipeline_es, pipeline_en, lang, text, event_type, modality):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    events = [e for e in pipeline.analyze_text(text, lang=lang).events if e.type == event_type]
    assert events, [e.type for e in pipeline.analyze_text(text, lang=lang).events]
    assert events[0].modality == modality
