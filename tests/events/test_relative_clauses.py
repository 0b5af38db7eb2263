"""Predicates inside relative clauses and subjectless clauses (#13, issue-13r; blind sets
tests/data/verify/blind_relative_clauses.yaml and tests/data/events/blind_13/c14_relative_clauses.json,
gold written before any run; the sentences here are other ones):

- a relative pronoun takes its antecedent's role, also under a preposition ("from which he was removed")
  and after the Spanish personal "a" ("a quien deportaron");
- a predicative noun as antecedent ("was a revolutionary who …", "fue un teórico que …") stands for the
  copula's subject;
- "la Cheka, que fundó en 1917": a transitive verb with no object has the relative as object, and its
  subject is left out (not the Cheka);
- a person named right before the relative inside the antecedent's phrase is a second reading;
- an English main clause with a tensed auxiliary and no subject takes the salient person.
"""

from __future__ import annotations

import pytest


def _roles(analysis, trigger: str) -> dict[str, list[str]]:
    names = {e.id: e.canonical or e.text for e in analysis.entities}
    found: dict[str, list[str]] = {}
    for event in analysis.events:
        if trigger not in event.trigger.text:
            continue
        for p in event.participants:
            # the KB's name and the text's words: "Leon Trotsky | Trotski"
            found.setdefault(p.role, []).append(f"{names.get(p.entity) or ''} | {p.text}")
    return found


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "role", "expected"),
    [
        # a predicative noun: the copula's subject
        ("en", "Dzerzhinsky was a Polish revolutionary who in 1918 helped create the Cheka.", "create", "agent",
         "Felix Dzerzhinsky"),
        ("es", "Bujarin fue un teórico brillante que fue fusilado en 1938.", "fusilado", "patient",
         "Nikolai Bukharin"),
        ("en", "Molotov was one of the men who founded Pravda in 1911.", "founded", "agent", "Vyacheslav Molotov"),
        # "que" object of a transitive verb with no object: the antecedent is what was founded
        ("es", "Dzerzhinski dirigió la Cheka, que fundó en 1917.", "fundó", "patient", "Cheka"),
        # "a quien": the person after the personal "a" is the one deported, not a destination
        ("es", "Stalin odiaba a Trotski, a quien deportaron en 1929.", "deportaron", "patient", "Leon Trotsky"),
        # the body of "from which"
        ("en", "Kamenev headed the Moscow Soviet, from which he was removed in 1926.", "removed", "position",
         "Moscow Soviet"),
    ],
)  # fmt: skip
def test_a_relative_takes_its_antecedents_role(pipeline_es, pipeline_en, lang, text, trigger, role, expected):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    roles = _roles(pipeline.analyze_text(text, lang=lang), trigger)
    assert any(expected in filler for filler in roles.get(role, [])), roles


def test_a_relative_object_leaves_the_subject_to_the_topic_never_the_antecedent(pipeline_es):
    roles = _roles(pipeline_es.analyze_text("Dzerzhinski dirigió la Cheka, que fundó en 1917.", lang="es"), "fundó")
    assert roles.get("agent") and not any("Cheka" in agent for agent in roles["agent"]), roles


@pytest.mark.parametrize(
    ("lang", "text", "trigger"),
    [
        ("es", "Stalin derrotó a Kámenev, que fue fusilado en 1936.", "fusilado"),
        ("en", "Stalin defeated Kamenev, who was shot in 1936.", "shot"),
    ],
)
def test_the_main_subject_is_never_the_relatives_antecedent(pipeline_es, pipeline_en, lang, text, trigger):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    patients = _roles(pipeline.analyze_text(text, lang=lang), trigger).get("patient", [])
    assert patients and not any("Stalin" in p for p in patients), patients


@pytest.mark.parametrize(
    ("lang", "text", "trigger"),
    [
        ("es", "Zinóviev fue un estrecho colaborador de Lenin, quien murió en 1924.", "murió"),
        ("en", "Zinoviev was a close ally of Lenin who was expelled from the party in 1927.", "expelled"),
    ],
)
def test_a_name_right_before_the_relative_is_a_second_reading(pipeline_es, pipeline_en, lang, text, trigger):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    names = {e.id: e.canonical for e in analysis.entities}
    event = next(e for e in analysis.events if trigger in e.trigger.text)
    patient = next(p for p in event.participants if p.role == "patient")
    readings = {names[patient.entity], *(names[a] for a in patient.alternatives)}
    assert readings == {"Grigory Zinoviev", "Vladimir Lenin"}


def test_an_english_clause_without_subject_takes_the_salient_person(pipeline_en):
    text = "Trotsky opposed Stalin's policies for years. In 1929 was deported to Turkey."
    analysis = pipeline_en.analyze_text(text, lang="en")
    names = {e.id: e.canonical for e in analysis.entities}
    event = next(e for e in analysis.events if e.type == "DEPORTATION")
    patient = next(p for p in event.participants if p.role == "patient")
    assert "Leon Trotsky" in {names[patient.entity], *(names[a] for a in patient.alternatives)}


def test_an_english_clause_with_a_subject_or_no_tense_is_not_subjectless(pipeline_en):
    for text in ("Stalin praised Kamenev. Deported in 1929, Trotsky went to Turkey.", "Trotsky was deported in 1929."):
        analysis = pipeline_en.analyze_text(text, lang="en")
        deportation = next(e for e in analysis.events if e.type == "DEPORTATION")
        names = {e.id: e.canonical for e in analysis.entities}
        patients = [(names.get(p.entity), p.alternatives) for p in deportation.participants if p.role == "patient"]
        assert patients == [("Leon Trotsky", ())]
