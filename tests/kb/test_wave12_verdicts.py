"""Family members, the 1952 Presidium and places of exile (issue 14, twelfth wave), in English and in Spanish.

The pack now holds relatives the leaders' biographies name (Zinoviev's son, Kamenev's second wife) and more facts
on those it had (Stalin's father's death, Lenin's father's birth and death places), so
"el padre de Stalin", "Zinoviev's son" and "la segunda esposa de Kámenev" are checked against the relative, never
the possessor. A surname relatives share ("Ulyanov", "Radomyslsky") stays ambiguous until the text settles who it
means, and is then never refuted. Places of exile sit in their region and country, so a claim naming the region
("died in Germany") reaches the place."""

from __future__ import annotations

import pytest

from cronica.kb import open_kb

ZINOVIEV = "Q207459"
KAMENEV = "cronica:lev-kamenev"


def _verdicts(request, pipeline, text):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    return [(c.text, c.verdict) for c in claims]


def test_kinship_is_read_both_ways_for_the_new_relatives():
    kb = open_kb("embedded")
    assert kb.relatives(ZINOVIEV, "son") == ["cronica:stefan-radomyslsky"]
    assert kb.relatives("cronica:zlata-lilina", "son") == ["cronica:stefan-radomyslsky"]
    assert set(kb.relatives(KAMENEV, "wife")) == {"Q452517", "cronica:tatiana-glebova"}
    assert kb.relatives("cronica:tatiana-glebova", "husband") == [KAMENEV]
    assert kb.relatives("Q855", "father") == ["Q717406"]
    assert kb.relatives("Q1394", "father") == ["Q280722"]


def test_relatives_who_share_a_surname_are_not_named_by_it_alone():
    kb = open_kb("embedded")
    for person in ("cronica:stefan-radomyslsky", "cronica:tatiana-glebova"):
        assert kb.surname_alone(person) is False, person


def test_the_places_of_exile_sit_in_their_region_and_country():
    kb = open_kb("embedded")
    assert kb.located_in("cronica:kureika", "cronica:krasnoyarsk-krai")
    assert kb.located_in("cronica:kureika", "cronica:siberia")
    assert kb.located_in("cronica:verkholensk", "cronica:irkutsk-oblast")
    assert kb.located_in("cronica:ust-kut", "Q159")
    assert kb.located_in("cronica:vologda", "cronica:vologda-oblast")
    assert kb.located_in("cronica:sachsenhausen", "Q183")
    assert kb.located_in("Q155243", "cronica:krasnoyarsk-krai")  # Turukhansk
    assert not kb.located_in("cronica:vologda", "cronica:siberia")


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Stalin's father died in 1920."),
        ("pipeline_es", "La segunda esposa de Kámenev, Tatiana Glébova, murió en 1950."),
        ("pipeline_en", "Leonid Melnikov died in Moscow in 1990."),
        ("pipeline_es", "Nikolái Patólichev murió en 1975."),
    ],
)
def test_a_wrong_date_of_a_relative_or_member_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_es", "El padre de Stalin murió en 1909."),
        ("pipeline_en", "Lenin's father, Ilya Ulyanov, died in Simbirsk in 1886."),
        ("pipeline_es", "Yákov Dzhugashvili murió en Alemania en 1943."),
        ("pipeline_en", "Averky Aristov died in Vienna in 1973."),
    ],
)
def test_a_true_text_about_a_relative_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert verdicts and all(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # true of Alexander Ulyanov, false of Lenin: the text does not say which Ulyanov
        ("pipeline_en", "Ulyanov was born in Nizhny Novgorod in 1866."),
        # true of Stefan, false of Zinoviev (born Radomyslsky in 1883)
        ("pipeline_es", "Radomyslski nació en Ginebra en 1908."),
        # 14 (26) or 19 (31) July 1831 by the source: the pack holds the month
        ("pipeline_en", "Ilya Ulyanov was born on 26 July 1831."),
        ("pipeline_es", "Demián Korotchenko nació el 10 de noviembre de 1894."),
    ],
)
def test_a_shared_surname_or_a_disputed_day_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict in verdicts), verdicts
