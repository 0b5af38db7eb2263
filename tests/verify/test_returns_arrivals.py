"""Returns and arrivals checked on the stays' starts (#13, 13t; blind set
tests/data/verify/blind_returns_journeys.yaml).

"regresó a Rusia", "returned to Russia", "on his return to" are RETURN events, "llegó a Noruega", "arrived in"
ARRIVAL events, the broader type (ontology): a stay beginning at the text's date supports either. None beginning
near it refutes a return only when the person's stays are marked complete (Trotsky's) and no stay at that place
spans the date, since a return then may end a trip away that no list of stays holds; it never refutes a mere
arrival, which may be a visit or a passage (Marseille in November 1932, on the way to Copenhagen). A person
whose stays are not marked (Bukharin) is left undecided, and a departure towards a place is no arrival."""

from __future__ import annotations

import pytest


def _claims(pipeline_es, pipeline_en, lang: str, text: str):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    return pipeline.analyze_text(text, lang=lang).claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Trotski volvió a Rusia en 1910 para dirigir la lucha contra el zar."),
        ("en", "Trotsky returned to Russia in 1903."),
        ("es", "A su regreso a Rusia en 1912, Trotski encontró el partido dividido."),
    ],
)
def test_a_return_where_no_stay_begins_is_refuted_under_a_complete_list(pipeline_es, pipeline_en, lang, text):
    (claim,) = _claims(pipeline_es, pipeline_en, lang, text)
    assert claim.verdict == "contradicted", claim.explanation
    assert claim.proof is not None
    assert claim.proof.property == "P551" and claim.proof.qualifier == "P580"
    assert claim.proof.rule == "complete_list"
    assert claim.proof.entity == "Q33391"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Leon Trotsky returned to Russia in May 1917."),
        ("es", "Trotski llegó a México en enero de 1937."),
        ("es", "Trotski volvió a Rusia en 1905."),
        ("en", "Bukharin returned to Moscow in May 1917."),
    ],
)
def test_a_return_at_a_stays_start_is_supported(pipeline_es, pipeline_en, lang, text):
    (claim,) = _claims(pipeline_es, pipeline_en, lang, text)
    assert claim.verdict == "supported", claim.explanation


@pytest.mark.parametrize(
    ("lang", "text", "why"),
    [
        # back from the Copenhagen lecture to Prinkipo: the Turkish stay goes on at the date
        ("en", "After eight days in Denmark, Trotsky returned to Turkey in December 1932.", "trip away"),
        ("es", "Tras su viaje a Copenhague, Trotski regresó a Turquía en diciembre de 1932.", "un viaje"),
        # Bukharin's stays are not marked complete: one that does not match is no proof
        ("es", "Bujarin regresó a Moscú en agosto de 1917.", "no dice que los registre todos"),
        ("en", "On his return to Russia in August 1917, Bukharin found the party divided.", "lists them all"),
    ],
)
def test_a_return_is_never_refuted_without_the_proof(pipeline_es, pipeline_en, lang, text, why):
    claims = _claims(pipeline_es, pipeline_en, lang, text)
    assert claims and all(claim.verdict == "not_enough_info" for claim in claims), [c.explanation for c in claims]
    assert any(why in claim.explanation for claim in claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In November 1932 Trotsky arrived in Copenhagen to lecture on the Russian Revolution."),
        # on the way to Copenhagen he landed at Marseille: a passage, which no list of stays holds
        ("en", "In November 1932 Trotsky arrived in France on his way to Copenhagen."),
        ("es", "En noviembre de 1932 Trotski llegó a Francia camino de Copenhague."),
        ("es", "Trotski llegó a Noruega en 1932."),
        ("en", "Trotsky arrived in Mexico in 1934."),
        ("es", "En noviembre de 1932 Trotski llegó a Dinamarca para dar una conferencia en Copenhague."),
        ("es", "Trotski partió hacia Rusia en un barco noruego en marzo de 1917."),
        ("en", "Trotsky sailed for Russia on a Norwegian ship in March 1917."),
    ],
)
def test_visits_and_departures_are_not_contradicted(pipeline_es, pipeline_en, lang, text):
    claims = _claims(pipeline_es, pipeline_en, lang, text)
    assert all(claim.verdict != "contradicted" for claim in claims), [c.explanation for c in claims]


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "person"),
    [
        ("en", "On his return to Russia in August 1917, Bukharin found the party divided.", "return", "Q186709"),
        ("es", "A su regreso a Rusia en 1912, Trotski encontró el partido dividido.", "regreso", "Q33391"),
        ("es", "Kámenev volvió a Rusia en 1914.", "volvió", None),
        ("en", "Trotsky arrived in Norway in June 1935.", "arrived", "Q33391"),
    ],
)
def test_returns_and_arrivals_are_arrival_events(pipeline_es, pipeline_en, lang, text, trigger, person):
    """A possessive in a fronted phrase ("On his return …, Bukharin") is the main clause's subject; RETURN is
    narrower than ARRIVAL (a return is an arrival, not every arrival a return)."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    events = [e for e in analysis.events if e.trigger.text == trigger]
    assert events and events[0].type == ("ARRIVAL" if trigger == "arrived" else "RETURN")
    patients = [p for p in events[0].participants if p.role == "patient"]
    assert patients
    if person is not None:
        linked = {entity.id: entity.kb_id for entity in analysis.entities}
        assert linked.get(patients[0].entity or "") == person
