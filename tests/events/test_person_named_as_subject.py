"""A person named as the subject is someone a later pronoun or dropped subject may stand for, even
when the NER labels the name a place or a thing (#13, class "person named as subject"): "Ramón de
Mercader regresó a Rusia … Finalmente murió de cáncer en 1978" is Mercader's death, not that of the
page's topic, Trotsky. Only a name through and through counts (proper nouns joined by particles), so a
span the NER drew over a date ("Ese año Bolívar") never becomes a person. The blind set is
tests/data/events/blind_13/c11_person_named_as_subject.json (gold written before any run on it).
"""

from __future__ import annotations

from cronica.model import Entity

TEXT_ES = (
    "León Trotski fue asesinado en Coyoacán en agosto de 1940. Tras recuperar su libertad, Ramón de Mercader "
    "regresó a Rusia y pasó sus últimos años entre este país y Cuba. Finalmente murió de cáncer en 1978 en La Habana."
)


def test_a_mislabelled_name_is_still_the_dropped_subjects_antecedent(pipeline_es):
    analysis = pipeline_es.analyze_text(TEXT_ES, lang="es")
    (death,) = [e for e in analysis.events if e.type == "DEATH" and e.time_value == "1978"]
    (patient,) = [p for p in death.participants if p.role == "patient"]
    assert patient.text == "Ramón de Mercader"
    assert all(c.verdict != "contradicted" for c in analysis.claims), [c.explanation for c in analysis.claims]


def test_the_death_is_the_named_subjects(pipeline_en):
    analysis = pipeline_en.analyze_text(
        "Ramón Mercader travelled to Moscow in 1960. He died in Havana in 1978.", lang="en"
    )
    names = {e.id: e.text for e in analysis.entities}
    (death,) = [e for e in analysis.events if e.type == "DEATH"]
    assert [names.get(p.entity or "") for p in death.participants if p.role == "patient"] == ["Ramón Mercader"]


def test_a_span_drawn_over_a_date_is_no_person(pipeline_es):
    """ "Ese año Bolívar" (MISC) is not a name through and through: no referent is made of it, so the
    dropped subject of "Murió" is left unresolved rather than given that span."""
    analysis = pipeline_es.analyze_text("Ese año Bolívar renunció a la presidencia. Murió en 1830.", lang="es")
    (death,) = [e for e in analysis.events if e.type == "DEATH"]
    assert all(p.text != "Ese año Bolívar" for p in death.participants)


def test_a_referent_joins_only_when_it_is_new():
    from cronica.events.coref import Referents

    known = Entity("e1", "Simón Bolívar", "PER", 0, 13)
    wide = Entity("e2", "Ese año Bolívar", "MISC", 40, 55)
    referents = Referents([(0, known, True)])
    referents.add_person(2, Entity("e3", "Bolívar", "MISC", 60, 67), True, only_new=True)
    assert referents.of_entity("e3") is None  # the name joins Bolívar: nothing new
    referents.add_person(1, wide, True)
    assert referents.of_entity("e2") is not None
