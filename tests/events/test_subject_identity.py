"""Who fills a role when the subject is not one name (#13, issue-13i; blind sets
tests/data/verify/blind_subject_identity.yaml and blind_heading_names.yaml, gold written before any run):

- "Ambos", "los dos", "both", "the two" stand for exactly two persons: the latest coordination of two
  named persons, else the two persons (and no one else) of the nearest sentence naming anyone; one
  filler each. Three persons, or a kinship noun (a person with no name), leave it unresolved.
- A relative pronoun stands for its antecedent in every role, not only as the subject.
"""

from __future__ import annotations

import pytest


def _patients(analysis, trigger: str) -> list[list[str]]:
    names = {e.id: e.canonical or e.text for e in analysis.entities}
    return [
        sorted(names.get(p.entity, "?") if p.entity else "-" for p in e.participants if p.role == "patient")
        for e in analysis.events
        if trigger in e.trigger.text
    ]


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "expected"),
    [
        ("es", "Nadezhda Krúpskaya conoció a Lenin en 1894. Ambos fueron detenidos en 1896.", "detenidos",
         [["Nadezhda Krupskaya", "Vladimir Lenin"]]),
        ("es", "Zinóviev trabajó con Kámenev durante años. Los dos fueron arrestados en 1934.", "arrestados",
         [["Grigory Zinoviev", "Lev Kamenev"]]),
        ("en", "Grigory Zinoviev worked with Lev Kamenev for years. Both were arrested in 1934.", "arrested",
         [["Grigory Zinoviev", "Lev Kamenev"]]),
        ("en", "Lenin met Nadezhda Krupskaya in 1894. The two were arrested in 1896.", "arrested",
         [["Nadezhda Krupskaya", "Vladimir Lenin"]]),
        # a coordination of two wins over the sentence's subject
        ("en", "In 1923 Stalin allied himself with Kamenev and Zinoviev. Both were shot in 1936.", "shot",
         [["Grigory Zinoviev", "Lev Kamenev"]]),
        ("es", "En 1935 Stalin recibió a Bujarin y a Rykov. Ambos fueron fusilados en 1938.", "fusilados",
         [["Alexei Rykov", "Nikolai Bukharin"]]),
    ],
)  # fmt: skip
def test_a_dual_word_stands_for_the_two_persons(pipeline_es, pipeline_en, lang, text, trigger, expected):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    assert _patients(pipeline.analyze_text(text, lang=lang), trigger) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # three persons before: "ambos" cannot say which two
        ("es", "Lenin conoció a Mártov, a Plejánov y a Trotski en 1902. Ambos fueron detenidos en 1905."),
        ("en", "Stalin met Kamenev, Zinoviev and Bukharin in 1923. Both were arrested in 1934."),
        # a kinship noun names a person with no name: "ambos" may be him
        ("es", "Lenin viajó a Suiza con Krúpskaya y con su hermano. Ambos fueron detenidos en 1896."),
    ],
)  # fmt: skip
def test_a_dual_word_with_no_sure_pair_stays_unresolved(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    for patients in _patients(pipeline.analyze_text(text, lang=lang), "detenidos" if lang == "es" else "arrested"):
        assert len(patients) < 2 or "-" in patients


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "role", "expected"),
    [
        ("en", "Trotsky, whom Stalin expelled from the party in 1927, was born in 1879.", "expelled", "patient",
         "Leon Trotsky"),
        ("en", "Yezhov led the NKVD, which Beria joined in 1938.", "joined", "organization", "NKVD"),
        ("es", "El Politburó, del que Zinóviev fue apartado en 1926, quedó en manos de Stalin.", "apartado",
         "position", "Politburo of the Central Committee of the Communist Party of the Soviet Union"),
    ],
)  # fmt: skip
def test_a_relative_pronoun_is_its_antecedent_in_any_role(
    pipeline_es, pipeline_en, lang, text, trigger, role, expected
):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    names = {e.id: e.canonical or e.text for e in analysis.entities}
    events = [e for e in analysis.events if trigger in e.trigger.text]
    assert events
    fillers = [names.get(p.entity or "", p.text) for p in events[0].participants if p.role == role]
    assert expected in fillers
