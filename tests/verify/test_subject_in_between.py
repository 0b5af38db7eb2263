"""A sentence in between with a subject of its own (#13, identity is certain): a dropped subject or a pronoun
continues the last subject, so an antecedent the context chose further back (here the page's title person) is
no proof when the sentence just before has an event whose subject is someone else, even one NER missed
("El zar Nicolás abdicó", tagged MISC). On main this was contradicted as Trotsky's death.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a sentence in between has a subject of its own that NER missed ("El zar Nicolás abdicó" tagged MISC):
        # the dropped subject may continue it, so the title person is no proof (a false contradiction on main)
        ("es", "León Trotski\nEl zar Nicolás abdicó. Fue fusilado en 1918."),
        ("en", "Leon Trotsky\nThe tsar Nicholas abdicated. He was shot in 1918."),
    ],
)
def test_a_subject_in_between_leaves_the_dropped_subject_uncertain(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    verdicts = [c.verdict for c in pipeline.analyze_text(text, lang=lang).claims]
    assert "contradicted" not in verdicts, verdicts
