"""Years inside the subject's phrase date the subject, not the verb (#13, class "years in the subject"):
"Zinoviev, president of the Comintern (1919-1926), was shot in 1936" is a death in 1936; "GRIGORI
ZINOVIEV\\n\\nEl presidente de la Internacional Comunista (1919-1926) …" is a term of office, not a life
of seven years. A date before the subject ("In 1800 royalists tried to kill him") is still the clause's.
The blind sets are tests/data/events/blind_13/c12_… and c13_… (gold written before any run on them).
"""

from __future__ import annotations

import pytest

CASES = [
    ("es", "Alekséi Rýkov, presidente del Sovnarkom (1924-1930), fue fusilado en 1938.", "1938"),
    ("es", "El fundador de la Cheka (1917), Félix Dzerzhinski, murió en 1926.", "1926"),
    ("en", "Alexei Rykov, head of the Soviet government (1924-1930), was shot in 1938.", "1938"),
    ("en", "In 1927 Trotsky was expelled from the party.", "1927"),
    # a date the parser hangs on the subject's name is still the clause's
    ("en", "Trotsky in 1927 was expelled from the party.", "1927"),
    ("es", "En 1927 Trotski fue expulsado del partido.", "1927"),
]


@pytest.mark.parametrize(("lang", "text", "year"), CASES)
def test_the_verb_takes_its_own_date(pipeline_es, pipeline_en, lang, text, year):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    events = pipeline.analyze_text(text, lang=lang).events
    # (an office's title beside the name is an undated OFFICE claim of its own: issue 13, 13o)
    assert [e.time_value for e in events if e.type != "OFFICE"] == [year]
    assert all(e.time_value is None for e in events if e.type == "OFFICE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "GRIGORI ZINOVIEV\n\nEl presidente de la Internacional Comunista (1919-1926) colaboró con Stalin."),
        ("en", "GRIGORY ZINOVIEV\n\nThe chairman of the Communist International (1919-1926) worked with Stalin."),
    ],
)
def test_a_term_of_office_under_a_heading_is_no_life(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    assert not [e for e in analysis.events if e.type in ("BIRTH", "DEATH")]
    assert not [c for c in analysis.claims if c.verdict == "contradicted"]


def test_a_short_life_after_a_name_is_still_a_life(pipeline_en):
    """Directly after the name a parenthesis is a life, however short ("Nikolai Ulyanov (1873 - 1873)")."""
    events = pipeline_en.analyze_text("Nikolai Ulyanov (1873 - 1873) was a brother of Lenin.", lang="en").events
    assert sorted(e.type for e in events if e.type in ("BIRTH", "DEATH")) == ["BIRTH", "DEATH"]
