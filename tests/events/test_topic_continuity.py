"""Topic continuity (#13, issue-13c; blind set tests/data/verify/blind_topic_continuity.yaml): a subject
pronoun or a dropped subject whose sentence before has one person as its main subject, and others only
as objects, continues that subject: it is the only reading, and the participant names the sentence
(`antecedent`). Traps keep every reading: an act on another person, a subject that competes after the
main one, a new paragraph, quoted speech, a plural subject."""

from __future__ import annotations

import pytest

from .conftest import resolved


def _death(analysis):
    """The last sentence's death or execution ("was shot" is a death in English, "fue fusilado" an execution)."""
    last = analysis.sentences[-1].id
    (event,) = [e for e in analysis.events if e.type in ("DEATH", "EXECUTION") and e.sentence == last]
    return event


def _patient(analysis):
    event = _death(analysis)
    return next(p for p in event.participants if p.role == "patient")


@pytest.mark.parametrize(
    ("analyzer", "text", "dates", "name"),
    [
        ("analyze_es", "Nikolái Bujarin nació en Moscú en 1888. En 1925 apoyó a Stalin contra Trotski. "
         "Fue fusilado en 1938.", {"1888": "1888", "1925": "1925", "1938": "1938"}, "Nikolái Bujarin"),
        ("analyze_en", "Nikolai Bukharin was born in Moscow in 1888. In 1925 he backed Stalin against Trotsky. "
         "He was shot in 1938.", {"1888": "1888", "1925": "1925", "1938": "1938"}, "Nikolai Bukharin"),
    ],
)  # fmt: skip
def test_the_subject_of_the_sentence_before_continues(request, analyzer, text, dates, name):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    patient = _patient(analysis)
    assert resolved(analysis, _death(analysis), "patient") == [name]
    assert patient.alternatives == ()
    assert patient.antecedent == analysis.sentences[1].id


@pytest.mark.parametrize(
    ("analyzer", "text", "dates"),
    [
        # an act on another person: the one acted on may be whom the next sentence speaks of
        ("analyze_es", "Ramón Mercader llegó a México en 1939. En 1940 atacó a León Trotski con un piolet. "
         "Murió al día siguiente.", {"1939": "1939", "1940": "1940"}),
        ("analyze_en", "Ramon Mercader arrived in Mexico in 1939. In 1940 he attacked Leon Trotsky with an ice axe. "
         "He died the next day.", {"1939": "1939", "1940": "1940"}),
        # a new paragraph
        ("analyze_es", "Nikolái Bujarin dirigió Pravda. En 1925 apoyó a Stalin contra Trotski.\n\n"
         "Murió en 1938.", {"1925": "1925", "1938": "1938"}),
        ("analyze_en", "Nikolai Bukharin edited Pravda. In 1925 he backed Stalin against Trotsky.\n\n"
         "He died in 1938.", {"1925": "1925", "1938": "1938"}),
        # a text's first sentence sets no topic yet: the object may be whom the next one means
        ("analyze_en", "Lenin praised Leon Trotsky in 1917. He died in 1940.", {"1917": "1917", "1940": "1940"}),
        ("analyze_es", "León Trotski recibió a Yákov Blumkin en Prínkipo. Murió en 1929.", {"1929": "1929"}),
        # a subject that competes after the main one
        ("analyze_en", "Lev Kamenev was arrested after Leonid Nikolaev killed Sergei Kirov. He died in 1936.",
         {"1936": "1936"}),
    ],
)  # fmt: skip
def test_traps_keep_every_reading(request, analyzer, text, dates):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    patient = _patient(analysis)
    assert patient.antecedent is None
    assert patient.alternatives != ()


def test_a_subject_that_was_not_the_topic_before_does_not_continue(analyze_es):
    text = "Lev Kámenev vivía en Moscú. En 1934 Stalin se enfrentó a Serguéi Kírov. Murió en 1936."
    analysis = analyze_es(text, {"1934": "1934", "1936": "1936"})
    patient = _patient(analysis)
    assert patient.antecedent is None
