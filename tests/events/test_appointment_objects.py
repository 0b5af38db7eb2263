"""An appointment with the appointee and the office as two objects (#13, 13a): "Lenin appointed Trotsky
People's Commissar for War" (the English NER draws one person span over "Trotsky People's Commissar"),
"Lenin nombró a Trotski Comisario del Pueblo para la Guerra" (a flat parse of name and title), "Lenin made him
People's Commissar for War" (a small clause). The person is the one appointed, the title the position, and the
appointer is never the patient. Also a death dated through its manner participle ("murió asesinado el …") and
an execution "with the other accused" (people, not an accusation). The whole pipeline runs: the link stage is
what splits the person's span at the office title (`Gazetteer.split_titles`)."""

from __future__ import annotations

import pytest

from .conftest import only, resolved, role


@pytest.mark.parametrize(
    ("text", "agent", "person", "position"),
    [
        (
            "Lenin appointed Trotsky People's Commissar for War in 1918.",
            "Lenin",
            "Trotsky",
            "People's Commissar for War",
        ),
        (
            "In 1936 Stalin appointed Yezhov People's Commissar for Internal Affairs.",
            "Stalin",
            "Yezhov",
            "People's Commissar for Internal Affairs",
        ),
        (
            "In 1936 Stalin made Yezhov People's Commissar for Internal Affairs.",
            "Stalin",
            "Yezhov",
            "People's Commissar for Internal Affairs",
        ),
    ],
)
def test_a_name_and_a_title_in_one_english_span_are_two_objects(pipeline_en, text, agent, person, position):
    analysis = pipeline_en.analyze_text(text)
    event = only(analysis, "APPOINTMENT")
    assert resolved(analysis, event, "patient") == [person]
    assert role(event, "position") == [position]
    assert resolved(analysis, event, "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "agent", "person", "position"),
    [
        (
            "Lenin nombró a Trotski Comisario del Pueblo para la Guerra en 1918.",
            "Lenin",
            "Trotski",
            "Comisario del Pueblo para la Guerra",
        ),
        (
            "En 1934 Stalin nombró a Yagoda Comisario del Pueblo del Interior.",
            "Stalin",
            "Yagoda",
            "Comisario del Pueblo del Interior",
        ),
        (
            "En 1925 Stalin nombró a Frunze Comisario del Pueblo para Asuntos Militares y Navales.",
            "Stalin",
            "Frunze",
            "Comisario del Pueblo para Asuntos Militares y Navales",
        ),
    ],
)
def test_a_flat_name_and_title_in_spanish_are_two_objects(pipeline_es, text, agent, person, position):
    analysis = pipeline_es.analyze_text(text)
    event = only(analysis, "APPOINTMENT")
    assert resolved(analysis, event, "patient") == [person]
    assert role(event, "position") == [position]
    assert resolved(analysis, event, "agent") == [agent]


def test_the_split_entities_are_the_person_and_the_office(pipeline_en):
    analysis = pipeline_en.analyze_text("Lenin appointed Trotsky People's Commissar for War in 1918.")
    by_text = {e.text: e for e in analysis.entities}
    assert by_text["Trotsky"].canonical == "Leon Trotsky"
    assert by_text["People's Commissar for War"].label == "MISC"
    assert "Trotsky People's Commissar" not in by_text


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("en", "Trotsky was a brilliant orator. In 1918 Lenin made him People's Commissar for War.", "Trotsky"),
        ("es", "Trotski era un orador brillante. Lenin lo nombró comisario de Guerra en 1918.", "Trotski"),
    ],
)
def test_a_pronoun_appointee_is_the_topic_never_the_appointer(request, lang, text, topic):
    analysis = request.getfixturevalue(f"pipeline_{lang}").analyze_text(text)
    event = only(analysis, "APPOINTMENT")
    assert resolved(analysis, event, "patient") == [topic]
    assert resolved(analysis, event, "agent") == ["Lenin"]
    assert len(role(event, "position")) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lenin returned to Russia in April 1917. In 1918 Lenin made him People's Commissar for War."),
        ("es", "Lenin regresó a Rusia en abril de 1917. En 1918 Lenin lo nombró comisario de Guerra."),
        ("en", "In 1918 Lenin made him chairman of the Revolutionary Military Council."),
    ],
)
def test_the_appointer_is_never_the_one_appointed(request, lang, text):
    analysis = request.getfixturevalue(f"pipeline_{lang}").analyze_text(text)
    event = only(analysis, "APPOINTMENT")
    assert "Lenin" not in resolved(analysis, event, "patient")


@pytest.mark.parametrize(
    "text", ["Stalin made him a hero.", "Stalin made Trotsky the scapegoat of the Party.", "Lenin made a speech."]
)
def test_make_without_an_office_is_no_appointment(pipeline_en, text):
    analysis = pipeline_en.analyze_text(text)
    assert not [e for e in analysis.events if e.type == "APPOINTMENT"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Serguéi Kírov murió asesinado el 1 de diciembre de 1934 en Leningrado.", "1934-12-01"),
        ("Trotski murió asesinado el 21 de agosto de 1940 en Coyoacán.", "1940-08-21"),
    ],
)
def test_a_death_is_dated_through_its_manner_participle(pipeline_es, text, value):
    analysis = pipeline_es.analyze_text(text)
    event = only(analysis, "DEATH")
    assert event.time_value == value
    assert event.manner == "killing"
    assert len(role(event, "place")) == 1


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Zinoviev was shot with the other accused on 25 August 1936.", "1936-08-25"),
        ("es", "Kámenev fue fusilado con los demás acusados el 25 de agosto de 1936.", "1936-08-25"),
    ],
)
def test_the_other_accused_are_people_not_an_accusation(request, lang, text, value):
    analysis = request.getfixturevalue(f"pipeline_{lang}").analyze_text(text)
    assert not [e for e in analysis.events if e.type == "ACCUSATION"]
    (event,) = [e for e in analysis.events if e.type in ("DEATH", "EXECUTION")]
    assert event.time_value == value


def test_a_participle_with_its_auxiliary_stays_a_verb(pipeline_es):
    # "lo" the parser hangs on the participle as a determiner: "fue detenido" is still an arrest
    analysis = pipeline_es.analyze_text(
        "Trotski participó en la Revolución de 1905, por lo que fue detenido de nuevo (1906) y deportado a Siberia."
    )
    event = only(analysis, "ARREST")
    assert event.time_value == "1906"
