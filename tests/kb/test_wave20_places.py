"""The places of births and deaths real texts name that the pack lacked, with the states that held them (issue 14,
twentieth wave), in English and Spanish.

The wave added Yelisavetgrad (Kropyvnytskyi), Kishinev (Chișinău), Ekaterinodar (Krasnodar), Ann Arbor, Kutaisi,
Urzhum and Frankfurt, each with today's country and, for the cities of the former Empire outside today's Russia, the
states that held them, dated; and the births and deaths the pages place there (Zinoviev, Yakir, Kornilov, Denikin,
Orakhelashvili, Kirov, Schiff). So "born in Kishinev, in the Russian Empire" agrees, "Kishinev, Romania" for 1896 is
refuted, and "Russia" for the Empire of the time is never refuted (docs/kb.md, "Twentieth wave"). The helpers are the
fifteenth wave's."""

from __future__ import annotations

import pytest

from cronica.kb import open_kb
from cronica.kb.base import TimeValue
from kb.test_wave15_verdicts import _verdicts

RUSSIAN_EMPIRE, SOVIET_UNION = "Q34266", "Q15180"
CITIES = {
    "cronica:kropyvnytskyi": "Q212",  # Ukraine
    "cronica:chisinau": "cronica:moldova",
    "cronica:kutaisi": "Q230",  # Georgia
}
BIRTHS_AND_DEATHS = [
    ("Q207459", "P19", "cronica:kropyvnytskyi"),  # Zinoviev
    ("cronica:iona-yakir", "P19", "cronica:chisinau"),
    ("cronica:lavr-kornilov", "P20", "cronica:krasnodar"),
    ("cronica:anton-denikin", "P20", "cronica:ann-arbor"),
    ("cronica:mamia-orakhelashvili", "P19", "cronica:kutaisi"),
    ("Q207682", "P19", "cronica:urzhum"),  # Kirov
    ("cronica:jacob-schiff", "P19", "cronica:frankfurt"),
]


def _years(statement, pid):
    value = statement.qualifier(pid)
    return value.year if isinstance(value, TimeValue) else None


@pytest.mark.parametrize(("person", "pid", "place"), BIRTHS_AND_DEATHS)
def test_each_person_has_the_place_the_pages_give(person, pid, place):
    kb = open_kb("embedded")
    assert [s.value for s in kb.statements(person, pid)] == [place]


@pytest.mark.parametrize(
    ("name", "item"),
    [
        ("Elisavetgrad", "cronica:kropyvnytskyi"),
        ("Kirovogrado", "cronica:kropyvnytskyi"),
        ("Kishinev", "cronica:chisinau"),
        ("Yekaterinodar", "cronica:krasnodar"),
        ("Kutais", "cronica:kutaisi"),
        ("Fráncfort", "cronica:frankfurt"),
    ],
)
def test_the_names_of_the_time_find_the_city(name, item):
    kb = open_kb("embedded")
    assert [hit.qid for hit in kb.search(name)][:1] == [item]


@pytest.mark.parametrize(("city", "today"), sorted(CITIES.items()))
def test_each_city_keeps_todays_country_and_dates_the_states_that_held_it(city, today):
    kb = open_kb("embedded")
    statements = kb.statements(city, "P17")
    undated = [s.value for s in statements if s.qualifier("P582") is None]
    assert undated == [today]
    empire = [(_years(s, "P580"), _years(s, "P582")) for s in statements if s.value == RUSSIAN_EMPIRE]
    assert len(empire) == 1 and empire[0][0] <= 1812 and empire[0][1] in (1917, 1918)
    assert any(_years(s, "P582") == 1991 for s in statements if s.value == SOVIET_UNION)


def test_kishinev_was_romanian_between_the_wars_and_in_the_war():
    kb = open_kb("embedded")
    spans = sorted(
        (_years(s, "P580"), _years(s, "P582"))
        for s in kb.statements("cronica:chisinau", "P17")
        if s.value == "cronica:romania"
    )
    assert spans == [(1918, 1940), (1941, 1944)]


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Iona Yakir was born in Kishinev in 1896."),
        ("pipeline_es", "Grigori Zinóviev nació en Elisavetgrad en 1883."),
        ("pipeline_es", "Lavr Kornílov murió en Ekaterinodar en 1918."),
        ("pipeline_en", "Anton Denikin died in Ann Arbor in 1947."),
        ("pipeline_en", "Mamia Orakhelashvili was born in Kutais, in the Russian Empire."),
        ("pipeline_es", "Serguéi Kírov nació en Urzhum en 1886."),
    ],
)
def test_the_new_places_support_the_births_and_deaths(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Iona Yakir was born in Kishinev, Romania, in 1896."),
        ("pipeline_es", "Mamia Orajelashvili nació en Kutaisi, Ucrania."),
        ("pipeline_en", "Sergei Kirov was born in Saratov."),
        ("pipeline_es", "Antón Denikin murió en Londres en 1947."),
        ("pipeline_en", "Grigory Zinoviev was born in Kharkov in 1883."),
    ],
)
def test_a_wrong_city_or_a_state_that_did_not_hold_it_then_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Grigory Zinoviev was born in Elisavetgrad, Russia."),
        ("pipeline_es", "Iona Yakir nació en Kishinev (Rusia) en 1896."),
        ("pipeline_en", "Mamia Orakhelashvili was born in Russia in 1881."),
    ],
)
def test_russia_for_the_empire_of_the_time_is_never_refuted(request, pipeline, text):
    assert all(verdict != "contradicted" for _, verdict in _verdicts(request, pipeline, text))
