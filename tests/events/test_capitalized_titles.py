"""An office title written in capitals after an appointment verb (#13): the Spanish parser takes
"Secretario General" after "fue nombrado" for a second subject, or hangs the person on the fronted
date; the title is the position and the person the one appointed, never two patients. The whole
pipeline runs: the link stage is what tells a title ("Comisario del Pueblo del Interior", an office of
the KB) from a person's name the NER gave the same label."""

from __future__ import annotations

import pytest

from .conftest import only, resolved, role


@pytest.mark.parametrize(
    ("text", "person", "position"),
    [
        ("En 1922 Stalin fue nombrado Secretario General del Partido Comunista.", "Stalin", "Secretario General"),
        (
            "En 1930 Mólotov fue designado Presidente del Consejo de Comisarios del Pueblo.",
            "Mólotov",
            "Presidente del Consejo de Comisarios del Pueblo",
        ),
        (
            "Chicherin fue designado Comisario del Pueblo de Asuntos Exteriores en 1918.",
            "Chicherin",
            "Comisario del Pueblo de Asuntos Exteriores",
        ),
        (
            "En 1934 Yagoda fue nombrado Comisario del Pueblo del Interior.",
            "Yagoda",
            "Comisario del Pueblo del Interior",
        ),
    ],
)
def test_a_title_in_capitals_after_a_passive_is_the_position(pipeline_es, text, person, position):
    analysis = pipeline_es.analyze_text(text)
    event = only(analysis, "APPOINTMENT")
    assert resolved(analysis, event, "patient") == [person]
    assert role(event, "position") == [position]


def test_a_title_before_the_personal_a_object_is_the_position(pipeline_es):
    analysis = pipeline_es.analyze_text("En 1936 Stalin nombró Comisario del Pueblo del Interior a Yezhov.")
    event = only(analysis, "APPOINTMENT")
    assert resolved(analysis, event, "patient") == ["Yezhov"]
    assert role(event, "position") == ["Comisario del Pueblo del Interior"]
    assert resolved(analysis, event, "agent") == ["Stalin"]


@pytest.mark.parametrize(
    "text",
    [
        "En 1936 Yezhov fue nombrado comisario del pueblo del Interior.",  # lowercase: as before
        "In 1938 Beria was made People's Commissar for Internal Affairs.",
    ],
)
def test_titles_the_parser_already_read_keep_their_roles(request, text):
    pipeline = request.getfixturevalue("pipeline_es" if text.startswith("En") else "pipeline_en")
    analysis = pipeline.analyze_text(text)
    event = only(analysis, "APPOINTMENT")
    assert len(role(event, "patient")) == 1
    assert len(role(event, "position")) == 1


def test_a_person_after_the_passive_is_never_taken_for_the_title(pipeline_es):
    # "Stalin" before the verb and a person after it ("Kámenev"): a second person is no title
    analysis = pipeline_es.analyze_text("En 1918 Stalin fue nombrado comisario junto a Kámenev.")
    for event in analysis.events:
        assert "Kámenev" not in role(event, "position")
    analysis = pipeline_es.analyze_text(
        "En 1930 fue designado presidente del Consejo de Comisarios del Pueblo Viacheslav Mólotov."
    )
    for event in analysis.events:
        assert "Viacheslav Mólotov" not in role(event, "position")
