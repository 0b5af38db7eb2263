"""The coverage lists' last commissars and candidate, and the dated countries of the Baltic, Belarusian and Ukrainian
cities (issue 14, eighteenth wave), in English and Spanish.

The wave added Stuchka (Justice), Podbelsky, Lyubovich, Dovgalevsky and Antipov (Posts and Telegraphs) and Baghirov
(a candidate of the Presidium of March 1953), Vitebsk and Koknese, and the states that held Vitebsk, Minsk, Riga,
Vilnius, Kyiv, Kharkiv and Odesa, dated, so that a birth "in Vitebsk, in the Russian Empire" agrees and one "in Kiev,
Poland" is refuted (docs/kb.md, "Eighteenth wave"). The helpers are the fifteenth wave's."""

from __future__ import annotations

import pytest

from cronica.kb import open_kb
from cronica.kb.base import TimeValue
from kb.test_wave15_verdicts import ROOT, _pack_gaps, _verdicts

RUSSIAN_EMPIRE, SOVIET_UNION, POLAND = "Q34266", "Q15180", "Q36"
CITIES = {
    "cronica:vitebsk": "cronica:belarus",
    "cronica:minsk": "cronica:belarus",
    "cronica:riga": "cronica:latvia",
    "cronica:vilnius": "cronica:lithuania",
    "Q1899": "Q212",  # Kyiv, Ukraine
    "cronica:kharkiv": "Q212",
    "cronica:odesa": "Q212",
}


def _years(statement, pid):
    value = statement.qualifier(pid)
    return value.year if isinstance(value, TimeValue) else None


def test_the_names_this_wave_added_are_no_longer_missing():
    module = _pack_gaps()
    missing = {m for gap in module.gaps(ROOT / "scripts/coverage_lists.yaml", module.pack_names()) for m in gap.missing}
    added = (
        "Mir Jafar Baghirov|M. D. Bagirov",
        "Pyotr Stuchka|Pēteris Stučka",
        "Vadim Podbelsky",
        "Artemy Lyubovich|Artemi Lyubovitsh",
        "Valerian Dovgalevsky|Valerian Dovgalevski",
        "Nikolai Antipov",
    )
    for name in added:
        assert name not in missing
    assert not missing


@pytest.mark.parametrize(("city", "today"), sorted(CITIES.items()))
def test_each_city_keeps_todays_country_and_dates_the_states_that_held_it(city, today):
    kb = open_kb("embedded")
    statements = kb.statements(city, "P17")
    undated = [s.value for s in statements if s.qualifier("P582") is None]
    assert undated == [today]  # today's country alone has no end: "located in" still follows it
    spans = {s.value: (_years(s, "P580"), _years(s, "P582")) for s in statements if s.value != today}
    start, end = spans[RUSSIAN_EMPIRE]
    assert start is not None and start <= 1802 and end in (1915, 1917, 1918)
    assert SOVIET_UNION in spans and spans[SOVIET_UNION][1] == 1991


def test_vilnius_was_polish_between_the_wars():
    kb = open_kb("embedded")
    (polish,) = [s for s in kb.statements("cronica:vilnius", "P17") if s.value == POLAND]
    assert (_years(polish, "P580"), _years(polish, "P582")) == (1920, 1939)


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Pyotr Stuchka died in 1937."),
        ("pipeline_es", "Vadim Podbelski murió en 1925."),
        ("pipeline_en", "Mir Jafar Baghirov was born in 1901."),
        ("pipeline_es", "Valerián Dovgalevski murió en 1941."),
    ],
)
def test_a_wrong_date_of_a_new_person_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "In March 1953 Mir Jafar Baghirov became a candidate member of the Presidium."),
        ("pipeline_es", "En marzo de 1953 Bagírov fue elegido miembro suplente del Presídium."),
        ("pipeline_es", "En 1918 Podbelski fue nombrado comisario del pueblo de Correos y Telégrafos."),
        ("pipeline_en", "In March 1918 Pyotr Stuchka became People's Commissar for Justice again."),
    ],
)
def test_the_new_seats_support_their_dates(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Arkady Rosengolts was born in Vitebsk, in the Russian Empire."),
        ("pipeline_es", "Arkadi Rozengolts nació en Vitebsk, Bielorrusia."),
        ("pipeline_es", "Dmitri Kurski nació en Kiev, en el Imperio ruso."),
        ("pipeline_en", "Andrey Vyshinsky was born in Odessa, in the Russian Empire."),
        ("pipeline_es", "Piotr Stuchka nació en Koknese, Letonia."),
    ],
)
def test_a_city_with_the_state_of_the_time_or_of_today_agrees(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Arkady Rosengolts was born in the Russian Empire in 1889."),
        ("pipeline_es", "Andréi Vyshinski nació en el Imperio ruso en 1883."),
    ],
)
def test_the_state_alone_agrees_through_the_dated_city(request, pipeline, text):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(c.verdict == "supported" and ("lies in" in c.explanation or "está en" in c.explanation) for c in claims)


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Arkady Rosengolts was born in Vitebsk, Ukraine."),
        ("pipeline_es", "Dmitri Kurski nació en Kiev, Polonia."),
        ("pipeline_en", "Demyan Korotchenko died in Kiev, Belarus."),
        ("pipeline_es", "Piotr Stuchka nació en Koknese, Lituania."),
    ],
)
def test_a_country_that_never_held_the_city_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Rosengolts was born in Vitebsk, Russia."),
        ("pipeline_es", "Rozengolts nació en Vítebsk, Rusia."),
        ("pipeline_en", "Arkady Rosengolts was born in Russia in 1889."),
    ],
)
def test_russia_for_the_empire_of_the_time_is_never_refuted(request, pipeline, text):
    assert all(verdict != "contradicted" for _, verdict in _verdicts(request, pipeline, text))
